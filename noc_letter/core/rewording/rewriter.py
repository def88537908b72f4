"""Suggest rewordings that read more like the target NOC while keeping every fact the person wrote.

Only verbs and framing change: a vague lead-in ("Handling", "Responsible for") becomes the verb
the target's own duties use for the same object, a near-synonym verb becomes the target's word,
a nominalisation becomes its verb ("account reconciliations" → "reconcile accounts"). Every
noun, number, name and tool stays; nothing is added; each change says where its words came from.
A suggestion is offered only when the matcher scores the target higher and the copy guard
does not flag it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from noc_letter.core.matching.query import clean_text
from noc_letter.core.rewording.facts import facts_of, missing_facts
from noc_letter.core.rewording.questions import questions_for, vague_reason
from noc_letter.core.rewording.results import Change, Segment, Suggestion, SuggestionSet
from noc_letter.core.rewording.target_verbs import TargetVerbs, analyse_target, is_verb, verb_lemma
from noc_letter.core.rewording.verbs import (
    CONTEXT_VERBS,
    ROLE_VERBS,
    gerund,
    lead_in,
    pluralize,
    synonyms,
    verb_candidates_for_noun,
)

MAX_SUGGESTIONS = 3
# A rewording must lift the target's score by at least this much to be worth the person's time.
MIN_GAIN = 0.002
# Longer text is not reworded (it is a paragraph, not a duty; split it first).
MAX_SUGGEST_CHARS = 600
_SUBJECTS = {"i", "we", "they", "he", "she"}
# Verbs too general to stand in for a vague lead-in: they would not say more than "doing".
_GENERIC_VERBS = frozenset(
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


@dataclass(frozen=True)
class _Edit:
    start: int  # token index
    end: int
    replacement: str
    change: Change | None  # None: framing (dropped subject, base form) that is not a fact


class Rewriter:
    """Builds and checks suggestions for one matcher; caches the analysis of each target."""

    def __init__(self, matcher, guard: Callable[[str], object] | None = None) -> None:
        self.matcher = matcher
        self.guard = guard
        self._targets = lru_cache(maxsize=64)(self._analyse)
        self.known_verbs = set(matcher.index.verbs)

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
        why_vague = vague_reason(doc, before.scores.max())
        if why_vague:
            return SuggestionSet(text, target, (), questions_for(doc), why_vague)
        facts = facts_of(doc)
        tv = self._targets(target)
        found: dict[str, Suggestion] = {}
        for edits, converted in self._candidates(doc, tv):
            suggestion = self._check(cleaned, doc, edits, converted, facts, before, t)
            if suggestion and suggestion.text not in found:
                found[suggestion.text] = suggestion
        best = sorted(found.values(), key=lambda s: -s.score_after)[:MAX_SUGGESTIONS]
        note = (
            "" if best else "No rewording reads more like the target without changing your facts."
        )
        return SuggestionSet(text, target, tuple(best), (), note)

    # --- candidates -----------------------------------------------------------------------
    def _candidates(self, doc, tv: TargetVerbs):
        tokens = list(doc)
        subject = self._subject(tokens)
        start = subject[0].end if subject else 0
        lead_edits = self._lead_in_edits(doc, tokens, start, tv)
        # A leading "-ing"/"-ed" verb is put in base form unless another edit replaces it.
        form = self._base_form(tokens, start) if not lead_edits else []
        synonym_edits = self._synonym_edits(tokens, start, tv, {e.start for e in form})
        filler = _filler_edits(doc, tokens)
        subject = subject + filler
        for edits, converted in lead_edits:
            yield subject + edits, converted
        if filler:
            yield subject + form, ()
        for edit in synonym_edits:
            yield subject + _without_overlap(form, [edit]) + [edit], ()
        if synonym_edits:
            best_per_token: dict[int, _Edit] = {}
            for edit in synonym_edits:
                best_per_token.setdefault(edit.start, edit)
            combined = list(best_per_token.values())
            yield subject + _without_overlap(form, combined) + combined, ()
            for edits, converted in lead_edits[:1]:
                covered = max(e.end for e in edits)
                yield subject + edits + [e for e in combined if e.start >= covered], converted

    def _subject(self, tokens) -> list[_Edit]:
        """Drop a leading subject ("I also ...", "They ..."): duties start with the action."""
        if not tokens or tokens[0].lower_ not in _SUBJECTS:
            return []
        i = 1
        while i < len(tokens) and tokens[i].pos_ in ("ADV", "AUX") and tokens[i].lower_ != "not":
            i += 1
        return [_Edit(0, i, "", None)]

    def _base_form(self, tokens, i: int) -> list[_Edit]:
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
        edits = [_Edit(i, i + 1, tokens[i].lemma_.lower() + tokens[i].whitespace_, None)]
        for j in range(i + 1, len(tokens)):
            previous = tokens[j - 1]
            if tokens[j].pos_ == "ADP":
                break  # "helping residents with bathing and dressing": those are not duties
            if (
                tokens[j].pos_ == "VERB"
                and tokens[j].tag_ == tag
                and (previous.pos_ == "CCONJ" or previous.text == ",")
            ):
                edits.append(
                    _Edit(j, j + 1, tokens[j].lemma_.lower() + tokens[j].whitespace_, None)
                )
        return edits

    def _chunk(self, tokens, k: int) -> tuple[int, int]:
        """(end, head) of the noun phrase starting at token k; head -1 when there is none."""
        end, head = k, -1
        while end < len(tokens) and (
            tokens[end].pos_ in _CHUNK_POS or tokens[end].text in ("-", "/", "'s")
        ):
            if tokens[end].pos_ in ("NOUN", "PROPN"):
                head = end
            end += 1
        return end, head

    def _lead_in_edits(self, doc, tokens, start: int, tv: TargetVerbs):
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
        nominal = self._nominalisation(tokens, k, tv)
        if nominal:
            verb, chunk_end, modifiers, head_text, source, of_end = nominal
            plural = tokens[chunk_end - 1].tag_ == "NNS"
            words = [
                pluralize(m) if plural and i == len(modifiers) - 1 else m
                for i, m in enumerate(modifiers)
            ]
            phrase = _verb_phrase(verb, assist)
            obj = " ".join(words)
            replacement = (
                phrase + (" " + obj if obj else "") + (" " if of_end < len(tokens) else "")
            )
            change = Change(
                f"{original} {head_text}".strip(),
                phrase,
                "nominalisation",
                tv.code if source else None,
                source,
            )
            out.append(([_Edit(start, of_end, replacement, change)], (head_text,)))
        first = k + (1 if k < len(tokens) and tokens[k].pos_ == "DET" else 0)
        if (
            lead is None
            or first >= len(tokens)
            or tokens[first].pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")
        ):
            return out
        if tokens[first].text.lower().endswith("ing"):
            return out  # "handling the designing of ..." already names the activity
        chunk_end, head = self._chunk(tokens, first)
        if head < 0:
            return out
        noun = tokens[head].lemma_.lower()
        votes = {
            verb: n
            for verb, n in tv.by_noun.get(noun, {}).items()
            if verb not in ROLE_VERBS and verb not in _GENERIC_VERBS
        }
        if votes:
            verb = max(votes, key=lambda v: (votes[v], v))
            phrase = _verb_phrase(verb, assist)
            change = Change(original, phrase, "vague_verb", tv.code, tv.source_of.get((noun, verb)))
            out.append(([_Edit(start, k, phrase + " ", change)], ()))
        return out

    def _nominalisation(self, tokens, k: int, tv: TargetVerbs):
        """A noun phrase whose head is a nominalised verb ("account reconciliations")."""
        if k < len(tokens) and tokens[k].pos_ == "DET":
            k += 1
        end, head = self._chunk(tokens, k)
        if head < 0 or head != end - 1 or any(t.pos_ == "ADJ" for t in tokens[k:end]):
            return None
        head_tok = tokens[head]
        verbs = [v for v in verb_candidates_for_noun(head_tok.text) if v in tv.verbs]
        verbs += [
            v
            for v in verb_candidates_for_noun(head_tok.text)
            if v in self.known_verbs and v not in verbs
        ]
        if not verbs:
            return None
        verb = verbs[0]
        modifiers = [t.text for t in tokens[k:head] if t.pos_ in ("NOUN", "PROPN", "NUM")]
        if len(modifiers) != head - k:
            return None
        of_end = end
        if not modifiers and end < len(tokens) and tokens[end].lower_ == "of":
            of_end = end + 1  # "preparation of statements" → "prepare statements"
        elif not modifiers:
            return None
        return verb, end, modifiers, head_tok.text, tv.verbs.get(verb), of_end

    def _synonym_edits(self, tokens, start: int, tv: TargetVerbs, base=frozenset()) -> list[_Edit]:
        """Replace a verb by a near-synonym that the target's duties use.

        Verbs whose sense depends on the object ("make", "run", "check") are replaced only when
        the target uses the new verb for one of the same nouns.
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
            for other in sorted(synonyms(lemma) & tv.verbs.keys()):
                if " " in other:
                    continue
                if (lemma in CONTEXT_VERBS or other in CONTEXT_VERBS) and not any(
                    other in tv.by_noun.get(noun, {}) for noun in objects
                ):
                    continue
                form = _inflect(other, token.tag_, first=i == start or i in base)
                if form is None:
                    continue
                change = Change(token.text, form, "synonym", tv.code, tv.verbs[other])
                out.append(_Edit(i, i + 1, form + token.whitespace_, change))
        return out

    # --- checks ---------------------------------------------------------------------------
    def _check(self, cleaned, doc, edits, converted, facts, before, t) -> Suggestion | None:
        segments = _apply(doc, edits)
        text = "".join(s.text for s in segments).strip()
        if not text or text == cleaned:
            return None
        text = text[0].upper() + text[1:]
        if segments and segments[0].text:
            segments = (
                Segment(
                    segments[0].text[0].upper() + segments[0].text[1:],
                    segments[0].source,
                    segments[0].noc_text,
                ),
            ) + segments[1:]
        if missing_facts(facts, text, converted):
            return None
        after = self.matcher.scored(self.matcher.query(text))
        gain = float(after.scores[t] - before.scores[t])
        if gain < MIN_GAIN:
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
            score_before=round(float(before.scores[t]), 4),
            score_after=round(float(after.scores[t]), 4),
            rank_before=int((before.scores > before.scores[t]).sum()) + 1,
            rank_after=int((after.scores > after.scores[t]).sum()) + 1,
            guard_level=level,
        )


