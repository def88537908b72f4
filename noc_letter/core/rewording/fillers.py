"""Filler that says nothing about the work, and where it may be dropped ("as required", "and
stuff", "kind of"): never a noun, number, name or tool of the person's."""

from __future__ import annotations

from noc_letter.core.rewording.edits import Edit
from noc_letter.core.rewording.results import Change

# Phrases that describe no work: dropped only where they end a clause, so that "as required by
# law" keeps its meaning.
FILLERS = (
    "as required",
    "as needed",
    "as necessary",
    "as directed",
    "as appropriate",
    "as assigned",
    "as requested",
    "as instructed",
    "if necessary",
    "when necessary",
    "where necessary",
    "when needed",
    "where needed",
    "if needed",
    "if required",
    "when required",
    "where required",
    "as applicable",
    "where applicable",
    "where appropriate",
    "when appropriate",
)
_CLAUSE_END = frozenset({",", ";", ".", ":", ")", "!", "?"})


def filler_edits(tokens) -> list[Edit]:
    """Remove filler phrases ("as required", "if necessary") that end a clause."""
    edits = []
    lowered = [t.lower_ for t in tokens]
    for phrase in FILLERS:
        words = phrase.split()
        n = len(words)
        for i in range(len(tokens) - n + 1):
            if lowered[i : i + n] != words:
                continue
            end = i + n
            if end < len(tokens) and tokens[end].text not in _CLAUSE_END:
                continue  # "as required by law": not filler
            start = i - 1 if i > 0 and tokens[i - 1].text == "," else i
            if i == 0:
                continue
            if end < len(tokens) and tokens[end].text == "," and start == i:
                end += 1
            if any(e.start < end and start < e.end for e in edits):
                continue
            edits.append(Edit(start, end, "", Change(phrase, "", "filler", None, None)))
    for i, token in enumerate(tokens[:-1]):
        # "various" names no object: "repair various engines" says the same as "repair engines".
        if (
            token.lower_ == "various"
            and tokens[i + 1].pos_ in ("NOUN", "ADJ")
            and not any(e.start <= i < e.end for e in edits)
        ):
            edits.append(Edit(i, i + 1, "", Change(token.text, "", "filler", None, None)))
    edits += casual_filler_edits(tokens, edits)
    return sorted(edits, key=lambda e: e.start)


# Casual filler that ends a list wherever it stands ("Cleaning the offices and stuff").
LIST_ENDS = (
    "and stuff like that",
    "and things like that",
    "and all that stuff",
    "and all that",
    "and other stuff",
    "and so on",
    "and so forth",
    "stuff like that",
    "and stuff",
    "and etc.",
    "and etc",
    "etc.",
    "etc",
)
# Filler nouns: "stuff" at the end of a list names nothing, so dropping it loses no fact.
FILLER_NOUNS = frozenset({"stuff", "thing", "things", "etc"})
# Hedges dropped before the word they soften ("kind of keeping the invoices organized").
HEDGES = (("kind", "of"), ("sort", "of"), ("kinda",), ("basically",), ("pretty", "much"))
_HEDGED = frozenset({"VERB", "ADJ", "ADV", "AUX"})


def _free(edits: list[Edit], start: int, end: int) -> bool:
    return not any(e.start < end and start < e.end for e in edits)


def casual_filler_edits(tokens, taken: list[Edit]) -> list[Edit]:
    """Casual filler: list ends ("and stuff", "etc."), hedges ("kind of"), "all the"."""
    edits: list[Edit] = []
    lowered = [t.lower_ for t in tokens]
    for phrase in LIST_ENDS:
        words = phrase.replace(".", " .").split() if phrase.endswith(".") else phrase.split()
        n = len(words)
        for i in range(1, len(tokens) - n + 1):
            end = i + n
            if lowered[i : i + n] != words or not _free(taken + edits, i, end):
                continue
            start = i - 1 if tokens[i - 1].text == "," else i
            edits.append(Edit(start, end, "", Change(phrase, "", "filler", None, None)))
    for hedge in HEDGES:
        n = len(hedge)
        for i in range(len(tokens) - n):
            if tuple(lowered[i : i + n]) != hedge or tokens[i + n].pos_ not in _HEDGED:
                continue
            if tokens[i + n].pos_ in ("ADJ", "ADV") and hedge[0] == "basically":
                continue
            if _free(taken + edits, i, i + n):
                original = " ".join(t.text for t in tokens[i : i + n])
                change = Change(original, "", "filler", None, None)
                edits.append(Edit(i, i + n, "", change))
    for i in range(len(tokens) - 2):
        # "all the supplier bills" → "supplier bills": "all the" adds no fact to a duty.
        if lowered[i] == "all" and lowered[i + 1] in ("the", "of") and i > 0:
            end = i + 2 + (lowered[i + 1] == "of" and lowered[i + 2] == "the")
            if (
                end < len(tokens)
                and tokens[end].pos_ in ("NOUN", "ADJ", "PROPN", "NUM")
                and _free(taken + edits, i, end)
            ):
                original = " ".join(t.text for t in tokens[i:end])
                change = Change(original, "", "filler", None, None)
                edits.append(Edit(i, end, "", change))
    return edits
