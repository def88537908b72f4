"""What a reference letter must contain, as data: IRCC fields, program extras and messages."""

from __future__ import annotations

from dataclasses import dataclass

from noc_letter.core.hours import WEEKLY_CAP

SIX_MONTHS_DAYS = 183
MIN_DUTIES = 5  # most letters describe at least five main duties

# IRCC's text fields for every letter: (field path, finding code).
REQUIRED_TEXT = (
    ("applicant.name", "applicant-name-missing"),
    ("employer.name", "employer-name-missing"),
    ("employer.address", "employer-address-missing"),
    ("employer.phone", "employer-phone-missing"),
    ("employer.email", "employer-email-missing"),
    ("signer.name", "signer-name-missing"),
    ("signer.title", "signer-title-missing"),
)


@dataclass(frozen=True)
class Reminder:
    """Advice a program always gets, shown as a warning next to a field."""

    code: str
    field: str


@dataclass(frozen=True)
class ProgramProfile:
    """One program's extra requirements, read by the completeness check.

    Attributes:
        key: the value of Project.program.
        name: short name used in messages.
        skilled_only: TEER 4 and 5 positions do not qualify.
        max_letter_age_days: a letter older than this is an error for the program.
        employer_fields: Employer attributes that must be filled in (see EXTRA_FIELDS).
        position_fields: Position attributes that must be filled in (see EXTRA_FIELDS).
        min_current_hours: hours per week a current position must reach (full time).
        reminders: advice that is always shown for the program.
    """

    key: str
    name: str
    skilled_only: bool = False
    max_letter_age_days: int | None = None
    employer_fields: tuple[str, ...] = ()
    position_fields: tuple[str, ...] = ()
    min_current_hours: float | None = None
    reminders: tuple[Reminder, ...] = ()


PROGRAM_PROFILES: dict[str, ProgramProfile] = {
    profile.key: profile
    for profile in (
        ProgramProfile("express-entry", "Express Entry", skilled_only=True),
        ProgramProfile(
            "oinp",
            "OINP",
            max_letter_age_days=SIX_MONTHS_DAYS,
            employer_fields=("website",),
            position_fields=("weeks_per_year", "vacation", "location"),
        ),
        ProgramProfile(
            "sinp", "SINP", reminders=(Reminder("sinp-proof-of-employment", "positions"),)
        ),
        ProgramProfile(
            "bc-pnp",
            "BC PNP",
            min_current_hours=WEEKLY_CAP,
            reminders=(Reminder("bcpnp-signing-authority", "signer.title"),),
        ),
    )
}

# Field a profile can require -> finding code when it is empty.
EXTRA_FIELDS = {
    "website": "website-missing",
    "weeks_per_year": "weeks-per-year-missing",
    "vacation": "vacation-missing",
    "location": "location-missing",
}

