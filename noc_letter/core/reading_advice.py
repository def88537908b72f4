"""Advice from a letter's reading: when the duties read as another skilled group, say it counts."""

from __future__ import annotations

from typing import Any

# TEER 0-3 is skilled work for Express Entry (FSW, CEC); TEER 4 and 5 are not (guide §2).
HIGHEST_SKILLED_TEER = 3


def skilled_alternative(assessment: Any) -> Any | None:
    """The group the letter reads as, when its status is "reads_as_other_skilled".

    Args:
        assessment: a matcher Assessment, or None.

    Returns:
        The `GroupRef` (code, title, teer, score) of that TEER 0-3 group, or None.
    """
    if assessment is None or getattr(assessment, "status", None) != "reads_as_other_skilled":
        return None
    other = assessment.reads_instead
    if other is None or other.code == assessment.target.code or other.teer > HIGHEST_SKILLED_TEER:
        return None
    return other


def skilled_alternative_advice(assessment: Any, alternative: Any, whose: str = "") -> str:
    """Plain advice for a letter that reads as another skilled group (see skilled_alternative).

    Args:
        assessment: the Assessment.
        alternative: the group from `skilled_alternative(assessment)`.
        whose: what the duties belong to, e.g. " of position 2" (empty for one position).

    Returns:
        Sentences saying that group also counts as skilled work and offering the switch.
    """
    target, other = assessment.target, alternative
    too = " also" if target.teer <= HIGHEST_SKILLED_TEER else ""
    return (
        f"As a whole, the duties{whose} read more as {other.code} {other.title} than as your "
        f"target {target.code} {target.title}. {other.code} is TEER {other.teer}, which{too} "
        f"counts as skilled work for Express Entry (FSW and CEC): if it describes your job "
        f"better, choose {other.code} as your target NOC. If {target.code} is right, put the "
        f"duties that support it first and describe them specifically — only what you really do."
    )
