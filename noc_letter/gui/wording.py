"""The window's own sentences for what the core reports as codes and values: a duty's live
highlight, a problem with a duty's text, the kind of NOC text a duty matched, in the window's
language (services.py stays free of Qt: it runs on the worker thread)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from noc_letter.core.duty_text import MAX_DUTY_CHARS, NEAR_REPEATED, NO_WORDS, REPEATED, TOO_LONG
from noc_letter.gui.noc_text import teer_text

translate = QCoreApplication.translate

SUPPORT_WORDS = {
    "target": QT_TRANSLATE_NOOP("Wording", "supports your target"),
    "neighbour": QT_TRANSLATE_NOOP("Wording", "reads as a confusable neighbour"),
    "other_skilled": QT_TRANSLATE_NOOP("Wording", "reads as another skilled occupation"),
    "other_low": QT_TRANSLATE_NOOP("Wording", "reads as a TEER 4-5 occupation (not skilled)"),
    "unclear": QT_TRANSLATE_NOOP("Wording", "too vague to read as an occupation"),
    "pending": QT_TRANSLATE_NOOP("Wording", "not checked yet"),
}
EVIDENCE_KINDS = {
    "main_duty": QT_TRANSLATE_NOOP("Wording", "main duty"),
    "lead_statement": QT_TRANSLATE_NOOP("Wording", "lead statement"),
    "example_title": QT_TRANSLATE_NOOP("Wording", "example title"),
    "title": QT_TRANSLATE_NOOP("Wording", "title"),
    "requirement": QT_TRANSLATE_NOOP("Wording", "requirement"),
}


def support_words(kind: str) -> str:
    """What a duty's reading means ("supports your target"), for a kind of SUPPORT_KINDS."""
    return translate("Wording", SUPPORT_WORDS[kind])


def evidence_kind(kind: str) -> str:
    """ "main duty", "lead statement"... for the kind of NOC text a duty matched."""
    return translate("Wording", EVIDENCE_KINDS[kind]) if kind in EVIDENCE_KINDS else kind


def support_text(check: Any, target: str, matcher_ready: bool = True) -> tuple[str, str]:
    """(kind, short label) for a duty's live highlight; words, not colour alone."""
    if check is None:
        if matcher_ready:
            return "pending", translate("Wording", "Checking…")
        return "pending", translate("Wording", "Waiting for the matcher…")
    teer = f" ({teer_text(check.teer)})" if check.teer is not None else ""
    if check.supports == "target":
        label = translate("Wording", "Supports {code}").format(code=target)
    elif check.supports == "neighbour":
        label = translate("Wording", "Neighbour {code}").format(code=check.code) + teer
    elif check.supports == "other_skilled":
        label = translate("Wording", "Other: {code}").format(code=check.code) + teer
    elif check.supports == "other_low":
        label = translate("Wording", "Not skilled: {code}").format(code=check.code) + teer
    else:
        label = translate("Wording", "Too vague")
    if check.copy_level == "verbatim":
        label += translate("Wording", " · copied NOC text")
    elif check.copy_level == "close":
        label += translate("Wording", " · close to NOC text")
    return check.supports, label


def problem_short(problem: Any) -> str:
    """A few words for the duty table ("repeats duty 2"), from a core DutyProblem."""
    other = (problem.other or 0) + 1
    if problem.code == NO_WORDS:
        return translate("Wording", "no words")
    if problem.code == TOO_LONG:
        return translate("Wording", "{count} characters: too long").format(
            count=f"{problem.count:,}"
        )
    if problem.code == REPEATED:
        return translate("Wording", "repeats duty {other}").format(other=other)
    if problem.code == NEAR_REPEATED:
        return translate("Wording", "nearly repeats duty {other}").format(other=other)
    return translate("Wording", "“{word}” {count} times in a row").format(
        word=problem.word, count=problem.count
    )


def problem_message(problem: Any) -> str:
    """The sentence for the person about a core DutyProblem."""
    values = {
        "row": problem.row + 1,
        "other": (problem.other or 0) + 1,
        "count": f"{problem.count:,}",
        "word": problem.word,
        "limit": MAX_DUTY_CHARS,
    }
    if problem.code == NO_WORDS:
        text = translate(
            "Wording",
            "Duty {row} has no words, only symbols or emoji; an officer cannot read it as a "
            "duty. Write what you do, or remove it.",
        )
    elif problem.code == TOO_LONG:
        text = translate(
            "Wording",
            "Duty {row} is {count} characters long; an officer reads each duty as one task. "
            "Split it into separate duties, one per line, or shorten it (under {limit} "
            "characters).",
        )
    elif problem.code == REPEATED:
        text = translate(
            "Wording",
            "Duty {row} repeats duty {other}; the letter would say the same thing twice. "
            "Remove one of them, or untick it to keep it out of the letter.",
        )
    elif problem.code == NEAR_REPEATED:
        text = translate(
            "Wording",
            "Duty {row} says nearly the same as duty {other}; the letter would say it twice. "
            "Keep the better one, or make each say what is different.",
        )
    else:
        text = translate(
            "Wording",
            "Duty {row} has the word “{word}” {count} times in a row; check the text (a stuck "
            "key or a bad paste can do this).",
        )
    return text.format(**values)


def duty_reason(check: Any, lang: str) -> str:
    """The one-sentence reason of a duty's reading, in the window's language.

    English shows the core's own sentence; other languages write it from the reading's kind
    and group (the core writes English)."""
    if lang == "en" or check is None:
        return check.reason if check is not None else ""
    from noc_letter.core.catalogue import load_catalogue

    group = load_catalogue().find(check.code) if check.code else None
    name = f"{check.code} {group.title_in(lang)}" if group is not None else check.code
    teer = teer_text(check.teer) if check.teer is not None else ""
    if check.supports == "target" and check.describes:
        return translate("Wording", "Describes your target's main duty “{duty}”.").format(
            duty=check.describes
        )
    sentences = {
        "target": translate("Wording", "Reads as your target occupation."),
        "neighbour": translate(
            "Wording", "Reads more as {group} ({teer}), a group officers confuse with your target."
        ),
        "other_skilled": translate("Wording", "Reads more as {group} ({teer})."),
        "other_low": translate(
            "Wording",
            "Reads more as {group} ({teer}), which is not skilled work for Express Entry.",
        ),
        "unclear": translate(
            "Wording", "Too vague to read as any occupation: say what, for whom, with which tools."
        ),
    }
    sentence = sentences.get(check.supports)
    return sentence.format(group=name, teer=teer) if sentence else check.reason
