"""The presenter: holds the Project and its undo stack, talks to the core, tells views what changed.

Views call its methods with the person's intent (type a duty, tick a NOC duty, accept a
suggestion); every change goes through an undo command. Heavy work (matching, suggestions,
export) goes to the one background runner; results come back as signals. Dialogs are asked of a
`view` object (see FileView in files.py), so tests can drive the presenter with a fake view.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from noc_letter.core.letter import Duty, Position, Project
from noc_letter.gui import services, translation
from noc_letter.gui.noc_duty_rows import NocDutyRows
from noc_letter.gui.paste import split_paste
from noc_letter.gui.services import DutyCheck, LetterReading, SuggestionItem
from noc_letter.gui.undo import ChangeDuties, ChangePositions, SetDutyText, SetField, get_path

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

DUTY_DEBOUNCE_MS = 130  # live highlight: check a duty this long after the last keystroke
LETTER_DEBOUNCE_MS = 700  # whole-letter reading: after a longer pause
FINDINGS_DEBOUNCE_MS = 250
# A replaced project is read this long after it is shown, so the window repaints before the
# worker starts on a long letter (both need the interpreter; together they stall the GUI).
SETTLE_MS = 60


def _fresh_project() -> Project:
    return Project(positions=[Position()])


class Presenter(QObject, NocDutyRows):
    """Application logic of the main window, testable without it."""

    project_replaced = Signal()
    field_changed = Signal(str)
    duties_changed = Signal(int, object)  # position, row to select (or None)
    duty_text_changed = Signal(int, int)
    position_selected = Signal(int)
    target_changed = Signal(str)
    checks_updated = Signal()
    reading_updated = Signal(object)  # LetterReading or None
    suggestions_ready = Signal(int, object)  # row, SuggestionView
    findings_updated = Signal(object, str)  # list[Finding], hours text
    matcher_status = Signal(str, bool)  # message, ready
    search_ready = Signal()
    message = Signal(str)

    def __init__(self, runner: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.project = _fresh_project()
        self.path: str | None = None
        self.undo = QUndoStack(self)
        self.position_index = 0
        self.search: Any = None
        self.matcher_ready = False
        self._french_requested = False  # the French reading was queued to load (once)
        self.checks: dict[tuple[str, str], DutyCheck] = {}
        self.reading: LetterReading | None = None
        self.findings: list[Any] = []
        self.hours_text = ""
        self.last_check_shown: float | None = None  # perf_counter of the last live highlight
        self._dirty_rows: set[tuple[int, int]] = set()
        self._duty_timer = self._timer(DUTY_DEBOUNCE_MS, self._check_dirty_rows)
        self._letter_timer = self._timer(LETTER_DEBOUNCE_MS, self.read_letter)
        self._findings_timer = self._timer(FINDINGS_DEBOUNCE_MS, self.update_findings)
        self._settle_timer = self._timer(SETTLE_MS, self.read_letter)

    def _timer(self, ms: int, slot: Any) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    def set_debounce(self, duty_ms: int, letter_ms: int, findings_ms: int = 0) -> None:
        """Change the debounce delays (tests use 0)."""
        self._duty_timer.setInterval(duty_ms)
        self._letter_timer.setInterval(letter_ms)
        self._settle_timer.setInterval(min(SETTLE_MS, letter_ms))
        self._findings_timer.setInterval(findings_ms)

    def flush(self) -> None:
        """Run every pending debounced job now (tests and the screenshot command use this)."""
        for timer, slot in (
            (self._duty_timer, self._check_dirty_rows),
            (self._letter_timer, self.read_letter),
            (self._settle_timer, self.read_letter),
            (self._findings_timer, self.update_findings),
        ):
            if timer.isActive():
                timer.stop()
                slot()

    # ------------------------------------------------------------------------------ start-up

    def start_loading(self) -> None:
        """Queue the search index, the copy guard and the matcher on the background runner."""
        self.matcher_status.emit(translate("Presenter", "Loading the NOC catalogue…"), False)
        services.pause_collector()
        self.runner.submit(
            services.load_search, on_done=self._search_loaded, on_error=self._load_failed
        )
        self.runner.submit(services.warm_guard, on_error=self._load_failed)
        self.runner.submit(
            services.load_matcher, on_done=self._matcher_loaded, on_error=self._load_failed
        )
        self.runner.submit(services.keep_loaded, on_error=self._load_failed)

    def shutdown(self) -> None:
        """Stop background work (the window is closing); queued jobs are dropped."""
        self.runner.shutdown()
        services.resume_collector()  # in case the loading jobs were among those dropped

    def _search_loaded(self, search: Any) -> None:
        self.search = search
        self.search_ready.emit()
        self.matcher_status.emit(
            translate("Presenter", "Catalogue ready; loading the duty matcher (spaCy)…"), False
        )

    def _matcher_loaded(self, matcher: Any) -> None:
        self.matcher_ready = True
        problem = services.meaning_problem(matcher)
        if problem:
            log.warning("duty matcher without the meaning model: %s", problem)
        self.matcher_status.emit(
            translate("Presenter", "Duty matcher ready (word matching only: {problem})").format(
                problem=problem
            )
            if problem
            else translate("Presenter", "Duty matcher ready"),
            True,
        )
        self.read_letter()
        self._prepare_french_if_likely()

    def _prepare_french_if_likely(self) -> None:
        """In a French window or letter, load the French reading now, not on the first duty."""
        french = self.project.language == "fr" or translation.current() == "fr"
        if french and self.matcher_ready and not self._french_requested:
            self._french_requested = True
            self.runner.submit(services.prepare_french, on_error=self._french_failed)

    def _french_failed(self, error: BaseException) -> None:
        # English reading goes on; French duties are read as English (said in the log).
        log.error("the French reading could not be loaded", exc_info=error)

    def _load_failed(self, error: BaseException) -> None:
        log.error("loading failed", exc_info=error)
        self.matcher_status.emit(
            translate("Presenter", "Matching unavailable: {error}").format(
                error=f"{type(error).__name__}: {error}"
            ),
            False,
        )

    # ----------------------------------------------------------------------------- accessors

    @property
    def position(self) -> Position:
        """The position being edited."""
        return self.project.positions[self.position_index]

    @property
    def target(self) -> str:
        """The target NOC code of the current position ("" when none is chosen)."""
        return self.position.noc.strip()

    @property
    def dirty(self) -> bool:
        """True when there are unsaved changes."""
        return not self.undo.isClean()

    def check_for(self, text: str) -> DutyCheck | None:
        """The latest check of a duty text against the current target, if computed."""
        return self.checks.get((text, self.target))

    def value(self, path: str) -> Any:
        """The value of a field path, e.g. "employer.email"."""
        return get_path(self.project, path)

    # --------------------------------------------------------------------------- replacement

    def replace_project(self, project: Project, path: str | None, *, clean: bool = True) -> None:
        """Show another project (new, opened or restored); clears undo history."""
        if not project.positions:
            project.positions.append(Position())
        self.project, self.path = project, path
        self.position_index = 0
        self.undo.clear()
        if not clean:  # a restored project is unsaved work: make the stack dirty
            self.undo.resetClean()
        self.reading = None
        self.project_replaced.emit()
        self.target_changed.emit(self.target)
        self._settle_timer.start()
        self._findings_timer.start()
        self._prepare_french_if_likely()

    def select_position(self, index: int) -> None:
        """Edit another position."""
        if 0 <= index < len(self.project.positions) and index != self.position_index:
            self.position_index = index
            self.position_selected.emit(index)
            self.target_changed.emit(self.target)
            self.duties_changed.emit(index, None)
            self.read_letter()

    # ---------------------------------------------------------------------------- field edits

    def set_field(self, path: str, value: Any) -> None:
        """Change a form field (undoable)."""
        old = get_path(self.project, path)
        if old != value:
            self.undo.push(SetField(self, path, old, value))

    def set_target(self, code: str) -> None:
        """Choose the target NOC of the current position (undoable)."""
        self.set_field(f"positions[{self.position_index}].noc", code)

    def apply_field(self, path: str, value: Any) -> None:
        """Called by undo commands: set the value and notify."""
        from noc_letter.gui.undo import set_path

        set_path(self.project, path, value)
        self.field_changed.emit(path)
        if path.endswith(".noc"):
            self.target_changed.emit(self.target)
            self.checks_updated.emit()
            self.read_letter()
        if path.endswith(".title") or path.endswith(".noc"):
            self.duties_changed.emit(self.position_index, None)
        self._findings_timer.start()

    def add_position(self) -> None:
        """Add an empty position and edit it (undoable)."""
        self.undo.push(
            ChangePositions(
                self, translate("Presenter", "Add position"), lambda ps: ps.append(Position())
            )
        )
        self.select_position(len(self.project.positions) - 1)

    def remove_position(self, index: int) -> None:
        """Remove a position (undoable); the last one cannot be removed."""
        if len(self.project.positions) > 1 and 0 <= index < len(self.project.positions):
            self.undo.push(
                ChangePositions(
                    self, translate("Presenter", "Remove position"), lambda ps: ps.pop(index)
                )
            )

    def apply_positions(self, positions: list[Position]) -> None:
        """Called by undo commands."""
        self.project.positions = positions
        self.position_index = min(self.position_index, len(positions) - 1)
        self.project_replaced.emit()
        self.target_changed.emit(self.target)
        self._settle_timer.start()
        self._findings_timer.start()

    # -------------------------------------------------------------------------------- duties

    def _change(self, text: str, change: Any, select: int | None = None) -> None:
        self.undo.push(ChangeDuties(self, self.position_index, text, change, select))

    def add_duty(self, text: str = "", source: str = "typed") -> int:
        """Add a duty row at the end and select it; returns its row."""
        row = len(self.position.duties)
        self._change(
            translate("Presenter", "Add duty"),
            lambda ds: ds.append(Duty(text=text, source=source)),
            row,
        )
        return row

    def add_pasted(self, block: str) -> int:
        """Split a pasted block into duty rows (source "pasted"); returns how many were added.

        Nothing to paste, or nothing that reads as a duty, is said in a message."""
        found, problem = split_paste(block, services.MAX_DUTIES - len(self.position.duties))
        if problem:
            self.message.emit(problem)
            return 0
        start = len(self.position.duties)
        new = [Duty(text=s.text, source="pasted", share=s.share) for s in found]
        self._change(
            translate("Presenter", "Paste %n duties", "", len(new)),
            lambda ds: ds.extend(new),
            start,
        )
        return len(new)

    def set_duty_text(self, row: int, text: str) -> None:
        """The person typed in a duty row (undoable; keystrokes merge)."""
        duties = self.position.duties
        if 0 <= row < len(duties) and duties[row].text != text:
            self.undo.push(SetDutyText(self, self.position_index, row, duties[row].text, text))

    def apply_duty_text(self, position: int, row: int, text: str) -> None:
        """Called by undo commands: set the text, schedule the live check."""
        self.project.positions[position].duties[row].text = text
        self.duty_text_changed.emit(position, row)
        if position == self.position_index:
            self._dirty_rows.add((position, row))
            self._duty_timer.start()
            self._letter_timer.start()
        self._findings_timer.start()

    def set_include(self, row: int, include: bool) -> None:
        """Include or exclude a duty from the letter (undoable)."""

        def change(ds: list[Duty]) -> None:
            ds[row].include = include

        self._change(
            translate("Presenter", "Include duty")
            if include
            else translate("Presenter", "Exclude duty"),
            change,
            row,
        )

    def move_duty(self, row: int, offset: int) -> None:
        """Move a duty up (-1) or down (+1) (undoable)."""
        to = row + offset
        if not (0 <= row < len(self.position.duties) and 0 <= to < len(self.position.duties)):
            return

        def change(ds: list[Duty]) -> None:
            ds.insert(to, ds.pop(row))

        self._change(translate("Presenter", "Move duty"), change, to)

    def remove_duties(self, rows: list[int]) -> None:
        """Remove duty rows (undoable)."""
        rows = sorted({r for r in rows if 0 <= r < len(self.position.duties)}, reverse=True)
        if not rows:
            return

        def change(ds: list[Duty]) -> None:
            for r in rows:
                ds.pop(r)

        self._change(
            translate("Presenter", "Remove duty")
            if len(rows) == 1
            else translate("Presenter", "Remove duties"),
            change,
            min(rows[-1], len(self.position.duties) - len(rows) - 1),
        )

    def apply_duties(self, position: int, duties: list[Duty], select: int | None) -> None:
        """Called by undo commands: replace the duty list and notify."""
        self.project.positions[position].duties = duties
        if position != self.position_index:
            self.position_index = position
            self.position_selected.emit(position)
        self.duties_changed.emit(position, select)
        self._letter_timer.start()
        self._findings_timer.start()
        missing = [r for r, d in enumerate(duties) if (d.text, self.target) not in self.checks]
        self._dirty_rows.update((position, r) for r in missing)
        self._duty_timer.start()

    # ------------------------------------------------------------------------------- checking

    def _check_dirty_rows(self) -> None:
        rows, self._dirty_rows = self._dirty_rows, set()
        if not self.matcher_ready:
            return
        target = self.target
        for position, row in sorted(rows):
            if position != self.position_index or row >= len(self.position.duties):
                continue
            text = self.position.duties[row].text
            if not text.strip() or (text, target) in self.checks:
                continue
            self.runner.submit(
                services.check_duty,
                text,
                target,
                on_done=self._check_done,
                on_error=self._check_failed,
                key=f"duty:{row}",
            )

    def _check_done(self, check: DutyCheck) -> None:
        self.checks[(check.text, check.target)] = check
        self.last_check_shown = time.perf_counter()
        self.checks_updated.emit()

    def _check_failed(self, error: BaseException) -> None:
        log.error("duty check failed", exc_info=error)
        self.message.emit(
            translate("Presenter", "A duty could not be checked: {error}").format(
                error=type(error).__name__
            )
        )

    def read_letter(self) -> None:
        """Queue the whole-letter reading of the current position (coalesced)."""
        self._letter_timer.stop()
        self._settle_timer.stop()
        if not self.matcher_ready:
            return
        duties = [d for d in self.position.duties if d.include and d.text.strip()]
        left_out = [d.text for d in self.position.duties if not d.include and d.text.strip()]
        self.runner.submit(
            services.read_letter,
            [d.text for d in duties],
            self.target,
            [d.share for d in duties],
            left_out,
            on_done=self._letter_done,
            on_error=self._check_failed,
            key="letter",
        )

    def _letter_done(self, reading: LetterReading) -> None:
        for check in reading.checks:
            self.checks[(check.text, check.target)] = check
        if reading.target == self.target:
            self.reading = reading
            self.reading_updated.emit(reading)
        self.checks_updated.emit()

    # ---------------------------------------------------------------------------- suggestions

    def request_suggestions(self, row: int) -> None:
        """Ask for rewordings of one duty (background)."""
        if not 0 <= row < len(self.position.duties):
            return
        text, target = self.position.duties[row].text, self.target
        self.runner.submit(
            services.suggest,
            text,
            target,
            on_done=lambda view: self.suggestions_ready.emit(row, view),
            on_error=self._check_failed,
            key="suggest",
        )

    def accept_suggestion(self, row: int, item: SuggestionItem) -> None:
        """Put an accepted rewording in the row, recording where it came from (undoable)."""

        def change(ds: list[Duty]) -> None:
            old = ds[row]
            provenance = dict(item.provenance)
            if old.noc_duty:
                provenance.setdefault("noc_duty", old.noc_duty)
            ds[row] = Duty(
                text=item.text,
                include=old.include,
                source="suggestion",
                noc_duty=old.noc_duty,
                provenance=provenance,
                share=old.share,
            )

        self._change(translate("Presenter", "Accept suggestion"), change, row)

    # ------------------------------------------------------------------------------- findings

    def update_findings(self) -> None:
        """Recompute the completeness findings and the hours summary (fast; GUI thread)."""
        from noc_letter.core.completeness import check
        from noc_letter.core.hours import hours_summary, render_hours

        try:
            self.findings = check(self.project)
            lang = translation.current()  # the window's language
            self.hours_text = render_hours(hours_summary(self.project, lang=lang), lang)
        except Exception as error:  # noqa: BLE001 - a half-typed value must not stop the window
            log.error("completeness check failed", exc_info=error)
            self.hours_text = translate("Presenter", "The check could not run: {error}").format(
                error=type(error).__name__
            )
        self.findings_updated.emit(self.findings, self.hours_text)
