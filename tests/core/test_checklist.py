"""Tests for the submission checklist data, its DOCX writer and the `checklist` command."""

from __future__ import annotations

import copy
import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document

from noc_letter.core.completeness import check
from noc_letter.core.duty_checks import full_check
from noc_letter.core.export.checklist import (
    DONE,
    MISSING,
    NOT_APPLICABLE,
    NOT_LEGAL_ADVICE,
    STATUSES,
    TODO,
    WARNING,
    Checklist,
    checklist_items,
)
from noc_letter.core.export.checklist_docx import write_checklist_docx
from noc_letter.core.letter import Duty, Project, Salary
from noc_letter.core.project import load_project

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
TODAY = dt.date(2026, 11, 25)  # a few days after the example letters are dated


def full_project(program: str = "express-entry") -> Project:
    """The complete example project (a current bookkeeper), for the given program."""
    project = load_project(DATA / "bookkeeper.nocletter")
    project.program = program
    return project


def item(checklist: Checklist, start: str):
    """The first item whose text starts with `start`."""
    return next(i for i in checklist.items() if i.text.startswith(start))


def test_blank_checklist_is_all_todo_boxes():
    """Without a project every item is a "todo" box and the advice note is the footer."""
    checklist = checklist_items(None)
    assert checklist.items() and all(i.status == TODO for i in checklist.items())
    titles = [s.title for s in checklist.sections]
    assert titles == [
        "What the letter must show",
        "Hours of work",
        "Supporting documents to gather",
        "Before you submit",
    ]
    texts = " ".join(i.text for i in checklist.items())
    for expected in ("letterhead", "Pay stubs", "T4", "contract", "SINP", "Signed and dated"):
        assert expected in texts, expected
    assert checklist.footer == NOT_LEGAL_ADVICE and "not legal advice" in checklist.footer


def test_complete_project_marks_elements_done():
    """A complete project has every IRCC element done except the letterhead, still to do."""
    project = full_project()
    assert [f for f in check(project, today=TODAY) if f.severity == "error"] == []
    checklist = checklist_items(project, TODAY)
    elements = checklist.sections[0].items
    assert elements[0].text.startswith("Printed on company letterhead")
    assert elements[0].status == TODO
    assert {i.status for i in elements[1:]} == {DONE}, [(i.text, i.detail) for i in elements]
    assert "Priya Raman" in checklist.subtitle
    assert all(i.status in STATUSES for i in checklist.items())


def test_missing_fields_follow_the_completeness_findings():
    """Empty fields turn the matching items to "missing" with the check's own message."""
    project = full_project()
    project.employer.email = ""
    project.positions[0].salary = Salary(None)
    project.positions[0].benefits = ""
    checklist = checklist_items(project, TODAY)
    company = item(checklist, "Company name")
    assert company.status == MISSING and "e-mail" in company.detail
    pay = item(checklist, "Salary plus benefits")
    assert pay.status == MISSING
    messages = {f.message for f in check(project, today=TODAY)}
    assert pay.detail.split(" (+")[0] in messages
    assert item(checklist, "Job title").status == DONE


def test_job_status_not_applicable_without_current_job():
    """Job status is n/a when no position in the letter is current."""
    project = full_project()
    project.positions[0].end = "2026-10-30"
    assert item(checklist_items(project, TODAY), "Job status").status == NOT_APPLICABLE


def test_hours_section_uses_hours_summary():
    """The hours section lists each position and federal program from hours_summary."""
    checklist = checklist_items(full_project(), TODAY)
    hours = checklist.sections[1]
    assert hours.title.startswith("Hours of work")
    position = item(checklist, "Bookkeeper (NOC 12200)")
    assert position.status == DONE and "4 March 2019" in position.text
    fsw = item(checklist, "Federal Skilled Worker")
    assert fsw.status == DONE and "of 1,560 hours" in fsw.text
    assert "30 h a week" in hours.note and "IRCC decides" in hours.note


def test_program_extras_appear_only_for_their_program():
    """OINP adds website and weeks/vacation/location lines; SINP adds government proof."""
    project = full_project("oinp")
    project.employer.website = ""
    project.positions[0].weeks_per_year = None
    oinp = checklist_items(project, TODAY)
    assert item(oinp, "Company website").status == MISSING
    assert item(oinp, "Weeks per year").status == MISSING
    express = " ".join(i.text for i in checklist_items(full_project(), TODAY).items())
    assert "OINP" not in express and "SINP" not in express
    sinp = checklist_items(full_project("sinp"), TODAY)
    assert "government-issued proof" in item(sinp, "SINP").text


