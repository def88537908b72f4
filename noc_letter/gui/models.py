"""Qt models for the lists: search hits, duty rows, the main-duty checklist, findings."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)

from noc_letter.core.duty_text import DutyProblem, duty_problems
from noc_letter.gui import translation
from noc_letter.gui.icons import icon
from noc_letter.gui.labels import field_label
from noc_letter.gui.noc_text import matched_text, noc_title
from noc_letter.gui.wording import problem_message, problem_short, support_text, support_words

translate = QCoreApplication.translate

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
        return translate("Models", "TEER {teer} · skilled: {programs}").format(
            teer=teer, programs=", ".join(programs) or "FSW, CEC"
        )
    if programs:
        return translate(
            "Models", "TEER {teer} · not skilled for FSW/CEC (eligible: {programs})"
        ).format(teer=teer, programs=", ".join(programs))
    return translate("Models", "TEER {teer} · not skilled for FSW/CEC").format(teer=teer)


class SearchResultsModel(QAbstractListModel):
    """Search hits; each row shows code, title, TEER and the eligibility badge."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.hits: list[Any] = []
        self.eligibility: dict[str, dict[str, bool]] = {}
        self.catalogue: Any = None  # for the titles in the window's language

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
            return f"{hit.code}  {noc_title(self.catalogue, hit.code, hit.title)}\n{badge}"
        if role == DECORATION:
            return icon("eligible" if hit.teer <= 3 else "ineligible")
        if role == TOOLTIP:
            found = translate("Models", "Found by {how}").format(how=matched_text(hit.matched))
            return found + (f"\n{hit.note}" if hit.note else "")
        if role == USER:
            return hit.code
        return None


class DutyTableModel(QAbstractTableModel):
    """The current position's duty rows: include box, the text, and which NOC it supports."""

    INCLUDE, TEXT, SUPPORT = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("Models", "In letter"),
        QT_TRANSLATE_NOOP("Models", "Duty (your own words)"),
        QT_TRANSLATE_NOOP("Models", "Reads as"),
    )

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
            if orientation == Qt.Orientation.Horizontal:
                return translate("Models", self.HEADERS[section])
            return section + 1
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
            return "unclear", translate("Models", "Empty: describe it in your own words")
        check = self.presenter.check_for(duty.text)
        kind, label = support_text(check, self.presenter.target, self.presenter.matcher_ready)
        problem = self.problem(row)
        if problem is not None:
            label += f" · ⚠ {problem_short(problem)}"
        if not duty.include:
            label += translate("Models", " · not in letter")
        return kind, label

    def data(self, index: QModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        duty, column = self._duties()[index.row()], index.column()
        if column == self.INCLUDE:
            if role == CHECK:
                return Qt.CheckState.Checked if duty.include else Qt.CheckState.Unchecked
            if role in (ACCESSIBLE, TOOLTIP):
                return (
                    translate("Models", "Included in the letter")
                    if duty.include
                    else translate("Models", "Left out of the letter")
                )
            return None
        if column == self.TEXT:
            if role in (DISPLAY, EDIT, ACCESSIBLE):
                if role == DISPLAY and not duty.text.strip() and duty.noc_duty:
                    return translate("Models", "(your words for: {duty})").format(
                        duty=duty.noc_duty
                    )
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
            reason = check.reason if check else support_words(kind)
            problem = self.problem(index.row())
            return f"{problem_message(problem)}\n\n{reason}" if problem is not None else reason
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
    note = translate(
        "Models", "{count} characters; the whole duty is in the editor below the list."
    ).format(count=f"{len(duty.text):,}")
    return f"<p>{full}</p><p><i>{html.escape(note)}</i><br>{source}</p>"


def _source_text(duty: Any) -> str:
    if duty.source == "noc_duty":
        return translate("Models", "Your words for the NOC duty: {duty}").format(duty=duty.noc_duty)
    if duty.source == "suggestion":
        picked = (duty.provenance or {}).get("picked")
        if picked:  # a verb picked from a choice (core.rewording)
            return translate(
                "Models", "Your pick: “{verb}”, from the target's verbs (keep it only if true)"
            ).format(verb=picked)
        return translate(
            "Models", "An accepted suggestion (its provenance is saved with the project)"
        )
    if duty.source == "pasted":
        return translate("Models", "Pasted")
    return translate("Models", "Typed by you")


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
        lang = translation.current()
        self.sentences = [d.text for d in group.duties_in(lang)] if group else []
        # the core's indexes of covered duties point into the English list
        self._english = group is None or group.duties_in(lang) == group.main_duties
        self.covered = set()
        self.endResetModel()

    def _ticks_changed(self, *_args: Any) -> None:
        if self.sentences:
            self.dataChanged.emit(self.index(0), self.index(len(self.sentences) - 1))

    def _reading(self, reading: Any) -> None:
        assessment = getattr(reading, "assessment", None)
        done = [c for c in assessment.covered_main_duties if c.covered] if assessment else []
        if self._english:
            self.covered = {c.index for c in done}
        else:  # a French list: a duty is marked when the reading names that very sentence
            texts = {c.text for c in done}
            self.covered = {i for i, s in enumerate(self.sentences) if s in texts}
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
            mark = "\n" + translate("Models", "✓ covered by your duties") if covered else ""
            return sentence + mark
        if role == CHECK:
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == ACCESSIBLE:
            state = (
                translate("Models", "I do this") if ticked else translate("Models", "Not ticked")
            )
            extra = " " + translate("Models", "Covered.") if covered else ""
            return f"{sentence}. {state}.{extra}"
        if role == TOOLTIP:
            return translate(
                "Models", "Tick if you really do this; you then describe it in your own words."
            )
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
        error = finding.severity == "error"
        word = translate("Models", "Needed") if error else translate("Models", "Advice")
        if role in (DISPLAY, ACCESSIBLE):
            return translate("Models", "{kind}: {message}").format(
                kind=word, message=finding.message
            )
        if role == DECORATION:
            return icon("error" if error else "warning")
        if role == TOOLTIP:
            return translate("Models", "Go to {field}").format(
                field=field_label(finding.field, self.positions)
            )
        if role == USER:
            return finding.field
        return None
