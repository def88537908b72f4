"""How the matcher reads a text for the target (score, rank, lead), and when a rewording may be
offered on that reading."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# A rewording in the target's words must lift the target's score by at least this much to be
# worth the person's time.
MIN_GAIN = 0.002
# Scores equal up to this are "not lowered" (float noise between two analyses of one text).
SCORE_NOISE = 1e-6


@dataclass(frozen=True)
class Reading:
    """How the matcher reads a text for the target: score, rank and lead over the runner-up."""

    score: float
    rank: int
    lead: float

    def improves_on(self, other: Reading, framing: bool = False) -> bool:
        """Higher score, and a better rank (or, first in both, a larger lead). A framing-only
        rewording may instead keep the rank (and, first, the lead)."""
        if self.score - other.score < MIN_GAIN or self.rank > other.rank:
            return False
        if self.rank == 1 and other.rank == 1:
            return self.lead - other.lead >= (0.0 if framing else MIN_GAIN / 2)
        return framing or self.rank < other.rank

    def keeps(self, other: Reading, lead: bool = False) -> bool:
        """Neither the rank nor the score lower than `other`'s: the bar of a letter-ready form,
        which need not read more like the target to be worth having. With `lead` (a rewording
        that only reshapes, as framing always was), first in both must not lead by less."""
        if self.rank > other.rank or self.score < other.score - SCORE_NOISE:
            return False
        first = self.rank == 1 and other.rank == 1
        return not (lead and first and self.lead < other.lead - SCORE_NOISE)


def reading(scores: np.ndarray, t: int) -> Reading:
    """The reading of group index `t` in a score vector."""
    score = float(scores[t])
    others = np.delete(scores, t)
    return Reading(score, int((scores > score).sum()) + 1, score - float(others.max()))
