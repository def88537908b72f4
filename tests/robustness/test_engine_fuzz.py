"""Fuzzing the duty engine: splitting, matching, rewording and the copy guard take any text.

Arbitrary Unicode (controls, lone surrogates, bidi marks, emoji, combining marks, other
scripts) and paste-like text built from list markers, shares and headings go through each
function; they must return a well-formed result without an exception. Ten hostile 1 MB inputs
go through all of them with a generous time bound (30 s a call, about 20 times the slowest
measured; `benchmarks/robustness_bench.py` measures the real times).
"""

from __future__ import annotations

import math
import random
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from noc_letter.core.guard import verbatim_risk
from noc_letter.core.splitting import SplitDuty, split_duties

TARGET = "12200"
MEGABYTE = 1_000_000
CALL_BOUND_S = 30.0  # generous: the slowest 1 MB call measured about 1.5 s on 2 shared cores


def _fuzz(examples: int):
    """Hypothesis settings for this suite: fixed seed, no deadline, no example database."""
    return settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


@pytest.fixture(scope="session")
def rewriter():
    """The shared rewriter (uses the session's matcher and copy guard)."""
    from noc_letter.core.rewording import get_rewriter

    return get_rewriter()


# --------------------------------------------------------------------------------- strategies

SPECIAL = list(
    "\x00\x01\x0b\x0c\x1b\x7f\x85\x9f\ud800\udfff\ufffe\uffff\ufeff\u00ad\u200b\u200d\u200f"
    "\u202e\u2066\u2069\u2028\u2029\u0301\u0300\u20dd\ufffd\t\n\r •▪◦‣–—-*·§\uf0b7;:%()"
)
any_char = st.one_of(st.characters(exclude_categories=()), st.sampled_from(SPECIAL))
any_text = st.text(alphabet=any_char, max_size=600)

WORDS = [
    "Reconcile", "bank", "accounts", "post", "journal", "entries", "QuickBooks", "payroll",
    "prepare", "invoices", "supervise", "staff", "comptabilité", "记账", "حسابات", "😀", "e\u0301",
]  # fmt: skip
MARKERS = ["", "• ", "- ", "* ", "1. ", "(a) ", "iv. ", "\uf0b7", "o  ", "Duties:", "▪ ", "—"]
SHARES = ["", " (40%)", " – 25% of time", " 100 %", " (0%)", " 999%", "; ", ", and "]
NEWLINES = ["\n", "\r\n", "\r", "\u2028", "\n\n", " "]


@st.composite
def paste_like(draw) -> str:
    """Text shaped like a pasted duty list: markers, words, shares, headings, odd newlines."""
    lines = []
    for _ in range(draw(st.integers(min_value=0, max_value=12))):
        words = draw(st.lists(st.sampled_from(WORDS) | any_text.map(lambda t: t[:8]), max_size=8))
        lines.append(
            draw(st.sampled_from(MARKERS)) + " ".join(words) + draw(st.sampled_from(SHARES))
        )
        lines.append(draw(st.sampled_from(NEWLINES)))
    return "".join(lines)


texts = st.one_of(any_text, paste_like())


# ---------------------------------------------------------------------------------- checks


def _check_split(text: str, duties: list[SplitDuty]) -> None:
    assert isinstance(duties, list)
    for duty in duties:
        assert isinstance(duty, SplitDuty) and isinstance(duty.text, str) and duty.text.strip()
        assert duty.share is None or (math.isfinite(duty.share) and 0 < duty.share <= 100)
        assert duty.source_line >= 1


def _check_candidates(candidates) -> None:
    assert isinstance(candidates, list)
    for candidate in candidates:
        assert 0.0 <= candidate.score <= 1.0 and isinstance(candidate.reason, str)
        assert len(candidate.code) == 5


def _check_guard(text: str, result) -> None:
    assert result.level in {"ok", "close", "verbatim"}
    assert 0.0 <= result.score <= 1.0
    for phrase in result.shared_phrases:
        assert text[phrase.start : phrase.end] == phrase.text


def _check_assessment(texts: list[str], assessment) -> None:
    assert assessment.target.code == TARGET
    assert 0.0 <= assessment.confidence <= 1.0 and isinstance(assessment.verdict, str)
    for reading in assessment.duties:
        assert reading.supports in {"target", "neighbour", "other_skilled", "other_low", "unclear"}
        assert math.isfinite(reading.target_score)


