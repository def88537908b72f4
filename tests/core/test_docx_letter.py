"""Tests for the DOCX reference letter export and its template filling."""

from __future__ import annotations

import datetime as dt
import os
import stat
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml.ns import qn

from noc_letter.core.export import ExportError, TemplateError, build_letter
from noc_letter.core.export import files as export_files
from noc_letter.core.export.docx_fill import BLANK_PREFIX, merge_split_placeholders
from noc_letter.core.letter import (
    Applicant,
    Duty,
    Employer,
    Position,
    Project,
    Salary,
    Signer,
)
from noc_letter.resources import template_path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
TODAY = dt.date(2024, 5, 2)


def make_project(program: str = "express-entry") -> Project:
    """A complete two-position project (current bookkeeper, earlier clerk)."""
    return Project(
        program=program,
        letter_date="2024-05-02",
        employer=Employer(
            name="Maple Ledger Services Inc.",
            address="120 King Street West, Toronto, ON M5H 1J9",
            phone="+1 416 555 0142",
            email="office@mapleledger.ca",
            website="mapleledger.ca",
        ),
        signer=Signer(
            name="Priya Raman",
            title="Finance Manager",
            phone="+1 416 555 0143",
            email="priya.raman@mapleledger.ca",
        ),
        applicant=Applicant(name="Ana María Rodríguez"),
        positions=[
            Position(
                title="Bookkeeper",
                noc="12200",
                start="2019-03-04",
                hours_per_week=37.5,
                salary=Salary(52000),
                benefits="Extended health and dental insurance",
                duties=[
                    Duty("Maintain the general ledger in QuickBooks for 40 clients"),
                    Duty("Photocopy and file invoices", include=False),
                    Duty("Reconcile 12 bank accounts every month"),
                    Duty("   "),
                    Duty("Run bi-weekly payroll for 25 employees"),
                ],
            ),
            Position(
                title="Accounting Clerk",
                noc="14200",
                start="2017-06-01",
                end="2019-03-03",
                hours_per_week=25,
                salary=Salary(19.5, per="hour"),
                benefits="None",
                duties=[Duty("Entered supplier invoices"), Duty("Answered client calls")],
            ),
        ],
    )


def body_paragraphs(doc) -> list:
    """Every paragraph of the body in order, those in tables too (the closing is in one)."""
    from docx.text.paragraph import Paragraph

    return [Paragraph(p, doc._body) for p in doc.element.body.iter(qn("w:p"))]


def all_text(path: Path) -> str:
    """Every paragraph of body, tables and headers of a DOCX, one per line."""
    doc = Document(str(path))
    lines = [p.text for p in body_paragraphs(doc)]
    for section in doc.sections:
        for part in (section.first_page_header, section.header):
            lines += [p.text for p in part.paragraphs]
    return "\n".join(lines)


def bullets(path: Path) -> list[str]:
    """Texts of the List Bullet paragraphs (the duties), in order."""
    return [p.text for p in Document(str(path)).paragraphs if p.style.name == "List Bullet"]


