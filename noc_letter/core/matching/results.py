"""Frozen result types of the matcher: candidates with score, evidence and a readable reason."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Evidence:
    """The NOC text a duty matched best within one unit group.

    Attributes:
        kind: "main_duty", "lead_statement", "title", "example_title" or "requirement".
        text: the official NOC sentence.
        similarity: how close the duty is to that sentence, 0 to 1.
        shared: words (lemmas) the duty and the sentence have in common.
    """

    kind: str
    text: str
    similarity: float
    shared: tuple[str, ...] = ()


@dataclass(frozen=True)
class Candidate:
    """One unit group a duty supports: code, title, TEER, score in [0, 1], evidence and reason."""

    code: str
    title: str
    teer: int
    score: float
    evidence: tuple[Evidence, ...] = ()
    reason: str = ""

    @property
    def skilled(self) -> bool:
        """TEER 0-3 counts for Express Entry."""
        return self.teer <= 3


@dataclass(frozen=True)
class GroupRef:
    """A unit group named in an assessment, with its letter-level score."""

    code: str
    title: str
    teer: int
    score: float = 0.0


@dataclass(frozen=True)
class Confusable:
    """A group an officer could read the letter as instead of the target (an exclusion of the
    target's profile or a sibling in its minor group), with the share of its main duties the
    letter covers and its letter-level score."""

    code: str
    title: str
    teer: int
    coverage: float
    score: float


@dataclass(frozen=True)
class CoveredDuty:
    """One of the target's main duties and which of the person's duties describe it."""

    index: int
    text: str
    covered_by: tuple[int, ...]
    similarity: float

    @property
    def covered(self) -> bool:
        """True when at least one of the person's duties describes this main duty."""
        return bool(self.covered_by)


@dataclass(frozen=True)
class DutyReading:
    """How one of the person's duties reads: target, a confusable neighbour, or something else."""

    index: int
    text: str
    supports: str  # "target", "neighbour", "other_skilled", "other_low", "unclear"
    best: Candidate | None
    target_score: float
    reason: str
    lang: str = "en"  # the language the duty was read in ("fr": against the CNP)
    describes: str | None = None  # the target's main duty it describes, when that decided it


@dataclass(frozen=True)
class Assessment:
    """How an officer would likely read a whole list of duties against a target NOC.

    `reads_as` (up to 3 groups with their pooled letter scores) starts with what the status
    concludes: the target when the letter supports it, the group it reads as instead otherwise;
    the rest follow by score. With no conclusion (too little), it is the order of the scores.
    """

    target: GroupRef
    reads_as: tuple[GroupRef, ...]
    lead_statement_supported: bool
    lead_statement_parts: tuple[tuple[str, bool], ...]
    covered_main_duties: tuple[CoveredDuty, ...]
    duties: tuple[DutyReading, ...]
    verdict: str
    confidence: float
    needs_review: bool
    closest_neighbour: GroupRef | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)
    # Per duty, the weight it has in what the letter reads as (its share of working time, in
    # %); empty when no share was stated and every duty counts the same.
    weights: tuple[float, ...] = ()
    # What an officer would conclude (status.STATUSES): "supports_target",
    # "reads_as_other_skilled", "reads_as_lower_teer" or "too_little"; the group the letter
    # reads as instead (for the two "reads_as" statuses); the target's confusable groups.
    status: str = "too_little"
    reads_instead: GroupRef | None = None
    confusables: tuple[Confusable, ...] = ()
    lang: str = "en"  # the language most duties are written in (what coverage is read in)

    @property
    def covered_count(self) -> int:
        """How many of the target's main duties are covered."""
        return sum(1 for duty in self.covered_main_duties if duty.covered)
