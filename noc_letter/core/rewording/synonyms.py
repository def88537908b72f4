"""Hand-curated near-synonym duty verbs, and when one may stand for another in a sentence.

Written for this app from ordinary English usage; none of it is derived from evaluation data.
Within a set, one verb names the same activity as another with the same kind of object.
"""

from __future__ import annotations

from noc_letter.core.rewording.kinds import (
    DOCUMENT_NOUNS,
    FOOD_NOUNS,
    MEASURE_NOUNS,
    MEDICATION_NOUNS,
    SOFTWARE_NOUNS,
)

# Verbs that say the same thing whatever the object ("inspect"/"examine" a boiler or a file).
FREE_SETS = (
    {"inspect", "examine"},
    {"verify", "confirm"},
    {"monitor", "track"},
    {"monitor", "observe", "watch"},
    {"record", "log", "document"},
    {"enter", "input", "key"},
    {"supervise", "oversee"},
    {"organize", "organise"},
    {"coordinate", "co-ordinate"},
    {"write", "compose"},
    {"produce", "generate"},
    {"develop", "formulate", "devise"},
    {"repair", "fix", "mend"},
    {"overhaul", "rebuild", "recondition"},
    {"correct", "rectify"},
    {"use", "utilize", "utilise"},
    {"advise", "counsel"},
    {"recommend", "propose", "suggest"},
    {"teach", "instruct"},
    {"instruct", "train"},
    {"teach", "educate"},
    {"inform", "notify"},
    {"explain", "clarify"},
    {"evaluate", "assess", "appraise"},
    {"analyze", "analyse"},
    {"research", "investigate"},
    {"calculate", "compute"},
    {"measure", "gauge"},
    {"identify", "detect"},
    {"find", "locate"},
    {"confer", "consult"},
    {"communicate", "liaise"},
    {"collaborate", "cooperate", "co-operate"},
    {"greet", "welcome"},
    {"buy", "purchase", "procure"},
    {"collect", "gather"},
    {"show", "demonstrate"},
    {"display", "exhibit"},
    {"help", "assist", "aid"},
    {"execute", "implement"},
    {"revise", "amend"},
    {"improve", "enhance"},
    {"build", "construct", "erect"},
    {"attach", "fasten", "affix"},
    {"remove", "detach"},
    {"dismantle", "disassemble"},
    {"mix", "blend", "combine"},
    {"heat", "warm"},
    {"cool", "chill"},
    {"sort", "classify", "categorize", "categorise"},
    {"sanitize", "disinfect"},
    {"polish", "buff", "shine"},
    {"sew", "stitch"},
    {"dig", "excavate"},
    {"grow", "cultivate"},
    {"water", "irrigate"},
    {"lubricate", "oil", "grease"},
    {"count", "tally"},
    {"copy", "duplicate", "photocopy"},
    {"protect", "safeguard"},
    {"arrest", "apprehend"},
    {"invoice", "bill"},
    {"book", "reserve"},
    {"choose", "select"},
    {"resolve", "solve"},
    {"integrate", "incorporate"},
)
# Verbs whose sense depends on the object ("run a machine" / "run a store"): a swap is made
# only when the target's own duties use the new verb for one of the same nouns.
CONTEXT_SETS = (
    {"check", "inspect"},
    {"check", "verify"},
    {"review", "examine"},
    {"enter", "record"},
    {"update", "revise"},
    {"maintain", "keep"},
    {"maintain", "service"},
    {"direct", "supervise", "oversee"},
    {"lead", "direct", "head"},
    {"manage", "run", "administer"},
    {"organize", "arrange"},
    {"organize", "coordinate"},
    {"plan", "organize"},
    {"plan", "schedule"},
    {"schedule", "book"},
    {"schedule", "arrange"},
    {"prepare", "draft", "write"},
    {"prepare", "compile"},
    {"prepare", "cook"},
    {"produce", "create", "make"},
    {"produce", "manufacture", "fabricate", "make"},
    {"create", "develop"},
    {"design", "devise"},
    {"repair", "service"},
    {"fix", "correct"},
    {"replace", "change"},
    {"adjust", "tune"},
    {"operate", "run"},
    {"operate", "use"},
    {"operate", "drive"},
    {"control", "regulate"},
    {"adjust", "regulate"},
    {"start", "activate"},
    {"start", "begin", "initiate", "commence"},
    {"advise", "guide"},
    {"coach", "train"},
    {"inform", "tell"},
    {"explain", "describe"},
    {"analyze", "examine"},
    {"analyze", "study"},
    {"research", "study"},
    {"determine", "establish", "ascertain"},
    {"determine", "identify"},
    {"calculate", "determine"},
    {"identify", "recognize", "recognise"},
    {"interview", "question"},
    {"contact", "call"},
    {"order", "purchase", "requisition"},
    {"promote", "advertise", "market"},
    {"obtain", "acquire", "get", "secure"},
    {"give", "provide"},
    {"provide", "supply", "furnish"},
    {"offer", "provide"},
    {"assist", "support"},
    {"conduct", "perform", "run"},
    {"change", "modify", "alter"},
    {"increase", "raise"},
    {"reduce", "decrease", "lower"},
    {"assemble", "build"},
    {"install", "fit", "mount"},
    {"attach", "secure"},
    {"join", "connect", "link"},
    {"remove", "extract"},
    {"lift", "hoist", "raise"},
    {"move", "transfer", "relocate", "shift"},
    {"transport", "haul", "convey", "carry"},
    {"deliver", "distribute"},
    {"send", "forward", "transmit", "dispatch"},
    {"cut", "trim"},
    {"wrap", "package", "pack"},
    {"label", "tag", "mark"},
    {"sort", "grade"},
    {"clean", "wash"},
    {"bathe", "wash"},
    {"paint", "coat"},
    {"glue", "bond", "cement"},
    {"shape", "form", "mould", "mold"},
    {"plant", "sow"},
    {"prune", "trim"},
    {"drill", "bore"},
    {"type", "key"},
    {"draw", "sketch"},
    {"draft", "draw"},
    {"store", "stock"},
    {"receive", "accept"},
    {"issue", "dispense"},
    {"guard", "protect"},
    {"fight", "suppress", "extinguish"},
    {"rescue", "save"},
    {"reconcile", "balance"},
    {"choose", "pick"},
    {"resolve", "settle"},
    {"submit", "file"},
    {"complete", "finish"},
    {"complete", "fill"},
    {"assign", "allocate", "delegate"},
    {"turn", "rotate"},
    {"close", "shut"},
    {"position", "place"},
    {"administer", "give"},
    {"track", "trace"},
    {"apply", "spread"},
)
# One way only: a specific verb may become the broader one that includes it ("compile a report"
# is preparing it, "haul gravel" is transporting it); the reverse would claim more.
BROADER = {
    "compile": {"prepare"},
    "draft": {"prepare"},
    "cook": {"prepare"},
    "bake": {"cook", "prepare"},
    "wash": {"clean"},
    "scrub": {"clean"},
    "sweep": {"clean"},
    "mop": {"clean"},
    "vacuum": {"clean"},
    "sanitize": {"clean"},
    "disinfect": {"clean"},
    "fabricate": {"make", "produce"},
    "manufacture": {"make", "produce"},
    "trim": {"cut"},
    "saw": {"cut"},
    "haul": {"transport", "move"},
    "hoist": {"lift"},
    "weld": {"join"},
    "solder": {"join"},
    "bolt": {"fasten", "attach"},
    "screw": {"fasten", "attach"},
    "nail": {"fasten", "attach"},
    "rivet": {"fasten", "attach"},
    "photocopy": {"copy"},
    "email": {"send"},
    "mail": {"send"},
    "fax": {"send"},
    "ship": {"send"},
    "phone": {"call", "contact"},
    "telephone": {"call", "contact"},
    "inspect": {"check", "examine"},
    "examine": {"check"},
    "verify": {"check"},
    "audit": {"examine", "review"},
    "overhaul": {"repair"},
    "sketch": {"draw"},
    "lecture": {"teach"},
    "tutor": {"teach"},
    "requisition": {"order"},
    "offer": {"provide"},
    "stitch": {"sew"},
    "forecast": {"estimate"},
    "tally": {"count"},
    "proofread": {"check", "review"},
    "edit": {"revise", "review"},
    "greet": {"welcome"},
    "escort": {"accompany"},
}
# Verbs that take no direct object: used only where the original verb is followed by one of
# their prepositions ("confer with", never "confer the manuals").
INTRANSITIVE = frozenset(
    {"confer", "liaise", "collaborate", "cooperate", "co-operate", "communicate", "comply"}
)
# After a verb directly followed by a preposition, only verbs listed for that preposition may
# replace it ("consult with" → "confer with"; "prepare for" is not "compile for").
PREPOSITION_VERBS = {
    "with": frozenset(
        {
            "confer",
            "consult",
            "liaise",
            "communicate",
            "collaborate",
            "cooperate",
            "co-operate",
            "assist",
            "help",
            "aid",
        }
    ),
    "on": frozenset({"advise", "counsel", "consult", "confer", "collaborate", "cooperate"}),
    "about": frozenset({"inform", "notify", "tell", "advise", "counsel"}),
    "of": frozenset({"inform", "notify", "tell", "advise"}),
    "in": frozenset({"assist", "help", "aid", "instruct", "train", "teach", "educate", "coach"}),
    "for": frozenset({"check", "inspect", "examine", "test"}),
    "to": frozenset(),
}