def _check_suggestions(result) -> None:
    assert len(result.suggestions) <= 3
    for suggestion in result.suggestions:
        assert isinstance(suggestion.text, str) and suggestion.text.strip()
    assert all(isinstance(question, str) for question in result.questions)


# ------------------------------------------------------------------------------- fuzzing


@_fuzz(600)
@given(texts)
def test_split_duties_takes_any_text(cases, text):
    """Any text splits into clean, non-empty duties with shares between 0 and 100."""
    cases["engine: split_duties"] += 1
    _check_split(text, split_duties(text))


@_fuzz(300)
@given(texts)
def test_copy_guard_takes_any_text(cases, text):
    """Any text gets a copy-guard level and score, and its shared phrases point into it."""
    cases["engine: verbatim_risk"] += 1
    _check_guard(text, verbatim_risk(text))


@_fuzz(150)
@given(st.one_of(texts, st.text(alphabet=any_char, min_size=1900, max_size=2600)))
def test_matcher_scores_any_text(cases, matcher, text):
    """Any text, also longer than the 2,000-character analysis cut, scores in [0, 1]."""
    cases["engine: matcher.score"] += 1
    _check_candidates(matcher.score(text))


@_fuzz(60)
@given(st.lists(texts, max_size=6))
def test_matcher_assesses_any_list_of_duties(cases, matcher, duties):
    """Any list of duty texts (empty, blank, garbage, repeated) is assessed against 12200."""
    cases["engine: matcher.assess"] += 1
    _check_assessment(duties, matcher.assess(duties, TARGET))


@_fuzz(120)
@given(texts)
def test_rewriter_suggests_for_any_text(cases, rewriter, text):
    """Any text gets at most three rewordings or questions, never an exception."""
    cases["engine: rewriter.suggest"] += 1
    _check_suggestions(rewriter.suggest(text, TARGET))


# ------------------------------------------------------------------------------- 1 MB inputs


def _megabyte(kind: str) -> str:
    """One of the hostile 1 MB inputs (1,000,000 code points)."""
    rng = random.Random(kind)
    if kind == "random-unicode":
        return "".join(chr(rng.randrange(0x20, 0x2FFFF)) for _ in range(MEGABYTE))
    if kind == "random-special":
        return "".join(rng.choice(SPECIAL + WORDS[:3]) for _ in range(MEGABYTE))[:MEGABYTE]
    pattern = {
        "one-long-line": "Reconciled the bank accounts for the owner every month. ",
        "bullets": "• Post journal entries in QuickBooks (10%)\n",
        "no-spaces": "a",
        "newlines": "\n",
        "combining-flood": "e\u0301\u0300\u0302\u0303\u0304",
        "emoji-flood": "👩‍👩‍👧🇨🇦",
        "rtl-and-bidi": "\u202eעברית عربي\u2066x\u2069 ",
        "semicolons": "post entries; ",
    }[kind]
    return (pattern * (MEGABYTE // len(pattern) + 1))[:MEGABYTE]


KINDS = [
    "random-unicode", "random-special", "one-long-line", "bullets", "no-spaces", "newlines",
    "combining-flood", "emoji-flood", "rtl-and-bidi", "semicolons",
]  # fmt: skip


def _timed(function, *args):
    start = time.perf_counter()
    result = function(*args)
    elapsed = time.perf_counter() - start
    assert elapsed < CALL_BOUND_S, f"{function.__name__} took {elapsed:.1f} s on 1 MB"
    return result


@pytest.mark.slow
@pytest.mark.parametrize("kind", KINDS)
def test_one_megabyte_goes_through_every_engine_function_in_bounded_time(kind, matcher, rewriter):
    """1 MB of hostile text is split, guarded, scored, assessed and reworded, each call in
    under 30 s, without an exception."""
    text = _megabyte(kind)
    assert len(text) == MEGABYTE
    duties = _timed(split_duties, text)
    _check_split(text, duties)
    _check_guard(text, _timed(verbatim_risk, text))
    _check_candidates(_timed(matcher.score, text))
    _check_assessment([text], _timed(matcher.assess, [text], TARGET))
    _check_suggestions(_timed(rewriter.suggest, text, TARGET))
    if duties:  # the pieces of the paste, as the GUI would hold them (a few, to stay fast)
        pieces = [d.text for d in duties[:: max(1, len(duties) // 20)]][:20]
        _check_assessment(pieces, _timed(matcher.assess, pieces, TARGET))
