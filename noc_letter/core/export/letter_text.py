"""The words of the letter: placeholder values for a project, with blanks where facts are missing.

Only formatting happens here (dates, amounts, hours); every fact comes from the project as the
person entered it. A fact nobody has entered becomes a `Blank` the employer fills in. The words
themselves (English or French) come from `wording_en` / `wording_fr`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from types import ModuleType

from noc_letter.core.export import wording_en
from noc_letter.core.export.docx_fill import Value
from noc_letter.core.export.wording import letter_wording
from noc_letter.core.letter import Duty, Position, Project

FULL_TIME_HOURS = 30  # IRCC: full-time work is at least 30 hours per week.
# Programs whose letters must show the NOC code (OINP employer job offer, BC PNP).
NOC_PROGRAMS = ("oinp", "bc-pnp")
# OINP also wants weeks per year, vacation, work location and a website on the letterhead.
OINP_PROGRAMS = ("oinp",)
MONTHS = wording_en.MONTHS

# Every placeholder the letter understands. The global ones may appear anywhere (including
# headers); the position ones only inside the {{#position}}...{{/position}} block.
GLOBAL_NAMES = (
    "letterhead",
    "employer_name",
    "employer_address",
    "employer_phone",
    "employer_email",
    "employer_website",
    "applicant_name",
    "letter_date",
    "is_or_was",
    "signer_name",
    "signer_title",
    "signer_phone",
    "signer_email",
)
POSITION_NAMES = (
    "position_title",
    "position_noc",
    "position_dates",
    "position_status",
    "position_hours",
    "position_weeks",
    "position_salary",
    "position_benefits",
    "position_vacation",
    "position_location",
    "duty",
)
BLOCK_NAME = "position"
DUTY_NAME = "duty"
# What any template must contain: the IRCC "must" elements (section 1 of the requirements).
REQUIRED_NAMES = (
    "applicant_name",
    "employer_name",
    "employer_address",
    "employer_phone",
    "employer_email",
    "signer_name",
    "signer_title",
    "#position",
    "/position",
    "position_title",
    "position_dates",
    "position_status",
    "position_hours",
    "position_salary",
    "position_benefits",
    "duty",
)

DutyOrder = Callable[[Position], list[Duty]]


def required_names(program: str) -> tuple[str, ...]:
    """Placeholders a template must hold for this program (provincial extras added)."""
    names = list(REQUIRED_NAMES)
    if program in NOC_PROGRAMS:
        names.append("position_noc")
    if program in OINP_PROGRAMS:
        names += ["employer_website", "position_weeks", "position_vacation", "position_location"]
    return tuple(names)


def format_date(text: str | None) -> str:
    """ "2019-03-04" → "4 March 2019", "2019-03" → "March 2019"; other text unchanged."""
    return wording_en.format_date(text)


def format_number(number: float, *, money: bool = False) -> str:
    """40.0 → "40", 37.5 → "37.5", 52000 → "52,000"; money keeps cents: 28.5 → "28.50"."""
    return wording_en.format_number(number, money=money)


def _text(value: str, w: ModuleType, blank: str | None) -> Value:
    """The person's text, or the blank for this fact when it is empty (None: leave empty)."""
    if value.strip():
        return value
    return w.blank(blank) if blank else ""


def global_values(
    project: Project, *, employer_template: bool, today: dt.date, lang: str = "en"
) -> dict[str, Value]:
    """Values of the placeholders outside the position block.

    Args:
        project: the letter project.
        employer_template: True leaves the letter date (set or not) blank for the employer to
            date it when signing, and "is"/"was" blank when a position has no end date (the
            employer confirms whether the person still works there); otherwise an unset date
            becomes today's date.
        today: the date used for an unset letter date.
        lang: the letter's language ("en" or "fr"); its wording writes dates and blanks.
    """
    w = letter_wording(lang)
    employer, signer = project.employer, project.signer
    if employer_template:
        letter_date: Value = w.blank("signing_date")
    elif project.letter_date:
        letter_date = w.format_date(project.letter_date)
    else:
        letter_date = w.format_date(today.isoformat())
    website_blank = "company_website" if project.program in OINP_PROGRAMS else None
    current = any(p.current for p in project.positions) or not project.positions
    is_or_was: Value = w.is_or_was(current)
    if employer_template and current:
        is_or_was = w.blank("is_or_was")
    return {
        "letterhead": _text(employer.name, w, "company_name"),
        "employer_name": _text(employer.name, w, "company_name"),
        "employer_address": _text(employer.address, w, "company_address"),
        "employer_phone": _text(employer.phone, w, "company_phone"),
        "employer_email": _text(employer.email, w, "company_email"),
        "employer_website": _text(employer.website, w, website_blank),
        "applicant_name": _text(project.applicant.name, w, "applicant_name"),
        "letter_date": letter_date,
        "is_or_was": is_or_was,
        "signer_name": _text(signer.name, w, "signer_name"),
        "signer_title": _text(signer.title, w, "signer_title"),
        "signer_phone": _text(signer.phone, w, "signer_phone"),
        "signer_email": _text(signer.email, w, "signer_email"),
    }


