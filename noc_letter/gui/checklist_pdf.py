"""Write the submission checklist as a PDF with Qt (QTextDocument HTML printed to QPdfWriter)."""

from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from noc_letter.core.export.checklist import (
    MISSING,
    NOT_APPLICABLE,
    STATUS_MARKS,
    WARNING,
    Checklist,
    ChecklistItem,
)
from noc_letter.core.export.docx_fill import clean_text
from noc_letter.core.export.files import write_atomically

RESOLUTION = 300  # dots per inch of the PDF layout; text stays vector
MARGIN_MM = 15
ACCENT, GREY, RED, GREEN, AMBER = "#1f3a5f", "#595959", "#b01e1e", "#1e7b34", "#9a5b00"
MARK_COLOURS = {"done": GREEN, MISSING: RED, NOT_APPLICABLE: GREY, WARNING: AMBER}


def checklist_html(checklist: Checklist) -> str:
    """The checklist as the simple HTML subset QTextDocument understands."""
    parts = [
        f"<p style='font-size:15pt; font-weight:bold; color:{ACCENT}; margin:0'>"
        f"{_e(checklist.title)}</p>",
        f"<p style='color:{GREY}; margin-top:2px; margin-bottom:4px'>{_e(checklist.subtitle)}</p>",
    ]
    for section in checklist.sections:
        parts.append(
            f"<p style='font-size:11pt; font-weight:bold; color:{ACCENT}; margin-top:9px; "
            f"margin-bottom:2px'>{_e(section.title)}</p>"
        )
        parts.append("<table cellspacing='0' cellpadding='1.5' width='100%'>")
        parts += [_row(item, checklist) for item in section.items]
        parts.append("</table>")
        if section.note:
            parts.append(
                f"<p style='font-size:8pt; font-style:italic; color:{GREY}; margin-left:20px; "
                f"margin-top:1px'>{_e(section.note)}</p>"
            )
    parts.append(
        f"<p style='font-size:7.5pt; font-style:italic; color:{GREY}; margin-top:10px'>"
        f"{_e(checklist.footer)}</p>"
    )
    return "<html><body style='font-size:10.5pt'>" + "\n".join(parts) + "</body></html>"


def _row(item: ChecklistItem, checklist: Checklist) -> str:
    """One table row: the box, then the text with the status word and detail below it (the
    words in the checklist's own language)."""
    colour = MARK_COLOURS.get(item.status, "#000000")
    text_colour = GREY if item.status == NOT_APPLICABLE else "#000000"
    below = ""
    word = checklist.status_words[item.status]
    if word:
        word_colour = RED if item.status == MISSING else GREY
        below += f"<b style='color:{word_colour}'>{_e(word)}{': ' if item.detail else ''}</b>"
    if item.detail:
        below += f"<span style='color:{GREY}'>{_e(item.detail)}</span>"
    for message in item.warnings:
        below += "<br>" if below else ""
        below += (
            f"<b style='color:{AMBER}'>{checklist.warning_word}: </b>"
            f"<span style='color:{GREY}'>{_e(message)}</span>"
        )
    if below:
        below = f"<br><span style='font-size:8.5pt'>{below}</span>"
    return (
        f"<tr><td width='20' style='font-size:11pt; color:{colour}'>"
        f"{STATUS_MARKS[item.status]}</td>"
        f"<td style='color:{text_colour}'>{_e(item.text)}{below}</td></tr>"
    )


def _e(text: str) -> str:
    """Text escaped for HTML and cleaned of control characters."""
    return html.escape(clean_text(text))


def write_checklist_pdf(checklist: Checklist, out_path: str | os.PathLike[str]) -> Path:
    """Print the checklist to a US Letter PDF file, atomically.

    A QGuiApplication must exist (the CLI creates one, offscreen when there is no display).

    Args:
        checklist: from `checklist_items()`.
        out_path: the .pdf file to write.

    Returns:
        The written path.

    Raises:
        RuntimeError: no QGuiApplication instance exists.
        ExportError: the file could not be written.
    """
    if QGuiApplication.instance() is None:
        raise RuntimeError("Writing a PDF needs a QGuiApplication; create one first.")
    return write_atomically(out_path, lambda temp: _print(checklist, temp))


def _print(checklist: Checklist, path: Path) -> None:
    """Lay out the HTML on the writer's page and print it to `path`."""
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(checklist.title)
    writer.setCreator("NOC Letter Builder")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.Letter),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDocumentMargin(0)
    document.setHtml(checklist_html(checklist))
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    document.setPageSize(QSizeF(area.width(), area.height()))
    document.print_(writer)
    del writer  # closes the file
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(5, "Qt could not write the PDF")
