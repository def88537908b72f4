"""Completeness check: every IRCC element, dates, NOC, program profiles and the extra-check seam."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from pathlib import Path

import pytest

from noc_letter.core.completeness import ERROR, WARNING, Finding, check, has_errors
from noc_letter.core.letter import PROGRAMS, Duty, Employer, Position, Project
from noc_letter.core.project import load_project
from noc_letter.core.requirements import EXTRA_FIELDS, MESSAGES, PROGRAM_PROFILES, REQUIRED_TEXT

DATA = Path(__file__).resolve().parents[1] / "data"
TODAY = date(2026, 11, 26)


def bookkeeper() -> Project:
    """The complete example project (current bookkeeper job, letter dated 2026-11-20)."""
    return load_project(DATA / "bookkeeper.nocletter")


def findings(project: Project, **kwargs) -> dict[str, Finding]:
    """check() as {code: finding} (first of each code), judged on TODAY."""
    result: dict[str, Finding] = {}
    for finding in check(project, today=TODAY, **kwargs):
        result.setdefault(finding.code, finding)
    return result


def resolve(project: Project, field: str) -> object:
    """Follow a finding's field path ("positions[0].salary.amount") through the project."""
    value: object = project
    for name, index in re.findall(r"(\w+)(?:\[(\d+)\])?", field):
        value = getattr(value, name)
        if index:
            value = value[int(index)]  # type: ignore[index]
    return value


def past_job(**changes) -> Position:
    """The bookkeeper position turned into a finished job (2019-03-04 to 2025-06-27)."""
    position = bookkeeper().positions[0]
    return dataclasses.replace(position, end="2025-06-27", **changes)


def test_complete_bookkeeper_project_has_no_findings():
    """The realistic bookkeeper example passes the check with nothing to fix."""
    assert check(bookkeeper(), today=TODAY) == []


def test_empty_draft_reports_every_ircc_element_as_an_error():
    """A blank draft gets an error for each element IRCC asks for, tied to its field."""
    project = load_project(DATA / "draft_empty.nocletter")
    result = check(project, today=TODAY)
    errors = {f.code: f.field for f in result if f.severity == ERROR}
    assert errors == {
        "applicant-name-missing": "applicant.name",
        "employer-name-missing": "employer.name",
        "employer-address-missing": "employer.address",
        "employer-phone-missing": "employer.phone",
        "employer-email-missing": "employer.email",
        "signer-name-missing": "signer.name",
        "signer-title-missing": "signer.title",
        "letter-date-missing": "letter_date",
        "title-missing": "positions[0].title",
        "noc-missing": "positions[0].noc",
        "start-missing": "positions[0].start",
        "hours-missing": "positions[0].hours_per_week",
        "salary-missing": "positions[0].salary.amount",
        "duties-missing": "positions[0].duties",
    }
    warnings = {f.code for f in result if f.severity == WARNING}
    assert warnings == {"signer-contact-missing", "benefits-missing"}


def test_no_positions_is_an_error():
    """A project without any position is told to add the positions held."""
    project = dataclasses.replace(bookkeeper(), positions=[])
    assert findings(project)["positions-missing"].field == "positions"


def test_every_finding_field_points_at_a_real_field_and_reads_plainly():
    """Fields resolve in the project; messages are sentences without code words like None."""
    broken = bookkeeper()
    broken.program = "bc-pnp"
    broken.language = "es"
    broken.letter_date = "2019"
    broken.signer = dataclasses.replace(broken.signer, role="owner", phone="12", email="x@")
    broken.positions = [
        Position(start="2019-03", end="March 2020", noc="1311", hours_per_week=0),
        dataclasses.replace(broken.positions[0], noc="99999", hours_per_week=20),
        dataclasses.replace(broken.positions[0], start="2031-01-01"),
    ]
    broken.positions[0].salary.per = "fortnight"
    for program in PROGRAMS:
        broken.program = program
        for finding in check(broken, today=TODAY):
            assert finding.severity in (ERROR, WARNING)
            assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", finding.code)
            resolve(broken, finding.field)
            assert finding.message[0].isupper() or finding.message[0] in "'0123456789"
            assert finding.message.endswith("."), finding.message
            for word in ("None", "null", "Traceback", "{", "}"):
                assert word not in finding.message, finding.message


