"""What the GUI asks of the core, as plain functions the background runner can call.

Pure Python (no Qt): every function here may run on the worker thread. Core modules are imported
inside the functions so that the window opens before spaCy and the index are loaded.
"""

from __future__ import annotations

import difflib
import gc
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from noc_letter.core.letter import Duty, Position, Project

# A letter's duties fit in a few kilobytes; a paste this large is not a duty list.
MAX_PASTE_CHARS = 200_000
MAX_DUTIES = 1000
SUPPORT_KINDS = ("target", "neighbour", "other_skilled", "other_low", "unclear", "pending")


@dataclass(frozen=True)
class DutyCheck:
    """What the live highlight shows for one duty line.

    Attributes:
        supports: one of SUPPORT_KINDS.
        code, title, teer: the group the line reads as best ("" / None when unclear).
        reason: one sentence for the person.
        evidence: the NOC texts it matched (kind, text, similarity, shared words).
        guard: the copy-guard result (None when not checked).
    """

    text: str
    target: str
    supports: str
    code: str = ""
    title: str = ""
    teer: int | None = None
    reason: str = ""
    evidence: tuple[Any, ...] = ()
    guard: Any = None
    describes: str | None = None  # the target's main duty the line describes (why it supports)

    @property
    def copy_level(self) -> str:
        """ "ok", "close" or "verbatim" from the copy guard."""
        return getattr(self.guard, "level", "ok") if self.guard is not None else "ok"


@dataclass(frozen=True)
class LetterReading:
    """The whole letter's reading: the matcher's Assessment and the per-duty checks."""

    target: str
    assessment: Any
    checks: tuple[DutyCheck, ...]


@dataclass(frozen=True)
class SuggestionItem:
    """One rewording as the GUI shows it, with the changed words marked as (start, end) spans.

    `kind` is "letter_form", "target_wording" or, for a verb the person picks from a choice,
    "choice" (see core.rewording.results)."""

    text: str
    changed: tuple[tuple[int, int], ...]
    provenance: dict[str, Any]
    note: str = ""
    kind: str = "letter_form"


@dataclass(frozen=True)
class ChoiceItem:
    """A question with the target's verbs to pick from, each only if true: never applied
    without the person's pick. `options` carry the verb in their provenance ("picked")."""

    question: str
    template: str
    options: tuple[SuggestionItem, ...]


@dataclass(frozen=True)
class SuggestionView:
    """Rewordings for a duty, or the questions to answer (with choices when its words name
    no action)."""

    original: str
    target: str
    suggestions: tuple[SuggestionItem, ...] = ()
    questions: tuple[str, ...] = ()
    message: str = ""
    choices: tuple[ChoiceItem, ...] = ()


@dataclass
class Split:
    """One duty found in a pasted block."""

    text: str
    share: float | None = None


# ------------------------------------------------------------------------- loading (worker)


def pause_collector() -> None:
    """Hold Python's cyclic garbage collector while the core loads (GUI thread, before loading).

    Loading creates several hundred thousand long-lived objects (catalogue, indexes, spaCy);
    every full collection in between walks all of them with the interpreter lock held, which
    froze the window for 30-60 ms at a time. `keep_loaded` resumes it.
    """
    gc.disable()


def keep_loaded() -> None:
    """Move everything loaded so far out of the collector's sight, then resume collecting."""
    gc.freeze()
    resume_collector()


def resume_collector() -> None:
    """Collect garbage again (also when loading was cut short and `keep_loaded` never ran)."""
    gc.enable()


def load_search() -> Any:
    """Build the catalogue search index (about half a second); returns the search object."""
    from noc_letter.core.search import get_search

    return get_search()


def warm_guard() -> None:
    """Build the copy guard's index so the first check is fast."""
    from noc_letter.core.guard import verbatim_risk

    verbatim_risk("warm up")


def prepare_french() -> None:
    """Load the French reading (spaCy's French pipeline, the CNP index; ~5 s) and the CNP copy
    guard ahead of the first French duty, for a French window or letter."""
    from noc_letter.core.guard import verbatim_risk
    from noc_letter.core.matching import get_matcher

    get_matcher().prepare_language("fr")
    verbatim_risk("préparer", lang="fr")


def load_matcher() -> Any:
    """Load spaCy and the matching index (1-3 s); returns the matcher."""
    from noc_letter.core.matching import get_matcher

    matcher = get_matcher()
    # The sentence encoder loads on its own thread meanwhile; the window waits for it here (on
    # the worker) so that a reading never flips from the lexical-only one to the full one.
    matcher.meaning_parts()
    matcher.compare("Reconcile bank statements", ["12200"])  # first call builds lazy parts
    # (the tagger for assessments and rewording loads on their first use)
    return matcher


def meaning_problem(matcher: Any) -> str | None:
    """Why the sentence encoder is not in use (None when it is)."""
    loading = getattr(matcher, "meaning", None)
    if loading is None:
        return "the meaning model is not installed"
    if loading.error is not None:
        return f"the meaning model failed to load ({type(loading.error).__name__})"
    return None


