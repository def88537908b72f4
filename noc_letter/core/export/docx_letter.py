"""Export a project as a Word reference letter from the bundled (or the person's own) template."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Cm, Emu
from docx.text.paragraph import Paragraph
from lxml import etree

from noc_letter.core.duty_text import duty_problems
from noc_letter.core.export import cover_note
from noc_letter.core.export.docx_fill import (
    TemplateError,
    apply_optional_lines,
    expand_block,
    fill_paragraphs,
    paragraph_text,
    paragraphs_in,
    placeholders_in,
    repeat_paragraph,
)
from noc_letter.core.export.files import write_atomically
from noc_letter.core.export.letter_text import (
    BLOCK_NAME,
    DUTY_NAME,
    GLOBAL_NAMES,
    POSITION_NAMES,
    DutyOrder,
    global_values,
    position_values,
    required_names,
)
from noc_letter.core.export.wording import WORDINGS, letter_language, letter_wording
from noc_letter.core.letter import Position, Project
from noc_letter.resources import template_path

LETTERHEAD_MAX_HEIGHT = Cm(2.5)
_BLANK_TEXT = re.compile(
    "(?:" + "|".join(re.escape(w.BLANK_PREFIX) for w in WORDINGS.values()) + r")([^\]]*)\]"
)


@dataclass
class BuildResult:
    """What an export produced: the file written and what the person should know about it."""

    path: Path
    warnings: list[str] = field(default_factory=list)


def build_letter(
    project: Project,
    out_path: str | os.PathLike[str],
    *,
    template: str | os.PathLike[str] | None = None,
    employer_template: bool = False,
    order: DutyOrder | None = None,
    today: dt.date | None = None,
    lang: str | None = None,
) -> BuildResult:
    """Write the reference letter for `project` as a DOCX file.

    Text goes in exactly as the person accepted it; excluded duties are left out; facts nobody
    entered become yellow "[to be completed by employer: ...]" blanks.

    Args:
        project: the letter project.
        out_path: the DOCX file to write (replaced atomically if it exists).
        template: a DOCX template with the same placeholders; None uses the bundled one.
        employer_template: True adds a first-page note asking the employer to check, complete,
            put on letterhead and sign, and leaves an unset letter date blank.
        order: returns a position's duties in letter order; None keeps the person's order.
        today: the date used when the project has no letter date (default: today).
        lang: the letter's language, "en" or "fr"; None uses the project's letter language
            (`Project.language`; English for any other). It picks the bundled template
            (`letter.docx` or `lettre.docx`) and the wording of dates, hours, pay and blanks.

    Returns:
        The written path and warnings (blanks left, letterhead image problems, defaults used).

    Raises:
        TemplateError: the template is missing, unreadable or lacks a required placeholder.
        ExportError: the file could not be written (the destination is left untouched).
    """
    today = today or dt.date.today()
    lang = letter_language(project.language, lang)
    doc = open_template(template, lang)
    check_template(doc, project.program)
    warnings = _language_warnings(project, lang)
    if employer_template and project.letter_date:
        warnings.append(
            f"The letter date you set ({project.letter_date}) is left blank: the employer dates "
            "the letter when signing."
        )
    elif not project.letter_date:
        warnings.append(
            "The letter date is not set; the employer dates it when signing."
            if employer_template
            else f"The letter date is not set; today's date ({today.isoformat()}) is used."
        )
    warnings += _duty_text_warnings(project)
    shared = global_values(project, employer_template=employer_template, today=today, lang=lang)
    positions = project.positions or [Position()]
    if not project.positions:
        warnings.append("The project has no position yet; the letter has one blank position.")
    body = doc.element.body
    last_duty = None
    for position, elements in zip(
        positions, expand_block(body, BLOCK_NAME, len(positions)), strict=True
    ):
        values, duties = position_values(
            position, project.program, order, employer_template=employer_template, lang=lang
        )
        merged = {**shared, **values}
        apply_optional_lines(paragraphs_in(elements), merged)
        live = [element for element in elements if element.getparent() is not None]
        for paragraph in paragraphs_in(live):
            if ("", DUTY_NAME) in placeholders_in(paragraph):
                last_duty = repeat_paragraph(paragraph, DUTY_NAME, duties)[-1]
        fill_paragraphs(paragraphs_in(live), merged)
    if last_duty is not None:
        # The letter's last duty goes with the closing and signature (which keep together and
        # with each other in the template), so a page break never leaves them alone.
        Paragraph(last_duty, None).paragraph_format.keep_with_next = True
    everywhere = list(_all_paragraphs(doc))
    apply_optional_lines(everywhere, shared)
    warnings += _place_letterhead(doc, project.employer.letterhead_image)
    fill_paragraphs(_all_paragraphs(doc), shared)
    blanks = _blank_labels(doc)
    if blanks:
        listed = ", ".join(f"{label} (×{n})" if n > 1 else label for label, n in blanks.items())
        warnings.append(f"Left blank for the employer to complete: {listed}.")
    if employer_template:
        cover_note.add_cover_note(doc, project, list(blanks), lang)
    written = write_atomically(out_path, lambda temp: doc.save(str(temp)))
    return BuildResult(path=written, warnings=warnings)


def open_template(template: str | os.PathLike[str] | None = None, lang: str = "en") -> DocxDocument:
    """Open a letter template; None opens the bundled one for `lang` (`templates/letter.docx`,
    or `templates/lettre.docx` for French).

    Raises:
        TemplateError: the file does not exist or is not a readable .docx document.
    """
    path = template_path(letter_wording(lang).TEMPLATE) if template is None else Path(template)
    if not path.is_file():
        raise TemplateError(f"The letter template {path} does not exist.")
    try:
        return Document(str(path))
    except Exception as error:  # python-docx raises many kinds for a damaged or foreign file
        raise TemplateError(
            f"The letter template {path.name} cannot be read as a Word .docx document ({error})."
        ) from error


def check_template(doc: DocxDocument, program: str = "express-entry") -> None:
    """Make sure a template has every required placeholder and no unknown one.

    Raises:
        TemplateError: naming the missing or unknown placeholders, or a position placeholder
            outside the `{{#position}}`...`{{/position}}` block.
    """
    found: set[str] = set()
    unknown: list[str] = []
    outside: list[str] = []
    inside = False
    known = set(GLOBAL_NAMES) | set(POSITION_NAMES)
    for paragraph, in_body in _paragraphs_with_origin(doc):
        for kind, name in placeholders_in(paragraph):
            token = f"{kind}{name}" if kind in ("#", "/") else name
            found.add(token)
            if kind in ("#", "/") and name == BLOCK_NAME and in_body:
                inside = kind == "#"
            elif kind in ("#", "/") or name not in known:
                unknown.append(f"{{{{{kind}{name}}}}}")
            elif name in POSITION_NAMES and not inside:
                outside.append(f"{{{{{name}}}}}")
    missing = [f"{{{{{name}}}}}" for name in required_names(program) if name not in found]
    problems = []
    if missing:
        problems.append("it lacks the required placeholder(s) " + ", ".join(missing))
    if unknown:
        problems.append("it has unknown placeholder(s) " + ", ".join(dict.fromkeys(unknown)))
    if outside:
        problems.append(
            "these must be between {{#position}} and {{/position}}: "
            + ", ".join(dict.fromkeys(outside))
        )
    if problems:
        raise TemplateError("The letter template cannot be used: " + "; ".join(problems) + ".")


def _paragraphs_with_origin(doc: DocxDocument) -> Iterator[tuple[etree._Element, bool]]:
    """Every paragraph of the document (body first, then headers/footers), flagged in_body."""
    for paragraph in doc.element.body.iter(qn("w:p")):
        yield paragraph, True
    for part_element in _header_footer_elements(doc):
        for paragraph in part_element.iter(qn("w:p")):
            yield paragraph, False


def _all_paragraphs(doc: DocxDocument) -> Iterator[etree._Element]:
    """Every paragraph of body, headers and footers (a snapshot, safe to modify)."""
    return iter([paragraph for paragraph, _ in _paragraphs_with_origin(doc)])


def _header_footer_elements(doc: DocxDocument) -> list[etree._Element]:
    """Root elements of the header and footer parts that the sections define (each once)."""
    seen: dict[int, etree._Element] = {}
    for section in doc.sections:
        for item in (
            section.header,
            section.first_page_header,
            section.even_page_header,
            section.footer,
            section.first_page_footer,
            section.even_page_footer,
        ):
            if not item.is_linked_to_previous:
                seen.setdefault(id(item.part), item.part.element)
    return list(seen.values())


def _place_letterhead(doc: DocxDocument, image: str) -> list[str]:
    """Put the letterhead image where `{{letterhead}}` is; without one the name is used later.

    Returns:
        Warnings when the image is set but cannot be used.
    """
    if not image.strip():
        return []
    path = Path(image).expanduser()
    if not path.is_file():
        return [f"The letterhead image {path} was not found; the company name is used instead."]
    for section in doc.sections:
        for container in (section.first_page_header, section.header):
            if container.is_linked_to_previous:
                continue
            for p in container.part.element.iter(qn("w:p")):
                if "{{letterhead}}" in paragraph_text(p):
                    return _insert_picture(Paragraph(p, container), path, section)
    for p in doc.element.body.iter(qn("w:p")):
        if "{{letterhead}}" in paragraph_text(p):
            return _insert_picture(Paragraph(p, doc._body), path, doc.sections[0])
    return ["The template has no {{letterhead}} placeholder; the letterhead image is not used."]


def _insert_picture(paragraph: Paragraph, path: Path, section: Section) -> list[str]:
    """Replace the `{{letterhead}}` text with the image, fitted to the text width and 2.5 cm."""
    fill_paragraphs([paragraph._p], {"letterhead": ""})
    try:
        from docx.image.image import Image

        image = Image.from_file(str(path))
        max_width = section.page_width - section.left_margin - section.right_margin
        ratio = image.px_width / max(image.px_height, 1)
        height = min(LETTERHEAD_MAX_HEIGHT, int(max_width / ratio))
        paragraph.add_run().add_picture(str(path), height=Emu(height))
    except Exception as error:  # unknown or damaged image format
        paragraph.add_run("{{letterhead}}")  # filled with the company name like any other
        return [f"The letterhead image {path.name} cannot be used ({error}); the name is used."]
    return []


def _language_warnings(project: Project, lang: str) -> list[str]:
    """A project in neither English nor French, or duties written in the other language."""
    from noc_letter.core.language import detect_letter_language

    names = {"en": "English", "fr": "French"}
    if project.language not in WORDINGS:
        return [
            f"The letter's wording (headings, dates, hours, salary) is in "
            f"{names[lang]}, but the project language is {project.language!r}; have "
            "the letter translated (IRCC accepts English or French)."
        ]
    duties = [d.text for p in project.positions for d in p.included_duties()]
    written = detect_letter_language(duties, default=lang) if duties else lang
    if written == lang:
        return []
    return [
        f"The duties are written in {names[written]} but the letter's wording is in "
        f"{names[lang]}; the duties go in as written. Choose the letter language that matches "
        "them, or write them in one language."
    ]


def _duty_text_warnings(project: Project) -> list[str]:
    """Duties with no words, too long or repeated: in the letter as written, but said so."""
    several = len(project.positions) > 1
    warnings = []
    for number, position in enumerate(project.positions, start=1):
        where = f" of position {number}" if several else ""
        for problem in duty_problems(position.duties).values():
            warnings.append(f"{problem.message(where)} It is in the letter as written.")
    return warnings


def _blank_labels(doc: DocxDocument) -> Counter[str]:
    """How often each "[to be completed by employer: ...]" label appears in the letter."""
    labels: Counter[str] = Counter()
    for paragraph in _all_paragraphs(doc):
        labels.update(_BLANK_TEXT.findall(paragraph_text(paragraph)))
    return labels
