"""The duty form a letter uses: no subject, the base form of every verb that heads the duty.

"I made the daily soups" → "Make the daily soups"; "Cutting, colouring and styling hair" →
"Cut, colour and style hair": the leading verb and every verb coordinated with it take the same
(base) form, while a gerund after a preposition ("help residents with bathing and dressing")
is a noun and stays.
"""

from __future__ import annotations

from noc_letter.core.rewording.edits import Edit
from noc_letter.core.rewording.results import Change

SUBJECTS = frozenset({"i", "we", "they", "he", "she"})
# Adverbs dropped with a leading subject: they add nothing about the work. Any other adverb
# ("sometimes", "occasionally", "usually") tells how often or how much, and stays.
EMPTY_ADVERBS = frozenset({"also", "additionally", "further", "furthermore", "then", "too"})
BASE_TAGS = frozenset({"VB", "VBP"})
FORM_TAGS = frozenset({"VBG", "VBD", "VBN", "VBZ"})
# Past forms the tagger sometimes reads as adjectives or nouns ("Made the soups", "Ran wire").
IRREGULAR_PAST = {
    "made": "make",
    "wrote": "write",
    "kept": "keep",
    "did": "do",
    "took": "take",
    "ran": "run",
    "built": "build",
    "drove": "drive",
    "gave": "give",
    "led": "lead",
    "taught": "teach",
    "bought": "buy",
    "sent": "send",
    "held": "hold",
    "met": "meet",
    "laid": "lay",
    "paid": "pay",
    "sold": "sell",
    "told": "tell",
    "fed": "feed",
    "found": "find",
    "brought": "bring",
    "got": "get",
    "hung": "hang",
    "dug": "dig",
    "swept": "sweep",
    "drew": "draw",
    "tore": "tear",
    "spoke": "speak",
    "chose": "choose",
    "oversaw": "oversee",
    "rebuilt": "rebuild",
    "threw": "throw",
    "wore": "wear",
    "began": "begin",
    "went": "go",
    "troubleshot": "troubleshoot",
    "ground": "grind",
    "understood": "understand",
    "undertook": "undertake",
}
_OBJECT_START = frozenset({"DET", "NOUN", "PROPN", "NUM", "ADJ", "PRON", "PART"})


def subject_edits(tokens) -> list[Edit]:
    """Drop a leading subject ("I also ...", "They ..."): duties start with the action. A hedge
    stays a hedge ("They may also assist" → "May also assist"), and so does how often ("I
    sometimes repair" → "Sometimes repair")."""
    if not tokens or tokens[0].lower_ not in SUBJECTS:
        return []
    i = 1
    while i < len(tokens) and tokens[i].pos_ in ("ADV", "AUX") and tokens[i].lower_ != "not":
        if tokens[i].tag_ == "MD" or (
            tokens[i].pos_ == "ADV" and tokens[i].lower_ not in EMPTY_ADVERBS
        ):
            return [Edit(0, 1, "", Change(tokens[0].text, "", "subject", None, None))]
        if tokens[i].pos_ == "AUX" and i + 1 < len(tokens) and tokens[i + 1].tag_ != "VBG":
            break  # "I was responsible for": the lead-in reads it
        i += 1
    dropped = " ".join(t.text for t in tokens[:i])
    return [Edit(0, i, "", Change(dropped, "", "subject", None, None))]


def _candidates(word: str) -> list[str]:
    out = []
    if word in IRREGULAR_PAST:
        out.append(IRREGULAR_PAST[word])
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            out += [stem, stem + "e"]
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsfz":
                out.append(stem[:-1])  # "planned" → "plan" (but "installed" → "install")
            if suffix in ("ed", "es") and stem.endswith("i"):
                out.append(stem[:-1] + "y")  # "copied" → "copy"
    return out


_VOWELS = "aeiou"


