"""The note to the employer that opens an employer-template letter, as its own first section."""

from __future__ import annotations

import copy

from docx.document import Document as DocxDocument
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.text.paragraph import Paragraph

from noc_letter.core.export.docx_fill import BLANK_PREFIX, clean_text
from noc_letter.core.letter import Project

TITLE = "Note for the employer – please read, then delete this page"
NOT_ADVICE = (
    "This note and the letter draft were prepared with NOC Letter Builder. They are general "
    "information, not legal or immigration advice."
)


def note_lines(project: Project) -> tuple[str, list[str]]:
    """The introduction and the steps of the note, as plain text.

    Args:
        project: the letter project (for the employee's name and the program).

    Returns:
        (introduction, steps).
    """
    given = project.applicant.name.strip()
    name = given or "Your employee"
    intro = (
        f"{name} is applying for permanent residence in Canada. Immigration, Refugees and "
        "Citizenship Canada (IRCC) asks for a reference letter from each employer. This draft "
        "was prepared for you to check, complete and sign. Please:"
    )
    steps = [
        "Check every fact against your records: job titles, exact start and end dates, hours "
        "per week, salary and benefits. Correct anything that is not exactly right.",
        f"Check the duties. They must describe what {given or 'the employee'} "
        "actually does or did in each position. Change or remove any line that is not "
        "accurate; do not add duties that were not performed. IRCC may contact you to verify "
        "the letter.",
        "Complete every field highlighted in yellow and remove the highlight.",
        "Print the letter on company letterhead that shows the company address, telephone "
        "number and e-mail address.",
        "Have it signed and dated by the immediate supervisor or an HR officer, with their "
        "name, job title and contact details. A company stamp or seal is not required.",
        "Delete this note before signing, then return the signed letter (a clear scan as PDF "
        "keeps the letterhead readable).",
    ]
    if project.program == "oinp":
        steps.append(
            "For the Ontario Immigrant Nominee Program the letterhead must show the company "
            "website, and the letter must be less than six months old when submitted."
        )
    if project.program == "bc-pnp":
        steps.append(
            "For the BC Provincial Nominee Program the Employer Declaration must be signed by "
            "someone with signing authority."
        )
    return intro, steps


def add_cover_note(doc: DocxDocument, project: Project, blanks: list[str]) -> None:
    """Insert the employer note as a first section with no letterhead, before the letter.

    Args:
        doc: the filled letter.
        project: the letter project.
        blanks: labels of the fields left blank, listed so the employer can find them.
    """
    body = doc.element.body
    anchor = body[0]
    intro, steps = note_lines(project)

    def add(text: str = "", *, bold: bool = False, size: float | None = None) -> Paragraph:
        paragraph = doc.add_paragraph()
        anchor.addprevious(paragraph._p)
        if text:
            run = paragraph.add_run(clean_text(text))
            run.bold = bold
            if size:
                run.font.size = Pt(size)
        return paragraph

    add(TITLE, bold=True, size=14)
    add(intro)
    for number, step in enumerate(steps, start=1):
        item = add(f"{number}.\t{step}")
        _hanging(item)
    if blanks:
        add("Fields to complete:", bold=True)
        for label in blanks:
            item = add("•\t")
            run = item.add_run(clean_text(f"{BLANK_PREFIX}{label}]"))
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW
            _hanging(item)
    last = add(NOT_ADVICE, size=8.5)
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
