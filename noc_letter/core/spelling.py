"""Spelling variants of one word (labor/labour, analyse/analyze) and the spelling the NOC uses."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

# Whole-word pairs the regular rules below do not produce.
_PAIRS = (
    ("mold", "mould"),
    ("molds", "moulds"),
    ("molded", "moulded"),
    ("molding", "moulding"),
    ("moldings", "mouldings"),
    ("jewelry", "jewellery"),
    ("tyre", "tire"),
    ("tyres", "tires"),
    ("programme", "program"),
    ("programmes", "programs"),
    ("aluminium", "aluminum"),
    ("catalog", "catalogue"),
    ("catalogs", "catalogues"),
    ("gray", "grey"),
    ("plow", "plough"),
    ("plows", "ploughs"),
    ("enrollment", "enrolment"),
    ("fulfill", "fulfil"),
)
_PAIR_OF: dict[str, set[str]] = {}
for _a, _b in _PAIRS:
    _PAIR_OF.setdefault(_a, set()).add(_b)
    _PAIR_OF.setdefault(_b, set()).add(_a)

# (pattern, replacement) on a lower-case word; both directions are listed.
_RULES = (
    (re.compile(r"(?<=[a-z]{2})([iy])s(e|es|ed|ing|ation|ations)$"), r"\1z\2"),
    (re.compile(r"(?<=[a-z]{2})([iy])z(e|es|ed|ing|ation|ations)$"), r"\1s\2"),
    (re.compile(r"(?<=[a-z]{2})or(s|ed|ing|al|er|ers|hood|hoods|ful|ist|ists)?$"), r"our\1"),
    (re.compile(r"(?<=[a-z]{2})our(s|ed|ing|al|er|ers|hood|hoods|ful|ist|ists)?$"), r"or\1"),
    (re.compile(r"(?<=[a-z]{3})er(s)?$"), r"re\1"),
    (re.compile(r"(?<=[a-z]{3})re(s)?$"), r"er\1"),
    (re.compile(r"(?<=[a-z][ae])l(ing|ed|er|ers|or|ors)$"), r"ll\1"),
    (re.compile(r"(?<=[a-z][ae])ll(ing|ed|er|ers|or|ors)$"), r"l\1"),
    (re.compile(r"(?<=[a-z])ae(?=[a-z]{3})"), "e"),
    (re.compile(r"(?<=[a-z]{2})og(s)?$"), r"ogue\1"),
    (re.compile(r"(?<=[a-z]{2})ogue(s)?$"), r"og\1"),
)
MIN_LENGTH = 5
# Words whose spellings mean different things in Canada ("metre" a unit, "meter" a device).
_KEEP = frozenset(
    {"metre", "metres", "meter", "meters", "litre", "litres", "liter", "liters", "licence"}
    | {"license", "practise", "practice", "cheque", "check", "storey", "story", "draught"}
    | {"analyzes", "analyses", "scourer", "scorer", "filer", "filler"}
)


def variants(word: str) -> set[str]:
    """Other spellings of the same word (lower case); empty for short words.

    Only the regular British/American/Canadian differences are produced (-ise/-ize, -or/-our,
    -er/-re, -l-/-ll-, ae/e, -og/-ogue) plus a few listed pairs; a variant is a candidate, not
    necessarily a real word.
    """
    w = word.lower()
    if w in _KEEP:
        return set()
    out = set(_PAIR_OF.get(w, ()))
    if len(w) >= MIN_LENGTH and w.isalpha():
        for pattern, replacement in _RULES:
            other = pattern.sub(replacement, w, count=1)
            if other != w:
                out.add(other)
    return out


def preferred_spellings(texts: Iterable[str], min_count: int = 3) -> dict[str, str]:
    """word → the spelling of it the given texts (the NOC) use, for words they rarely spell so.

    A word is respelled only when the texts use the other spelling at least `min_count` times
    and at least three times as often as the word itself.
    """
    counts = Counter(w for text in texts for w in re.findall(r"[a-z]+", text.lower()))
    known = set(counts)
    candidates = set(_PAIR_OF)
    for w in known:
        candidates |= variants(w)
    out = {}
    for w in candidates:
        best = max(
            (v for v in variants(w) if v in known),
            key=lambda v: counts[v],
            default=None,
        )
        if best and counts[best] >= min_count and counts[best] >= 3 * counts[w]:
            out[w] = best
    return out