def write_png(path: Path, width: int = 40, height: int = 10) -> None:
    """Write a tiny solid-colour PNG without any image library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    rows = b"".join(b"\x00" + b"\x1f\x3a\x5f" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def test_every_ircc_element_is_in_the_letter(tmp_path):
    """A complete project yields a letter with every element IRCC asks for."""
    out = tmp_path / "letter.docx"
    result = build_letter(make_project(), out, today=TODAY)
    assert result.path == out and out.is_file()
    text = all_text(out)
    for expected in (
        "Maple Ledger Services Inc.",
        "120 King Street West, Toronto, ON M5H 1J9",
        "+1 416 555 0142",
        "office@mapleledger.ca",
        "2 May 2024",
        "To whom it may concern",
        "Immigration, Refugees and Citizenship Canada",
        "Ana María Rodríguez is employed by Maple Ledger Services Inc.",
        "Bookkeeper",
        "4 March 2019 to present",
        "Currently employed, full-time",
        "37.5 hours per week",
        "52,000 CAD per year",
        "Extended health and dental insurance",
        "Accounting Clerk",
        "1 June 2017 to 3 March 2019",
        "Part-time",
        "25 hours per week",
        "19.50 CAD per hour",
        "true and accurate",
        "Priya Raman",
        "Finance Manager, Maple Ledger Services Inc.",
        "+1 416 555 0143",
        "priya.raman@mapleledger.ca",
    ):
        assert expected in text, expected
    assert "{{" not in text and "}}" not in text
    assert BLANK_PREFIX not in text
    assert not result.warnings


def test_example_project_exports_every_included_duty(tmp_path):
    """The bookkeeper example exports with its duties verbatim and no blanks or warnings."""
    from noc_letter.core.project import load_project

    project = load_project(DATA / "bookkeeper.nocletter")
    out = tmp_path / "bookkeeper.docx"
    result = build_letter(project, out)
    assert bullets(out) == [d.text for d in project.positions[0].included_duties()]
    text = all_text(out)
    assert "20 November 2026" in text and "40 hours per week" in text
    assert BLANK_PREFIX not in text and not result.warnings


def test_empty_example_draft_exports_with_blanks(tmp_path):
    """The empty example draft still exports; every required fact is a marked blank."""
    from noc_letter.core.project import load_project

    out = tmp_path / "draft.docx"
    result = build_letter(load_project(DATA / "draft_empty.nocletter"), out, today=TODAY)
    text = all_text(out)
    for label in ("company name", "company address", "job title", "salary per year"):
        assert f"{BLANK_PREFIX}{label}]" in text
    assert result.warnings


def test_french_project_gets_the_french_letter_and_other_languages_a_warning(tmp_path):
    """A project in French exports the French letter without a translation warning (issue
    #16 replaced the old "have the fixed wording translated" warning); a project in another
    language still exports in English, with a warning naming its language."""
    from noc_letter.core.project import load_project

    out = tmp_path / "fr.docx"
    project = load_project(DATA / "promotion_fr.nocletter")
    result = build_letter(project, out)
    assert not any("translat" in warning for warning in result.warnings)
    assert "Attestation d'emploi" in all_text(out)
    assert len(Document(str(out)).sections) == 1
    project.language = "es"
    result = build_letter(project, out)
    assert any("'es'" in warning for warning in result.warnings)
    assert "To whom it may concern" in all_text(out)


def test_written_file_has_normal_permissions(tmp_path):
    """The letter is readable like any saved file (not owner-only like a raw temp file)."""
    umask = os.umask(0o022)
    os.umask(umask)
    out = tmp_path / "letter.docx"
    build_letter(make_project(), out, today=TODAY)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask


def test_bullets_are_exactly_the_included_duties(tmp_path):
    """Every bullet is one included duty, verbatim and in order; excluded ones are absent."""
    project = make_project()
    out = tmp_path / "letter.docx"
    build_letter(project, out, today=TODAY)
    expected = [d.text for p in project.positions for d in p.included_duties()]
    assert bullets(out) == expected
    assert "Photocopy and file invoices" not in all_text(out)


def test_order_callable_sets_the_duty_order(tmp_path):
    """The `order` callable decides the order of the duty bullets, still without excluded ones."""
    project = make_project()
    out = tmp_path / "letter.docx"
    build_letter(project, out, order=lambda position: list(reversed(position.duties)))
    expected = [d.text for p in project.positions for d in reversed(p.included_duties())]
    assert bullets(out) == expected


def test_noc_line_only_for_programs_that_need_it(tmp_path):
    """Express Entry letters omit the NOC code; OINP and BC PNP letters show code and title."""
    express, oinp = tmp_path / "ee.docx", tmp_path / "oinp.docx"
    build_letter(make_project("express-entry"), express, today=TODAY)
    build_letter(make_project("oinp"), oinp, today=TODAY)
    assert "NOC 2021" not in all_text(express)
    text = all_text(oinp)
    assert "12200 – Accounting technicians and bookkeepers" in text
    assert f"{BLANK_PREFIX}weeks of work per year]" in text  # OINP extra, not entered


def test_missing_facts_become_highlighted_blanks(tmp_path):
    """Empty fields are exported as yellow "[to be completed by employer: ...]" text."""
    project = make_project()
    project.positions[0].salary = Salary(None)
    project.positions[0].benefits = ""
    project.signer.email = ""
    out = tmp_path / "letter.docx"
    result = build_letter(project, out, today=TODAY)
    doc = Document(str(out))
    paragraphs = body_paragraphs(doc)
    blanks = [run for p in paragraphs for run in p.runs if run.text.startswith(BLANK_PREFIX)]
    assert {run.text for run in blanks} == {
        f"{BLANK_PREFIX}salary per year]",
        f"{BLANK_PREFIX}benefits (or “none”)]",
        f"{BLANK_PREFIX}e-mail address of the person signing]",
    }
    assert all(run.font.highlight_color == WD_COLOR_INDEX.YELLOW for run in blanks)
    assert any("salary per year" in warning for warning in result.warnings)
    normal = [run for p in paragraphs for run in p.runs if "52,000" in run.text]
    assert not normal  # the salary is not invented


def test_employer_template_has_cover_note_and_blanks(tmp_path):
    """The employer template opens with a note section and leaves an unset date blank."""
    project = Project(applicant=Applicant(name="Li Wei"), positions=[Position(title="Cook")])
    out = tmp_path / "employer.docx"
    result = build_letter(project, out, employer_template=True, today=TODAY)
    doc = Document(str(out))
    assert len(doc.sections) == 2
    text = "\n".join(p.text for p in doc.paragraphs)
    assert text.startswith("Note for the employer")
    for expected in ("letterhead", "sign", "IRCC may contact you", "accurate", "not legal"):
        assert expected in text, expected
    assert f"{BLANK_PREFIX}date of signing]" in text
    assert f"{BLANK_PREFIX}company address]" in all_text(out)
    assert any("date" in warning for warning in result.warnings)


def test_unset_letter_date_uses_today_in_a_draft(tmp_path):
    """A draft without a letter date is dated `today`, with a warning."""
    project = make_project()
    project.letter_date = None
    out = tmp_path / "letter.docx"
    result = build_letter(project, out, today=dt.date(2025, 1, 9))
    assert "9 January 2025" in all_text(out)
    assert any("today" in warning for warning in result.warnings)


def test_project_without_positions_gets_one_blank_block(tmp_path):
    """An empty draft still exports, with one blank position and a warning."""
    out = tmp_path / "empty.docx"
    result = build_letter(Project(), out, today=TODAY)
    assert bullets(out) == [f"{BLANK_PREFIX}main duties and responsibilities, one per line]"]
    assert any("no position" in warning for warning in result.warnings)


def test_control_characters_removed_unicode_kept(tmp_path):
    """Control characters are stripped on export; emoji, RTL and combining marks survive."""
    project = make_project()
    project.applicant.name = "Jose\u0301 \x00Rodri\x07guez 😀 שלום"
    project.positions[0].duties = [Duty("Post\x1b entries\x0b daily ✅"), Duty("مراجعة الحسابات")]
    out = tmp_path / "letter.docx"
    build_letter(project, out, today=TODAY)
    text = all_text(out)
    assert "Jose\u0301 Rodriguez 😀 שלום" in text
    assert bullets(out)[:2] == ["Post entries daily ✅", "مراجعة الحسابات"]
    assert not any(ch in text for ch in "\x00\x07\x1b\x0b")


def test_letterhead_image_replaces_the_name(tmp_path):
    """A letterhead image goes into the first-page header instead of the company name line."""
    logo = tmp_path / "logo.png"
    write_png(logo)
    project = make_project()
    project.employer.letterhead_image = str(logo)
    out = tmp_path / "letter.docx"
    result = build_letter(project, out, today=TODAY)
    header = Document(str(out)).sections[0].first_page_header
    assert header._element.xpath(".//pic:pic")
    assert header.paragraphs[0].text == ""
    assert "office@mapleledger.ca" in "\n".join(p.text for p in header.paragraphs)
    assert not result.warnings


def test_missing_letterhead_image_falls_back_with_warning(tmp_path):
    """A letterhead image that does not exist leaves the company name and warns."""
    project = make_project()
    project.employer.letterhead_image = str(tmp_path / "nope.png")
    out = tmp_path / "letter.docx"
    result = build_letter(project, out, today=TODAY)
    header = Document(str(out)).sections[0].first_page_header
    assert header.paragraphs[0].text == "Maple Ledger Services Inc."
    assert any("nope.png" in warning for warning in result.warnings)


def custom_template(tmp_path: Path, *, split: bool = True, skip: str = "", extra: str = "") -> Path:
    """A minimal user template; `{{applicant_name}}` is split over three runs when `split`."""
    doc = Document()
    first = doc.add_paragraph("Reference for ")
    if split:
        first.add_run("{{appli").bold = True
        first.add_run("cant_")
        first.add_run("name}}").italic = True
    else:
        first.add_run("{{applicant_name}}")
    lines = [
        "{{employer_name}}, {{employer_address}}, {{employer_phone}}, {{employer_email}}",
        "{{#position}}",
        "{{position_title}}: {{position_dates}}; {{position_status}}; {{position_hours}}",
        "{{position_salary}} + {{position_benefits}}",
        "{{duty}}",
        "{{/position}}",
        "{{signer_name}}, {{signer_title}}",
        extra,
    ]
    for line in lines:
        if line and (not skip or skip not in line):
            doc.add_paragraph(line)
    path = tmp_path / "custom.docx"
    doc.save(str(path))
    return path


def test_placeholder_split_over_runs_is_filled(tmp_path):
    """A placeholder Word split over several runs is still replaced, once."""
    out = tmp_path / "letter.docx"
    build_letter(make_project(), out, template=custom_template(tmp_path), today=TODAY)
    paragraphs = Document(str(out)).paragraphs
    assert paragraphs[0].text == "Reference for Ana María Rodríguez"
    assert paragraphs[0].runs[1].bold  # the value keeps the formatting where it started
    text = "\n".join(p.text for p in paragraphs)
    assert "Run bi-weekly payroll for 25 employees" in text and "{{" not in text


def test_merge_split_placeholders_handles_split_braces():
    """Braces split from the name ("{" + "{duty}" + "}") are merged into the first run."""
    doc = Document()
    paragraph = doc.add_paragraph("a {")
    for piece in ("{du", "ty}", "} b {{x}}"):
        paragraph.add_run(piece)
    merge_split_placeholders(paragraph._p)
    assert [run.text for run in paragraph.runs] == ["a {{duty}} b {{x}}", "", "", ""]


def test_missing_placeholder_is_named(tmp_path):
    """A template without a required placeholder raises TemplateError naming it."""
    template = custom_template(tmp_path, split=False, skip="{{position_salary}}")
    with pytest.raises(TemplateError, match=r"\{\{position_salary\}\}"):
        build_letter(make_project(), tmp_path / "out.docx", template=template)
    assert not (tmp_path / "out.docx").exists()


def test_unknown_placeholder_and_missing_template_are_refused(tmp_path):
    """An unknown placeholder or a missing template file raises TemplateError."""
    template = custom_template(tmp_path, split=False, extra="{{salary_usd}}")
    with pytest.raises(TemplateError, match=r"\{\{salary_usd\}\}"):
        build_letter(make_project(), tmp_path / "out.docx", template=template)
    with pytest.raises(TemplateError, match="does not exist"):
        build_letter(make_project(), tmp_path / "out.docx", template=tmp_path / "none.docx")


def test_bundled_template_passes_its_own_check():
    """The committed templates/letter.docx is what scripts/make_template.py builds."""
    from noc_letter.core.export.docx_letter import check_template, open_template

    for program in ("express-entry", "oinp", "bc-pnp", "sinp"):
        check_template(open_template(template_path("letter.docx")), program)


def test_read_only_folder_raises_export_error(tmp_path, monkeypatch):
    """A read-only destination folder gives ExportError and leaves no file behind."""
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):  # root ignores permissions: simulate the refusal

            def refuse(*args, **kwargs):
                raise PermissionError(13, "Permission denied")

            monkeypatch.setattr(export_files.tempfile, "mkstemp", refuse)
        with pytest.raises(ExportError, match="ermission denied"):
            build_letter(make_project(), folder / "letter.docx", today=TODAY)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_missing_folder_raises_export_error(tmp_path):
    """A destination folder that does not exist gives ExportError naming the folder."""
    with pytest.raises(ExportError, match="does not exist"):
        build_letter(make_project(), tmp_path / "nowhere" / "letter.docx", today=TODAY)


def test_failed_write_leaves_old_file_and_no_temp(tmp_path, monkeypatch):
    """When the final rename fails, the earlier file is untouched and no temp file remains."""
    out = tmp_path / "letter.docx"
    out.write_bytes(b"old")

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_files.os, "replace", fail)
    with pytest.raises(ExportError, match="space"):
        build_letter(make_project(), out, today=TODAY)
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["letter.docx"]


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m noc_letter.cli` in a subprocess from the repository root."""
    return subprocess.run(
        [sys.executable, "-m", "noc_letter.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def test_cli_build_writes_letter_and_lists_findings(tmp_path):
    """`noc-letter build` writes the DOCX, exits 0 and prints check() findings on stderr."""
    from noc_letter.core.project import save_project

    project = make_project()
    project.positions[0].benefits = ""
    source = tmp_path / "ana.nocletter"
    save_project(project, source)
    out = tmp_path / "ana.docx"
    done = run_cli("build", str(source), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert out.is_file() and "Bookkeeper" in all_text(out)
    assert "benefits" in done.stderr.lower()


def test_cli_build_employer_template_and_custom_template(tmp_path):
    """`--employer-template` and `--template` reach the exporter."""
    from noc_letter.core.project import save_project

    source = tmp_path / "ana.nocletter"
    save_project(make_project(), source)
    out = tmp_path / "employer.docx"
    done = run_cli("build", str(source), "-o", str(out), "--employer-template")
    assert done.returncode == 0, done.stderr
    assert Document(str(out)).paragraphs[0].text.startswith("Note for the employer")
    template = custom_template(tmp_path, skip="{{duty}}")
    done = run_cli("build", str(source), "-o", str(out), "--template", str(template))
    assert done.returncode == 1 and "{{duty}}" in done.stderr


def test_cli_build_failures_exit_codes(tmp_path):
    """An unreadable project exits 2 and an unwritable destination exits 1, both with a reason."""
    bad = tmp_path / "bad.nocletter"
    bad.write_text("{not json", encoding="utf-8")
    done = run_cli("build", str(bad), "-o", str(tmp_path / "x.docx"))
    assert done.returncode == 2 and "bad.nocletter" in done.stderr
    from noc_letter.core.project import save_project

    source = tmp_path / "ok.nocletter"
    save_project(make_project(), source)
    done = run_cli("build", str(source), "-o", str(tmp_path / "missing" / "x.docx"))
    assert done.returncode == 1 and "does not exist" in done.stderr


def test_employer_template_leaves_present_status_and_letter_date_as_blanks(tmp_path):
    """In the employer's template a position without an end date gets highlighted blanks for
    "to present", "Currently employed" and "is", and a letter date set in advance is a blank
    too; the cover note lists them. The person's own draft still reads "to present"."""
    from noc_letter.core.project import load_project

    project = load_project(DATA / "bookkeeper.nocletter")
    out = tmp_path / "employer.docx"
    result = build_letter(project, out, employer_template=True, today=TODAY)
    doc = Document(str(out))
    runs = [run for p in body_paragraphs(doc) for run in p.runs]
    highlighted = {r.text for r in runs if r.font.highlight_color == WD_COLOR_INDEX.YELLOW}
    expected = {
        f"{BLANK_PREFIX}date of signing]",
        f"{BLANK_PREFIX}“present” if still employed, or the last day worked]",
        f"{BLANK_PREFIX}“Currently employed” if still employed, or “Formerly employed”]",
        f"{BLANK_PREFIX}“is” if still employed, or “was”]",
    }
    assert expected <= highlighted
    letter = "\n".join(p.text for p in body_paragraphs(doc)).split("Fields to complete:")[-1]
    assert "to present" not in letter and "20 November 2026" not in letter
    assert "Dates of employment:\t4 March 2019 to [to be completed by employer:" in letter
    assert (
        f"{BLANK_PREFIX}“Currently employed” if still employed, or “Formerly employed”], full-time"
        in letter
    )
    assert any("left blank" in w and "2026-11-20" in w for w in result.warnings)
    draft = tmp_path / "draft.docx"
    build_letter(project, draft, today=TODAY)
    assert "4 March 2019 to present" in all_text(draft)
    assert "Currently employed, full-time" in all_text(draft)