_FILLERS = (
    "as required",
    "as needed",
    "as necessary",
    "as directed",
    "as appropriate",
    "as assigned",
    "if necessary",
    "when necessary",
    "where necessary",
    "when needed",
    "where needed",
    "if needed",
    "as applicable",
    "where applicable",
    "etc.",
    "etc",
)


def _filler_edits(doc, tokens) -> list[_Edit]:
    """Remove filler phrases ("as required", "if necessary") that describe no work."""
    edits = []
    lowered = [t.lower_ for t in tokens]
    for phrase in _FILLERS:
        words = phrase.replace(".", " .").split() if phrase == "etc." else phrase.split()
        n = len(words)
        for i in range(len(tokens) - n + 1):
            if lowered[i : i + n] == words:
                start = i - 1 if i > 0 and tokens[i - 1].text == "," else i
                end = i + n
                if end < len(tokens) and tokens[end].text == "," and start == i:
                    end += 1
                edits.append(_Edit(start, end, "", None))
    # The text before a removed phrase keeps its trailing space only when more text follows.
    return sorted(edits, key=lambda e: e.start)


def _without_overlap(edits: list[_Edit], others: list[_Edit]) -> list[_Edit]:
    return [e for e in edits if all(e.end <= o.start or e.start >= o.end for o in others)]


