"""The submission checklist as plain data: IRCC elements with their status, hours, documents.

Statuses come from the completeness check (`check()`): an item names the finding fields it
covers, so the rules live in one place. Without a project the checklist is blank: every item
is a "todo" checkbox. The text is English or French (`checklist_wording`), as the letter.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from noc_letter.core.export.checklist_wording import (
    CHECKLIST_TEXT,
    PROGRAM_NAMES_BY_LANG,
    checklist_text,
    element_text,
)
from noc_letter.core.export.wording import letter_language, letter_wording
from noc_letter.core.letter import Project

if TYPE_CHECKING:
    from noc_letter.core.completeness import Finding
    from noc_letter.core.hours import HoursSummary

DONE, MISSING, NOT_APPLICABLE, TODO, WARNING = "done", "missing", "n/a", "todo", "warning"
STATUSES = (DONE, MISSING, NOT_APPLICABLE, TODO, WARNING)
# How the writers show a status: a box to tick, and a word for the ones that need attention.
# A warning is never a tick: its messages are printed under the item, each after WARNING_WORD.
STATUS_MARKS = {DONE: "☑", MISSING: "☐", NOT_APPLICABLE: "–", TODO: "☐", WARNING: "⚠"}


def status_words(lang: str = "en") -> dict[str, str]:
    """The word printed after a status that needs attention ("Missing"/"Manquant")."""
    text = checklist_text(lang)
    return {
        DONE: "",
        MISSING: text["missing"],
        NOT_APPLICABLE: text["not_applicable"],
        TODO: "",
        WARNING: "",
    }


# The English words, as before (the writers take a checklist's own: `Checklist.status_words`).
STATUS_WORDS = status_words("en")
WARNING_WORD = CHECKLIST_TEXT["en"]["warning"]
PROGRAM_NAMES = PROGRAM_NAMES_BY_LANG["en"]
NOT_LEGAL_ADVICE = CHECKLIST_TEXT["en"]["footer"]


@dataclass(frozen=True)
class ChecklistItem:
    """One line to tick: its text, status (one of STATUSES), an optional short detail, and
    every warning the check gave about it (each printed in full)."""

    text: str
    status: str = TODO
    detail: str = ""
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ChecklistSection:
    """A titled group of items, with an optional note printed under it."""

    title: str
    items: tuple[ChecklistItem, ...]
    note: str = ""


@dataclass(frozen=True)
class Checklist:
    """The whole checklist; `subtitle` names the person, employer and program when known;
    `lang` is the language of its text ("en" or "fr")."""

    title: str
    subtitle: str
    sections: tuple[ChecklistSection, ...]
    footer: str = NOT_LEGAL_ADVICE
    lang: str = "en"

    def items(self) -> list[ChecklistItem]:
        """Every item of every section, in order."""
        return [item for section in self.sections for item in section.items]

    @property
    def status_words(self) -> dict[str, str]:
        """The status words in the checklist's language (see STATUS_WORDS)."""
        return status_words(self.lang)

    @property
    def warning_word(self) -> str:
        """The word before each warning ("Warning"/"Avertissement")."""
        return checklist_text(self.lang)["warning"]


@dataclass(frozen=True)
class _Element:
    """An IRCC element (its id in `checklist_wording.ELEMENT_TEXT`) and the finding fields that
    decide its status ("*" = any position)."""

    key: str
    fields: tuple[str, ...]
    programs: tuple[str, ...] = ()  # empty: every program
    codes: tuple[str, ...] = ()  # findings this element takes by code, whatever their field