def test_month_only_start_says_exact_date_is_the_safe_form():
    """A start date like 2019-03 is a warning that asks for the exact day, month and year."""
    project = bookkeeper()
    project.positions[0].start = "2019-03"
    finding = findings(project)["start-month-only"]
    assert finding.severity == WARNING and finding.field == "positions[0].start"
    assert "exact" in finding.message and "day, month and year is the safe form" in finding.message


@pytest.mark.parametrize(
    ("start", "end", "code"),
    [
        ("March 2019", None, "start-invalid"),
        ("2019-02-30", None, "start-invalid"),
        ("2031-01-01", None, "start-future"),
        ("2019-03-04", "2019-13", "end-invalid"),
        ("2019-03-04", "2020-06", "end-month-only"),
        ("2019-03-04", "", "end-missing"),
        ("2019-03-04", "2018-12-31", "end-before-start"),
    ],
)
def test_bad_dates_are_reported(start, end, code):
    """Unreadable, impossible, future, month-only, blank and reversed dates each have a finding."""
    project = bookkeeper()
    project.positions[0].start, project.positions[0].end = start, end
    assert code in findings(project)


def test_exact_end_date_and_current_job_need_no_date_finding():
    """A past job with exact dates, or a current job (no end), raises no date finding."""
    project = bookkeeper()
    project.positions = [past_job()]
    assert not [f for f in check(project, today=TODAY) if "positions[0].end" in f.field]


@pytest.mark.parametrize(
    ("letter_date", "code", "severity"),
    [
        (None, "letter-date-missing", ERROR),
        ("20/11/2026", "letter-date-invalid", ERROR),
        ("2026-12-01", "letter-date-future", ERROR),
        ("2019-01-10", "letter-before-start", ERROR),
        ("2026-01-10", "letter-old", WARNING),
    ],
)
def test_letter_date_findings(letter_date, code, severity):
    """The letter date: present, exact, not future, after the start, recent for a current job."""
    project = bookkeeper()
    project.letter_date = letter_date
    finding = findings(project)[code]
    assert finding.severity == severity and finding.field == "letter_date"


def test_letter_dated_before_the_last_day_of_a_past_job_is_an_error():
    """For a finished job the letter must be dated on or after the last day worked."""
    project = bookkeeper()
    project.positions = [past_job()]
    project.letter_date = "2025-06-01"
    assert findings(project)["letter-before-end"].severity == ERROR
    project.letter_date = "2025-06-27"
    assert "letter-before-end" not in findings(project)


def test_old_letter_is_fine_for_a_past_job_but_not_for_oinp():
    """An old letter is only advice for a current job, but OINP wants it under six months."""
    project = bookkeeper()
    project.positions = [past_job()]
    project.letter_date = "2025-07-02"
    assert "letter-old" not in findings(project) and "letter-too-old" not in findings(project)
    project.program = "oinp"
    assert findings(project)["letter-too-old"].severity == ERROR


def test_hours_missing_is_an_error_but_long_hours_are_fine():
    """Missing or impossible hours are errors; 50 h/week is fine (the hours summary notes it)."""
    project = bookkeeper()
    project.positions[0].hours_per_week = None
    assert "full-time" in findings(project)["hours-missing"].message
    project.positions[0].hours_per_week = 0
    assert "hours-invalid" in findings(project)
    project.positions[0].hours_per_week = 50
    assert check(project, today=TODAY) == []


def test_salary_and_benefits_findings():
    """Salary needs an amount above 0 and a known period; empty benefits ask for 'none'."""
    project = bookkeeper()
    position = project.positions[0]
    position.salary.amount, position.salary.per, position.benefits = -1, "fortnight", " "
    result = findings(project)
    assert result["salary-invalid"].field == "positions[0].salary.amount"
    assert result["salary-period-invalid"].field == "positions[0].salary.per"
    assert result["benefits-missing"].severity == WARNING
    assert "'none'" in result["benefits-missing"].message
    position.salary.amount, position.salary.per, position.benefits = 52000, "year", "none"
    assert check(project, today=TODAY) == []


