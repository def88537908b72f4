"""Qt models for the lists: search hits, duty rows, the main-duty checklist, findings."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, Qt

from noc_letter.core.duty_text import DutyProblem, duty_problems
from noc_letter.gui import services
from noc_letter.gui.icons import icon
from noc_letter.gui.labels import field_label

DISPLAY, EDIT, DECORATION = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.DecorationRole,
)
TOOLTIP, CHECK, USER = (
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.CheckStateRole,
    Qt.ItemDataRole.UserRole,
)
ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
KIND_ROLE = USER + 1
# A duty row shows this many characters at most (about four lines); the tooltip shows more
# and the editor below the table holds the whole text.
SHOWN_CHARS = 280
TOOLTIP_CHARS = 1500
_INVALID = QModelIndex()


def eligibility_text(teer: int, eligible: dict[str, bool] | None) -> str:
    """ "TEER 2 · skilled: FSW, CEC" / "TEER 4 · not skilled for FSW/CEC"."""
    programs = [k.upper() for k, ok in (eligible or {}).items() if ok]
    if teer <= 3:
        return f"TEER {teer} · skilled: {', '.join(programs) or 'FSW, CEC'}"
    extra = f" (eligible: {', '.join(programs)})" if programs else ""
    return f"TEER {teer} · not skilled for FSW/CEC{extra}"


class SearchResultsModel(QAbstractListModel):
    """Search hits; each row shows code, title, TEER and the eligibility badge."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.hits: list[Any] = []
        self.eligibility: dict[str, dict[str, bool]] = {}

    def set_hits(self, hits: list[Any], eligibility: dict[str, dict[str, bool]]) -> None:
        """Replace the hits (with each hit's program eligibility)."""
        self.beginResetModel()
        self.hits, self.eligibility = list(hits), eligibility
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = _INVALID) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: QModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        badge = eligibility_text(hit.teer, self.eligibility.get(hit.code))
        if role in (DISPLAY, ACCESSIBLE):
            return f"{hit.code}  {hit.title}\n{badge}"
        if role == DECORATION:
            return icon("eligible" if hit.teer <= 3 else "ineligible")
        if role == TOOLTIP:
            return f"Found by {hit.matched}" + (f"\n{hit.note}" if hit.note else "")
        if role == USER:
            return hit.code
        return None


