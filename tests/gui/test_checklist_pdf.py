"""Tests for the Qt PDF writer of the submission checklist."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from noc_letter.core.export import ExportError
from noc_letter.core.export.checklist import ChecklistItem, checklist_items
from noc_letter.core.project import load_project
from noc_letter.gui.checklist_pdf import checklist_html, write_checklist_pdf

DATA = Path(__file__).resolve().parents[1] / "data"
TODAY = dt.date(2026, 11, 25)


def test_blank_checklist_pdf(qapp, tmp_path):
    """The blank checklist is written as a real, non-trivial one-page PDF."""
    out = write_checklist_pdf(checklist_items(None), tmp_path / "blank.pdf")
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    assert len(data) > 5000
    assert len(re.findall(rb"/Type\s*/Page(?!s)", data)) == 1  # fits on one page


def test_project_checklist_pdf(qapp, tmp_path):
    """A project's one-page checklist PDF is written and replaces an earlier file atomically."""
    out = tmp_path / "ana.pdf"
    out.write_bytes(b"old")
    write_checklist_pdf(checklist_items(load_project(DATA / "bookkeeper.nocletter"), TODAY), out)
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page(?!s)", data)) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["ana.pdf"]


def test_html_escapes_and_cleans_text():
    """Item text is HTML-escaped and stripped of control characters."""
    checklist = checklist_items(None)
    section = checklist.sections[0]
    odd = ChecklistItem("<b>R&D</b>\x07 team 😀", "missing", "detail")
    patched = type(checklist)(
        checklist.title,
        checklist.subtitle,
        (type(section)(section.title, (odd,)),),
    )
    html = checklist_html(patched)
    assert "&lt;b&gt;R&amp;D&lt;/b&gt; team 😀" in html and "\x07" not in html
    assert "Missing" in html


def test_missing_folder_raises_export_error(qapp, tmp_path):
    """Writing into a folder that does not exist raises ExportError."""
    with pytest.raises(ExportError, match="does not exist"):
        write_checklist_pdf(checklist_items(None), tmp_path / "none" / "x.pdf")


def pdf_text(path: Path) -> str:
    """The text of every page of a PDF, ligatures undone and whitespace collapsed."""
    import unicodedata

    from pypdf import PdfReader

    pages = (unicodedata.normalize("NFKC", p.extract_text()) for p in PdfReader(str(path)).pages)
    return " ".join(" ".join(page.split()) for page in pages)


def test_checklist_pdf_prints_every_warning_of_check(qapp, tmp_path):
    """The PDF checklist of the payroll letter prints the reads-as warning and a TEER 4
    position's hours as warnings, with the warning mark instead of a tick."""
    from noc_letter.core.duty_checks import full_check

    project = load_project(DATA / "payroll.nocletter")
    findings = full_check(project, today=TODAY)
    checklist = checklist_items(project, TODAY, findings)
    html = checklist_html(checklist)
    noc_row = next(row for row in html.split("<tr>") if "NOC 2021 group chosen" in row)
    assert "⚠" in noc_row and "☑" not in noc_row
    out = write_checklist_pdf(checklist, tmp_path / "payroll.pdf")
    text = pdf_text(out)
    warnings = [f.message for f in findings if f.severity == "warning"]
    assert warnings
    for message in warnings:
        assert f"Warning: {' '.join(message.split())}" in text, message


def test_window_saves_the_checklist_with_the_reading(sync_window, tmp_path, monkeypatch):
    """File › Save checklist as PDF in the window includes how the duties read."""
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    w = sync_window
    assert w.files.open(str(DATA / "payroll.nocletter"))
    out = tmp_path / "from-window.pdf"
    assert w.files.save_checklist_pdf(str(out))
    assert "13102 is TEER 3, which also counts as skilled work" in pdf_text(out)
    assert shown and str(out) in shown[0]
