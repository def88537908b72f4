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
        kind: "vague_verb" (a lead-in gives way to the person's own verb), "synonym" (the
            target's verb for the same action), "nominalisation", "phrasal" ("put in" →
            "install"), "everyday_verb" ("doing inspections" → "performing"), "shorthand"
            ("bank recs" → "bank reconciliations"), "spelling" (the same word as the NOC spells
            it), "filler" (a phrase that says nothing, removed), "subject" (a leading
            "I"/"They" removed), "verb_form" ("Prepared" → "prepare") or "choice" (a verb the
            person picked from the target's).
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


# Kinds of suggestion (the `kind` field of the CLI's JSON): the person's own words in duty form;
# true synonyms from the target's text; a question's options, never applied without a pick.
LETTER_FORM, TARGET_WORDING, CHOICE = "letter_form", "target_wording", "choice"
# What rewording can offer for a duty in each language (SuggestionSet.offers): French has only
# the letter-ready form and questions so far.
OFFERS = {
    "en": (LETTER_FORM, TARGET_WORDING, CHOICE, "questions"),
    "fr": (LETTER_FORM, "questions"),
}
# Said with every French result, for the window to show where French rewording is thinner.
FRENCH_SCOPE_NOTE = (
    "La reformulation en français propose seulement la forme pour la lettre (l'infinitif de "
    "votre propre verbe) et des questions ; elle ne propose pas encore les verbes de la "
    "profession visée ni de choix de verbes, comme en anglais."
)


@dataclass(frozen=True)
class Suggestion:
    """A rewording of a duty, with what changed and how the matcher reads it before and after.

    `kind` is LETTER_FORM (the person's own words in duty form) or TARGET_WORDING (a verb of the
    target's own text that names the same action).
    """

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
    kind: str = LETTER_FORM

    def provenance(self, original: str) -> dict[str, Any]:
        """What to store with an accepted suggestion (Duty.provenance)."""
        return {
            "original": original,
            "kind": self.kind,
            "changes": [asdict(c) for c in self.changes],
            "segments": [asdict(s) for s in self.segments],
            "score_before": self.score_before,
            "score_after": self.score_after,
            "rank_before": self.rank_before,
            "rank_after": self.rank_after,
        }


@dataclass(frozen=True)
class ChoiceOption:
    """One verb a choice offers and the duty with it, to be used only if true.

    Options carry no reading of how the matcher would score them: the person picks the action
    they do, not the one that scores best.
    """

    verb: str
    text: str
    changes: tuple[Change, ...]
    segments: tuple[Segment, ...]

    def provenance(self, original: str, target: str) -> dict[str, Any]:
        """What to store when the person picks this option (Duty.provenance)."""
        return {
            "original": original,
            "kind": CHOICE,
            "picked": self.verb,
            "target": target,
            "changes": [asdict(c) for c in self.changes],
            "segments": [asdict(s) for s in self.segments],
        }


@dataclass(frozen=True)
class Choice:
    """A question's options: the person's duty with a blank for the action their words do not
    name, and the target's verbs that could fill it, each to be used only if true. Never
    applied without the person's pick."""

    question: str
    template: str
    options: tuple[ChoiceOption, ...]
    score_before: float
    rank_before: int
    kind: str = CHOICE


@dataclass(frozen=True)
class SuggestionSet:
    """Everything `suggest` says about one duty: up to three rewordings, or questions (with
    choices when the duty's words name no action)."""

    text: str
    target: str
    suggestions: tuple[Suggestion, ...]
    questions: tuple[str, ...]
    note: str = ""
    choices: tuple[Choice, ...] = ()
    # The duty's language ("en" or "fr"), what rewording offers in it, and a note (in that
    # language) saying where it offers less than English ("" for English).
    lang: str = "en"
    offers: tuple[str, ...] = OFFERS["en"]
    scope_note: str = ""
