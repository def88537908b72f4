"""Lexical scoring: lemma tf-idf over NOC fields and best-matching single NOC sentences."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from noc_letter.core.matching.index import (
    DUTY,
    EXAMPLE_TITLE,
    KINDS,
    LEAD,
    REQUIREMENT,
    TITLE,
    MatchIndex,
)
from noc_letter.core.spelling import variants

# How many unknown lemmas remember their respelling (a few MB at most).
RESPELL_CACHE = 50_000

N_KINDS = len(KINDS)


def _unique(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sorted unique values and their counts, by sorting (numpy's sort lets other threads run,
    so loading this in the background does not freeze the window the way a hash pass does)."""
    ordered = np.sort(keys)
    starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
    return ordered[starts], np.diff(np.r_[starts, len(ordered)])


@dataclass(frozen=True)
class Postings:
    """Term-major sparse matrix: rows of `term` are `ids[ptr[t]:ptr[t+1]]` with `weights`."""

    ptr: np.ndarray
    ids: np.ndarray
    weights: np.ndarray

    @classmethod
    def from_triples(cls, terms: np.ndarray, ids: np.ndarray, weights: np.ndarray, n_terms: int):
        order = np.lexsort((ids, terms))
        counts = np.bincount(terms, minlength=n_terms)
        ptr = np.zeros(n_terms + 1, dtype=np.int64)
        np.cumsum(counts, out=ptr[1:])
        return cls(ptr, ids[order].astype(np.int32), weights[order].astype(np.float32))

    def gather(
        self, term_ids: np.ndarray, term_weights: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        """Concatenated (ids, weight × query weight) of the rows of the given terms."""
        slices = [slice(self.ptr[t], self.ptr[t + 1]) for t in term_ids]
        if not slices:
            return np.zeros(0, np.int32), np.zeros(0, np.float32)
        ids = np.concatenate([self.ids[s] for s in slices])
        weights = np.concatenate(
            [self.weights[s] * w for s, w in zip(slices, term_weights, strict=True)]
        )
        return ids, weights


@dataclass(frozen=True)
class LexicalScores:
    """Per-group lexical evidence for one query.

    Attributes:
        fields: (N_KINDS, n_groups) cosine of the query with each group's whole field
            (all duties together, all example titles together, ...).
        best: (N_KINDS, n_groups) cosine of the query with the best single sentence of that kind.
        best_sentence: (N_KINDS, n_groups) index of that sentence, -1 when none matched.
    """

    fields: np.ndarray
    best: np.ndarray
    best_sentence: np.ndarray


class LexicalModel:
    """Tf-idf vectors of every NOC sentence and of every group's fields, ready to score queries."""

    def __init__(self, index: MatchIndex, n_groups: int) -> None:
        self.index = index
        self.n_groups = n_groups
        self.term_ids = {term: i for i, term in enumerate(index.vocab)}
        self._respelled: dict[str, int | None] = {}
        n_terms = len(index.vocab)
        sent_of_occ = np.repeat(np.arange(index.n_sentences), np.diff(index.sent_ptr))
        group_of_occ = index.sent_group[sent_of_occ].astype(np.int64)
        kind_of_occ = index.sent_kind[sent_of_occ].astype(np.int64)
        terms = index.sent_terms.astype(np.int64)

        # Inverse document frequency over unit groups: a word found in few groups is telling.
        pairs = _unique(group_of_occ * n_terms + terms)[0]
        df = np.bincount(pairs % n_terms, minlength=n_terms)
        self.idf = (np.log((n_groups + 1) / (df + 1)) + 1.0).astype(np.float32)

        # Sentence vectors: binary term presence × idf, L2-normalised.
        uniq = _unique(sent_of_occ.astype(np.int64) * n_terms + terms)[0]
        s_ids, s_terms = uniq // n_terms, uniq % n_terms
        w = self.idf[s_terms]
        norms = np.sqrt(np.bincount(s_ids, weights=w * w, minlength=index.n_sentences))
        self.sentences = Postings.from_triples(s_terms, s_ids, w / norms[s_ids], n_terms)

        # Field vectors per (kind, group): sublinear tf × idf, L2-normalised.
        cell = kind_of_occ * n_groups + group_of_occ
        keys, counts = _unique(cell * n_terms + terms)
        f_cell, f_terms = keys // n_terms, keys % n_terms
        w = (1.0 + np.log(counts)) * self.idf[f_terms]
        norms = np.sqrt(np.bincount(f_cell, weights=w * w, minlength=N_KINDS * n_groups))
        self.fields = Postings.from_triples(f_terms, f_cell, w / norms[f_cell], n_terms)
        self.sent_cell = index.sent_kind.astype(np.int64) * n_groups + index.sent_group.astype(
            np.int64
        )

    def term_id(self, lemma: str) -> int | None:
        """The index term of a lemma, also when the duty spells it another way (US/UK).

        "labor" finds the NOC's "labour" and "mold" its "mould": a lemma the NOC never uses is
        looked up under its regular spelling variants (see core/spelling.py).
        """
        term = self.term_ids.get(lemma)
        if term is not None:
            return term
        if lemma in self._respelled:
            return self._respelled[lemma]
        known = sorted(v for v in variants(lemma) if v in self.term_ids)
        term = self.term_ids[known[0]] if known else None
        if len(self._respelled) < RESPELL_CACHE:  # bounded: garbage input must not grow it
            self._respelled[lemma] = term
        return term

    def query_vector(
        self, lemmas: list[str], weights: list[float]
    ) -> tuple[np.ndarray, np.ndarray]:
        """Known term ids and their normalised query weights (idf × the given weight)."""
        acc: dict[int, float] = {}
        for lemma, weight in zip(lemmas, weights, strict=True):
            term = self.term_id(lemma)
            if term is not None:
                acc[term] = max(acc.get(term, 0.0), weight)
        if not acc:
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        ids = np.fromiter(acc, dtype=np.int64)
        w = np.fromiter(acc.values(), dtype=np.float32) * self.idf[ids]
        return ids, w / np.linalg.norm(w)

    def score(self, term_ids: np.ndarray, term_weights: np.ndarray) -> LexicalScores:
        """Field cosines and best-sentence cosines of every group for one query vector."""
        n_cells = N_KINDS * self.n_groups
        ids, w = self.fields.gather(term_ids, term_weights)
        fields = np.bincount(ids, weights=w, minlength=n_cells).reshape(N_KINDS, self.n_groups)

        best = np.zeros(n_cells, dtype=np.float64)
        best_sentence = np.full(n_cells, -1, dtype=np.int64)
        ids, w = self.sentences.gather(term_ids, term_weights)
        if len(ids):
            touched, inverse = np.unique(ids, return_inverse=True)
            sims = np.bincount(inverse, weights=w)
            cells = self.sent_cell[touched]
            # Keep, per cell, the sentence with the highest similarity.
            order = np.lexsort((sims, cells))
            last = np.r_[cells[order][1:] != cells[order][:-1], True]
            chosen = order[last]
            best[cells[chosen]] = sims[chosen]
            best_sentence[cells[chosen]] = touched[chosen]
        return LexicalScores(
            fields=fields.astype(np.float32),
            best=best.reshape(N_KINDS, self.n_groups).astype(np.float32),
            best_sentence=best_sentence.reshape(N_KINDS, self.n_groups),
        )


__all__ = ["DUTY", "EXAMPLE_TITLE", "LEAD", "REQUIREMENT", "TITLE", "LexicalModel", "LexicalScores"]
