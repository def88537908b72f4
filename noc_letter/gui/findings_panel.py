"""What the letter still needs (completeness findings, click to go to the field) and the
qualifying-hours summary."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QListView, QPlainTextEdit, QSplitter, QVBoxLayout, QWidget

from noc_letter.gui.models import USER, FindingsModel

translate = QCoreApplication.translate


class FindingsPanel(QWidget):
    """Findings list + hours; emits `go_to(field_path)` when a finding is clicked or activated."""

    go_to = Signal(str)

    def __init__(self, presenter: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FindingsModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setAccessibleName(
            translate(
                "FindingsPanel", "What the letter still needs; activate one to go to its field"
            )
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.hours = QPlainTextEdit()
        self.hours.setReadOnly(True)
        self.hours.setAccessibleName(translate("FindingsPanel", "Qualifying hours summary"))
        split = QSplitter()
        split.setOrientation(split.orientation().Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.summary)
        top_layout.addWidget(self.list)
        split.addWidget(top)
        split.addWidget(self.hours)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.list.clicked.connect(self._activated)
        self.list.activated.connect(self._activated)
        self.presenter = presenter
        presenter.findings_updated.connect(self.show_findings)

    def _activated(self, index: Any) -> None:
        self.go_to.emit(index.data(USER))

    def show_findings(self, findings: list[Any], hours_text: str) -> None:
        """Show new findings (their messages in the window's language) and hours."""
        from noc_letter.core.finding_text import localise
        from noc_letter.gui.translation import current

        findings = localise(findings, current())
        self.model.set_findings(findings, len(self.presenter.project.positions))
        errors = sum(1 for f in findings if f.severity == "error")
        advice = len(findings) - errors
        self.summary.setText(
            translate("FindingsPanel", "Nothing missing.")
            if not findings
            else translate(
                "FindingsPanel", "{errors} needed, {advice} advice. Click one to go to the field."
            ).format(errors=errors, advice=advice)
        )
        self.hours.setPlainText(hours_text)
