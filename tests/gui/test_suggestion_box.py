"""The suggestion box shows each rewording's kind, and a choice of verbs is never applied in one
click: the person picks a verb, uses it, and the line says it was their pick."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QRadioButton

from noc_letter.gui import services
from noc_letter.gui.duty_detail import detail_html
from noc_letter.gui.models import _source_text

INVENTED = "Responsible for accounts payable and receivable"


def _suggest(window, text: str, target: str = "12200"):
    window.presenter.set_target(target)
    window.presenter.add_duty(text)
    window.duties.select(0, move_cursor=True)
    window.duties.suggest()
    return window.duties.suggestions


def test_a_choice_needs_a_pick_and_then_says_it_was_the_persons(sync_window):
    """ "Responsible for accounts payable and receivable" shows the question and the target's
    verbs with none picked; "Use my pick" does nothing until a verb is picked; the line then
    holds the picked verb and its detail says it was the person's pick."""
    box = _suggest(sync_window, INVENTED)
    view = box.view
    assert view.suggestions == () and len(view.choices) == 1
    radios = box.findChildren(QRadioButton)
    assert len(radios) == len(view.choices[0].options) >= 3
    assert not any(r.isChecked() for r in radios)
    use = next(b for b in box.findChildren(QPushButton) if b.text() == "Use my pick")
    assert not use.isEnabled()
    assert not any(b.text() == "Accept" for b in box.findChildren(QPushButton))
    box.use_pick()  # nothing picked: nothing happens
    duty = sync_window.presenter.position.duties[0]
    assert duty.text == INVENTED and duty.source != "suggestion"
    shown = " ".join(label.text() for label in box.findChildren(QLabel))
    assert "only if it is what you do" in shown and "___ accounts payable" in shown
    option = view.choices[0].options[1]
    box.pick(0, 1)
    assert use.isEnabled()
    box.use_pick()
    duty = sync_window.presenter.position.duties[0]
    assert duty.text == option.text and duty.source == "suggestion"
    assert duty.provenance["kind"] == "choice"
    assert duty.provenance["picked"] == option.provenance["picked"]
    assert duty.provenance["original"] == INVENTED
    html = detail_html(duty, None, "12200", True)
    assert f"Your pick: “{option.provenance['picked']}”" in html
    assert f"Your pick: “{option.provenance['picked']}”" in _source_text(duty)  # row tooltip
    sync_window.presenter.undo.undo()
    assert sync_window.presenter.position.duties[0].text == INVENTED


def test_rewording_cards_say_their_kind(sync_window):
    """A letter-form card and a target-wording card each say what kind of change they are."""
    box = _suggest(sync_window, "Making soups and sauces", "63200")
    kinds = {item.kind for item in box.view.suggestions}
    assert kinds == {"letter_form", "target_wording"}
    shown = " ".join(label.text() for label in box.findChildren(QLabel))
    assert "Your words, in the form a letter uses" in shown
    assert "The target's own verb for what you said" in shown


def test_the_adapter_maps_choices_with_the_pick_in_their_provenance(qapp):
    """services.suggest turns core choices into items of kind "choice" whose provenance names
    the verb, the original and the target."""
    view = services.suggest(INVENTED, "12200")
    (choice,) = view.choices
    assert choice.template.startswith("___ ")
    for item in choice.options:
        assert item.kind == "choice"
        assert item.provenance["picked"] and item.provenance["target"] == "12200"
        assert item.text.lower().startswith(item.provenance["picked"])
