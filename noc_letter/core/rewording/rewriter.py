"""Suggest rewordings that read more like the target NOC and keep every fact the person wrote."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from noc_letter.core.language import detect_language, normalise_lang
from noc_letter.core.matching.query import clean_text
from noc_letter.core.rewording.choices import blank_edit, choice_edit, choice_verbs, object_noun
from noc_letter.core.rewording.edits import (
    Edit,
    apply_edits,
    gerund_edits,
    light_verb_edits,
    overlaps,
    spelling_edits,
    without_overlap,
)
from noc_letter.core.rewording.facts import duty_facts, fact_key, missing_facts, words_of
from noc_letter.core.rewording.fillers import FILLER_NOUNS, filler_edits
from noc_letter.core.rewording.forms import IRREGULAR_PAST
from noc_letter.core.rewording.honesty import invented_verbs
from noc_letter.core.rewording.opening import Opening, read_opening, verb_edits
from noc_letter.core.rewording.questions import action_question, questions_for, vague_reason
from noc_letter.core.rewording.reading import MIN_GAIN, Reading, reading
from noc_letter.core.rewording.results import (
    LETTER_FORM,
    TARGET_WORDING,
    Choice,
    ChoiceOption,
    Segment,
    Suggestion,
    SuggestionSet,
)
from noc_letter.core.rewording.shorthand import shorthand_edits
from noc_letter.core.rewording.swaps import synonym_edits
from noc_letter.core.rewording.target_verbs import TargetVerbs, analyse_target
from noc_letter.core.spelling import preferred_spellings

# How it works. First the person's own words are put in the form a letter uses (LETTER_FORM):
# no "I", the base form of every verb that heads the duty ("Made" → "Make", "Enter ... and
# keep ..."), a lead-in gives way to the action the person's words name ("Responsible for
# entering" → "Enter", "account reconciliations" → "reconcile accounts"), a phrasal or everyday
# verb becomes the one verb that says the same of its object ("put in panels" → "install
# panels"), shorthand is written out ("bank recs" → "bank reconciliations") and filler goes
# ("and stuff"). That form is offered when it differs from what was typed and does not lower the
# target's rank or score. On top of it, a verb may become the target's own verb for the same
# action and object (TARGET_WORDING: "make soups" → "prepare soups"), offered only when the
# target then ranks higher (or, first already, leads by more). Every noun, number, name and tool
# stays; no change may bring in an action the person's words do not name (honesty.py); the copy
# guard must not flag the result. Where the words name no action ("Responsible for accounts
# payable"), nothing is rewritten: the person is asked, with the target's verbs as choices
# (CHOICE) that are applied only by their pick. Rank and score here are the word-matching reading
# (Matcher.word_scored): the sentence encoder reads a grammar-only change ("Driving" → "Drive")
# as noise of a few hundredths, which says nothing about the work, and would cost ~5 ms for every
# candidate.
MAX_SUGGESTIONS = 3
# Longer text is not reworded (it is a paragraph, not a duty; split it first).
MAX_SUGGEST_CHARS = 600
# A question quotes at most this many words of the person's object.
MAX_OBJECT_WORDS = 8
NO_REWORDING = "No rewording reads more like the target without changing your facts."
NO_ACTION = (
    "No rewording reads more like the target without changing your facts: your words do not "
    "say what you do with {obj}. Pick an action below only if it is true."
)
# Word-form suffixes that mark a verb the tagger may have taken for a name ("Vacuumed").
_VERB_ENDINGS = ("ed", "ing", "es")


@dataclass(frozen=True)
class _Atom:
    """One self-contained change: its token edits and the nouns it turns into verbs."""

    edits: tuple[Edit, ...]
    converted: tuple[str, ...] = ()


def framing_only(changes) -> bool:
    """Changes that only reshape the person's words (a dropped "I", a verb form, a lead-in
    before their own verb, filler): such a rewording must not even shrink the target's lead."""
    return all(
        c.kind in ("subject", "verb_form", "filler")
        or (c.kind == "vague_verb" and c.noc_code is None)
        for c in changes
    )


