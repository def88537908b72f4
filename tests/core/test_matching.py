"""Duty → NOC matcher: rankings for several occupations, evidence, compare and bad input."""

from __future__ import annotations

import pytest

from noc_letter.core.matching import get_matcher


@pytest.fixture(scope="module")
def matcher():
    return get_matcher()


def rank(matcher, text: str, code: str) -> int:
    return matcher.rank_of(matcher.score_vector(text), code)


def above(matcher, text: str, higher: str, lower: str) -> bool:
    high, low = matcher.compare(text, [higher, lower])
    return high.score > low.score


def test_journal_entries_read_as_bookkeeper_not_clerk(matcher):
    """Posting journal entries ranks 12200 (TEER 2) above 14200 (TEER 4)."""
    text = "Post journal entries and reconcile the bank accounts at month end"
    assert above(matcher, text, "12200", "14200")
    assert rank(matcher, text, "12200") == 1


def test_invoice_questions_read_as_clerk_not_bookkeeper(matcher):
    """Answering customers' invoice questions ranks 14200 above 12200."""
    assert above(
        matcher, "Answer customers' questions about their invoices and payments", "14200", "12200"
    )


def test_supervising_sales_staff_reads_as_supervisor(matcher):
    """Supervising sales staff ranks retail supervisors (TEER 2) above salespersons (TEER 4)."""
    text = "Supervise, coordinate and schedule the work of the store's sales staff"
    assert above(matcher, text, "62010", "64100")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            (
                "Install, repair and maintain electrical wiring, fixtures and control devices "
                "in new buildings"
            ),
            "72200",
        ),
        ("Drive a tractor-trailer to haul freight over long distances and keep a logbook", "73300"),
        ("Teach mathematics and science to grade 10 students and mark their tests", "41220"),
        ("Write, test and debug code for the company's web applications", "21232"),
        ("Clean and sanitize washrooms, empty garbage and mop floors in offices", "65310"),
        (
            (
                "Calculate employees' pay, deductions and vacation entitlements "
                "and prepare the payroll"
            ),
            "13102",
        ),
    ],
)
def test_common_duties_find_their_group_in_top_three(matcher, text, code):
    """A plain duty of a common occupation has its group among the first three candidates."""
    assert rank(matcher, text, code) <= 3


def test_candidates_carry_score_evidence_and_reason(matcher):
    """Each candidate has a score in [0, 1], the NOC sentence it matched and a readable reason."""
    candidates = matcher.score("Post journal entries and reconcile accounts", top=5)
    assert len(candidates) == 5
    assert [c.score for c in candidates] == sorted((c.score for c in candidates), reverse=True)
    best = candidates[0]
    assert 0.0 < best.score <= 1.0
    assert best.evidence and best.evidence[0].kind == "main_duty"
    assert "journal" in best.evidence[0].shared
    assert "journal" in best.reason and best.code in {"12200"}


def test_compare_keeps_the_order_asked_for(matcher):
    """compare() answers for exactly the codes given, target first."""
    result = matcher.compare("Prepare the trial balance", ["14200", "12200", "13102"])
    assert [c.code for c in result] == ["14200", "12200", "13102"]
    assert all(0.0 <= c.score <= 1.0 for c in result)


def test_compare_rejects_unknown_codes(matcher):
    """An unknown code is a KeyError, not a silent zero."""
    with pytest.raises(KeyError):
        matcher.compare("Prepare the trial balance", ["99999"])


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \t ",
        "😀🚀✨",
        "\x00\x01\x02\x7f",
        "Lorem ipsum dolor sit amet " * 400,
        "x" * 10_000,
        "Tenir la comptabilité et préparer les états financiers",
        "记账和准备财务报表",
        "\ud800broken",
    ],
)
def test_bad_input_never_raises(matcher, text):
    """Empty, huge, non-English, emoji, control and garbage text score without an exception."""
    candidates = matcher.score(text)
    assert isinstance(candidates, list)
    assert all(0.0 <= c.score <= 1.0 for c in candidates)


def test_very_long_line_is_marked_truncated(matcher):
    """A 10,000-character line is cut for analysis and the cut is recorded."""
    query = matcher.query("reconcile accounts " * 600)
    assert query.truncated and not query.empty


def test_us_spelling_finds_the_nocs_canadian_words(matcher):
    """'labor' is matched to the NOC's 'labour' lemma (the NOC never writes 'labor')."""
    lexical = matcher.lexical
    assert "labour" in lexical.term_ids and "labor" not in lexical.term_ids
    assert lexical.term_id("labor") == lexical.term_ids["labour"]
    us = matcher.score_vector("Estimate labor and material costs for renovation projects")
    ca = matcher.score_vector("Estimate labour and material costs for renovation projects")
    assert abs(float(us.max()) - float(ca.max())) < 0.02
    assert int(us.argmax()) == int(ca.argmax())


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Record sales and expenses in QuickBooks Online", {"14200", "12200"}),
        ("Run the bi-weekly payroll in Wagepoint and issue T4s", {"13102"}),
        ("Draft floor plans in AutoCAD", {"22212"}),
    ],
)
def test_tool_names_carry_meaning(matcher, text, codes):
    """Software people name in their duties (from the hand-written workplace words) counts."""
    assert "quickbooks" in matcher.vectors.row and "autocad" in matcher.vectors.row
    top = [c.code for c in matcher.score(text, 3)]
    assert codes & set(top), top


def test_respelling_cache_stays_bounded(matcher):
    """Endless unknown words (garbage input) never grow the respelling cache past its cap."""
    from noc_letter.core.matching.lexical import RESPELL_CACHE, LexicalModel

    lexical = LexicalModel(matcher.index, len(matcher.codes))
    for i in range(RESPELL_CACHE + 500):
        assert lexical.term_id(f"zzqx{i}colour") is None
    assert len(lexical._respelled) == RESPELL_CACHE
    assert lexical.term_id("labor") == lexical.term_ids["labour"]
