"""Project files (`.nocletter`): JSON schema, version migration, safe loading and atomic saving."""

from __future__ import annotations

import contextlib
import copy
import errno
import json
import os
import secrets
import shutil
import stat
import sys
import types
import typing
from collections.abc import Callable
from dataclasses import fields, is_dataclass
from functools import cache
from pathlib import Path
from typing import Any

from noc_letter.core.letter import Project

# The file is UTF-8 JSON: {"format": FORMAT, "version": FORMAT_VERSION, <the fields of Project>}.
# Every field of the letter dataclasses is saved under its attribute name, nested as in the model,
# so a field added to letter.py is saved and loaded without a change here. Unknown keys in a file
# are ignored (and therefore dropped on the next save): a file written by a newer, incompatible
# version is refused by its version number instead. Absent keys and null take the field's default
# (null stays None where the model allows None), so an unfinished draft always loads.
FORMAT = "noc-letter-project"
FORMAT_VERSION = 1
EXTENSION = ".nocletter"
BACKUP_SUFFIX = ".bak"
# A real project is a few kilobytes; anything this large is not one and is refused unread.
MAX_FILE_BYTES = 20 * 1024 * 1024

# Migration hook: MIGRATIONS[n] turns the dict of a version-n file into a version n+1 dict (it
# sets "version" itself). Version 1 is the first released format, so the table is empty; the
# first change of format adds MIGRATIONS[1] and raises FORMAT_VERSION to 2.
Migration = Callable[[dict[str, Any]], dict[str, Any]]
MIGRATIONS: dict[int, Migration] = {}


class ProjectError(Exception):
    """A project file cannot be read or written; the message is for the person, in plain words.

    Attributes:
        field: path of the offending field (e.g. "positions[0].hours_per_week"), if any.
    """

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


def project_to_dict(project: Project) -> dict[str, Any]:
    """Turn a project into the plain dict that is saved as JSON.

    Args:
        project: the letter project.

    Returns:
        A new dict (no part is shared with the project) starting with "format" and "version".
    """
    return {"format": FORMAT, "version": FORMAT_VERSION, **_encode(project)}


def project_from_dict(data: Any) -> Project:
    """Check, migrate and convert a dict read from a project file into a Project.

    Args:
        data: the parsed JSON; it is not modified.

    Returns:
        The project. Missing fields take their defaults, unknown fields are ignored.

    Raises:
        ProjectError: the data is not a project, is of an unsupported version, or a field has
            the wrong type (the message and `field` name it).
    """
    try:
        return _project_from_dict(data)
    except RecursionError as error:  # lists or groups nested hundreds deep (json allows ~1000)
        raise ProjectError(
            "The project is damaged: it holds values nested too deeply to be a project."
        ) from error


def _project_from_dict(data: Any) -> Project:
    if not isinstance(data, dict):
        raise ProjectError(
            f"This is not a NOC Letter Builder project: it holds {_describe(data)}, not a project."
        )
    if "format" not in data:
        raise ProjectError(
            'This is not a NOC Letter Builder project: it has no "format" field.', field="format"
        )
    if data["format"] != FORMAT:
        raise ProjectError(
            f'This is not a NOC Letter Builder project: its "format" is {_show(data["format"])}.',
            field="format",
        )
    data = _migrate(data)
    fields_only = {k: v for k, v in data.items() if k not in ("format", "version")}
    return _decode_dataclass(Project, fields_only, "")


def _migrate(data: dict[str, Any]) -> dict[str, Any]:
    version = data.get("version")
    if "version" not in data:
        raise ProjectError(
            'The project has no "version" field, so it cannot be read safely.', field="version"
        )
    if not isinstance(version, int) or isinstance(version, bool):
        raise ProjectError(
            f'The project "version" should be a whole number, but it is {_describe(version)}.',
            field="version",
        )
    if version > FORMAT_VERSION:
        raise ProjectError(
            f"This project was made by a newer version of NOC Letter Builder (file version "
            f"{version}; this one reads up to {FORMAT_VERSION}). Please update NOC Letter "
            "Builder to open it.",
            field="version",
        )
    if version < FORMAT_VERSION:
        data = copy.deepcopy(data)  # migrations may edit in place; the caller's dict stays as is
    while version < FORMAT_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise ProjectError(
                f"This project uses file version {version}, which this version of NOC Letter "
                "Builder cannot convert.",
                field="version",
            )
        data = step(data)
        new_version = data.get("version")
        if not isinstance(new_version, int) or new_version <= version:
            raise RuntimeError(f"migration from project version {version} did not advance")
        version = new_version
    return data


