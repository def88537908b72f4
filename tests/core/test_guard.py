"""Tests for the copy guard: NOC text and light edits flagged, own descriptions not."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from noc_letter.core.catalogue import load_catalogue
from noc_letter.core.guard import Thresholds, verbatim_risk
from noc_letter.core.guard_index import default_index, stem

BENCH_DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "data"

BOOKKEEPING = (
    "Post journal entries and reconcile accounts, prepare trial balance of books, maintain "
    "general ledgers and prepare financial statements"
)


def test_exact_noc_duty_is_verbatim():
    """A main duty copied as it stands is "verbatim", with its code and the full sentence."""
    result = verbatim_risk(BOOKKEEPING)
    assert result.level == "verbatim"
    assert result.score == 1.0
    assert result.nearest is not None
    assert (result.nearest.code, result.nearest.kind) == ("12200", "main_duty")
    assert result.nearest.text == BOOKKEEPING


def test_every_noc_duty_is_flagged_verbatim():
    """Each of the 4,976 main duties in the catalogue is itself "verbatim"."""
    duties = [d.text for g in load_catalogue().groups for d in g.main_duties]
    assert len(duties) == 4976
    assert all(verbatim_risk(text).level == "verbatim" for text in duties)


@pytest.mark.parametrize(
    "edited",
    [
        # one word dropped
        "Post journal entries and reconcile accounts, prepare trial balance of books, maintain "
        "ledgers and prepare financial statements",
        # two synonyms swapped
        "Keep financial records and establish, maintain and balance different accounts using "
        "manual and computerized accounting systems",
        # clauses reordered around "and"
        "Prepare tax remittance forms, workers' compensation forms, pension contribution forms "
        "and other government documents, and complete and submit them",
    ],
)
def test_light_edit_is_flagged(edited: str):
    """A copy with one or two words changed, dropped or moved is "close" or "verbatim"."""
    assert verbatim_risk(edited).level in {"close", "verbatim"}


def test_tense_change_is_still_verbatim():
    """Putting every verb of a NOC duty into the past tense does not hide the copy."""
    past = (
        "Posted journal entries and reconciled accounts, prepared trial balance of books, "
        "maintained general ledgers and prepared financial statements"
    )
    result = verbatim_risk(past)
    assert result.level == "verbatim"
    assert result.nearest is not None and result.nearest.code == "12200"


def test_reordered_short_duty_is_flagged():
    """A reordered, past-tense copy of a short duty ("Trained, hired and ...") is verbatim."""
    assert verbatim_risk("Trained, hired and supervised the staff").level == "verbatim"


def test_independent_description_is_not_flagged():
    """A realistic description in the person's own words is "ok"."""
    result = verbatim_risk("Reconciled the company's three bank accounts in QuickBooks every month")
    assert result.level == "ok"
    assert result.score < Thresholds().close


def test_whole_duty_inside_a_longer_line_is_flagged():
    """A NOC duty pasted into a longer sentence of the person's own is still flagged."""
    line = (
        f"At Maple Leaf Dental, in addition to greeting patients at the front desk, I {BOOKKEEPING}"
        " for the two owners every month using QuickBooks Online and Excel"
    )
    assert verbatim_risk(line).level in {"close", "verbatim"}


def test_lead_statement_sentence_is_matched():
    """A copied lead-statement sentence is flagged with kind "lead_statement"."""
    lead = load_catalogue().get("12200").lead_statement.split(". ")[0]
    result = verbatim_risk(lead)
    assert result.level == "verbatim"
    assert result.nearest is not None and result.nearest.kind == "lead_statement"


def test_shared_phrases_point_at_the_users_text():
    """Each shared phrase's span slices exactly that phrase out of the user's line."""
    line = "Every Friday I post journal entries and reconcile accounts for 12 clients"
    result = verbatim_risk(line)
    assert result.shared_phrases
    for phrase in result.shared_phrases:
        assert line[phrase.start : phrase.end] == phrase.text
    assert result.shared_phrases[0].text == "post journal entries and reconcile accounts"


def test_stopwords_alone_do_not_match():
    """A line of function words only has nothing in common with the NOC."""
    result = verbatim_risk("and the of to for with in on by the")
    assert (result.level, result.score, result.nearest) == ("ok", 0.0, None)


