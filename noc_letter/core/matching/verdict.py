"""The verdict sentence a person reads, written from the letter's status."""

from __future__ import annotations

from dataclasses import replace

from noc_letter.core.matching.results import Assessment, GroupRef
from noc_letter.core.matching.status import (
    MIN_DUTIES,
    READS_AS_LOWER_TEER,
    READS_AS_OTHER_SKILLED,
    SUPPORTS_TARGET,
)


def _name(group: GroupRef) -> str:
    return f"{group.code} {group.title} (TEER {group.teer})"


def status_sentence(a: Assessment) -> str:
    """One or two sentences that say what the status means for the person."""
    target = a.target
    other = a.reads_instead
    if a.status == SUPPORTS_TARGET:
        return f"Supports your target, {_name(target)}."
    if a.status == READS_AS_OTHER_SKILLED and other is not None:
        return (
            f"Reads more as {_name(other)} than your target {target.code} {target.title}. "
            f"{other.code} is also skilled work (TEER 0–3), so this experience still counts "
            "for FSW and CEC, as that occupation: if it is what you do, consider it as your "
            f"target; otherwise put the duties that support {target.code} first and describe "
            "them specifically — only what you really do."
        )
    if a.status == READS_AS_LOWER_TEER and other is not None:
        return (
            f"Reads more as {_name(other)} than your target {target.code} {target.title}. "
            "An officer may assume this lower-TEER job, which does not count as skilled work "
            f"for Express Entry. Put the duties that support {target.code} first and describe "
            "them specifically — only what you really do."
        )
    return (
        "Too little to tell which occupation this is: the duties are too few or too vague. "
        f"Write at least {MIN_DUTIES} specific duties you really do (what, for whom, with "
        "which tools)."
    )


def with_verdict(a: Assessment) -> Assessment:
    """The assessment with its verdict: the status sentence, coverage, and what to review."""
    top = a.reads_as[0] if a.reads_as else None
    if top is None or top.score <= 0:
        verdict = "The duties are too vague to read as any occupation yet. Add specific duties."
        return replace(a, verdict=verdict)
    n_cov, n_all = a.covered_count, len(a.covered_main_duties)
    coverage = (
        f"{n_cov} of {n_all} main duties covered; lead statement "
        f"{'supported' if a.lead_statement_supported else 'not clearly supported'}."
    )
    verdict = f"{status_sentence(a)} {coverage}"
    if a.weights:
        verdict += " Each duty counts by its stated share of working time."
    if a.needs_review and a.status == SUPPORTS_TARGET:
        verdict += " The margin over the next group is small: review it carefully."
    return replace(a, verdict=verdict)
