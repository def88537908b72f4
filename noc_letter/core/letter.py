"""The reference letter as plain dataclasses: employer, signer, applicant, positions, duties.

A draft may be unfinished: every field the person has not filled yet is an empty string or
None, and the completeness check reports it. Dates are kept as the text the person entered
(ISO `YYYY-MM-DD` when complete) so that nothing they typed is lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

PROGRAMS = ("express-entry", "oinp", "sinp", "bc-pnp")
SALARY_PERIODS = ("year", "month", "week", "hour")
SIGNER_ROLES = ("supervisor", "hr")
# Where a duty's text came from; "suggestion" carries provenance of the accepted rewording.
DUTY_SOURCES = ("typed", "pasted", "noc_duty", "suggestion")


@dataclass
class Employer:
    """The company that issues the letter (IRCC: address, phone and e-mail are required)."""

    name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    letterhead_image: str = ""


@dataclass
class Signer:
    """The immediate supervisor or HR officer who signs the letter."""

    name: str = ""
    title: str = ""
    phone: str = ""
    email: str = ""
    role: str = "supervisor"


@dataclass
class Applicant:
    """The person the letter is about."""

    name: str = ""


@dataclass
class Salary:
    """Pay for a position; `per` is one of SALARY_PERIODS."""

    amount: float | None = None
    currency: str = "CAD"
    per: str = "year"


@dataclass
class Duty:
    """One duty line as the person wrote or accepted it.

    Attributes:
        text: the words that go into the letter, exactly as accepted.
        include: False keeps the line in the project but out of the letter.
        source: one of DUTY_SOURCES.
        noc_duty: for a ticked NOC duty, the official sentence it answers (a hint, never exported).
        provenance: for an accepted suggestion, where each part came from (original text,
            NOC duty used, changed words).
        share: stated share of working time in percent, if any (a pasted duty also keeps it
            in its text, "(40%)", which is what the letter prints).
    """

    text: str = ""
    include: bool = True
    source: str = "typed"
    noc_duty: str | None = None
    provenance: dict[str, Any] | None = None
    share: float | None = None


@dataclass
class Position:
    """One position held at the company; `end` None means the current job."""

    title: str = ""
    noc: str = ""
    start: str | None = None
    end: str | None = None
    hours_per_week: float | None = None
    salary: Salary = field(default_factory=Salary)
    benefits: str = ""
    duties: list[Duty] = field(default_factory=list)
    # Extras some programs ask for (OINP: weeks per year, vacation, location).
    weeks_per_year: float | None = None
    vacation: str = ""
    location: str = ""
    in_canada: bool | None = None

    @property
    def current(self) -> bool:
        """True when the person still holds this position."""
        return self.end is None

    def included_duties(self) -> list[Duty]:
        """Duties that go into the letter, in the person's order, blank lines dropped."""
        return [d for d in self.duties if d.include and d.text.strip()]


@dataclass
class Project:
    """A whole letter project, saved as a `.nocletter` JSON file."""

    language: str = "en"
    program: str = "express-entry"
    letter_date: str | None = None
    employer: Employer = field(default_factory=Employer)
    signer: Signer = field(default_factory=Signer)
    applicant: Applicant = field(default_factory=Applicant)
    positions: list[Position] = field(default_factory=list)