def matcher_if_loaded() -> Any:
    """The matcher if it was loaded already, else None (never loads it)."""
    from noc_letter.core.matching import get_matcher

    info = get_matcher.cache_info()
    return get_matcher() if info.currsize else None


# ------------------------------------------------------------------------------ checks (worker)


@lru_cache(maxsize=4096)
def guard(text: str) -> Any:
    """The copy-guard result for one line (cached by text)."""
    from noc_letter.core.guard import verbatim_risk

    return verbatim_risk(text)


def _check_from_reading(text: str, target: str, reading: Any, guard_result: Any) -> DutyCheck:
    best = reading.best
    evidence = best.evidence if best is not None else ()
    return DutyCheck(
        text=text,
        target=target,
        supports=reading.supports,
        code=best.code if best is not None else "",
        title=best.title if best is not None else "",
        teer=best.teer if best is not None else None,
        reason=reading.reason,
        evidence=tuple(evidence),
        guard=guard_result,
        describes=reading.describes,
    )


def check_duty(text: str, target: str) -> DutyCheck:
    """Which NOC one duty line supports, with evidence and the copy-guard result."""
    from noc_letter.core.matching import get_matcher

    matcher = get_matcher()
    guard_result = guard(text) if text.strip() else None
    if not text.strip():
        return DutyCheck(text, target, "unclear", reason="Empty line.")
    if target and target in matcher.position:
        reading = matcher.assess([text], target).duties[0]
        return _check_from_reading(text, target, reading, guard_result)
    found = matcher.score(text, top=1)
    if not found:
        return DutyCheck(text, target, "unclear", reason="Too vague to read as any occupation.")
    best = found[0]
    kind = "other_skilled" if best.teer <= 3 else "other_low"
    return DutyCheck(
        text,
        target,
        kind,
        best.code,
        best.title,
        best.teer,
        f"Reads as {best.code} {best.title} (TEER {best.teer}). Choose a target NOC to compare.",
        tuple(best.evidence),
        guard_result,
    )


def read_letter(
    texts: Sequence[str],
    target: str,
    shares: Sequence[float | None] | None = None,
    others: Sequence[str] = (),
) -> LetterReading:
    """The whole letter against the target: Assessment plus a check for every non-blank line.

    `shares` (one per text, % of working time or None) weigh the duties in what the letter
    reads as; a repeated line counts once, with its first share. `others` are duties left out
    of the letter (unticked): each is still read, but none counts in the assessment."""
    from noc_letter.core.matching import get_matcher

    matcher = get_matcher()
    share_of: dict[str, float | None] = {}
    for i, text in enumerate(texts):
        if text.strip() and text not in share_of:
            share_of[text] = shares[i] if shares is not None else None
    lines = list(share_of)
    left_out = list(dict.fromkeys(t for t in others if t.strip() and t not in share_of))
    if not target or target not in matcher.position:
        return LetterReading(target, None, tuple(check_duty(t, target) for t in lines + left_out))
    extra: tuple[DutyCheck, ...] = ()
    if left_out:
        readings = matcher.assess(left_out, target).duties
        extra = tuple(
            _check_from_reading(t, target, reading, guard(t))
            for t, reading in zip(left_out, readings, strict=True)
        )
    if not lines:
        matcher.assess(["warm up"], target)  # analyse the target's text now, not on first key
        return LetterReading(target, None, extra)
    assessment = matcher.assess(lines, target, [share_of[t] for t in lines])
    checks = tuple(
        _check_from_reading(t, target, reading, guard(t))
        for t, reading in zip(lines, assessment.duties, strict=True)
    )
    return LetterReading(target, assessment, checks + extra)


# ------------------------------------------------------------------------------------ splitting


def split_block(text: str) -> list[Split]:
    """Split a pasted block into duties with core.splitting; a huge paste is refused."""
    if len(text) > MAX_PASTE_CHARS:
        raise ValueError(
            f"This paste is {len(text) / 1_000_000:.1f} MB of text; a letter's duties are a few "
            "kilobytes. Paste only the list of duties."
        )
    from noc_letter.core.splitting import split_duties

    # The stated share stays in the duty's words ("Reconcile accounts (40%)"), where the person
    # sees it, can change it, and the letter keeps it; `share` records the number.
    return [Split(s.with_share, s.share) for s in split_duties(text)]


# ---------------------------------------------------------------------------------- suggestions


def changed_spans(original: str, new: str) -> tuple[tuple[int, int], ...]:
    """Character spans of `new` whose words are not in `original` at that place (word diff)."""
    tokens = [(m.start(), m.end(), m.group().casefold()) for m in re.finditer(r"\S+", new)]
    old = [m.group().casefold() for m in re.finditer(r"\S+", original)]
    matcher = difflib.SequenceMatcher(a=old, b=[t[2] for t in tokens], autojunk=False)
    spans = []
    for op, _, _, j1, j2 in matcher.get_opcodes():
        if op in ("replace", "insert") and j1 < j2:
            spans.append((tokens[j1][0], tokens[j2 - 1][1]))
    return tuple(spans)


