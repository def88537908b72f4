"""The rule every French suggestion obeys: each of its words is the person's own, a clitic
placed before the infinitive, or the infinitive of one of the person's own verb forms."""

from __future__ import annotations

import re

# Words a letter form may write that the person did not: the reflexive and object pronouns in
# the place an infinitive wants them ("je m'occupais" → "s'occuper", "je l'ai vue" → "la voir").
PLACED_CLITICS = frozenset({"se", "s'", "le", "la", "l'"})
_WORD = re.compile(r"[^\W_]+(?:['’]|(?:-[^\W_]+)*)", re.UNICODE)


def words(text: str) -> list[str]:
    """Lower-case words of a French text, elided forms kept with their apostrophe ("s'")."""
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def introduced_words(original: str, suggestion: str, infinitives: dict[str, str]) -> list[str]:
    """Words of `suggestion` that are not the person's ([] when the rule holds).

    Args:
        original: the person's text.
        suggestion: the letter form.
        infinitives: infinitive → the person's verb form it was made from.
    """
    own = set(words(original))
    out = []
    for word in words(suggestion):
        if word in own or word in PLACED_CLITICS:
            continue
        source = infinitives.get(word)
        if source is not None and source in own:
            continue
        out.append(word)
    return out


def missing_facts(facts: list[str], suggestion: str) -> list[str]:
    """Facts of the original (nouns, names, numbers, tools) that the suggestion lost; an
    elided article does not hide a word ("l'huile" keeps "huile")."""
    have = set()
    for word in words(suggestion):
        have.add(word)
        have.update(part for part in re.split(r"[-/.']", word) if part)
    lost = []
    for fact in facts:
        key = fact.lower().replace("’", "'")
        parts = [p for p in re.split(r"[-/.']", key) if p]
        if key in have or (parts and all(p in have for p in parts)):
            continue
        lost.append(fact)
    return lost
