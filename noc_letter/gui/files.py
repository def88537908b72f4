"""File actions: New, Open, Save, Save As, recent files, autosave/recovery, export, checklist.

Dialogs are asked of a `FileView` (the main window, or a fake in tests); nothing here shows a
widget itself. Every failure becomes a plain message and leaves the open work untouched.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from noc_letter.core.project import EXTENSION, ProjectError, load_project, save_project
from noc_letter.gui import services
from noc_letter.gui.autosave import Autosaver, Recovery, load_recovery
from noc_letter.gui.presenter import Presenter, _fresh_project
from noc_letter.gui.settings import Settings

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class FileView(Protocol):
    """What the file actions need from the window (a fake implements it in tests)."""

    def ask_save_changes(self) -> str: ...  # "save" | "discard" | "cancel"
    def ask_open_path(self) -> str | None: ...
    def ask_save_path(self, suggested: str) -> str | None: ...
    def ask_export_path(self, suggested: str, kind: str) -> str | None: ...
    def ask_restore(self, recoveries: list[Recovery]) -> bool: ...
    def show_error(self, title: str, message: str) -> None: ...
    def show_info(self, title: str, message: str) -> None: ...


class FileActions(QObject):
    """Keeps the project file, the recent list, the recovery file and exports in order."""

    saved = Signal(str)  # "last saved" text
    recent_changed = Signal()

    def __init__(self, presenter: Presenter, view: FileView, settings: Settings) -> None:
        super().__init__(presenter)
        self.presenter, self.view, self.settings = presenter, view, settings
        self.autosaver = Autosaver(settings.folder)
        self.last_saved: dt.datetime | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(max(5, settings.get_int("autosave_seconds")) * 1000)
        self.timer.timeout.connect(self.autosave)
        self.timer.start()
        presenter.undo.cleanChanged.connect(lambda _clean: self._clean_changed())

    # ------------------------------------------------------------------------ documents

    def confirm_discard(self) -> bool:
        """Before replacing or closing unsaved work: ask to save; False means "stay"."""
        if not self.presenter.dirty:
            return True
        answer = self.view.ask_save_changes()
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.autosaver.discard()
            return True
        return False

    def new(self) -> bool:
        """Start an empty project."""
        if not self.confirm_discard():
            return False
        self.presenter.replace_project(_fresh_project(), None)
        self.last_saved = None
        self.saved.emit(translate("FileActions", "Not saved yet"))
        return True

    def open(self, path: str | None = None) -> bool:
        """Open a project file (asks for one when `path` is None); errors keep the current work."""
        if not self.confirm_discard():
            return False
        path = path or self.view.ask_open_path()
        if not path:
            return False
        try:
            project = load_project(path)
        except ProjectError as error:
            self.view.show_error(translate("FileActions", "Cannot open the project"), str(error))
            return False
        self.autosaver.discard()
        self.presenter.replace_project(project, str(path))
        self._remember(path)
        self.last_saved = dt.datetime.fromtimestamp(Path(path).stat().st_mtime)
        self.saved.emit(self.saved_text())
        return True

    def save(self) -> bool:
        """Save to the current file, or ask for one; returns True when saved."""
        if not self.presenter.path:
            return self.save_as()
        return self._save_to(self.presenter.path)

    def save_as(self) -> bool:
        """Save under a new name."""
        suggested = self.presenter.path or str(
            Path(self.settings.get_str("last_folder") or Path.home()) / f"letter{EXTENSION}"
        )
        path = self.view.ask_save_path(suggested)
        if not path:
            return False
        if not Path(path).suffix:
            path += EXTENSION
        return self._save_to(path)

    def _save_to(self, path: str) -> bool:
        try:
            save_project(self.presenter.project, path)
        except ProjectError as error:
            self.view.show_error(
                translate("FileActions", "Cannot save the project"),
                f"{error}\n\n" + translate("FileActions", "Your work is still open."),
            )
            return False
        self.presenter.path = str(path)
        self.presenter.undo.setClean()
        self.autosaver.discard()
        self.last_saved = dt.datetime.now()
        self._remember(path)
        self.saved.emit(self.saved_text())
        return True

    def _remember(self, path: str | os.PathLike[str]) -> None:
        self.settings.add_recent(path)
        self.settings.set("last_folder", str(Path(path).resolve().parent))
        self.recent_changed.emit()

    def saved_text(self) -> str:
        """The "last saved" indicator text."""
        if self.last_saved is None:
            return translate("FileActions", "Not saved yet")
        if self.presenter.dirty:
            text = translate("FileActions", "Last saved {time} (unsaved changes)")
        else:
            text = translate("FileActions", "Last saved {time} (all changes saved)")
        return text.format(time=f"{self.last_saved:%H:%M}")

    def _clean_changed(self) -> None:
        # the undo stack may emit while the presenter is being destroyed
        with contextlib.suppress(RuntimeError):
            self.saved.emit(self.saved_text())

    # ----------------------------------------------------------------------- recovery

    def autosave(self) -> None:
        """Write the recovery file when there are unsaved changes."""
        if not self.presenter.dirty:
            return
        try:
            self.autosaver.write(self.presenter.project, self.presenter.path)
        except (OSError, ValueError) as error:
            log.warning("autosave failed: %s", type(error).__name__)

    def offer_recovery(self) -> bool:
        """At start-up: if a crashed session left work, offer to restore the newest."""
        leftovers = self.autosaver.leftovers()
        if not leftovers or not self.view.ask_restore(leftovers):
            return False
        newest = leftovers[0]
        try:
            project = load_recovery(newest)
        except ProjectError as error:
            self.view.show_error(translate("FileActions", "Cannot restore"), str(error))
            return False
        self.presenter.replace_project(project, newest.original, clean=False)
        self.autosave()  # keep it safe under this session before removing the old copy
        for item in leftovers:
            item.path.unlink(missing_ok=True)
        return True

    def close(self) -> bool:
        """The window wants to close: True when it may (saved, discarded or nothing to save)."""
        if not self.confirm_discard():
            return False
        self.autosaver.discard()
        self.timer.stop()
        return True

    # ------------------------------------------------------------------------- export

    def export_docx(
        self,
        *,
        employer_template: bool = False,
        template: str | None = None,
        path: str | None = None,
    ) -> None:
        """Write the letter as DOCX in the background; the outcome is shown when done."""
        project = self.presenter.project
        name = (project.applicant.name or "reference-letter").replace(" ", "-")
        folder = self.settings.get_str("last_folder") or str(Path.home())
        path = path or self.view.ask_export_path(str(Path(folder) / f"{name}.docx"), "docx")
        if not path:
            return
        snapshot = copy.deepcopy(project)
        self.presenter.runner.submit(
            _build,
            snapshot,
            path,
            template,
            employer_template,
            on_done=self._exported,
            on_error=self._export_failed,
        )

    def _exported(self, result: Any) -> None:
        notes = "\n".join(f"• {w}" for w in result.warnings)
        saved = translate("FileActions", "Saved {path}.").format(path=result.path)
        self.view.show_info(
            translate("FileActions", "Letter exported"), saved + (f"\n\n{notes}" if notes else "")
        )

    def _export_failed(self, error: BaseException) -> None:
        if not isinstance(error, Exception):
            raise error
        self.view.show_error(
            translate("FileActions", "Export failed"),
            f"{error}\n\n" + translate("FileActions", "Nothing in your project was changed."),
        )

    def build_checklist(self, ready: Callable[[Any], None]) -> None:
        """Build the submission checklist with every finding of `check` (copy guard and how
        the duties read too) in the background; `ready(checklist)` runs on the GUI thread."""
        from noc_letter.core.export.checklist import checklist_items

        snapshot = copy.deepcopy(self.presenter.project)
        self.presenter.runner.submit(
            _full_findings,
            snapshot,
            on_done=lambda findings: ready(checklist_items(snapshot, findings=findings)),
            on_error=lambda error: self.view.show_error(
                translate("FileActions", "Cannot make the checklist"),
                f"{type(error).__name__}: {error}",
            ),
        )

    def save_checklist_pdf(self, path: str | None = None) -> bool:
        """Write the checklist as PDF (findings in the background, the PDF on the GUI thread).

        Returns:
            False when no file was chosen or writing failed; True when it was written (or is
            still being made in the background).
        """
        folder = self.settings.get_str("last_folder") or str(Path.home())
        path = path or self.view.ask_export_path(str(Path(folder) / "checklist.pdf"), "pdf")
        if not path:
            return False
        outcome: list[bool] = []
        self.build_checklist(lambda checklist: outcome.append(self._write_pdf(checklist, path)))
        return outcome[-1] if outcome else True

    def _write_pdf(self, checklist: Any, path: str) -> bool:
        from noc_letter.core.export import ExportError
        from noc_letter.gui.checklist_pdf import write_checklist_pdf

        try:
            out = write_checklist_pdf(checklist, path)
        except (ExportError, OSError) as error:
            self.view.show_error(translate("FileActions", "Cannot save the checklist"), str(error))
            return False
        self.view.show_info(
            translate("FileActions", "Checklist saved"),
            translate("FileActions", "Saved {path}.").format(path=out),
        )
        return True


def _full_findings(project: Any) -> list[Any]:
    """Worker: every finding of the check, with the copy guard and how the duties read."""
    from noc_letter.core.duty_checks import full_check

    return full_check(project)


def _build(project: Any, path: str, template: str | None, employer_template: bool) -> Any:
    """Worker: build the DOCX with the skilled duties first, in the order the preview shows."""
    from noc_letter.core.export import build_letter

    return build_letter(
        project,
        path,
        template=template,
        employer_template=employer_template,
        order=services.letter_order,
    )
