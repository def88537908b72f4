"""Phrasal and everyday verbs, and the one verb that says the same for the object at hand.

"put in panels" is installing them, "fill in forms" is completing them, "sort out a problem" is
resolving it, "look after patients" is caring for them: each entry names the kind of object for
which the single verb means the same, and is used for no other ("put in an order" is not
installing anything). Written for this app from ordinary English usage; reviewed by hand, none of
it derived from evaluation data.
"""

from __future__ import annotations

from noc_letter.core.rewording.kinds import (
    ABSTRACT_NOUNS,
    DEVICE_NOUNS,
    DOCUMENT_NOUNS,
    FORM_NOUNS,
    GOODS_NOUNS,
    PERSON_NOUNS,
    PROBLEM_NOUNS,
    WASTE_NOUNS,
)

CONCRETE = "concrete"  # any object that is not in ABSTRACT_NOUNS
ANY = "any"

# (verb lemma, particle) → (single verb, the kind of object it is said of).
PHRASAL: dict[tuple[str, str], tuple[tuple[str, frozenset[str] | str], ...]] = {
    ("put", "in"): (("install", CONCRETE),),
    ("put", "together"): (("prepare", DOCUMENT_NOUNS), ("assemble", CONCRETE)),
    ("take", "apart"): (("dismantle", CONCRETE),),
    ("hook", "up"): (("connect", CONCRETE),),
    ("sort", "out"): (("resolve", PROBLEM_NOUNS),),
    ("fill", "in"): (("complete", FORM_NOUNS),),
    ("fill", "out"): (("complete", FORM_NOUNS),),
    ("take", "out"): (("remove", WASTE_NOUNS),),
    ("clean", "up"): (("clean", ANY),),
    ("tear", "off"): (("remove", CONCRETE),),
    ("tear", "out"): (("remove", CONCRETE),),
    ("rip", "out"): (("remove", CONCRETE),),
    ("fix", "up"): (("repair", CONCRETE),),
    ("key", "in"): (("enter", ANY),),
    ("type", "in"): (("enter", ANY),),
    ("punch", "in"): (("enter", ANY),),
    ("write", "up"): (("write", DOCUMENT_NOUNS),),
    ("go", "over"): (("review", DOCUMENT_NOUNS),),
    ("go", "through"): (("review", DOCUMENT_NOUNS),),
    ("look", "over"): (("review", DOCUMENT_NOUNS),),
    ("look", "into"): (("investigate", PROBLEM_NOUNS),),
    ("hand", "out"): (("distribute", ANY),),
    ("give", "out"): (("distribute", ANY),),
    ("pass", "out"): (("distribute", ANY),),
    ("pick", "up"): (("collect", GOODS_NOUNS),),
    ("drop", "off"): (("deliver", GOODS_NOUNS),),
    ("make", "up"): (("prepare", DOCUMENT_NOUNS),),
    ("set", "up"): (("configure", DEVICE_NOUNS),),
    ("send", "out"): (("send", ANY),),
    ("print", "out"): (("print", ANY),),
    ("top", "up"): (("refill", CONCRETE),),
    ("look", "after"): (("care for", PERSON_NOUNS),),
}
# Nouns that name an action: "do inspections" is performing them.
DO_ACTION_NOUNS = frozenset(
    [
        "inspection",
        "check",
        "repair",
        "review",
        "reconciliation",
        "audit",
        "test",
        "assessment",
        "evaluation",
        "installation",
        "maintenance",
        "cleaning",
        "change",
        "rotation",
        "alignment",
        "count",
        "analysis",
        "measurement",
        "calculation",
        "survey",
        "interview",
        "investigation",
        "examination",
        "diagnosis",
        "adjustment",
        "modification",
        "tune-up",
        "swap",
        "estimate",
    ]
)
# "do" with these objects is an everyday idiom for one verb: "do the books" is keeping them.
DO_IDIOMS = {"book": "keep", "bookkeeping": "keep", "dish": "wash"}
# Objects a caring lead-in ("Looking after", "Taking care of") is said of as caring.
CARE_VERB = "care for"


def object_fits(kind: frozenset[str] | str, noun: str) -> bool:
    """Whether a head noun (lemma) is the kind of object an entry is said of."""
    if kind == ANY:
        return True
    if kind == CONCRETE:
        return noun not in ABSTRACT_NOUNS and noun not in PERSON_NOUNS
    return noun in kind


def phrasal_verb(verb: str, particle: str, noun: str | None) -> str | None:
    """The single verb for `verb particle <noun>` ("put", "in", "panel" → "install"), or None
    when the entry does not exist or is not said of that object."""
    if noun is None:
        return None
    for single, kind in PHRASAL.get((verb, particle.lower()), ()):
        if object_fits(kind, noun):
            return single
    return None


def do_verb(noun: str | None) -> str | None:
    """The verb "do" stands for before this object: "perform" for an action noun
    ("do inspections"), the idiom's verb ("do the books" → "keep"), else None."""
    if noun is None:
        return None
    if noun in DO_IDIOMS:
        return DO_IDIOMS[noun]
    return "perform" if noun in DO_ACTION_NOUNS else None


def everyday_pairs() -> set[tuple[str, str]]:
    """Every (phrasal or everyday verb, single verb) pair this module may make: the honesty
    check accepts these as the same action."""
    pairs = {
        (verb, single.split()[0])
        for (verb, _p), entries in PHRASAL.items()
        for single, _k in entries
    }
    pairs |= {("do", "perform"), ("do", "keep"), ("do", "wash")}
    pairs |= {(verb, "care") for verb in ("look", "take")}
    return pairs
