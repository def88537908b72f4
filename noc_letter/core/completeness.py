"""Completeness check of a letter project: IRCC's list (guide §1) and program profiles (§4)."""

from __future__ import annotations

import re
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date
from typing import Any

from noc_letter.core.catalogue import Catalogue, load_catalogue
from noc_letter.core.duty_text import duty_problems
from noc_letter.core.hours import parse_exact_date, valid_hours
from noc_letter.core.letter import PROGRAMS, SALARY_PERIODS, SIGNER_ROLES, Position, Project
from noc_letter.core.requirements import (
    EXTRA_FIELDS,
    MESSAGES,
    MIN_DUTIES,
    PROGRAM_PROFILES,
    REQUIRED_TEXT,
    SIX_MONTHS_DAYS,
    ProgramProfile,
)

ERROR = "error"
WARNING = "warning"
LETTER_LANGUAGES = ("en", "fr")
_MONTH_ONLY = re.compile(r"\d{4}-(0[1-9]|1[0-2])", re.ASCII)
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_MIN_PHONE_DIGITS = 7


@dataclass(frozen=True)
class Finding:
    """One thing to fix or to know about, tied to the field a GUI can jump to.

    Attributes:
        severity: "error" (IRCC or the program asks for it) or "warning" (advice).
        code: stable identifier, e.g. "hours-missing".
        message: plain-language sentence addressed to the person.
        field: path of the field, e.g. "positions[0].hours_per_week" or "employer.email".
        params: the values the message was made from, as (name, value) pairs, so the message
            can be written in another language (`finding_text.finding_message`); not compared.
    """

    severity: str
    code: str
    message: str
    field: str
    params: tuple[tuple[str, Any], ...] = dataclass_field(default=(), compare=False, repr=False)

    @property
    def values(self) -> dict[str, Any]:
        """The params as a dict."""
        return dict(self.params)


ExtraCheck = Callable[[Project], Sequence[Finding]]


def check(
    project: Project,
    *,
    today: date | None = None,
    extra_checks: Sequence[ExtraCheck] = (),
    catalogue: Catalogue | None = None,
) -> list[Finding]:
    """Find what is missing or inconsistent in a letter project.

    Args:
        project: the letter project (a draft may be unfinished).
        today: the date to judge "future" and "recent" against (default: today).
        extra_checks: more rules, each `(project) -> list[Finding]` (the matcher and the copy
            guard plug in here); their findings come last, in order. Their errors propagate.
        catalogue: NOC catalogue for codes and TEER (default: the bundled one).

    Returns:
        Findings in the order of the letter: program, people, letter date, positions, program
        extras, then the extra checks. An empty list means nothing to fix.
    """
    today = today or date.today()
    catalogue = catalogue or load_catalogue()
    profile = PROGRAM_PROFILES.get(project.program)
    findings = [
        *_check_program(project),
        *_check_people(project),
        *_check_letter_date(project, today, profile),
        *_check_positions(project, today, profile, catalogue),
        *(_check_profile(project, profile) if profile else ()),
    ]
    for extra in extra_checks:
        findings.extend(extra(project))
    return findings


def has_errors(findings: Sequence[Finding]) -> bool:
    """True when at least one finding is an error."""
    return any(f.severity == ERROR for f in findings)


def _error(code: str, field: str, /, **values: Any) -> Finding:
    return Finding(ERROR, code, MESSAGES[code].format(**values), field, tuple(values.items()))


def _warning(code: str, field: str, /, **values: Any) -> Finding:
    return Finding(WARNING, code, MESSAGES[code].format(**values), field, tuple(values.items()))


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: Any) -> str:
    """Stripped text of a str field, tolerating None from an unfinished GUI edit."""
    return value.strip() if isinstance(value, str) else ""


def _value(project: Project, path: str) -> Any:
    value: Any = project
    for name in path.split("."):
        value = getattr(value, name)
    return value


def _check_program(project: Project) -> Iterator[Finding]:
    if project.program not in PROGRAMS:
        yield _error(
            "program-unknown",
            "program",
            choices=", ".join(p.name for p in PROGRAM_PROFILES.values()),
        )
    if project.language not in LETTER_LANGUAGES:
        yield _warning("language-needs-translation", "language")


