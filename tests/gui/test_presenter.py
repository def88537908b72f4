"""Tests for the presenter, file actions and models driven without the main window."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt

from noc_letter.core.letter import Duty, Position, Project
from noc_letter.gui import services
from noc_letter.gui.models import DutyTableModel, MainDutiesModel
from noc_letter.gui.presenter import Presenter
from noc_letter.gui.runner import SyncRunner
from noc_letter.gui.services import SuggestionItem

GOOD_DUTY = (
    "Keep the books of the company with QuickBooks: post journal entries, reconcile the bank "
    "accounts and prepare the trial balance"
)


@pytest.fixture
def presenter(qapp):
    """A presenter with a synchronous runner and the core loaded, no debounce."""
    p = Presenter(SyncRunner())
    p.set_debounce(0, 0, 0)
    p.start_loading()
    p.set_target("12200")
    return p


def test_typing_a_duty_gives_it_a_noc_reading(presenter):
    """A typed duty gets a live check (supports + label) once the debounce fires."""
    model = DutyTableModel(presenter)
    row = presenter.add_duty()
    presenter.set_duty_text(row, GOOD_DUTY)
    presenter.flush()
    kind, label = model.support(row)
    assert kind == "target" and "12200" in label
    index = model.index(row, DutyTableModel.SUPPORT)
    assert model.data(index) == label
    assert not model.data(index, Qt.ItemDataRole.DecorationRole).isNull()


def test_keystrokes_merge_into_one_undo_step_and_clean_means_saved(presenter):
    """Typing in one row is one undo step; undo returns to the clean (saved) state."""
    presenter.undo.setClean()
    start = presenter.undo.count()
    row = presenter.add_duty()
    for end in range(1, 8):
        presenter.set_duty_text(row, "Reconcile"[:end])
    assert presenter.undo.count() == start + 2  # add + merged typing
    presenter.undo.undo()
    assert presenter.position.duties[row].text == ""
    presenter.undo.undo()
    assert not presenter.dirty and presenter.position.duties == []
    presenter.undo.redo()
    presenter.undo.redo()
    assert presenter.position.duties[0].text == "Reconci"


def test_ticking_a_noc_duty_opens_an_empty_own_words_row(presenter):
    """Ticking a main duty adds a blank row recording the NOC sentence as a hint only."""
    model = MainDutiesModel(presenter, presenter.search.catalogue)
    sentence = model.sentences[0]
    model.setData(model.index(0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    duty = presenter.position.duties[-1]
    assert (duty.text, duty.source, duty.noc_duty) == ("", "noc_duty", sentence)
    assert model.data(model.index(0), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert sentence not in [d.text for d in presenter.position.included_duties()]
    # unticking a row that is still blank removes it
    model.setData(model.index(0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert presenter.position.duties == []


def test_unticking_keeps_a_row_with_the_persons_words(presenter):
    """Unticking never deletes words the person wrote."""
    sentence = presenter.search.catalogue.get("12200").main_duties[0].text
    row = presenter.tick_noc_duty(sentence, True)
    presenter.set_duty_text(row, "I keep the books in Sage 50")
    messages = []
    presenter.message.connect(messages.append)
    presenter.tick_noc_duty(sentence, False)
    assert presenter.position.duties[row].text == "I keep the books in Sage 50"
    assert messages


def test_accepting_a_suggestion_records_its_provenance(presenter):
    """An accepted rewording becomes source "suggestion" with its provenance, and undoes."""
    row = presenter.add_duty("did the books")
    item = SuggestionItem("Kept the books in QuickBooks", ((0, 4),), {"original": "did the books"})
    presenter.accept_suggestion(row, item)
    duty = presenter.position.duties[row]
    assert duty.text == "Kept the books in QuickBooks" and duty.source == "suggestion"
    assert duty.provenance["original"] == "did the books"
    presenter.undo.undo()
    assert presenter.position.duties[row].text == "did the books"


def test_suggestion_adapter_maps_the_rewording_module(presenter):
    """The adapter turns core.rewording's result into items with marked NOC words and provenance."""
    view = services.suggest("Handling account reconciliations in QuickBooks", "12200")
    item = view.suggestions[0]
    assert item.text.startswith("Reconcile accounts")
    assert item.provenance["original"] == "Handling account reconciliations in QuickBooks"
    assert item.provenance["changes"][0]["kind"] == "nominalisation"
    assert item.text[slice(*item.changed[0])].lower().startswith("reconcile")


