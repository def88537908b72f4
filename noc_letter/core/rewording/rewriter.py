"""Suggest rewordings that read more like the target NOC and keep every fact the person wrote."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from noc_letter.core.matching.query import clean_text
from noc_letter.core.rewording.edits import (
    Edit,
    apply_edits,
    filler_edits,
    gerund_edits,
    inflect,
    light_verb_edits,
    overlaps,
    spelling_edits,
    without_overlap,
)
from noc_letter.core.rewording.facts import duty_facts, missing_facts
from noc_letter.core.rewording.leadins import lead_in_edits
from noc_letter.core.rewording.questions import action_question, questions_for, vague_reason
from noc_letter.core.rewording.results import Change, Segment, Suggestion, SuggestionSet
from noc_letter.core.rewording.synonyms import fits_frame, needs_context, synonyms
from noc_letter.core.rewording.target_verbs import TargetVerbs, analyse_target, is_verb, verb_lemma
from noc_letter.core.rewording.verbs import CONTEXT_VERBS, lead_in
from noc_letter.core.spelling import preferred_spellings

# How it works. Only verbs, spelling and framing change: a vague lead-in ("Handling",
# "Responsible for") becomes the verb the target's own duties use for the same object, a
# near-synonym verb becomes the target's word, a nominalisation becomes its verb ("account
# reconciliations" → "reconcile accounts", "perform inspections of" → "inspect"), filler that
# ends a clause ("as required") goes, and a word is spelled as the NOC spells it ("labor" →
# "labour"). Every noun, number, name and tool stays; nothing is added; each change says where
# its words came from. Each single change is scored; the ones that help are combined. A
# suggestion is offered only when the target ranks higher than before (or, already first, leads
# the runner-up by more), its score rises, and the copy guard does not flag it.
MAX_SUGGESTIONS = 3
# A rewording must lift the target's score by at least this much to be worth the person's time.
MIN_GAIN = 0.002
# Longer text is not reworded (it is a paragraph, not a duty; split it first).
MAX_SUGGEST_CHARS = 600
_SUBJECTS = {"i", "we", "they", "he", "she"}
# A question quotes at most this many words of the person's object.
MAX_OBJECT_WORDS = 8
# Adverbs dropped with a leading subject: they add nothing about the work. Any other adverb
# ("sometimes", "occasionally", "usually") tells how often or how much, and stays.
_EMPTY_ADVERBS = {"also", "additionally", "further", "furthermore", "then", "too"}


@dataclass(frozen=True)
class _Atom:
    """One self-contained change: its token edits and the nouns it turns into verbs."""

    edits: tuple[Edit, ...]
    converted: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Reading:
    """How the matcher reads a text for the target: score, rank and lead over the runner-up."""

    score: float
    rank: int
    lead: float

    def improves_on(self, other: _Reading, framing: bool = False) -> bool:
        """Higher score, and a better rank (or, first in both, a larger lead). A framing-only
        rewording (see `_framing_only`) may instead keep the rank (and, first, the lead)."""
        if self.score - other.score < MIN_GAIN or self.rank > other.rank:
            return False
        if self.rank == 1 and other.rank == 1:
            return self.lead - other.lead >= (0.0 if framing else MIN_GAIN / 2)
        return framing or self.rank < other.rank


def is_framing(change: Change) -> bool:
    """A change that only reshapes the person's own words into a duty, bringing in no NOC
    word: "Responsible for preparing" → "Prepare", "I also ..." → "...", "Prepared" → "prepare"."""
    return change.kind in ("subject", "verb_form") or (
        change.kind == "vague_verb" and change.noc_code is None
    )


def _framing_only(edits) -> bool:
    """True when the changes are framing (plus, at most, filler removed): such a rewording is
    offered on any score gain that keeps the target's rank, since it makes the line read as a
    duty without new words."""
    changes = [e.change for e in edits if e.change is not None]
    return any(is_framing(c) for c in changes) and all(
        is_framing(c) or c.kind == "filler" for c in changes
    )


def _reading(scores: np.ndarray, t: int) -> _Reading:
    score = float(scores[t])
    others = np.delete(scores, t)
    return _Reading(score, int((scores > score).sum()) + 1, score - float(others.max()))


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
        self._targets = lru_cache(maxsize=64)(self._analyse)
        self.known_verbs = set(matcher.index.verbs)
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

    # --- public ---------------------------------------------------------------------------
    def suggest(self, text: str, target: str) -> SuggestionSet:
        """0 to 3 truthful rewordings of `text` for `target`, or questions for a vague duty."""
        cleaned = clean_text(text)
        if target not in self.matcher.position:
            raise KeyError(target)
        if not cleaned:
            return SuggestionSet(text, target, (), questions_for(None), "The duty is empty.")
        if len(cleaned) > MAX_SUGGEST_CHARS:
            return SuggestionSet(
                text,
                target,
                (),
                (),
                "This is longer than one duty; split it into separate duties first.",
            )
        with self.matcher._nlp_lock:
            doc = self.matcher.tagged_nlp(cleaned)
        before = self.matcher.scored(self.matcher.query(cleaned))
        t = self.matcher.position[target]
        with self.matcher._nlp_lock:
            why_vague = vague_reason(doc, before.scores.max(), self.matcher.tagged_nlp)
        if why_vague:
            return SuggestionSet(text, target, (), questions_for(doc), why_vague)
        with self.matcher._nlp_lock:
            facts = duty_facts(cleaned, self.matcher.tagged_nlp, doc)
        tv = self._targets(target)
        start_reading = _reading(before.scores, t)
        base, atoms = self._atoms(doc, tv)
        scores: dict[str, np.ndarray] = {}  # each candidate text is scored once
        found: dict[str, Suggestion] = {}
        for edits, converted in self._search(doc, base, atoms, start_reading, t, scores):
            suggestion = self._check(
                cleaned, doc, edits, converted, facts, start_reading, t, scores
            )
            if suggestion and suggestion.text not in found:
                found[suggestion.text] = suggestion
        best = sorted(found.values(), key=lambda s: (s.rank_after, -s.score_after))
        best = best[:MAX_SUGGESTIONS]
        if best:
            return SuggestionSet(text, target, tuple(best), (), "")
        note = "No rewording reads more like the target without changing your facts."
        return SuggestionSet(text, target, (), self._action_questions(doc, tv), note)

    @staticmethod
    def _action_questions(doc, tv: TargetVerbs) -> tuple[str, ...]:
        """For "Dealing with supplier invoices" and the like, when no rewording helps: ask what
        the person does with the object, naming the target's verbs (never choosing one). Not
        when the person helps ("Helping with"), nor when they named the action themselves
        ("Responsible for repairing ...")."""
        cleaned = doc.text
        lead = lead_in(cleaned)
        if lead is None or lead[2]:
            return ()
        after = next((t for t in doc if t.idx >= len(lead[0])), None)
        if after is not None and (after.tag_ == "VBG" or after.lower_.endswith("ing")):
            return ()
        # The object as written, up to the first comma (a list or a "using ..." follows there).
        obj = re.split(r"[,;:]", lead[1], maxsplit=1)[0].strip().rstrip(".")
        words = obj.split()
        if not words:
            return ()
        if len(words) > MAX_OBJECT_WORDS:
            obj = " ".join(words[:MAX_OBJECT_WORDS]) + " …"
        return (action_question(obj, tv.code, tv.common_verbs()),)

    # --- candidates -----------------------------------------------------------------------
    def _atoms(self, doc, tv: TargetVerbs) -> tuple[list[Edit], list[_Atom]]:
        """Framing edits every suggestion makes, and the single changes to try."""
        tokens = list(doc)
        subject = self._subject(tokens)
        start = subject[0].end if subject else 0
        atoms = [
            _Atom(tuple(e), tuple(c))
            for e, c in lead_in_edits(doc, tokens, start, tv, self.known_verbs)
        ]
        lead_end = max((e.end for a in atoms for e in a.edits), default=start)
        # A leading "-ing"/"-ed" verb is put in base form unless another edit replaces it; a
        # kept adverb may come first ("Occasionally fixed ..." → "Occasionally fix ...").
        verb_at = start
        while verb_at < len(tokens) - 1 and tokens[verb_at].pos_ == "ADV":
            verb_at += 1
        form = self._base_form(tokens, verb_at) if not atoms else []
        atoms += [
            _Atom(tuple(e), tuple(c))
            for e, c in light_verb_edits(tokens, start, tv, self.known_verbs)
            if e[0].start >= lead_end
        ]
        atoms += [
            _Atom(tuple(e), tuple(c))
            for e, c in gerund_edits(tokens, start, tv)
            if e[0].start >= lead_end
        ]
        based = {e.start for e in form}
        atoms += [
            _Atom((e,))
            for e in self._synonym_edits(tokens, start, tv, based)
            if e.start >= lead_end
        ]
        atoms += [_Atom((e,)) for e in spelling_edits(tokens, self.preferred, tv.code)]
        atoms += [_Atom((e,)) for e in filler_edits(tokens)]
        return subject + form, atoms

    def _scores(self, text: str, memo: dict[str, np.ndarray]) -> np.ndarray:
        """All group scores of a candidate text, computed once per suggestion request."""
        if text not in memo:
            memo[text] = self.matcher.scored(self.matcher.query(text)).scores
        return memo[text]

    def _search(self, doc, base, atoms, start: _Reading, t: int, memo: dict[str, np.ndarray]):
        """Score each change alone, then combine the helpful ones, best first."""
        if not atoms:
            return
        texts = [self._text(doc, self._with(base, [a]))[0] for a in atoms]
        for text, query in zip(texts, self.matcher.queries(texts), strict=True):
            memo.setdefault(text, self.matcher.scored(query).scores)
        gains = []
        for atom, text in zip(atoms, texts, strict=True):
            score = float(memo[text][t])
            if score > start.score:
                gains.append((score, atom))
        gains.sort(key=lambda g: -g[0])
        for _score, atom in gains:
            yield self._with(base, [atom]), atom.converted
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
            converted = tuple(c for a in chosen for c in a.converted)
            yield self._with(base, chosen), converted

    @staticmethod
    def _with(base: list[Edit], atoms: list[_Atom]) -> list[Edit]:
        edits = [e for a in atoms for e in a.edits]
        return without_overlap(base, edits) + edits

    def _subject(self, tokens) -> list[Edit]:
        """Drop a leading subject ("I also ...", "They ..."): duties start with the action."""
        if not tokens or tokens[0].lower_ not in _SUBJECTS:
            return []
        i = 1
        while i < len(tokens) and tokens[i].pos_ in ("ADV", "AUX") and tokens[i].lower_ != "not":
            if tokens[i].tag_ == "MD" or (
                tokens[i].pos_ == "ADV" and tokens[i].lower_ not in _EMPTY_ADVERBS
            ):
                # "They may also assist" → "May also assist": a hedge stays a hedge, and so
                # does how often ("I sometimes repair" → "Sometimes repair").
                return [Edit(0, 1, "", Change(tokens[0].text, "", "subject", None, None))]
            i += 1
        dropped = " ".join(t.text for t in tokens[:i])
        return [Edit(0, i, "", Change(dropped, "", "subject", None, None))]

    def _base_form(self, tokens, i: int) -> list[Edit]:
        """Put a leading "-ing"/"-ed"/"-s" verb in the base form duties use ("Prepared" →
        "prepare"), and the verbs coordinated with it ("Fixing brakes and changing oil" →
        "fix ... and change")."""
        if not (
            i < len(tokens)
            and tokens[i].pos_ == "VERB"
            and tokens[i].tag_ in ("VBG", "VBD", "VBN", "VBZ")
        ):
            return []
        tag = tokens[i].tag_

        def to_base(k: int) -> Edit:
            base = tokens[k].lemma_.lower()
            change = Change(tokens[k].text, base, "verb_form", None, None)
            return Edit(k, k + 1, base + tokens[k].whitespace_, change)

        edits = [to_base(i)]
        for j in range(i + 1, len(tokens)):
            previous = tokens[j - 1]
            if tokens[j].pos_ == "ADP":
                break  # "helping residents with bathing and dressing": those are not duties
            if (
                tokens[j].pos_ == "VERB"
                and tokens[j].tag_ == tag
                and (previous.pos_ == "CCONJ" or previous.text == ",")
            ):
                edits.append(to_base(j))
        return edits

    def _synonym_edits(self, tokens, start: int, tv: TargetVerbs, base=frozenset()) -> list[Edit]:
        """Replace a verb by a near-synonym that the target's duties use.

        Verbs whose sense depends on the object ("make", "run", "check") are replaced only when
        the target uses the new verb for one of the same nouns; the new verb must fit the words
        after it ("confer" only before "with").
        """
        out = []
        for i in range(start, len(tokens)):
            token = tokens[i]
            if not is_verb(tokens, i, self.known_verbs) or (
                i == start and token.pos_ != "VERB" and i > 0
            ):
                continue
            lemma = verb_lemma(token)
            if lemma in tv.verbs:
                continue
            following = tokens[i + 1] if i + 1 < len(tokens) else None
            if following is not None and (
                following.pos_ == "ADP" and following.tag_ == "RP" or following.dep_ == "prt"
            ):
                continue  # phrasal verb ("carry out", "set up"): its sense is not the verb's
            objects = set()
            for other_token in tokens[i + 1 :]:
                if other_token.pos_ == "VERB":
                    break
                if other_token.pos_ in ("NOUN", "PROPN"):
                    objects.add(other_token.lemma_.lower())
            curated = synonyms(lemma)
            extra = self.extra_synonyms(lemma) - curated if self.extra_synonyms else frozenset()
            for other in sorted((curated | extra) & tv.verbs.keys()):
                if " " in other:
                    continue
                if not fits_frame(
                    other,
                    following.text if following is not None else None,
                    following.pos_ if following is not None else None,
                ):
                    continue
                if other in extra:
                    contextual = self.check_extra_objects
                else:
                    contextual = (
                        lemma in CONTEXT_VERBS
                        or other in CONTEXT_VERBS
                        or needs_context(lemma, other)
                    )
                if contextual and not any(other in tv.by_noun.get(noun, {}) for noun in objects):
                    continue
                form = inflect(other, token.tag_, first=i == start or i in base)
                if form is None:
                    continue
                if token.text[:1].isupper() and i > start:
                    continue  # a capitalised word inside a duty is a name, not a verb
                change = tv.change(token.text, form, "synonym", other)
                out.append(Edit(i, i + 1, form + token.whitespace_, change))
        return out

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

    def _check(self, cleaned, doc, edits, converted, facts, before: _Reading, t, memo):
        text, segments = self._text(doc, edits)
        if not text or text == cleaned:
            return None
        if missing_facts(facts, text, converted):
            return None
        after = _reading(self._scores(text, memo), t)
        if not after.improves_on(before, framing=_framing_only(edits)):
            return None
        level = "ok"
        if self.guard is not None:
            level = getattr(self.guard(text), "level", "ok")
            if level != "ok":
                return None
        return Suggestion(
            text=text,
            changes=tuple(e.change for e in edits if e.change is not None),
            segments=segments,
            score_before=round(before.score, 4),
            score_after=round(after.score, 4),
            rank_before=before.rank,
            rank_after=after.rank,
            guard_level=level,
            lead_before=round(before.lead, 4),
            lead_after=round(after.lead, 4),
        )
