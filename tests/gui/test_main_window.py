"""Tests for the main window: live highlight, NOC checklist, findings, close prompt, search."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from noc_letter.core.project import load_project
from noc_letter.gui.models import KIND_ROLE, DutyTableModel

DATA = Path(__file__).resolve().parents[1] / "data"
DUTY = "Keep the books with QuickBooks: post journal entries and prepare the trial balance"


def test_typing_a_duty_shows_its_noc_support(sync_window, qtbot):
    """Typing into the duty editor shows the NOC the duty supports, as text and icon."""
    w = sync_window
    w.presenter.set_target("12200")
    qtbot.mouseClick(w.duties.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(w.duties.editor, DUTY)
    w.presenter.flush()
    index = w.duties.model.index(0, DutyTableModel.SUPPORT)
    assert index.data(KIND_ROLE) == "target"
    assert "Supports 12200" in index.data()
    assert "Evidence" in w.duties.detail.toPlainText()


def test_ticking_a_noc_duty_opens_an_own_words_row_in_the_editor(sync_window):
    """Ticking a main duty selects a new empty row whose placeholder shows the NOC sentence."""
    w = sync_window
    w.presenter.set_target("12200")
    model = w.profile.duties_model
    sentence = model.sentences[1]
    model.setData(model.index(1), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert w.duties.row == 0
    assert w.duties.editor.toPlainText() == ""
    assert sentence in w.duties.editor.placeholderText()
    assert w.presenter.position.duties[0].noc_duty == sentence


def test_copy_guard_marks_the_copied_phrase(sync_window):
    """A duty copied from the NOC shows the copy warning with the shared words underlined."""
    w = sync_window
    w.presenter.set_target("12200")
    copied = w.presenter.search.catalogue.get("12200").main_duties[1].text
    w.presenter.add_duty(copied)
    w.presenter.flush()
    w.duties.select(0, move_cursor=True)
    html = w.duties.detail.toHtml()
    assert "Copy warning" in w.duties.detail.toPlainText()
    assert "text-decoration: underline" in html or "<u>" in html
    assert "copied NOC text" in w.duties.model.index(0, 2).data()


def test_clicking_a_finding_goes_to_its_field(sync_window, qtbot):
    """Activating a completeness finding switches to the form and focuses that field."""
    w = sync_window
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    w.presenter.update_findings()
    model = w.findings.model
    row = next(i for i, f in enumerate(model.findings) if f.field == "employer.email")
    w.findings.list.clicked.emit(model.index(row))
    assert w.tabs.currentIndex() == 1
    target = w.form.widgets["employer.email"]
    qtbot.waitUntil(target.hasFocus, timeout=2000)


def test_finding_for_a_second_position_switches_position(sync_window):
    """A finding about positions[1] makes the second position the edited one."""
    w = sync_window
    w.presenter.add_position()
    w.presenter.select_position(0)
    w.go_to_field("positions[1].hours_per_week")
    assert w.presenter.position_index == 1


def test_close_with_unsaved_changes_prompts(sync_window, monkeypatch):
    """Closing with unsaved changes asks; Cancel keeps the window, Discard closes it."""
    w = sync_window
    w.show()
    w.presenter.add_duty("Reconcile the bank accounts")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked = []

    def question(*args, **kwargs):
        asked.append(args[2])
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    assert not w.close()
    assert w.isVisible() and w.presenter.position.duties
    assert w.close()
    assert len(asked) == 2 and "Save" in asked[0]


def test_search_box_lists_hits_with_teer_badge(sync_window, qtbot):
    """Typing an old NOC code lists the NOC 2021 group with its TEER and eligibility."""
    w = sync_window
    qtbot.keyClicks(w.picker.search_box, "1311")
    first = w.picker.model.index(0).data()
    assert first.startswith("12200") and "TEER 2" in first and "FSW" in first
    qtbot.keyClick(w.picker.search_box, Qt.Key.Key_Return)
    assert w.presenter.target == "12200"
    assert "12200" in w.picker.target_label.text()


def test_english_window_finds_a_job_title_typed_in_french(sync_window, qtbot):
    """An English window's search reads a French job title against the CNP's French example
    titles: "commis à la paie" lists 13102 Payroll administrators first."""
    w = sync_window
    w.picker.search_box.setText("commis à la paie")  # QTest cannot type "à"
    assert w.picker.model.index(0).data().startswith("13102")


def test_opening_a_project_fills_form_and_assessment(sync_window, fake_view):
    """An opened project fills the form, the duty table and the assessment panel."""
    w = sync_window
    assert w.files.open(str(DATA / "bookkeeper.nocletter"))
    w.presenter.flush()
    assert w.form.widgets["employer.name"].text() == "Lakeshore Home Comfort Ltd."
    assert w.form.widgets["position.hours_per_week"].text() == "40"
    assert w.duties.model.rowCount() == 7
    text = w.assessment.browser.toPlainText()
    assert "Main duties covered" in text and "Not legal advice" in text
    # Each NOC main duty is labelled as the NOC's, with which of the person's duties cover it.
    assert "NOC: Post journal entries" in text
    assert "covered by your duty" in text or "not in your duties" in text
    w.show()
    w.tabs.setCurrentWidget(w.preview)  # the preview refreshes when shown
    assert "Priya Raman" in w.preview.browser.toPlainText()


def test_form_edit_is_undoable(sync_window, qtbot):
    """Typing in a form field changes the project and Ctrl+Z-style undo reverts it."""
    w = sync_window
    qtbot.keyClicks(w.form.widgets["employer.name"], "Acme")
    assert w.presenter.project.employer.name == "Acme"
    w.presenter.undo.undo()
    assert w.presenter.project.employer.name == ""
    assert w.form.widgets["employer.name"].text() == ""


def test_broken_project_shows_message_and_keeps_work(sync_window, tmp_path, monkeypatch):
    """Opening a broken file shows a warning; the open work stays."""
    w = sync_window
    w.presenter.add_duty("My own duty")
    w.presenter.undo.setClean()
    broken = tmp_path / "broken.nocletter"
    broken.write_text('{"format": "something-else"}', encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    assert not w.files.open(str(broken))
    assert shown and "not a NOC Letter Builder project" in shown[0]
    assert w.presenter.position.duties[0].text == "My own duty"


def test_bookkeeper_fixture_loads(sync_window):
    """The sample project used for screenshots loads through the window."""
    assert load_project(DATA / "bookkeeper.nocletter").positions[0].noc == "12200"


def test_accepting_a_real_suggestion_records_provenance(sync_window):
    """Accepting a core.rewording suggestion in the window stores source and provenance."""
    w = sync_window
    w.presenter.set_target("12200")
    # ("Handled the books" names no action: it gets a choice of verbs now, see
    # test_suggestion_box.py.)
    original = "Handling account reconciliations in QuickBooks"
    w.presenter.add_duty(original)
    w.duties.select(0, move_cursor=True)
    w.duties.suggest()
    view = w.duties.suggestions.view
    assert view is not None and view.suggestions
    chosen = view.suggestions[0]
    w.duties.suggestions.accept(0)
    duty = w.presenter.position.duties[0]
    assert duty.text == chosen.text and duty.source == "suggestion"
    assert duty.provenance["original"] == original and "changes" in duty.provenance


def test_vague_duty_gets_questions(sync_window):
    """A vague duty gets questions instead of rewordings."""
    w = sync_window
    w.presenter.set_target("12200")
    w.presenter.add_duty("handled various tasks")
    w.duties.select(0, move_cursor=True)
    w.duties.suggest()
    assert w.duties.suggestions.view.questions


def test_vague_lead_in_shows_the_action_question_and_why(sync_window):
    """ "Dealing with supplier invoices" shows why there is no rewording and asks what the person
    does with the invoices, naming the target's verbs to use only if true."""
    from PySide6.QtWidgets import QLabel

    w = sync_window
    w.presenter.set_target("12200")
    w.presenter.add_duty("Dealing with supplier invoices")
    w.duties.select(0, move_cursor=True)
    w.duties.suggest()
    view = w.duties.suggestions.view
    assert view.suggestions == () and "do with supplier invoices?" in view.questions[0]
    shown = " ".join(label.text() for label in w.duties.suggestions.findChildren(QLabel))
    assert "No rewording reads more like the target" in shown
    assert "only with what is true" in shown and "do with supplier invoices?" in shown


def test_profile_lists_the_us_job_titles(sync_window):
    """The profile tab shows the US (SOC 2018) titles StatCan links to the group."""
    w = sync_window
    w.presenter.set_target("12200")
    w.profile.show_profile("14200")
    text = w.profile.browser.toPlainText()
    assert "US job titles (SOC 2018" in text
    assert "Billing and Posting Clerks (SOC 43-3021, covers part of this group)" in text