def test_list_marker_is_ignored():
    """A leading "1." or "•" does not change the score, and spans still fit the full line."""
    line = "1. Hire, train and supervise staff"
    result = verbatim_risk(line)
    assert result.level == "verbatim"
    assert [line[p.start : p.end] for p in result.shared_phrases] == [line[3:]]


def test_stems_join_tense_plural_and_spelling():
    """Tense, plural and British/American spellings of a word share one matching key."""
    assert stem("prepared") == stem("prepare") == stem("preparing") == stem("prepares")
    assert stem("analysed") == stem("analyzes")
    assert stem("organising") == stem("organize")
    assert stem("labour") == stem("labor")
    assert stem("centres") == stem("center")
    assert stem("wrote") == stem("writes")


def test_thresholds_are_passed_in():
    """Stricter thresholds passed by the caller change the level, not the score."""
    line = "Reconcile accounts and post journal entries"
    default = verbatim_risk(line)
    strict = verbatim_risk(line, thresholds=Thresholds(close=0.99, verbatim=1.0))
    assert strict.score == default.score
    assert strict.level == "ok"


def test_index_holds_every_duty_and_lead_sentence():
    """The index has all main duties plus each lead-statement sentence."""
    index = default_index()
    kinds = {s.kind for s in index.sentences}
    assert kinds == {"main_duty", "lead_statement"}
    assert sum(s.kind == "main_duty" for s in index.sentences) == 4976


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "😀🚀✨",
        "\x00\x01\x02\x1b[31m prepare \u202e financial \ufeff statements",
        "Préparer les états financiers et tenir les livres comptables",
        "准备财务报表并核对银行账户",
        os.urandom(4096).decode("utf-8", errors="replace"),
    ],
)
def test_bad_input_does_not_crash(text: str):
    """Empty, emoji, control characters, other languages and garbage give a valid result."""
    result = verbatim_risk(text)
    assert result.level in {"ok", "close", "verbatim"}
    assert 0.0 <= result.score <= 1.0
    for phrase in result.shared_phrases:
        assert text[phrase.start : phrase.end] == phrase.text


def test_one_megabyte_line_is_checked_in_bounded_time():
    """A 1 MB line is checked (up to its first 4,000 words) in a few seconds."""
    line = ("Reconciled the bank accounts for the owner every month. " * 18_000)[:1_000_000]
    started = time.perf_counter()
    result = verbatim_risk(line + " " + BOOKKEEPING)
    assert time.perf_counter() - started < 5
    assert result.level == "ok"  # the copy sits beyond the checked part


def test_warm_check_is_fast():
    """A typical line is checked in well under 5 ms once the index is built."""
    verbatim_risk("warm up")
    lines = [BOOKKEEPING, "Reconciled the company's three bank accounts in QuickBooks"] * 50
    started = time.perf_counter()
    for line in lines:
        verbatim_risk(line)
    assert (time.perf_counter() - started) / len(lines) < 0.005


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_a_valid_result(text: str):
    """Arbitrary Unicode text gives a level, a score in [0, 1] and spans that fit the text."""
    result = verbatim_risk(text)
    assert result.level in {"ok", "close", "verbatim"}
    assert 0.0 <= result.score <= 1.0
    for phrase in result.shared_phrases:
        assert text[phrase.start : phrase.end] == phrase.text


def test_common_short_phrase_shared_by_many_groups_is_not_copying():
    """ "Prepare monthly financial statements for the owner" shares only wording many groups use
    ("financial statements") with 13112's "Prepare financial statements and billing": it passes,
    while that sentence copied, reordered or with one word swapped is still flagged."""
    own = verbatim_risk("Prepare monthly financial statements for the owner")
    assert own.level == "ok" and own.score < 0.5, own
    assert verbatim_risk("Prepare financial statements and billing").level == "verbatim"
    assert verbatim_risk("Prepared the financial statements and the billing").level == "verbatim"
    assert verbatim_risk("Prepare financial statements and invoices").level != "ok"
    assert verbatim_risk("Hire, train and supervise staff").level == "verbatim"
    assert verbatim_risk("Train, hire and supervise the staff").level != "ok"


def test_plainly_written_duties_pass_the_guard():
    """Of the plainly written duties in the benchmark, at most one in fifty is flagged."""
    lines = [
        line.strip()
        for line in (BENCH_DATA / "plain_duties.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    flagged = [text for text in lines if verbatim_risk(text).level != "ok"]
    assert len(lines) > 100 and len(flagged) <= len(lines) // 50, flagged
