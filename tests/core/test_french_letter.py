"""The French letter: its wording (dates, hours, pay, status), lettre.docx and the export."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from noc_letter.core.export import build_letter, wording_en, wording_fr
from noc_letter.core.export.docx_fill import Blank
from noc_letter.core.export.docx_letter import check_template, open_template
from noc_letter.core.export.wording import letter_language, letter_wording
from noc_letter.core.letter import (
    Applicant,
    Duty,
    Employer,
    Position,
    Project,
    Salary,
    Signer,
)
from noc_letter.core.project import load_project
from noc_letter.resources import template_path

DATA = Path(__file__).resolve().parents[1] / "data"
TODAY = dt.date(2024, 5, 2)
NBSP = "\u00a0"
# Fixed English wording that must never appear in the French letter.
ENGLISH_WORDING = (
    "To whom it may concern",
    "Refugees and Citizenship",
    "employment reference",
    "This letter confirms",
    "Job title",
    "Dates of employment",
    "hours per week",
    "per year",
    "per hour",
    "to present",
    "Currently employed",
    "Full-time",
    "Part-time",
    "Main duties",
    "Sincerely",
    "E-mail:",
    "true and accurate",
    "to be completed by employer",
)


def make_french_project(program: str = "express-entry") -> Project:
    """A complete two-position French project (current bookkeeper, earlier part-time clerk)."""
    return Project(
        language="fr",
        program=program,
        letter_date="2024-05-01",
        employer=Employer(
            name="Comptabilité Érable inc.",
            address="1200, rue Sherbrooke Ouest, Montréal (Québec) H3A 1H6",
            phone="+1 514 555 0142",
            email="bureau@erable.example",
            website="erable.example",
        ),
        signer=Signer(
            name="Priya Raman",
            title="Directrice des finances",
            phone="+1 514 555 0143",
            email="priya.raman@erable.example",
        ),
        applicant=Applicant(name="Ana María Rodríguez"),
        positions=[
            Position(
                title="Technicienne comptable",
                noc="12200",
                start="2019-03-04",
                hours_per_week=37.5,
                salary=Salary(52000),
                benefits="Assurance collective (santé et dentaire)",
                duties=[
                    Duty("Tenir le grand livre de 40 clients dans QuickBooks"),
                    Duty("Photocopier et classer les factures", include=False),
                    Duty("Faire les rapprochements bancaires mensuels de 12 comptes"),
                    Duty("Préparer la paie aux deux semaines pour 25 employés"),
                ],
            ),
            Position(
                title="Commis comptable",
                noc="14200",
                start="2017-06-01",
                end="2019-03-01",
                hours_per_week=25,
                salary=Salary(19.5, per="hour"),
                benefits="Aucun",
                duties=[Duty("Saisir les factures des fournisseurs"), Duty("Répondre aux clients")],
            ),
        ],
    )


def body_text(path: Path) -> str:
    """Every paragraph of body (tables too) and headers of a DOCX, one per line."""
    doc = Document(str(path))
    lines = [Paragraph(p, doc._body).text for p in doc.element.body.iter(qn("w:p"))]
    for section in doc.sections:
        for part in (section.first_page_header, section.header):
            lines += [p.text for p in part.paragraphs]
    return "\n".join(lines)


def bullets(path: Path) -> list[str]:
    """The duty bullets of the letter, in order."""
    return [p.text for p in Document(str(path)).paragraphs if p.style.name == "List Bullet"]


@pytest.mark.parametrize(
    ("iso", "french"),
    [
        ("2019-03-04", "4 mars 2019"),
        ("2019-03-01", "1er mars 2019"),
        ("2022-08-31", "31 août 2022"),
        ("2020-02-01", "1er février 2020"),
        ("2021-12-25", "25 décembre 2021"),
        ("2019-03", "mars 2019"),
        ("printemps 2019", "printemps 2019"),
        ("", ""),
    ],
)
def test_french_dates(iso, french):
    """Day, month name from the French table (no locale), year; "1er" for the first."""
    assert wording_fr.format_date(iso) == french


def test_french_date_ranges_and_current_jobs():
    """ "du ... au ..." for a past job, "depuis le ..." for a current one; months elide."""
    fmt = wording_fr.format_date

    def joined(value) -> str:
        return "".join(part.text if isinstance(part, Blank) else part for part in value)

    assert joined(wording_fr.date_range(fmt("2019-03-04"), fmt("2022-06-30"))) == (
        "du 4 mars 2019 au 30 juin 2022"
    )
    assert joined(wording_fr.since(fmt("2019-03-04"))) == "depuis le 4 mars 2019"
    assert joined(wording_fr.since(fmt("2019-03-01"))) == "depuis le 1er mars 2019"
    assert joined(wording_fr.since(fmt("2019-03"))) == "depuis mars 2019"
    assert joined(wording_fr.date_range(fmt("2019-04"), fmt("2020-06"))) == (
        "d'avril 2019 à juin 2020"
    )
    unknown = wording_fr.date_range(fmt("2019-03-04"), wording_fr.blank("end"))
    assert joined(unknown) == "du 4 mars 2019 au [à remplir par l'employeur\u00a0: " + (
        "date de fin (jour mois année)]"
    )


def test_french_hours_salary_and_status():
    """Decimal comma, non-breaking spaces for thousands and before $, French periods."""
    assert wording_fr.hours_per_week(40) == "40 heures par semaine"
    assert wording_fr.hours_per_week(37.5) == "37,5 heures par semaine"
    assert wording_fr.hours_per_week(1.5) == "1,5 heure par semaine"
    assert wording_fr.weeks_per_year(50) == "50 semaines par année"
    assert wording_fr.salary(52000, "CAD", "year") == f"52{NBSP}000{NBSP}$ par année"
    assert wording_fr.salary(19.5, "CAD", "hour") == f"19,50{NBSP}$ de l'heure"
    assert wording_fr.salary(4250, "CAD", "month") == f"4{NBSP}250{NBSP}$ par mois"
    assert wording_fr.salary(1234567.5, "", "year") == f"1{NBSP}234{NBSP}567,50 par année"
    assert wording_fr.salary(60000, "USD", "year") == f"60{NBSP}000{NBSP}$ US par année"
    assert wording_fr.salary(60000, "EUR", "year") == f"60{NBSP}000{NBSP}EUR par année"
    assert wording_fr.status(True, wording_fr.job_kind(True)) == "Poste actuel, temps plein"
    assert wording_fr.status(False, wording_fr.job_kind(False)) == "Temps partiel"
    assert wording_fr.is_or_was(True) == "est" and wording_fr.is_or_was(False) == "a été"


def test_both_wordings_offer_the_same_names():
    """One filler serves both languages: each wording module has the same public names, the
    same blanks and the same template text keys."""

    def public(module) -> set[str]:
        return {name for name in vars(module) if not name.startswith("_") and name.isupper()}

    def functions(module) -> set[str]:
        return {n for n, v in vars(module).items() if callable(v) and not n.startswith("_")}

    assert public(wording_en) - {"SALARY_PERIODS"} <= public(wording_fr)
    assert functions(wording_en) <= functions(wording_fr)
    assert wording_en.BLANKS.keys() == wording_fr.BLANKS.keys()
    assert wording_en.TEMPLATE_TEXT.keys() == wording_fr.TEMPLATE_TEXT.keys()
    assert wording_en.NOTE_PROGRAM_STEPS.keys() == wording_fr.NOTE_PROGRAM_STEPS.keys()


def test_letter_language_choice():
    """An explicit choice wins, else the project's language; anything else is English."""
    assert letter_language("fr") == "fr" and letter_language("en") == "en"
    assert letter_language("fr", "en") == "en" and letter_language("en", "fr") == "fr"
    assert letter_language("es") == "en" and letter_language(None) == "en"
    assert letter_wording("fr") is wording_fr and letter_wording("de") is wording_en


