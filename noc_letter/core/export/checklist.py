"""The submission checklist as plain data: IRCC elements with their status, hours, documents.

Statuses come from the completeness check (`check()`): an item names the finding fields it
covers, so the rules live in one place. Without a project the checklist is blank: every item
is a "todo" checkbox.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from noc_letter.core.export.letter_text import format_date
from noc_letter.core.letter import Project

if TYPE_CHECKING:
    from noc_letter.core.completeness import Finding
    from noc_letter.core.hours import HoursSummary

DONE, MISSING, NOT_APPLICABLE, TODO, WARNING = "done", "missing", "n/a", "todo", "warning"
STATUSES = (DONE, MISSING, NOT_APPLICABLE, TODO, WARNING)
# How the writers show a status: a box to tick, and a word for the ones that need attention.
# A warning is never a tick: its messages are printed under the item, each after WARNING_WORD.
STATUS_MARKS = {DONE: "☑", MISSING: "☐", NOT_APPLICABLE: "–", TODO: "☐", WARNING: "⚠"}
STATUS_WORDS = {
    DONE: "",
    MISSING: "Missing",
    NOT_APPLICABLE: "Not applicable",
    TODO: "",
    WARNING: "",
}
WARNING_WORD = "Warning"
PROGRAM_NAMES = {
    "express-entry": "Express Entry",
    "oinp": "OINP",
    "sinp": "SINP",
    "bc-pnp": "BC PNP",
}
NOT_LEGAL_ADVICE = (
    "General information to help you prepare, not legal advice. IRCC and the provinces decide; "
    "check the current instructions on canada.ca and your province's site before you apply."
)


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
    """The whole checklist; `subtitle` names the person, employer and program when known."""

    title: str
    subtitle: str
    sections: tuple[ChecklistSection, ...]
    footer: str = NOT_LEGAL_ADVICE

    def items(self) -> list[ChecklistItem]:
        """Every item of every section, in order."""
        return [item for section in self.sections for item in section.items]


@dataclass(frozen=True)
class _Element:
    """An IRCC element and the finding fields that decide its status ("*" = any position)."""

    text: str
    fields: tuple[str, ...]
    programs: tuple[str, ...] = ()  # empty: every program
    codes: tuple[str, ...] = ()  # findings this element takes by code, whatever their field


# Guide §1 (IRCC list) and §4 (program extras), in the order of the letter.
_ELEMENTS = (
    _Element("Your full name", ("applicant.name",)),
    _Element(
        "Company name, address, telephone number and e-mail address",
        ("employer.name", "employer.address", "employer.phone", "employer.email"),
    ),
    _Element("Company website on the letterhead (OINP)", ("employer.website",), ("oinp",)),
    _Element(
        "Name, job title and contact of your immediate supervisor or HR officer",
        ("signer.name", "signer.title", "signer.phone", "signer.email", "signer.role"),
    ),
    _Element(
        "Letter date: after your last day for a past job, recent for a current job",
        ("letter_date",),
    ),
    _Element("All positions you held at the company, each on its own", ("positions",)),
    _Element("Job title of each position", ("positions[*].title",)),
    # How the duties read decides whether the group is "chosen by your duties".
    _Element(
        "NOC 2021 group chosen by your duties (TEER 0–3 for Express Entry)",
        ("positions[*].noc",),
        codes=(
            "duties-read-as-other",
            "duties-read-as-other-skilled",
            "duties-few-on-target",
            "duties-too-little",
        ),
    ),
    _Element(
        "Exact dates (day, month, year) of each position",
        ("positions[*].start", "positions[*].end"),
    ),
    # Job status is written from "current" and the hours, so the hours of the current jobs
    # decide it (no fields of its own).
    _Element("Job status of your current job (full- or part-time)", ()),
    _Element("Hours of work per week as a number", ("positions[*].hours_per_week",)),
    _Element("Salary plus benefits", ("positions[*].salary", "positions[*].benefits")),
    _Element(
        "Weeks per year, paid vacation and work location (OINP)",
        ("positions[*].weeks_per_year", "positions[*].vacation", "positions[*].location"),
        ("oinp",),
    ),
    _Element("Main duties and responsibilities, in your own words", ("positions[*].duties",)),
)


def checklist_items(
    project: Project | None,
    today: dt.date | None = None,
    findings: Sequence[Finding] | None = None,
) -> Checklist:
    """Build the checklist for a project, or the blank checklist without one.

    Every error of the check marks its item missing, and every warning is printed on its
    item (never a tick), so the checklist says what the check says.

    Args:
        project: the letter project, or None for the blank printable checklist.
        today: the date for the completeness check and the hours (default: today).
        findings: the project's findings, e.g. from `duty_checks.full_check` (with the copy
            guard and how the duties read); None runs `completeness.check`.

    Returns:
        The checklist: IRCC elements, hours, supporting documents, final steps and the
        not-legal-advice footer.
    """
    today = today or dt.date.today()
    if project is None:
        return Checklist(
            "Employer reference letter – checklist",
            "Name: ________________   Employer: ________________   Program: ____________",
            (
                _elements_section(None, ()),
                _hours_blank(),
                _documents_section(None),
                _final_steps(),
            ),
        )
    if findings is None:
        from noc_letter.core.completeness import check

        findings = check(project, today=today)
    program = PROGRAM_NAMES.get(project.program, project.program)
    who = [
        project.applicant.name.strip() or "(your name)",
        project.employer.name.strip() or "(employer)",
        program,
        f"checked {format_date(today.isoformat())}",
    ]
    return Checklist(
        "Employer reference letter – checklist",
        " · ".join(who),
        (
            _elements_section(project, findings),
            _hours_section(project, today),
            _documents_section(project),
            _final_steps(),
        ),
    )


def _elements_section(project: Project | None, findings: Sequence[Finding]) -> ChecklistSection:
    """The IRCC elements, with statuses from the findings when there is a project.

    Findings that no element covers (program, language, extra checks) are gathered in a last
    "other points" item so nothing the check found is lost.
    """
    items = [_letterhead_item(project)]
    covered: set[int] = set()
    for element in _ELEMENTS:
        if project is None:
            items.append(ChecklistItem(element.text))
        elif not element.programs or project.program in element.programs:
            item, used = _element_item(element, project, findings)
            items.append(item)
            covered.update(id(f) for f in used)
    rest = [f for f in findings if id(f) not in covered]
    if rest:
        items.append(_status_item("Other points from the check", rest))
    return ChecklistSection("What the letter must show", tuple(items))


def _letterhead_item(project: Project | None) -> ChecklistItem:
    """Letterhead: done when the letter carries a letterhead image, else still to do."""
    text = "Printed on company letterhead"
    if project is not None and project.employer.letterhead_image.strip():
        return ChecklistItem(text, DONE, "letterhead image in the letter")
    return ChecklistItem(text, TODO, "the employer prints it on letterhead" if project else "")


def _element_item(
    element: _Element, project: Project, findings: Sequence[Finding]
) -> tuple[ChecklistItem, list[Finding]]:
    """One element's status (missing on an error, todo on a warning, done otherwise).

    Returns:
        The item and the findings it accounts for.
    """
    if not element.fields:  # job status
        current = [i for i, p in enumerate(project.positions) if p.current]
        if not current:
            return ChecklistItem(element.text, NOT_APPLICABLE, "no current job in this letter"), []
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
    return _status_item(element.text, matched), used


def _status_item(text: str, findings: Sequence[Finding]) -> ChecklistItem:
    """Missing on an error (first one shown), a warning for each warning, done otherwise."""
    errors = [f for f in findings if f.severity == "error"]
    warnings = tuple(dict.fromkeys(f.message for f in findings if f.severity != "error"))
    if errors:
        return ChecklistItem(text, MISSING, _detail(errors), warnings)
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


def _detail(findings: Sequence[Finding]) -> str:
    """The first finding's message, with a count of the others."""
    message = findings[0].message
    more = len(findings) - 1
    return f"{message} (+{more} more)" if more else message


