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
