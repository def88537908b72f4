"""Atomic file writing shared by the exporters, and the error they raise."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path


class ExportError(Exception):
    """An export could not be written; the message says why, in plain words."""


def write_atomically(out_path: str | os.PathLike[str], write: Callable[[Path], None]) -> Path:
    """Write a file through a temporary file in the same folder, then rename it into place.

    Either the whole new file appears at `out_path` or nothing changes: a failure removes the
    temporary file and leaves any earlier file at `out_path` untouched.

    Args:
        out_path: where the finished file goes.
        write: called with the temporary path; writes the complete file there.

    Returns:
        The absolute destination path.

    Raises:
        ExportError: the folder is missing or not writable, or writing failed.
    """
    target = Path(out_path).expanduser().absolute()
    folder = target.parent
    try:
        folder_exists, target_is_folder = folder.is_dir(), target.is_dir()
    except OSError as error:  # e.g. a name longer than the file system allows
        raise ExportError(f"Cannot save {target.name}: {_reason(error)}.") from error
    if not folder_exists:
        raise ExportError(f"Cannot save {target.name}: the folder {folder} does not exist.")
    if target_is_folder:
        raise ExportError(f"Cannot save to {target}: it is a folder, not a file name.")
    try:
        # a short prefix: the temporary name must fit wherever the (up to 255-byte) name fits
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{target.stem[:24]}-", suffix=f"{target.suffix[:16]}.tmp", dir=folder
        )
    except OSError as error:
        raise ExportError(
            f"Cannot save {target.name} in {folder}: {_reason(error)}. "
            "Choose a folder you can write to."
        ) from error
    os.close(handle)
    temp = Path(temp_name)
    try:
        write(temp)
        os.chmod(temp, _mode_for(target))
        os.replace(temp, target)
    except OSError as error:
        _remove_quietly(temp)
        raise ExportError(f"Cannot save {target}: {_reason(error)}.") from error
    except BaseException:
        _remove_quietly(temp)
        raise
    return target


def _mode_for(target: Path) -> int:
    """Permissions for the new file: those of the file it replaces, else the usual 0o666-umask.

    mkstemp creates owner-only files; a letter should be as readable as any other saved file.
    """
    with contextlib.suppress(OSError):
        return stat.S_IMODE(target.stat().st_mode)
    umask = 0o022
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                umask = int(line.split()[1], 8)
    return 0o666 & ~umask


def _reason(error: OSError) -> str:
    """A short human reason for an OS error ("permission denied", "disk full", ...)."""
    text = error.strerror or str(error) or type(error).__name__
    return text[:1].lower() + text[1:]


def _remove_quietly(path: Path) -> None:
    """Delete a leftover temporary file, ignoring a file that is already gone."""
    with contextlib.suppress(OSError):
        path.unlink()