def suggest(text: str, target: str) -> SuggestionView:
    """Rewordings that keep the person's facts (core.rewording), in the GUI's terms."""
    from noc_letter.core.rewording import get_rewriter

    result = get_rewriter().suggest(text, target)
    items = []
    for suggestion in result.suggestions:
        provenance = suggestion.provenance(text)
        provenance.setdefault("target", target)
        items.append(
            SuggestionItem(
                suggestion.text,
                _segment_spans(suggestion) or changed_spans(text, suggestion.text),
                provenance,
                "; ".join(_change_text(c) for c in getattr(suggestion, "changes", ())),
                getattr(suggestion, "kind", "letter_form"),
            )
        )
    choices = tuple(
        ChoiceItem(
            choice.question,
            choice.template,
            tuple(
                SuggestionItem(
                    option.text,
                    _segment_spans(option) or changed_spans(text, option.text),
                    option.provenance(text, target),
                    f"You pick “{option.verb}” from {target}'s verbs: only if it is what you do.",
                    "choice",
                )
                for option in choice.options
            ),
        )
        for choice in getattr(result, "choices", ())
    )
    return SuggestionView(
        text, target, tuple(items), result.questions, message=result.note, choices=choices
    )


def _segment_spans(suggestion: Any) -> tuple[tuple[int, int], ...]:
    """Spans of the words that came from the NOC (rewording's segments), if it gives them."""
    spans, offset = [], 0
    for segment in getattr(suggestion, "segments", ()) or ():
        piece = getattr(segment, "text", "")
        start = suggestion.text.find(piece, offset) if piece else -1
        if start < 0:
            return ()
        if getattr(segment, "source", "") != "person" and piece.strip():
            lead = len(piece) - len(piece.lstrip())
            spans.append((start + lead, start + len(piece.rstrip())))
        offset = start + len(piece)
    return tuple(spans)


def _change_text(change: Any) -> str:
    """ "did → reconciled (as in NOC 12200)" for one rewording change."""
    if not hasattr(change, "replacement"):
        return str(change)
    if getattr(change, "original", "") and not change.replacement:
        return f"removed “{change.original}”"
    before = f"“{change.original}” → " if getattr(change, "original", "") else "added "
    why = _REASONS.get(getattr(change, "kind", ""), "")
    if getattr(change, "noc_code", None):
        why = f"{why}, as in NOC {change.noc_code}" if why else f"as in NOC {change.noc_code}"
    return f"{before}“{change.replacement}”" + (f" ({why})" if why else "")


# Why a rewording changed a word, by the kind of change (core.rewording.results.Change).
_REASONS = {
    "verb_form": "duty form",
    "vague_verb": "your own verb",
    "phrasal": "one verb, same meaning",
    "everyday_verb": "same meaning",
    "shorthand": "written out",
    "synonym": "same action",
    "nominalisation": "your noun as its verb",
    "spelling": "same word",
    "choice": "your pick",
}


# ------------------------------------------------------------------------------------ duty order


def letter_order(position: Position) -> list[Duty]:
    """Worker: the letter's duty order (core.duty_order), the one the preview and every export
    use; loads the matcher if it is not loaded yet."""
    from noc_letter.core.duty_order import order_for_letter
    from noc_letter.core.matching import get_matcher

    return order_for_letter(position, get_matcher())


def letter_orders(project: Project) -> list[list[int]]:
    """Worker: for each position, the rows of its duties in letter order (see letter_order)."""
    orders = []
    for position in project.positions:
        rows = {id(duty): row for row, duty in enumerate(position.duties)}
        orders.append([rows[id(duty)] for duty in letter_order(position)])
    return orders


# ------------------------------------------------------------------------------------- labels


def support_text(
    check: DutyCheck | None, target: str, matcher_ready: bool = True
) -> tuple[str, str]:
    """(kind, short label) for a duty's live highlight; words, not colour alone."""
    if check is None:
        return "pending", "Checking…" if matcher_ready else "Waiting for the matcher…"
    teer = f" (TEER {check.teer})" if check.teer is not None else ""
    if check.supports == "target":
        label = f"Supports {target}"
    elif check.supports == "neighbour":
        label = f"Neighbour {check.code}{teer}"
    elif check.supports == "other_skilled":
        label = f"Other: {check.code}{teer}"
    elif check.supports == "other_low":
        label = f"Not skilled: {check.code}{teer}"
    else:
        label = "Too vague"
    if check.copy_level == "verbatim":
        label += " · copied NOC text"
    elif check.copy_level == "close":
        label += " · close to NOC text"
    return check.supports, label


SUPPORT_WORDS = {
    "target": "supports your target",
    "neighbour": "reads as a confusable neighbour",
    "other_skilled": "reads as another skilled occupation",
    "other_low": "reads as a TEER 4-5 occupation (not skilled)",
    "unclear": "too vague to read as an occupation",
    "pending": "not checked yet",
}