def _encode(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, list | tuple):
        return [_encode(item) for item in value]
    if isinstance(value, dict):
        return {key: _encode(item) for key, item in value.items()}
    return value


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _decode_dataclass(cls: type, data: Any, path: str) -> Any:
    if not isinstance(data, dict):
        raise _wrong_type(path or "the project", "a group of fields", data)
    hints = _hints(cls)
    values: dict[str, Any] = {}
    for f in fields(cls):
        if f.name not in data:
            continue
        value, hint = data[f.name], hints[f.name]
        if value is None and not _allows_none(hint):
            continue  # null where the model has no None: keep the default ("" for text)
        values[f.name] = _decode(value, hint, f"{path}.{f.name}" if path else f.name)
    return cls(**values)


def _allows_none(hint: Any) -> bool:
    return hint is Any or type(None) in typing.get_args(hint)


def _decode(value: Any, hint: Any, path: str) -> Any:
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        if value is None:
            return None
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        return _decode(value, options[0], path) if len(options) == 1 else copy.deepcopy(value)
    if is_dataclass(hint):
        return _decode_dataclass(hint, value, path)  # type: ignore[arg-type]
    if origin is list:
        if not isinstance(value, list):
            raise _wrong_type(path, "a list", value)
        (item_hint,) = typing.get_args(hint)
        return [_decode(item, item_hint, f"{path}[{i}]") for i, item in enumerate(value)]
    if origin is dict or hint is dict:
        if not isinstance(value, dict):
            raise _wrong_type(path, "a group of fields", value)
        return copy.deepcopy(value)
    if hint is str and not isinstance(value, str):
        raise _wrong_type(path, "text", value)
    if hint is bool and not isinstance(value, bool):
        raise _wrong_type(path, "true or false", value)
    if hint in (int, float) and (not isinstance(value, int | float) or isinstance(value, bool)):
        raise _wrong_type(path, "a number", value)
    if hint in (int, float) and isinstance(value, int) and abs(value) > sys.float_info.max:
        raise ProjectError(  # a 400-digit whole number: no calculation can use it
            f'The project is damaged: "{path}" holds a number too large to use.', field=path
        )
    return copy.deepcopy(value) if hint is Any else value


def _wrong_type(path: str, expected: str, value: Any) -> ProjectError:
    return ProjectError(
        f'The project is damaged: "{path}" should be {expected}, but it is {_describe(value)}.',
        field=path,
    )


def _describe(value: Any) -> str:
    if value is None:
        return "empty (null)"
    if isinstance(value, bool):
        return f"{str(value).lower()} (true or false)"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the text {_show(value)}"
    if isinstance(value, list):
        return "a list"
    return "a group of fields"


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."


def backup_path(path: str | os.PathLike[str]) -> Path:
    """Where save_project keeps the previous version of a project file (`NAME.nocletter.bak`)."""
    path = Path(path)
    return path.with_name(path.name + BACKUP_SUFFIX)


def load_project(path: str | os.PathLike[str]) -> Project:
    """Read a project file; the file is only read, never changed.

    Args:
        path: the `.nocletter` file.

    Returns:
        The project (migrated to the current version in memory if the file is older).

    Raises:
        ProjectError: the file is missing, unreadable, too large, not UTF-8 text, not valid JSON,
            not a project, of a newer version, or damaged; the message names the file.
    """
    path = Path(path)
    text = _read_text(path)
    if not text.strip():
        raise ProjectError(f"{path} is empty: it holds no project.{_backup_hint(path)}")
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        raise ProjectError(
            f"{path} is not a NOC Letter Builder project, or it is damaged: the text is not "
            f"valid JSON (line {error.lineno}, column {error.colno}).{_backup_hint(path)}"
        ) from error
    except (ValueError, RecursionError) as error:
        raise ProjectError(
            f"{path} is not a NOC Letter Builder project, or it is damaged: {error}."
        ) from error
    try:
        return project_from_dict(data)
    except ProjectError as error:
        raise ProjectError(f"{path}: {error}", field=error.field) from error


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"it contains {name}, which is not a number a project can hold")


def _read_text(path: Path) -> str:
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ProjectError(f"{path} is a folder, not a project file.")
        if not stat.S_ISREG(info.st_mode):
            raise ProjectError(f"{path} is not an ordinary file, so it cannot be a project.")
        if info.st_size > MAX_FILE_BYTES:
            raise ProjectError(_too_large(path, info.st_size))
        with open(path, "rb") as stream:
            raw = stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError as error:
        raise ProjectError(f"There is no file at {path}.") from error
    except PermissionError as error:
        raise ProjectError(f"You do not have permission to read {path}.") from error
    except OSError as error:
        raise ProjectError(f"{path} cannot be read: {error.strerror or error}.") from error
    if len(raw) > MAX_FILE_BYTES:  # the file grew after stat
        raise ProjectError(_too_large(path, len(raw)))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ProjectError(
            f"{path} is not a NOC Letter Builder project: it is not a text file (not UTF-8)."
        ) from error


