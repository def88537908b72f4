"""Build templates/letter.docx and lettre.docx, the letter templates a person can restyle.

Run from the repository root: `python scripts/make_template.py [--lang en|fr|all] [--out FILE]`.
The outputs are committed; rerun this after changing the layout or the wording. Both languages
share one layout and the same placeholders; their fixed text is `TEMPLATE_TEXT` in
`noc_letter/core/export/wording_en.py` / `wording_fr.py`. Placeholder language: see
`noc_letter/core/export/docx_fill.py`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Inches, Pt, RGBColor
from docx.text.paragraph import Paragraph

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the wording modules of this checkout

from noc_letter.core.export.wording import LETTER_LANGUAGES, letter_wording  # noqa: E402

FONT = "Calibri"
ACCENT = RGBColor(0x1F, 0x3A, 0x5F)
GREY = RGBColor(0x59, 0x59, 0x59)
LABEL_WIDTH = Cm(5.0)


def _styles(doc: Document, lang: str = "en") -> None:
    """Normal text plus the few named styles the letter uses (restyle them in Word)."""
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    if lang != "en":  # spelling and hyphenation in Word and LibreOffice follow the text's language
        language = OxmlElement("w:lang")
        language.set(qn("w:val"), f"{lang}-CA")
        normal.element.rPr.append(language)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.08

    def style(name: str, base: str = "Normal"):  # noqa: ANN202 - python-docx style object
        new = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        new.base_style = doc.styles[base]
        return new

    name = style("Letterhead Name")
    name.font.size, name.font.bold, name.font.color.rgb = Pt(18), True, ACCENT
    name.paragraph_format.space_after = Pt(2)
    details = style("Letterhead Details")
    details.font.size, details.font.color.rgb = Pt(9.5), GREY
    details.paragraph_format.space_after = Pt(0)
    heading = style("Position Heading")
    heading.font.size, heading.font.bold, heading.font.color.rgb = Pt(12), True, ACCENT
    heading.paragraph_format.space_before = Pt(10)
    heading.paragraph_format.space_after = Pt(4)
    heading.paragraph_format.keep_with_next = True
    fieldline = style("Position Field")
    fmt = fieldline.paragraph_format
    fmt.left_indent, fmt.first_line_indent = LABEL_WIDTH, -LABEL_WIDTH
    fmt.tab_stops.add_tab_stop(LABEL_WIDTH)
    fmt.space_after = Pt(2)
    fmt.keep_with_next = True
    bullet = doc.styles["List Bullet"]
    bullet.font.name = FONT
    bullet.paragraph_format.left_indent = Cm(0.9)
    bullet.paragraph_format.space_after = Pt(2)
    bullet.paragraph_format.keep_together = True  # a duty is never split over two pages
    # The closing ("Sincerely," to the signer's e-mail) is one paragraph kept in one piece.
    closing = style("Signature Block")
    closing.paragraph_format.keep_together = True
    closing.paragraph_format.widow_control = True
    closing.paragraph_format.space_after = Pt(0)


def _para(container, text: str = "", style: str | None = None, **run_format) -> Paragraph:  # noqa: ANN001
    """Add a paragraph with one run; `run_format` sets bold/italic on that run."""
    paragraph = container.add_paragraph(style=style)
    if text:
        run = paragraph.add_run(text)
        for key, value in run_format.items():
            setattr(run, key, value)
    return paragraph


def _field(
    doc: Document, text: dict[str, str], key: str, placeholder: str, optional: bool = False
) -> Paragraph:
    """A "Label:<tab>{{value}}" line; optional lines vanish when the value is empty."""
    paragraph = doc.add_paragraph(style="Position Field")
    if optional:
        paragraph.add_run(f"{{{{?{placeholder}}}}}")
    paragraph.add_run(f"{text[key]}{text['colon']}").bold = True
    paragraph.add_run(f"\t{{{{{placeholder}}}}}")
    return paragraph


def _bottom_border(paragraph: Paragraph) -> None:
    """A thin rule under the letterhead."""
    p_pr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("val", "single"), ("sz", "6"), ("space", "4"), ("color", "1F3A5F")):
        bottom.set(qn(f"w:{key}"), value)
    borders.append(bottom)
    p_pr.append(borders)


def _page_field(paragraph: Paragraph) -> None:
    """Append a PAGE field (the current page number) to a paragraph."""
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "2")):
        run = paragraph.add_run()
        if kind:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        elif text == " PAGE ":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        else:
            run.text = text
    end = paragraph.add_run()
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), "end")
    end._r.append(char)


def _headers(doc: Document, text: dict[str, str]) -> None:
    """First page: the letterhead slot. Later pages: a small running head with page number."""
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    first = section.first_page_header
    first.paragraphs[0].style = doc.styles["Letterhead Name"]
    first.paragraphs[0].add_run("{{letterhead}}")
    _para(first, "{{employer_address}}", "Letterhead Details")
    phone = f"{text['phone']}{{{{employer_phone}}}}   ·   {{{{employer_email}}}}"
    _para(first, phone, "Letterhead Details")
    _para(first, "{{?employer_website}}{{employer_website}}", "Letterhead Details")
    _bottom_border(_para(first, "", "Letterhead Details"))
    running = section.header.paragraphs[0]
    running.style = doc.styles["Letterhead Details"]
    running.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    running.add_run(text["running_head"])
    _page_field(running)


def _body(doc: Document, text: dict[str, str]) -> None:
    """Date, addressee, confirmation, the repeated position block, truthfulness, signature."""
    _para(doc, text["date_line"]).paragraph_format.space_after = Pt(14)
    _para(doc, text["salutation"]).paragraph_format.space_after = Pt(0)
    addressee = _para(doc, text["addressee"])
    addressee.paragraph_format.space_after = Pt(14)
    _para(doc, text["subject"], bold=True)
    _para(doc, text["confirmation"])
    _para(doc, "{{#position}}")
    _para(doc, "{{position_title}}", "Position Heading")
    _field(doc, text, "job_title", "position_title")
    _field(doc, text, "noc", "position_noc", optional=True)
    _field(doc, text, "dates", "position_dates")
    _field(doc, text, "status", "position_status", optional=True)
    _field(doc, text, "hours", "position_hours")
    _field(doc, text, "weeks", "position_weeks", optional=True)
    _field(doc, text, "salary", "position_salary")
    _field(doc, text, "benefits", "position_benefits")
    _field(doc, text, "vacation", "position_vacation", optional=True)
    _field(doc, text, "location", "position_location", optional=True)
    duties = _para(doc, text["duties"], bold=True)
    duties.paragraph_format.space_before = Pt(6)
    duties.paragraph_format.space_after = Pt(2)
    duties.paragraph_format.keep_with_next = True
    _para(doc, "{{duty}}", "List Bullet")
    _para(doc, "{{/position}}")
    # The truthfulness sentence, then the closing, signature line and signer's details as one
    # paragraph (line breaks, kept together), both in a one-cell, borderless table whose row
    # cannot split. The export keeps the letter's last duty with it (keep-with-next), so the
    # signature never stands alone on a page. Keep-with-next between paragraphs alone is not
    # enough: LibreOffice ignores it when the first one ends at the foot of a page (a 9-duty
    # letter left "Sincerely," alone on page 2); it always keeps a paragraph with a table row.
    truth = _closing_cell(doc)
    truth.add_run(text["truth"])
    truth.paragraph_format.space_before = Pt(10)
    truth.paragraph_format.keep_with_next = True
    truth.paragraph_format.keep_together = True
    closing = truth._parent.add_paragraph(style="Signature Block")
    lines = [
        (text["closing"], False),
        ("", False),
        ("", False),
        ("_" * 36, False),
        ("{{signer_name}}", True),
        ("{{signer_title}}, {{employer_name}}", False),
        (text["signer_phone"], False),
        (text["signer_email"], False),
    ]
    for index, (line, bold) in enumerate(lines):
        run = closing.add_run(line)
        run.bold = bold or None
        if index < len(lines) - 1:
            run.add_break()
    # The table ends the body (valid OOXML): even an empty 1 pt paragraph after it made
    # LibreOffice add a blank page when the table reached the foot of page 1.


def _closing_cell(doc: Document) -> Paragraph:
    """A one-cell table without borders or cell padding whose row never splits over two pages;
    returns the paragraph in its cell."""
    table = doc.add_table(rows=1, cols=1)
    table.autofit = False
    props = table._tbl.tblPr
    margins = OxmlElement("w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), "0")
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    props.insert_element_before(margins, "w:tblLook", "w:tblCaption", "w:tblDescription")
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        border = OxmlElement(f"w:{side}")
        border.set(qn("w:val"), "nil")
        borders.append(border)
    props.insert_element_before(
        borders, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption"
    )
    row = table.rows[0]
    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    return row.cells[0].paragraphs[0]


def build(out: Path | None = None, lang: str = "en") -> Path:
    """Write the template for `lang` to `out` (default: the bundled name) and return the path."""
    wording = letter_wording(lang)
    text = wording.TEMPLATE_TEXT
    out = out or ROOT / "templates" / wording.TEMPLATE
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = Cm(2.3)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
    section.header_distance = Cm(1.0)
    props = doc.core_properties
    props.title = text["title"]
    props.author = "NOC Letter Builder"
    if lang != "en":  # the English template predates this property and stays as it was
        props.language = f"{lang}-CA"
    _styles(doc, lang)
    _headers(doc, text)
    _body(doc, text)
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(out))
    return out


def main() -> None:
    """Command line: write the template(s) (default: templates/letter.docx)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--lang", choices=(*LETTER_LANGUAGES, "all"), default="en", help="the letter's language"
    )
    parser.add_argument("--out", type=Path, help="where to write the template (one language)")
    args = parser.parse_args()
    if args.lang == "all" and args.out:
        parser.error("--out names one file: give --lang en or --lang fr with it")
    for lang in LETTER_LANGUAGES if args.lang == "all" else (args.lang,):
        print(build(args.out, lang))


if __name__ == "__main__":
    main()