def position_values(
    position: Position,
    program: str,
    order: DutyOrder | None = None,
    *,
    employer_template: bool = False,
    lang: str = "en",
) -> tuple[dict[str, Value], list[Value]]:
    """Values of the position block placeholders, and the duty lines in letter order.

    Args:
        position: one position held at the company.
        program: the project's program; OINP and BC PNP letters show the NOC code.
        order: the duty order for the letter; None keeps the person's order. Whatever it
            returns, excluded and blank duties are left out.
        employer_template: True leaves "to present" and "Currently employed" of a position
            without an end date as blanks the employer confirms.
        lang: the letter's language ("en" or "fr"); its wording writes dates, hours, pay.

    Returns:
        (values, duties): the duties are exactly the included duty texts, or one blank.
    """
    w = letter_wording(lang)
    hours = position.hours_per_week
    oinp = program in OINP_PROGRAMS
    values: dict[str, Value] = {
        "position_title": _text(position.title, w, "job_title"),
        "position_noc": _noc(position.noc, program, w),
        "position_dates": _dates(position, w, employer_template),
        "position_status": _status(position, w, employer_template),
        "position_hours": w.hours_per_week(hours) if hours is not None else w.blank("hours"),
        "position_weeks": _weeks(position, program, w),
        "position_salary": _salary(position, w),
        "position_benefits": _text(position.benefits, w, "benefits"),
        "position_vacation": _text(position.vacation, w, "vacation" if oinp else None),
        "position_location": _text(position.location, w, "location" if oinp else None),
    }
    chosen = order(position) if order else position.duties
    duties: list[Value] = [d.text for d in chosen if d.include and d.text.strip()]
    if not duties:
        duties = [w.blank("duties")]
    return values, duties


def _noc(code: str, program: str, w: ModuleType) -> Value:
    """ "12200 – Accounting technicians and bookkeepers" (the CNP title in French) for programs
    that ask for the NOC."""
    if program not in NOC_PROGRAMS:
        return ""
    code = code.strip()
    if not code:
        return w.blank("noc")
    from noc_letter.core.catalogue import load_catalogue

    group = load_catalogue().find(code)
    return w.noc_line(code, group.title_in(w.LANG)) if group else code


def _dates(position: Position, w: ModuleType, employer_template: bool = False) -> Value:
    """ "4 March 2019 to present" / "du 4 mars 2019 au 31 mai 2021", blanks where unknown (and,
    for the employer to confirm, where no end date was given)."""
    start = w.format_date(position.start) or w.blank("start")
    if position.current and employer_template:
        return w.since_to_confirm(start)
    if position.current:
        return w.since(start)
    return w.date_range(start, w.format_date(position.end) or w.blank("end"))


def _status(position: Position, w: ModuleType, employer_template: bool = False) -> Value:
    """Job status from what the project knows: current or not, full- or part-time by hours;
    for the employer to confirm, "Currently employed" of a position without an end date is a
    blank."""
    hours = position.hours_per_week
    kind = "" if hours is None else w.job_kind(hours >= FULL_TIME_HOURS)
    if position.current and employer_template:
        return w.status_to_confirm(kind)
    return w.status(position.current, kind)


def _weeks(position: Position, program: str, w: ModuleType) -> Value:
    """Weeks worked per year, a blank when OINP needs it, else empty (line removed)."""
    if position.weeks_per_year is not None:
        return w.weeks_per_year(position.weeks_per_year)
    return w.blank("weeks") if program in OINP_PROGRAMS else ""


def _salary(position: Position, w: ModuleType) -> Value:
    """ "52,000 CAD per year" / "52 000 $ par année", or a blank when the amount is unknown."""
    salary = position.salary
    if salary.amount is None:
        return w.salary_blank(salary.per)
    return w.salary(salary.amount, salary.currency, salary.per)
