"""Split pasted text (a job description, an old letter, a résumé section) into duty statements."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class SplitDuty:
    """One duty as the person wrote it, with its stated share of working time, if any.

    `text` is clean: list markers, the share ("(40%)", "– 40% of time") and trailing
    punctuation are removed, the person's words are otherwise unchanged. `share` is the
    percentage as a number (40.0), or None; when a semicolon list or a paragraph splits into
    several duties, the share stays with the piece it was written in. `source_line` is the
    1-based line the duty's item starts on.
    """

    text: str
    share: float | None = None
    source_line: int = 1

    @property
    def with_share(self) -> str:
        """The duty as it goes into a letter: the text, then the stated share ("(40%)")."""
        if self.share is None:
            return self.text
        return f"{self.text} ({self.share:g}%)"


# --- cleaning ---------------------------------------------------------------------------------

# Line and paragraph separators, vertical tab and form feed end a line; other control and
# invisible formatting characters (zero-width, BOM, bidi overrides, U+FFFD) are dropped.
_NEWLINES = re.compile(r"\r\n?|[\v\f\x85\u2028\u2029]")
_INVISIBLE = re.compile(
    r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\ufffd]"
)
_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")


def _clean(text: str) -> str:
    text = _NEWLINES.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    return _SPACES.sub(" ", text)


# --- list markers and headings ----------------------------------------------------------------

# Includes the private-use and "§" characters Word's Symbol/Wingdings bullets paste as.
_GLYPHS = "•▪◦●‣⁃○■□➢►▶✓✔→·◆◇❖➤§\uf0b7\uf0a7\uf076\uf0d8"
# Glyph bullets (may touch the text), dashes/asterisks (need a space after), numbers "1." "1)"
# "(1)", letters "a." "a)" "(a)" and small roman numerals "iv." (need a space after).
MARKER = re.compile(
    rf"""^\s*(?:
        [{_GLYPHS}]+
      | [-*+>–—]+(?=\s)
      | o(?=\s{{2,}})
      | \(?\d{{1,3}}[.)](?!\d)
      | \(\d{{1,3}}\)
      | \(?(?:[a-zA-Z]|i{{1,3}}|iv|vi{{0,3}}|ix|x)[.)](?=\s)
      | \([a-zA-Z]\)
    )\s*""",
    re.VERBOSE,
)
# Bullets run together on one line ("• Post entries • Reconcile accounts"), as pasted from a web
# page; the middle dot and arrow are left alone inside a line.
_INLINE_BULLET = re.compile(r"(?<=\S)\s*[•▪◦●‣⁃○■□➢►▶✓✔◆◇❖➤\uf0b7]+\s*")

_HEADING_WORD = (
    r"(?:duties|responsibilities|tasks|roles?|description|summary|accomplishments|achievements"
    r"|highlights|experience|overview|profile|skills|qualifications|functions|activities)"
)
# A heading without a colon: only heading words ("Main duties and responsibilities").
_HEADING_PHRASE = (
    r"(?:(?:main|key|primary|principal|job|my|major|core|daily|general|other|additional"
    rf"|specific|essential|work|position|professional)\s+)*{_HEADING_WORD}"
    rf"(?:\s+(?:and|&)\s+(?:\w+\s+)?{_HEADING_WORD})?(?:\s+(?:include[sd]?|were|are))?"
)
_BARE_HEADING = re.compile(rf"^{_HEADING_PHRASE}\W*$", re.IGNORECASE)
# "Responsibilities: Prepare invoices; ..." — a heading label in front of the duties.
_HEADING_LABEL = re.compile(rf"^{_HEADING_PHRASE}\s*[:–—-]\s*(?=\S)", re.IGNORECASE)
# "Employer: ABC Inc." and similar résumé fields are not duties.
_FIELD = re.compile(
    r"^(?:job\s+title|title|position|employer|company|organi[sz]ation|location|dates?|period"
    r"|duration|salary|wages?|hours|name|department|reporting\s+to|supervisor)\s*:",
    re.IGNORECASE,
)
_DATE_RANGE = re.compile(
    r"(?:19|20)\d\d\s*(?:-|–|—|to|until)\s*(?:(?:19|20)\d\d|present|now|current|today|date)\b",
    re.IGNORECASE,
)


def strip_marker(line: str) -> str:
    """The line without a leading list marker ("• ", "1. ", "(a) ") and surrounding spaces."""
    match = MARKER.match(line)
    return (line[match.end() :] if match else line).strip()


def is_heading(line: str) -> bool:
    """True for a line that introduces duties rather than being one.

    Examples: "Duties:", "Main responsibilities include:", "Key duties and responsibilities",
    "DUTIES", "Employer: ABC Inc.", "Bookkeeper, ABC Inc. (2019 – 2022)".
    """
    text = line.strip()
    words = text.split()
    if not words:
        return False
    if text.endswith(":") and len(words) <= 12:
        return True  # callers keep longer bulleted lines that end with a colon
    if re.search(r"\bthe following\W*$", text, re.IGNORECASE) and len(words) <= 14:
        return True
    if _BARE_HEADING.match(text) or _FIELD.match(text):
        return True
    upper = sum(c.isupper() for c in text)
    if len(words) <= 8 and upper >= 3 and not any(c.islower() for c in text):
        return True  # an all-capitals title line (scripts without case never are)
    return bool(len(words) <= 14 and _DATE_RANGE.search(text) and not text.endswith("."))


# --- joining wrapped lines ----------------------------------------------------------------------

_CONNECTOR_TEXT = (
    "a an and or nor the of to for with in on at by from into onto as such including their "
    "our its his her my your than via per plus both either"
)
_CONNECTORS = frozenset(_CONNECTOR_TEXT.split())
_HYPHENATED = re.compile(r"[^\W\d_]-$")
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+[A-Z]")


def _continues(previous: str, line: str, bulleted: bool) -> bool:
    """Whether `line` carries on the text of `previous` (a wrapped line)."""
    if not _HAS_LETTERS.search(line):
        return False  # "----", "2019", an emoji: its own item (dropped later)
    if line[:1].islower():
        return True
    if previous[-1:] in ",;:/&(-–—" or previous.rsplit(None, 1)[-1].lower() in _CONNECTORS:
        return True
    # Under a bullet, a line without its own marker continues it unless a sentence ended.
    return bulleted and previous[-1:] not in ".!?"


def _join(lines: list[str]) -> str:
    parts = [lines[0]]
    for line in lines[1:]:
        if _HYPHENATED.search(parts[-1]) and line[:1].islower():
            parts.append(line)  # "re-" + "oil": a word broken after its hyphen joins up
        else:
            parts.extend((" ", line))
    return "".join(parts)


@dataclass
class _Item:
    lines: list[str]
    line_no: int
    bulleted: bool


def _items(text: str) -> list[_Item]:
    """Group lines into items: one per bullet, per wrapped paragraph or per plain line."""
    items: list[_Item] = []
    current: _Item | None = None
    block: list[_Item] = []  # unbulleted items of the current paragraph block

    def close_block() -> None:
        # A block of plain lines with a sentence break inside a line is wrapped prose.
        if len(block) > 1 and any(_SENTENCE_INSIDE.search(" ".join(i.lines)) for i in block):
            merged = _Item([line for i in block for line in i.lines], block[0].line_no, False)
            del items[-len(block) :]
            items.append(merged)
        block.clear()

    for line_no, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if not line:
            close_block()
            current = None
            continue
        marker = MARKER.match(line)
        body = line[marker.end() :].strip() if marker else line
        body = _HEADING_LABEL.sub("", body)
        if not body:
            continue
        lower_start = body[:1].islower() and current is not None
        short = len(body.split()) <= 4
        if not lower_start and is_heading(body) and (not marker or short or body[-1] != ":"):
            close_block()
            current = None
            continue
        if marker:
            close_block()
            current = _Item([body], line_no, True)
            items.append(current)
        elif current is not None and _continues(current.lines[-1], body, current.bulleted):
            current.lines.append(body)
        else:
            current = _Item([body], line_no, False)
            items.append(current)
            block.append(current)
    close_block()
    return items


# --- sentences, semicolons, shares ----------------------------------------------------------------

_ABBREVIATION_TEXT = (
    "e.g i.e eg ie inc ltd co corp dept mr mrs ms dr st no nos vs approx est jan feb mar apr jun "
    "jul aug sep sept oct nov dec fig sr jr u.s u.k a.m p.m"
)
_ABBREVIATIONS = frozenset(_ABBREVIATION_TEXT.split())
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*\s+|[。！？]+\s*")


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph, by punctuation, not splitting after "e.g." or "Inc."."""
    parts: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        nxt = text[match.end() : match.end() + 1]
        if not match.group().startswith(("。", "！", "？")):
            if nxt.islower() or not (nxt.isalnum() or nxt in "\"'“‘(["):
                continue
            before = text[start : match.start() + 1].rsplit(None, 1)
            word = before[-1].strip("([\"'“‘.").lower() if before else ""
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        parts.append(text[start : match.end()].strip())
        start = match.end()
    parts.append(text[start:].strip())
    return [p for p in parts if p]