# Guide §1 (IRCC list) and §4 (program extras), in the order of the letter.
_ELEMENTS = (
    _Element("applicant", ("applicant.name",)),
    _Element("company", ("employer.name", "employer.address", "employer.phone", "employer.email")),
    _Element("website", ("employer.website",), ("oinp",)),
    _Element(
        "signer", ("signer.name", "signer.title", "signer.phone", "signer.email", "signer.role")
    ),
    _Element("letter_date", ("letter_date",)),
    _Element("positions", ("positions",)),
    _Element("titles", ("positions[*].title",)),
    # How the duties read decides whether the group is "chosen by your duties".
    _Element(
        "noc",
        ("positions[*].noc",),
        codes=(
            "duties-read-as-other",
            "duties-read-as-other-skilled",
            "duties-few-on-target",
            "duties-too-little",
        ),
    ),
    _Element("dates", ("positions[*].start", "positions[*].end")),
    # Job status is written from "current" and the hours, so the hours of the current jobs
    # decide it (no fields of its own).
    _Element("status", ()),
    _Element("hours", ("positions[*].hours_per_week",)),
    _Element("salary", ("positions[*].salary", "positions[*].benefits")),
    _Element(
        "oinp",
        ("positions[*].weeks_per_year", "positions[*].vacation", "positions[*].location"),
        ("oinp",),
    ),
    _Element("duties", ("positions[*].duties",)),
)


def checklist_items(
    project: Project | None,
    today: dt.date | None = None,
    findings: Sequence[Finding] | None = None,
    lang: str | None = None,
) -> Checklist:
    """Build the checklist for a project, or the blank checklist without one.

    Every error of the check marks its item missing, and every warning is printed on its
    item (never a tick), so the checklist says what the check says.

    Args:
        project: the letter project, or None for the blank printable checklist.
        today: the date for the completeness check and the hours (default: today).
        findings: the project's findings, e.g. from `duty_checks.full_check` (with the copy
            guard and how the duties read); None runs `completeness.check`. Their messages
            are printed in the checklist's language (codes and fields are unchanged).
        lang: "en" or "fr"; None follows the project's letter language (English without a
            project).

    Returns:
        The checklist: IRCC elements, hours, supporting documents, final steps and the
        not-legal-advice footer.
    """
    today = today or dt.date.today()
    lang = letter_language(project.language if project else None, lang)
    text = checklist_text(lang)
    if project is None:
        return Checklist(
            text["title"],
            text["blank_subtitle"],
            (
                _elements_section(None, (), lang),
                _hours_blank(lang),
                _documents_section(None, lang),
                _final_steps(lang),
            ),
            text["footer"],
            lang,
        )
    if findings is None:
        from noc_letter.core.completeness import check

        findings = check(project, today=today)
    from noc_letter.core.finding_text import localise

    findings = localise(findings, lang)
    names = PROGRAM_NAMES_BY_LANG[lang]
    who = [
        project.applicant.name.strip() or text["your_name"],
        project.employer.name.strip() or text["employer"],
        names.get(project.program, project.program),
        text["checked"].format(date=_date(lang, today)),
    ]
    return Checklist(
        text["title"],
        " · ".join(who),
        (
            _elements_section(project, findings, lang),
            _hours_section(project, today, lang),
            _documents_section(project, lang),
            _final_steps(lang),
        ),
        text["footer"],
        lang,
    )


def _date(lang: str, day: dt.date) -> str:
    """ "2 May 2024" / "2 mai 2024"."""
    return letter_wording(lang).format_date(day.isoformat())


def _hours(lang: str, hours: float) -> str:
    """ "1,560" / "1 560" (whole hours)."""
    from noc_letter.core.hours_wording import hours_number

    return hours_number(lang, hours)


def _elements_section(
    project: Project | None, findings: Sequence[Finding], lang: str = "en"
) -> ChecklistSection:
    """The IRCC elements, with statuses from the findings when there is a project.

    Findings that no element covers (program, language, extra checks) are gathered in a last
    "other points" item so nothing the check found is lost.
    """
    text, elements = checklist_text(lang), element_text(lang)
    items = [_letterhead_item(project, lang)]
    covered: set[int] = set()
    for element in _ELEMENTS:
        if project is None:
            items.append(ChecklistItem(elements[element.key]))
        elif not element.programs or project.program in element.programs:
            item, used = _element_item(element, project, findings, lang)
            items.append(item)
            covered.update(id(f) for f in used)
    rest = [f for f in findings if id(f) not in covered]
    if rest:
        items.append(_status_item(text["other_points"], rest, lang))
    return ChecklistSection(text["section_elements"], tuple(items))