def test_vague_duty_gets_questions_through_the_adapter(presenter):
    """A vague duty comes back with questions and no rewording."""
    view = services.suggest("Handled various tasks", "12200")
    assert view.suggestions == () and len(view.questions) >= 3


def test_pasted_block_becomes_rows_and_huge_paste_is_refused(presenter):
    """A multi-line paste is split into rows; a 1 MB paste is refused with a message."""
    added = presenter.add_pasted("- Reconcile bank accounts (20%)\n\n* Prepare payroll\n")
    assert added == 2
    assert [d.source for d in presenter.position.duties] == ["pasted", "pasted"]
    # The stated share stays in the words the person sees and the letter prints.
    assert [(d.text, d.share) for d in presenter.position.duties] == [
        ("Reconcile bank accounts (20%)", 20.0),
        ("Prepare payroll", None),
    ]
    messages = []
    presenter.message.connect(messages.append)
    before = copy.deepcopy(presenter.position.duties)
    assert presenter.add_pasted("x" * 1_000_000 + "\ny") == 0
    assert presenter.position.duties == before and "MB" in messages[0]


def test_five_hundred_duties_are_read(presenter):
    """500 duties load, and the letter reading covers them."""
    duties = [
        Duty(f"Reconcile bank account number {i} every month in QuickBooks") for i in range(500)
    ]
    presenter.replace_project(Project(positions=[Position(noc="12200", duties=duties)]), None)
    presenter.flush()
    model = DutyTableModel(presenter)
    assert model.rowCount() == 500
    assert presenter.reading is not None and presenter.reading.assessment is not None
    assert model.support(499)[0] != "pending"


def test_duty_order_puts_target_duties_first(presenter):
    """The preview/export order puts target duties before TEER 4-5 ones."""
    presenter.add_pasted("Enter supplier invoices\n" + GOOD_DUTY)
    presenter.flush()
    ordered = services.letter_order(presenter.position)
    assert ordered[0].text == GOOD_DUTY


def test_removed_filler_is_described_as_removed(presenter):
    """A change that only drops words reads "removed “…”", not an arrow to nothing."""
    view = services.suggest(
        "Responsible for adding new material to file records as necessary", "12112"
    )
    described = " ".join(item.note for item in view.suggestions)
    assert "removed “as necessary”" in described and "→ “”" not in described


def test_loading_leaves_the_garbage_collector_running_with_the_core_frozen(qapp):
    """The collector is held while the core loads, then resumes with the loaded objects frozen
    (full collections over them stalled the window)."""
    import gc

    p = Presenter(SyncRunner())
    p.start_loading()
    assert p.matcher_ready
    assert gc.isenabled()
    assert gc.get_freeze_count() > 100_000


def test_closing_during_loading_resumes_the_garbage_collector(qapp):
    """Jobs dropped at shutdown (the collector's resume among them) never leave it paused."""
    import gc

    from noc_letter.gui.runner import Runner

    p = Presenter(Runner())
    p.start_loading()
    p.shutdown()
    assert gc.isenabled()


def test_letter_reading_counts_each_duty_by_its_share(presenter):
    """Shares saved with the duties (not written in their words) weigh the letter's reading."""
    duties = [
        Duty("Post journal entries and reconcile the general ledger accounts in Sage 50", share=40),
        Duty("Prepare the monthly trial balance, income statement and balance sheet", share=40),
        Duty("Answer customers' questions about their invoices by phone and e-mail", share=10),
        Duty("Sort and file invoices, receipts and purchase orders", share=10),
    ]
    presenter.replace_project(Project(positions=[Position(noc="12200", duties=duties)]), None)
    presenter.flush()
    assessment = presenter.reading.assessment
    assert assessment.weights == (40.0, 40.0, 10.0, 10.0)
    assert assessment.reads_as[0].code == "12200"
    from noc_letter.gui.assessment_panel import assessment_html

    shown = assessment_html(presenter.reading, None, True)
    assert "counted by its share of time:</b> 1: 40 %, 2: 40 %, 3: 10 %, 4: 10 %" in shown