def _semicolon_parts(text: str) -> list[str]:
    """Split a semicolon list; a piece under two words stays with the one before it."""
    parts: list[str] = []
    for piece in re.split(r";\s*", text):
        if parts and len(piece.split()) < 2:
            parts[-1] = f"{parts[-1]}; {piece}" if piece else parts[-1]
        else:
            parts.append(piece)
    return parts


_NUM = r"(?P<pct>\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|percent\b|per\s*cent\b|pct\b)"
_QUAL = r"(?:(?:approx(?:imately|\.)?|about|around|roughly|ca\.?|~|up\s+to)\s*)?"
_OF_TIME = (
    r"(?:\s+of\s+(?:(?:my|the|our|his|her|their|total|overall|working|work)\s+)*"
    r"(?:time|hours|day|week|workload|work|duties|role|job))?"
)
_SHARE_PAREN = re.compile(rf"\s*[(\[]\s*{_QUAL}{_NUM}{_OF_TIME}\s*[)\]]\s*", re.IGNORECASE)
_SHARE_END = re.compile(rf"(?P<sep>\s*[-–—:,|]\s*|\s+){_QUAL}{_NUM}{_OF_TIME}\W*$", re.IGNORECASE)
# A bare percentage after these words is a result ("reduced costs by 15%"), not time spent.
_RESULT_WORD_TEXT = (
    "by to of from over above below under at with than within reaching reached achieving "
    "achieved maintaining maintained increasing increased reducing reduced decreasing decreased "
    "improving improved growing grew exceeding exceeded nearly almost only rate"
)
_RESULT_WORDS = frozenset(_RESULT_WORD_TEXT.split())
_SHARE_START = re.compile(
    rf"^{_QUAL}{_NUM}{_OF_TIME}(?:\s*[-–—:|]\s*|\s+(?:spent\s+)?(?:on|in|for)\s+|\s+)",
    re.IGNORECASE,
)


