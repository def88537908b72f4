"""Write the duties: rows to edit, reorder, include or exclude; live NOC highlight; suggestions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from noc_letter.gui.duty_detail import detail_html
from noc_letter.gui.models import DutyTableModel
from noc_letter.gui.position_bar import PositionBar
from noc_letter.gui.suggestion_box import SuggestionBox

translate = QCoreApplication.translate
AUTO_HEIGHT_ROWS = 150  # above this many rows, rows keep a fixed height (fast with 500 duties)
MAX_ROW_LINES = 4


class DutyTextEdit(QPlainTextEdit):
    """The text box of the selected duty; a pasted multi-line block becomes several duty rows."""

    def __init__(self, on_block: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on_block = on_block
        self.setTabChangesFocus(True)

    def insertFromMimeData(self, source: Any) -> None:  # noqa: N802 - Qt override
        text = source.text() if source.hasText() else ""
        if "\n" in text.strip():
            self.on_block(text)
            return
        super().insertFromMimeData(source)


class DutyEditor(QWidget):
    """The duty table, the editor of the selected duty, its evidence and suggestions."""

    def __init__(self, presenter: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.row: int | None = None
        self._loading = False
        self.model = DutyTableModel(presenter, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("DutyEditor", "Your duties"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        # A long duty never fills the table: its row stops at MAX_ROW_LINES lines (the text is
        # cut with "…" and whole in the tooltip and the editor below).
        self.table.verticalHeader().setMaximumSectionSize(
            self.fontMetrics().lineSpacing() * MAX_ROW_LINES + 12
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)  # sizing by content is slow
        in_letter = self.model.headerData(0, Qt.Orientation.Horizontal)
        header.resizeSection(0, self.fontMetrics().horizontalAdvance(in_letter) + 24)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, self.fontMetrics().horizontalAdvance("M") * 20)
        buttons = QHBoxLayout()
        self.add_button = self._button(
            translate("DutyEditor", "&Add duty"),
            translate("DutyEditor", "Add an empty duty row"),
            buttons,
        )
        self.paste_button = self._button(
            translate("DutyEditor", "Paste duties"),
            translate("DutyEditor", "Paste a list of duties from the clipboard, one row per duty"),
            buttons,
        )
        self.up_button = self._button(
            translate("DutyEditor", "Move up"),
            translate("DutyEditor", "Move the selected duty up (Alt+Up)"),
            buttons,
        )
        self.down_button = self._button(
            translate("DutyEditor", "Move down"),
            translate("DutyEditor", "Move the selected duty down (Alt+Down)"),
            buttons,
        )
        self.remove_button = self._button(
            translate("DutyEditor", "Remove"),
            translate("DutyEditor", "Remove the selected duty"),
            buttons,
        )
        self.suggest_button = self._button(
            translate("DutyEditor", "&Suggest wording"),
            translate("DutyEditor", "Suggest rewordings of the selected duty that keep your facts"),
            buttons,
        )
        buttons.addStretch(1)
        self.editor = DutyTextEdit(presenter.add_pasted)
        self.editor.setAccessibleName(translate("DutyEditor", "Text of the selected duty"))
        self.editor.setPlaceholderText(
            translate("DutyEditor", "Select or add a duty, then describe what you do.")
        )
        self.editor.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(translate("DutyEditor", "Why this duty reads as it does"))
        self.suggestions = SuggestionBox(presenter, self)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.detail)
        lower.addWidget(self.suggestions)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.position_bar = PositionBar(presenter)
        top_layout.addWidget(self.position_bar)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.table, 1)
        label = QLabel(translate("DutyEditor", "Selected &duty, in your own words:"))
        label.setBuddy(self.editor)
        top_layout.addWidget(label)
        top_layout.addWidget(self.editor)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self._connect()

    def _button(self, text: str, name: str, layout: QHBoxLayout) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setToolTip(name)
        layout.addWidget(button)
        return button

    def _connect(self) -> None:
        p = self.presenter
        self.add_button.clicked.connect(lambda: (p.add_duty(), self.editor.setFocus()))
        self.paste_button.clicked.connect(self.paste_clipboard)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button.clicked.connect(self.remove_selected)
        self.suggest_button.clicked.connect(self.suggest)
        self.editor.textChanged.connect(self._typed)
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _old: self.select(cur.row())
        )
        p.duties_changed.connect(self._duties_changed)
        p.project_replaced.connect(lambda: self._duties_changed(p.position_index, 0))
        p.duty_text_changed.connect(self._text_changed)
        p.checks_updated.connect(self.update_detail)
        p.target_changed.connect(lambda *_: self.update_detail())
        QShortcut(QKeySequence("Alt+Up"), self, lambda: self._move(-1))
        QShortcut(QKeySequence("Alt+Down"), self, lambda: self._move(1))
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.activated.connect(self.remove_selected)

    # ------------------------------------------------------------------------------ actions

    def paste_clipboard(self) -> None:
        """Add the clipboard's text as duty rows (split into duties); an empty clipboard is
        said so in the status bar."""
        self.presenter.add_pasted(QGuiApplication.clipboard().text())

    def _move(self, offset: int) -> None:
        if self.row is not None:
            self.presenter.move_duty(self.row, offset)

    def remove_selected(self) -> None:
        """Remove the selected rows."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.row is not None:
            rows = [self.row]
        self.presenter.remove_duties(rows)

    def suggest(self) -> None:
        """Ask for rewordings of the selected duty."""
        if self.row is not None:
            self.suggestions.request(self.row)

    # ------------------------------------------------------------------------- presenter → view

    def _duties_changed(self, position: int, select: Any) -> None:
        count = self.model.rowCount()
        mode = (
            QHeaderView.ResizeMode.ResizeToContents
            if count <= AUTO_HEIGHT_ROWS
            else QHeaderView.ResizeMode.Interactive
        )
        self.table.verticalHeader().setSectionResizeMode(mode)
        row = select if isinstance(select, int) else self.row
        if row is None or row >= count:
            row = count - 1 if count else None
        self.select(row, move_cursor=True)

    def select(self, row: int | None, move_cursor: bool = False) -> None:
        """Make `row` the duty being edited (None: nothing selected)."""
        if row is not None and not 0 <= row < self.model.rowCount():
            row = None
        self.row = row
        if move_cursor and row is not None:
            index = self.model.index(row, 1)
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.selectionModel().setCurrentIndex(index, flags)
            self.table.scrollTo(index)
        self._load_editor()
        self.suggestions.clear()
        self.update_detail()

    def _load_editor(self) -> None:
        duty = self._duty()
        self._loading = True
        try:
            self.editor.setEnabled(duty is not None)
            text = duty.text if duty else ""
            if self.editor.toPlainText() != text:
                self.editor.setPlainText(text)
                self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)
            hint = translate("DutyEditor", "Describe what you do, in your own words.")
            if duty is not None and duty.noc_duty:
                hint = translate(
                    "DutyEditor", "In your own words, how do you do this? (NOC: {duty})"
                ).format(duty=duty.noc_duty)
            self.editor.setPlaceholderText(
                hint if duty else translate("DutyEditor", "Select or add a duty.")
            )
        finally:
            self._loading = False

    def _text_changed(self, position: int, row: int) -> None:
        if row == self.row and not self._loading:
            duty = self._duty()
            if duty is not None and duty.text != self.editor.toPlainText():
                self._load_editor()
        if self.model.rowCount() <= AUTO_HEIGHT_ROWS:
            self.table.resizeRowToContents(row)

    def _typed(self) -> None:
        if self._loading or self.row is None:
            return
        self.presenter.set_duty_text(self.row, self.editor.toPlainText())

    def _duty(self) -> Any:
        duties = self.presenter.position.duties
        return duties[self.row] if self.row is not None and self.row < len(duties) else None

    def update_detail(self) -> None:
        """Show the evidence and copy-guard warning of the selected duty."""
        duty = self._duty()
        check = self.presenter.check_for(duty.text) if duty is not None else None
        problem = self.model.problem(self.row) if self.row is not None else None
        html = detail_html(
            duty, check, self.presenter.target, self.presenter.matcher_ready, problem
        )
        self.detail.setHtml(html)