def _likely_base(word: str, stem: str) -> str:
    """Between a stem and stem + "e", the likelier base when neither is a known verb: one vowel
    before a final consonant takes the "e" ("priming" → "prime"), else not ("rewinding"); a
    doubled final consonant is undone ("mopped" → "mop", "getting" → "get")."""
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsfz" + _VOWELS:
        return stem[:-1]
    if (
        len(stem) >= 3
        and stem[-1] not in _VOWELS + "wxy"
        and stem[-2] in _VOWELS + "y"
        and stem[-3] not in _VOWELS
    ):
        return stem + "e"
    return stem


def base_of(token, known_verbs) -> str | None:
    """The base form of a verb token ("Prepared" → "prepare"), also when the tagger took it
    for an adjective or a noun, if that base is a known verb; None otherwise."""
    word = token.lower_
    if word in IRREGULAR_PAST:
        return IRREGULAR_PAST[word]
    if word in known_verbs and token.tag_ in ("VBD", "VBP", "VB") and not word.endswith("ed"):
        return word  # "lay out the wiring": the base "lay", not the past of "lie"
    candidates = _candidates(word)
    known = [c for c in candidates if c in known_verbs]
    if token.pos_ in ("VERB", "AUX") and token.lemma_.isalpha():
        lemma = token.lemma_.lower()
        if token.tag_ in BASE_TAGS or lemma == word:
            return lemma
        if known:
            return known[0]  # "primed" is "prime", "installing" "install" (not "prim", "instal")
        if lemma in known_verbs:
            return lemma
        if word.endswith(("ing", "ed")) and lemma in candidates:
            stem = word[:-3] if word.endswith("ing") else word[:-2]
            return _likely_base(word, stem)
        return lemma
    return known[0] if known else None


def form_of(token, known_verbs) -> str | None:
    """The verb form class of a token: "base", "ing", "past" or "s"; None when it is not a
    known verb ("set", "cut" and "put" look the same in the past and count as base)."""
    base = base_of(token, known_verbs)
    if base is None:
        return None
    word = token.lower_
    if base == word:
        return "base"
    if word.endswith("ing"):
        return "ing"
    if word.endswith("ed") or word in IRREGULAR_PAST or token.tag_ in ("VBD", "VBN"):
        return "past"
    if word.endswith("s"):
        return "s"
    return "base"


def _conjoined(tokens, j: int) -> bool:
    previous = tokens[j - 1]
    return previous.pos_ == "CCONJ" or previous.text in (",", ";", "&", "/")


def _takes_object(tokens, j: int) -> bool:
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    return following is not None and (
        following.pos_ in _OBJECT_START
        or following.tag_ in ("RP", "VB", "VBG", "VBN")  # "fixing leaking roofs", "helped pour"
        or following.pos_ == "ADP"
    )


_SUBORDINATE_TAGS = frozenset({"WDT", "WRB", "WP"})
# Participles that say how or what is included, never another duty in a list.
ADJUNCTS = frozenset(
    {
        "using",
        "including",
        "following",
        "according",
        "depending",
        "based",
        "given",
        "regarding",
        "concerning",
        "involving",
        "excluding",
        "starting",
        "beginning",
        "ensuring",
    }
)


def _opens_clause(tokens, j: int) -> bool:
    """A subordinate clause or an infinitive starts here ("when ...", "that ...", "to assess")."""
    token = tokens[j]
    if token.pos_ == "SCONJ" or token.tag_ in _SUBORDINATE_TAGS:
        return True
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    return token.tag_ == "TO" and following is not None and following.tag_ == "VB"


