"""The letter's status as an officer checks it: the target against each group it could be."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

SUPPORTS_TARGET = "supports_target"
READS_AS_OTHER_SKILLED = "reads_as_other_skilled"
READS_AS_LOWER_TEER = "reads_as_lower_teer"
TOO_LITTLE = "too_little"
STATUSES = (SUPPORTS_TARGET, READS_AS_OTHER_SKILLED, READS_AS_LOWER_TEER, TOO_LITTLE)

# Fewer duties than this say too little to tell one occupation from its neighbours.
MIN_DUTIES = 3
# Fewer of the target's main duties covered than this cannot show "a substantial number of the
# main duties" an officer looks for. Off (0): on the dev letters, 1 turned 22 of 257 true
# letters into "too little" (professional task statements often share no main duty's words)
# and cost 5 points of true-target support (docs/benchmarks.md, "Letter status").
MIN_COVERED = 0
# A duty supports the target when the target's score is within this share of the duty's best
# group's score (calibrated on the dev letters, docs/benchmarks.md "Letter status"). Example:
# best 0.40 (10021), target 0.34 (12200): 0.34 ≥ (1 − 0.2) · 0.40 = 0.32, so it supports. 0.2
# is the widest margin at which under 10 % of dev duties "support" a minor-group sibling of
# their own group (0.3 lets 14 % through).
DUTY_MARGIN = 0.2
# A duty whose target and neighbour scores are this close (share of the larger) is evidence for
# neither: "Answer the telephone" reads the same for a bookkeeper and a clerk.
TIE = 0.05
# A group that is not a confusable must beat the target's pooled score by this share to be
# what the letter reads as; within it, the letter still supports the target (the officer checks
# the target against its neighbours, not against every group with similar words).
LETTER_MARGIN = 0.50
# A confusable group on top of the whole letter by this share wins, whatever the coverage.
CONFUSABLE_MARGIN = 0.20
# (TIE, LETTER_MARGIN, CONFUSABLE_MARGIN and MIN_COVERED were set on the dev letters: grid in
# docs/benchmarks.md, "Letter status".)


@dataclass(frozen=True)
class HeadToHead:
    """The target against one confusable group over the whole letter."""

    group: int
    for_target: float  # weight of the duties that read clearly more as the target
    for_other: float  # ... more as the other group
    target_score: float  # pooled (share-weighted mean) scores
    other_score: float
    target_coverage: float | None = None  # share of each group's own main duties covered
    other_coverage: float | None = None
    # Share of the other group's own main duties (those the target has no duty like) covered.
    other_distinct_coverage: float | None = None

    @property
    def duties_favour_other(self) -> bool:
        """More of the letter (by weight) reads as the other group than as the target; on a
        tie in duties, the pooled score decides."""
        if self.for_other != self.for_target:
            return self.for_other > self.for_target
        return self.other_score > self.target_score

    @property
    def other_wins(self) -> bool:
        """The letter rather describes the other group: its duties read more as that group and
        they cover at least as much of that group's main duties as of the target's (an officer
        checks the claimed group's main duties; a letter that covers the target's well is not
        taken for a neighbour on wording alone). At least one of the other group's own duties
        (one the target has no duty like) must be covered, where that is known."""
        if not self.duties_favour_other:
            return False
        if self.target_coverage is None or self.other_coverage is None:
            return True
        if self.other_distinct_coverage == 0:
            # None of the other group's own duties (those the target does not share) is in
            # the letter: nothing distinctive says it is that job ("Cook steaks on the grill"
            # is a cook's and a chef's duty; only planning menus or running the kitchen is a
            # chef's alone).
            return False
        return self.other_coverage >= self.target_coverage


def supports_duty(scores: np.ndarray, target: int, margin: float = DUTY_MARGIN) -> bool:
    """Does one duty's score row support the target (within `margin` of its best group)?"""
    best = float(scores.max())
    return best > 0 and float(scores[target]) >= (1.0 - margin) * best


def head_to_head(
    rows: np.ndarray, weights: np.ndarray, target: int, other: int, tie: float = TIE
) -> HeadToHead:
    """Weigh the duties that read clearly more as `target` or as `other` (ties count for none)."""
    t, o = rows[:, target], rows[:, other]
    band = tie * np.maximum(t, o)
    for_t = float(weights[(t - o) > band].sum())
    for_o = float(weights[(o - t) > band].sum())
    total = float(weights.sum()) or 1.0
    return HeadToHead(
        other,
        for_t / total,
        for_o / total,
        float(weights @ t) / total,
        float(weights @ o) / total,
    )


def letter_status(
    rows: np.ndarray,
    weights: Sequence[float],
    target: int,
    confusables: Sequence[int],
    teers: np.ndarray,
    tie: float = TIE,
    letter_margin: float = LETTER_MARGIN,
    confusable_margin: float = CONFUSABLE_MARGIN,
    min_duties: int = MIN_DUTIES,
    covered: int | None = None,
    min_covered: int = MIN_COVERED,
    coverage: dict[int, float] | None = None,
    distinct_coverage: dict[int, float] | None = None,
) -> tuple[str, int | None, list[HeadToHead]]:
    """(status, the group the letter reads as instead or None, each confusable's head-to-head).

    Args:
        rows: (n_duties, n_groups) score of every group for each usable duty.
        weights: each duty's weight (share of working time, or 1).
        target: the target's group index; confusables: its neighbours' group indexes.
        teers: TEER of every group.
        covered: how many of the target's main duties the letter covers (None: not checked).
        coverage: group index → share of that group's main duties the letter covers, for the
            target and its confusables (None: duties alone decide each head-to-head).
        distinct_coverage: confusable index → share of its own main duties (those the target
            has no duty like) the letter covers; at 0 the confusable cannot win on duties.
    """
    w = np.asarray(weights, dtype=np.float64)
    duels = [head_to_head(rows, w, target, c, tie) for c in confusables if c != target]
    if coverage is not None:
        duels = [
            replace(d, target_coverage=coverage[target], other_coverage=coverage[d.group])
            for d in duels
        ]
    if distinct_coverage:
        duels = [replace(d, other_distinct_coverage=distinct_coverage.get(d.group)) for d in duels]
    if len(rows) < min_duties or (covered is not None and covered < min_covered):
        return TOO_LITTLE, None, duels
    # What the letter reads as instead: the group on top of the whole letter when it beats the
    # target clearly, else the confusable that wins the most duties from the target.
    rival = None
    pooled = (w @ rows) / (w.sum() or 1.0)
    top = int(np.argmax(pooled))
    beaten = [d for d in duels if d.other_wins]
    margin = confusable_margin if top in set(confusables) else letter_margin
    if top != target and pooled[top] > (1.0 + margin) * pooled[target]:
        rival = top
    elif beaten:
        rival = max(beaten, key=lambda d: (d.for_other - d.for_target, d.other_score)).group
    if rival is None:
        return SUPPORTS_TARGET, None, duels
    status = READS_AS_OTHER_SKILLED if teers[rival] <= 3 else READS_AS_LOWER_TEER
    return status, rival, duels


def confusable_codes(catalogue, code: str) -> list[str]:
    """Groups an officer could take the target's letter for: the groups its NOC profile's
    exclusions send elsewhere, then its siblings in the same minor group (first 4 digits)."""
    group = catalogue.get(code)
    codes = {g.code for g in catalogue.groups}
    named = [e.see_code for e in group.exclusions if e.see_code in codes]
    siblings = [g.code for g in catalogue.groups if g.code[:4] == code[:4]]
    return [c for c in dict.fromkeys(named + siblings) if c != code]
