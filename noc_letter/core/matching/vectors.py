"""Static word vectors (distilled at build time from a sentence model) and SIF-weighted pooling."""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import numpy as np

from noc_letter.resources import resource_path

# Smooth inverse frequency: a word's weight is a / (a + p(word)); frequent words count little.
SIF_A = 1e-3
MIN_FREQ = 1e-8


class WordVectors:
    """Lemma → vector table with SIF weights; see resources/vectors/README.md for provenance."""

    def __init__(self, folder: Path) -> None:
        words = (folder / "vocab.txt").read_text(encoding="utf-8").split("\n")
        self.row = {w: i for i, w in enumerate(words) if w}
        if (folder / "vectors_int8.npy").is_file():
            # int8 with one scale per word (half of float16; cosines move by under 0.002).
            scale = np.load(folder / "vectors_scale.npy").astype(np.float32)
            self.vectors = np.load(folder / "vectors_int8.npy").astype(np.float32) * scale[:, None]
        else:
            self.vectors = np.load(folder / "vectors.npy").astype(np.float32)
        freq = np.maximum(np.load(folder / "freq.npy").astype(np.float64), MIN_FREQ)
        self.sif = (SIF_A / (SIF_A + freq)).astype(np.float32)
        self.meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        self.dims = int(self.vectors.shape[1])

    def embed(self, lemmas: Sequence[str]) -> np.ndarray | None:
        """SIF-weighted mean of the known lemmas' vectors, L2-normalised; None if none is known."""
        rows = [r for r in (self.row.get(lemma) for lemma in lemmas) if r is not None]
        if not rows:
            return None
        v = self.sif[rows] @ self.vectors[rows]
        norm = float(np.linalg.norm(v))
        return (v / norm).astype(np.float32) if norm > 0 else None


def pooled_lemmas(doc) -> list[str]:
    """Lemmas a text is embedded from: every word, lower-cased, without punctuation or numbers."""
    return [
        (t.lemma_ or t.text).lower() for t in doc if not (t.is_punct or t.is_space or t.like_num)
    ]


@cache
def load_vectors() -> WordVectors | None:
    """The bundled word vectors, or None when the app ships without them."""
    folder = resource_path("vectors")
    stored = (folder / "vectors_int8.npy").is_file() or (folder / "vectors.npy").is_file()
    return WordVectors(folder) if stored else None