# Every finding code and its message, addressed to the person; {names} are filled by the check.
MESSAGES = {
    "program-unknown": "Choose the program you apply to ({choices}).",
    "language-needs-translation": (
        "IRCC accepts letters in English or French. A letter in another language needs a "
        "certified translation and the translator's affidavit (not by you or your family)."
    ),
    "applicant-name-missing": "Add your full name as on your passport.",
    "employer-name-missing": "Add the company's name.",
    "employer-address-missing": "Add the company's address; IRCC asks for it on the letter.",
    "employer-phone-missing": (
        "Add the company's phone number; IRCC asks for it and may call to check the letter."
    ),
    "employer-email-missing": "Add a company e-mail address; IRCC asks for one on every letter.",
    "signer-name-missing": (
        "Add the name of the person who signs the letter: your immediate supervisor or someone "
        "in HR."
    ),
    "signer-title-missing": "Add the signer's job title.",
    "email-invalid": "{value!r} does not look like an e-mail address.",
    "phone-invalid": "{value!r} looks too short for a phone number.",
    "signer-contact-missing": (
        "Add a phone number or e-mail where the signer can be reached; officers sometimes call "
        "to check a letter."
    ),
    "signer-role-invalid": (
        "The letter should be signed by your immediate supervisor or by someone in HR "
        "(personnel); choose which one the signer is."
    ),
    "signer-is-applicant": (
        "The signer has your name. A reference letter comes from your supervisor or HR; if you "
        "were self-employed, a letter is not enough and other proof is needed."
    ),
    "letter-date-missing": "Add the date of the letter.",
    "letter-date-invalid": (
        "Write the letter date as year-month-day (YYYY-MM-DD), for example 2026-01-15."
    ),
    "letter-date-future": "The letter date is in the future.",
    "letter-before-start": "The letter is dated before position {number} started ({start}).",
    "letter-before-end": (
        "The letter is dated before your last day in position {number} ({end}); date it on or "
        "after the last day you worked, or leave the end date empty if you still work there."
    ),
    "letter-too-old": (
        "{program} asks for a letter less than six months old; this one is {age} days old. Ask "
        "for a newly dated letter."
    ),
    "letter-old": (
        "The letter is {age} days old and describes your current job; a letter less than about "
        "six months old is safer."
    ),
    "positions-missing": (
        "Add the position(s) you held at this company; the letter should list all of them."
    ),
    "several-current-positions": (
        "More than one position is marked as current. If you moved from one to the other, give "
        "the earlier one its last day so each period is shown separately."
    ),
    "title-missing": "Add your job title for this position, as the company calls it.",
    "noc-missing": (
        "Choose the NOC 2021 group (5 digits) that matches what you really do in this job."
    ),
    "noc-legacy": (
        "{code} is an old NOC 2016 code; since 16 November 2022 IRCC uses 5-digit NOC 2021 "
        "codes. {code} became {groups}. Choose the group that matches your real duties."
    ),
    "noc-invalid": "{code!r} is not a NOC 2021 code; NOC 2021 codes have 5 digits, like 12200.",
    # A 5-digit number that no unit group has (same finding code, "noc-invalid").
    "noc-unknown-number": (
        "{code} is not a NOC 2021 code: no NOC 2021 group has this number. Search by your job "
        "title or duties to find the right group."
    ),
    "noc-not-skilled": (
        "NOC {code} ({title}) is TEER {teer}: work in TEER 4 or 5 does not count as skilled work "
        "for Express Entry (FSW, CEC). If your real duties match a TEER 0-3 group, choose that "
        "group; otherwise this position will not qualify."
    ),
    "start-missing": "Add the first day you worked in this position.",
    "end-missing": "Add the last day you worked in this position, or mark it as your current job.",
    "start-month-only": (
        "Give the exact first day (YYYY-MM-DD). An exact day, month and year is the safe form; "
        "a month alone leaves doubt about how long you worked."
    ),
    "end-month-only": (
        "Give the exact last day (YYYY-MM-DD). An exact day, month and year is the safe form; "
        "a month alone leaves doubt about how long you worked."
    ),
    "start-invalid": "Write the first day as year-month-day (YYYY-MM-DD), for example 2019-03-04.",
    "end-invalid": "Write the last day as year-month-day (YYYY-MM-DD), for example 2023-06-30.",
    "start-future": "The start date is in the future.",
    "end-before-start": "The end date is before the start date.",
    "hours-missing": (
        "Add the hours you work per week as a number (for example 40); 'full-time' alone is not "
        "enough for IRCC."
    ),
    "hours-invalid": "Hours per week should be a number above 0 and at most 168.",
    "salary-missing": "Add your pay for this position; IRCC asks for the salary plus benefits.",
    "salary-invalid": "The salary should be a number above 0.",
    "salary-period-invalid": "Say whether the salary is per {choices}.",
    "salary-currency-missing": "Add the currency of the salary.",
    "benefits-missing": (
        "List the benefits of this position (for example health insurance, paid vacation), or "
        "write 'none' if there are none; IRCC asks for salary plus benefits."
    ),
    "duties-missing": (
        "Add the duties you really perform in this position; they are what the officer reads."
    ),
    "duties-few": (
        "Most letters describe at least {minimum} main duties so the officer sees the whole job; "
        "this position has {count} so far. Add the ones you really do, if any."
    ),
    "website-missing": "Add the company website: {program} asks for letterhead that shows it.",
    "weeks-per-year-missing": (
        "Add how many weeks a year you work in this position; {program} asks for it."
    ),
    "vacation-missing": (
        "Add your paid vacation for this position (for example 2 weeks); {program} asks for it."
    ),
    "location-missing": (
        "Add where you do this job (city and province or country); {program} asks for it."
    ),
    "not-full-time": "{program} asks for a full-time job (at least {minimum:g} hours a week).",
    "sinp-proof-of-employment": (
        "SINP asks for one government-issued proof of employment with each letter; check the "
        "SINP document checklist for which documents count."
    ),
    "bcpnp-signing-authority": (
        "BC PNP asks for a full-time job with no set end date and an Employer Declaration signed "
        "by someone with signing authority for the company; make sure the signer has that "
        "authority."
    ),
}