def _letterhead_item(project: Project | None, lang: str = "en") -> ChecklistItem:
    """Letterhead: done when the letter carries a letterhead image, else still to do."""
    text = checklist_text(lang)
    if project is not None and project.employer.letterhead_image.strip():
        return ChecklistItem(text["letterhead"], DONE, text["letterhead_done"])
    return ChecklistItem(text["letterhead"], TODO, text["letterhead_todo"] if project else "")


def _element_item(
    element: _Element, project: Project, findings: Sequence[Finding], lang: str = "en"
) -> tuple[ChecklistItem, list[Finding]]:
    """One element's status (missing on an error, todo on a warning, done otherwise).

    Returns:
        The item and the findings it accounts for.
    """
    label = element_text(lang)[element.key]
    if not element.fields:  # job status
        current = [i for i, p in enumerate(project.positions) if p.current]
        if not current:
            detail = checklist_text(lang)["no_current_job"]
            return ChecklistItem(label, NOT_APPLICABLE, detail), []
        fields = tuple(f"positions[{i}].hours_per_week" for i in current)
        matched = [f for f in findings if _covers(fields, f.field)]
        used: list[Finding] = []  # the hours element reports these too
    else:
        claimed = {code for e in _ELEMENTS for code in e.codes}
        matched = used = [
            f
            for f in findings
            if f.code in element.codes
            or (f.code not in claimed and _covers(element.fields, f.field))
        ]
    return _status_item(label, matched, lang), used


def _status_item(text: str, findings: Sequence[Finding], lang: str = "en") -> ChecklistItem:
    """Missing on an error (first one shown), a warning for each warning, done otherwise."""
    errors = [f for f in findings if f.severity == "error"]
    warnings = tuple(dict.fromkeys(f.message for f in findings if f.severity != "error"))
    if errors:
        return ChecklistItem(text, MISSING, _detail(errors, lang), warnings)
    if warnings:
        return ChecklistItem(text, WARNING, warnings=warnings)
    return ChecklistItem(text, DONE)


def _covers(patterns: Sequence[str], field_path: str) -> bool:
    """True when a finding's field is one of the patterns or inside one ("*": any index).

    "positions" itself only matches exactly: findings about one position belong to the element
    of their field.
    """
    for pattern in patterns:
        if pattern == "positions":
            if field_path == pattern:
                return True
            continue
        regex = re.escape(pattern).replace(r"\[\*\]", r"\[\d+\]")
        if re.match(f"^{regex}(?:$|[.\\[])", field_path):
            return True
    return False


def _detail(findings: Sequence[Finding], lang: str = "en") -> str:
    """The first finding's message, with a count of the others."""
    message = findings[0].message
    more = len(findings) - 1
    return checklist_text(lang)["more"].format(message=message, more=more) if more else message