def kind_of(changes) -> str:
    """TARGET_WORDING when a change brings in the target's own verb, else LETTER_FORM."""
    return TARGET_WORDING if any(c.kind == "synonym" for c in changes) else LETTER_FORM


class Rewriter:
    """Builds and checks suggestions for one matcher; caches the analysis of each target."""

    def __init__(
        self,
        matcher,
        guard: Callable[[str], object] | None = None,
        extra_synonyms: Callable[[str], frozenset[str]] | None = None,
        check_extra_objects: bool = True,
    ) -> None:
        """`extra_synonyms` (verb → more verbs that may replace it) is for measuring other
        synonym sources (benchmarks/suggest_ceiling.py); their pairs need the target to use the
        new verb for the same object unless `check_extra_objects` is off."""
        self.matcher = matcher
        self.guard = guard
        self.extra_synonyms = extra_synonyms
        self.check_extra_objects = check_extra_objects
        # Every unit group fits (a few kilobytes each): a session never reads a target twice.
        self._targets = lru_cache(maxsize=1024)(self._analyse)
        self.known_verbs = set(matcher.index.verbs)
        self.common_words = frozenset(matcher.index.vocab)  # lemmas of the NOC's own text
        texts = []
        for group in matcher.catalogue.groups:
            texts += [d.text for d in group.main_duties] + [group.lead_statement]
            texts += list(group.example_titles) + list(group.illustrative_examples)
        self.preferred = preferred_spellings(texts)

    def _analyse(self, code: str) -> TargetVerbs:
        with self.matcher._nlp_lock:
            return analyse_target(
                code, self.matcher.catalogue, self.matcher.tagged_nlp, self.known_verbs
            )

    def _tag(self, text: str):
        with self.matcher._nlp_lock:
            return self.matcher.tagged_nlp(text)

    # --- public ---------------------------------------------------------------------------
    def suggest(self, text: str, target: str, lang: str | None = None) -> SuggestionSet:
        """0 to 3 truthful rewordings of `text` for `target`, or questions (with choices when
        the duty's words name no action) for a duty that needs the person's answer.

        A French duty (`lang` "fr", or detected as French when `lang` is None) goes to the
        French rewording (rewording/french/): its letter-ready form and questions in French.
        """
        cleaned = clean_text(text)
        if target not in self.matcher.position:
            raise KeyError(target)
        if (normalise_lang(lang) if lang else detect_language(cleaned)) == "fr":
            from noc_letter.core.rewording.french import get_french_rewriter

            return get_french_rewriter().suggest(text, target)
        if not cleaned:
            return SuggestionSet(text, target, (), questions_for(None), "The duty is empty.")
        if len(cleaned) > MAX_SUGGEST_CHARS:
            note = "This is longer than one duty; split it into separate duties first."
            return SuggestionSet(text, target, (), (), note)
        doc = self._doc(cleaned)
        before = self.matcher.word_scored(self.matcher.query(cleaned))
        t = self.matcher.position[target]
        with self.matcher._nlp_lock:
            why_vague = vague_reason(doc, before.scores.max(), self.matcher.tagged_nlp)
        if why_vague:
            return SuggestionSet(text, target, (), questions_for(doc), why_vague)
        with self.matcher._nlp_lock:
            facts = duty_facts(cleaned, self.matcher.tagged_nlp, doc)
        facts = [f for f in facts if fact_key(f) not in FILLER_NOUNS]
        tv = self._targets(target)
        start = reading(before.scores, t)
        opening = read_opening(doc, tv, self.known_verbs)
        if opening.lead is not None:  # "charge" in "In charge of" is no fact of the person's
            framing = {fact_key(w) for w in words_of(opening.lead_text)}
            facts = [f for f in facts if fact_key(f) not in framing]
        memo: dict[str, np.ndarray] = {}  # each candidate text is scored once
        if not opening.named:
            choice = self._choice(doc, opening, tv, facts, start)
            obj = self._object_text(doc, opening)
            note = NO_ACTION.format(obj=obj) if choice and obj else NO_REWORDING
            return SuggestionSet(
                text,
                target,
                (),
                self._action_questions(doc, tv),
                note,
                (choice,) if choice else (),
            )
        forms, fallback, atoms, converted = self._candidates(doc, opening, tv)
        found: dict[str, Suggestion] = {}
        self._score_all([self._text(doc, f)[0] for f in [*forms, fallback]], memo)
        candidates = [(edits, converted) for edits in forms]
        # The target's words are tried on the fullest letter form that keeps the reading.
        base = next(
            (f for f in forms if reading(memo[self._text(doc, f)[0]], t).keeps(start)),
            forms[0],
        )
        candidates += list(self._search(doc, base, converted, atoms, start, t, memo))
        for edits, conv in candidates:
            suggestion = self._check(cleaned, doc, edits, conv, facts, start, t, memo)
            if suggestion and suggestion.text not in found:
                found[suggestion.text] = suggestion
        if not any(s.kind == LETTER_FORM for s in found.values()):
            # The bare grammar (a phrasal verb kept as written) when no fuller form can be had.
            suggestion = self._check(cleaned, doc, fallback, converted, facts, start, t, memo)
            if suggestion and suggestion.text not in found:
                found[suggestion.text] = suggestion
        best = sorted(
            found.values(), key=lambda s: (s.rank_after, -round(s.score_after, 2), len(s.changes))
        )[:MAX_SUGGESTIONS]
        if best:
            return SuggestionSet(text, target, tuple(best), (), "")
        return SuggestionSet(text, target, (), self._action_questions(doc, tv), NO_REWORDING)

    def _doc(self, cleaned: str):
        """The tagged duty; read again with a lower-case first letter when the small tagger took
        a leading verb for a name or an adjective ("Vacuumed carpets", "Checked IDs")."""
        doc = self._tag(cleaned)
        first = doc[0] if len(doc) else None
        if (
            first is not None
            and (first.pos_ != "VERB" or first.tag_ == "VB")
            and first.text[:1].isupper()
            and first.text[1:].islower()
            and (first.lower_.endswith(_VERB_ENDINGS) or first.lower_ in IRREGULAR_PAST)
        ):
            lowered = self._tag(cleaned[:1].lower() + cleaned[1:])
            if len(lowered) == len(doc) and lowered[0].pos_ == "VERB":
                return lowered
        return doc

    # --- candidates -----------------------------------------------------------------------
    def _candidates(self, doc, opening: Opening, tv: TargetVerbs):
        """Letter forms (fullest first, then without shorthand and filler changes), the bare
        grammar as a fallback, the target-wording changes to try on the fullest, and the nouns
        the letter form turned into verbs or wrote out."""
        tokens = list(doc)
        base, singles = verb_edits(tokens, opening, self.known_verbs)
        grammar = opening.subject + without_overlap(opening.action + base, singles) + singles
        minimal = opening.subject + opening.action + base
        extras = shorthand_edits(doc) + filler_edits(tokens)
        full = grammar + without_overlap(extras, grammar)
        # Words that are no fact: shorthand written out, filler, and verbs the tagger took
        # for nouns ("planting" in "trimming hedges and planting flowers").
        converted = opening.converted + tuple(
            w
            for e in extras + singles + base
            if e.change is not None and e.change.kind in ("shorthand", "filler", "verb_form")
            for w in re.findall(r"[^\W_]+", e.change.original)
        )
        forms = [full] + ([grammar] if _texts_differ(grammar, full) else [])
        head = opening.head if opening.head is not None else opening.at
        duty_verbs = set(opening.verbs) | ({head} if opening.head is not None else set())
        spans = {opening.head: opening.head_from} if opening.action and opening.head else {}
        lead_end = max((e.end for e in opening.action), default=opening.at)
        atoms = [
            _Atom((e,))
            for e in synonym_edits(
                tokens,
                head,
                tv,
                self.known_verbs,
                duty_verbs,
                spans,
                self.extra_synonyms,
                self.check_extra_objects,
            )
            if e.start >= lead_end or e.start in spans.values()
        ]
        atoms += [
            _Atom(tuple(e), tuple(c))
            for e, c in light_verb_edits(tokens, opening.at, tv, self.known_verbs)
            if e[0].start >= lead_end
        ]
        atoms += [
            _Atom(tuple(e), tuple(c))
            for e, c in gerund_edits(tokens, opening.at, tv)
            if e[0].start >= lead_end
        ]
        atoms += [_Atom((e,)) for e in spelling_edits(tokens, self.preferred, tv.code)]
        atoms = [a for a in atoms if not overlaps(list(a.edits), opening.subject)]
        return forms, minimal, atoms, converted

    def _scores(self, text: str, memo: dict[str, np.ndarray]) -> np.ndarray:
        """All group scores of a candidate text, computed once per suggestion request."""
        if text not in memo:
            memo[text] = self.matcher.word_scored(self.matcher.query(text)).scores
        return memo[text]

    def _score_all(self, texts: list[str], memo: dict[str, np.ndarray]) -> None:
        new = [text for text in dict.fromkeys(texts) if text not in memo]
        for text, query in zip(new, self.matcher.queries(new), strict=True):
            memo[text] = self.matcher.word_scored(query).scores

    def _search(self, doc, base, converted, atoms, start: Reading, t: int, memo):
        """Score each change alone on the letter form, then combine the helpful ones."""
        if not atoms:
            return
        texts = [self._text(doc, self._with(base, [a]))[0] for a in atoms]
        self._score_all(texts + [self._text(doc, base)[0]], memo)
        floor = max(start.score, float(memo[self._text(doc, base)[0]][t]))
        gains = [
            (float(memo[text][t]), atom)
            for atom, text in zip(atoms, texts, strict=True)
            if float(memo[text][t]) > floor
        ]
        gains.sort(key=lambda g: -g[0])
        for _score, atom in gains:
            yield self._with(base, [atom]), converted + atom.converted
        if len(gains) < 2:
            return
        chosen: list[_Atom] = [gains[0][1]]
        best = gains[0][0]
        for _score, atom in gains[1:]:
            if any(overlaps(list(atom.edits), list(c.edits)) for c in chosen):
                continue
            trial = chosen + [atom]
            text = self._text(doc, self._with(base, trial))[0]
            score = float(self._scores(text, memo)[t])
            if score > best:
                chosen, best = trial, score
        if len(chosen) > 1:
            yield (
                self._with(base, chosen),
                converted + tuple(c for a in chosen for c in a.converted),
            )

    @staticmethod
    def _with(base: list[Edit], atoms: list[_Atom]) -> list[Edit]:
        edits = [e for a in atoms for e in a.edits]
        return without_overlap(base, edits) + edits

    # --- checks ---------------------------------------------------------------------------
    @staticmethod
    def _text(doc, edits) -> tuple[str, tuple[Segment, ...]]:
        segments = apply_edits(doc, edits)
        text = "".join(s.text for s in segments).strip()
        if text:
            text = text[0].upper() + text[1:]
        if segments and segments[0].text:
            first = segments[0]
            stripped = first.text.lstrip()
            segments = (
                Segment(stripped[:1].upper() + stripped[1:], first.source, first.noc_text),
            ) + segments[1:]
        return text, segments

    def _check(self, cleaned, doc, edits, converted, facts, before: Reading, t, memo):
        text, segments = self._text(doc, edits)
        if not text or text == cleaned:
            return None
        changes = tuple(e.change for e in edits if e.change is not None)
        if missing_facts(facts, text, converted) or invented_verbs(changes, self.extra_synonyms):
            return None
        kind = kind_of(changes)
        after = reading(self._scores(text, memo), t)
        if not after.keeps(before, lead=framing_only(changes)):
            return None
        if kind == TARGET_WORDING and after.score - before.score < MIN_GAIN:
            return None  # the target's own word must read more like the target
        level = "ok"
        if self.guard is not None:
            level = getattr(self.guard(text), "level", "ok")
            if level != "ok":
                return None
        return Suggestion(
            text=text,
            changes=changes,
            segments=segments,
            score_before=round(before.score, 4),
            score_after=round(after.score, 4),
            rank_before=before.rank,
            rank_after=after.rank,
            guard_level=level,
            lead_before=round(before.lead, 4),
            lead_after=round(after.lead, 4),
            kind=kind,
        )

    # --- questions and choices ------------------------------------------------------------
    def _rest(self, doc, opening: Opening) -> list[Edit]:
        """The letter-form edits of everything but the unnamed action (for a choice)."""
        tokens = list(doc)
        base, singles = verb_edits(tokens, opening, self.known_verbs)
        grammar = opening.subject + without_overlap(base, singles) + singles
        extras = shorthand_edits(doc) + filler_edits(tokens)
        edits = grammar + without_overlap(extras, grammar)
        first = tokens[opening.at] if opening.at < len(tokens) else None
        if (
            opening.lead is None
            and first is not None
            and first.text[1:].islower()
            and first.lower_ in self.common_words
            and not any(e.start <= opening.at < e.end for e in edits)
        ):
            lower = first.text[:1].lower() + first.text[1:] + first.whitespace_
            edits.append(Edit(opening.at, opening.at + 1, lower, None))  # "___ bank recs"
        return [e for e in edits if e.end <= opening.at or e.start >= opening.lead_end]

    def _choice(self, doc, opening, tv, facts, before: Reading) -> Choice | None:
        """The target's verbs as choices for the action the person's words do not name."""
        tokens = list(doc)
        verbs = choice_verbs(tv, object_noun(tokens, opening))
        if not verbs:
            return None
        rest = self._rest(doc, opening)
        converted = tuple(
            w
            for e in rest
            if e.change is not None and e.change.kind in ("shorthand", "filler")
            for w in re.findall(r"[^\W_]+", e.change.original)
        )
        options = []
        for verb in verbs:
            edits = rest + [choice_edit(opening, verb, tv)]
            text, segments = self._text(doc, edits)
            if missing_facts(facts, text, converted):
                continue
            if self.guard is not None and getattr(self.guard(text), "level", "ok") != "ok":
                continue
            changes = tuple(e.change for e in edits if e.change is not None)
            options.append(ChoiceOption(verb, text, changes, segments))
        if not options:
            return None
        template = self._text(doc, rest + [blank_edit(opening)])[0]
        question = self._question(doc, opening, tv, [o for o in verbs])
        return Choice(question, template, tuple(options), round(before.score, 4), before.rank)

    def _object_text(self, doc, opening: Opening) -> str:
        """The person's object as written, up to the first comma and at most eight words."""
        if opening.lead_end >= len(doc):
            return ""
        rest = doc.text[doc[opening.lead_end].idx :]
        obj = re.split(r"[,;:]", rest, maxsplit=1)[0].strip().rstrip(".")
        words = obj.split()
        if len(words) > MAX_OBJECT_WORDS:
            obj = " ".join(words[:MAX_OBJECT_WORDS]) + " …"
        return obj

    def _question(self, doc, opening: Opening, tv: TargetVerbs, verbs: list[str]) -> str:
        obj = self._object_text(doc, opening)
        if not obj:
            return ""
        if opening.helper:
            choices = ", ".join(verbs)
            return (
                f"How exactly do you help with {obj}? Name the action. {tv.code}'s duties use "
                f"verbs such as {choices}; use one only if it is what you help do."
            )
        return action_question(obj, tv.code, verbs)

    def _action_questions(self, doc, tv: TargetVerbs) -> tuple[str, ...]:
        """For "Dealing with supplier invoices" and the like: ask what the person does with the
        object, naming the target's verbs (never choosing one). Not when the person named the
        action themselves ("Responsible for repairing ...")."""
        opening = read_opening(doc, tv, self.known_verbs)
        if opening.named:
            return ()
        verbs = choice_verbs(tv, object_noun(list(doc), opening))
        question = self._question(doc, opening, tv, verbs)
        return (question,) if question else ()


def _texts_differ(a: list[Edit], b: list[Edit]) -> bool:
    """Whether two edit lists differ (their texts are compared later)."""
    return [(e.start, e.end, e.replacement) for e in a] != [
        (e.start, e.end, e.replacement) for e in b
    ]
