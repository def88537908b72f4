"""Vague lead-ins ("Handling", "Responsible for") and nominalisations at the start of a duty."""

from __future__ import annotations

from noc_letter.core.rewording.edits import Edit
from noc_letter.core.rewording.results import Change
from noc_letter.core.rewording.target_verbs import TargetVerbs
from noc_letter.core.rewording.verbs import (
    ROLE_VERBS,
    gerund,
    lead_in,
    pluralize,
    verb_candidates_for_noun,
)

# Verbs too general to stand in for a vague lead-in: they would not say more than "doing".
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
_CHUNK_POS = {"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"}


def chunk(tokens, k: int) -> tuple[int, int]:
    """(end, head) of the noun phrase starting at token k; head -1 when there is none."""
    end, head = k, -1
    while end < len(tokens) and (
        tokens[end].pos_ in _CHUNK_POS or tokens[end].text in ("-", "/", "'s")
    ):
        if tokens[end].pos_ in ("NOUN", "PROPN"):
            head = end
        end += 1
    return end, head


def lead_in_edits(doc, tokens, start: int, tv: TargetVerbs, known_verbs):
    """Edits that replace a vague lead-in, or turn a nominalisation into its verb."""
    text = doc.text
    lead = lead_in(text[tokens[start].idx :] if start < len(tokens) else "")
    if lead is not None:
        lead_text, _rest, assist = lead
        cut = tokens[start].idx + len(lead_text)
        k = next((i for i, t in enumerate(tokens) if t.idx >= cut), len(tokens))
        original = text[tokens[start].idx : cut].strip()
    elif any(t.pos_ in ("VERB", "AUX") for t in tokens[start:]):
        return []
    else:  # a duty without a verb ("Preparation of payroll"): only a nominalisation
        k, assist, original = start, False, ""
    if k >= len(tokens):
        return []
    out = []
    nominal = nominalisation(tokens, k, tv, known_verbs)
    if nominal:
        verb, chunk_end, modifiers, head_text, of_end = nominal
        plural = tokens[chunk_end - 1].tag_ == "NNS"
        words = [
            pluralize(m) if plural and i == len(modifiers) - 1 else m
            for i, m in enumerate(modifiers)
        ]
        new_words = " ".join([verb_phrase(verb, assist), *words])
        head = tokens[chunk_end - 1]  # the changed words, ending on the nominalised noun
        replaced = text[tokens[start].idx : head.idx + len(head.text)]
        change = tv.change(replaced, new_words, "nominalisation", verb)
        spacing = " " if of_end < len(tokens) else ""
        out.append(([Edit(start, of_end, new_words + spacing, change)], (head_text,)))
    if lead is not None and not assist and tokens[k].tag_ == "VBG" and tokens[k].pos_ == "VERB":
        # "Responsible for preparing the payroll" → "Prepare the payroll": the person's own verb.
        verb = tokens[k].lemma_.lower()
        if verb.isalpha() and verb not in GENERIC_VERBS:
            change = Change(f"{original} {tokens[k].text}", verb, "vague_verb", None, None)
            out.append(([Edit(start, k + 1, verb + " ", change)], ()))
        return out
    first = k + (1 if k < len(tokens) and tokens[k].pos_ == "DET" else 0)
    if (
        lead is None
        or first >= len(tokens)
        or tokens[first].pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")
    ):
        return out
    if tokens[first].text.lower().endswith("ing"):
        return out  # "handling the designing of ..." already names the activity
    chunk_end, head = chunk(tokens, first)
    if head < 0:
        return out
    noun = tokens[head].lemma_.lower()
    votes = {
        verb: n
        for verb, n in tv.by_noun.get(noun, {}).items()
        if verb not in ROLE_VERBS and verb not in GENERIC_VERBS
    }
    if votes:
        verb = max(votes, key=lambda v: (votes[v], v))
        phrase = verb_phrase(verb, assist)
        change = Change(original, phrase, "vague_verb", tv.code, tv.source_of.get((noun, verb)))
        out.append(([Edit(start, k, phrase + " ", change)], ()))
    return out


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
    if any(t.lemma_.lower() in TIME_WORDS for t in tokens[k:head]):
        return None  # "month end reconciliations" say when, not what: not "reconcile month ends"
    of_end = end
    if not modifiers and end < len(tokens) and tokens[end].lower_ == "of":
        of_end = end + 1  # "preparation of statements" → "prepare statements"
    elif not modifiers:
        return None
    return verb, end, modifiers, head_tok.text, of_end


def verb_phrase(verb: str, assist: bool) -> str:
    """The verb, or "assist in <verb>ing" when the person only helps."""
    return f"assist in {gerund(verb)}" if assist else verb
