"""Placeholder filling for DOCX templates: run merging, repeated blocks, optional lines, blanks.

Template language (plain text typed in Word, any formatting):

- `{{name}}` is replaced by a value; the replacement keeps the formatting of the placeholder.
- `{{?name}}` at the start of a paragraph makes that paragraph optional: it is removed when
  the value of `name` is empty, otherwise the marker is dropped and the line kept.
- A paragraph that contains only `{{#name}}` starts a repeated block and one containing only
  `{{/name}}` ends it; the paragraphs (and tables) between them are copied once per item.
- A paragraph containing `{{duty}}` (or any other list placeholder) is copied once per line.

Word often splits typed text over several runs ("{{appli" + "cant_name}}"), so placeholders
are first merged into the run where they start. Values are cleaned of characters that XML
cannot hold; a `Blank` is written as yellow-highlighted "[to be completed by employer: ...]".
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from docx.enum.text import WD_COLOR_INDEX
from docx.oxml.ns import qn
from docx.oxml.text.run import CT_R
from docx.text.run import Run
from lxml import etree

from noc_letter.core.export.files import ExportError

PLACEHOLDER = re.compile(r"\{\{([#/?]?)([a-z][a-z0-9_]*)\}\}")
# Runs that belong to a paragraph's own text (not to nested text boxes).
_RUN_XPATH = "./w:r | ./w:hyperlink/w:r | ./w:ins/w:r | ./w:smartTag/w:r | ./w:fldSimple/w:r"
# XML 1.0 forbids most C0 controls, lone surrogates and U+FFFE/U+FFFF; C1 controls are legal
# but invisible garbage in a letter, so they go too. Tab and newline are kept.
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
BLANK_PREFIX = "[to be completed by employer: "


class TemplateError(ExportError):
    """The letter template cannot be used (missing, unreadable or missing a placeholder)."""


@dataclass(frozen=True)
class Blank:
    """A fact nobody has filled in yet; exported as a highlighted blank for the employer."""

    label: str
    prefix: str = BLANK_PREFIX  # the French letter's is "[à remplir par l'employeur : "

    @property
    def text(self) -> str:
        """The visible blank, e.g. "[to be completed by employer: salary per year]"."""
        return f"{self.prefix}{self.label}]"


# A value is text, a blank, or a sequence of both ("4 March 2019 to " + Blank("end date")).
Value = str | Blank | Sequence[str | Blank]


def clean_text(text: str) -> str:
    """Remove characters a DOCX cannot hold; emoji, RTL and combining marks are kept."""
    return _UNWRITABLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def is_empty(value: Value) -> bool:
    """True for a value that should make an optional `{{?name}}` line disappear."""
    if isinstance(value, Blank):
        return False
    if isinstance(value, str):
        return not value.strip()
    return all(is_empty(part) for part in value)


def blanks_in(value: Value) -> list[Blank]:
    """The blanks a value contains, in order."""
    if isinstance(value, Blank):
        return [value]
    if isinstance(value, str):
        return []
    return [part for part in value if isinstance(part, Blank)]


def runs_of(paragraph: etree._Element) -> list[CT_R]:
    """The runs that make up a paragraph's own text, in document order."""
    return paragraph.xpath(_RUN_XPATH)


def paragraph_text(paragraph: etree._Element) -> str:
    """The paragraph's text as the placeholder scanner sees it."""
    return "".join(run.text for run in runs_of(paragraph))


def paragraphs_in(elements: Iterable[etree._Element]) -> list[etree._Element]:
    """Every paragraph in the given block elements (paragraphs, tables), in order."""
    found: list[etree._Element] = []
    for element in elements:
        if element.tag == qn("w:p"):
            found.append(element)
        else:
            found.extend(element.iter(qn("w:p")))
    return found


def placeholders_in(paragraph: etree._Element) -> list[tuple[str, str]]:
    """The (kind, name) pairs of the placeholders in a paragraph; kind is "", "#", "/" or "?"."""
    return PLACEHOLDER.findall(paragraph_text(paragraph))


def merge_split_placeholders(paragraph: etree._Element) -> None:
    """Move every placeholder that Word split over several runs into the run where it starts.

    The text of the following runs up to the end of the placeholder joins the first run, so the
    placeholder takes that run's formatting; the emptied runs stay in place, harmless.
    """
    runs = runs_of(paragraph)
    texts = [run.text for run in runs]
    original = list(texts)
    changed = True
    while changed:
        changed = False
        ends: list[int] = []
        total = 0
        for text in texts:
            total += len(text)
            ends.append(total)
        for match in PLACEHOLDER.finditer("".join(texts)):
            first = _run_at(ends, match.start())
            last = _run_at(ends, match.end() - 1)
            if first != last:
                texts[first] = "".join(texts[first : last + 1])
                for index in range(first + 1, last + 1):
                    texts[index] = ""
                changed = True
                break
    for run, text, before in zip(runs, texts, original, strict=True):
        if text != before:
            run.text = text


def _run_at(ends: list[int], offset: int) -> int:
    """Index of the run holding the character at `offset`, given cumulative run ends."""
    for index, end in enumerate(ends):
        if offset < end:
            return index
    return len(ends) - 1


