"""Facts a person wrote (nouns, numbers, names, tools) and the check that a rewording keeps them."""

from __future__ import annotations

import re
from collections.abc import Iterable

from noc_letter.core.spelling import variants

FACT_POS = frozenset({"NOUN", "PROPN", "NUM"})
_WORD = re.compile(r"[^\W_]+(?:[-'./][^\W_]+)*")


def fact_key(word: str) -> str:
    """Compare facts without case or a plural ending ("Accounts" and "account" are one fact)."""
    w = word.lower().strip(".'-")
    if w.endswith(("'s", "’s")):
        w = w[:-2]  # "Parkinson's" keeps the fact "Parkinson"
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("es") and w[:-2].endswith(("s", "x", "z", "ch", "sh")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-1]
    return w


def looks_like_tool(text: str) -> bool:
    """Product and tool names: inner capitals or digits ("QuickBooks", "SAP", "AutoCAD", "S4")."""
    return any(c.isupper() for c in text[1:]) or (
        any(c.isdigit() for c in text) and any(c.isalpha() for c in text)
    )


def facts_of(doc) -> list[str]:
    """Fact words of an analysed duty as written, in order (nouns, proper nouns, numbers, tools)."""
    out = []
    for token in doc:
        if token.is_space or token.is_punct:
            continue
        if token.pos_ in FACT_POS or token.like_num or looks_like_tool(token.text):
            out.append(token.text)
    return out


def duty_facts(text: str, nlp, doc=None) -> list[str]:
    """Fact words of a duty, reading a capitalised first word as the verb it is.

    Duties are imperative ("Compile monthly reports"); the small tagger often takes the first,
    capitalised word for a noun. When the same text with that letter in lower case has it as a
    verb, it is the person's verb, not a fact.
    """
    doc = nlp(text) if doc is None else doc
    facts = facts_of(doc)
    if not len(doc) or not facts or facts[0] != doc[0].text:
        return facts
    first = doc[0]
    if first.pos_ in ("NOUN", "PROPN") and first.text[:1].isupper() and first.text[1:].islower():
        lowered = nlp(text[:1].lower() + text[1:])
        if len(lowered) and lowered[0].pos_ == "VERB":
            return facts[1:]
    return facts


def words_of(text: str) -> list[str]:
    """Word tokens of a plain string (for checking a suggestion without running spaCy)."""
    return _WORD.findall(text)


def missing_facts(
    facts: Iterable[str], suggestion: str, converted: Iterable[str] = ()
) -> list[str]:
    """Facts of the original that the suggestion lost.

    Args:
        facts: fact words of the original duty.
        suggestion: the reworded text.
        converted: facts deliberately turned into their verb ("reconciliations" → "reconcile").
    """
    have = {fact_key(w) for w in words_of(suggestion)}
    have |= {fact_key(part) for w in words_of(suggestion) for part in re.split(r"[-/]", w)}
    skip = {fact_key(w) for w in converted}
    lost = []
    for fact in facts:
        key = fact_key(fact)
        if key in skip or key in have:
            continue
        parts = [fact_key(p) for p in re.split(r"[-/.']", fact) if p]
        if parts and all(p in have for p in parts):
            continue
        if any(fact_key(v) in have for v in variants(fact)):
            continue  # the same word in the NOC's spelling ("labor" → "labour")
        lost.append(fact)
    return lost
