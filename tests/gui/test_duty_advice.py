"""Tests for what the window says about the duties: unticked ones, bad text, a skilled reading."""

from __future__ import annotations

from pathlib import Path

from noc_letter.core.letter import Duty
from noc_letter.gui.models import DutyTableModel

DATA = Path(__file__).resolve().parents[1] / "data"
BOOKKEEPING = "Reconcile the company's bank accounts against the statements every month"


def test_unticked_duty_is_still_read_and_says_not_in_letter(sync_window, tmp_path):
    """An unticked duty in an opened project gets its reading with "not in letter", never
    "Checking…" for good."""
    w = sync_window
    project = tmp_path / "unticked.nocletter"
    text = (DATA / "bookkeeper.nocletter").read_text(encoding="utf-8")
    project.write_text(text.replace('"include": true', '"include": false', 1), encoding="utf-8")
    assert w.files.open(str(project))
    w.presenter.flush()
    label = w.duties.model.index(0, DutyTableModel.SUPPORT).data()
    assert "Checking" not in label and "not checked" not in label
    assert label.endswith("· not in letter") and ("12200" in label or "TEER" in label)
    w.duties.select(0, move_cursor=True)
    assert "Not in the letter" in w.duties.detail.toPlainText()


def test_side_panel_says_what_is_missing(sync_window):
    """The assessment panel names what is actually missing: a target, a duty, or a ticked one."""
    w = sync_window
    w.assessment.refresh()
    assert "Choose a target NOC" in w.assessment.browser.toPlainText()
    w.presenter.set_target("12200")
    w.presenter.flush()
    text = w.assessment.browser.toPlainText()
    assert "Write at least one duty" in text and "Choose a target" not in text
    w.presenter.add_duty(BOOKKEEPING)
    w.presenter.set_include(0, False)
    w.presenter.flush()
    text = w.assessment.browser.toPlainText()
    assert "Your one duty is unticked" in text and "Choose a target" not in text
    w.presenter.add_duty("Post the month-end entries in Sage 50")
    w.presenter.set_include(1, False)
    w.presenter.flush()
    assert "All 2 duties are unticked" in w.assessment.browser.toPlainText()
    w.presenter.set_include(0, True)
    w.presenter.flush()
    assert "Reading against 12200" in w.assessment.browser.toPlainText()


def test_payroll_letter_is_told_13102_counts_too_and_can_switch(sync_window, qtbot):
    """Target 12200 with payroll duties: the panel says 13102 (TEER 3) also counts as skilled
    work, not "an officer may assume this lower-TEER job", and one click makes it the target."""
    w = sync_window
    assert w.files.open(str(DATA / "payroll.nocletter"))
    w.presenter.flush()
    text = w.assessment.browser.toPlainText()
    assert "13102 is TEER 3, which also counts as skilled work" in text
    assert "lower-TEER" not in text and "may assume" not in text
    button = w.assessment.switch_button
    assert not button.isHidden() and "13102" in button.text()
    button.click()
    w.presenter.flush()
    assert w.presenter.target == "13102"
    assert w.assessment.switch_button.isHidden()
    w.presenter.undo.undo()
    assert w.presenter.target == "12200"


def test_bad_duty_text_is_marked_in_the_table_and_detail(sync_window):
    """Emoji-only, too long, repeated and run-on duties are marked in their row and detail."""
    w = sync_window
    w.presenter.set_target("12200")
    for text in (
        BOOKKEEPING,
        "🙂🙂🙂",
        "Reconcile " * 70,
        BOOKKEEPING + ".",
        "payroll payroll payroll payroll",
    ):
        w.presenter.add_duty(text)
    w.presenter.flush()
    labels = [w.duties.model.index(r, DutyTableModel.SUPPORT).data() for r in range(5)]
    assert "⚠" not in labels[0]
    assert "⚠ no words" in labels[1]
    assert "too long" in labels[2]
    assert "⚠ repeats duty 1" in labels[3]
    assert "“payroll” 4 times in a row" in labels[4]
    w.duties.select(3, move_cursor=True)
    assert "Duty 4 repeats duty 1" in w.duties.detail.toPlainText()
    fields = {f.field for f in w.presenter.findings if f.code.startswith("duty-")}
    assert {f"positions[0].duties[{r}].text" for r in range(1, 5)} <= fields


def test_a_repeat_made_by_typing_is_marked_at_once(sync_window):
    """Typing a duty into the same words as another marks the later one as a repeat."""
    w = sync_window
    w.presenter.add_duty(BOOKKEEPING)
    w.presenter.add_duty("Reconcile")
    w.presenter.set_duty_text(1, BOOKKEEPING)
    assert "repeats duty 1" in w.duties.model.index(1, DutyTableModel.SUPPORT).data()
    assert w.presenter.position.duties[1] == Duty(BOOKKEEPING)


def test_clicking_a_bad_duty_finding_selects_that_duty(sync_window):
    """A finding about one duty's text opens the Duties tab with that duty selected."""
    w = sync_window
    w.presenter.add_duty(BOOKKEEPING)
    w.presenter.add_duty("🙂")
    w.presenter.add_duty("Post the month-end entries")
    w.presenter.update_findings()
    finding = next(f for f in w.presenter.findings if f.code == "duty-no-words")
    w.go_to_field(finding.field)
    assert w.tabs.currentWidget() is w.duties and w.duties.row == 1