def _hours_section(project: Project, today: dt.date, lang: str = "en") -> ChecklistSection:
    """Qualifying hours per federal program from `hours_summary`."""
    from noc_letter.core.hours import hours_summary

    text = checklist_text(lang)
    summary = hours_summary(project, today, lang=lang)
    items = []
    for position in summary.positions:
        label = position.title.strip() or text["position_label"].format(number=position.index + 1)
        noc = text["position_noc"].format(noc=position.noc) if position.noc.strip() else ""
        if position.counted_from and position.counted_to:
            span = text["span"].format(
                start=_date(lang, position.counted_from), end=_date(lang, position.counted_to)
            )
            line = text["hours_counted"].format(
                label=label, noc=noc, hours=_hours(lang, position.qualifying_hours), span=span
            )
            notes = " ".join(position.notes)
            excluded = _counts_nowhere(summary, position.index, lang)
            if excluded:
                warning = text["counts_nowhere"].format(reason=excluded)
                items.append(ChecklistItem(line, WARNING, notes, (warning,)))
            else:
                items.append(ChecklistItem(line, DONE, notes))
        else:
            line = text["hours_not_counted"].format(label=label, noc=noc)
            items.append(ChecklistItem(line, MISSING, " ".join(position.notes)))
    for result in summary.programs:
        line = text["program_hours"].format(
            name=result.name,
            hours=_hours(lang, result.hours),
            required=_hours(lang, result.required),
        )
        if result.met:
            status = DONE
        elif result.hours > 0:
            status = TODO
        else:
            status = NOT_APPLICABLE
        detail = "" if result.met else _first_reason(result.notes, lang)
        items.append(ChecklistItem(line, status, detail))
    note = text["hours_note"].format(total=_hours(lang, summary.total))
    return ChecklistSection(text["section_hours"], tuple(items), note)


def _position_prefix(index: int, lang: str) -> str:
    """How the hours notes start a note about one position ("Position 2: ")."""
    from noc_letter.core.hours_wording import note

    return note(lang, "position", number=index + 1, reason="")


def _counts_nowhere(summary: HoursSummary, index: int, lang: str = "en") -> str:
    """Why a counted position counts for none of the programs ("" when it counts somewhere)."""
    prefix = _position_prefix(index, lang)
    reasons = []
    for result in summary.programs:
        reason = next((n[len(prefix) :] for n in result.notes if n.startswith(prefix)), None)
        if reason is None:
            return ""
        reasons.append(reason)
    return reasons[0] if reasons else ""


def _first_reason(notes: Sequence[str], lang: str = "en") -> str:
    """The most telling note of a program result: a position-specific one if any."""
    from noc_letter.core.hours_wording import note

    starts = [
        _position_prefix(0, lang).split()[0] + " ",
        note(lang, "longest", noc="", first="", last="", hours="").split(":")[0].strip(),
        note(lang, "best-trade", noc="", first="", last="", hours="").split(":")[0].strip(),
    ]
    for text in notes:
        if any(text.startswith(start) for start in starts):
            return text
    return notes[0] if notes else ""


def _hours_blank(lang: str = "en") -> ChecklistSection:
    """The hours section of the blank checklist: what to add up."""
    text = checklist_text(lang)
    return ChecklistSection(
        text["section_hours_blank"],
        (
            ChecklistItem(text["hours_blank_total"]),
            ChecklistItem(text["hours_blank_programs"]),
        ),
    )


def _documents_section(project: Project | None, lang: str = "en") -> ChecklistSection:
    """Supporting documents to gather, with the program-specific ones where they apply."""
    text = checklist_text(lang)
    items = [
        ChecklistItem(text["pay_stubs"]),
        ChecklistItem(text["tax_records"]),
        ChecklistItem(text["contract"]),
    ]
    program = project.program if project else None
    language = project.language if project else None
    for key in ("sinp", "bc-pnp"):
        if program is None:
            items.append(ChecklistItem(text["if_there"].format(text=text[key])))
        elif program == key:
            items.append(ChecklistItem(text[key]))
    if project is None:
        items.append(ChecklistItem(text["translation"]))
    elif language not in ("en", "fr"):
        items.append(ChecklistItem(text["translation"], TODO, text["not_by_you"]))
    return ChecklistSection(text["section_documents"], tuple(items))


def _final_steps(lang: str = "en") -> ChecklistSection:
    """What to do with the letter before it is uploaded."""
    text = checklist_text(lang)
    return ChecklistSection(
        text["section_final"],
        tuple(
            ChecklistItem(text[key])
            for key in ("final_letterhead", "final_facts", "final_signed", "final_scan")
        ),
    )
