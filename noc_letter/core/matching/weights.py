"""The global weights of the duty score, and how the sentence encoder's score is fused in."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from noc_letter.core.matching.index import KINDS

# How the evidence adds up. Each feature is a cosine in [0, 1]; the score is their weighted
# mean, so it stays in [0, 1]. Lexical features compare lemmas (tf-idf); vector features compare
# meaning through the distilled word vectors, so "fix furnaces" also meets "repair furnaces".
# Worked example: "Post journal entries and reconcile accounts" against 12200: lexical duties
# field 0.55, best duty 0.62, lead 0.20; vector duty centroid 0.60, best duty 0.70, lead 0.45,
# title 0.40 → (0.55 + 0.31 + 0.10 + 0.30 + 0.35 + 0.11 + 0.06 + 0.06 + ...) / 5.25 ≈ 0.35,
# well above 14200's ≈ 0.2.
FIELD_WEIGHTS = {"main_duty": 1.0, "example_title": 0.5, "lead_statement": 0.5}
BEST_WEIGHTS = {"main_duty": 0.5, "example_title": 0.3}
VECTOR_FIELD_WEIGHTS = {
    "main_duty": 0.5,
    "example_title": 0.25,
    "lead_statement": 0.25,
    "title": 0.15,
}
VECTOR_BEST_WEIGHTS = {"main_duty": 0.5, "lead_statement": 0.15, "title": 0.15}


# Share of a group's hubness (see hubness.py) taken off its score.
HUB_WEIGHT = 0.5

# A NOC sentence close in meaning (vector cosine) is shown as evidence from this similarity on.
MEANING_EVIDENCE = 0.5

# The encoder's closest main duty or lead statement is shown as evidence from this cosine on.
ENCODER_EVIDENCE = 0.5
# Weight of the sentence encoder against the lexical + word-vector score, in z-score units
# over the 516 groups of one duty: score = base + FUSION · sd(base) · (enc − mean(enc)) / sd(enc),
# which ranks groups like z(base) + FUSION · z(enc) and keeps the base score's level.
# Worked example, "Reconcile the company's two bank accounts": base 12200 0.21, 10021 0.24
# (sd 0.03); encoder 12200 0.62, 10021 0.48 (mean 0.30, sd 0.06) → 12200 0.21 + 0.03·5.3 = 0.37,
# 10021 0.24 + 0.03·3.0 = 0.33: the bookkeeper reading wins.
FUSION = 1.5
# Weight of a French duty's own reading (the CNP's French words and their translated word
# vectors) against its reading through the English channels (bridge.py, weight 1): the score is
# the weighted mean of the two, so it stays in [0, 1]. (A z-score fusion like `fuse` made ties
# at 1.0 with the sparse French lexical scores; see docs/benchmarks.md, French section.)
BRIDGE_WEIGHT = 1.0
# Meaning vectors kept per matcher (by duty text), so re-reading a letter embeds only new lines.
EMBED_CACHE = 4096


@dataclass(frozen=True)
class Weights:
    """Global weights of the score; passed in, never read from settings."""

    field: tuple[tuple[str, float], ...] = tuple(FIELD_WEIGHTS.items())
    best: tuple[tuple[str, float], ...] = tuple(BEST_WEIGHTS.items())
    vector_field: tuple[tuple[str, float], ...] = tuple(VECTOR_FIELD_WEIGHTS.items())
    vector_best: tuple[tuple[str, float], ...] = tuple(VECTOR_BEST_WEIGHTS.items())
    hub: float = HUB_WEIGHT

    def arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Per-kind weight vectors, in index kind order: lexical field/best, vector field/best."""
        out = []
        for pairs in (self.field, self.best, self.vector_field, self.vector_best):
            weights = np.zeros(len(KINDS), np.float32)
            for name, value in pairs:
                weights[KINDS.index(name)] = value
            out.append(weights)
        return out[0], out[1], out[2], out[3]


def fuse(base: np.ndarray, meaning: np.ndarray, weight: float) -> np.ndarray:
    """Base scores moved by the encoder's z-score, in the base's own units, kept in [0, 1]."""
    spread = float(base.std())
    meaning_spread = float(meaning.std())
    if weight <= 0 or spread <= 0 or meaning_spread <= 0:
        return base
    moved = base + weight * spread * (meaning - float(meaning.mean())) / meaning_spread
    return np.clip(moved, 0.0, 1.0).astype(np.float32)
