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
