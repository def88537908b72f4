"""Which position's duties are being edited (title, employer, dates), and a switch to another."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from noc_letter.gui.labels import position_label

translate = QCoreApplication.translate

# Edits that change what a position's label says.
_LABEL_FIELDS = ("employer.name", ".title", ".start", ".end")


class PositionBar(QWidget):
    """A line above the duty list: "Duties of: 2. Bookkeeper at …, 4 March 2019 to present"."""

    def __init__(self, presenter: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.box = QComboBox()
        self.box.setAccessibleName(
            translate("PositionBar", "Position whose duties you are editing")
        )
        label = QLabel(translate("PositionBar", "Duties &of:"))
        label.setBuddy(self.box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.box, 1)
        self.box.activated.connect(presenter.select_position)
        presenter.project_replaced.connect(self.refresh)
        presenter.position_selected.connect(lambda *_: self.refresh())
        presenter.field_changed.connect(self._field_changed)
        self.refresh()

    def refresh(self) -> None:
        """List the project's positions and show the one being edited."""
        project = self.presenter.project
        self.box.blockSignals(True)
        try:
            self.box.clear()
            for index, position in enumerate(project.positions):
                self.box.addItem(position_label(position, index, project.employer.name))
            self.box.setCurrentIndex(self.presenter.position_index)
        finally:
            self.box.blockSignals(False)
        several = len(project.positions) > 1
        self.box.setToolTip(
            translate(
                "PositionBar",
                "Choose the position whose duties you edit; each has its own duties in the letter.",
            )
            if several
            else translate(
                "PositionBar",
                "Add a position in Letter details if you held more than one at the company.",
            )
        )

    def _field_changed(self, path: str) -> None:
        if path.endswith(_LABEL_FIELDS):
            self.refresh()
