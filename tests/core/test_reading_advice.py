"""Tests for the advice when a letter reads as another group that is still skilled (TEER 0-3)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from noc_letter.core.duty_checks import full_check
from noc_letter.core.matching import get_matcher
from noc_letter.core.project import load_project
from noc_letter.core.reading_advice import skilled_alternative, skilled_alternative_advice

DATA = Path(__file__).resolve().parents[1] / "data"
TODAY = dt.date(2026, 11, 25)
PAYROLL = [d.text for d in load_project(DATA / "payroll.nocletter").positions[0].duties]
CLERICAL = [
    "Sort the mail and file the paper invoices in the filing cabinet",
    "Type letters and answer the phone at the front desk",
    "Photocopy and scan documents for the office",
]


@pytest.fixture(scope="module")
def matcher():
    return get_matcher()


def test_payroll_duties_against_12200_offer_13102(matcher):
    """Payroll duties against 12200 read as 13102 (TEER 3): that group is offered, and the
    advice says it also counts as skilled work instead of calling it a lower-TEER job."""
    a = matcher.assess(PAYROLL, "12200")
    alternative = skilled_alternative(a)
    assert alternative is not None and alternative.code == "13102" and alternative.teer == 3
    advice = skilled_alternative_advice(a, alternative)
    assert "13102 is TEER 3, which also counts as skilled work" in advice
    assert "choose 13102 as your target NOC" in advice and "lower" not in advice


def test_no_offer_when_the_letter_reads_as_its_target_or_as_teer_4(matcher):
    """Nothing is offered for a letter that reads as its target, nor for a TEER 4-5 reading."""
    assert skilled_alternative(matcher.assess(PAYROLL, "13102")) is None
    clerical = matcher.assess(CLERICAL, "12200")
    assert clerical.reads_as[0].teer >= 4
    assert skilled_alternative(clerical) is None
    assert skilled_alternative(None) is None


def test_check_warns_with_the_offer_not_the_lower_teer_line():
    """`check` on the payroll letter says 13102 counts too and offers it as the target."""
    findings = full_check(load_project(DATA / "payroll.nocletter"), today=TODAY)
    codes = {f.code: f for f in findings}
    assert "duties-read-as-other" not in codes
    finding = codes["duties-read-as-other-skilled"]
    assert finding.severity == "warning" and finding.field == "positions[0].duties"
    assert "also counts as skilled work for Express Entry (FSW and CEC)" in finding.message
    assert "may assume" not in finding.message
