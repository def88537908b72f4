"""Shared input and output helpers for subcommands: read text from a file or standard input."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path

MAX_INPUT_BYTES = 64 * 1024 * 1024
# A file with a NUL byte in its first 8 KB is treated as binary, as grep and git do.
BINARY_SNIFF_BYTES = 8192


class InputError(Exception):
    """The input cannot be read; the message says why in plain words."""


def read_text(source: str | None, *, refuse_binary: bool = False) -> str:
    """Read FILE, or standard input for None or "-", as text.

    Tries UTF-16 with a byte-order mark, UTF-8 (with or without a byte-order mark), then
    Windows-1252 (text saved by older Windows editors); otherwise UTF-8 with undecodable
    bytes replaced.

    Args:
        source: A path, "-" or None.
        refuse_binary: Raise InputError for a file with a NUL byte near its start instead of
            reading what text it holds.

    Raises:
        InputError: The input is missing, unreadable, a folder, too large, or (if asked) binary.
    """
    label = "standard input" if source in (None, "-") else source
    try:
        if source in (None, "-"):
            if sys.stdin is None:
                raise InputError("no standard input to read; give a file name")
            data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        else:
            with Path(source).open("rb") as handle:
                data = handle.read(MAX_INPUT_BYTES + 1)
    except IsADirectoryError:
        raise InputError(f"cannot read {label}: it is a folder, not a file") from None
    except OSError as error:
        raise InputError(f"cannot read {label}: {error.strerror or error}") from None
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"{label} is larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if refuse_binary and b"\x00" in data[:BINARY_SNIFF_BYTES]:
        raise InputError(f"{label} looks like a binary file, not text")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def duty_lines(source: str | None) -> Iterator[str]:
    """Non-blank lines of the input, in order, stripped."""
    for line in read_text(source).splitlines():
        if line.strip():
            yield line.strip()


def safe_stdout() -> None:
    """Let characters the terminal cannot show print as '?' instead of failing."""
    stream = sys.stdout
    if stream is not None and hasattr(stream, "reconfigure"):
        with contextlib.suppress(OSError, ValueError):
            stream.reconfigure(errors="replace")


def fail(message: str, status: int = 2) -> int:
    """Print a one-line error to stderr and return the exit status."""
    sys.stderr.write(f"noc-letter: {message}\n")
    return status
