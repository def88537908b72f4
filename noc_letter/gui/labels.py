"""Human labels for the values and field paths the window shows (never "express-entry")."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

translate = QCoreApplication.translate

# The window shows these labels through `label()`, in its language.
PROGRAM_LABELS = {
    "express-entry": QT_TRANSLATE_NOOP("Labels", "Express Entry (FSW, CEC, FST)"),
    "oinp": QT_TRANSLATE_NOOP("Labels", "Ontario (OINP)"),
    "sinp": QT_TRANSLATE_NOOP("Labels", "Saskatchewan (SINP)"),
    "bc-pnp": QT_TRANSLATE_NOOP("Labels", "British Columbia (BC PNP)"),
}
LANGUAGE_LABELS = {
    "en": QT_TRANSLATE_NOOP("Labels", "English"),
    "fr": QT_TRANSLATE_NOOP("Labels", "French"),
}
ROLE_LABELS = {
    "supervisor": QT_TRANSLATE_NOOP("Labels", "Immediate supervisor"),
    "hr": QT_TRANSLATE_NOOP("Labels", "Human resources (HR) officer"),
}
PERIOD_LABELS = {
    "year": QT_TRANSLATE_NOOP("Labels", "per year"),
    "month": QT_TRANSLATE_NOOP("Labels", "per month"),
    "week": QT_TRANSLATE_NOOP("Labels", "per week"),
    "hour": QT_TRANSLATE_NOOP("Labels", "per hour"),
}

# What each field is called in an undo step or a "go to" hint (position fields without index).
FIELD_LABELS = {
    "program": QT_TRANSLATE_NOOP("Labels", "program"),
    "language": QT_TRANSLATE_NOOP("Labels", "letter language"),
    "letter_date": QT_TRANSLATE_NOOP("Labels", "letter date"),
    "employer": QT_TRANSLATE_NOOP("Labels", "company details"),
    "employer.name": QT_TRANSLATE_NOOP("Labels", "company name"),
    "employer.address": QT_TRANSLATE_NOOP("Labels", "company address"),
    "employer.phone": QT_TRANSLATE_NOOP("Labels", "company telephone"),
    "employer.email": QT_TRANSLATE_NOOP("Labels", "company e-mail"),
    "employer.website": QT_TRANSLATE_NOOP("Labels", "company website"),
    "employer.letterhead_image": QT_TRANSLATE_NOOP("Labels", "letterhead image"),
    "signer": QT_TRANSLATE_NOOP("Labels", "person signing"),
    "signer.name": QT_TRANSLATE_NOOP("Labels", "signer's name"),
    "signer.title": QT_TRANSLATE_NOOP("Labels", "signer's job title"),
    "signer.phone": QT_TRANSLATE_NOOP("Labels", "signer's telephone"),
    "signer.email": QT_TRANSLATE_NOOP("Labels", "signer's e-mail"),
    "signer.role": QT_TRANSLATE_NOOP("Labels", "signer's role"),
    "applicant.name": QT_TRANSLATE_NOOP("Labels", "applicant's name"),
    "positions": QT_TRANSLATE_NOOP("Labels", "positions"),
    "position.title": QT_TRANSLATE_NOOP("Labels", "job title"),
    "position.noc": QT_TRANSLATE_NOOP("Labels", "target NOC"),
    "position.start": QT_TRANSLATE_NOOP("Labels", "start date"),
    "position.end": QT_TRANSLATE_NOOP("Labels", "end date"),
    "position.hours_per_week": QT_TRANSLATE_NOOP("Labels", "hours per week"),
    "position.salary": QT_TRANSLATE_NOOP("Labels", "salary"),
    "position.salary.amount": QT_TRANSLATE_NOOP("Labels", "salary amount"),
    "position.salary.currency": QT_TRANSLATE_NOOP("Labels", "salary currency"),
    "position.salary.per": QT_TRANSLATE_NOOP("Labels", "salary period"),
    "position.benefits": QT_TRANSLATE_NOOP("Labels", "benefits"),
    "position.duties": QT_TRANSLATE_NOOP("Labels", "duties"),
    "position.weeks_per_year": QT_TRANSLATE_NOOP("Labels", "weeks per year"),
    "position.vacation": QT_TRANSLATE_NOOP("Labels", "paid vacation"),
    "position.location": QT_TRANSLATE_NOOP("Labels", "work location"),
    "position.in_canada": QT_TRANSLATE_NOOP("Labels", "work in Canada"),
}
_POSITION = re.compile(r"^positions\[(\d+)\]\.(.*)$")
_DUTY = re.compile(r"^duties\[(\d+)\](?:\.text)?$")


def label(text: str) -> str:
    """One of the labels above in the window's language."""
    return translate("Labels", text)


def field_label(path: str, positions: int = 1) -> str:
    """ "positions[1].hours_per_week" → "hours per week (position 2)"; the position is named
    only when the project has several."""
    match = _POSITION.match(path)
    if not match:
        known = FIELD_LABELS.get(path)
        return label(known) if known else path.rsplit(".", 1)[-1].replace("_", " ")
    index, rest = int(match.group(1)), match.group(2)
    duty = _DUTY.match(rest)
    known = FIELD_LABELS.get(f"position.{rest}")
    name = (
        translate("Labels", "duty {number}").format(number=int(duty.group(1)) + 1)
        if duty
        else (label(known) if known else rest.replace("_", " "))
    )
    if positions > 1:
        return translate("Labels", "{label} (position {number})").format(
            label=name, number=index + 1
        )
    return name


def edit_text(path: str) -> str:
    """The undo step for a form edit: "Change target NOC", "Edit company name"."""
    name = field_label(path)
    if path.endswith(".noc"):
        return translate("Labels", "Change {field}").format(field=name)
    return translate("Labels", "Edit {field}").format(field=name)


def position_label(position: Any, index: int, employer: str = "") -> str:
    """ "1. Bookkeeper at Lakeshore Ltd., 4 March 2019 to present" for choosing a position
    (dates written the way the window's language writes them)."""
    from noc_letter.core.export.wording import letter_wording
    from noc_letter.gui.translation import current

    format_date = letter_wording(current()).format_date
    title = (position.title or "").strip() or translate("Labels", "(untitled position)")
    start = format_date(position.start) if position.start else translate("Labels", "start date?")
    values = {"number": index + 1, "title": title, "employer": employer.strip(), "start": start}
    if position.end is None and current() != "en":
        # "du 31 août 2020 au aujourd'hui" is not French: a current job runs "depuis le ...".
        if employer.strip():
            return translate("Labels", "{number}. {title} at {employer}, since {start}").format(
                **values
            )
        return translate("Labels", "{number}. {title}, since {start}").format(**values)
    if position.end is None:
        values["end"] = translate("Labels", "present")
    else:
        values["end"] = format_date(position.end) or translate("Labels", "end date?")
    if employer.strip():
        return translate("Labels", "{number}. {title} at {employer}, {start} to {end}").format(
            **values
        )
    return translate("Labels", "{number}. {title}, {start} to {end}").format(**values)