def _hours_section(project: Project, today: dt.date) -> ChecklistSection:
    """Qualifying hours per federal program from `hours_summary`."""
    from noc_letter.core.hours import hours_summary

    summary = hours_summary(project, today)
    items = []
    for position in summary.positions:
        label = position.title.strip() or f"Position {position.index + 1}"
        noc = f" (NOC {position.noc})" if position.noc.strip() else ""
        if position.counted_from and position.counted_to:
            span = f"{format_date(position.counted_from.isoformat())} to " + format_date(
                position.counted_to.isoformat()
            )
            text = f"{label}{noc}: {position.qualifying_hours:,.0f} hours, {span}"
            notes = " ".join(position.notes)
            excluded = _counts_nowhere(summary, position.index)
            if excluded:
                warning = f"These hours count for no federal program: {excluded}"
                items.append(ChecklistItem(text, WARNING, notes, (warning,)))
            else:
                items.append(ChecklistItem(text, DONE, notes))
        else:
            text = f"{label}{noc}: not counted yet"
            items.append(ChecklistItem(text, MISSING, " ".join(position.notes)))
    for result in summary.programs:
        text = f"{result.name}: {result.hours:,.0f} of {result.required:,.0f} hours"
        if result.met:
            status = DONE
        elif result.hours > 0:
            status = TODO
        else:
            status = NOT_APPLICABLE
        items.append(ChecklistItem(text, status, "" if result.met else _first_reason(result.notes)))
    note = (
        f"Total in this letter, each week counted once: {summary.total:,.0f} hours "
        f"(at most 30 h a week count; 1,560 h = one year). An estimate; IRCC decides."
    )
    return ChecklistSection("Hours of work (estimate)", tuple(items), note)


