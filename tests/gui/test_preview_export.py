"""Tests that the preview and the exported letter tell the same story: the same duty order."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from PySide6.QtWidgets import QMessageBox

DATA = Path(__file__).resolve().parents[1] / "data"


def preview_duties(window) -> list[list[str]]:
    """The duty bullets of each position as the Preview tab shows them."""
    window.show()
    window.tabs.setCurrentWidget(window.preview)
    window.preview.refresh()
    html = window.preview.browser.toHtml()
    from PySide6.QtGui import QTextDocument

    positions = []
    # The preview speaks the letter's language: the French heading has a no-break space.
    html = html.replace(
        "Principales fonctions et responsabilités\u00a0:", "Main duties and responsibilities:"
    )
    html = html.replace(
        "Principales fonctions et responsabilités&nbsp;:", "Main duties and responsibilities:"
    )
    for block in html.split("Main duties and responsibilities:")[1:]:
        doc = QTextDocument()
        doc.setHtml(block.split("</ul>")[0])
        positions.append([line.strip() for line in doc.toPlainText().splitlines() if line.strip()])
    return positions


def docx_duties(path: Path) -> list[list[str]]:
    """The duty bullets of each position in an exported DOCX."""
    positions: list[list[str]] = []
    for paragraph in Document(str(path)).paragraphs:
        if paragraph.text.startswith(("Main duties and responsibilities", "Principales fonctions")):
            positions.append([])
        elif paragraph.style.name == "List Bullet" and positions:
            positions[-1].append(paragraph.text.strip())
    return positions


@pytest.mark.parametrize(
    ("name", "employer_template"),
    [("bookkeeper", False), ("promotion_fr", False), ("promotion_fr", True)],
)
def test_preview_lists_the_duties_in_the_exported_order(
    sync_window, tmp_path, monkeypatch, name, employer_template
):
    """For the bookkeeper example and a two-position project, the Preview's duty list equals
    the exported DOCX's, position by position (also for the employer's template)."""
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    w = sync_window
    assert w.files.open(str(DATA / f"{name}.nocletter"))
    w.presenter.flush()
    shown = preview_duties(w)
    out = tmp_path / "letter.docx"
    w.files.export_docx(path=str(out), employer_template=employer_template)
    exported = docx_duties(out)
    assert len(exported) == len(w.presenter.project.positions) == len(shown)
    assert shown == exported
    included = [
        sorted(d.text.strip() for d in p.included_duties()) for p in w.presenter.project.positions
    ]
    assert [sorted(duties) for duties in exported] == included


def test_preview_follows_an_edit_in_the_same_order_as_export(sync_window, tmp_path, monkeypatch):
    """After a duty is unticked and one added, preview and export still agree."""
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    w = sync_window
    assert w.files.open(str(DATA / "bookkeeper.nocletter"))
    w.presenter.set_include(1, False)
    w.presenter.add_duty("Prepare the monthly sales tax report for the owner")
    w.presenter.flush()
    shown = preview_duties(w)
    out = tmp_path / "letter.docx"
    w.files.export_docx(path=str(out))
    assert shown == docx_duties(out)
    assert "Reconcile the company's two bank accounts" not in " ".join(shown[0])
