"""The letter's fixed English wording: dates, hours, pay, status, blanks, template, cover note.

Every language module (this one, `wording_fr`) has the same public names, so the letter code
asks `wording.letter_wording(lang)` and never tests the language itself.
"""

from __future__ import annotations

import re

from noc_letter.core.export.docx_fill import Blank, Value

LANG = "en"
TEMPLATE = "letter.docx"
BLANK_PREFIX = "[to be completed by employer: "
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
SALARY_PERIODS = {"year": "per year", "month": "per month", "week": "per week", "hour": "per hour"}

# Labels of the "[to be completed by employer: ...]" blanks, by fact.
BLANKS = {
    "company_name": "company name",
    "company_address": "company address",
    "company_phone": "company telephone number",
    "company_email": "company e-mail address",
    "company_website": "company website",
    "applicant_name": "employee's full name",
    "signing_date": "date of signing",
    "is_or_was": "“is” if still employed, or “was”",
    "signer_name": "name of the person signing",
    "signer_title": "job title of the person signing",
    "signer_phone": "telephone number of the person signing",
    "signer_email": "e-mail address of the person signing",
    "job_title": "job title",
    "hours": "hours of work per week (a number)",
    "weeks": "weeks of work per year",
    "benefits": "benefits (or “none”)",
    "vacation": "paid vacation",
    "location": "work location",
    "duties": "main duties and responsibilities, one per line",
    "noc": "NOC 2021 code",
    "start": "start date (day month year)",
    "end": "end date (day month year)",
    "present": "“present” if still employed, or the last day worked",
    "employed": "“Currently employed” if still employed, or “Formerly employed”",
}


def blank(key: str) -> Blank:
    """The employer's blank for one fact (a key of BLANKS)."""
    return Blank(BLANKS[key], BLANK_PREFIX)


def salary_blank(per: str) -> Blank:
    """The blank for an unknown amount: "salary per year"."""
    return Blank(f"salary per {per or 'year'}", BLANK_PREFIX)


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


def hours_per_week(hours: float) -> str:
    """ "37.5 hours per week"."""
    return f"{format_number(hours)} hours per week"


def weeks_per_year(weeks: float) -> str:
    """ "50 weeks per year"."""
    return f"{format_number(weeks)} weeks per year"


def salary(amount: float, currency: str, per: str) -> str:
    """ "52,000 CAD per year", "19.50 CAD per hour"."""
    unit = f" {currency.strip()}" if currency.strip() else ""
    period = SALARY_PERIODS.get(per, f"per {per}") if per else "per year"
    return f"{format_number(amount, money=True)}{unit} {period}"


def date_range(start: str | Blank, end: str | Blank) -> Value:
    """A past position's dates: "4 March 2019 to 31 May 2021"."""
    return [start, " to ", end]


def since(start: str | Blank) -> Value:
    """A current position's dates: "4 March 2019 to present"."""
    return [start, " to present"]


def since_to_confirm(start: str | Blank) -> Value:
    """A current position's dates for the employer to confirm that it is still held."""
    return [start, " to ", blank("present")]


def job_kind(full_time: bool) -> str:
    """ "full-time" or "part-time" (lower case, as after "Currently employed, ")."""
    return "full-time" if full_time else "part-time"


def status(current: bool, kind: str) -> str:
    """ "Currently employed, full-time"; a past job: "Full-time" (empty without hours)."""
    if current:
        return f"Currently employed, {kind}" if kind else "Currently employed"
    return kind.capitalize()


def status_to_confirm(kind: str) -> Value:
    """A current position's status for the employer to confirm."""
    return [blank("employed"), f", {kind}"] if kind else blank("employed")


def is_or_was(current: bool) -> str:
    """The verb of "... {is_or_was} employed by ..."."""
    return "is" if current else "was"


def noc_line(code: str, title: str) -> str:
    """ "12200 – Accounting technicians and bookkeepers"."""
    return f"{code} – {title}" if title else code


# The fixed text of the bundled template (scripts/make_template.py), in letter order.
TEMPLATE_TEXT = {
    "title": "Employer reference letter",
    "phone": "Tel. ",
    "running_head": "{{employer_name}} – employment reference for {{applicant_name}} – page ",
    "date_line": "{{letter_date}}",
    "salutation": "To whom it may concern",
    "addressee": "Immigration, Refugees and Citizenship Canada",
    "subject": "Re: Employment reference for {{applicant_name}}",
    "confirmation": (
        "This letter confirms that {{applicant_name}} {{is_or_was}} employed by "
        "{{employer_name}} in the position(s) described below."
    ),
    "colon": ":",
    "job_title": "Job title",
    "noc": "NOC 2021",
    "dates": "Dates of employment",
    "status": "Job status",
    "hours": "Hours of work",
    "weeks": "Weeks per year",
    "salary": "Salary",
    "benefits": "Benefits",
    "vacation": "Paid vacation",
    "location": "Work location",
    "duties": "Main duties and responsibilities:",
    "truth": (
        "I confirm that the information above is true and accurate. Please contact me by "
        "telephone or e-mail, as below, if you need to verify any of it."
    ),
    "closing": "Sincerely,",
    "signer_phone": "Tel. {{signer_phone}}",
    "signer_email": "E-mail: {{signer_email}}",
}

# The note to the employer that opens an employer-template letter (cover_note.py).
NOTE_TITLE = "Note for the employer – please read, then delete this page"
NOTE_NOT_ADVICE = (
    "This note and the letter draft were prepared with NOC Letter Builder. They are general "
    "information, not legal or immigration advice."
)
NOTE_FIELDS = "Fields to complete:"
NOTE_PROGRAM_STEPS = {
    "oinp": (
        "For the Ontario Immigrant Nominee Program the letterhead must show the company "
        "website, and the letter must be less than six months old when submitted."
    ),
    "bc-pnp": (
        "For the BC Provincial Nominee Program the Employer Declaration must be signed by "
        "someone with signing authority."
    ),
}


def note_intro(name: str) -> str:
    """The note's first paragraph; `name` is the employee's name or "" when unknown."""
    return (
        f"{name or 'Your employee'} is applying for permanent residence in Canada. Immigration, "
        "Refugees and Citizenship Canada (IRCC) asks for a reference letter from each employer. "
        "This draft was prepared for you to check, complete and sign. Please:"
    )


def note_steps(name: str) -> list[str]:
    """The numbered steps every employer note has; `name` as in note_intro."""
    return [
        "Check every fact against your records: job titles, exact start and end dates, hours "
        "per week, salary and benefits. Correct anything that is not exactly right.",
        f"Check the duties. They must describe what {name or 'the employee'} "
        "actually does or did in each position. Change or remove any line that is not "
        "accurate; do not add duties that were not performed. IRCC may contact you to verify "
        "the letter.",
        "Complete every field highlighted in yellow and remove the highlight.",
        "Print the letter on company letterhead that shows the company address, telephone "
        "number and e-mail address.",
        "Have it signed and dated by the immediate supervisor or an HR officer, with their "
        "name, job title and contact details. A company stamp or seal is not required.",
        "Delete this note before signing, then return the signed letter (a clear scan as PDF "
        "keeps the letterhead readable).",
    ]
