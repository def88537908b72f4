"""Autosave to a private recovery folder, and finding what a crashed session left behind.

Each running window writes `recovery/session-<pid>-<n>.nocletter` (readable by the user only)
while it has unsaved changes; the file is removed when the work is saved or deliberately
discarded. A recovery file whose process is gone at start-up is what a crash left: the window
offers to restore it.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from noc_letter.core.letter import Project
from noc_letter.core.project import ProjectError, project_from_dict, project_to_dict
from noc_letter.gui.settings import private_folder, write_private

RECOVERY_FOLDER = "recovery"
_SESSION = itertools.count(1)


@dataclass(frozen=True)
class Recovery:
    """A recovery file left by an earlier session."""

    path: Path
    original: str | None  # the project file it was opened from, if any
    saved_at: float  # time.time() of the autosave

    def describe(self) -> str:
        """One line for the restore prompt (no personal data, just file and time)."""
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(self.saved_at))
        name = Path(self.original).name if self.original else "an unsaved project"
        return f"{name}, autosaved {when}"


def recovery_folder(home: Path) -> Path:
    """The private recovery folder inside the data folder."""
    return private_folder(home / RECOVERY_FOLDER)


class Autosaver:
    """Writes and removes this session's recovery file (pure Python; the window owns the timer)."""

    def __init__(self, home: Path) -> None:
        self.folder = recovery_folder(home)
        self.path = self.folder / f"session-{os.getpid()}-{next(_SESSION)}.nocletter"
        self.last_written: float | None = None

    def write(self, project: Project, original: str | os.PathLike[str] | None) -> Path:
        """Save the project to this session's recovery file (atomic, mode 0600)."""
        data = project_to_dict(project)
        data["recovery"] = {
            "original": str(original) if original else None,
            "saved_at": time.time(),
        }
        try:
            encoded = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate (a broken paste): escape it, as files do
            encoded = json.dumps(data, ensure_ascii=True, indent=1).encode("ascii")
        write_private(self.path, encoded)
        self.last_written = time.time()
        return self.path

    def discard(self) -> None:
        """Remove this session's recovery file (work saved or deliberately thrown away)."""
        with contextlib.suppress(OSError):
            self.path.unlink()
        self.last_written = None

    def leftovers(self) -> list[Recovery]:
        """Recovery files of sessions that are no longer running, newest first."""
        found = []
        for path in self.folder.glob("session-*.nocletter"):
            if path == self.path or _alive(path):
                continue
            try:
                meta = json.loads(path.read_text(encoding="utf-8")).get("recovery") or {}
            except (OSError, ValueError, AttributeError):
                meta = {}
            saved = meta.get("saved_at") if isinstance(meta.get("saved_at"), int | float) else None
            original = meta.get("original") if isinstance(meta.get("original"), str) else None
            found.append(Recovery(path, original, saved or path.stat().st_mtime))
        return sorted(found, key=lambda r: -r.saved_at)


def load_recovery(recovery: Recovery) -> Project:
    """The project in a recovery file; ProjectError if it is damaged."""
    try:
        data = json.loads(recovery.path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ProjectError(f"The recovery file {recovery.path} cannot be read: {error}") from error
    if isinstance(data, dict):
        data.pop("recovery", None)
    return project_from_dict(data)


def _alive(path: Path) -> bool:
    """True when the process that wrote this recovery file is still running (POSIX only)."""
    try:
        pid = int(path.stem.split("-")[1])
    except (IndexError, ValueError):
        return False
    if pid == os.getpid():
        return True  # another window of this process
    if sys.platform == "win32":
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True
