"""Whole-letter readings a consultant would agree with (hand-written letters, issue 13)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from noc_letter.core.matching import get_matcher

DATA = Path(__file__).resolve().parent.parent / "data"
LETTERS = json.loads((DATA / "letter_readings.json").read_text(encoding="utf-8"))["letters"]


@pytest.fixture(scope="module")
def matcher():
    return get_matcher()


def sample_duties() -> list[str]:
    project = json.loads((DATA / "bookkeeper.nocletter").read_text(encoding="utf-8"))
    return [d["text"] for d in project["positions"][0]["duties"] if d["include"]]


def test_there_are_enough_letters_over_several_occupations():
    assert len(LETTERS) >= 20
    assert sum("known_miss" in letter for letter in LETTERS) <= 2
    assert len({letter["target"] for letter in LETTERS}) >= 15
    triangle = {letter["target"] for letter in LETTERS} & {"12200", "14200", "13102"}
    assert triangle == {"12200", "14200", "13102"}


def _case(letter):
    marks = ()
    if "known_miss" in letter:
        marks = pytest.mark.xfail(reason=letter["known_miss"], strict=True)
    return pytest.param(letter, id=letter["name"], marks=marks)


def check_reading(matcher, letter) -> None:
    """The letter's status is the expected one (and not a refused one), reading as expected."""
    a = matcher.assess(letter["duties"], letter["target"], letter.get("shares"))
    if "expect" in letter:
        assert a.status == letter["expect"], a.verdict
    assert a.status not in letter.get("not", ()), a.verdict
    if "reads_as" in letter:
        assert a.reads_instead is not None and a.reads_instead.code == letter["reads_as"]


@pytest.mark.parametrize("letter", [_case(letter) for letter in LETTERS])
def test_letter_reads_as_a_consultant_would_read_it(matcher, letter):
    check_reading(matcher, letter)


def test_the_bookkeeper_sample_reads_as_a_bookkeeper(matcher):
    """The app's own sample project: 12200 on top, supported, bank reconciliation included."""
    duties = sample_duties()
    a = matcher.assess(duties, "12200")
    assert a.reads_as[0].code == "12200"
    assert a.status == "supports_target"
    assert a.verdict.startswith("Supports your target, 12200")
    bank = next(r for r in a.duties if "bank accounts" in r.text)
    assert bank.supports == "target", bank.reason
    billing = next(r for r in a.duties if r.text.startswith("Answer customer billing"))
    assert billing.best.code != "64401"  # it read as postal services before the encoder


def test_sixty_thirty_ten_letter_supports_the_bookkeeper_target(matcher):
    letter = next(x for x in LETTERS if x["name"].startswith("small-company bookkeeper, 60"))
    a = matcher.assess(letter["duties"], "12200")
    assert a.weights == (60.0, 30.0, 10.0)
    assert a.status == "supports_target"
    assert "stated share of working time" in a.verdict


def test_payroll_letter_for_a_bookkeeper_target_says_it_still_counts(matcher):
    letter = next(
        x for x in LETTERS if x["name"] == "payroll administrator claimed as a bookkeeper"
    )
    a = matcher.assess(letter["duties"], "12200")
    assert a.status == "reads_as_other_skilled"
    assert "still counts" in a.verdict and "13102" in a.verdict


def test_clerk_letter_for_a_bookkeeper_target_warns_of_the_lower_job(matcher):
    letter = next(x for x in LETTERS if x["name"].startswith("accounts clerk: data entry"))
    a = matcher.assess(letter["duties"], "12200")
    assert a.status == "reads_as_lower_teer"
    assert a.reads_instead.teer >= 4
    assert "lower-TEER" in a.verdict
    codes = [c.code for c in a.confusables]
    assert "14200" in codes
    clerk = next(c for c in a.confusables if c.code == "14200")
    assert 0.0 <= clerk.coverage <= 1.0 and clerk.score > 0
