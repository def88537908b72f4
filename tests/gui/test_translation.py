"""The French window: the translation build (.ts -> .qm), every string translated, the window
in French (menus, buttons, panels, CNP text), the language choice, the French rewording note."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QLabel, QMessageBox

from noc_letter.core.catalogue import load_catalogue
from noc_letter.gui import i18n_build, translation
from noc_letter.gui.models import TOOLTIP, USER

TS = i18n_build.ts_path("fr")
DATA = Path(__file__).resolve().parents[1] / "data"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
FRENCH_DUTY = "Effectuer les rapprochements bancaires mensuels et corriger les écarts"


@pytest.fixture
def french(qapp):
    """The French translation compiled (as `make translations` does) and installed; English
    again afterwards."""
    if not translation.qm_path("fr").is_file():
        i18n_build.compile_all()
    assert translation.install("fr") == "fr"
    yield
    translation.uninstall()


@pytest.fixture
def french_window(french, sync_window):
    """The main window built while the French translation is installed."""
    return sync_window


def _messages(ts):
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def test_lrelease_builds_a_qm_that_qt_loads(tmp_path):
    """The committed .ts compiles with PySide6's lrelease into a .qm a QTranslator loads."""
    qm = i18n_build.compile_ts(TS, tmp_path / "noc_letter_fr.qm")
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("MainWindow", "&File") == "&Fichier"
    assert translator.translate("Models", "In letter") == "Dans la lettre"
    assert translator.translate("NocText", "TEER {teer}") == "FEER {teer}"
    plural = translator.translate(
        "NocPicker", "%n found. Enter or double-click chooses the target."
    )
    assert plural.startswith("%n résultat")


def test_every_window_string_has_a_finished_french_translation(tmp_path):
    """lupdate run over the GUI sources (into a copy of the .ts) finds no string without a
    finished French translation, and each translation keeps the source's placeholders."""
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    i18n_build.update_ts(copy)
    messages = list(_messages(copy))
    assert len(messages) > 350
    problems = []
    for context, message in messages:
        source = message.findtext("source")
        translation_node = message.find("translation")
        forms = [f.text or "" for f in translation_node.iter("numerusform")]
        texts = forms if message.get("numerus") == "yes" else [translation_node.text or ""]
        if translation_node.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: unfinished: {source!r}")
        elif not all(t.strip() for t in texts):
            problems.append(f"{context}: empty: {source!r}")
        for text in texts:
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{context}: placeholders differ: {source!r} -> {text!r}")
        if message.get("numerus") == "yes" and "%n" not in texts[-1]:
            problems.append(f"{context}: plural without %n: {source!r}")
    assert not problems, "\n".join(problems)


def test_french_window_shows_french_menus_buttons_and_panels(french_window):
    """Started in French, the menus, tabs, buttons, table headers, panels and Qt's own dialog
    buttons are French."""
    w = french_window
    menus = [a.text() for a in w.menuBar().actions()]
    assert menus == ["&Fichier", "É&dition", "&Affichage", "&Paramètres", "Aid&e"]
    assert [w.tabs.tabText(i) for i in range(3)] == ["&Tâches", "&Détails de la lettre", "&Aperçu"]
    assert w.duties.add_button.text() == "Aj&outer une tâche"
    assert w.duties.suggest_button.text() == "&Suggérer une formulation"
    assert w.duties.model.headerData(0, Qt.Orientation.Horizontal) == "Dans la lettre"
    assert w.picker.choose_button.text() == "Utiliser comme CNP &visée"
    assert w.profile.tabText(1) == "Profil"
    assert "Choisissez une CNP visée" in w.assessment.browser.toPlainText()
    assert w.saved_label.text() == "Pas encore enregistré"
    assert "professions de la CNP 2021" in w.picker.status.text()
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Save)
    assert box.button(QMessageBox.StandardButton.Save).text() == "Enregistrer"  # qtbase_fr.qm


def test_french_window_shows_the_cnp_text_of_the_target(french_window):
    """In French, the target, its profile, its main-duty checklist and the duty highlight use
    the CNP's French text and FEER."""
    w = french_window
    group = load_catalogue().get("12200")
    w.presenter.set_target("12200")
    profile = w.profile.browser.toPlainText()
    assert group.title_fr in profile
    assert group.lead_statement_fr in profile
    assert "Énoncé principal" in profile and "Fonctions principales" in profile
    assert group.title_fr in w.picker.target_label.text()
    assert "FEER 2" in w.picker.target_label.text()
    assert w.profile.duties_model.sentences == [d.text for d in group.main_duties_fr]
    w.presenter.add_duty("Reconcile the bank statements every month in QuickBooks")
    w.presenter.flush()
    label = w.duties.model.index(0, 2).data()
    assert label.startswith(("Appuie 12200", "Voisin", "Autre", "Non spécialisé", "Trop vague"))


def test_french_window_previews_the_letter_with_french_labels(french_window):
    """The Preview tab labels a French letter in French, with the exported letter's wording."""
    w = french_window
    assert w.files.open(str(DATA / "promotion_fr.nocletter"))
    w.presenter.flush()
    w.show()
    w.tabs.setCurrentWidget(w.preview)
    w.preview.refresh()
    text = w.preview.browser.toPlainText()
    assert "Principales fonctions et responsabilités" in text
    assert "La présente atteste que José Álvarez Núñez" in text


def test_french_search_finds_french_example_titles(french_window):
    """A French window's NOC search finds a group by its French example title."""
    w = french_window
    w.picker.run_search("aide-comptable")
    first = w.picker.model.index(0)
    assert first.data(USER) == "14200"
    assert load_catalogue().get("14200").title_fr in first.data()
    assert "exemple d'appellation en français" in first.data(TOOLTIP)


