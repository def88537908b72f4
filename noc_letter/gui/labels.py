"""Human labels for the values and field paths the window shows (never "express-entry")."""

from __future__ import annotations

import re
from typing import Any

from noc_letter.core.export.letter_text import format_date

PROGRAM_LABELS = {
    "express-entry": "Express Entry (FSW, CEC, FST)",
    "oinp": "Ontario (OINP)",
    "sinp": "Saskatchewan (SINP)",
    "bc-pnp": "British Columbia (BC PNP)",
}
LANGUAGE_LABELS = {"en": "English", "fr": "French"}
ROLE_LABELS = {"supervisor": "Immediate supervisor", "hr": "Human resources (HR) officer"}
PERIOD_LABELS = {"year": "per year", "month": "per month", "week": "per week", "hour": "per hour"}

# What each field is called in an undo step or a "go to" hint (position fields without index).
FIELD_LABELS = {
    "program": "program",
    "language": "letter language",
    "letter_date": "letter date",
    "employer": "company details",
    "employer.name": "company name",
    "employer.address": "company address",
    "employer.phone": "company telephone",
    "employer.email": "company e-mail",
    "employer.website": "company website",
    "employer.letterhead_image": "letterhead image",
    "signer": "person signing",
    "signer.name": "signer's name",
    "signer.title": "signer's job title",
    "signer.phone": "signer's telephone",
    "signer.email": "signer's e-mail",
    "signer.role": "signer's role",
    "applicant.name": "applicant's name",
    "positions": "positions",
    "position.title": "job title",
    "position.noc": "target NOC",
    "position.start": "start date",
    "position.end": "end date",
    "position.hours_per_week": "hours per week",
    "position.salary": "salary",
    "position.salary.amount": "salary amount",
    "position.salary.currency": "salary currency",
    "position.salary.per": "salary period",
    "position.benefits": "benefits",
    "position.duties": "duties",
    "position.weeks_per_year": "weeks per year",
    "position.vacation": "paid vacation",
    "position.location": "work location",
    "position.in_canada": "work in Canada",
}
_POSITION = re.compile(r"^positions\[(\d+)\]\.(.*)$")
_DUTY = re.compile(r"^duties\[(\d+)\](?:\.text)?$")


def field_label(path: str, positions: int = 1) -> str:
    """ "positions[1].hours_per_week" → "hours per week (position 2)"; the position is named
    only when the project has several."""
    match = _POSITION.match(path)
    if not match:
        return FIELD_LABELS.get(path, path.rsplit(".", 1)[-1].replace("_", " "))
    index, rest = int(match.group(1)), match.group(2)
    duty = _DUTY.match(rest)
    label = (
        f"duty {int(duty.group(1)) + 1}"
        if duty
        else FIELD_LABELS.get(f"position.{rest}", rest.replace("_", " "))
    )
    return f"{label} (position {index + 1})" if positions > 1 else label


def edit_text(path: str) -> str:
    """The undo step for a form edit: "Change target NOC", "Edit company name"."""
    label = field_label(path)
    return f"Change {label}" if path.endswith(".noc") else f"Edit {label}"


def position_label(position: Any, index: int, employer: str = "") -> str:
    """ "1. Bookkeeper at Lakeshore Ltd., 4 March 2019 to present" for choosing a position."""
    title = (position.title or "").strip() or "(untitled position)"
    where = f" at {employer.strip()}" if employer.strip() else ""
    start = format_date(position.start) if position.start else "start date?"
    end = "present" if position.end is None else (format_date(position.end) or "end date?")
    return f"{index + 1}. {title}{where}, {start} to {end}"
