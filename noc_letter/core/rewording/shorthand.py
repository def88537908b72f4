"""Common workplace shorthand written out, meaning unchanged ("bank recs" → "bank reconciliations").

A small glossary written and reviewed by hand for this app. Only expansions with one meaning in a
duty line are listed: "AP/AR" is always accounts payable and receivable, while a bare "AP" or
"OT" could mean several things and is left as written. Upper-case entries match only as written
("GL", not "gl").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from noc_letter.core.rewording.edits import Edit
from noc_letter.core.rewording.results import Change


@dataclass(frozen=True)
class Shorthand:
    """One glossary entry: the pattern as people type it and what it stands for."""

    pattern: str  # a regular expression matched at word boundaries
    expansion: str
    case_sensitive: bool = False


GLOSSARY = (
    # Bookkeeping
    Shorthand(
        r"AP\s*/\s*AR|A/P\s*(?:and|&)\s*A/R|AP\s*(?:and|&)\s*AR",
        "accounts payable and receivable",
        True,
    ),
    Shorthand(r"A/P", "accounts payable", True),
    Shorthand(r"A/R", "accounts receivable", True),
    Shorthand(r"GL", "general ledger", True),
    Shorthand(r"GLs", "general ledgers", True),
    Shorthand(r"POs", "purchase orders", True),
    Shorthand(r"PO", "purchase order", True),
    Shorthand(r"(?<=bank )recs", "reconciliations"),
    Shorthand(r"(?<=bank )rec", "reconciliation"),
    Shorthand(r"(?<=account )recs", "reconciliations"),
    Shorthand(r"(?<=account )rec", "reconciliation"),
    # Health care
    Shorthand(r"meds", "medications"),
    Shorthand(r"post[- ]op", "post-operative"),
    Shorthand(r"pre[- ]op", "pre-operative"),
    Shorthand(r"med[- ]surg", "medical-surgical"),
    Shorthand(r"vitals", "vital signs"),
    Shorthand(r"appts", "appointments"),
    Shorthand(r"appt", "appointment"),
    # Trucking: a pre-trip is the pre-trip inspection
    Shorthand(r"pre-trips(?! inspection)", "pre-trip inspections"),
    Shorthand(r"post-trips(?! inspection)", "post-trip inspections"),
    # Everyday
    Shorthand(r"kids", "children"),
    Shorthand(r"kid", "child"),
    Shorthand(r"veggies", "vegetables"),
    Shorthand(r"renos", "renovations"),
    Shorthand(r"reno", "renovation"),
    Shorthand(r"info", "information"),
    Shorthand(r"mgr", "manager"),
    Shorthand(r"mgmt", "management"),
    Shorthand(r"depts?\.?", "department"),
    Shorthand(r"approx\.?", "approximately"),
    Shorthand(r"qty", "quantity"),
    Shorthand(r"w/o", "without"),
    Shorthand(r"w/", "with"),
    Shorthand(r"&", "and"),
)
# Verbs typed short: "prepping vegetables" is preparing them.
SHORT_VERBS = {"prep": "prepare", "prepping": "prepare", "prepped": "prepare", "preps": "prepare"}
_COMPILED = tuple(
    (
        re.compile(
            r"(?<![\w/&-])(?:" + entry.pattern + r")(?![\w/&'\u2019-])",
            0 if entry.case_sensitive else re.IGNORECASE,
        ),
        entry,
    )
    for entry in GLOSSARY
)


def _token_span(tokens, start: int, end: int) -> tuple[int, int] | None:
    """Token indices [i, j) covering exactly the characters [start, end), or None."""
    first = next((i for i, t in enumerate(tokens) if t.idx == start), None)
    if first is None:
        return None
    for j in range(first, len(tokens)):
        token_end = tokens[j].idx + len(tokens[j].text)
        if token_end == end:
            return first, j + 1
        if token_end > end:
            return None
    return None


def shorthand_edits(doc) -> list[Edit]:
    """Edits writing out each glossary shorthand in the duty (never inside another word)."""
    tokens = list(doc)
    text = doc.text
    edits: list[Edit] = []
    for regex, entry in _COMPILED:
        for match in regex.finditer(text):
            span = _token_span(tokens, match.start(), match.end())
            if span is None or any(e.start < span[1] and span[0] < e.end for e in edits):
                continue
            i, j = span
            change = Change(match.group(), entry.expansion, "shorthand", None, None)
            edits.append(Edit(i, j, entry.expansion + tokens[j - 1].whitespace_, change))
    return sorted(edits, key=lambda e: e.start)


def expanded_noun(word: str) -> str | None:
    """The singular head noun a shorthand noun stands for ("recs" → "reconciliation"), or None."""
    for regex, entry in _COMPILED:
        if regex.fullmatch(word) and " " not in entry.expansion.strip():
            noun = entry.expansion.lower()
            return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    if word.lower() in ("rec", "recs"):
        return "reconciliation"
    if word.lower() in ("pre-trip", "pre-trips", "post-trip", "post-trips"):
        return "inspection"
    return None


def short_verb(word: str) -> str | None:
    """The verb a short verb form stands for ("prepping" → "prepare"), or None."""
    return SHORT_VERBS.get(word.lower())
