"""Vector scoring: cosine of a duty with each group's centroids and with its best NOC sentences."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from noc_letter.core.matching.index import EXAMPLE_TITLE, KINDS, MatchIndex, centroids_of

N_KINDS = len(KINDS)
# Example titles are many (27,935) and short: they count through their group centroid only,
# which keeps a query to ~8,000 dot products instead of ~36,000.
BEST_KINDS = tuple(k for k in range(N_KINDS) if k != EXAMPLE_TITLE)


@dataclass(frozen=True)
class DenseScores:
    """Per (kind, group): cosine with the group's centroid, with its best sentence, and which."""

    fields: np.ndarray
    best: np.ndarray
    best_sentence: np.ndarray


def sentence_matrix_cells(index: MatchIndex, n_groups: int) -> np.ndarray:
    """Cell id (kind * n_groups + group) of every indexed sentence."""
    return index.sent_kind.astype(np.int64) * n_groups + index.sent_group.astype(np.int64)


class DenseModel:
    """Precomputed NOC sentence embeddings (from the index file) ready to score query vectors."""

    def __init__(self, index: MatchIndex, n_groups: int, embeddings: np.ndarray) -> None:
        self.n_groups = n_groups
        cells = sentence_matrix_cells(index, n_groups)
        if index.centroids is not None:
            self.centroids = index.centroids.astype(np.float32)
        else:
            self.centroids = centroids_of(embeddings, cells, N_KINDS * n_groups)
        keep = np.isin(index.sent_kind, BEST_KINDS)
        ids = np.nonzero(keep)[0]
        order = ids[np.argsort(cells[ids], kind="stable")]
        self.sentence_ids = order
        self.sentences = np.ascontiguousarray(embeddings[order], dtype=np.float32)
        sorted_cells = cells[order]
        self._starts = np.r_[0, np.nonzero(sorted_cells[1:] != sorted_cells[:-1])[0] + 1]
        self._cells = sorted_cells[self._starts]

    def score(self, query_vector: np.ndarray | None) -> DenseScores:
        """Centroid and best-sentence cosines (clipped to [0, 1]) of every group."""
        shape = (N_KINDS, self.n_groups)
        best = np.zeros(N_KINDS * self.n_groups, np.float32)
        best_sentence = np.full(N_KINDS * self.n_groups, -1, np.int64)
        if query_vector is None:
            return DenseScores(
                np.zeros(shape, np.float32), best.reshape(shape), best_sentence.reshape(shape)
            )
        fields = np.clip(self.centroids @ query_vector, 0.0, 1.0).reshape(shape)
        sims = self.sentences @ query_vector
        best[self._cells] = np.maximum.reduceat(sims, self._starts)
        # Index of the best sentence in each cell: the first position equal to the maximum.
        hit = sims == np.repeat(best[self._cells], np.diff(np.r_[self._starts, len(sims)]))
        first = np.maximum.reduceat(np.where(hit, np.arange(len(sims)), -1), self._starts)
        best_sentence[self._cells] = self.sentence_ids[first]
        return DenseScores(
            fields, np.clip(best, 0.0, 1.0).reshape(shape), best_sentence.reshape(shape)
        )
