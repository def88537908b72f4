"""Duty → NOC scoring: combine lexical (and vector) evidence into ranked, explained candidates."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

import numpy as np

from noc_letter.core.catalogue import Catalogue
from noc_letter.core.language import detect_language
from noc_letter.core.matching.dense import DenseModel
from noc_letter.core.matching.index import KINDS, MatchIndex, remove_directions, sentence_text
from noc_letter.core.matching.lexical import DUTY, EXAMPLE_TITLE, LEAD, LexicalModel
from noc_letter.core.matching.meaning import MeaningScores
from noc_letter.core.matching.query import (
    MAX_DUTY_CHARS,
    Query,
    clean_text,
    make_query,
    query_from_doc,
)
from noc_letter.core.matching.results import Candidate, Evidence
from noc_letter.core.matching.weights import (  # noqa: F401 - re-exported for callers
    BRIDGE_WEIGHT,
    EMBED_CACHE,
    ENCODER_EVIDENCE,
    FUSION,
    MEANING_EVIDENCE,
    Weights,
    fuse,
)


@dataclass(frozen=True)
class Scored:
    """Everything computed for one query: the combined score of every group plus raw evidence."""

    query: Query
    scores: np.ndarray
    best: np.ndarray
    best_sentence: np.ndarray
    vector_best: np.ndarray | None = None
    vector_sentence: np.ndarray | None = None
    base: np.ndarray | None = None  # the lexical + word-vector score, before the encoder
    meaning: MeaningScores | None = None
    bridged: Scored | None = None  # a French duty's reading through the English channels


class Matcher:
    """Scores duties against all 516 NOC 2021 unit groups.

    Build it with `get_matcher()` (loads spaCy and the index once); it is thread-safe for reads
    because spaCy calls are serialised with a lock. The sentence encoder (`meaning`, a
    `encoder.Loading` of (SentenceEncoder, MeaningIndex)) loads in the background: while it
    loads, `wait_for_meaning` decides whether scoring waits for it (the default: the command
    line, the window's worker) or answers at once from the lexical channel (benchmarks).
    """

    def __init__(
        self,
        catalogue: Catalogue,
        index: MatchIndex,
        nlp,
        weights: Weights | None = None,
        vectors=None,
        tagged_nlp=None,
        meaning=None,
        fusion: float = FUSION,
    ):
        """Args:
        catalogue, index: the bundled data (the index must be built with the same `nlp`).
        nlp: the pipeline that analyses duties for scoring (lemmas; see nlp.get_fast_nlp).
        weights: global score weights.
        vectors: word vectors for the meaning channel (None: lexical only).
        tagged_nlp: a pipeline with parts of speech for the lead statement and rewording;
            loaded on first use with nlp.get_nlp() when not given.
        meaning: an `encoder.Loading` of (SentenceEncoder, MeaningIndex), or None.
        fusion: weight of the encoder's score (FUSION).
        """
        self.catalogue = catalogue
        self.index = index
        self.nlp = nlp
        self._tagged_nlp = tagged_nlp
        self.lexical = LexicalModel(index, len(catalogue))
        self.vectors = vectors if index.sent_vectors is not None else None
        self.dense = (
            DenseModel(index, len(catalogue), index.sent_vectors)
            if self.vectors is not None
            else None
        )
        self.codes = tuple(group.code for group in catalogue.groups)
        self.position = {code: i for i, code in enumerate(self.codes)}
        self.teers = np.array([group.teer for group in catalogue.groups])
        self.set_weights(weights or Weights())
        self._nlp_lock = threading.Lock()
        self.assessor = None  # attached by engine.get_matcher (assess.Assessor)
        self.meaning = meaning
        self.fusion = fusion
        self.wait_for_meaning = True
        self._embedded: OrderedDict[str, np.ndarray] = OrderedDict()
        self._embed_lock = threading.Lock()
        # The language of this matcher's index ("en": the NOC, "fr": the CNP), and matchers
        # for the other languages: a duty is read by the matcher of the language it is in.
        self.lang = index.lang
        self.others: dict[str, Matcher] = {}
        self._loaders: dict[str, object] = {}
        self._language_lock = threading.Lock()
        # A matcher of another language (the English one) that also reads this one's duties,
        # through `lexicon` (bridge.Lexicon); its scores are fused with this one's.
        self.bridge: Matcher | None = None
        self.lexicon = None
        self.bridge_weight = BRIDGE_WEIGHT

    # --- languages ------------------------------------------------------------------------
    def add_language(self, other: Matcher) -> None:
        """Read duties written in `other`'s language with `other` (same catalogue order)."""
        if other.codes != self.codes:
            raise ValueError("the other language's matcher must use the same catalogue")
        self.others[other.lang] = other
        other.assessor = self.assessor

    def add_language_loader(self, lang: str, load) -> None:
        """Read `lang` with the matcher `load()` returns, built on the first duty in `lang`
        (the French pipeline takes seconds to load; English-only use never pays for it)."""
        self._loaders[lang] = load

    def prepare_language(self, lang: str) -> bool:
        """Build the matcher of `lang` now if it is only registered; True when it is ready."""
        with self._language_lock:
            load = self._loaders.pop(lang, None)
            if load is not None:
                other = load()
                if other is not None:
                    self.add_language(other)
        return lang == self.lang or lang in self.others

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages duties can be read in, this matcher's own first."""
        return tuple(dict.fromkeys((self.lang, *self.others, *self._loaders)))

    def for_lang(self, lang: str) -> Matcher:
        """The matcher that reads `lang` (this one when it has no matcher for that language)."""
        if lang == self.lang:
            return self
        if lang in self._loaders:
            self.prepare_language(lang)
        return self.others.get(lang, self)

    def language_of(self, text: str) -> str:
        """The language a duty is read in: detected when several are available."""
        if not self.others and not self._loaders:
            return self.lang
        found = detect_language(text, default=self.lang)
        return found if found in self.languages else self.lang

    def set_weights(self, weights: Weights) -> None:
        """Replace the global weights (benchmarks use this to tune a few of them)."""
        self.weights = weights
        self._field_w, self._best_w, self._vfield_w, self._vbest_w = weights.arrays()
        total = self._field_w.sum() + self._best_w.sum()
        if self.dense is not None:
            total += self._vfield_w.sum() + self._vbest_w.sum()
        self._total_w = float(total)
        self._hub_offset = None
        if self.index.hub is not None and weights.hub:
            # Centred, so that scores keep their level and only the order between groups moves.
            self._hub_offset = (weights.hub * (self.index.hub - self.index.hub.mean())).astype(
                np.float32
            )

    @property
    def tagged_nlp(self):
        """The pipeline with a tagger (parts of speech), loaded on first use."""
        if self._tagged_nlp is None:
            from noc_letter.core.nlp import get_nlp

            self._tagged_nlp = get_nlp()
        return self._tagged_nlp

    # --- analysis -------------------------------------------------------------------------
    def query(self, text: str) -> Query:
        """Clean and analyse one duty (in the language it is written in)."""
        reader = self.for_lang(self.language_of(text))
        if reader is not self:
            return reader.query(text)
        with self._nlp_lock:
            return make_query(self.nlp, text)

    def queries(self, texts: Iterable[str]) -> list[Query]:
        """Analyse many duties, each language in one spaCy batch, in the order given."""
        texts = list(texts)
        if not self.others and not self._loaders:
            return self.own_queries(texts)
        by_lang: dict[str, list[int]] = {}
        for i, text in enumerate(texts):
            by_lang.setdefault(self.language_of(text), []).append(i)
        out: list[Query | None] = [None] * len(texts)
        for lang, positions in by_lang.items():
            found = self.for_lang(lang).own_queries([texts[i] for i in positions])
            for i, query in zip(positions, found, strict=True):
                out[i] = query
        return out  # type: ignore[return-value]

    def own_queries(self, texts: Sequence[str]) -> list[Query]:
        """Analyse duties in this matcher's own language, in one spaCy batch (no detection)."""
        cleaned = [clean_text(t) for t in texts]
        cut = [c[:MAX_DUTY_CHARS] for c in cleaned]
        with self._nlp_lock:
            docs = list(self.nlp.pipe(cut, batch_size=128))
        return [
            query_from_doc(doc, text, len(full) > MAX_DUTY_CHARS)
            for doc, text, full in zip(docs, cut, cleaned, strict=True)
        ]

    # --- scoring --------------------------------------------------------------------------
    def meaning_parts(self):
        """(SentenceEncoder, MeaningIndex) when the encoder is loaded, else None.

        Waits for it to finish loading when `wait_for_meaning` is set."""
        if self.meaning is None:
            return None
        return self.meaning.get(wait=self.wait_for_meaning)

    @property
    def meaning_ready(self) -> bool:
        """True when scores include the sentence encoder (or it will never load)."""
        return self.meaning is None or self.meaning.ready

    def meaning_vectors(self, texts: Sequence[str]) -> list[np.ndarray] | None:
        """Encoder vectors of duty texts (cached by text; new ones embedded in one batch)."""
        parts = self.meaning_parts()
        if parts is None:
            return None
        encoder, index = parts
        with self._embed_lock:
            missing = list(dict.fromkeys(t for t in texts if t not in self._embedded))
        if missing:
            found = encoder.embed([index.noc_spelling(text) for text in missing])
            with self._embed_lock:
                for text, vector in zip(missing, found, strict=True):
                    self._embedded[text] = vector
                while len(self._embedded) > EMBED_CACHE:
                    self._embedded.popitem(last=False)
        with self._embed_lock:
            out = []
            for text in texts:
                vector = self._embedded.get(text)
                if vector is None:  # pushed out by a huge batch: embed it again
                    vector = encoder.embed_one(index.noc_spelling(text))
                out.append(vector)
            return out

    def scored_all(self, queries: Sequence[Query]) -> list[Scored]:
        """`scored` for many duties, their encoder vectors computed in one batch."""
        out: list[Scored | None] = [None] * len(queries)
        for lang in dict.fromkeys(q.lang for q in queries):
            positions = [i for i, q in enumerate(queries) if q.lang == lang]
            found = self.for_lang(lang)._own_scored_all([queries[i] for i in positions])
            for i, item in zip(positions, found, strict=True):
                out[i] = item
        return out  # type: ignore[return-value]

    def _own_scored_all(self, queries: Sequence[Query]) -> list[Scored]:
        texts = [q.text for q in queries if not q.empty]
        vectors = self.meaning_vectors(texts) if texts else None
        by_text = dict(zip(texts, vectors, strict=True)) if vectors is not None else {}
        return [self.scored(q, by_text.get(q.text)) for q in queries]

    def scored(self, query: Query, meaning_vector: np.ndarray | None = None) -> Scored:
        """Combined score of every group for an analysed duty."""
        reader = self.for_lang(query.lang)
        if reader is not self:
            return reader.scored(query, meaning_vector)
        own = self._own_scored(query, meaning_vector)
        if self.bridge is None or self.lexicon is None or query.empty:
            return own
        from noc_letter.core.matching.bridge import english_query

        via = self.bridge.scored(english_query(query, self.lexicon))
        w = self.bridge_weight
        scores = ((via.scores + w * own.scores) / (1.0 + w)).astype(np.float32)
        return replace(own, scores=scores, bridged=via)

    def _own_scored(self, query: Query, meaning_vector: np.ndarray | None = None) -> Scored:
        words = self.word_scored(query)
        parts = None if query.empty else self.meaning_parts()
        if parts is None:
            return replace(words, base=words.scores)
        if meaning_vector is None:
            meaning_vector = self.meaning_vectors([query.text])[0]
        meaning = parts[1].score(meaning_vector)
        scores = fuse(words.scores, meaning.combined, self.fusion)
        return replace(words, scores=scores, base=words.scores, meaning=meaning)

    def word_scored(self, query: Query) -> Scored:
        """The word-matching reading only (lexical + word vectors, hub-corrected), without the
        sentence encoder. Rewording compares candidates on it (see rewording/rewriter.py)."""
        reader = self.for_lang(query.lang)
        if reader is not self:
            return reader.word_scored(query)
        term_ids, term_w = self.lexical.query_vector(query.lemmas, list(query.weights))
        lex = self.lexical.score(term_ids, term_w)
        combined = self._field_w @ lex.fields + self._best_w @ lex.best
        vector_best = vector_sentence = None
        if self.dense is not None and not query.empty:
            dense = self.dense.score(self.embed(query))
            combined = combined + self._vfield_w @ dense.fields + self._vbest_w @ dense.best
            vector_best, vector_sentence = dense.best, dense.best_sentence
        scores = combined / self._total_w
        if self._hub_offset is not None and not query.empty:
            scores = np.where(scores > 0, scores - self._hub_offset, 0.0)
        scores = np.clip(scores, 0.0, 1.0)
        return Scored(query, scores, lex.best, lex.best_sentence, vector_best, vector_sentence)

    def embed(self, query: Query) -> np.ndarray | None:
        """The query's meaning vector in the index's space (common directions removed)."""
        reader = self.for_lang(query.lang)
        if reader is not self:
            return reader.embed(query)
        if self.vectors is None:
            return None
        vector = self.vectors.embed(query.pooled)
        return None if vector is None else remove_directions(vector, self.index.vector_pcs)

    def score_vector(self, text: str) -> np.ndarray:
        """Scores of all 516 groups (catalogue order) for one duty."""
        return self.scored(self.query(text)).scores

    def score(self, text: str, top: int = 5) -> list[Candidate]:
        """The `top` best unit groups for a duty, best first, each with evidence and a reason."""
        return self.top_candidates(self.scored(self.query(text)), top)

    def top_candidates(self, scored: Scored, top: int = 5) -> list[Candidate]:
        """The `top` best candidates of an already scored duty (none for an empty duty)."""
        if scored.query.empty:
            return []
        order = np.argsort(-scored.scores, kind="stable")[: max(0, top)]
        return [self.candidate(scored, int(g)) for g in order if scored.scores[g] > 0]

    def compare(self, text: str, codes: Sequence[str]) -> list[Candidate]:
        """Scores for the given codes (target first, then neighbours), in the order given.

        Unknown codes raise KeyError. This is what the live highlight asks on every pause.
        """
        scored = self.scored(self.query(text))
        return [self.candidate(scored, self.position[code]) for code in codes]

    def letter_scores(
        self, queries: Sequence[Query], weights: Sequence[float] | None = None
    ) -> np.ndarray:
        """Score of every group for a whole list of duties: the mean of the duty scores,
        weighted by `weights` (one per query, e.g. each duty's share of time) when given.

        Summing per-duty evidence beat voting and softmax pooling on the dev letters.
        """
        return self.pool(self.scored_all(queries), weights)

    def pool(self, scored: Sequence[Scored], weights: Sequence[float] | None = None) -> np.ndarray:
        """`letter_scores` of duties already scored (empty duties and zero weights left out)."""
        if weights is None:
            weights = [1.0] * len(scored)
        pairs = zip(scored, weights, strict=True)
        usable = [(s, w) for s, w in pairs if not s.query.empty and w > 0]
        if not usable:
            return np.zeros(len(self.codes))
        rows = np.array([s.scores for s, _ in usable])
        return np.average(rows, axis=0, weights=[w for _, w in usable])

    def assess(
        self, duties: Sequence[str], target: str, shares: Sequence[float | None] | None = None
    ):
        """Letter-level reading of `duties` against `target` (see `assess.Assessor`)."""
        return self._attached_assessor().assess(duties, target, shares)

    def neighbours(self, code: str, limit: int = 3) -> list[str]:
        """Codes an officer could confuse with `code`: its exclusions, then the closest groups."""
        return self._attached_assessor().neighbours(code, limit)

    def _attached_assessor(self):
        if self.assessor is None:
            raise RuntimeError("this matcher has no assessor: build it with get_matcher()")
        return self.assessor

    def rank_of(self, scores: np.ndarray, code: str) -> int:
        """1-based rank of a code within a score vector."""
        return int((scores > scores[self.position[code]]).sum()) + 1

    # --- explanation ----------------------------------------------------------------------
    def evidence(self, scored: Scored, group: int) -> tuple[Evidence, ...]:
        """The matched NOC sentences of one group, strongest first (CNP ones for French)."""
        reader = self.for_lang(scored.query.lang)
        if reader is not self:
            return reader.evidence(scored, group)
        items = []
        query_lemmas = set(scored.query.lemmas)
        for kind in (DUTY, LEAD, EXAMPLE_TITLE):
            sentence = int(scored.best_sentence[kind, group])
            if sentence < 0:
                continue
            start, end = self.index.sent_ptr[sentence], self.index.sent_ptr[sentence + 1]
            lemmas = [self.index.vocab[t] for t in self.index.sent_terms[start:end]]
            shared = tuple(dict.fromkeys(lem for lem in lemmas if lem in query_lemmas))
            position = int(self.index.sent_pos[sentence])
            text = sentence_text(self.catalogue, group, kind, position, self.lang)
            items.append(Evidence(KINDS[kind], text, float(scored.best[kind, group]), shared))
        if scored.vector_sentence is not None:
            seen = {e.text for e in items}
            for kind in (DUTY, LEAD):
                sentence = int(scored.vector_sentence[kind, group])
                if sentence < 0:
                    continue
                position = int(self.index.sent_pos[sentence])
                text = sentence_text(self.catalogue, group, kind, position, self.lang)
                similarity = float(scored.vector_best[kind, group])
                if text not in seen and similarity >= MEANING_EVIDENCE:
                    items.append(Evidence(KINDS[kind], text, similarity, ()))
                    seen.add(text)
        if scored.meaning is not None:
            items += self._encoder_evidence(scored.meaning, group, {e.text for e in items})
        elif scored.bridged is not None and scored.bridged.meaning is not None:
            items += self._encoder_evidence(
                scored.bridged.meaning, group, {e.text for e in items}, bridged=True
            )
        items.sort(key=lambda e: -e.similarity)
        return tuple(items)

    def _encoder_evidence(
        self, meaning: MeaningScores, group: int, seen: set[str], bridged: bool = False
    ):
        """The group's main duty and lead statement the encoder finds closest in meaning.

        `bridged`: the meaning scores are the English reading of a French duty; its best main
        duty is shown in French only where the two lists are known to be in the same order."""
        unit = self.catalogue.groups[group]
        found = []
        position = int(meaning.best_duty[group])
        duty_sim = float(meaning.features["duty"][group])
        duties = unit.duties_in(self.lang)
        if bridged and not unit.duties_aligned:
            position = -1
        if 0 <= position < len(duties) and duty_sim >= ENCODER_EVIDENCE:
            found.append(Evidence("main_duty", duties[position].text, duty_sim, ()))
        lead_sim = float(meaning.features["lead"][group])
        if lead_sim >= ENCODER_EVIDENCE:
            found.append(Evidence("lead_statement", unit.lead_in(self.lang), lead_sim, ()))
        return [e for e in found if e.text not in seen]

    def candidate(self, scored: Scored, group: int) -> Candidate:
        """A Candidate for one group index, with evidence and a one-line reason."""
        unit = self.catalogue.groups[group]
        evidence = self.evidence(scored, group)
        return Candidate(
            code=unit.code,
            title=unit.title,
            teer=unit.teer,
            score=round(float(scored.scores[group]), 4),
            evidence=evidence,
            reason=reason_for(evidence),
        )


_KIND_WORDS = {
    "main_duty": "main duty",
    "lead_statement": "lead statement",
    "example_title": "example job title",
    "title": "group title",
    "requirement": "requirement",
}


def reason_for(evidence: Sequence[Evidence]) -> str:
    """A short sentence a person can read: which NOC text matched, and on which words."""
    if not evidence:
        return "No words in common with this group's duties or titles."
    best = evidence[0]
    if not best.shared:
        text = best.text if len(best.text) <= 90 else best.text[:87].rstrip() + "…"
        return f'Close in meaning to the {_KIND_WORDS.get(best.kind, best.kind)} "{text}".'
    words = ", ".join(best.shared[:4])
    text = best.text if len(best.text) <= 90 else best.text[:87].rstrip() + "…"
    return f'Shares "{words}" with the {_KIND_WORDS.get(best.kind, best.kind)} "{text}".'