def _index(groups) -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for group in groups:
        for verb in group:
            out[verb] = out.get(verb, frozenset()) | frozenset(group - {verb})
    return out


FREE = _index(FREE_SETS)
CONTEXTUAL = _index(CONTEXT_SETS)


def synonyms(verb: str) -> frozenset[str]:
    """Verbs that may replace a duty verb (lemma): near-synonyms and broader verbs."""
    v = verb.lower()
    return FREE.get(v, frozenset()) | CONTEXTUAL.get(v, frozenset()) | BROADER.get(v, set())


def needs_context(verb: str, other: str) -> bool:
    """True when `other` may replace `verb` only if the target uses it for the same object."""
    v = verb.lower()
    return other not in FREE.get(v, frozenset()) and other not in BROADER.get(v, set())


def fits_frame(other: str, following: str | None, following_pos: str | None) -> bool:
    """Whether `other` fits where the original verb stood, given the next word after it."""
    if following_pos == "ADP" and following is not None:
        allowed = PREPOSITION_VERBS.get(following.lower())
        return allowed is not None and other in allowed
    if other in ("help", "assist", "aid") and following_pos in ("VERB", "PART"):
        return False  # "help clean" is not "assist clean"
    return other not in INTRANSITIVE


CLASS_SETS: dict[str, tuple[tuple[frozenset[str], frozenset[str]], ...]] = {
    "make": ((FOOD_NOUNS | DOCUMENT_NOUNS, frozenset({"prepare"})),),
    "cook": ((FOOD_NOUNS, frozenset({"prepare"})),),
    "build": ((SOFTWARE_NOUNS, frozenset({"develop"})),),
    "give": ((MEDICATION_NOUNS, frozenset({"administer"})),),
    "take": ((MEASURE_NOUNS, frozenset({"measure"})),),
}


def class_synonyms(verb: str) -> frozenset[str]:
    """Verbs that may replace `verb` for some kind of object (see CLASS_SETS)."""
    out: frozenset[str] = frozenset()
    for _nouns, others in CLASS_SETS.get(verb.lower(), ()):
        out |= others
    return out


def class_swap(verb: str, other: str, objects: set[str], by_noun) -> bool:
    """Whether `other` may replace `verb` before these object nouns: one of them is of a kind
    the pair is said of, and the target (`by_noun`: noun → verbs) uses `other` for an object
    of that kind."""
    for nouns, others in CLASS_SETS.get(verb.lower(), ()):
        if (
            other in others
            and objects & nouns
            and any(other in by_noun.get(noun, {}) for noun in nouns)
        ):
            return True
    return False
