"""The note to the employer that opens an employer-template letter, as its own first section."""

from __future__ import annotations

import copy

from docx.document import Document as DocxDocument
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.text.paragraph import Paragraph

from noc_letter.core.export import wording_en
from noc_letter.core.export.docx_fill import clean_text
from noc_letter.core.export.wording import letter_wording
from noc_letter.core.letter import Project

TITLE = wording_en.NOTE_TITLE
NOT_ADVICE = wording_en.NOTE_NOT_ADVICE


def note_lines(project: Project, lang: str = "en") -> tuple[str, list[str]]:
    """The introduction and the steps of the note, as plain text.

    Args:
        project: the letter project (for the employee's name and the program).
        lang: the letter's language ("en" or "fr").

    Returns:
        (introduction, steps).
    """
    w = letter_wording(lang)
    name = project.applicant.name.strip()
    steps = w.note_steps(name)
    if project.program in w.NOTE_PROGRAM_STEPS:
        steps.append(w.NOTE_PROGRAM_STEPS[project.program])
    return w.note_intro(name), steps


def add_cover_note(
    doc: DocxDocument, project: Project, blanks: list[str], lang: str = "en"
) -> None:
    """Insert the employer note as a first section with no letterhead, before the letter.

    Args:
        doc: the filled letter.
        project: the letter project.
        blanks: labels of the fields left blank, listed so the employer can find them.
        lang: the letter's language ("en" or "fr").
    """
    w = letter_wording(lang)
    body = doc.element.body
    anchor = body[0]
    intro, steps = note_lines(project, lang)

    def add(text: str = "", *, bold: bool = False, size: float | None = None) -> Paragraph:
        paragraph = doc.add_paragraph()
        anchor.addprevious(paragraph._p)
        if text:
            run = paragraph.add_run(clean_text(text))
            run.bold = bold
            if size:
                run.font.size = Pt(size)
        return paragraph

    add(w.NOTE_TITLE, bold=True, size=14)
    add(intro)
    for number, step in enumerate(steps, start=1):
        item = add(f"{number}.\t{step}")
        _hanging(item)
    if blanks:
        add(w.NOTE_FIELDS, bold=True)
        for label in blanks:
            item = add("•\t")
            run = item.add_run(clean_text(f"{w.BLANK_PREFIX}{label}]"))
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW
            _hanging(item)
    last = add(w.NOTE_NOT_ADVICE, size=8.5)
    for run in last.runs:
        run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    _end_section(doc, last)


def _hanging(paragraph: Paragraph) -> None:
    """Indent a numbered or bulleted line so wrapped text lines up after the number."""
    fmt = paragraph.paragraph_format
    fmt.left_indent = Pt(18)
    fmt.first_line_indent = Pt(-18)
    fmt.tab_stops.add_tab_stop(Pt(18))
    fmt.space_after = Pt(4)


def _end_section(doc: DocxDocument, last: Paragraph) -> None:
    """Close the note's section at `last` (same page setup, no headers) and restart numbering."""
    letter_sect = doc.sections[-1]._sectPr
    note_sect = copy.deepcopy(letter_sect)
    for child in list(note_sect):
        if child.tag in (qn("w:headerReference"), qn("w:footerReference"), qn("w:titlePg")):
            note_sect.remove(child)
    last._p.get_or_add_pPr().append(note_sect)
    numbering = letter_sect.find(qn("w:pgNumType"))
    if numbering is None:
        numbering = OxmlElement("w:pgNumType")
        # pgNumType comes after pgBorders/lnNumType and before cols in the schema order.
        cols = letter_sect.find(qn("w:cols"))
        if cols is not None:
            cols.addprevious(numbering)
        else:
            letter_sect.append(numbering)
    numbering.set(qn("w:start"), "1")