def _too_large(path: Path, size: int) -> str:
    return (
        f"{path} is too large to be a project ({size / 1024 / 1024:.1f} MB; "
        f"the limit is {MAX_FILE_BYTES // 1024 // 1024} MB)."
    )


def _backup_hint(path: Path) -> str:
    backup = backup_path(path)
    return f" The previous save is kept in {backup}." if backup.is_file() else ""


def save_project(project: Project, path: str | os.PathLike[str]) -> None:
    """Write a project atomically, keeping the previous file as `NAME.nocletter.bak`.

    The JSON goes to a temporary file in the same folder, is flushed and synced to disk, and then
    replaces the old file in one step, so a crash at any moment leaves either the old or the new
    complete file. The data is checked to load back before anything is written.

    Args:
        project: the project to save.
        path: the target file (the `.nocletter` extension is not added automatically).

    Raises:
        ProjectError: the project cannot be saved (a value that is not JSON, a missing or
            read-only folder, a full disk); no temporary file is left behind.
    """
    path = Path(path)
    data = _serialize(project)
    try:
        if path.is_symlink():
            path = path.resolve()
        folder_exists, is_folder = path.parent.is_dir(), path.is_dir()
        previous = path.stat() if path.exists() else None
    except RuntimeError as error:  # Python 3.11 reports a symbolic link loop this way
        raise ProjectError(f"Cannot save to {path}: it is a link that points to itself.") from error
    except OSError as error:  # e.g. a name longer than the file system allows
        raise ProjectError(_save_failure(path, error)) from error
    folder = path.parent
    if not folder_exists:
        raise ProjectError(f"Cannot save to {path}: the folder {folder} does not exist.")
    if is_folder:
        raise ProjectError(f"Cannot save to {path}: it is a folder.")
    token = secrets.token_hex(6)
    short = path.name[:40]  # the temporary names must fit wherever the name itself fits
    temp = folder / f".{short}.{token}.tmp"
    backup_temp = folder / f".{short}.{token}.bak.tmp"
    try:
        _write_synced(temp, data, previous)
        if previous is not None:  # copy, not move: the old file stays in place until replaced
            shutil.copy2(path, backup_temp)
            os.replace(backup_temp, backup_path(path))
        os.replace(temp, path)
    except BaseException as error:
        for leftover in (temp, backup_temp):
            with contextlib.suppress(OSError):
                leftover.unlink()
        if isinstance(error, OSError):
            raise ProjectError(_save_failure(path, error)) from error
        raise
    _sync_folder(folder)


def _serialize(project: Project) -> bytes:
    data = project_to_dict(project)
    try:
        text = json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False)
        encoded = (text + "\n").encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate (e.g. from a broken paste): escape it instead
        text = json.dumps(data, ensure_ascii=True, indent=2, allow_nan=False)
        encoded = (text + "\n").encode("utf-8")
    except (TypeError, ValueError) as error:
        raise ProjectError(f"The project holds a value that cannot be saved: {error}.") from error
    try:
        project_from_dict(json.loads(text))
    except ProjectError as error:
        raise ProjectError(
            f"The project cannot be saved because it would not open again: {error}",
            field=error.field,
        ) from error
    return encoded


def _write_synced(temp: Path, data: bytes, previous: os.stat_result | None) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    descriptor = os.open(temp, flags, 0o666)  # the umask applies, as for any new file
    with os.fdopen(descriptor, "wb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())
    if previous is not None:
        os.chmod(temp, stat.S_IMODE(previous.st_mode))


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (POSIX)."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


_NO_PERMISSION = (errno.EACCES, errno.EPERM, errno.EROFS)


def _save_failure(path: Path, error: OSError) -> str:
    folder = path.parent
    if isinstance(error, PermissionError) or error.errno in _NO_PERMISSION:
        return f"Cannot save to {path}: you do not have permission to write in the folder {folder}."
    if error.errno == errno.ENOSPC:
        return f"Cannot save to {path}: the disk is full."
    if isinstance(error, FileNotFoundError):
        return f"Cannot save to {path}: the folder {folder} no longer exists."
    return f"Cannot save to {path}: {error.strerror or error}."