def test_bundled_french_template_has_every_placeholder_and_french_text():
    """lettre.docx passes the same placeholder check as letter.docx for every program and is
    titled "Attestation d'emploi"."""
    path = template_path("lettre.docx")
    assert path.is_file()
    for program in ("express-entry", "oinp", "sinp", "bc-pnp"):
        check_template(open_template(lang="fr"), program)
    doc = Document(str(path))
    assert doc.core_properties.title == "Attestation d'emploi"
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "À qui de droit" in text and "Attestation d'emploi" in text


def test_french_project_exports_the_french_letter(tmp_path):
    """A French project's DOCX has every IRCC element in French wording, and no English."""
    out = tmp_path / "lettre.docx"
    result = build_letter(make_french_project(), out, today=TODAY)
    text = body_text(out)
    for expected in (
        "Comptabilité Érable inc.",
        "1200, rue Sherbrooke Ouest, Montréal (Québec) H3A 1H6",
        f"Tél.{NBSP}: +1 514 555 0142",
        "bureau@erable.example",
        "Le 1er mai 2024",
        "À qui de droit",
        "Immigration, Réfugiés et Citoyenneté Canada",
        f"Objet{NBSP}: Attestation d'emploi – Ana María Rodríguez",
        "Ana María Rodríguez est à l'emploi de l'entreprise Comptabilité Érable inc.",
        "Titre du poste",
        "Technicienne comptable",
        "depuis le 4 mars 2019",
        "Poste actuel, temps plein",
        "37,5 heures par semaine",
        f"52{NBSP}000{NBSP}$ par année",
        "Avantages sociaux",
        "Assurance collective (santé et dentaire)",
        "Commis comptable",
        "du 1er juin 2017 au 1er mars 2019",
        "Temps partiel",
        "25 heures par semaine",
        f"19,50{NBSP}$ de l'heure",
        "Principales fonctions et responsabilités",
        "véridiques et exacts",
        "Priya Raman",
        "Directrice des finances, Comptabilité Érable inc.",
        f"Courriel{NBSP}: priya.raman@erable.example",
    ):
        assert expected in text, expected
    for english in ENGLISH_WORDING:
        assert english not in text, english
    assert "{{" not in text and "}}" not in text
    assert not result.warnings, result.warnings