def _check_people(project: Project) -> Iterator[Finding]:
    for field, code in REQUIRED_TEXT:
        if _blank(_value(project, field)):
            yield _error(code, field)
    for field in ("employer.email", "signer.email"):
        email = _text(_value(project, field))
        if email and not _EMAIL.fullmatch(email):
            yield _warning("email-invalid", field, value=email)
    for field in ("employer.phone", "signer.phone"):
        phone = _text(_value(project, field))
        if phone and sum(c.isdigit() for c in phone) < _MIN_PHONE_DIGITS:
            yield _warning("phone-invalid", field, value=phone)
    signer = project.signer
    if _blank(signer.phone) and _blank(signer.email):
        yield _warning("signer-contact-missing", "signer.phone")
    if signer.role not in SIGNER_ROLES:
        yield _error("signer-role-invalid", "signer.role")
    names = [" ".join(_text(n).casefold().split()) for n in (signer.name, project.applicant.name)]
    if names[0] and names[0] == names[1]:
        yield _warning("signer-is-applicant", "signer.name")


def _check_letter_date(
    project: Project, today: date, profile: ProgramProfile | None
) -> Iterator[Finding]:
    field = "letter_date"
    if _blank(project.letter_date):
        yield _error("letter-date-missing", field)
        return
    letter = parse_exact_date(project.letter_date)
    if letter is None:
        yield _error("letter-date-invalid", field)
        return
    if letter > today:
        yield _error("letter-date-future", field)
    for number, position in enumerate(project.positions, start=1):
        start, end = parse_exact_date(position.start), parse_exact_date(position.end)
        if start and letter < start:
            yield _error("letter-before-start", field, number=number, start=start)
        elif end and letter < end:
            yield _error("letter-before-end", field, number=number, end=end)
    age = (today - letter).days
    if profile and profile.max_letter_age_days is not None and age > profile.max_letter_age_days:
        yield _error("letter-too-old", field, program=profile.name, age=age)
    elif age > SIX_MONTHS_DAYS and any(p.current for p in project.positions):
        yield _warning("letter-old", field, age=age)


def _check_positions(
    project: Project, today: date, profile: ProgramProfile | None, catalogue: Catalogue
) -> Iterator[Finding]:
    if not project.positions:
        yield _error("positions-missing", "positions")
        return
    any_skilled = any(
        (g := catalogue.find(_text(p.noc))) is not None and g.skilled for p in project.positions
    )
    current = [i for i, p in enumerate(project.positions) if p.current]
    if len(current) > 1:
        yield _warning("several-current-positions", f"positions[{current[0]}].end")
    for i, position in enumerate(project.positions):
        prefix = f"positions[{i}]"
        if _blank(position.title):
            yield _error("title-missing", f"{prefix}.title")
        yield from _check_noc(position, prefix, profile, catalogue, any_skilled)
        yield from _check_dates(position, prefix, today)
        yield from _check_pay_and_duties(position, prefix)
        several = len(project.positions) > 1
        where = f" of position {i + 1}" if several else ""
        for problem in duty_problems(position.duties).values():
            field = f"{prefix}.duties[{problem.row}].text"
            params = (
                ("row", problem.row),
                ("other", problem.other),
                ("word", problem.word),
                ("count", problem.count),
                ("position", i + 1 if several else None),
            )
            yield Finding(WARNING, problem.code, problem.message(where), field, params)