def _counts_nowhere(summary: HoursSummary, index: int) -> str:
    """Why a counted position counts for none of the programs ("" when it counts somewhere)."""
    prefix = f"Position {index + 1}: "
    reasons = []
    for result in summary.programs:
        reason = next((n[len(prefix) :] for n in result.notes if n.startswith(prefix)), None)
        if reason is None:
            return ""
        reasons.append(reason)
    return reasons[0] if reasons else ""


def _first_reason(notes: Sequence[str]) -> str:
    """The most telling note of a program result: a position-specific one if any."""
    for note in notes:
        if note.startswith("Position ") or "Longest" in note or "Best trade" in note:
            return note
    return notes[0] if notes else ""


def _hours_blank() -> ChecklistSection:
    """The hours section of the blank checklist: what to add up."""
    return ChecklistSection(
        "Hours of work",
        (
            ChecklistItem("Paid hours add up to 1,560 (one year); at most 30 h a week count"),
            ChecklistItem(
                "FSW: one continuous year in one TEER 0–3 NOC within 10 years; "
                "CEC: one year in Canada within 3 years; FST: two years in a trade within 5 years"
            ),
        ),
    )


def _documents_section(project: Project | None) -> ChecklistSection:
    """Supporting documents to gather, with the program-specific ones where they apply."""
    items = [
        ChecklistItem("Pay stubs covering the period in the letter"),
        ChecklistItem("T4 slips or tax records (notices of assessment)"),
        ChecklistItem("Employment contract or job offer letter"),
    ]
    program = project.program if project else None
    language = project.language if project else None
    extras = (
        ("sinp", "SINP: one government-issued proof of employment with each letter"),
        ("bc-pnp", "BC PNP: Employer Declaration signed by someone with signing authority"),
    )
    for key, text in extras:
        if program is None:
            items.append(ChecklistItem(f"{text} (if you apply there)"))
        elif program == key:
            items.append(ChecklistItem(text))
    translation = (
        "Letter not in English or French: certified translation and translator's affidavit"
    )
    if project is None:
        items.append(ChecklistItem(translation))
    elif language not in ("en", "fr"):
        items.append(ChecklistItem(translation, TODO, "not by you or your family"))
    return ChecklistSection("Supporting documents to gather", tuple(items))


def _final_steps() -> ChecklistSection:
    """What to do with the letter before it is uploaded."""
    return ChecklistSection(
        "Before you submit",
        (
            ChecklistItem("Put the letter on company letterhead"),
            ChecklistItem("Check every fact against pay stubs and tax records"),
            ChecklistItem("Signed and dated by your supervisor or HR (a stamp is not required)"),
            ChecklistItem("Scanned to PDF with letterhead, logo and address readable"),
        ),
    )