def test_french_duty_gets_the_french_rewording_note(sync_window):
    """Suggestions for a French duty say that French rewording is not yet as rich as English;
    an English duty's do not."""
    w = sync_window
    w.presenter.set_target("12200")
    w.presenter.add_duty(FRENCH_DUTY)
    w.presenter.add_duty("Reconcile the bank accounts every month and correct the differences")
    for row, expected in ((0, True), (1, False)):
        w.duties.select(row, move_cursor=True)
        w.duties.suggest()
        notes = w.duties.suggestions.findChildren(QLabel, "french-rewording-note")
        assert bool(notes) is expected
    w.duties.select(0, move_cursor=True)
    w.duties.suggest()
    (note,) = w.duties.suggestions.findChildren(QLabel, "french-rewording-note")
    assert "not yet as rich as English" in note.text()


def test_choosing_french_in_settings_is_remembered(sync_window, home, monkeypatch):
    """Settings > Language > Français is kept in the settings, said in French to apply at the
    next start, and that start is French."""
    from noc_letter.gui.settings import Settings

    monkeypatch.delenv(translation.ENV_LANG, raising=False)
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: said.append(text))
    w = sync_window
    w.language_actions["fr"].trigger()
    assert Settings(home).get_str("language") == "fr"
    assert w.language_actions["fr"].isChecked()
    assert said == ["La fenêtre sera en français au prochain démarrage de NOC Letter Builder."]
    assert translation.choose_lang(None, Settings(home).get_str("language")) == "fr"
    w.language_actions["en"].trigger()
    assert Settings(home).get_str("language") == "en"


def test_language_choice_order(monkeypatch):
    """--lang, then the Settings choice, then the system's locale."""
    monkeypatch.delenv(translation.ENV_LANG, raising=False)
    assert translation.choose_lang("fr", "en") == "fr"
    assert translation.choose_lang(None, "fr") == "fr"
    assert translation.choose_lang(None, "en") == "en"
    assert translation.choose_lang(None, "") == translation.system_lang()


def test_language_from_environment(monkeypatch):
    """$NOC_LETTER_LANG overrides the Settings choice (for tests and screenshots)."""
    monkeypatch.setenv(translation.ENV_LANG, "fr")
    assert translation.choose_lang(None, "en") == "fr"
    monkeypatch.setenv(translation.ENV_LANG, "en")
    assert translation.choose_lang(None, "fr") == "en"
    assert translation.choose_lang("fr", "en") == "fr"


def test_missing_qm_leaves_the_window_english(qapp, tmp_path, monkeypatch, caplog):
    """From a bare source tree (no compiled .qm) French falls back to English with a warning."""
    monkeypatch.setattr(translation, "I18N_DIR", tmp_path)
    with caplog.at_level("WARNING", logger="noc_letter.gui.translation"):
        assert translation.install("fr") == "en"
    assert translation.current() == "en"
    assert "stays in English" in caplog.text


def test_a_qm_built_later_is_found(qapp, tmp_path, monkeypatch):
    """The preview's French words come once the .qm exists, even if it was missing before."""
    monkeypatch.setattr(translation, "I18N_DIR", tmp_path)
    monkeypatch.setattr(translation, "_LOADED", {})
    closing = "Sincerely,"
    assert translation.translate_in("fr", "LetterPreview", closing) == closing
    i18n_build.compile_ts(TS, translation.qm_path("fr"))
    assert translation.translate_in("fr", "LetterPreview", closing) != closing


def test_french_window_explains_a_reading_in_french(french_window):
    """The detail of a French duty says in French why it reads as it does, with the group's
    French title: no English sentence from the core."""
    w = french_window
    w.presenter.set_target("12200")
    w.presenter.add_duty("Préparer les états financiers mensuels et la balance de vérification")
    w.presenter.add_duty("Conduire un camion semi-remorque entre Montréal et Toronto")
    w.presenter.flush()
    w.duties.select(0, move_cursor=True)
    first = w.duties.detail.toPlainText()
    assert "Se lit comme votre profession visée" in first or "Décrit la fonction" in first
    w.duties.select(1, move_cursor=True)
    second = w.duties.detail.toPlainText()
    truck = load_catalogue().get("73300")
    assert f"Se lit plutôt comme 73300 {truck.title_fr}" in second
    assert "Reads" not in first + second


def test_french_window_lists_the_findings_in_french(french_window):
    """The check's findings read in French in a French window (codes and fields unchanged)."""
    w = french_window
    assert w.files.open(str(DATA / "draft_empty.nocletter"))
    w.presenter.flush()
    texts = [w.findings.model.index(i).data() for i in range(w.findings.model.rowCount())]
    assert texts
    assert not any("is missing" in text or "Add the" in text for text in texts), texts


def test_opening_a_french_letter_loads_the_french_reading(sync_window):
    """An English window that opens a French letter loads the French reading ahead of its
    first French duty (not on it)."""
    from noc_letter.core.matching import get_matcher

    w = sync_window
    assert w.files.open(str(DATA / "promotion_fr.nocletter"))
    w.presenter.flush()
    assert w.presenter._french_requested
    assert "fr" in get_matcher().others


def test_french_window_counts_the_hours_in_french(french_window):
    """The hours estimate in a French window is French: dates, numbers and programs."""
    w = french_window
    assert w.files.open(str(DATA / "promotion_fr.nocletter"))
    w.presenter.flush()
    text = w.presenter.hours_text
    assert text.startswith("Heures admissibles au ")
    assert "du 14 mai 2018 au 28 août 2020" in text
    assert "Qualifying hours" not in text and "Programs" not in text