def test_french_letter_duties_are_verbatim_in_the_core_order(tmp_path):
    """The bullets are the included duties, word for word, in the order the core gives (the
    same order function the CLI and the window use: target-supporting duties first)."""
    from noc_letter.core.duty_order import order_for_letter
    from noc_letter.core.matching import get_matcher

    project = load_project(DATA / "promotion_fr.nocletter")
    matcher = get_matcher()

    def order(position):
        return order_for_letter(position, matcher)

    out = tmp_path / "ordre.docx"
    build_letter(project, out, order=order, today=TODAY)
    expected = [d.text for p in project.positions for d in order(p)]
    assert bullets(out) == expected
    assert sorted(expected) == sorted(d.text for p in project.positions for d in p.duties)


def test_french_blanks_and_employer_note(tmp_path):
    """Missing facts are French blanks; the employer's note is French, with the not-legal-advice
    line and the honesty rule (no duty that was not performed)."""
    project = make_french_project()
    project.positions[0].hours_per_week = None
    project.positions[0].salary = Salary(None)
    project.employer.email = ""
    out = tmp_path / "modele.docx"
    result = build_letter(project, out, employer_template=True, today=TODAY)
    text = body_text(out)
    prefix = f"[à remplir par l'employeur{NBSP}: "
    for label in (
        "heures de travail par semaine (un nombre)",
        "salaire annuel",
        "adresse courriel de l'entreprise",
        "date de signature",
    ):
        assert f"{prefix}{label}]" in text, label
    first = Document(str(out)).paragraphs[0].text
    assert first.startswith("Note à l'employeur")
    assert "non d'un avis juridique" in text
    assert "n'ajoutez aucune fonction qui n'a pas été exercée" in text
    assert "Note for the employer" not in text and "to be completed" not in text
    assert any("salaire annuel" in warning for warning in result.warnings)


def test_french_noc_line_uses_the_cnp_title(tmp_path):
    """Programs that print the NOC code print the CNP's French title in a French letter."""
    out = tmp_path / "oinp.docx"
    project = make_french_project("oinp")
    for position in project.positions:
        position.weeks_per_year, position.vacation, position.location = 50, "3 semaines", "Montréal"
    build_letter(project, out, today=TODAY)
    text = body_text(out)
    assert "12200 – Techniciens/techniciennes en comptabilité et teneurs/teneuses de livres" in text
    assert "50 semaines par année" in text and "Accounting technicians" not in text


def test_language_override_and_mixed_language_warning(tmp_path):
    """`lang="en"` exports a French project in English wording, and says the duties (in French)
    go in as written; the project itself is not changed."""
    project = make_french_project()
    before = copy.deepcopy(project)
    out = tmp_path / "english.docx"
    result = build_letter(project, out, today=TODAY, lang="en")
    text = body_text(out)
    assert "To whom it may concern" in text and "4 March 2019 to present" in text
    assert "Tenir le grand livre de 40 clients dans QuickBooks" in text
    assert any("written in French" in warning for warning in result.warnings)
    assert project == before


def test_english_project_can_be_exported_in_french(tmp_path):
    """`lang="fr"` on an English project gives the French wording around the English duties,
    with a warning about the mix."""
    project = load_project(DATA / "bookkeeper.nocletter")
    out = tmp_path / "fr.docx"
    result = build_letter(project, out, today=TODAY, lang="fr")
    text = body_text(out)
    assert "Attestation d'emploi" in text and "heures par semaine" in text
    assert any("written in English" in warning for warning in result.warnings)