def duty_verbs(tokens, lead: int, known_verbs, lead_form: str | None = "") -> list[int]:
    """The leading verb and the verbs coordinated with it, as token indices.

    A word after "and" or "or" counts when it is a verb in the leading verb's form ("Cooked
    breakfast and served ...") or tagged a verb ("-ing" or past: "Enter invoices and
    reconciling accounts"), and takes an object. After a comma alone, only a verb in the
    leading verb's form counts, and only in a list that "and"/"or" closes ("cutting, colouring
    and styling hair"; not ", using hand tools"). A participle after a list of nouns modifies
    a noun ("cameras, printers, and related equipment"); a gerund right after a preposition
    starts a list of nouns ("with bathing, dressing and eating"); inside a subordinate clause
    or an infinitive only the leading verb's own form counts. `lead_form` overrides the form
    of token `lead` (when it is the object after a lead-in).
    """
    if lead >= len(tokens):
        return []
    if lead_form == "":
        lead_form = form_of(tokens[lead], known_verbs)
    out, pending = [lead], []
    noun_list = clause = in_phrase = False
    for j in range(lead + 1, len(tokens)):
        token = tokens[j]
        if _opens_clause(tokens, j):
            clause, pending = True, []
            continue
        if token.pos_ == "ADP" or token.tag_ == "IN":
            noun_list = j + 1 < len(tokens) and tokens[j + 1].lower_.endswith("ing")
            in_phrase, pending = True, []
            continue
        if not _conjoined(tokens, j):
            if token.text == "," and j > 0 and tokens[j - 1].pos_ in ("NOUN", "PROPN"):
                pending = []  # ", using hoists and jacks, pinch bars": the list was of nouns
            continue
        form = form_of(token, known_verbs)
        if form is None or token.pos_ == "PROPN":
            continue
        same = form == lead_form and form != "base"
        tagged = token.pos_ == "VERB" and token.tag_.startswith("VB")
        by_comma = tokens[j - 1].pos_ != "CCONJ" and tokens[j - 1].text != "&"
        if not (same or (tagged and form in ("ing", "past") and not by_comma)):
            continue
        if (
            not by_comma
            and not pending
            and j >= 3
            and tokens[j - 2].text == ","
            and tokens[j - 3].pos_ in ("NOUN", "PROPN")
            and j - 3 not in out
            and token.tag_ not in ("VBD", "VBZ")
        ):
            continue  # "hand tools, and cutting torches": the end of a list of nouns
        if token.lower_ in ADJUNCTS:
            continue  # ", using hand tools" says how, it is not another duty
        if (clause and not same) or (noun_list and form == "ing"):
            continue
        following = tokens[j + 1] if j + 1 < len(tokens) else None
        if in_phrase and form == "ing" and (following is None or following.tag_ == "VBN"):
            continue  # "help clients with showers and getting dressed": one more noun
        if token.tag_ == "VBN" and not _verb_participle(tokens, j, out, same):
            continue
        if by_comma:
            if _takes_object(tokens, j) or (j + 1 < len(tokens) and tokens[j + 1].pos_ == "CCONJ"):
                pending.append(j)  # confirmed by "and"/"or" and a verb, or by the line's end
            continue
        if _takes_object(tokens, j) or (j + 1 < len(tokens) and tokens[j + 1].pos_ == "CCONJ"):
            out += pending + [j]
            pending, in_phrase = [], False
    return out + pending  # "Wiping tables, emptying garbage": a list without "and"


def _verb_participle(tokens, j: int, verbs: list[int], same: bool) -> bool:
    """Whether a participle after "and"/"or" is a verb of the duty ("Cut and fitted the plates",
    "made the dough and decorated cakes") rather than an adjective ("printers, and related
    equipment", "design or rated specifications")."""
    before = j - 2  # the word before the conjunction
    if before in verbs:
        return True
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    if following is not None and following.pos_ in ("DET", "PRON", "NUM"):
        return True
    return same and tokens[j - 1].lower_ == "and" and before >= 0 and tokens[before].text != ","


def base_form_edits(tokens, verbs: list[int], known_verbs) -> list[Edit]:
    """Put each of `verbs` (token indices) in the base form, as a recorded "verb_form" change."""
    edits = []
    for k in verbs:
        token = tokens[k]
        base = base_of(token, known_verbs)
        if base is None or base == token.lower_ or form_of(token, known_verbs) == "base":
            continue
        change = Change(token.text, base, "verb_form", None, None)
        edits.append(Edit(k, k + 1, base + token.whitespace_, change))
    return edits


def mixed_forms(tokens, lead: int, known_verbs) -> bool:
    """True when a verb coordinated with the leading one (a duty's, so in the base form) is
    not in the base form ("Enter the bills and keeping the books")."""
    verbs = duty_verbs(tokens, lead, known_verbs)
    return any(form_of(tokens[k], known_verbs) not in ("base", None) for k in verbs[1:])
