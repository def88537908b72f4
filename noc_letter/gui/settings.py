"""App settings and the user's data folder: one defaults table, typed getters, private files.

The data folder holds settings.json, the log and the recovery (autosave) folder. It is
`$NOC_LETTER_HOME` when set, else the platform's per-user data folder. Everything created there
is readable by the user only (folders 0700, files 0600 where the platform supports it).
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from pathlib import Path
from typing import Any

ENV_HOME = "NOC_LETTER_HOME"
APP_FOLDER = "noc-letter"
MAX_RECENT = 8

# Every setting the app knows, with its default; the type of the default is the setting's type.
DEFAULTS: dict[str, Any] = {
    "recent_files": [],
    "autosave_seconds": 30,
    "debug_logging": False,
    "last_folder": "",
    "language": "",  # the window's language: "" follows the system, else "en" or "fr"
}


def data_home() -> Path:
    """The user's data folder (created, private): $NOC_LETTER_HOME or the platform default."""
    override = os.environ.get(ENV_HOME, "").strip()
    if override:
        folder = Path(override).expanduser()
    elif sys.platform == "win32":
        folder = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming") / APP_FOLDER
    elif sys.platform == "darwin":
        folder = Path.home() / "Library" / "Application Support" / APP_FOLDER
    else:
        base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        folder = Path(base) / APP_FOLDER
    return private_folder(folder)


def private_folder(folder: Path) -> Path:
    """Create `folder` (and parents) if needed and make it readable by the user only."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):
        folder.chmod(0o700)
    return folder


def write_private(path: Path, data: bytes) -> None:
    """Write bytes atomically to a file only the user can read (0600)."""
    temp = path.with_name(f".{path.name}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    with contextlib.suppress(OSError):
        path.chmod(0o600)


class Settings:
    """Typed access to settings.json in the data folder; unknown keys are refused."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or data_home()
        self.path = self.folder / "settings.json"
        self._values = dict(DEFAULTS)
        try:
            stored = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            stored = {}
        if isinstance(stored, dict):
            for key, value in stored.items():
                if key in DEFAULTS and isinstance(value, type(DEFAULTS[key])):
                    self._values[key] = value

    def get(self, key: str) -> Any:
        """The value of a known setting (KeyError for an unknown one)."""
        if key not in DEFAULTS:
            raise KeyError(f"unknown setting {key!r}")
        return self._values[key]

    def get_bool(self, key: str) -> bool:
        """A boolean setting."""
        return bool(self.get(key))

    def get_int(self, key: str) -> int:
        """An integer setting."""
        return int(self.get(key))

    def get_str(self, key: str) -> str:
        """A text setting."""
        return str(self.get(key))

    def set(self, key: str, value: Any) -> None:
        """Change a known setting (type-checked against its default) and save the file."""
        if key not in DEFAULTS:
            raise KeyError(f"unknown setting {key!r}")
        if not isinstance(value, type(DEFAULTS[key])):
            raise TypeError(f"setting {key!r} must be {type(DEFAULTS[key]).__name__}")
        self._values[key] = value
        self.save()

    def save(self) -> None:
        """Write settings.json (private); a failure to write is ignored: settings are a comfort."""
        with contextlib.suppress(OSError):
            write_private(self.path, json.dumps(self._values, indent=2).encode("utf-8"))

    def recent_files(self) -> list[str]:
        """Recently opened or saved projects, newest first, existing files only."""
        return [p for p in self.get("recent_files") if isinstance(p, str) and Path(p).is_file()]

    def add_recent(self, path: str | os.PathLike[str]) -> None:
        """Put a project at the top of the recent files list."""
        text = str(Path(path).resolve())
        items = [text] + [p for p in self.get("recent_files") if p != text]
        self.set("recent_files", items[:MAX_RECENT])
