"""Undoable edits of a Project (QUndoCommand subclasses) and field paths like "positions[0].title".

Every change the window makes to the project goes through one of these commands on the
presenter's QUndoStack, so undo/redo and the "unsaved changes" state (stack clean = saved)
are always right. Commands call `apply(...)` back on the presenter to notify the views.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from noc_letter.core.letter import Duty, Project
from noc_letter.gui.labels import edit_text

_STEP = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")
# Typing into one field is merged into one undo step per field (QUndoCommand ids).
FIELD_ID, DUTY_TEXT_ID = 1001, 1002


def resolve(project: Project, path: str) -> tuple[Any, str]:
    """The object holding the last attribute of `path`, and that attribute's name."""
    steps = path.split(".")
    target: Any = project
    for step in steps[:-1]:
        target = _step(target, step)
    name = steps[-1]
    if "[" in name:
        raise ValueError(f"path {path!r} must end with an attribute")
    if not hasattr(target, name):
        raise AttributeError(f"no field {path!r}")
    return target, name


def _step(target: Any, step: str) -> Any:
    match = _STEP.fullmatch(step)
    if not match:
        raise ValueError(f"bad path step {step!r}")
    value = getattr(target, match.group(1))
    return value[int(match.group(2))] if match.group(2) is not None else value


def get_path(project: Project, path: str) -> Any:
    """The value at a field path."""
    target, name = resolve(project, path)
    return getattr(target, name)


def set_path(project: Project, path: str, value: Any) -> None:
    """Set the value at a field path."""
    target, name = resolve(project, path)
    setattr(target, name, value)


class SetField(QUndoCommand):
    """Change one field of the letter form; consecutive edits of the same field merge."""

    def __init__(self, presenter: Any, path: str, old: Any, new: Any) -> None:
        super().__init__(edit_text(path))
        self.presenter, self.path, self.old, self.new = presenter, path, old, new

    def id(self) -> int:  # noqa: A003 - Qt override
        return FIELD_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, SetField) or other.path != self.path:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.presenter.apply_field(self.path, self.new)

    def undo(self) -> None:
        self.presenter.apply_field(self.path, self.old)


class SetDutyText(QUndoCommand):
    """Typing into one duty row; consecutive keystrokes in the same row merge into one step."""

    def __init__(self, presenter: Any, position: int, row: int, old: str, new: str) -> None:
        super().__init__(QCoreApplication.translate("Presenter", "Edit duty"))
        self.presenter, self.position, self.row, self.old, self.new = (
            presenter,
            position,
            row,
            old,
            new,
        )

    def id(self) -> int:  # noqa: A003 - Qt override
        return DUTY_TEXT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, SetDutyText):
            return False
        if (other.position, other.row) != (self.position, self.row):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.presenter.apply_duty_text(self.position, self.row, self.new)

    def undo(self) -> None:
        self.presenter.apply_duty_text(self.position, self.row, self.old)


class ChangeDuties(QUndoCommand):
    """Any structural change of one position's duty list (add, remove, move, include, accept).

    Keeps copies of the list before and after, so undo restores exactly what was there.
    """

    def __init__(
        self,
        presenter: Any,
        position: int,
        text: str,
        change: Callable[[list[Duty]], None],
        select: int | None = None,
    ) -> None:
        super().__init__(text)
        self.presenter, self.position, self.select = presenter, position, select
        duties = presenter.project.positions[position].duties
        self.before = copy.deepcopy(duties)
        after = copy.deepcopy(duties)
        change(after)
        self.after = after

    def redo(self) -> None:
        self.presenter.apply_duties(self.position, copy.deepcopy(self.after), self.select)

    def undo(self) -> None:
        self.presenter.apply_duties(self.position, copy.deepcopy(self.before), None)


class ChangePositions(QUndoCommand):
    """Add or remove a position (the whole positions list is kept before and after)."""

    def __init__(self, presenter: Any, text: str, change: Callable[[list[Any]], None]) -> None:
        super().__init__(text)
        self.presenter = presenter
        self.before = copy.deepcopy(presenter.project.positions)
        after = copy.deepcopy(self.before)
        change(after)
        self.after = after

    def redo(self) -> None:
        self.presenter.apply_positions(copy.deepcopy(self.after))

    def undo(self) -> None:
        self.presenter.apply_positions(copy.deepcopy(self.before))