def test_checklist_docx_has_every_line(tmp_path):
    """The DOCX writer writes the title, every item with its box, and the footer."""
    checklist = checklist_items(full_project(), TODAY)
    out = write_checklist_docx(checklist, tmp_path / "checklist.docx")
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert text.startswith(checklist.title)
    for entry in checklist.items():
        assert entry.text in text
    assert "☑" in text and "☐" in text and NOT_LEGAL_ADVICE in text


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m noc_letter.cli` in a subprocess from the repository root."""
    return subprocess.run(
        [sys.executable, "-m", "noc_letter.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_cli_checklist_blank_and_with_project(tmp_path, suffix):
    """`noc-letter checklist` writes the blank and the project checklist in both formats."""
    blank = tmp_path / f"blank{suffix}"
    done = run_cli("checklist", "-o", str(blank))
    assert done.returncode == 0, done.stderr
    source = DATA / "bookkeeper.nocletter"
    filled = tmp_path / f"ana{suffix}"
    done = run_cli("checklist", str(source), "-o", str(filled))
    assert done.returncode == 0, done.stderr
    if suffix == ".pdf":
        assert blank.read_bytes().startswith(b"%PDF") and filled.stat().st_size > 5000
    else:
        assert "Priya Raman" in "\n".join(p.text for p in Document(str(filled)).paragraphs)


def test_cli_checklist_errors(tmp_path):
    """An unknown extension or unreadable project exits 2; an unwritable folder exits 1."""
    assert run_cli("checklist", "-o", str(tmp_path / "x.txt")).returncode == 2
    bad = tmp_path / "bad.nocletter"
    bad.write_text("[]", encoding="utf-8")
    done = run_cli("checklist", str(bad), "-o", str(tmp_path / "x.docx"))
    assert done.returncode == 2 and "bad.nocletter" in done.stderr
    done = run_cli("checklist", "-o", str(tmp_path / "none" / "x.docx"))
    assert done.returncode == 1 and "does not exist" in done.stderr


def test_empty_draft_checklist_lists_what_is_missing():
    """The empty example draft marks the elements and its uncounted position missing."""
    checklist = checklist_items(load_project(DATA / "draft_empty.nocletter"), TODAY)
    assert item(checklist, "Your full name").status == MISSING
    assert item(checklist, "Main duties").status == MISSING
    position, *programs = checklist.sections[1].items
    assert position.status == MISSING and "start date" in position.detail
    assert {i.status for i in programs} == {NOT_APPLICABLE}


def reads_as_other_project() -> Project:
    """The payroll letter (duties read as 13102) plus a TEER 4 clerk position held before."""
    project = load_project(DATA / "payroll.nocletter")
    clerk = copy.deepcopy(project.positions[0])
    clerk.title, clerk.noc = "Accounts clerk", "14200"
    clerk.start, clerk.end = "2017-01-02", "2019-03-01"
    clerk.duties = [Duty("Sort and file the paper invoices and answer the office phone")]
    project.positions.append(clerk)
    return project


def test_every_warning_of_check_is_a_warning_on_the_checklist(tmp_path):
    """Each warning `check` gives (how the duties read, a TEER 4 position, few duties) is printed
    on the checklist as a warning, never beside a tick, in the data and in the DOCX."""
    project = reads_as_other_project()
    findings = full_check(project, today=TODAY)
    warnings = [f for f in findings if f.severity == "warning"]
    assert {"duties-read-as-other-skilled", "noc-not-skilled"} <= {f.code for f in warnings}
    checklist = checklist_items(project, TODAY, findings)
    for finding in warnings:
        holders = [i for i in checklist.items() if finding.message in i.warnings]
        assert holders, finding.message
        assert all(i.status in (WARNING, MISSING) for i in holders), finding.message
    noc = item(checklist, "NOC 2021 group chosen by your duties")
    assert noc.status == WARNING and any("13102" in w for w in noc.warnings)
    out = write_checklist_docx(checklist, tmp_path / "checklist.docx")
    paragraphs = [p.text for p in Document(str(out)).paragraphs]
    noc_line = next(p for p in paragraphs if "NOC 2021 group chosen by your duties" in p)
    assert noc_line.startswith("⚠") and "Warning: As a whole, the duties of position 1" in noc_line
    text = "\n".join(paragraphs)
    for finding in warnings:
        assert f"Warning: {finding.message}" in text


def test_hours_of_a_teer_4_position_are_a_warning_not_a_tick():
    """A TEER 4 position's hours are counted but marked with a warning that they count for no
    federal program; the skilled position's hours keep their tick."""
    checklist = checklist_items(reads_as_other_project(), TODAY)
    clerk = item(checklist, "Accounts clerk (NOC 14200)")
    assert clerk.status == WARNING
    assert clerk.warnings == (
        "These hours count for no federal program: NOC 14200 is TEER 4; only TEER 0, 1, 2 and 3 "
        "count.",
    )
    assert item(checklist, "Payroll administrator (NOC 12200)").status == DONE


def test_cli_checklist_includes_how_the_duties_read(tmp_path):
    """`noc-letter checklist` on the payroll project prints the reads-as warning in the DOCX."""
    out = tmp_path / "payroll.docx"
    done = run_cli("checklist", str(DATA / "payroll.nocletter"), "-o", str(out))
    assert done.returncode == 0, done.stderr
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "Warning: As a whole, the duties of position 1 read more as 13102" in text