def test_duties_missing_or_few():
    """No included duty is an error; fewer than five included duties is a warning."""
    project = bookkeeper()
    duties = project.positions[0].duties
    project.positions[0].duties = [dataclasses.replace(d, include=False) for d in duties]
    assert findings(project)["duties-missing"].severity == ERROR
    project.positions[0].duties = duties[:3] + [Duty("   "), Duty("hidden", include=False)]
    finding = findings(project)["duties-few"]
    assert finding.severity == WARNING and "has 3 so far" in finding.message


def test_noc_missing_unknown_and_legacy_codes():
    """An empty, unknown or old 4-digit NOC is an error; old codes name their NOC 2021 groups."""
    project = bookkeeper()
    for code, expected in (("", "noc-missing"), ("99999", "noc-invalid"), ("12-2", "noc-invalid")):
        project.positions[0].noc = code
        assert findings(project)[expected].field == "positions[0].noc"
    project.positions[0].noc = "1311"
    finding = findings(project)["noc-legacy"]
    assert "1311 became 12200 (Accounting technicians and bookkeepers)." in finding.message
    project.positions[0].noc = "0112"  # split into several NOC 2021 groups
    assert " or 22232 (" in findings(project)["noc-legacy"].message
    project.positions[0].noc = "9999"  # four digits, but no NOC 2016 code either
    assert "noc-invalid" in findings(project)


def test_unknown_five_digit_code_is_called_not_a_noc_code():
    """99999 has five digits: the message says no group has that number, not that it needs 5
    digits; a code of another form is told NOC 2021 codes have 5 digits."""
    project = bookkeeper()
    project.positions[0].noc = "99999"
    message = findings(project)["noc-invalid"].message
    assert message.startswith("99999 is not a NOC 2021 code") and "have 5 digits" not in message
    project.positions[0].noc = "12-2"
    message = findings(project)["noc-invalid"].message
    assert "'12-2' is not a NOC 2021 code" in message and "5 digits" in message


def test_teer_4_noc_does_not_qualify_for_express_entry():
    """A TEER 4 target NOC for Express Entry is an error that explains it does not qualify."""
    project = bookkeeper()
    project.positions[0].noc = "14200"
    finding = findings(project)["noc-not-skilled"]
    assert finding.severity == ERROR and "TEER 4" in finding.message
    assert "does not count as skilled work" in finding.message
    project.program = "bc-pnp"
    assert "noc-not-skilled" not in findings(project)


def test_teer_4_position_beside_a_skilled_one_is_only_a_warning():
    """An earlier TEER 4 position beside a skilled one is a warning: it stays in the letter."""
    project = load_project(DATA / "promotion_fr.nocletter")
    result = check(project, today=TODAY)
    assert [(f.severity, f.code, f.field) for f in result] == [
        (WARNING, "noc-not-skilled", "positions[0].noc")
    ]


def test_people_checks():
    """Signer role, contact, being the applicant, and odd e-mail or phone values are reported."""
    project = bookkeeper()
    project.signer.role = "owner"
    project.signer.name = " priya  RAMAN "
    project.signer.phone, project.signer.email = "", ""
    project.employer.email, project.employer.phone = "office.example", "555"
    result = findings(project)
    assert result["signer-role-invalid"].severity == ERROR
    assert "self-employed" in result["signer-is-applicant"].message
    assert result["signer-contact-missing"].severity == WARNING
    assert result["email-invalid"].field == "employer.email"
    assert result["phone-invalid"].field == "employer.phone"


def test_program_and_language_checks():
    """An unknown program is an error; a language other than English or French is a warning."""
    project = bookkeeper()
    project.program, project.language = "fsw", "es"
    result = findings(project)
    assert result["program-unknown"].severity == ERROR
    assert "translation" in result["language-needs-translation"].message


def test_several_current_positions_are_flagged():
    """Two positions without an end date suggest a promotion merged into one period."""
    project = bookkeeper()
    project.positions.append(dataclasses.replace(project.positions[0], title="Senior bookkeeper"))
    assert findings(project)["several-current-positions"].field == "positions[0].end"