def apply_optional_lines(paragraphs: Iterable[etree._Element], values: Mapping[str, Value]) -> None:
    """Remove `{{?name}}` paragraphs whose value is empty; strip the marker from the others."""
    for paragraph in list(paragraphs):
        names = [name for kind, name in placeholders_in(paragraph) if kind == "?"]
        if not names:
            continue
        if any(is_empty(values.get(name, "")) for name in names):
            remove(paragraph)
            continue
        merge_split_placeholders(paragraph)
        for run in runs_of(paragraph):
            if "{{?" in run.text:
                run.text = re.sub(r"\{\{\?[a-z][a-z0-9_]*\}\}", "", run.text)


def fill_paragraphs(paragraphs: Iterable[etree._Element], values: Mapping[str, Value]) -> None:
    """Replace every `{{name}}` whose name is in `values`; other placeholders stay as they are."""
    for paragraph in paragraphs:
        if "{{" not in paragraph_text(paragraph):
            continue
        merge_split_placeholders(paragraph)
        for run in runs_of(paragraph):
            if "{{" in run.text:
                _fill_run(run, values)


def _fill_run(run: CT_R, values: Mapping[str, Value]) -> None:
    """Replace the placeholders inside one run, splitting it where a blank needs highlighting."""
    text = run.text
    parts: list[tuple[str, bool]] = []  # (text, highlighted)
    position = 0
    for match in PLACEHOLDER.finditer(text):
        kind, name = match.groups()
        if kind or name not in values:
            continue
        parts.append((text[position : match.start()], False))
        parts.extend(_segments(values[name]))
        position = match.end()
    if not parts:
        return
    parts.append((text[position:], False))
    merged: list[tuple[str, bool]] = []
    for part_text, highlighted in parts:
        if not part_text:
            continue
        if merged and merged[-1][1] == highlighted:
            merged[-1] = (merged[-1][0] + part_text, highlighted)
        else:
            merged.append((part_text, highlighted))
    if not any(highlighted for _, highlighted in merged):
        run.text = "".join(part_text for part_text, _ in merged)
        return
    for part_text, highlighted in merged:
        piece = copy.deepcopy(run)
        piece.text = part_text
        if highlighted:
            Run(piece, None).font.highlight_color = WD_COLOR_INDEX.YELLOW  # type: ignore[arg-type]
        run.addprevious(piece)
    remove(run)


def _segments(value: Value) -> list[tuple[str, bool]]:
    """A value as (text, highlighted) pieces, cleaned for XML."""
    if isinstance(value, Blank):
        return [(clean_text(value.text), True)]
    if isinstance(value, str):
        return [(clean_text(value), False)]
    pieces: list[tuple[str, bool]] = []
    for part in value:
        pieces.extend(_segments(part))
    return pieces


def repeat_paragraph(
    paragraph: etree._Element, name: str, items: Sequence[Value]
) -> list[etree._Element]:
    """Replace a paragraph holding `{{name}}` by one filled copy per item, in order.

    Returns:
        The new paragraphs (none when `items` is empty; the original is removed either way).
    """
    merge_split_placeholders(paragraph)
    copies = []
    for item in items:
        clone = copy.deepcopy(paragraph)
        fill_paragraphs([clone], {name: item})
        paragraph.addprevious(clone)
        copies.append(clone)
    remove(paragraph)
    return copies


def expand_block(container: etree._Element, name: str, count: int) -> list[list[etree._Element]]:
    """Copy the `{{#name}}`...`{{/name}}` block of a body `count` times and drop the markers.

    Args:
        container: the `w:body` (or a header, footer or table cell) holding the block.
        name: the block name, e.g. "position".
        count: how many copies to make.

    Returns:
        For each copy, the list of its top-level elements, in order.

    Raises:
        TemplateError: the markers are missing, nested inside other content, or out of order.
    """
    children = list(container)
    start = _marker_index(children, "#", name)
    end = _marker_index(children, "/", name)
    if start is None or end is None or end < start:
        raise TemplateError(
            f"The template needs a block from a paragraph holding only {{{{#{name}}}}} to one "
            f"holding only {{{{/{name}}}}}, at the top level of the page (not in a table)."
        )
    body = children[start + 1 : end]
    copies = []
    for _ in range(count):
        clones = [copy.deepcopy(element) for element in body]
        for clone in clones:
            children[end].addprevious(clone)
        copies.append(clones)
    for element in [children[start], *body, children[end]]:
        remove(element)
    return copies


def _marker_index(children: list[etree._Element], kind: str, name: str) -> int | None:
    """Index of the paragraph whose whole text is the marker `{{<kind><name>}}`."""
    marker = f"{{{{{kind}{name}}}}}"
    for index, child in enumerate(children):
        if child.tag == qn("w:p") and paragraph_text(child).strip() == marker:
            return index
    return None


def remove(element: etree._Element) -> None:
    """Detach an element from its parent."""
    parent = element.getparent()
    if parent is not None:
        parent.remove(element)
