"""Frozen result types of rewording: suggestions with their changes and word-level provenance."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Change:
    """One change a suggestion makes.

    Attributes:
        original: the person's words that were replaced ("" when a verb was added).
        replacement: the new words.
        kind: "vague_verb", "synonym", "nominalisation", "spelling" (the same word as the NOC
            spells it), "filler" (a phrase that says nothing, removed), "subject" (a leading
            "I"/"They" removed), "verb_form" ("Prepared" → "prepare") or "added_verb".
        noc_code: the unit group whose duties use the new verb, if any.
        noc_text: that NOC sentence, so the person can see where the word came from.
    """

    original: str
    replacement: str
    kind: str
    noc_code: str | None
    noc_text: str | None


@dataclass(frozen=True)
class Segment:
    """A run of a suggestion's text and where it came from: "person" or "noc"."""

    text: str
    source: str
    noc_text: str | None = None


@dataclass(frozen=True)
class Suggestion:
    """A rewording of a duty, with what changed and how the matcher reads it before and after."""

    text: str
    changes: tuple[Change, ...]
    segments: tuple[Segment, ...]
    score_before: float
    score_after: float
    rank_before: int
    rank_after: int
    guard_level: str = "ok"
    # Target's score minus the best other group's, before and after (> 0: the target leads).
    lead_before: float = 0.0
    lead_after: float = 0.0

    def provenance(self, original: str) -> dict[str, Any]:
        """What to store with an accepted suggestion (Duty.provenance)."""
        return {
            "original": original,
            "changes": [asdict(c) for c in self.changes],
            "segments": [asdict(s) for s in self.segments],
            "score_before": self.score_before,
            "score_after": self.score_after,
            "rank_before": self.rank_before,
            "rank_after": self.rank_after,
        }


@dataclass(frozen=True)
class SuggestionSet:
    """Everything `suggest` says about one duty: up to three rewordings, or questions."""

    text: str
    target: str
    suggestions: tuple[Suggestion, ...]
    questions: tuple[str, ...]
    note: str = ""