def test_oinp_profile_requires_website_weeks_vacation_and_location():
    """OINP adds errors for the website, weeks per year, vacation and work location."""
    project = bookkeeper()
    project.program = "oinp"
    assert check(project, today=TODAY) == []
    project.employer = Employer(**{**vars(project.employer), "website": ""})
    position = project.positions[0]
    position.weeks_per_year, position.vacation, position.location = None, "", ""
    result = {f.code: f for f in check(project, today=TODAY)}
    assert {code: f.field for code, f in result.items()} == {
        "website-missing": "employer.website",
        "weeks-per-year-missing": "positions[0].weeks_per_year",
        "vacation-missing": "positions[0].vacation",
        "location-missing": "positions[0].location",
    }
    assert all(f.severity == ERROR and "OINP" in f.message for f in result.values())


def test_sinp_profile_reminds_about_government_proof():
    """SINP always gets the one-government-proof-per-letter reminder as a warning."""
    project = bookkeeper()
    project.program = "sinp"
    result = check(project, today=TODAY)
    assert [(f.severity, f.code) for f in result] == [(WARNING, "sinp-proof-of-employment")]


def test_bc_pnp_profile_wants_full_time_and_signing_authority():
    """BC PNP flags a part-time current job and reminds about the signing authority."""
    project = bookkeeper()
    project.program = "bc-pnp"
    assert [f.code for f in check(project, today=TODAY)] == ["bcpnp-signing-authority"]
    project.positions[0].hours_per_week = 20
    finding = findings(project)["not-full-time"]
    assert finding.severity == ERROR and finding.field == "positions[0].hours_per_week"


def test_profiles_table_is_consistent_with_the_model():
    """Every program has a profile and every field a profile or the IRCC list names exists."""
    assert set(PROGRAM_PROFILES) == set(PROGRAMS)
    project = Project(positions=[Position()])
    for profile in PROGRAM_PROFILES.values():
        for name in profile.employer_fields + profile.position_fields:
            assert name in EXTRA_FIELDS
        for name in profile.employer_fields:
            assert hasattr(project.employer, name)
        for name in profile.position_fields:
            assert hasattr(project.positions[0], name)
        for reminder in profile.reminders:
            resolve(project, reminder.field)
    for field, code in REQUIRED_TEXT:
        resolve(project, field)
        assert code in MESSAGES
    assert set(EXTRA_FIELDS.values()) <= set(MESSAGES)


def test_every_message_is_a_plain_sentence():
    """Each message in the table is one or more sentences, not a code, with known placeholders."""
    for code, message in MESSAGES.items():
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", code)
        assert message[0].isupper() or message.startswith("{"), code
        assert message.endswith((".", ").")), code
        for name in re.findall(r"\{(\w+)", message):
            assert name in {
                "choices",
                "value",
                "number",
                "start",
                "end",
                "program",
                "age",
                "code",
                "groups",
                "title",
                "teer",
                "count",
                "minimum",
            }, name


def test_extra_checks_plug_in_after_the_built_in_findings():
    """Extra checks get the project and their findings come last, in the order given."""
    seen = []

    def matcher(project):
        seen.append(project)
        return [
            Finding(WARNING, "duties-read-as-other-noc", "Read as 14200.", "positions[0].duties")
        ]

    def guard(project):
        return [Finding(ERROR, "duty-too-close-to-noc", "Too close.", "positions[0].duties[1]")]

    project = bookkeeper()
    result = check(project, today=TODAY, extra_checks=[matcher, guard])
    assert seen == [project]
    assert [f.code for f in result] == ["duties-read-as-other-noc", "duty-too-close-to-noc"]
    assert has_errors(result) and not has_errors(result[:1])


def test_extra_check_errors_propagate():
    """A failing extra check raises instead of silently hiding its findings."""

    def broken(project):
        raise ValueError("matcher failed")

    with pytest.raises(ValueError, match="matcher failed"):
        check(bookkeeper(), today=TODAY, extra_checks=[broken])


def test_findings_are_frozen_and_today_defaults_to_the_real_date():
    """Finding cannot be changed after creation; check() works without an explicit today."""
    finding = Finding(ERROR, "x", "Y.", "z")
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.code = "other"  # type: ignore[misc]
    assert all(isinstance(f, Finding) for f in check(bookkeeper()))
