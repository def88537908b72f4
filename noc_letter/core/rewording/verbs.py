"""Verb knowledge for truthful rewording: vague lead-ins, near-synonym duty verbs, nominalisations.

All lists are general English written for this app; none is derived from any evaluation data.
"""

from __future__ import annotations

import re

# Phrases that start a duty without saying what is done ("Handling payroll", "Responsible for the
# books"). They may be replaced by the verb the target's own duties use for the same object.
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
    "assisting in",
    "assisted in",
    "assist in",
    "helping to",
    "helped to",
    "help to",
)
_LEAD = re.compile(
    r"^(?:(?:i|we|he|she|they)\s+(?:also\s+)?(?:was|am|were|is|are)?\s*)?(?P<lead>"
    + "|".join(
        re.escape(p) for p in sorted(VAGUE_LEAD_INS + ASSIST_LEAD_INS, key=len, reverse=True)
    )
    + r")\b\s*",
    re.IGNORECASE,
)

# Near-synonym duty verbs: within a set, one may stand for another without changing the work.
# Deliberately tight (no "run", no "manage": they mean different things in different jobs).
SYNONYM_SETS = (
    {"fix", "repair", "mend"},
    {"check", "verify", "confirm"},
    {"check", "inspect", "examine"},
    {"check", "test"},
    {"write", "draft", "prepare", "compose"},
    {"make", "prepare", "produce"},
    {"set up", "install"},
    {"set up", "establish"},
    {"figure out", "determine", "calculate", "compute", "work out"},
    {"keep track of", "track", "monitor"},
    {"go over", "review"},
    {"review", "go over"},
    {"talk to", "consult", "confer"},
    {"confer", "consult", "discuss"},
    {"teach", "instruct", "train"},
    {"educate", "teach"},
    {"clean", "wash"},
    {"clean", "sanitize", "disinfect"},
    {"buy", "purchase", "procure"},
    {"order", "purchase", "requisition"},
    {"hire", "recruit"},
    {"answer", "respond"},
    {"greet", "welcome"},
    {"book", "schedule", "reserve"},
    {"organize", "organise", "arrange"},
    {"coordinate", "co-ordinate"},
    {"oversee", "supervise"},
    {"analyze", "analyse", "evaluate", "assess"},
    {"build", "construct", "erect"},
    {"transport", "haul", "convey"},
    {"deliver", "distribute"},
    {"key", "enter", "input"},
    {"record", "log", "document"},
    {"update", "maintain"},
    {"keep", "maintain"},
    {"cook", "prepare"},
    {"drive", "operate"},
    {"use", "operate"},
    {"use", "utilize", "employ"},
    {"watch", "monitor", "observe"},
    {"advise", "counsel", "guide"},
    {"advise", "recommend"},
    {"send", "forward", "dispatch"},
    {"submit", "file"},
    {"pay", "remit"},
    {"sort", "classify", "categorize"},
    {"fill", "complete"},
    {"start", "initiate", "begin"},
    {"find", "identify", "locate"},
    {"detect", "identify"},
    {"solve", "resolve"},
    {"get", "obtain", "acquire"},
    {"collect", "gather"},
    {"give", "provide"},
    {"show", "demonstrate"},
    {"help", "assist", "aid"},
    {"run", "conduct"},
    {"conduct", "perform"},
    {"fit", "install"},
    {"change", "modify", "alter"},
    {"adjust", "regulate"},
    {"adjust", "calibrate"},
    {"count", "tally"},
    {"plan", "schedule"},
    {"cut", "trim"},
    {"mark", "grade"},
    {"discuss", "negotiate"},
    {"tell", "inform", "notify"},
    {"explain", "describe"},
    {"collaborate", "cooperate", "co-operate"},
    {"communicate", "liaise"},
    {"attend", "participate"},
    {"research", "investigate", "study"},
    {"propose", "recommend", "suggest"},
    {"design", "devise"},
    {"create", "design"},
    {"develop", "formulate"},
    {"choose", "select"},
    {"make sure", "ensure"},
    {"store", "stock"},
    {"receive", "accept"},
    {"issue", "dispense"},
    {"protect", "safeguard"},
    {"secure", "fasten"},
    {"join", "connect", "attach"},
    {"fasten", "attach"},
    {"remove", "extract"},
    {"remove", "dismantle", "disassemble"},
    {"replace", "exchange"},
    {"measure", "gauge"},
    {"estimate", "calculate"},
    {"price", "cost", "estimate"},
    {"interview", "question"},
    {"lift", "hoist"},
    {"load", "stow"},
    {"mix", "blend", "combine"},
    {"heat", "warm"},
    {"cool", "chill"},
    {"wrap", "package"},
    {"label", "tag", "mark"},
    {"copy", "duplicate", "photocopy"},
    {"type", "key", "word-process"},
    {"improve", "enhance"},
    {"lead", "direct"},
    {"host", "facilitate"},
    {"feed", "nourish"},
    {"bathe", "wash"},
    {"dress", "clothe"},
    {"move", "relocate", "transfer"},
    {"promote", "advertise", "market"},
    {"sell", "retail"},
    {"inspect", "survey"},
    {"report", "document"},
    {"read", "interpret"},
    {"follow", "comply", "adhere"},
    {"draw", "sketch", "draft"},
    {"paint", "coat"},
    {"glue", "bond", "cement"},
    {"sew", "stitch"},
    {"shape", "form", "mould", "mold"},
    {"dig", "excavate"},
    {"grow", "cultivate"},
    {"plant", "sow"},
    {"catch", "trap"},
    {"guard", "patrol"},
    {"arrest", "detain", "apprehend"},
    {"fight", "suppress", "extinguish"},
    {"rescue", "save"},
    {"audit", "examine"},
    {"reconcile", "balance"},
    {"invoice", "bill"},
    {"quote", "estimate"},
)
SYNONYMS: dict[str, frozenset[str]] = {}
for _group in SYNONYM_SETS:
    for _verb in _group:
        SYNONYMS[_verb] = frozenset(SYNONYMS.get(_verb, frozenset()) | (_group - {_verb}))

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


def lead_in(text: str) -> tuple[str, str, bool] | None:
    """(lead-in as written, the rest, is_assist) when the duty starts with a vague lead-in."""
    match = _LEAD.match(text)
    if not match or match.end() >= len(text):
        return None
    lead = match.group("lead").lower()
    return text[: match.end()], text[match.end() :], lead in ASSIST_LEAD_INS


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


def synonyms(verb: str) -> frozenset[str]:
    """Near-synonyms of a duty verb (lemma), empty when none is listed."""
    return SYNONYMS.get(verb.lower(), frozenset())


def gerund(verb: str) -> str:
    """Simple -ing form of a base verb ("reconcile" → "reconciling", "plan" → "planning")."""
    v = verb.lower()
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
