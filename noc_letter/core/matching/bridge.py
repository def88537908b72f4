"""Reading a French duty through the English channels: its lemmas rendered as the NOC's English."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from noc_letter.core.matching.analysis import Term
from noc_letter.core.matching.query import Query
from noc_letter.resources import resource_path

LEXICON_FILE = "cnp_lexicon.json"


@dataclass(frozen=True)
class Lexicon:
    """French lemma → (English lemma, probability) pairs learned from the NOC and the CNP."""

    entries: dict[str, tuple[tuple[str, float], ...]]

    @classmethod
    def load(cls, path: Path) -> Lexicon:
        """Read the table written by scripts/build_lexicon.py."""
        raw = json.loads(path.read_text(encoding="utf-8"))["lexicon"]
        return cls({f: tuple((e, float(p)) for e, p in rows) for f, rows in raw.items()})

    def render(self, lemma: str) -> tuple[tuple[str, float], ...]:
        """English renderings of a French lemma (the lemma itself when it is not in the table:
        names of software, acronyms and words both languages share)."""
        return self.entries.get(lemma, ((lemma, 1.0),))


@cache
def load_lexicon() -> Lexicon | None:
    """The shipped lexicon, or None when it is missing."""
    path = resource_path("noc2021", LEXICON_FILE)
    try:
        return Lexicon.load(path)
    except (OSError, ValueError, KeyError):
        return None


def english_query(query: Query, lexicon: Lexicon, top: int = 2) -> Query:
    """The French query's terms rendered in English, weighted by their probability.

    The text (what the sentence encoder reads) is the rendered lemmas in the duty's order."""
    terms, weights, words = [], [], []
    for term, weight in zip(query.terms, query.weights, strict=True):
        rendered = lexicon.render(term.lemma)[:top]
        total = sum(p for _, p in rendered) or 1.0
        for english, p in rendered:
            terms.append(Term(english, term.pos, term.start, term.end))
            weights.append(weight * p / total)
        words.append(rendered[0][0])
    text = " ".join(words)
    return Query(text, tuple(terms), tuple(weights), query.truncated, tuple(words), "en")


class TranslatedVectors:
    """Word vectors for French lemmas: each is the probability-weighted mix of its English
    renderings' vectors (same interface as vectors.WordVectors: `embed`, `dims`)."""

    def __init__(self, english, lexicon: Lexicon) -> None:
        from noc_letter.core.matching.analysis import stop_words_for

        self.english = english
        self.lexicon = lexicon
        self.dims = english.dims
        self._stops = stop_words_for("fr")
        self._cache: dict[str, tuple[np.ndarray, float] | None] = {}

    def _vector(self, lemma: str) -> tuple[np.ndarray, float] | None:
        """(vector, SIF weight) of one French lemma, or None when nothing is known of it."""
        if lemma in self._cache:
            return self._cache[lemma]
        found = None
        if lemma not in self._stops:
            rows = [
                (self.english.row[e], p)
                for e, p in self.lexicon.render(lemma)
                if e in self.english.row
            ]
            if rows:
                ids = [r for r, _ in rows]
                probs = np.array([p for _, p in rows], np.float32)
                vector = probs @ self.english.vectors[ids]
                weight = float(probs @ self.english.sif[ids] / probs.sum())
                found = (vector / max(float(np.linalg.norm(vector)), 1e-9), weight)
        self._cache[lemma] = found
        return found

    def embed(self, lemmas: Sequence[str]) -> np.ndarray | None:
        """SIF-weighted mean of the known lemmas' vectors, L2-normalised; None if none is known."""
        parts = [found for found in (self._vector(lemma) for lemma in lemmas) if found]
        if not parts:
            return None
        v = sum(weight * vector for vector, weight in parts)
        norm = float(np.linalg.norm(v))
        return (v / norm).astype(np.float32) if norm > 0 else None
