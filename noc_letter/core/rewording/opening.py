"""How a duty opens (subject, lead-in, the person's own verb) and the edits that put it in duty
form without naming an action the person did not name.

"Responsible for entering the bills and keeping the books" → "Enter the bills and keep the
books": the lead-in gives way to the person's own verb. "Looking after patients" → "Care for
patients" (the lead-in's own meaning, said of a person). "Responsible for accounts payable" names
no action: `named` is False and the person is asked, with the target's verbs as choices.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from noc_letter.core.rewording.edits import Edit
from noc_letter.core.rewording.fillers import FILLER_NOUNS
from noc_letter.core.rewording.forms import (
    base_form_edits,
    base_of,
    duty_verbs,
    form_of,
    subject_edits,
)
from noc_letter.core.rewording.kinds import PERSON_NOUNS
from noc_letter.core.rewording.nominal import chunk, nominalisation, verb_phrase
from noc_letter.core.rewording.phrasal import CARE_VERB, do_verb, phrasal_verb
from noc_letter.core.rewording.results import Change
from noc_letter.core.rewording.shorthand import expanded_noun, short_verb
from noc_letter.core.rewording.target_verbs import TargetVerbs, is_verb
from noc_letter.core.rewording.verbs import CARE_LEAD_INS, DO_LEAD_INS, LeadIn, lead_in, pluralize

# Verbs that are no action of their own after a lead-in ("Responsible for being ...").
_NO_ACTION = frozenset({"be", "have"})


@dataclass
class Opening:
    """How a duty opens, and the edits that put it in duty form.

    Attributes:
        subject: edits dropping a leading "I"/"We".
        at: the token where the action (or the lead-in) starts, after kept adverbs.
        lead: the vague lead-in, if any; lead_end is the token after it (== at without one).
        helper: "help" or "assist" when the person says they help; the suggestion keeps it.
        named: whether the person's words name the action at the opening. When False the
            person is asked, and a choice of the target's verbs goes in [at, lead_end).
        action: edits that put the named action in place of the lead-in (or the nominalisation).
        converted: nouns the action edits turned into their verb ("reconciliations").
        head: token of the person's own leading verb, if any; its replacement starts at
            head_from (the lead-in's start for "Responsible for entering").
        verbs: tokens of the verbs that head the duty (the leading one and those coordinated
            with it), to be put in the base form.
    """

    subject: list[Edit]
    at: int
    lead: LeadIn | None = None
    lead_end: int = 0
    helper: str | None = None
    named: bool = True
    action: list[Edit] = field(default_factory=list)
    converted: tuple[str, ...] = ()
    head: int | None = None
    head_from: int = 0
    verbs: list[int] = field(default_factory=list)

    @property
    def lead_text(self) -> str:
        """The lead-in as written ("" without one)."""
        return self.lead.text.strip() if self.lead else ""


def head_noun(tokens, k: int) -> str | None:
    """Lemma of the head noun of the noun phrase at token k, shorthand written out ("recs" →
    "reconciliation"); None when there is none."""
    end, head = chunk(tokens, k)
    if head < 0:
        return None
    tail = "".join(t.text for t in tokens[max(k, head - 2) : head + 1])  # "pre-trips"
    return expanded_noun(tokens[head].text) or expanded_noun(tail) or tokens[head].lemma_.lower()


def listed_nouns(tokens, k: int) -> list[str]:
    """Head nouns of the noun phrases listed from token k ("the bank recs and AP/AR" → two)."""
    nouns = []
    while k < len(tokens):
        end, _head = chunk(tokens, k)
        noun = head_noun(tokens, k)
        if noun is None:
            break
        nouns.append(noun)
        if end < len(tokens) and tokens[end].text in (",", "and", "or", "&"):
            k = end + 1
            continue
        break
    return nouns


def _helper(lead: LeadIn) -> str | None:
    if not lead.assist:
        return None
    return "assist" if lead.phrase.startswith("assist") else "help"


def read_opening(doc, tv: TargetVerbs, known_verbs) -> Opening:
    """Read the opening of an analysed duty (see `Opening`)."""
    tokens = list(doc)
    subject = subject_edits(tokens)
    start = subject[0].end if subject else 0
    text = doc.text
    at = start
    while at < len(tokens) - 1 and tokens[at].pos_ == "ADV" and not _lead_at(text, tokens, at):
        at += 1
    if at >= len(tokens):
        return Opening(subject, at, named=False, lead_end=at)
    lead = _lead_at(text, tokens, at)
    if lead is not None:
        return _after_lead_in(doc, tokens, subject, at, lead, tv, known_verbs)
    if (
        is_verb(tokens, at, known_verbs)
        or (at == start and form_of(tokens[at], known_verbs) not in (None, "base"))
        or (subject and tokens[at].pos_ not in ("DET", "PRON", "ADP", "PUNCT", "NUM"))
    ):  # after "I", the next word is the verb ("I bag groceries")
        verbs = duty_verbs(tokens, at, known_verbs)
        return Opening(subject, at, lead_end=at, head=at, head_from=at, verbs=verbs)
    opening = Opening(subject, at, lead_end=at, named=False)
    _nominal_action(text, tokens, at, at, "", None, tv, known_verbs, opening)
    return opening


def _lead_at(text: str, tokens, at: int) -> LeadIn | None:
    return lead_in(text[tokens[at].idx :])


def _after_lead_in(doc, tokens, subject, at, lead, tv, known_verbs) -> Opening:
    text = doc.text
    cut = tokens[at].idx + len(lead.text)
    k = next((i for i, t in enumerate(tokens) if t.idx >= cut), len(tokens))
    helper = _helper(lead)
    opening = Opening(subject, at, lead, lead_end=k, helper=helper, named=False)
    if k >= len(tokens):
        return opening
    original = text[tokens[at].idx : cut].strip()
    lead_form = form_of(tokens[at], known_verbs)
    word = tokens[k]
    base = short_verb(word.text) or base_of(word, known_verbs)
    own_verb = base is not None and base not in _NO_ACTION and word.pos_ != "PROPN"
    to_verb = lead.phrase.endswith(" to") and own_verb
    gerund = word.tag_ == "VBG" or (
        word.lower_.endswith("ing")
        and k + 1 < len(tokens)
        and tokens[k + 1].pos_ in ("DET", "NOUN", "PROPN", "PRON", "NUM")
    )  # "Worked on wiring in new houses": a noun, not "Wire in new houses"
    if own_verb and (gerund or to_verb):
        # "Responsible for preparing the payroll" → "Prepare the payroll": the person's verb.
        phrase = verb_phrase(base, helper)
        change = Change(f"{original} {word.text}", phrase, "vague_verb", None, None)
        opening.action = [Edit(at, k + 1, phrase + word.whitespace_, change)]
        opening.named, opening.head, opening.head_from = True, k, at
        if helper != "assist":  # "Assist in preparing X and filing Y" keeps its gerunds
            opening.verbs = duty_verbs(tokens, k, known_verbs)
        return opening
    opening.verbs = _coordinated(tokens, k, lead_form, known_verbs)
    _nominal_action(text, tokens, at, k, original, helper, tv, known_verbs, opening)
    if opening.named:
        return opening  # "Doing account reconciliations": the person's action is in the noun
    noun = head_noun(tokens, k)
    single = None
    if lead.phrase in CARE_LEAD_INS and noun in PERSON_NOUNS:
        single, kind = CARE_VERB, "phrasal"  # "Looking after patients" is caring for them
    elif lead.phrase in DO_LEAD_INS and all(
        do_verb(n) for n in listed_nouns(tokens, k) if n not in FILLER_NOUNS
    ):
        single, kind = do_verb(noun), "everyday_verb"  # "Doing inspections" is performing them
    if single is not None and helper is None:
        change = Change(original, single, kind, None, None)
        if single in tv.verbs:
            change = tv.change(original, single, kind, single)
        opening.action = [Edit(at, k, single + " ", change)]
        opening.named = True
    return opening


def _coordinated(tokens, k: int, lead_form, known_verbs) -> list[int]:
    """Verbs coordinated with a lead-in's own verb, found from token k on."""
    if k >= len(tokens):
        return []
    return duty_verbs(tokens, k, known_verbs, lead_form=lead_form)[1:]


def _nominal_action(text, tokens, at, k, original, helper, tv, known_verbs, opening) -> None:
    """The person's action named in a noun ("account reconciliations" → "reconcile accounts")."""
    nominal = nominalisation(tokens, k, tv, known_verbs)
    if not nominal:
        return
    verb, chunk_end, modifiers, head_text, of_end = nominal
    plural = tokens[chunk_end - 1].tag_ == "NNS"
    words = [
        pluralize(m) if plural and i == len(modifiers) - 1 else m for i, m in enumerate(modifiers)
    ]
    new_words = " ".join([verb_phrase(verb, helper), *words])
    head = tokens[chunk_end - 1]  # the changed words, ending on the nominalised noun
    replaced = text[tokens[at].idx : head.idx + len(head.text)]
    change = tv.change(replaced, new_words, "nominalisation", verb)
    spacing = " " if of_end < len(tokens) else ""
    opening.action = [Edit(at, of_end, new_words + spacing, change)]
    opening.converted = (head_text,)
    opening.named = True
    if k == at:  # a duty without a verb: what follows is coordinated with the new verb
        opening.verbs = _coordinated(tokens, of_end, None, known_verbs)


def verb_edits(tokens, opening: Opening, known_verbs) -> tuple[list[Edit], list[Edit]]:
    """(base-form edits, single-verb edits) for the verbs that head the duty.

    Base forms: "Made" → "make", "keeping" → "keep". Single verbs: a phrasal or everyday verb
    becomes the one verb that says the same of its object ("put in panels" → "install
    panels", "doing inspections" → "perform inspections"); where the head verb follows a
    lead-in, the single verb replaces the lead-in too.
    """
    verbs = list(opening.verbs)
    if opening.head is not None and opening.head not in verbs:
        verbs = [opening.head, *verbs]
    own = [v for v in verbs if v != opening.head or not opening.action]
    base = base_form_edits(tokens, own, known_verbs)
    singles = []
    for h in verbs:
        verb = short_verb(tokens[h].text) or base_of(tokens[h], known_verbs)
        if verb is None:
            continue
        following = tokens[h + 1] if h + 1 < len(tokens) else None
        single, end = None, h + 1
        if following is not None and following.pos_ in ("ADP", "ADV", "PART"):
            single = phrasal_verb(verb, following.lower_, head_noun(tokens, h + 2))
            end = h + 2
        if single is None and verb == "do":
            single, end = do_verb(head_noun(tokens, h + 1)), h + 1
        if single is None and short_verb(tokens[h].text):
            single, end = verb, h + 1  # "prepping" → "prepare"
        if single is None:
            continue
        begin = opening.head_from if h == opening.head and opening.action else h
        original = " ".join(t.text for t in tokens[begin:end])
        kind = "shorthand" if short_verb(tokens[h].text) else "phrasal"
        if verb == "do":
            kind = "everyday_verb"
        change = Change(original, single, kind, None, None)
        singles.append(Edit(begin, end, single + tokens[end - 1].whitespace_, change))
    return base, singles
