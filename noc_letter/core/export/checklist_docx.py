"""Write the submission checklist as a one-page Word document (python-docx, no Qt)."""

from __future__ import annotations

import os
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Cm, Inches, Pt, RGBColor
from docx.text.paragraph import Paragraph

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

FONT = "Calibri"
ACCENT = RGBColor(0x1F, 0x3A, 0x5F)
GREY = RGBColor(0x59, 0x59, 0x59)
RED = RGBColor(0xB0, 0x1E, 0x1E)
GREEN = RGBColor(0x1E, 0x7B, 0x34)
AMBER = RGBColor(0x9A, 0x5B, 0x00)
MARK_COLOURS = {"done": GREEN, MISSING: RED, NOT_APPLICABLE: GREY, WARNING: AMBER}
INDENT = Cm(0.7)


def write_checklist_docx(checklist: Checklist, out_path: str | os.PathLike[str]) -> Path:
    """Write the checklist as a DOCX file, atomically.

    Args:
        checklist: from `checklist_items()`.
        out_path: the .docx file to write.

    Returns:
        The written path.

    Raises:
        ExportError: the file could not be written.
    """
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = Cm(1.8)
    section.top_margin = section.bottom_margin = Cm(1.5)
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(9.5)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    normal.paragraph_format.space_after = Pt(1)
    doc.core_properties.title = checklist.title
    if checklist.lang != "en":
        doc.core_properties.language = f"{checklist.lang}-CA"
    doc.core_properties.author = "NOC Letter Builder"

    _text(doc.add_paragraph(), checklist.title, size=15, bold=True, colour=ACCENT)
    subtitle = _text(doc.add_paragraph(), checklist.subtitle, colour=GREY)
    subtitle.paragraph_format.space_after = Pt(4)
    for block in checklist.sections:
        heading = doc.add_paragraph()
        heading.paragraph_format.space_before = Pt(7)
        heading.paragraph_format.space_after = Pt(2)
        heading.paragraph_format.keep_with_next = True
        _text(heading, block.title, size=11, bold=True, colour=ACCENT)
        for item in block.items:
            _item(doc.add_paragraph(), item, checklist)
        if block.note:
            note = doc.add_paragraph()
            note.paragraph_format.left_indent = INDENT
            _text(note, block.note, size=8.5, italic=True, colour=GREY)
    footer = doc.add_paragraph()
    footer.paragraph_format.space_before = Pt(8)
    _text(footer, checklist.footer, size=8, italic=True, colour=GREY)
    return write_atomically(out_path, lambda temp: doc.save(str(temp)))


def _item(paragraph: Paragraph, item: ChecklistItem, checklist: Checklist) -> None:
    """A checkbox line: mark, text, then the status word, detail and each warning in small
    type (the words in the checklist's language)."""
    fmt = paragraph.paragraph_format
    fmt.left_indent, fmt.first_line_indent = INDENT, -INDENT
    fmt.tab_stops.add_tab_stop(INDENT)
    fmt.space_after = Pt(1.5)
    mark = _text(paragraph, STATUS_MARKS[item.status], size=11)
    mark.runs[-1].font.color.rgb = MARK_COLOURS.get(item.status, RGBColor(0, 0, 0))
    paragraph.add_run("\t")
    greyed = item.status == NOT_APPLICABLE
    _text(paragraph, item.text, colour=GREY if greyed else None)
    word = checklist.status_words[item.status]
    if word or item.detail or item.warnings:
        paragraph.add_run().add_break(WD_BREAK.LINE)
    if word:
        colour = RED if item.status == MISSING else GREY
        colon = ("\u00a0: " if checklist.lang == "fr" else ": ") if item.detail else ""
        _text(paragraph, word + colon, size=8.5, bold=True, colour=colour)
    if item.detail:
        _text(paragraph, item.detail, size=8.5, colour=GREY)
    for number, message in enumerate(item.warnings):
        if number or word or item.detail:
            paragraph.add_run().add_break(WD_BREAK.LINE)
        colon = "\u00a0: " if checklist.lang == "fr" else ": "
        _text(paragraph, checklist.warning_word + colon, size=8.5, bold=True, colour=AMBER)
        _text(paragraph, message, size=8.5, colour=GREY)


def _text(
    paragraph: Paragraph,
    text: str,
    *,
    size: float | None = None,
    bold: bool = False,
    italic: bool = False,
    colour: RGBColor | None = None,
) -> Paragraph:
    """Append one formatted run (text cleaned for XML) and return the paragraph."""
    run = paragraph.add_run(clean_text(text))
    run.bold, run.italic = bold or None, italic or None
    if size:
        run.font.size = Pt(size)
    if colour is not None:
        run.font.color.rgb = colour
    return paragraph
