"""French duties read against the CNP (issue 16): language detection, matching, guard, contract."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from noc_letter.core.guard import verbatim_risk
from noc_letter.core.language import detect_language, detect_letter_language, normalise_lang
from noc_letter.core.matching import get_matcher
from tests.core.test_letter_readings import _case, check_reading

DATA = Path(__file__).resolve().parent.parent / "data"
LETTERS = json.loads((DATA / "letter_readings_fr.json").read_text(encoding="utf-8"))["letters"]
BOOKKEEPER = next(x for x in LETTERS if x["name"].startswith("teneur de livres, lettre type"))


@pytest.fixture(scope="module")
def matcher():
    return get_matcher()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Saisir les factures des fournisseurs (40 %)", "fr"),
        ("Je faisais les conciliations bancaires", "fr"),
        ("Conciliation bancaire", "fr"),
        ("Paie", "fr"),
        ("Comptes fournisseurs", "fr"),
        ("Faire la paie des employés chaque semaine", "fr"),
        ("Prepare bank reconciliations", "en"),
        ("Payroll", "en"),
        ("Accounts payable", "en"),
        ("Handled A/P and A/R in QuickBooks", "en"),
        ("Prepared résumés for clients", "en"),
    ],
)
def test_each_duty_is_read_in_its_own_language(text, lang):
    assert detect_language(text) == lang


def test_no_sign_of_either_language_gives_the_default():
    assert detect_language("XYZW (40 %)") == "en"
    assert detect_language("XYZW (40 %)", default="fr") == "fr"


def test_letter_language_is_the_language_of_most_duties():
    assert detect_letter_language(BOOKKEEPER["duties"]) == "fr"
    assert detect_letter_language(["Prepare payroll", "Reconcile accounts", "Saisir"]) == "en"
    assert normalise_lang("FR-ca") == "fr" and normalise_lang("English") == "en"
    assert normalise_lang("de") == "en"


def test_a_french_duty_is_read_against_the_french_noc_text(matcher):
    query = matcher.query("Je faisais les conciliations bancaires et la tenue de livres")
    assert query.lang == "fr"
    scored = matcher.scored(query)
    top = matcher.top_candidates(scored, 5)
    assert "12200" in [c.code for c in top]
    bookkeeper = next(c for c in top if c.code == "12200")
    group = matcher.catalogue.get("12200")
    french_text = {group.title_fr, group.lead_statement_fr, *group.example_titles_fr}
    french_text |= {d.text for d in group.main_duties_fr}
    assert bookkeeper.evidence and bookkeeper.evidence[0].text in french_text


def test_the_issue_example_no_longer_reads_as_translators(matcher):
    """Before French matching every French duty read as 51114 Translators."""
    for text in (
        "Saisir les factures des fournisseurs (40 %)",
        "Préparer les remises de TPS/TVQ",
        "Faire la paie des employés aux deux semaines",
        "Classer les documents et répondre au téléphone",
    ):
        assert matcher.score(text, top=1)[0].code != "51114", text
    assert matcher.score("Traduire des contrats de l'anglais vers le français", 1)[0].code == (
        "51114"
    )


def test_french_bookkeeping_letter_reads_as_a_bookkeeper(matcher):
    a = matcher.assess(BOOKKEEPER["duties"], "12200")
    assert a.status == "supports_target", a.verdict
    assert a.reads_as[0].code == "12200"
    assert a.lang == "fr"
    assert all(d.lang == "fr" for d in a.duties)
    french_duties = {d.text for d in matcher.catalogue.get("12200").main_duties_fr}
    assert a.covered_count >= 2
    assert all(c.text in french_duties for c in a.covered_main_duties)


@pytest.mark.parametrize("letter", [_case(letter) for letter in LETTERS])
def test_french_letter_reads_as_a_consultant_would_read_it(matcher, letter):
    check_reading(matcher, letter)


def test_a_mixed_letter_reads_each_duty_in_its_language(matcher):
    duties = ["Reconcile the bank accounts every month", "Préparer les états financiers mensuels"]
    a = matcher.assess(duties, "12200")
    assert [d.lang for d in a.duties] == ["en", "fr"]


def test_copied_cnp_sentence_is_flagged_and_own_words_are_not():
    copied = (
        "Tenir des registres financiers et établir, tenir à jour et faire la balance de divers "
        "comptes en utilisant des systèmes de tenue de livres manuels ou informatisés."
    )
    result = verbatim_risk(copied)
    assert result.lang == "fr" and result.level == "verbatim"
    assert result.nearest is not None and result.nearest.code == "12200"
    own = verbatim_risk("Je faisais les conciliations bancaires chaque mois dans Sage 50")
    assert own.lang == "fr" and own.level == "ok"
    # A lightly changed copy (tense, no accents) is still close.
    changed = verbatim_risk(
        "Je reportais des ecritures au journal et je faisais concorder des comptes, je "
        "preparais les balances de verification des comptes"
    )
    assert changed.level in ("close", "verbatim")


def _cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "noc_letter.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )


def test_cli_adds_lang_per_duty():
    lines = "Saisir les factures des fournisseurs (40 %)\nReconcile bank statements\n"
    done = _cli("classify", "--json", "--top", "2", stdin=lines)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["lang"] for r in rows] == ["fr", "en"]
    assert all("candidates" in r and "text" in r for r in rows)
    done = _cli("guard", "--json", stdin=lines)
    assert [json.loads(line)["lang"] for line in done.stdout.splitlines()] == ["fr", "en"]
    done = _cli("assess", "--target", "12200", "--json", stdin="\n".join(BOOKKEEPER["duties"]))
    result = json.loads(done.stdout)
    assert result["lang"] == "fr" and result["status"] == "supports_target"
    assert {d["lang"] for d in result["duties"]} == {"fr"}


def test_noc_profile_in_french():
    done = _cli("noc", "12200", "--json", "--lang", "fr")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    profile = data["profile"]
    assert data["lang"] == "fr"
    assert profile["code"] == "12200" and profile["teer"] == 2
    assert profile["title"].startswith("Techniciens/techniciennes en comptabilité")
    assert profile["title_en"] == "Accounting technicians and bookkeepers"
    assert profile["main_duties"][0]["text"].startswith("tenir des registres financiers")
    assert "Statistique Canada" in data["attribution"]
    english = json.loads(_cli("noc", "12200", "--json").stdout)
    assert english["profile"]["title"] == "Accounting technicians and bookkeepers"
    text = _cli("noc", "12200", "--lang", "fr").stdout
    assert "Fonctions principales" in text and "FEER 2" in text


def test_french_profile_keeps_the_structured_exclusions():
    profile = json.loads(_cli("noc", "12200", "--json", "--lang", "fr").stdout)["profile"]
    assert profile["exclusions"][0]["see_code"] == "11100"
    assert any("(Voir 14200" in text for text in profile["exclusions_fr"])
    assert "untranslated" in profile


def test_hours_report_in_french_and_english_unchanged():
    from noc_letter.core.hours import hours_summary, render_hours
    from noc_letter.core.project import load_project

    project = load_project(DATA / "promotion_fr.nocletter")
    french = render_hours(hours_summary(project, lang="fr"), "fr")
    assert "du 31 août 2020 au 2 octobre 2026" in french
    assert "9\u00a0531\u00a0h sur 1\u00a0560\u00a0h, atteint" in french
    english = render_hours(hours_summary(project))
    assert english.startswith("Qualifying hours as of") and "9,531 of 1,560 h, met" in english


def test_french_hours_notes_write_dates_in_french():
    """The notes under the report say "le 2 octobre 2026", never an ISO date, in French."""
    import datetime as dt
    import re

    from noc_letter.core.hours import hours_summary
    from noc_letter.core.project import load_project

    project = load_project(DATA / "promotion_fr.nocletter")
    summary = hours_summary(project, today=dt.date(2026, 12, 2), lang="fr")
    notes = list(summary.notes)
    notes += [n for p in summary.positions for n in p.notes]
    notes += [n for p in summary.programs for n in p.notes]
    assert any("2 décembre 2026" in n or "2 octobre 2026" in n for n in notes), notes
    assert not [n for n in notes if re.search(r"\d{4}-\d{2}-\d{2}", n)]
    english = hours_summary(project, today=dt.date(2026, 12, 2))
    assert any("2026-" in n for p in english.programs for n in p.notes)


def test_check_in_french():
    done = _cli(
        "check",
        str(DATA / "promotion_fr.nocletter"),
        "--lang",
        "fr",
        "--no-wording",
        "--today",
        "2026-12-02",
    )
    assert "Heures admissibles au 2 décembre 2026" in done.stdout
    assert "avertissement(s)" in done.stdout and "FEER 4" in done.stdout
    english = _cli(
        "check", str(DATA / "promotion_fr.nocletter"), "--no-wording", "--today", "2026-12-02"
    )
    assert "Qualifying hours as of 2026-12-02" in english.stdout


def test_french_bank_reconciliation_describes_the_bookkeepers_duty(matcher):
    """As in English, a bank-reconciliation line whose words lean to banking (64400) still
    supports 12200 in a bookkeeper's letter: it describes one of 12200's main duties, read in
    French and, through the lexicon, against the NOC's English duty."""
    from noc_letter.core.project import load_project

    position = load_project(DATA / "promotion_fr.nocletter").positions[1]
    a = matcher.assess([d.text for d in position.duties], position.noc)
    assert a.status == "supports_target", a.verdict
    bank = next(r for r in a.duties if "rapprochements bancaires" in r.text)
    assert bank.supports == "target", bank.reason
    assert bank.reason.startswith("Describes your target's main duty")
    assert bank.describes and bank.describes in bank.reason  # the window words it from this
