"""Fill the letter: employer, signer, applicant and positions; each field knows its path."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from noc_letter.gui.labels import (
    LANGUAGE_LABELS,
    PERIOD_LABELS,
    PROGRAM_LABELS,
    ROLE_LABELS,
    position_label,
)
from noc_letter.gui.labels import label as label_text

translate = QCoreApplication.translate

_POSITION = re.compile(r"^positions\[\d+\]\.")
# (path, label, kind). Position paths start with "position." and apply to the edited position.
SECTIONS = (
    (
        QT_TRANSLATE_NOOP("LetterForm", "Letter"),
        (
            ("program", QT_TRANSLATE_NOOP("LetterForm", "&Program"), PROGRAM_LABELS),
            ("language", QT_TRANSLATE_NOOP("LetterForm", "Letter language"), LANGUAGE_LABELS),
            ("letter_date", QT_TRANSLATE_NOOP("LetterForm", "Letter &date (YYYY-MM-DD)"), "date"),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("LetterForm", "Employer (company)"),
        (
            ("employer.name", QT_TRANSLATE_NOOP("LetterForm", "Company &name"), "text"),
            ("employer.address", QT_TRANSLATE_NOOP("LetterForm", "Address"), "text"),
            ("employer.phone", QT_TRANSLATE_NOOP("LetterForm", "Telephone"), "text"),
            ("employer.email", QT_TRANSLATE_NOOP("LetterForm", "E-mail"), "text"),
            ("employer.website", QT_TRANSLATE_NOOP("LetterForm", "Website"), "text"),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("LetterForm", "Person signing"),
        (
            ("signer.name", QT_TRANSLATE_NOOP("LetterForm", "Name"), "text"),
            ("signer.title", QT_TRANSLATE_NOOP("LetterForm", "Job title"), "text"),
            ("signer.phone", QT_TRANSLATE_NOOP("LetterForm", "Telephone"), "text"),
            ("signer.email", QT_TRANSLATE_NOOP("LetterForm", "E-mail"), "text"),
            ("signer.role", QT_TRANSLATE_NOOP("LetterForm", "Role"), ROLE_LABELS),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("LetterForm", "Applicant"),
        (("applicant.name", QT_TRANSLATE_NOOP("LetterForm", "Applicant's full name"), "text"),),
    ),
    (
        QT_TRANSLATE_NOOP("LetterForm", "Position"),
        (
            ("position.title", QT_TRANSLATE_NOOP("LetterForm", "Job title"), "text"),
            (
                "position.noc",
                QT_TRANSLATE_NOOP("LetterForm", "NOC 2021 code (choose with search)"),
                "text",
            ),
            ("position.start", QT_TRANSLATE_NOOP("LetterForm", "Start date (YYYY-MM-DD)"), "date"),
            ("position.end", QT_TRANSLATE_NOOP("LetterForm", "End date (YYYY-MM-DD)"), "end"),
            (
                "position.hours_per_week",
                QT_TRANSLATE_NOOP("LetterForm", "Hours per week"),
                "number",
            ),
            ("position.salary.amount", QT_TRANSLATE_NOOP("LetterForm", "Salary amount"), "number"),
            ("position.salary.currency", QT_TRANSLATE_NOOP("LetterForm", "Currency"), "text"),
            ("position.salary.per", QT_TRANSLATE_NOOP("LetterForm", "Salary paid"), PERIOD_LABELS),
            ("position.benefits", QT_TRANSLATE_NOOP("LetterForm", "Benefits"), "text"),
            (
                "position.weeks_per_year",
                QT_TRANSLATE_NOOP("LetterForm", "Weeks per year"),
                "number",
            ),
            ("position.vacation", QT_TRANSLATE_NOOP("LetterForm", "Paid vacation"), "text"),
            ("position.location", QT_TRANSLATE_NOOP("LetterForm", "Work location"), "text"),
            ("position.in_canada", QT_TRANSLATE_NOOP("LetterForm", "Work done in Canada"), "bool"),
        ),
    ),
)


def parse_number(text: str) -> float | None:
    """ "40" -> 40.0, "52,000" -> 52000.0, "" -> None; ValueError for anything else."""
    cleaned = text.strip().replace(",", "").replace(" ", "")
    return float(cleaned) if cleaned else None


class LetterForm(QScrollArea):
    """All the letter's facts as a form; `widgets` maps field paths to their editors."""

    def __init__(self, presenter: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.widgets: dict[str, QWidget] = {}
        self._loading = False
        self.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.position_box = QComboBox()
        self.position_box.setAccessibleName(translate("LetterForm", "Position being edited"))
        add = QPushButton(translate("LetterForm", "Add position"))
        remove = QPushButton(translate("LetterForm", "Remove position"))
        add.setAccessibleName(translate("LetterForm", "Add a position held at the company"))
        remove.setAccessibleName(translate("LetterForm", "Remove the position being edited"))
        add.clicked.connect(presenter.add_position)
        remove.clicked.connect(lambda: presenter.remove_position(presenter.position_index))
        for title, fields in SECTIONS:
            group = QGroupBox(translate("LetterForm", title))
            form = QFormLayout(group)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            if title == "Position":
                row = QHBoxLayout()
                row.addWidget(self.position_box, 1)
                row.addWidget(add)
                row.addWidget(remove)
                form.addRow(translate("LetterForm", "Positions"), row)
            for path, name, kind in fields:
                shown = translate("LetterForm", name)
                form.addRow(shown, self._editor(path, shown, kind))
            layout.addWidget(group)
        layout.addStretch(1)
        self.setWidget(body)
        self.position_box.activated.connect(presenter.select_position)
        presenter.project_replaced.connect(self.load)
        presenter.position_selected.connect(lambda *_: self.load())
        presenter.field_changed.connect(self._field_changed)

    def _editor(self, path: str, label: str, kind: Any) -> QWidget:
        name = label.replace("&", "")
        if isinstance(kind, dict):
            widget: QWidget = QComboBox()
            for value, text in kind.items():
                widget.addItem(label_text(text), value)
            widget.currentIndexChanged.connect(
                lambda index, w=widget, p=path: self._set(p, w.itemData(index))
            )
        elif kind == "bool":
            widget = QCheckBox(translate("LetterForm", "Yes"))
            widget.toggled.connect(lambda value, p=path: self._set(p, value))
        elif kind == "end":
            widget = QWidget()
            row = QHBoxLayout(widget)
            row.setContentsMargins(0, 0, 0, 0)
            edit, current = QLineEdit(), QCheckBox(translate("LetterForm", "Current job"))
            edit.setAccessibleName(name)
            current.setAccessibleName(
                translate("LetterForm", "This is the current job (no end date)")
            )
            edit.textEdited.connect(lambda value, p=path: self._set(p, value.strip() or ""))
            current.toggled.connect(lambda on, e=edit, p=path: self._current(p, on, e))
            row.addWidget(edit, 1)
            row.addWidget(current)
            widget.edit, widget.current = edit, current  # type: ignore[attr-defined]
            self.widgets[path] = widget
            return widget
        else:
            widget = QLineEdit()
            if kind == "number":
                widget.setValidator(QDoubleValidator(0, 1e9, 2, widget))
                widget.textEdited.connect(lambda value, p=path: self._set_number(p, value))
            else:
                widget.textEdited.connect(lambda value, p=path: self._set(p, value))
            if kind == "date":
                widget.setPlaceholderText(translate("LetterForm", "YYYY-MM-DD"))
        widget.setAccessibleName(name)
        self.widgets[path] = widget
        return widget

    def real_path(self, path: str) -> str:
        """ "position.title" -> "positions[2].title" for the edited position."""
        if path.startswith("position."):
            return f"positions[{self.presenter.position_index}]." + path[len("position.") :]
        return path

    def _set(self, path: str, value: Any) -> None:
        if self._loading:
            return
        real = self.real_path(path)
        if path in ("position.start", "letter_date", "position.end") and value == "":
            value = None
        self.presenter.set_field(real, value)

    def _set_number(self, path: str, text: str) -> None:
        try:
            value = parse_number(text)
        except ValueError:
            return  # half-typed; the validator keeps it a number
        self._set(path, value)

    def _current(self, path: str, on: bool, edit: QLineEdit) -> None:
        edit.setEnabled(not on)
        if not self._loading:
            self._set(path, None if on else (edit.text().strip() or ""))

    def load(self) -> None:
        """Fill every editor from the project."""
        self._loading = True
        try:
            p = self.presenter
            self.position_box.clear()
            for i, position in enumerate(p.project.positions):
                self.position_box.addItem(position_label(position, i))
            self.position_box.setCurrentIndex(p.position_index)
            for path in self.widgets:
                self._show(path)
        finally:
            self._loading = False

    def _show(self, path: str) -> None:
        widget = self.widgets[path]
        value = self.presenter.value(self.real_path(path))
        if isinstance(widget, QComboBox):
            if widget.findData(value) < 0:  # a value from a file that the app does not know
                widget.addItem(
                    translate("LetterForm", "{value} (not a known choice)").format(value=value),
                    value,
                )
            widget.setCurrentIndex(widget.findData(value))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif hasattr(widget, "current"):
            widget.current.setChecked(value is None)
            widget.edit.setEnabled(value is not None)
            _set_text(widget.edit, value or "")
        else:
            _set_text(widget, "" if value is None else _number_text(value))

    def _field_changed(self, real: str) -> None:
        generic = _POSITION.sub("position.", real)
        if generic in self.widgets and (
            not real.startswith("positions[") or real.startswith(self.real_path("position."))
        ):
            self._loading = True
            try:
                self._show(generic)
                if generic in ("position.title", "position.start", "position.end"):
                    i = self.presenter.position_index
                    self.position_box.setItemText(i, position_label(self.presenter.position, i))
            finally:
                self._loading = False

    def widget_for(self, field: str) -> QWidget | None:
        """The editor of a finding's field path (position paths switch the edited position)."""
        match = re.match(r"^positions\[(\d+)\]\.(.*)$", field)
        if match:
            self.presenter.select_position(int(match.group(1)))
            field = "position." + match.group(2)
        while field and field not in self.widgets:
            field = field.rpartition(".")[0] if "." in field else ""
        widget = self.widgets.get(field)
        if widget is not None and hasattr(widget, "edit"):
            widget = widget.current if not widget.edit.isEnabled() else widget.edit
        return widget

    def go_to(self, field: str) -> bool:
        """Scroll to and focus the editor of a field path; False if the form has no such field."""
        widget = self.widget_for(field)
        if widget is None:
            return False
        self.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True


def _set_text(edit: QLineEdit, text: str) -> None:
    if edit.text() != text:
        edit.setText(text)


def _number_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
