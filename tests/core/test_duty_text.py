"""Tests for duty lines with bad text: no words, too long, repeated, one word over and over."""

from __future__ import annotations

import datetime as dt
import random
import subprocess
import sys
import time
from pathlib import Path

from noc_letter.core.catalogue import load_catalogue
from noc_letter.core.completeness import check
from noc_letter.core.duty_text import (
    NEAR_REPEATED,
    NO_WORDS,
    REPEATED,
    RUN_ON,
    TOO_LONG,
    duty_problems,
)
from noc_letter.core.export import build_letter
from noc_letter.core.letter import Duty
from noc_letter.core.project import load_project, save_project

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
TODAY = dt.date(2026, 11, 25)
GOOD = "Reconcile the company's two bank accounts against the statements every month"


def codes(texts: list[str]) -> dict[int, str]:
    """Row → problem code for a list of included duty texts."""
    return {row: p.code for row, p in duty_problems([Duty(t) for t in texts]).items()}


def test_each_kind_of_bad_text_is_found_on_its_row():
    """Emoji or symbols only, over 600 characters, a repeat and a run-on word are each found."""
    found = codes([GOOD, "😀😀 👍", "—— *** ###", "x " * 400, GOOD, "payroll payroll payroll"])
    assert found == {1: NO_WORDS, 2: NO_WORDS, 3: TOO_LONG, 4: REPEATED, 5: RUN_ON}


def test_near_repeats_differ_only_in_small_words_forms_or_case():
    """ "Reconciled bank accounts monthly." nearly repeats "Reconcile the bank accounts monthly";
    duties that differ in what they are about do not."""
    assert codes(["Reconcile the bank accounts monthly", "Reconciled bank accounts monthly."]) == {
        1: NEAR_REPEATED
    }
    assert codes(
        ["RECONCILE THE BANK ACCOUNTS MONTHLY", "reconcile the bank accounts monthly"]
    ) == {1: REPEATED}
    assert codes(["Maintain the health of bees", "Maintain the health of sheep"]) == {}
    assert codes(["Prepare payroll", "Prepare invoices", "Prepare reports"]) == {}


def test_unticked_and_blank_lines_are_left_alone():
    """A repeat that is unticked (kept out of the letter) and blank rows are not findings."""
    duties = [Duty(GOOD), Duty(GOOD, include=False), Duty("   "), Duty("🙂", include=False)]
    assert duty_problems(duties) == {}


def test_check_lists_them_with_the_duty_field_and_a_plain_message():
    """`check` gives one warning per bad duty, pointing at its text field."""
    project = load_project(DATA / "bookkeeper.nocletter")
    duties = project.positions[0].duties
    duties.append(Duty(duties[0].text))
    duties.append(Duty("🙂🙂🙂"))
    found = {f.field: f for f in check(project, today=TODAY) if f.code.startswith("duty-")}
    assert set(found) == {"positions[0].duties[7].text", "positions[0].duties[8].text"}
    assert found["positions[0].duties[7].text"].message.startswith("Duty 8 repeats duty 1;")
    assert found["positions[0].duties[8].text"].severity == "warning"
    assert "has no words" in found["positions[0].duties[8].text"].message


def test_export_says_a_bad_duty_is_in_the_letter(tmp_path):
    """Exporting a letter with a repeated duty warns that it is in the letter as written."""
    project = load_project(DATA / "bookkeeper.nocletter")
    project.positions[0].duties.append(Duty(project.positions[0].duties[2].text))
    result = build_letter(project, tmp_path / "letter.docx", today=TODAY)
    assert any(
        w.startswith("Duty 8 repeats duty 3;") and w.endswith("It is in the letter as written.")
        for w in result.warnings
    ), result.warnings


def test_cli_build_and_check_report_bad_duties(tmp_path):
    """`noc-letter check` lists a run-on duty; `noc-letter build` warns about it once."""
    project = load_project(DATA / "bookkeeper.nocletter")
    project.positions[0].duties.append(Duty("test test test test"))
    path = tmp_path / "p.nocletter"
    save_project(project, path)
    run = [sys.executable, "-m", "noc_letter.cli"]
    done = subprocess.run(
        [*run, "check", str(path), "--no-wording"], capture_output=True, text=True, timeout=120
    )
    assert "positions[0].duties[7].text" in done.stdout and "“test” 4 times" in done.stdout
    built = subprocess.run(
        [*run, "build", str(path), "-o", str(tmp_path / "l.docx")],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert built.returncode == 0, built.stderr
    assert built.stderr.count("“test” 4 times in a row") == 1


def test_five_hundred_duties_are_checked_quickly():
    """500 duty lines (NOC main duties) are checked in well under a fifth of a second."""
    lines = [d.text for g in load_catalogue().groups for d in g.main_duties]
    duties = [Duty(t) for t in random.Random(3).sample(lines, 500)]
    duty_problems(duties)
    start = time.perf_counter()
    duty_problems(duties)
    assert time.perf_counter() - start < 0.2