def _take_share(text: str) -> tuple[str, float | None]:
    """Remove a stated share of time from a duty; returns the text and the percentage."""
    for pattern in (_SHARE_PAREN, _SHARE_END, _SHARE_START):
        match = pattern.search(text)
        if match and pattern is _SHARE_END and not match["sep"].strip():
            before = text[: match.start()].rsplit(None, 1)
            if not before or before[-1].lower() in _RESULT_WORDS:
                continue
        if match:
            value = float(match["pct"].replace(",", "."))
            if 0 < value <= 100:
                return f"{text[: match.start()]} {text[match.end() :]}".strip(), value
    return text, None


# Longer text is not one duty (and would make the share patterns slow): it states no share.
MAX_SHARE_TEXT = 1_000


def stated_share(text: str) -> float | None:
    """The share of working time a duty's own words state ("Reconcile accounts (40%)" → 40)."""
    if len(text) > MAX_SHARE_TEXT:
        return None
    return _take_share(text)[1]


_TRAILING = re.compile(r"[\s.,;:!–—。，；：！-]+$")
_LEADING = re.compile(r"^(?:[\s,;:–—-]+|(?:and|or)\s+)+", re.IGNORECASE)
_HAS_LETTERS = re.compile(r"[^\W\d_].*[^\W\d_]", re.DOTALL)
_KEEP_PERIOD = _ABBREVIATIONS | {"etc"}


def _tidy(text: str) -> str:
    """Trim spaces, leading joiners and trailing punctuation (an "etc." keeps its period)."""
    text = re.sub(r"\s{2,}", " ", text).strip()
    text = _LEADING.sub("", text)
    last = text.rsplit(None, 1)[-1].lower() if text else ""
    if last.endswith(".") and last.rstrip(".") in _KEEP_PERIOD:
        return text
    text = _TRAILING.sub("", text)
    return re.sub(r"\s+(?:and|or)$", "", text, flags=re.IGNORECASE)


def split_duties(text: str) -> list[SplitDuty]:
    """Split pasted text into duty statements, keeping each stated share of time.

    Handles bullets (•, -, *, ▪, ◦, ●, –), numbers ("1." "1)" "(1)"), letters ("a." "a)"),
    wrapped lines, semicolon lists, plain paragraphs (split into sentences) and drops
    headings ("Duties:", "Main responsibilities include:"). A share such as "(40%)",
    "40 %" or "– 40% of time" moves from the text into `share`.

    Args:
        text: Any text; control characters and invisible characters are ignored.

    Returns:
        The duties in order; empty for empty or unusable text.
    """
    duties: list[SplitDuty] = []
    for item in _items(_clean(text or "")):
        for chunk in _INLINE_BULLET.split(_join(item.lines)):
            pieces = [chunk] if item.bulleted else split_sentences(chunk)
            for piece in pieces:
                for part in _semicolon_parts(piece):
                    body, share = _take_share(part)
                    body = _tidy(body)
                    if _HAS_LETTERS.search(body):
                        duties.append(SplitDuty(body, share, item.line_no))
    return duties


def duty_lines(text: str) -> list[str]:
    """Just the duty texts of `split_duties(text)`."""
    return [duty.text for duty in split_duties(text)]
