"""Suggestions for the selected duty: rewordings with the changed words marked and their kind
(accept, edit, dismiss); questions when the duty is too vague; and, when its words name no
action, the target's verbs to pick from, never applied without the person's pick."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from noc_letter.core.language import detect_language
from noc_letter.gui.duty_detail import suggestion_html

translate = QCoreApplication.translate
# What each kind of rewording is, in the person's terms.
KIND_LABELS = {
    "letter_form": QT_TRANSLATE_NOOP("SuggestionBox", "Your words, in the form a letter uses"),
    "target_wording": QT_TRANSLATE_NOOP("SuggestionBox", "The target's own verb for what you said"),
}


def french_note() -> str:
    """Said above the suggestions for a French duty: French rewording does less than English."""
    return translate(
        "SuggestionBox",
        "French rewording is not yet as rich as English: for a French duty it asks questions "
        "and gives the letter-ready form (the infinitive, e.g. “Faire les conciliations "
        "bancaires”), but it does not yet offer the target's own verbs.",
    )


class ChoiceCard(QFrame):
    """A question with the target's verbs as options: none is picked at first, and "Use my
    pick" stays off until the person picks one."""

    def __init__(self, number: int, choice: Any, on_use: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.choice = choice
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        lead = translate("SuggestionBox", "{number}. Your words do not say what you do.").format(
            number=number
        )
        intro = QLabel(
            f"<b>{html.escape(lead)}</b> "
            f"{html.escape(choice.question)}<br><i>{html.escape(choice.template)}</i>"
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(intro)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.radios: list[QRadioButton] = []
        for i, option in enumerate(choice.options):
            verb = option.provenance.get("picked", "")
            radio = QRadioButton(f"{verb}: {option.text}")
            radio.setAccessibleName(
                translate("SuggestionBox", "Pick {verb} only if it is what you do").format(
                    verb=verb
                )
            )
            self.group.addButton(radio, i)
            self.radios.append(radio)
            layout.addWidget(radio)
        self.use = QPushButton(translate("SuggestionBox", "Use my pick"))
        self.use.setEnabled(False)
        self.use.setAccessibleName(
            translate("SuggestionBox", "Use the verb I picked (only if it is true)")
        )
        self.use.setToolTip(
            translate(
                "SuggestionBox", "Only if it is what you do: the line will say it was your pick."
            )
        )
        self.group.idToggled.connect(lambda _i, _on: self.use.setEnabled(self.picked() is not None))
        self.use.clicked.connect(lambda: on_use(self.picked()))
        row = QHBoxLayout()
        row.addWidget(self.use)
        row.addStretch(1)
        layout.addLayout(row)

    def picked(self) -> Any:
        """The option the person picked, or None."""
        index = self.group.checkedId()
        return self.choice.options[index] if index >= 0 else None


class SuggestionBox(QScrollArea):
    """A scrolling list of suggestion cards for one duty row."""

    def __init__(self, presenter: Any, editor: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter, self.editor = presenter, editor
        self.row: int | None = None
        self.view: Any = None
        self.choice_cards: list[ChoiceCard] = []
        self.setWidgetResizable(True)
        self.setAccessibleName(translate("SuggestionBox", "Suggestions for the selected duty"))
        self.clear()
        presenter.suggestions_ready.connect(self.show_suggestions)

    def request(self, row: int) -> None:
        """Ask the presenter for suggestions for `row`."""
        self.row = row
        self._fill([QLabel(translate("SuggestionBox", "Looking for rewordings…"))])
        self.presenter.request_suggestions(row)

    def clear(self) -> None:
        """Nothing to show (another duty was selected, or dismissed)."""
        self.view = None
        label = QLabel(
            translate(
                "SuggestionBox",
                "Select a duty and press “Suggest wording” for rewordings that keep "
                "your facts. You choose; nothing is added by itself.",
            )
        )
        self._fill([label])

    def _fill(self, widgets: list[QWidget]) -> None:
        self.choice_cards = [w for w in widgets if isinstance(w, ChoiceCard)]
        box = QWidget()
        layout = QVBoxLayout(box)
        for widget in widgets:
            if isinstance(widget, QLabel):
                widget.setWordWrap(True)
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setWidget(box)

    def show_suggestions(self, row: int, view: Any) -> None:
        """Show the presenter's answer for `row`."""
        if row != self.row:
            return
        self.view = view
        widgets: list[QWidget] = []
        if view.questions:
            # Why there is no rewording (too vague, or no wording helps), then what to add.
            why = f"<p>{html.escape(view.message)}</p>" if view.message else ""
            answer = translate(
                "SuggestionBox", "Answer these in the duty itself, only with what is true:"
            )
            text = (
                f"{why}<b>{html.escape(answer)}</b><ul>"
                + "".join(f"<li>{html.escape(q)}</li>" for q in view.questions)
                + "</ul>"
            )
            widgets.append(QLabel(text))
        for number, item in enumerate(view.suggestions, 1):
            widgets.append(self._card(number, item))
        for number, choice in enumerate(getattr(view, "choices", ()), len(view.suggestions) + 1):
            widgets.append(ChoiceCard(number, choice, self._use_pick))
        if not widgets:
            text = view.message or translate(
                "SuggestionBox", "No rewording to suggest: this duty already reads well."
            )
            widgets.append(QLabel(html.escape(text)))
        if detect_language(view.original) == "fr":
            note = QLabel(f"<small><i>{html.escape(french_note())}</i></small>")
            note.setAccessibleName(french_note())
            note.setObjectName("french-rewording-note")
            widgets.insert(0, note)
        self._fill(widgets)

    def _card(self, number: int, item: Any) -> QFrame:
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(card)
        kind = KIND_LABELS.get(getattr(item, "kind", ""), "")
        kind = translate("SuggestionBox", kind) if kind else ""
        label = QLabel(
            f"<b>{number}.</b> "
            + (f"<small>{html.escape(kind, quote=False)}</small><br>" if kind else "")
            + suggestion_html(item)
        )
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setAccessibleName(
            translate("SuggestionBox", "Suggestion {number} ({kind}): {text}").format(
                number=number, kind=kind, text=item.text
            )
        )
        layout.addWidget(label)
        buttons = QHBoxLayout()
        for text, name, action in (
            (
                translate("SuggestionBox", "Accept"),
                translate("SuggestionBox", "Accept suggestion {number}"),
                self._accept,
            ),
            (
                translate("SuggestionBox", "Edit"),
                translate("SuggestionBox", "Edit suggestion {number}"),
                self._edit,
            ),
            (
                translate("SuggestionBox", "Dismiss"),
                translate("SuggestionBox", "Dismiss suggestion {number}"),
                self._dismiss,
            ),
        ):
            button = QPushButton(text)
            button.setAccessibleName(name.format(number=number))
            button.clicked.connect(lambda _=False, a=action, i=item: a(i))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return card

    def accept(self, index: int) -> None:
        """Accept suggestion number `index` (0-based) of the current view."""
        self._accept(self.view.suggestions[index])

    def pick(self, choice: int, option: int) -> None:
        """Pick option `option` of choice `choice` (0-based), as a click on its button would;
        it is applied only by `use_pick` ("Use my pick")."""
        self.choice_cards[choice].radios[option].setChecked(True)

    def use_pick(self, choice: int = 0) -> None:
        """Press "Use my pick" on choice `choice` (does nothing until an option is picked)."""
        card = self.choice_cards[choice]
        if card.use.isEnabled():
            card.use.click()

    def _use_pick(self, option: Any) -> None:
        if option is not None:
            self._accept(option)

    def _accept(self, item: Any) -> None:
        if self.row is not None:
            self.presenter.accept_suggestion(self.row, item)
        self.clear()

    def _edit(self, item: Any) -> None:
        self._accept(item)
        self.editor.editor.setFocus()

    def _dismiss(self, item: Any) -> None:
        if self.view is not None:
            rest = tuple(s for s in self.view.suggestions if s is not item)
            self.show_suggestions(
                self.row,
                type(self.view)(
                    self.view.original,
                    self.view.target,
                    rest,
                    self.view.questions,
                    self.view.message,
                    getattr(self.view, "choices", ()),
                ),
            )
