"""The checklist and the check's messages in French: same items, statuses and finding codes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx import Document

from noc_letter.cli import main
from noc_letter.core.completeness import Finding, check
from noc_letter.core.duty_checks import full_check
from noc_letter.core.export.checklist import (
    MISSING,
    WARNING,
    checklist_items,
)
from noc_letter.core.export.checklist_docx import write_checklist_docx
from noc_letter.core.export.checklist_wording import CHECKLIST_TEXT, ELEMENT_TEXT
from noc_letter.core.finding_text import finding_message, localise
from noc_letter.core.letter import Duty
from noc_letter.core.messages_fr import DYNAMIC_FR, MESSAGES_FR
from noc_letter.core.project import load_project
from noc_letter.core.requirements import MESSAGES

DATA = Path(__file__).resolve().parents[1] / "data"
TODAY = dt.date(2026, 11, 26)
ENGLISH_WORDS = (
    "What the letter must show",
    "Hours of work",
    "Supporting documents",
    "Before you submit",
    "Your full name",
    "not legal advice",
    "Pay stubs",
    "checked ",
    " hours, ",
    "Add the",
    "Federal Skilled Worker",
    "Only the positions",
)


def texts(checklist) -> str:
    """Every visible string of a checklist, one per line."""
    lines = [checklist.title, checklist.subtitle, checklist.footer]
    for section in checklist.sections:
        lines += [section.title, section.note]
        for item in section.items:
            lines += [item.text, item.detail, *item.warnings]
    return "\n".join(lines)


def test_every_message_has_a_french_text_with_the_same_names():
    """The French table has every finding code of the English one, with the same {names} (the
    salary periods are written out in French rather than taken from the English list)."""
    import string

    assert set(MESSAGES_FR) == set(MESSAGES)
    for code, english in MESSAGES.items():
        names = {name for _, name, _, _ in string.Formatter().parse(english) if name}
        french = {name for _, name, _, _ in string.Formatter().parse(MESSAGES_FR[code]) if name}
        if code == "salary-period-invalid":
            names -= {"choices"}
        assert names == french, code
    assert CHECKLIST_TEXT["en"].keys() == CHECKLIST_TEXT["fr"].keys()
    assert ELEMENT_TEXT["en"].keys() == ELEMENT_TEXT["fr"].keys()
    assert {"duty-verbatim", "duty-close", "duty-repeated", "duties-few-on-target"} <= set(
        DYNAMIC_FR
    )


def test_french_project_checklist_is_french_with_the_same_statuses():
    """A French project's checklist is in French; its statuses and item count are those of the
    English checklist of the same project, and no English fixed text is left."""
    project = load_project(DATA / "promotion_fr.nocletter")
    findings = check(project, today=TODAY)
    french = checklist_items(project, TODAY, findings)
    english = checklist_items(project, TODAY, findings, lang="en")
    assert french.lang == "fr" and english.lang == "en"
    assert [i.status for i in french.items()] == [i.status for i in english.items()]
    text = texts(french)
    for expected in (
        "Attestation d'emploi – liste de vérification",
        "vérifiée le 26 novembre 2026",
        "Ce que la lettre doit indiquer",
        "Votre nom complet",
        "Heures de travail (estimation)",
        "du 31 août 2020 au 2 octobre 2026",
        "Programme des travailleurs qualifiés (fédéral) (PTQF)",
        "Talons de paie",
        "et non un avis juridique",
        "FEER 4",
    ):
        assert expected in text, expected
    for english_word in ENGLISH_WORDS:
        assert english_word not in text, english_word
    assert "What the letter must show" in texts(english)


def test_french_findings_keep_their_codes_and_fields():
    """Localising findings changes only their messages: codes, fields, severities and order
    stay; a finding without the values its French text needs keeps its English message."""
    project = load_project(DATA / "draft_empty.nocletter")
    findings = check(project, today=TODAY)
    french = localise(findings, "fr")
    assert [(f.severity, f.code, f.field) for f in french] == [
        (f.severity, f.code, f.field) for f in findings
    ]
    assert all(f.message != e.message for f, e in zip(french, findings, strict=True))
    assert localise(findings, "en") == findings
    bare = Finding("warning", "duties-few-on-target", "Only 1 of 4 duties read as 12200.", "x")
    assert finding_message(bare, "fr") == bare.message


def test_french_messages_for_duty_problems_and_copied_text():
    """Duty text problems and the copy guard have French messages that name the duty."""
    project = load_project(DATA / "promotion_fr.nocletter")
    position = project.positions[1]
    position.duties.append(Duty(position.duties[0].text))
    lead = "Tenir la comptabilité complète"
    copied = "Préparer les états financiers et autres rapports financiers."

    class Nearest:
        code, text = "12200", copied

    class Result:
        level, nearest = "verbatim", Nearest()

    def guard(text: str) -> object:
        return Result() if text.startswith(lead) else type("Ok", (), {"level": "ok"})()

    from noc_letter.core.duty_checks import guard_findings

    findings = localise(check(project, today=TODAY) + guard_findings(project, guard), "fr")
    by_code = {}
    for finding in findings:
        by_code.setdefault(finding.code, finding.message)
    assert by_code["duty-repeated"].startswith("La fonction 8 du poste 2 répète la fonction 1")
    assert by_code["duty-verbatim"].startswith("La fonction 1 est copiée du texte même de la CNP")
    assert copied in by_code["duty-verbatim"]


def test_how_the_duties_read_in_french():
    """The matcher's reading of a French project gives French advice naming the CNP titles:
    none for the bookkeeper position, which reads as 12200; some once the clerk position is
    claimed as a bookkeeper (12200) too."""
    project = load_project(DATA / "promotion_fr.nocletter")
    findings = localise(full_check(project, today=TODAY), "fr")
    assert not [f for f in findings if f.code.startswith(("duties-", "lead-statement"))]
    project.positions[0].noc = "12200"
    findings = localise(full_check(project, today=TODAY), "fr")
    reading = [f for f in findings if f.code.startswith(("duties-", "lead-statement"))]
    assert reading
    for finding in reading:
        assert "du poste" in finding.message and "position" not in finding.message


def test_french_checklist_docx_and_cli_override(tmp_path, capsys):
    """The DOCX of a French checklist has French status words; `checklist --lang en` writes
    the English one for the same project, `--lang fr` a French one for an English project."""
    project = load_project(DATA / "draft_empty.nocletter")
    project.language = "fr"
    checklist = checklist_items(project, TODAY)
    assert any(i.status == MISSING for i in checklist.items())
    out = write_checklist_docx(checklist, tmp_path / "liste.docx")
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "Manquant\u00a0: " in text and "Missing" not in text
    assert "Attestation d'emploi – liste de vérification" in text

    french_project = DATA / "promotion_fr.nocletter"
    english = tmp_path / "en.docx"
    assert main(["checklist", str(french_project), "-o", str(english), "--lang", "en"]) == 0
    en_text = "\n".join(p.text for p in Document(str(english)).paragraphs)
    assert "What the letter must show" in en_text and "Ce que la lettre" not in en_text
    french = tmp_path / "fr.docx"
    assert (
        main(
            ["checklist", str(DATA / "bookkeeper.nocletter"), "-o", str(french)]
            + [
                "--lang",
                "fr",
            ]
        )
        == 0
    )
    fr_text = "\n".join(p.text for p in Document(str(french)).paragraphs)
    assert "Ce que la lettre doit indiquer" in fr_text and "What the letter" not in fr_text
    default = tmp_path / "default.docx"
    assert main(["checklist", str(french_project), "-o", str(default)]) == 0
    assert "Ce que la lettre doit indiquer" in Document(str(default)).paragraphs[2].text
    capsys.readouterr()


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_blank_checklist_in_each_language(lang):
    """Without a project the checklist follows `lang` (English by default)."""
    checklist = checklist_items(None, lang=lang)
    assert checklist.lang == lang
    assert checklist.title == CHECKLIST_TEXT[lang]["title"]
    assert checklist_items(None).lang == "en"


def test_warnings_are_printed_after_the_french_word(tmp_path):
    """A warning item's messages follow "Avertissement" in a French DOCX."""
    project = load_project(DATA / "promotion_fr.nocletter")
    checklist = checklist_items(project, TODAY, check(project, today=TODAY))
    assert any(i.status == WARNING for i in checklist.items())
    out = write_checklist_docx(checklist, tmp_path / "avert.docx")
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "Avertissement\u00a0: " in text and "Warning" not in text
