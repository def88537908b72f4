"""Letter-level reading: which main duties are covered, lead statement, what the letter reads as."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np

from noc_letter.core.matching.lead import lead_statement_parts
from noc_letter.core.matching.query import Query
from noc_letter.core.matching.results import (
    Assessment,
    Confusable,
    CoveredDuty,
    DutyReading,
    GroupRef,
)
from noc_letter.core.matching.status import (
    SUPPORTS_TARGET,
    confusable_codes,
    letter_status,
    supports_duty,
)
from noc_letter.core.matching.verdict import with_verdict
from noc_letter.core.splitting import stated_share

if TYPE_CHECKING:  # annotations only: the matcher is handed in, never imported here
    from noc_letter.core.matching.matcher import Matcher

# A person's duty "describes" a NOC main duty when their similarity reaches COVER_THRESHOLD:
# the mean of the lexical cosine (shared lemmas) and the vector cosine (meaning). Example:
# "Prepare and file GST/HST returns ..." vs 12200's "Complete and submit tax remittance forms
# ..." → (0.17 + 0.48) / 2 = 0.33, covered; "Sort and file invoices and receipts" vs "Calculate
# and prepare cheques for payrolls ..." → (0.0 + 0.43) / 2 = 0.21, not covered. Without word
# vectors only the lexical cosine is used, with LEXICAL_COVER_THRESHOLD.
COVER_THRESHOLD = 0.30
LEXICAL_COVER_THRESHOLD = 0.25
# Share of lead-statement actions the duties must describe for the lead statement to count.
LEAD_SHARE = 0.5
# Letter confidence: relative margin of the top group over the runner-up, scaled so a top score
# 1.5 times the second reads as fully confident; below NEEDS_REVIEW the verdict says so.
CONFIDENCE_MARGIN = 1 / 3
NEEDS_REVIEW = 0.3
# A duty that describes one of the target's main duties (COVER_THRESHOLD) supports the target
# while the target scores within this share of the duty's best group (twice DUTY_MARGIN).
DESCRIBED_MARGIN = 0.4
# Below this score a duty says too little to read as any occupation.
UNCLEAR_SCORE = 0.04
# Two NOC main duties "say the same" (and tell neither group apart) at this similarity, the
# same measure as COVER_THRESHOLD: 63200's "Prepare and cook complete meals or individual
# dishes and foods" and 62200's "Prepare and cook complete meals or specialty foods for events
# such as banquets". A confusable needs a covered duty of its own, one the target has no duty
# like, to win (status.HeadToHead.other_wins). On the dev letters (docs/benchmarks.md, "Letter
# status"): 0.3 lets sibling targets through unsupported at 0.941 (bar 0.95), 0.4 at 0.951 with
# true targets supported at 0.875, 0.5 at 0.956 / 0.872 but the line-cook letter then reads as
# chefs again.
SHARED_DUTY = 0.4


@dataclass(frozen=True)
class TextVector:
    """A text as the coverage check compares it: in its own language (lemma tf-idf weights
    and meaning vector), and in English (the same for English text; for French, the duty's
    words rendered in English, or the NOC's English twin of a CNP duty)."""

    lang: str
    own: tuple[dict[str, float], Any]
    english: tuple[dict[str, float], Any] | None = None


def _parts(matcher: Matcher, query: Query) -> tuple[dict[str, float], Any]:
    """(lexical term → weight dict, meaning vector or None) in `matcher`'s own language."""
    ids, weights = matcher.lexical.query_vector(query.lemmas, list(query.weights))
    lexical = {matcher.index.vocab[i]: float(w) for i, w in zip(ids, weights, strict=True)}
    return lexical, matcher.embed(query)


def _vector(matcher: Matcher, query: Query, english_twin: Query | None = None) -> TextVector:
    """One analysed text, read in its own language (a French duty against the CNP's words)
    and in English: `english_twin` where the text has one (the NOC's duty for a CNP duty),
    else its words rendered through the lexicon."""
    reader = matcher.for_lang(query.lang)
    own = _parts(reader, query)
    if reader.lang == "en":
        return TextVector("en", own, own)
    english = reader.bridge
    if english is None or reader.lexicon is None or query.empty:
        return TextVector(reader.lang, own)
    if english_twin is None:
        from noc_letter.core.matching.bridge import english_query

        english_twin = english_query(query, reader.lexicon)
    return TextVector(reader.lang, own, _parts(english, english_twin))


def _similarity(a, b) -> float:
    """Similarity of two (lexical, meaning) pairs, comparable with COVER_THRESHOLD."""
    (la, va), (lb, vb) = a, b
    if len(la) > len(lb):
        la, lb = lb, la
    lexical = sum(w * lb.get(t, 0.0) for t, w in la.items())
    if va is None or vb is None:
        return lexical * COVER_THRESHOLD / LEXICAL_COVER_THRESHOLD
    return 0.5 * lexical + 0.5 * max(0.0, float(va @ vb))


def _cosine(a: TextVector, b: TextVector) -> float:
    """How closely two texts say the same: in their own language when they share it, and in
    English when both have an English reading; the higher of the two."""
    if a.lang == b.lang == "en":  # an English text's English reading is itself
        return _similarity(a.own, b.own)
    best = _similarity(a.own, b.own) if a.lang == b.lang else 0.0
    if a.english is not None and b.english is not None:
        best = max(best, _similarity(a.english, b.english))
    return best


def share_weights(shares: Sequence[float | None]) -> tuple[float, ...]:
    """Each duty's weight in the letter's reading: its stated share of working time (%).

    A duty with no stated share gets an even part of what the stated ones leave of 100 %, or,
    when they leave nothing, the smallest stated share. Empty when no share is stated: then
    every duty counts the same. The person's "60 % bookkeeping, 30 % clerical" is what an
    officer weighs, so the letter reads as the work that takes most of the time.
    """
    usable = [_usable_share(s) for s in shares]
    known = [s for s in usable if s is not None]
    if not known:
        return ()
    missing = len(usable) - len(known)
    left = 100.0 - sum(known)
    fill = left / missing if missing and left > 0 else min(known)
    return tuple(fill if s is None else s for s in usable)


def _usable_share(share) -> float | None:
    """A share in (0, 100] %, or None (missing, zero, negative, over 100 or not a number)."""
    try:
        value = float(share)
    except (TypeError, ValueError):
        return None
    return value if 0 < value <= 100 else None


class Assessor:
    """Computes `Assessment`s with a Matcher; caches the analysed NOC text of each target."""

    def __init__(self, matcher: Matcher) -> None:
        self.matcher = matcher
        self._target_text = lru_cache(maxsize=1024)(self._analyse_target)
        self._neighbours = lru_cache(maxsize=256)(self._find_neighbours)
        self._own_duties = lru_cache(maxsize=4096)(self._find_own_duties)

    def _analyse_target(self, code: str, lang: str = "en"):
        """The target's main duties and lead-statement actions, analysed in `lang`.

        French ("fr") uses the CNP's duties and its lead statement's first sentence as one
        action (the action splitter knows English grammar only)."""
        reader = self.matcher.for_lang(lang)
        group = reader.catalogue.get(code)
        stored = reader.index.lead_parts
        if reader.lang != "en":
            parts = lead_statement_parts(group.lead_in(reader.lang))
        elif stored:
            parts = list(stored[reader.position[code]])
        else:
            with reader._nlp_lock:
                parts = lead_statement_parts(group.lead_statement, reader.tagged_nlp)
        duties = group.duties_in(reader.lang)
        queries = reader.own_queries([d.text for d in duties] + parts)
        n = len(duties)
        # The NOC's own English duty reads better than the CNP duty's rendered words.
        twins: list[Query | None] = [None] * len(queries)
        if reader.lang != "en" and reader.bridge is not None and group.duties_aligned:
            twins[:n] = reader.bridge.own_queries([d.text for d in group.main_duties])
        vectors = [_vector(reader, q, twin) for q, twin in zip(queries, twins, strict=True)]
        return group, parts, vectors[:n], vectors[n:], duties

    def neighbours(self, code: str, limit: int = 3) -> list[str]:
        """Codes an officer could confuse with `code`: its exclusions, then the closest by score."""
        return list(self._neighbours(code, limit))

    def _find_neighbours(self, code: str, limit: int) -> tuple[str, ...]:
        group = self.matcher.catalogue.get(code)
        found = [e.see_code for e in group.exclusions if e.see_code in self.matcher.position]
        text = " ".join([group.lead_statement] + [d.text for d in group.main_duties])
        scores = self.matcher.scored(self.matcher.query(text)).scores
        for g in np.argsort(-scores):
            other = self.matcher.codes[int(g)]
            if len([c for c in found if c not in (code,)]) >= len(found) + limit:
                break
            if other != code and other not in found:
                found.append(other)
                limit -= 1
                if limit == 0:
                    break
        return tuple(dict.fromkeys(c for c in found if c != code))

    def assess(
        self,
        duties: Sequence[str],
        target: str,
        shares: Sequence[float | None] | None = None,
    ) -> Assessment:
        """How an officer would likely read these duties against the target code.

        `shares` (one per duty, % of working time, None where unknown) weigh each duty in what
        the letter reads as. A share written in the duty itself ("... (40%)") comes first: it is
        what the person sees and the letter prints. With no share anywhere, all count the same.
        """
        m = self.matcher
        given = list(shares) if shares is not None else [None] * len(duties)
        if len(given) != len(duties):
            raise ValueError("one share (or None) per duty")
        pairs = zip(duties, given, strict=True)
        weights = share_weights([stated_share(text) or s for text, s in pairs])
        queries = m.queries(duties)
        lang = letter_language(m, queries)
        group, parts, duty_vecs, part_vecs, main_duties = self._target_text(target, lang)
        scored = m.scored_all(queries)
        person_vecs = [_vector(m, q) for q in queries]
        t = m.position[target]
        neighbour_codes = set(self.neighbours(target))

        covered = self._coverage(duty_vecs, main_duties, person_vecs)
        part_hits = tuple(
            (part, any(_cosine(vec, pv) >= COVER_THRESHOLD for pv in person_vecs))
            for part, vec in zip(parts, part_vecs, strict=True)
        )
        lead_ok = bool(part_hits) and sum(hit for _, hit in part_hits) >= LEAD_SHARE * len(
            part_hits
        )

        # Each of the person's duties → the target main duty it describes best, if any.
        describes: dict[int, str] = {}
        for c in sorted(covered, key=lambda c: -c.similarity):
            for i in c.covered_by:
                describes.setdefault(i, c.text)
        readings = tuple(
            self._reading(i, text, s, t, neighbour_codes, describes.get(i))
            for i, (text, s) in enumerate(zip(duties, scored, strict=True))
        )
        letter = m.pool(scored, weights or None)
        order = [int(g) for g in np.argsort(-letter, kind="stable")[:3]]
        confidence = _confidence(letter, order)
        closest = max(
            (c for c in neighbour_codes if c in m.position),
            key=lambda c: letter[m.position[c]],
            default=None,
        )
        usable = [
            i for i, s in enumerate(scored) if not s.query.empty and (not weights or weights[i] > 0)
        ]
        rows = np.array([scored[i].scores for i in usable]).reshape(len(usable), len(m.codes))
        row_weights = [weights[i] if weights else 1.0 for i in usable]
        # Each confusable with which of its main duties the letter covers.
        rivals = [
            (c, self._covered_duties(c, person_vecs, lang))
            for c in confusable_codes(m.catalogue, target)
        ]
        confusables = tuple(
            self._confusable(c, letter[m.position[c]], duties, lang) for c, duties in rivals
        )
        n_covered = sum(c.covered for c in covered)
        coverage = {m.position[c.code]: c.coverage for c in confusables}
        coverage[t] = n_covered / len(covered) if covered else 0.0
        # A confusable wins only on evidence of its own: a main duty the target has no duty like.
        distinct = {
            m.position[c]: self._distinct_coverage(target, c, lang, duties) for c, duties in rivals
        }
        status, rival, _duels = letter_status(
            rows,
            row_weights,
            t,
            [m.position[c.code] for c in confusables],
            m.teers,
            covered=n_covered,
            coverage=coverage,
            distinct_coverage=distinct,
        )
        # What it reads as, as the officer concludes: the target when the letter supports it,
        # else the group it reads as instead; then the closest others by the pooled score.
        lead = t if status == SUPPORTS_TARGET else rival
        if lead is not None and letter[order[0]] > 0:
            order = [lead] + [g for g in order if g != lead][:2]
        reads_as = tuple(self._ref(g, letter[g]) for g in order)
        assessment = Assessment(
            target=self._ref(t, letter[t]),
            reads_as=reads_as,
            lead_statement_supported=lead_ok,
            lead_statement_parts=part_hits,
            covered_main_duties=tuple(covered),
            duties=readings,
            verdict="",
            confidence=confidence,
            needs_review=confidence < NEEDS_REVIEW,
            closest_neighbour=self._ref(m.position[closest], letter[m.position[closest]])
            if closest
            else None,
            weights=weights,
            status=status,
            reads_instead=self._ref(rival, letter[rival]) if rival is not None else None,
            confusables=confusables,
            lang=lang,
        )
        return with_verdict(assessment)

    def _coverage(self, duty_vecs, main_duties, person_vecs) -> list[CoveredDuty]:
        covered = []
        for j, (duty, vec) in enumerate(zip(main_duties, duty_vecs, strict=True)):
            sims = [_cosine(vec, pv) for pv in person_vecs]
            by = tuple(i for i, s in enumerate(sims) if s >= COVER_THRESHOLD)
            covered.append(CoveredDuty(j, duty.text, by, round(max(sims, default=0.0), 3)))
        return covered

    def _find_own_duties(self, target: str, other: str, lang: str) -> tuple[int, ...]:
        """Positions of the other group's main duties that no main duty of the target says the
        same as (similarity < SHARED_DUTY): what only that job does."""
        t_vecs = self._target_text(target, lang)[2]
        o_vecs = self._target_text(other, lang)[2]
        return tuple(
            j
            for j, vec in enumerate(o_vecs)
            if all(_cosine(vec, t_vec) < SHARED_DUTY for t_vec in t_vecs)
        )

    def _distinct_coverage(
        self, target: str, other: str, lang: str, covered: Sequence[CoveredDuty]
    ) -> float | None:
        """Share of the other group's own main duties the letter covers (None: it has none)."""
        own = self._own_duties(target, other, lang)
        return sum(covered[j].covered for j in own) / len(own) if own else None

    def _covered_duties(self, code: str, person_vecs, lang: str) -> list[CoveredDuty]:
        """Each main duty of `code` and which of the person's duties describe it."""
        _, _, duty_vecs, _, main_duties = self._target_text(code, lang)
        return self._coverage(duty_vecs, main_duties, person_vecs)

    def _confusable(
        self, code: str, score: float, covered: Sequence[CoveredDuty], lang: str = "en"
    ) -> Confusable:
        """A confusable group with the share of its main duties the letter covers."""
        group = self._target_text(code, lang)[0]
        share = sum(c.covered for c in covered) / len(covered) if covered else 0.0
        return Confusable(code, group.title, group.teer, round(share, 3), round(float(score), 4))

    def _ref(self, g: int, score: float) -> GroupRef:
        unit = self.matcher.catalogue.groups[g]
        return GroupRef(unit.code, unit.title, unit.teer, round(float(score), 4))

    def _reading(
        self, i: int, text: str, scored, t: int, neighbours: set[str], main_duty: str | None
    ) -> DutyReading:
        return replace(
            self._read_duty(i, text, scored, t, neighbours, main_duty), lang=scored.query.lang
        )

    def _read_duty(
        self, i: int, text: str, scored, t: int, neighbours: set[str], main_duty: str | None
    ) -> DutyReading:
        m = self.matcher
        if scored.query.empty or float(scored.scores.max()) < UNCLEAR_SCORE:
            return DutyReading(
                i,
                text,
                "unclear",
                None,
                0.0,
                "Too vague to read as any occupation: say what, for whom, with which tools.",
            )
        best_g = int(np.argmax(scored.scores))
        best = m.candidate(scored, best_g)
        target_score = float(scored.scores[t])
        if supports_duty(scored.scores, t):
            return DutyReading(
                i,
                text,
                "target",
                m.candidate(scored, t),
                target_score,
                "Reads as your target occupation.",
            )
        if main_duty is not None and supports_duty(scored.scores, t, DESCRIBED_MARGIN):
            # Another group's words score a little higher ("bank" → banking), but the line
            # describes one of the target's own main duties: an officer reads it as the target.
            shown = main_duty if len(main_duty) <= 90 else main_duty[:87].rstrip() + "…"
            return DutyReading(
                i,
                text,
                "target",
                m.candidate(scored, t),
                target_score,
                f'Describes your target\'s main duty "{shown}".',
                describes=shown,
            )
        if best.code in neighbours:
            kind, why = (
                "neighbour",
                f"Reads more as {best.code} {best.title} (TEER {best.teer}), "
                "a group officers confuse with your target.",
            )
        elif best.skilled:
            kind, why = (
                "other_skilled",
                f"Reads more as {best.code} {best.title} (TEER {best.teer}).",
            )
        else:
            kind, why = (
                "other_low",
                f"Reads more as {best.code} {best.title} (TEER {best.teer}), "
                "which is not skilled work for Express Entry.",
            )
        return DutyReading(i, text, kind, best, target_score, why)


def letter_language(matcher: Matcher, queries: Sequence[Query]) -> str:
    """The language most of a letter's duties are read in (the matcher's own on a tie)."""
    counts: dict[str, int] = {}
    for query in queries:
        if not query.empty:
            counts[query.lang] = counts.get(query.lang, 0) + 1
    if not counts:
        return matcher.lang
    best = max(counts.values())
    return matcher.lang if counts.get(matcher.lang) == best else max(counts, key=counts.get)


def _confidence(letter: np.ndarray, order: list[int]) -> float:
    if len(order) < 2 or letter[order[0]] <= 0:
        return 0.0
    margin = 1.0 - float(letter[order[1]] / letter[order[0]])
    return round(min(1.0, margin / CONFIDENCE_MARGIN), 3)
