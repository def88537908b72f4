"""Suggestions for the selected duty: rewordings with the changed words marked (accept, edit,
dismiss), or the questions to answer when the duty is too vague."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from noc_letter.gui.duty_detail import suggestion_html


class SuggestionBox(QScrollArea):
    """A scrolling list of suggestion cards for one duty row."""

    def __init__(self, presenter: Any, editor: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter, self.editor = presenter, editor
        self.row: int | None = None
        self.view: Any = None
        self.setWidgetResizable(True)
        self.setAccessibleName("Suggestions for the selected duty")
        self.clear()
        presenter.suggestions_ready.connect(self.show_suggestions)

    def request(self, row: int) -> None:
        """Ask the presenter for suggestions for `row`."""
        self.row = row
        self._fill([QLabel("Looking for rewordings…")])
        self.presenter.request_suggestions(row)

    def clear(self) -> None:
        """Nothing to show (another duty was selected, or dismissed)."""
        self.view = None
        label = QLabel(
            "Select a duty and press “Suggest wording” for rewordings that keep "
            "your facts. You choose; nothing is added by itself."
        )
        self._fill([label])

    def _fill(self, widgets: list[QWidget]) -> None:
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
            text = (
                f"{why}<b>Answer these in the duty itself, only with what is true:</b><ul>"
                + "".join(f"<li>{html.escape(q)}</li>" for q in view.questions)
                + "</ul>"
            )
            widgets.append(QLabel(text))
        for number, item in enumerate(view.suggestions, 1):
            widgets.append(self._card(number, item))
        if not widgets:
            text = view.message or "No rewording to suggest: this duty already reads well."
            widgets.append(QLabel(html.escape(text)))
        self._fill(widgets)

    def _card(self, number: int, item: Any) -> QFrame:
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(card)
        label = QLabel(f"<b>{number}.</b> " + suggestion_html(item))
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setAccessibleName(f"Suggestion {number}: {item.text}")
        layout.addWidget(label)
        buttons = QHBoxLayout()
        for text, action in (
            ("Accept", self._accept),
            ("Edit", self._edit),
            ("Dismiss", self._dismiss),
        ):
            button = QPushButton(text)
            button.setAccessibleName(f"{text} suggestion {number}")
            button.clicked.connect(lambda _=False, a=action, i=item: a(i))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return card

    def accept(self, index: int) -> None:
        """Accept suggestion number `index` (0-based) of the current view."""
        self._accept(self.view.suggestions[index])

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
                type(self.view)(self.view.original, self.view.target, rest, self.view.questions),
            )
