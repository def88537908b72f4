"""The words of the letter: placeholder values for a project, with blanks where facts are missing.

Only formatting happens here (dates, amounts, hours); every fact comes from the project as the
person entered it. A fact nobody has entered becomes a `Blank` the employer fills in.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from noc_letter.core.export.docx_fill import Blank, Value
from noc_letter.core.letter import Duty, Position, Project

FULL_TIME_HOURS = 30  # IRCC: full-time work is at least 30 hours per week.
# Programs whose letters must show the NOC code (OINP employer job offer, BC PNP).
NOC_PROGRAMS = ("oinp", "bc-pnp")
# OINP also wants weeks per year, vacation, work location and a website on the letterhead.
OINP_PROGRAMS = ("oinp",)
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{2})$")

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
    text = (text or "").strip()
    if match := _ISO_DAY.match(text):
        year, month, day = (int(part) for part in match.groups())
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{day} {MONTHS[month - 1]} {year}"
    if match := _ISO_MONTH.match(text):
        year, month = (int(part) for part in match.groups())
        if 1 <= month <= 12:
            return f"{MONTHS[month - 1]} {year}"
    return text


def format_number(number: float, *, money: bool = False) -> str:
    """40.0 → "40", 37.5 → "37.5", 52000 → "52,000"; money keeps cents: 28.5 → "28.50"."""
    if float(number).is_integer():
        return f"{int(number):,}"
    text = f"{number:,.2f}"
    return text if money else text.rstrip("0")


def _text(value: str, blank: str | None) -> Value:
    """The person's text, or a blank with this label when it is empty (None: leave empty)."""
    if value.strip():
        return value
    return Blank(blank) if blank else ""


def global_values(project: Project, *, employer_template: bool, today: dt.date) -> dict[str, Value]:
    """Values of the placeholders outside the position block.

    Args:
        project: the letter project.
        employer_template: True leaves the letter date (set or not) blank for the employer to
            date it when signing, and "is"/"was" blank when a position has no end date (the
            employer confirms whether the person still works there); otherwise an unset date
            becomes today's date.
        today: the date used for an unset letter date.
    """
    employer, signer = project.employer, project.signer
    if employer_template:
        letter_date: Value = Blank("date of signing")
    elif project.letter_date:
        letter_date = format_date(project.letter_date)
    else:
        letter_date = format_date(today.isoformat())
    website_blank = "company website" if project.program in OINP_PROGRAMS else None
    current = any(p.current for p in project.positions) or not project.positions
    is_or_was: Value = "is" if current else "was"
    if employer_template and current:
        is_or_was = Blank("“is” if still employed, or “was”")
    return {
        "letterhead": _text(employer.name, "company name"),
        "employer_name": _text(employer.name, "company name"),
        "employer_address": _text(employer.address, "company address"),
        "employer_phone": _text(employer.phone, "company telephone number"),
        "employer_email": _text(employer.email, "company e-mail address"),
        "employer_website": _text(employer.website, website_blank),
        "applicant_name": _text(project.applicant.name, "employee's full name"),
        "letter_date": letter_date,
        "is_or_was": is_or_was,
        "signer_name": _text(signer.name, "name of the person signing"),
        "signer_title": _text(signer.title, "job title of the person signing"),
        "signer_phone": _text(signer.phone, "telephone number of the person signing"),
        "signer_email": _text(signer.email, "e-mail address of the person signing"),
    }


def position_values(
    position: Position,
    program: str,
    order: DutyOrder | None = None,
    *,
    employer_template: bool = False,
) -> tuple[dict[str, Value], list[Value]]:
    """Values of the position block placeholders, and the duty lines in letter order.

    Args:
        position: one position held at the company.
        program: the project's program; OINP and BC PNP letters show the NOC code.
        order: the duty order for the letter; None keeps the person's order. Whatever it
            returns, excluded and blank duties are left out.
        employer_template: True leaves "to present" and "Currently employed" of a position
            without an end date as blanks the employer confirms.

    Returns:
        (values, duties): the duties are exactly the included duty texts, or one blank.
    """
    hours = position.hours_per_week
    values: dict[str, Value] = {
        "position_title": _text(position.title, "job title"),
        "position_noc": _noc(position.noc, program),
        "position_dates": _dates(position, employer_template),
        "position_status": _status(position, employer_template),
        "position_hours": (
            f"{format_number(hours)} hours per week"
            if hours is not None
            else Blank("hours of work per week (a number)")
        ),
        "position_weeks": _weeks(position, program),
        "position_salary": _salary(position),
        "position_benefits": _text(position.benefits, "benefits (or “none”)"),
        "position_vacation": _text(
            position.vacation, "paid vacation" if program in OINP_PROGRAMS else None
        ),
        "position_location": _text(
            position.location, "work location" if program in OINP_PROGRAMS else None
        ),
    }
    chosen = order(position) if order else position.duties
    duties: list[Value] = [d.text for d in chosen if d.include and d.text.strip()]
    if not duties:
        duties = [Blank("main duties and responsibilities, one per line")]
    return values, duties


def _noc(code: str, program: str) -> Value:
    """ "12200 – Accounting technicians and bookkeepers" for programs that ask for the NOC."""
    if program not in NOC_PROGRAMS:
        return ""
    code = code.strip()
    if not code:
        return Blank("NOC 2021 code")
    from noc_letter.core.catalogue import load_catalogue

    group = load_catalogue().find(code)
    return f"{code} – {group.title}" if group else code


def _dates(position: Position, employer_template: bool = False) -> Value:
    """ "4 March 2019 to present" / "4 March 2019 to 31 May 2021", blanks where unknown (and,
    for the employer to confirm, where no end date was given)."""
    start: Value = format_date(position.start) or Blank("start date (day month year)")
    if position.current and employer_template:
        return [start, " to ", Blank("“present” if still employed, or the last day worked")]
    if position.current:
        return [start, " to present"]
    end: Value = format_date(position.end) or Blank("end date (day month year)")
    return [start, " to ", end]


def _status(position: Position, employer_template: bool = False) -> Value:
    """Job status from what the project knows: current or not, full- or part-time by hours;
    for the employer to confirm, "Currently employed" of a position without an end date is a
    blank."""
    hours = position.hours_per_week
    kind = "" if hours is None else ("full-time" if hours >= FULL_TIME_HOURS else "part-time")
    if position.current and employer_template:
        employed = Blank("“Currently employed” if still employed, or “Formerly employed”")
        return [employed, f", {kind}"] if kind else employed
    if position.current:
        return f"Currently employed, {kind}" if kind else "Currently employed"
    return kind.capitalize()


def _weeks(position: Position, program: str) -> Value:
    """Weeks worked per year, a blank when OINP needs it, else empty (line removed)."""
    if position.weeks_per_year is not None:
        return f"{format_number(position.weeks_per_year)} weeks per year"
    return Blank("weeks of work per year") if program in OINP_PROGRAMS else ""


def _salary(position: Position) -> Value:
    """ "52,000 CAD per year", or a blank when the amount is unknown."""
    salary = position.salary
    if salary.amount is None:
        return Blank(f"salary per {salary.per or 'year'}")
    currency = f" {salary.currency.strip()}" if salary.currency.strip() else ""
    return f"{format_number(salary.amount, money=True)}{currency} per {salary.per or 'year'}"