def _check_noc(
    position: Position,
    prefix: str,
    profile: ProgramProfile | None,
    catalogue: Catalogue,
    any_skilled: bool,
) -> Iterator[Finding]:
    field, code = f"{prefix}.noc", _text(position.noc)
    legacy = catalogue.legacy(code) if re.fullmatch(r"\d{4}", code, re.ASCII) else []
    group = catalogue.find(code)
    if not code:
        yield _error("noc-missing", field)
    elif legacy:
        names = [f"{r.noc2021} ({_title(catalogue, r.noc2021)})" for r in legacy]
        groups = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"
        finding = _error("noc-legacy", field, code=code, groups=groups)
        new_codes = tuple(r.noc2021 for r in legacy)
        yield Finding(*_fields(finding), (*finding.params, ("new_codes", new_codes)))
    elif group is None:
        five_digits = re.fullmatch(r"\d{5}", code, re.ASCII) is not None
        variant = "noc-unknown-number" if five_digits else "noc-invalid"
        params = (("code", code), ("variant", variant))
        yield Finding(ERROR, "noc-invalid", MESSAGES[variant].format(code=code), field, params)
    elif profile and profile.skilled_only and not group.skilled:
        # Beside a skilled position this one stays in the letter (IRCC wants all positions):
        # it just will not count, so a warning; alone it cannot qualify, so an error.
        make = _warning if any_skilled else _error
        yield make("noc-not-skilled", field, code=code, title=group.title, teer=group.teer)


def _fields(finding: Finding) -> tuple[str, str, str, str]:
    return finding.severity, finding.code, finding.message, finding.field


def _title(catalogue: Catalogue, code: str) -> str:
    group = catalogue.find(code)
    return group.title if group else "?"


def _check_dates(position: Position, prefix: str, today: date) -> Iterator[Finding]:
    start = yield from _check_one_date(position.start, f"{prefix}.start", "start")
    if start and start > today:
        yield _error("start-future", f"{prefix}.start")
    if position.current:
        return
    end = yield from _check_one_date(position.end, f"{prefix}.end", "end")
    if start and end and end < start:
        yield _error("end-before-start", f"{prefix}.end")


def _check_one_date(
    text: str | None, field: str, name: str
) -> Generator[Finding, None, date | None]:
    parsed = parse_exact_date(text)
    if _blank(text):
        yield _error(f"{name}-missing", field)
    elif parsed is None and _MONTH_ONLY.fullmatch(_text(text)):
        yield _warning(f"{name}-month-only", field)
    elif parsed is None:
        yield _error(f"{name}-invalid", field)
    return parsed


def _check_pay_and_duties(position: Position, prefix: str) -> Iterator[Finding]:
    if position.hours_per_week is None:
        yield _error("hours-missing", f"{prefix}.hours_per_week")
    elif valid_hours(position.hours_per_week) is None:
        yield _error("hours-invalid", f"{prefix}.hours_per_week")
    amount = position.salary.amount
    if amount is None:
        yield _error("salary-missing", f"{prefix}.salary.amount")
    elif isinstance(amount, bool) or not isinstance(amount, int | float) or not amount > 0:
        yield _error("salary-invalid", f"{prefix}.salary.amount")
    if position.salary.per not in SALARY_PERIODS:
        choices = ", per ".join(SALARY_PERIODS)
        yield _error("salary-period-invalid", f"{prefix}.salary.per", choices=choices)
    if _blank(position.salary.currency):
        yield _warning("salary-currency-missing", f"{prefix}.salary.currency")
    if _blank(position.benefits):
        yield _warning("benefits-missing", f"{prefix}.benefits")
    count = len(position.included_duties())
    if count == 0:
        yield _error("duties-missing", f"{prefix}.duties")
    elif count < MIN_DUTIES:
        yield _warning("duties-few", f"{prefix}.duties", count=count, minimum=MIN_DUTIES)


def _check_profile(project: Project, profile: ProgramProfile) -> Iterator[Finding]:
    program = profile.name
    for name in profile.employer_fields:
        if _blank(getattr(project.employer, name)):
            yield _error(EXTRA_FIELDS[name], f"employer.{name}", program=program)
    minimum = profile.min_current_hours
    for i, position in enumerate(project.positions):
        for name in profile.position_fields:
            if _blank(getattr(position, name)):
                yield _error(EXTRA_FIELDS[name], f"positions[{i}].{name}", program=program)
        hours = valid_hours(position.hours_per_week)
        if minimum and position.current and hours is not None and hours < minimum:
            field = f"positions[{i}].hours_per_week"
            yield _error("not-full-time", field, program=program, minimum=minimum)
    for reminder in profile.reminders:
        yield _warning(reminder.code, reminder.field)
