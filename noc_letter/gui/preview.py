"""Live preview of the letter (skilled duties first), with blanks marked for the employer."""

from __future__ import annotations

import copy
import datetime as dt
import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from noc_letter.core.export.docx_fill import Blank
from noc_letter.core.export.letter_text import global_values, position_values
from noc_letter.core.letter import Position, Project
from noc_letter.gui import services

PREVIEW_DELAY_MS = 300


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
    g = global_values(project, employer_template=False, today=today or dt.date.today())
    parts = [
        f"<p><b>{_value(g['letterhead'])}</b><br>{_value(g['employer_address'])}<br>"
        f"{_value(g['employer_phone'])} · {_value(g['employer_email'])}</p>",
        f"<p>{_value(g['letter_date'])}</p>",
        "<p><b>To whom it may concern</b></p>",
        f"<p>This letter confirms that {_value(g['applicant_name'])} {_value(g['is_or_was'])} "
        f"employed by {_value(g['employer_name'])} as follows.</p>",
    ]
    for position in project.positions or [Position()]:
        values, duties = position_values(position, project.program, order)
        rows = [
            ("Job title", "position_title"),
            ("NOC", "position_noc"),
            ("Dates", "position_dates"),
            ("Status", "position_status"),
            ("Hours", "position_hours"),
            ("Weeks", "position_weeks"),
            ("Salary", "position_salary"),
            ("Benefits", "position_benefits"),
            ("Vacation", "position_vacation"),
            ("Location", "position_location"),
        ]
        table = "".join(
            f"<tr><td><b>{label}:</b></td><td>{_value(values[key])}</td></tr>"
            for label, key in rows
            if values[key] not in ("", [])
        )
        parts.append(f"<table cellpadding='2'>{table}</table>")
        parts.append("<p><b>Main duties and responsibilities:</b></p><ul>")
        parts += [f"<li>{_value(d)}</li>" for d in duties]
        parts.append("</ul>")
    parts.append(
        f"<p>Sincerely,<br><br>{_value(g['signer_name'])}<br>{_value(g['signer_title'])}<br>"
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
        self.browser.setAccessibleName("Letter preview")
        self.browser.setPlainText("Preparing the preview: the duties are put in letter order…")
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
