"""The hand-written regression letters (tests/data/letter_readings.json) and their statuses."""

from __future__ import annotations

import json
from pathlib import Path

LETTERS = Path(__file__).resolve().parent.parent / "tests" / "data" / "letter_readings.json"


def load_letters(path: Path = LETTERS) -> list[dict]:
    """The letters: name, target, duties, and `expect` (a status) or `not` (statuses)."""
    return json.loads(path.read_text(encoding="utf-8"))["letters"]


def as_expected(letter: dict, assessment) -> bool:
    """Does an assessment give the status (and the group read instead) the letter expects?"""
    if "expect" in letter and assessment.status != letter["expect"]:
        return False
    if assessment.status in letter.get("not", ()):
        return False
    if "reads_as" in letter:
        other = assessment.reads_instead
        return other is not None and other.code == letter["reads_as"]
    return True


def check_letters(matcher, path: Path = LETTERS) -> dict:
    """How many letters read as expected, and the names of those that do not."""
    failed = []
    letters = load_letters(path)
    for letter in letters:
        a = matcher.assess(letter["duties"], letter["target"], letter.get("shares"))
        if not as_expected(letter, a):
            failed.append(f"{letter['name']}: {a.status}")
    return {"passed": len(letters) - len(failed), "total": len(letters), "failed": failed}
