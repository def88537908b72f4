"""Shared input helpers for subcommands: read duty lines from a file or standard input."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

MAX_INPUT_BYTES = 64 * 1024 * 1024


class InputError(Exception):
    """The input cannot be read; the message says why in plain words."""


def read_text(source: str | None) -> str:
    """Whole text of FILE, or of standard input for None or "-"; undecodable bytes are replaced."""
    if source in (None, "-"):
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        name = "standard input"
    else:
        path = Path(source)
        if path.is_dir():
            raise InputError(f"{source} is a folder, not a text file")
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_INPUT_BYTES + 1)
        except OSError as error:
            raise InputError(f"cannot read {source}: {error.strerror or error}") from error
        name = source
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"{name} is larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB")
    return data.decode("utf-8-sig", errors="replace")


def duty_lines(source: str | None) -> Iterator[str]:
    """Non-blank lines of the input, in order, without their line endings."""
    for line in read_text(source).splitlines():
        if line.strip():
            yield line.strip()


def fail(message: str, status: int = 2) -> int:
    """Print a one-line error to stderr and return the exit status."""
    sys.stderr.write(f"noc-letter: {message}\n")
    return status
