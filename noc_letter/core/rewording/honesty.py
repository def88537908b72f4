"""The rule every suggestion obeys: a verb it brings in names an action the person's own words
named. "Responsible for accounts payable" → "Reconcile accounts payable" breaks it; "Responsible
for reconciling ..." → "Reconcile ...", "Fixing brakes" → "Repair brakes" and "put in panels" →
"install panels" keep it.

Checked on each recorded change, so that no rewording can slip an action in unnoticed.
"""

from __future__ import annotations

import re
from functools import cache

from noc_letter.core.rewording.forms import IRREGULAR_PAST
from noc_letter.core.rewording.phrasal import everyday_pairs
from noc_letter.core.rewording.shorthand import SHORT_VERBS
from noc_letter.core.rewording.synonyms import class_synonyms, synonyms
from noc_letter.core.rewording.verbs import NOMINAL_VERBS, verb_candidates_for_noun

# Changes that bring in no verb: they only drop or respell words, or write shorthand out.
_NO_VERB = frozenset({"filler", "subject", "spelling", "shorthand"})
# Words of a replacement that are not the action itself.
_FUNCTION_WORDS = frozenset({"in", "for", "with", "to", "on", "of", "and", "or", "the", "a", "an"})
_HELPERS = frozenset({"help", "assist"})


def stems(word: str) -> set[str]:
    """Possible base forms of a word ("entering" → "enter", "made" → "make", "fixes" → "fix")."""
    w = word.lower()
    out = {w}
    if w in IRREGULAR_PAST:
        out.add(IRREGULAR_PAST[w])
    for suffix in ("ing", "ed", "es", "s", "d"):
        if w.endswith(suffix) and len(w) >= len(suffix) + 2:
            stem = w[: -len(suffix)]
            out |= {stem, stem + "e"}
            if stem[-1:] == stem[-2:-1]:
                out.add(stem[:-1])
            if stem.endswith("i"):
                out.add(stem[:-1] + "y")
    if w in SHORT_VERBS:
        out.add(SHORT_VERBS[w])
    return out


@cache
def _pairs() -> frozenset[tuple[str, str]]:
    return frozenset(everyday_pairs())


def named_by(words: list[str]) -> set[str]:
    """Every verb the words name themselves: their own base forms and the verbs of their
    nominalisations ("reconciliations" → "reconcile")."""
    named: set[str] = set()
    for word in words:
        named |= stems(word)
        lowered = word.lower()
        named |= set(verb_candidates_for_noun(lowered))
        for form in stems(word):
            if form in NOMINAL_VERBS:
                named.add(NOMINAL_VERBS[form])
    return named


def same_action(original_words: list[str], verb: str, extra=None) -> bool:
    """Whether `verb` names an action the original words name: the same verb, the verb of
    their noun, a curated near-synonym or broader verb (for any object, or for the object's
    kind), or the single verb of a phrasal or everyday verb. `extra` (verb → verbs) is another
    synonym source a benchmark measures; the app has none."""
    named = named_by(original_words)
    if verb in named:
        return True
    for word in original_words:
        for base in stems(word):
            if verb in synonyms(base) or verb in class_synonyms(base) or (base, verb) in _pairs():
                return True
            if extra is not None and verb in extra(base):
                return True
    return False


def invented_verbs(changes, extra=None) -> list[str]:
    """The verbs `changes` bring in that the person's replaced words do not name ([] when the
    rule holds). Every new word must trace to the replaced words (their objects trivially do);
    a choice the person picked is theirs, so it is not counted."""
    out = []
    for change in changes:
        if change.kind in _NO_VERB or change.kind == "choice" or not change.replacement:
            continue
        original = re.findall(r"[a-z]+(?:-[a-z]+)*", change.original.lower())
        for word in re.findall(r"[a-z]+(?:-[a-z]+)*", change.replacement.lower()):
            if word in _FUNCTION_WORDS or (word in _HELPERS and _HELPERS & set(original)):
                continue
            if not any(same_action(original, form, extra) for form in stems(word)):
                out.append(word)
    return out
