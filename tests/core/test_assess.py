"""Letter-level assessment: coverage of main duties, lead statement, reading and verdict."""

from __future__ import annotations

import pytest

from noc_letter.core.matching import get_matcher

BOOKKEEPER = [
    (
        "Post journal entries and reconcile the bank and credit card accounts every month "
        "in QuickBooks"
    ),
    "Maintain the general ledger and prepare the trial balance and monthly financial statements",
    "Keep the company's financial records and balance the accounts receivable and payable ledgers",
    (
        "Prepare and file GST/HST returns and source deduction remittances "
        "to the Canada Revenue Agency"
    ),
    "Prepare year-end working papers and financial reports for the external accountant",
    "Calculate bi-weekly payroll for 25 employees",
]


@pytest.fixture(scope="module")
def matcher():
    return get_matcher()


def test_bookkeeping_letter_reads_as_bookkeeper(matcher):
    """A letter of real bookkeeping duties reads as 12200 with most main duties covered."""
    a = matcher.assess(BOOKKEEPER, "12200")
    assert a.target.code == "12200" and a.target.teer == 2
    assert a.reads_as[0].code == "12200"
    assert a.covered_count >= 3
    assert "12200" in a.verdict
    assert 0.0 <= a.confidence <= 1.0
    assert len(a.duties) == len(BOOKKEEPER)
    assert a.duties[0].supports == "target"


def test_clerical_letter_warns_it_reads_as_a_lower_teer(matcher):
    """A letter of clerical duties against 12200 says it reads more as another, lower-TEER group."""
    clerical = [
        "Answer customers' questions about their invoices and statements by phone",
        "Sort and file invoices, receipts and purchase orders",
        "Type data from invoices into the billing system",
        "Photocopy documents and scan them into shared folders",
    ]
    a = matcher.assess(clerical, "12200")
    assert a.reads_as[0].code != "12200"
    assert "Reads more as" in a.verdict
    assert any(d.supports in ("neighbour", "other_low") for d in a.duties)


def test_lead_statement_parts_are_actions_without_the_subject(matcher):
    """The lead statement is split into actions, and bookkeeping duties support it."""
    a = matcher.assess(BOOKKEEPER, "12200")
    parts = [text for text, _ok in a.lead_statement_parts]
    assert parts[0].startswith("maintain complete sets of books")
    assert not any(p.startswith("Accounting technicians") for p in parts)
    assert a.lead_statement_supported


def test_neighbours_include_the_exclusions(matcher):
    """Neighbours of 12200 include its excluded groups 14200 and 13102 and never itself."""
    neighbours = matcher.neighbours("12200")
    assert {"14200", "13102"} <= set(neighbours)
    assert "12200" not in neighbours


def test_empty_letter_is_too_vague(matcher):
    """No usable duties gives a 'too vague' verdict instead of an error."""
    a = matcher.assess(["", "stuff", "😀"], "12200")
    assert a.covered_count == 0
    assert not a.lead_statement_supported
    assert "vague" in a.verdict.lower() or "Reads" in a.verdict


BOOKKEEPING = [
    "Post journal entries and reconcile the general ledger accounts in Sage 50",
    "Prepare the monthly trial balance, income statement and balance sheet",
]
CLERICAL = [
    "Answer customers' questions about their invoices by phone and e-mail",
    "Sort and file invoices, receipts and purchase orders",
]


def test_stated_shares_decide_what_mixed_work_reads_as(matcher):
    """Mixed work (the guide's "60 % bookkeeping, 30 % clerical"): the letter reads as the work
    that takes most of the time, whichever way the shares go; unstated, all count the same."""
    duties = BOOKKEEPING + CLERICAL
    plain = matcher.assess(duties, "12200")
    assert plain.weights == ()
    mostly_books = matcher.assess(duties, "12200", [40, 40, 10, 10])
    assert mostly_books.reads_as[0].code == "12200"
    assert mostly_books.weights == (40.0, 40.0, 10.0, 10.0)
    assert "stated share of working time" in mostly_books.verdict
    mostly_clerical = matcher.assess(duties, "12200", [10, 10, 40, 40])
    assert mostly_clerical.reads_as[0].code == "14200"
    assert "lower-TEER" in mostly_clerical.verdict


def test_share_in_the_duty_text_counts_like_a_given_share(matcher):
    """ "... (40%)" in the person's own line is read as that duty's share."""
    written = [BOOKKEEPING[0] + " (40%)", BOOKKEEPING[1] + " (40%)", CLERICAL[0] + " (10%)"]
    written.append(CLERICAL[1])
    a = matcher.assess(written, "12200")
    assert a.weights == (40.0, 40.0, 10.0, 10.0)  # the unstated one gets what is left
    assert a.reads_as[0].code == "12200"
    with pytest.raises(ValueError):
        matcher.assess(written, "12200", [40, 40])
    # The share in the words wins over a stored one (the person edited the line).
    edited = matcher.assess(written, "12200", [10, 10, 40, 40])
    assert edited.weights == (40.0, 40.0, 10.0, 40.0)


@pytest.mark.parametrize(
    ("shares", "weights"),
    [
        ([None, None], ()),
        ([60, None, None], (60.0, 20.0, 20.0)),
        ([70, 40, None], (70.0, 40.0, 40.0)),  # nothing left: the smallest stated share
        ([50, 50, None], (50.0, 50.0, 50.0)),
        ([0, 30], (70.0, 30.0)),  # 0 % is not a stated share: it gets what is left
        ([float("inf"), float("nan"), 150, -5, "x", 20], (16.0,) * 5 + (20.0,)),  # bad values
    ],
)
def test_share_weights(shares, weights):
    from noc_letter.core.matching.assess import share_weights

    assert share_weights(shares) == weights


def test_a_huge_line_states_no_share_and_is_read_quickly(matcher):
    """A 1 MB line of spaces and a percentage is not a duty with a share (and does not hang)."""
    huge = "Reconcile accounts" + " " * 1_000_000 + "x 40%"
    a = matcher.assess([huge, "Post journal entries (50%)"], "12200")
    assert a.weights == (50.0, 50.0)


def test_check_warning_says_shares_were_counted(matcher):
    """The project check's "reads as another occupation" warning says when shares decided it."""
    from noc_letter.core.duty_checks import reading_findings
    from noc_letter.core.letter import Duty, Position, Project

    shares = (10, 10, 40, 40)
    duties = [Duty(t, share=w) for t, w in zip(BOOKKEEPING + CLERICAL, shares, strict=True)]
    project = Project(positions=[Position(noc="12200", duties=duties)])
    (finding,) = [f for f in reading_findings(project, matcher) if "read more as" in f.message]
    assert "14200" in finding.message
    assert "(each duty counted by its stated share of time)" in finding.message


def test_assessment_pools_the_same_scores_as_letter_scores(matcher):
    """The assessment pools the duty scores it already has: same figures as `letter_scores`."""
    duties = BOOKKEEPING + CLERICAL + [""]
    a = matcher.assess(duties, "12200", [40, 40, 10, 10, None])
    letter = matcher.letter_scores(matcher.queries(duties), a.weights)
    top = a.reads_as[0]
    assert top.score == round(float(letter[matcher.position[top.code]]), 4)
