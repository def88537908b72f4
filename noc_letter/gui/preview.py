"""Live preview of the letter (skilled duties first), with blanks marked for the employer."""

from __future__ import annotations

import copy
import datetime as dt
import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from noc_letter.core.export.docx_fill import Blank
from noc_letter.core.export.letter_text import global_values, position_values
from noc_letter.core.letter import Position, Project
from noc_letter.gui import services, translation
from noc_letter.gui.translation import translate_in

PREVIEW_DELAY_MS = 300
C = "LetterPreview"
# The preview shows the letter as it will be exported, so its words follow the letter's
# language (core.export writes English and French letters), not the window's.
PREVIEW_FOLLOWS_LETTER = True
ROWS = (
    (QT_TRANSLATE_NOOP("LetterPreview", "Job title"), "position_title"),
    (QT_TRANSLATE_NOOP("LetterPreview", "NOC"), "position_noc"),
    (QT_TRANSLATE_NOOP("LetterPreview", "Dates"), "position_dates"),
    (QT_TRANSLATE_NOOP("LetterPreview", "Status"), "position_status"),
    (QT_TRANSLATE_NOOP("LetterPreview", "Hours"), "position_hours"),
    (QT_TRANSLATE_NOOP("LetterPreview", "Weeks"), "position_weeks"),
    (QT_TRANSLATE_NOOP("LetterPreview", "Salary"), "position_salary"),
    (QT_TRANSLATE_NOOP("LetterPreview", "Benefits"), "position_benefits"),
    (QT_TRANSLATE_NOOP("LetterPreview", "Vacation"), "position_vacation"),
    (QT_TRANSLATE_NOOP("LetterPreview", "Location"), "position_location"),
)
GREETING = QT_TRANSLATE_NOOP("LetterPreview", "To whom it may concern")
CONFIRMS = QT_TRANSLATE_NOOP(
    "LetterPreview",
    "This letter confirms that {applicant} {is_or_was} employed by {employer} as follows.",
)
IS_OR_WAS = {
    "is": QT_TRANSLATE_NOOP("LetterPreview", "is"),
    "was": QT_TRANSLATE_NOOP("LetterPreview", "was"),
}
DUTIES = QT_TRANSLATE_NOOP("LetterPreview", "Main duties and responsibilities:")
CLOSING = QT_TRANSLATE_NOOP("LetterPreview", "Sincerely,")


def _value(value: Any) -> str:
    """A placeholder value as HTML; blanks are bracketed and highlighted (not colour alone)."""
    if isinstance(value, Blank):
        return f"<span style='background:#fff2a8'>{html.escape(value.text)}</span>"
    if isinstance(value, str):
        return html.escape(value)
    return "".join(_value(v) for v in value)


def letter_html(
    project: Project, order: Callable[[Position], list[Any]] | None, today: dt.date | None = None
) -> str:
    """The letter's text as HTML, in the same words the DOCX export uses."""
    lang = project.language if PREVIEW_FOLLOWS_LETTER else translation.current()
    lang = lang if lang in ("en", "fr") else "en"

    def words(text: str) -> str:
        return html.escape(translate_in(lang, C, text))

    g = global_values(project, employer_template=False, today=today or dt.date.today())
    is_or_was = g["is_or_was"]
    if isinstance(is_or_was, str) and is_or_was in IS_OR_WAS:
        is_or_was = translate_in(lang, C, IS_OR_WAS[is_or_was])
    confirms = words(CONFIRMS).format(
        applicant=_value(g["applicant_name"]),
        is_or_was=_value(is_or_was),
        employer=_value(g["employer_name"]),
    )
    colon = " :" if lang == "fr" else ":"
    parts = [
        f"<p><b>{_value(g['letterhead'])}</b><br>{_value(g['employer_address'])}<br>"
        f"{_value(g['employer_phone'])} · {_value(g['employer_email'])}</p>",
        f"<p>{_value(g['letter_date'])}</p>",
        f"<p><b>{words(GREETING)}</b></p>",
        f"<p>{confirms}</p>",
    ]
    for position in project.positions or [Position()]:
        values, duties = position_values(position, project.program, order)
        table = "".join(
            f"<tr><td><b>{words(label)}{colon}</b></td><td>{_value(values[key])}</td></tr>"
            for label, key in ROWS
            if values[key] not in ("", [])
        )
        parts.append(f"<table cellpadding='2'>{table}</table>")
        parts.append(f"<p><b>{words(DUTIES)}</b></p><ul>")
        parts += [f"<li>{_value(d)}</li>" for d in duties]
        parts.append("</ul>")
    parts.append(
        f"<p>{words(CLOSING)}<br><br>{_value(g['signer_name'])}<br>"
        f"{_value(g['signer_title'])}<br>"
        f"{_value(g['signer_phone'])} · {_value(g['signer_email'])}</p>"
    )
    return "".join(parts)


class LetterPreview(QWidget):
    """A read-only view of the letter, refreshed shortly after each change.

    The duty order comes from the same function every export uses (services.letter_order,
    run on the background runner), so the preview lists the duties as the DOCX will."""

    def __init__(self, presenter: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(
            QCoreApplication.translate("LetterPreview", "Letter preview")
        )
        self.browser.setPlainText(
            QCoreApplication.translate(
                "LetterPreview", "Preparing the preview: the duties are put in letter order…"
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        for signal in (
            presenter.project_replaced,
            presenter.field_changed,
            presenter.duties_changed,
            presenter.duty_text_changed,
            presenter.checks_updated,
        ):
            signal.connect(self.schedule)

    def schedule(self, *_args: Any) -> None:
        """Refresh soon, if visible (the preview of a hidden tab waits until shown)."""
        self.timer.start()

    def refresh(self) -> None:
        """Order the duties of a copy of the project in the background, then show it."""
        self.timer.stop()
        if not self.isVisible():
            return
        snapshot = copy.deepcopy(self.presenter.project)
        self.presenter.runner.submit(
            services.letter_orders,
            snapshot,
            on_done=lambda orders: self._show(snapshot, orders),
            key="preview",
        )

    def _show(self, project: Project, orders: list[list[int]]) -> None:
        by_position = {
            id(position): [position.duties[row] for row in rows]
            for position, rows in zip(project.positions, orders, strict=True)
        }
        bar = self.browser.verticalScrollBar().value()
        self.browser.setHtml(letter_html(project, lambda p: by_position.get(id(p), p.duties)))
        self.browser.verticalScrollBar().setValue(bar)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.refresh()