class DutyTableModel(QAbstractTableModel):
    """The current position's duty rows: include box, the text, and which NOC it supports."""

    INCLUDE, TEXT, SUPPORT = range(3)
    HEADERS = ("In letter", "Duty (your own words)", "Reads as")

    def __init__(self, presenter: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self._problems: dict[int, DutyProblem] | None = None
        presenter.duties_changed.connect(self._reset)
        presenter.project_replaced.connect(self._reset)
        presenter.duty_text_changed.connect(self._row_changed)
        presenter.checks_updated.connect(self._checks_changed)

    def _duties(self) -> list[Any]:
        return self.presenter.position.duties

    def _reset(self, *_args: Any) -> None:
        self.beginResetModel()
        self._problems = None
        self.endResetModel()

    def _row_changed(self, position: int, row: int) -> None:
        if position == self.presenter.position_index and row < self.rowCount():
            self._problems = None  # a change in one row can make another one a repeat
            self.dataChanged.emit(self.index(row, 0), self.index(row, 2))
            self.dataChanged.emit(self.index(0, 2), self.index(self.rowCount() - 1, 2))

    def problem(self, row: int) -> DutyProblem | None:
        """What is wrong with a duty's text itself (no words, too long, a repeat), if anything."""
        if self._problems is None:
            self._problems = duty_problems(self._duties())
        return self._problems.get(row)

    def _checks_changed(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 2), self.index(self.rowCount() - 1, 2))

    def rowCount(self, parent: QModelIndex = _INVALID) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._duties())

    def columnCount(self, parent: QModelIndex = _INVALID) -> int:  # noqa: N802
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:  # noqa: N802
        if role == DISPLAY:
            return (
                self.HEADERS[section] if orientation == Qt.Orientation.Horizontal else section + 1
            )
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.INCLUDE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == self.TEXT:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def support(self, row: int) -> tuple[str, str]:
        """(kind, label) of a row's live highlight, with what is wrong with its text and
        "not in letter" for an unticked duty."""
        duty = self._duties()[row]
        if not duty.text.strip():
            return "unclear", "Empty: describe it in your own words"
        check = self.presenter.check_for(duty.text)
        kind, label = services.support_text(
            check, self.presenter.target, self.presenter.matcher_ready
        )
        problem = self.problem(row)
        if problem is not None:
            label += f" · ⚠ {problem.short}"
        if not duty.include:
            label += " · not in letter"
        return kind, label

    def data(self, index: QModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        duty, column = self._duties()[index.row()], index.column()
        if column == self.INCLUDE:
            if role == CHECK:
                return Qt.CheckState.Checked if duty.include else Qt.CheckState.Unchecked
            if role in (ACCESSIBLE, TOOLTIP):
                return "Included in the letter" if duty.include else "Left out of the letter"
            return None
        if column == self.TEXT:
            if role in (DISPLAY, EDIT, ACCESSIBLE):
                if role == DISPLAY and not duty.text.strip() and duty.noc_duty:
                    return f"(your words for: {duty.noc_duty})"
                return elided(duty.text) if role == DISPLAY else duty.text
            if role == TOOLTIP:
                return _text_tooltip(duty)
            return None
        kind, label = self.support(index.row())
        if role in (DISPLAY, ACCESSIBLE):
            return label
        if role == DECORATION:
            return icon(kind)
        if role == KIND_ROLE:
            return kind
        if role == TOOLTIP:
            check = self.presenter.check_for(duty.text)
            reason = check.reason if check else services.SUPPORT_WORDS[kind]
            problem = self.problem(index.row())
            return f"{problem.message()}\n\n{reason}" if problem is not None else reason
        return None

    def setData(self, index: QModelIndex, value: Any, role: int = EDIT) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        if index.column() == self.INCLUDE and role == CHECK:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            self.presenter.set_include(index.row(), checked)
            return True
        if index.column() == self.TEXT and role == EDIT:
            self.presenter.set_duty_text(index.row(), str(value))
            return True
        return False


def elided(text: str, limit: int = SHOWN_CHARS) -> str:
    """A duty as its table row shows it: the start of a long one, ended with "…"."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return text
    return flat[:limit].rsplit(" ", 1)[0].rstrip(" ,;:.") + " …"


def _text_tooltip(duty: Any) -> str:
    """Where the duty came from, and for a long one its whole text (wrapped, as rich text)."""
    source = html.escape(_source_text(duty))
    if len(duty.text) <= SHOWN_CHARS:
        return source
    full = html.escape(elided(duty.text, TOOLTIP_CHARS))
    return (
        f"<p>{full}</p><p><i>{len(duty.text):,} characters; the whole duty is in the editor "
        f"below the list.</i><br>{source}</p>"
    )


def _source_text(duty: Any) -> str:
    if duty.source == "noc_duty":
        return f"Your words for the NOC duty: {duty.noc_duty}"
    if duty.source == "suggestion":
        picked = (duty.provenance or {}).get("picked")
        if picked:  # a verb picked from a choice (core.rewording)
            return f"Your pick: “{picked}”, from the target's verbs (keep it only if true)"
        return "An accepted suggestion (its provenance is saved with the project)"
    return "Pasted" if duty.source == "pasted" else "Typed by you"


class MainDutiesModel(QAbstractListModel):
    """The target's main duties as a checklist: ticked = "I do this" (an own-words row exists)."""

    def __init__(self, presenter: Any, catalogue: Any = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.presenter, self.catalogue = presenter, catalogue
        self.sentences: list[str] = []
        self.covered: set[int] = set()
        presenter.target_changed.connect(self.refresh)
        presenter.duties_changed.connect(self._ticks_changed)
        presenter.project_replaced.connect(self.refresh)
        presenter.reading_updated.connect(self._reading)
        self.refresh()

    def set_catalogue(self, catalogue: Any) -> None:
        """Provide the catalogue once it is loaded."""
        self.catalogue = catalogue
        self.refresh()

    def refresh(self, *_args: Any) -> None:
        """Reload the sentences of the current target."""
        group = self.catalogue.find(self.presenter.target) if self.catalogue else None
        self.beginResetModel()
        self.sentences = [d.text for d in group.main_duties] if group else []
        self.covered = set()
        self.endResetModel()

    def _ticks_changed(self, *_args: Any) -> None:
        if self.sentences:
            self.dataChanged.emit(self.index(0), self.index(len(self.sentences) - 1))

    def _reading(self, reading: Any) -> None:
        assessment = getattr(reading, "assessment", None)
        self.covered = (
            {c.index for c in assessment.covered_main_duties if c.covered} if assessment else set()
        )
        self._ticks_changed()

    def rowCount(self, parent: QModelIndex = _INVALID) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.sentences)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def data(self, index: QModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        sentence = self.sentences[index.row()]
        ticked = sentence in self.presenter.ticked_noc_duties()
        covered = index.row() in self.covered
        if role == DISPLAY:
            return sentence + ("\n✓ covered by your duties" if covered else "")
        if role == CHECK:
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == ACCESSIBLE:
            state = "I do this" if ticked else "Not ticked"
            return f"{sentence}. {state}." + (" Covered." if covered else "")
        if role == TOOLTIP:
            return "Tick if you really do this; you then describe it in your own words."
        if role == USER:
            return sentence
        return None

    def setData(self, index: QModelIndex, value: Any, role: int = EDIT) -> bool:  # noqa: N802
        if role != CHECK or not index.isValid():
            return False
        self.presenter.tick_noc_duty(
            self.sentences[index.row()], Qt.CheckState(value) == Qt.CheckState.Checked
        )
        return True


class FindingsModel(QAbstractListModel):
    """Completeness findings; each row knows the field path it is about."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.findings: list[Any] = []
        self.positions = 1

    def set_findings(self, findings: list[Any], positions: int = 1) -> None:
        """Replace the findings (`positions`: how many the project has, to name them)."""
        self.beginResetModel()
        self.findings, self.positions = list(findings), positions
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = _INVALID) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.findings)

    def data(self, index: QModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        finding = self.findings[index.row()]
        word = "Needed" if finding.severity == "error" else "Advice"
        if role in (DISPLAY, ACCESSIBLE):
            return f"{word}: {finding.message}"
        if role == DECORATION:
            return icon("error" if finding.severity == "error" else "warning")
        if role == TOOLTIP:
            return f"Go to {field_label(finding.field, self.positions)}"
        if role == USER:
            return finding.field
        return None
