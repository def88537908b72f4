"""Verb knowledge for truthful rewording: vague lead-ins, light verbs, nominalisations.

All lists are general English written for this app; none is derived from any evaluation data.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# Phrases that start a duty without naming an action ("Handling payroll", "Responsible for the
# books"). One becomes a verb only where the person's own words name the action ("Responsible for
# preparing the payroll" → "Prepare the payroll"); otherwise the person is asked, with the
# target's verbs as choices to use only if true.
VAGUE_LEAD_INS = (
    "was responsible for",
    "am responsible for",
    "responsible for",
    "in charge of",
    "was in charge of",
    "tasked with",
    "involved in",
    "was involved in",
    "taking care of",
    "took care of",
    "take care of",
    "takes care of",
    "looking after",
    "looked after",
    "look after",
    "looks after",
    "dealing with",
    "dealt with",
    "deal with",
    "deals with",
    "working on",
    "worked on",
    "work on",
    "works on",
    "handling",
    "handled",
    "handle",
    "handles",
    "doing",
    "did",
    "do",
    "does",
)
# Lead-ins that mean the person helps: the suggestion keeps that ("Assist in reconciling ...").
ASSIST_LEAD_INS = (
    "assisting with",
    "assisted with",
    "assist with",
    "assists with",
    "helping with",
    "helped with",
    "help with",
    "helps with",
    "helping out with",
    "helped out with",
    "assisting in",
    "assisted in",
    "assist in",
    "helping to",
    "helped to",
    "help to",
)
# Lead-ins whose own verb means caring for a person ("Looking after patients" is caring for
# them); with any other object they name no action ("Looking after the network").
CARE_LEAD_INS = frozenset(
    phrase for phrase in VAGUE_LEAD_INS if phrase.endswith(("care of", "after"))
)
# Lead-ins made of "do": with an action noun they say that action ("Doing inspections").
DO_LEAD_INS = frozenset({"doing", "did", "do", "does"})
# Verbs too general to stand for an action by themselves: never offered as a choice, and not
# taken as what a vague lead-in names.
GENERIC_VERBS = frozenset(
    {
        "be",
        "have",
        "include",
        "ensure",
        "perform",
        "use",
        "make",
        "take",
        "get",
        "give",
        "put",
        "keep",
        "follow",
        "do",
        "work",
        "help",
        "assist",
        "provide",
        "carry",
        "involve",
    }
)
_LEAD = re.compile(
    r"^(?:(?:i|we|he|she|they)\s+(?:also\s+)?(?:was|am|were|is|are)?\s*)?(?P<lead>"
    + "|".join(
        re.escape(p) for p in sorted(VAGUE_LEAD_INS + ASSIST_LEAD_INS, key=len, reverse=True)
    )
    + r")\b\s*",
    re.IGNORECASE,
)

# Verbs whose meaning depends on the object ("make a cake" vs "make a decision"): they are
# replaced only when the target uses the new verb for one of the same objects.
CONTEXT_VERBS = frozenset(
    {
        "make",
        "get",
        "give",
        "take",
        "set",
        "keep",
        "run",
        "put",
        "use",
        "look",
        "fill",
        "meet",
        "issue",
        "serve",
        "treat",
        "draw",
        "form",
        "shape",
        "type",
        "store",
        "cut",
        "mark",
        "print",
        "move",
        "lead",
        "load",
        "follow",
        "read",
        "report",
        "check",
        "start",
        "work",
        "change",
        "order",
    }
)
# Verbs that claim more responsibility than a neutral action: never introduced by rewording
# unless the person already used a synonym of them.
ROLE_VERBS = frozenset(
    {
        "manage",
        "supervise",
        "direct",
        "lead",
        "oversee",
        "plan",
        "coordinate",
        "co-ordinate",
        "develop",
        "design",
        "establish",
        "approve",
        "authorize",
        "hire",
        "recruit",
        "train",
        "negotiate",
        "formulate",
        "evaluate",
        "assess",
        "audit",
        "advise",
        "recommend",
        "diagnose",
    }
)

# A light verb with an action noun says the action twice ("perform inspections of boilers");
# the noun's own verb says it once ("inspect boilers"). Light verb lemmas, then action noun →
# (its verb, preposition after the noun → what replaces it). Only the listed prepositions are
# rewritten, so the object that follows stays the object of the same action.
LIGHT_VERBS = frozenset(
    {"perform", "conduct", "provide", "make", "give", "undertake", "do", "take"}
)
_DROP = ""
ACTION_NOUNS: dict[str, tuple[str, dict[str, str]]] = {
    "maintenance": ("maintain", {"on": _DROP, "of": _DROP, "for": _DROP}),
    "repair": ("repair", {"on": _DROP, "of": _DROP, "to": _DROP}),
    "inspection": ("inspect", {"of": _DROP, "on": _DROP}),
    "analysis": ("analyze", {"of": _DROP, "on": _DROP}),
    "assessment": ("assess", {"of": _DROP}),
    "evaluation": ("evaluate", {"of": _DROP}),
    "examination": ("examine", {"of": _DROP}),
    "investigation": ("investigate", {"of": _DROP, "into": _DROP}),
    "audit": ("audit", {"of": _DROP}),
    "review": ("review", {"of": _DROP}),
    "installation": ("install", {"of": _DROP}),
    "test": ("test", {"on": _DROP, "of": _DROP}),
    "check": ("check", {"on": _DROP, "of": _DROP}),
    "measurement": ("measure", {"of": _DROP}),
    "inventory": ("inventory", {"of": _DROP}),
    "adjustment": ("adjust", {"to": _DROP, "on": _DROP}),
    "correction": ("correct", {"to": _DROP}),
    "modification": ("modify", {"to": _DROP}),
    "improvement": ("improve", {"to": _DROP}),
    "revision": ("revise", {"to": _DROP}),
    "change": ("change", {"to": _DROP}),
    "cleaning": ("clean", {"of": _DROP}),
    "assistance": ("assist", {"to": _DROP, "with": "with", "in": "in"}),
    "help": ("help", {"to": _DROP, "with": "with"}),
    "support": ("support", {"to": _DROP, "for": _DROP}),
    "instruction": ("instruct", {"to": _DROP, "in": "in", "on": "on"}),
    "training": ("train", {"to": _DROP, "for": _DROP}),
    "advice": ("advise", {"to": _DROP, "on": "on"}),
    "guidance": ("guide", {"to": _DROP}),
    "counselling": ("counsel", {"to": _DROP}),
    "counseling": ("counsel", {"to": _DROP}),
    "supervision": ("supervise", {"of": _DROP, "to": _DROP, "for": _DROP}),
    "oversight": ("oversee", {"of": _DROP}),
    "direction": ("direct", {"to": _DROP}),
    "coordination": ("coordinate", {"of": _DROP}),
    "monitoring": ("monitor", {"of": _DROP}),
    "treatment": ("treat", {"to": _DROP, "for": _DROP}),
    "recommendation": ("recommend", {"for": _DROP}),
    "payment": ("pay", {"to": _DROP}),
    "decision": ("decide", {"on": "on", "about": "on"}),
    "arrangement": ("arrange", {"for": _DROP}),
    "contact": ("contact", {"with": _DROP}),
    "interview": ("interview", {"with": _DROP, "of": _DROP}),
    "survey": ("survey", {"of": _DROP}),
    "study": ("study", {"of": _DROP}),
    "research": ("research", {"on": _DROP, "into": _DROP}),
    "visit": ("visit", {"to": _DROP}),
    "delivery": ("deliver", {"to": "to", "of": _DROP}),
    "presentation": ("present", {"to": "to", "on": "on"}),
    "estimate": ("estimate", {"of": _DROP, "for": _DROP}),
    "calculation": ("calculate", {"of": _DROP}),
    "demonstration": ("demonstrate", {"of": _DROP}),
    "observation": ("observe", {"of": _DROP}),
    "diagnosis": ("diagnose", {"of": _DROP}),
    "translation": ("translate", {"of": _DROP}),
    "update": ("update", {"to": _DROP, "on": _DROP}),
}

# Action nouns after "in"/"with"/"for"/"on" that read as their verb ("assist in the preparation
# of budgets" → "assist in preparing budgets"), beyond those listed above.
NOMINAL_VERBS = {noun: entry[0] for noun, entry in ACTION_NOUNS.items()} | {
    "preparation": "prepare",
    "development": "develop",
    "implementation": "implement",
    "design": "design",
    "operation": "operate",
    "production": "produce",
    "construction": "construct",
    "management": "manage",
    "administration": "administer",
    "distribution": "distribute",
    "collection": "collect",
    "selection": "select",
    "creation": "create",
    "organization": "organize",
    "purchase": "purchase",
    "sale": "sell",
    "recruitment": "recruit",
    "identification": "identify",
    "detection": "detect",
    "calibration": "calibrate",
    "assembly": "assemble",
    "fabrication": "fabricate",
    "transport": "transport",
    "transportation": "transport",
    "storage": "store",
    "removal": "remove",
    "replacement": "replace",
    "establishment": "establish",
    "enforcement": "enforce",
    "resolution": "resolve",
    "negotiation": "negotiate",
    "registration": "register",
    "promotion": "promote",
    "protection": "protect",
    "prevention": "prevent",
    "completion": "complete",
    "execution": "execute",
    "formulation": "formulate",
    "interpretation": "interpret",
    "estimation": "estimate",
    "allocation": "allocate",
    "acquisition": "acquire",
    "procurement": "procure",
    "preservation": "preserve",
    "restoration": "restore",
    "renovation": "renovate",
    "demolition": "demolish",
    "excavation": "excavate",
}

# Nominalisation suffixes → verb endings ("reconciliation" → "reconcile", "payment" → "pay").
_NOMINAL_RULES = (
    ("iliation", "ile"),
    ("ication", "y"),
    ("ization", "ize"),
    ("isation", "ise"),
    ("ation", "ate"),
    ("ation", "e"),
    ("ation", ""),
    ("ition", "ite"),
    ("ition", "ish"),
    ("tion", "t"),
    ("sion", "de"),
    ("sion", "se"),
    ("sion", "t"),
    ("ment", ""),
    ("ance", ""),
    ("ance", "e"),
    ("ence", "e"),
    ("al", ""),
    ("ing", ""),
    ("ing", "e"),
    ("ure", "e"),
    ("ysis", "yze"),
    ("ysis", "yse"),
    ("ing", "ing"),
)


class LeadIn(NamedTuple):
    """A vague lead-in at the start of a duty: as written, the rest of the duty, whether the
    person only helps, and the lead-in phrase in lower case ("responsible for")."""

    text: str
    rest: str
    assist: bool
    phrase: str


def lead_in(text: str) -> LeadIn | None:
    """The vague lead-in a duty starts with ("Handling", "I was responsible for"), if any."""
    match = _LEAD.match(text)
    if not match or match.end() >= len(text):
        return None
    lead = " ".join(match.group("lead").lower().split())
    return LeadIn(text[: match.end()], text[match.end() :], lead in ASSIST_LEAD_INS, lead)


def verb_candidates_for_noun(noun: str) -> list[str]:
    """Verbs a nominalisation may come from ("reconciliations" → ["reconcile", ...])."""
    word = noun.lower()
    if word.endswith("s") and not word.endswith(("ss", "sis")):
        word = word[:-1]
    out = []
    for suffix, ending in _NOMINAL_RULES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            out.append(word[: -len(suffix)] + ending)
    return list(dict.fromkeys(out))


# Verbs of two syllables stressed on the last that double their final consonant.
_DOUBLING = frozenset(
    [
        "confer",
        "refer",
        "transfer",
        "occur",
        "prefer",
        "admit",
        "commit",
        "submit",
        "permit",
        "control",
        "patrol",
        "compel",
        "propel",
        "regret",
        "equip",
        "omit",
        "deter",
        "remit",
        "incur",
        "recur",
        "expel",
        "excel",
        "acquit",
        "allot",
        "forget",
        "begin",
    ]
)


def gerund(verb: str) -> str:
    """Simple -ing form of a base verb ("reconcile" → "reconciling", "plan" → "planning")."""
    v = verb.lower()
    if v in _DOUBLING:
        return v + v[-1] + "ing"
    if v.endswith("ie"):
        return v[:-2] + "ying"
    if v.endswith("e") and not v.endswith(("ee", "ye", "oe")):
        return v[:-1] + "ing"
    if (
        len(v) >= 3
        and v[-1] not in "aeiouwxy"
        and v[-2] in "aeiou"
        and v[-3] not in "aeiou"
        and len(v) <= 4
    ):
        return v + v[-1] + "ing"
    return v + "ing"


def pluralize(noun: str) -> str:
    """Plural of a simple English noun ("account" → "accounts", "entry" → "entries")."""
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es" if not noun.endswith("s") else noun
    if noun.endswith("y") and len(noun) > 1 and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"
