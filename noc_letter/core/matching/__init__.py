"""Duty → NOC 2021 matching: scores with evidence and reasons, and letter-level assessment."""

from noc_letter.core.matching.engine import get_matcher
from noc_letter.core.matching.matcher import Matcher, Weights
from noc_letter.core.matching.results import (
    Assessment,
    Candidate,
    CoveredDuty,
    DutyReading,
    Evidence,
    GroupRef,
)

__all__ = [
    "Assessment",
    "Candidate",
    "CoveredDuty",
    "DutyReading",
    "Evidence",
    "GroupRef",
    "Matcher",
    "Weights",
    "get_matcher",
]
