"""Noun phrases at the start of a duty: their head noun, and nominalisations ("account
reconciliations" → "reconcile accounts") that name the person's action in a noun."""

from __future__ import annotations

from noc_letter.core.rewording.shorthand import expanded_noun
from noc_letter.core.rewording.target_verbs import TargetVerbs
from noc_letter.core.rewording.verbs import gerund, verb_candidates_for_noun

_CHUNK_POS = {"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"}


def chunk(tokens, k: int) -> tuple[int, int]:
    """(end, head) of the noun phrase starting at token k; head -1 when there is none."""
    end, head = k, -1
    while end < len(tokens):
        token = tokens[end]
        shorthand = expanded_noun(token.text) is not None  # "recs", tagged a verb at times
        if not (token.pos_ in _CHUNK_POS or token.text in ("-", "/", "'s") or shorthand):
            break
        if token.pos_ == "DET" and head >= 0:
            break  # "the bank recs every month": a second phrase starts
        if token.pos_ in ("NOUN", "PROPN") or shorthand:
            head = end
        end += 1
    return end, head


# Nouns that tell when work happens; as the modifier of a nominalisation they are not its object.
TIME_WORDS = frozenset(
    [
        "day",
        "week",
        "month",
        "quarter",
        "year",
        "end",
        "period",
        "shift",
        "night",
        "morning",
        "evening",
        "weekend",
        "season",
        "semester",
        "term",
        "daily",
        "weekly",
        "monthly",
        "quarterly",
        "yearly",
        "annual",
    ]
)


def nominalisation(tokens, k: int, tv: TargetVerbs, known_verbs):
    """A noun phrase whose head is a nominalised verb ("account reconciliations")."""
    if k < len(tokens) and tokens[k].pos_ == "DET":
        k += 1
    end, head = chunk(tokens, k)
    if head < 0 or head != end - 1 or any(t.pos_ == "ADJ" for t in tokens[k:end]):
        return None
    head_tok = tokens[head]
    verbs = [v for v in verb_candidates_for_noun(head_tok.text) if v in tv.verbs]
    verbs += [
        v for v in verb_candidates_for_noun(head_tok.text) if v in known_verbs and v not in verbs
    ]
    if not verbs:
        return None
    verb = verbs[0]
    modifiers = [t.text for t in tokens[k:head] if t.pos_ in ("NOUN", "PROPN", "NUM")]
    if len(modifiers) != head - k:
        return None
    if modifiers and not any(verb in tv.by_noun.get(t.lemma_.lower(), {}) for t in tokens[k:head]):
        return None  # "bank statements" is not "state banks": the target must pair them
    if any(t.lemma_.lower() in TIME_WORDS for t in tokens[k:head]):
        return None  # "month end reconciliations" say when, not what: not "reconcile month ends"
    of_end = end
    if not modifiers and end < len(tokens) and tokens[end].lower_ == "of":
        of_end = end + 1  # "preparation of statements" → "prepare statements"
    elif not modifiers:
        return None
    return verb, end, modifiers, head_tok.text, of_end


def verb_phrase(verb: str, helper: str | None) -> str:
    """The verb, or the person's helping verb with it ("help reconcile", "assist in
    reconciling") when the person only helps."""
    if helper == "assist":
        return f"assist in {gerund(verb)}"
    if helper:
        return f"{helper} {verb}"
    return verb


def head_noun(tokens, k: int) -> str | None:
    """Lemma of the head noun of the noun phrase starting at token k (None when none)."""
    end, head = chunk(tokens, k)
    return tokens[head].lemma_.lower() if head >= 0 else None
