"""Duty lines that should not reach the letter as they stand: no words, too long, repeated."""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from noc_letter.core.guard_index import keys_of
from noc_letter.core.letter import Duty

# A duty is one task an officer reads at a glance; the longest NOC main duty has 402
# characters and the longest in the bookkeeper example 170. Beyond this, a line is a paste
# of several duties or a paragraph.
MAX_DUTY_CHARS = 600
# The same word this many times in a row ("payroll payroll payroll") is a stuck key or a
# bad paste, not a sentence.
RUN_ON_REPEATS = 3
# Two duties say the same thing when their content words are the same (function words, word
# forms, numbers and order aside: "Reconcile the bank accounts monthly" and "Reconciled bank
# accounts monthly."), or, for lines of at least NEAR_REPEAT_MIN_KEYS content words, when the
# sequences match this closely (difflib ratio; one word changed in ten gives 0.9). Shorter
# lines differing in a word are different duties ("... health of bees" / "... of sheep").
NEAR_REPEAT = 0.9
NEAR_REPEAT_MIN_KEYS = 8

_WORD = re.compile(r"[^\W_]+", re.UNICODE)

NO_WORDS, TOO_LONG, REPEATED, NEAR_REPEATED, RUN_ON = (
    "duty-no-words",
    "duty-too-long",
    "duty-repeated",
    "duty-near-repeat",
    "duty-run-on",
)
CODES = (NO_WORDS, TOO_LONG, REPEATED, NEAR_REPEATED, RUN_ON)


@dataclass(frozen=True)
class DutyProblem:
    """Why one duty line should be fixed before it goes into the letter.

    Attributes:
        code: one of CODES.
        row: the duty's index in its position's list.
        other: for a repeat, the index of the earlier duty it repeats.
        word: for a run-on, the repeated word.
        count: characters for a too-long line, times in a row for a run-on.
    """

    code: str
    row: int
    other: int | None = None
    word: str = ""
    count: int = 0

    @property
    def short(self) -> str:
        """A few words for the duty table ("repeats duty 2")."""
        return {
            NO_WORDS: "no words",
            TOO_LONG: f"{self.count:,} characters: too long",
            REPEATED: f"repeats duty {(self.other or 0) + 1}",
            NEAR_REPEATED: f"nearly repeats duty {(self.other or 0) + 1}",
            RUN_ON: f"“{self.word}” {self.count} times in a row",
        }[self.code]

    def message(self, where: str = "") -> str:
        """The sentence for the person; `where` names the position when there are several."""
        duty = f"Duty {self.row + 1}{where}"
        other = f"duty {(self.other or 0) + 1}"
        return {
            NO_WORDS: f"{duty} has no words, only symbols or emoji; an officer cannot read it as "
            "a duty. Write what you do, or remove it.",
            TOO_LONG: f"{duty} is {self.count:,} characters long; an officer reads each duty as "
            f"one task. Split it into separate duties, one per line, or shorten it (under "
            f"{MAX_DUTY_CHARS} characters).",
            REPEATED: f"{duty} repeats {other}; the letter would say the same thing twice. "
            "Remove one of them, or untick it to keep it out of the letter.",
            NEAR_REPEATED: f"{duty} says nearly the same as {other}; the letter would say it "
            "twice. Keep the better one, or make each say what is different.",
            RUN_ON: f"{duty} has the word “{self.word}” {self.count} times in a row; check the "
            "text (a stuck key or a bad paste can do this).",
        }[self.code]


def duty_problems(duties: Sequence[Duty]) -> dict[int, DutyProblem]:
    """The first problem of each included, non-blank duty of one position, by row.

    A repeat is reported on the later line, pointing at the first one; unticked lines are
    neither checked nor compared (they stay out of the letter).
    """
    lines = [(row, d.text) for row, d in enumerate(duties) if d.include and d.text.strip()]
    found: dict[int, DutyProblem] = {}
    for row, text in lines:
        problem = _line_problem(row, text)
        if problem is not None:
            found[row] = problem
    for row, other, exact in _repeats(lines):
        found.setdefault(row, DutyProblem(REPEATED if exact else NEAR_REPEATED, row, other))
    return dict(sorted(found.items()))


def _line_problem(row: int, text: str) -> DutyProblem | None:
    """A problem one line has on its own, if any."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if not any(ch.isalpha() for ch in text):
        return DutyProblem(NO_WORDS, row)
    length = len(text.strip())
    if length > MAX_DUTY_CHARS:
        return DutyProblem(TOO_LONG, row, count=length)
    run, best, best_word = 1, 1, ""
    for previous, word in zip(words, words[1:], strict=False):
        run = run + 1 if word == previous else 1
        if run > best:
            best, best_word = run, word
    if best >= RUN_ON_REPEATS:
        return DutyProblem(RUN_ON, row, word=best_word, count=best)
    return None


def _repeats(lines: list[tuple[int, str]]) -> list[tuple[int, int, bool]]:
    """(row, earlier row, identical) for each line that repeats an earlier one.

    Same words and same content words are found by dictionaries; a long line's near repeat is
    looked for only among lines sharing a content-word pair (an inverted index), so 500
    duties stay fast.
    """
    same_words: dict[tuple[str, ...], int] = {}
    same_keys: dict[tuple[str, ...], int] = {}
    keys_of_row: dict[int, tuple[str, ...]] = {}
    postings: defaultdict[tuple[str, str], list[int]] = defaultdict(list)
    out = []
    for row, text in lines:
        words = tuple(w.casefold() for w in _WORD.findall(text))
        keys = keys_of(text)
        if words in same_words:
            out.append((row, same_words[words], True))
            continue
        same_words[words] = row
        bag = tuple(sorted(keys))
        if bag and bag in same_keys:
            out.append((row, same_keys[bag], False))
            continue
        same_keys.setdefault(bag, row)
        if len(keys) < NEAR_REPEAT_MIN_KEYS:
            continue
        other = _near(keys, keys_of_row, postings)
        if other is not None:
            out.append((row, other, False))
        keys_of_row[row] = keys
        for pair in set(zip(keys, keys[1:], strict=False)):
            postings[pair].append(row)
    return out


def _near(
    keys: tuple[str, ...],
    keys_of_row: dict[int, tuple[str, ...]],
    postings: dict[tuple[str, str], list[int]],
) -> int | None:
    """The first earlier long line whose content words match `keys` at NEAR_REPEAT or more."""
    candidates: set[int] = set()
    for pair in set(zip(keys, keys[1:], strict=False)):
        candidates.update(postings.get(pair, ()))
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(keys)
    for other in sorted(candidates):
        matcher.set_seq1(keys_of_row[other])
        if (
            matcher.real_quick_ratio() >= NEAR_REPEAT
            and matcher.quick_ratio() >= NEAR_REPEAT
            and matcher.ratio() >= NEAR_REPEAT
        ):
            return other
    return None