def _verb_phrase(verb: str, assist: bool) -> str:
    return f"assist in {gerund(verb)}" if assist else verb


def _inflect(verb: str, tag: str, first: bool) -> str | None:
    if first or tag in ("VB", "VBP"):
        return verb
    if tag == "VBG":
        return gerund(verb)
    if tag == "VBZ":
        return pluralize(verb)
    return None


def _apply(doc, edits: list[_Edit]) -> tuple[Segment, ...]:
    """Segments of the new text: the person's tokens, with edits spliced in (marked as NOC)."""
    tokens = list(doc)
    pending = sorted(edits, key=lambda e: (e.start, e.end))
    segments: list[Segment] = []

    def emit(text: str, source: str, noc_text: str | None = None) -> None:
        if not text:
            return
        if segments and source == "person" and segments[-1].source == "person":
            segments[-1] = Segment(segments[-1].text + text, "person")
        else:
            segments.append(Segment(text, source, noc_text))

    i = k = 0
    while i < len(tokens) or k < len(pending):
        if k < len(pending) and pending[k].start <= i:
            edit = pending[k]
            k += 1
            if edit.start < i:  # overlaps an edit already applied
                continue
            noc = edit.change is not None and edit.change.noc_code is not None
            emit(
                edit.replacement, "noc" if noc else "person", edit.change.noc_text if noc else None
            )
            i = max(i, edit.end)
            continue
        if i >= len(tokens):
            break
        emit(tokens[i].text_with_ws, "person")
        i += 1
    return tuple(segments)
