"""`noc-letter split`: turn pasted text into one duty statement per line."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from pathlib import Path

# A file with a NUL byte in its first 8 KB is treated as binary, as grep and git do.
BINARY_SNIFF_BYTES = 8192


class InputError(Exception):
    """The input cannot be read as text; the message is for the person at the terminal."""


def read_text(name: str | None) -> str:
    """Read a file, or standard input for None or "-", as text.

    Tries UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark, then
    Windows-1252 (text saved by older Windows editors); otherwise UTF-8 with undecodable
    bytes replaced.

    Args:
        name: A path, "-" or None.

    Returns:
        The text.

    Raises:
        InputError: The file is missing, unreadable, a folder, or binary.
    """
    label = "standard input" if name in (None, "-") else name
    try:
        if name in (None, "-"):
            if sys.stdin is None:
                raise InputError("no standard input to read; give a file name")
            data = sys.stdin.buffer.read()
        else:
            data = Path(name).read_bytes()
    except InputError:
        raise
    except IsADirectoryError:
        raise InputError(f"cannot read {label}: it is a folder, not a file") from None
    except OSError as error:
        raise InputError(f"cannot read {label}: {error.strerror or error}") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data[:BINARY_SNIFF_BYTES]:
        raise InputError(f"{label} looks like a binary file, not text")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def safe_stdout() -> None:
    """Let characters the terminal cannot show print as '?' instead of failing."""
    stream = sys.stdout
    if stream is not None and hasattr(stream, "reconfigure"):
        with contextlib.suppress(OSError, ValueError):
            stream.reconfigure(errors="replace")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `split` subcommand."""
    parser = subparsers.add_parser(
        "split",
        help="split pasted text into duty statements",
        description=(
            "Split a job description, old letter or résumé section into duty statements and "
            "print one per line. Headings are dropped; a stated share of time such as (40%) "
            "is removed from the text (see --json)."
        ),
    )
    parser.add_argument(
        "file", nargs="?", default="-", help="text file to read; '-' or nothing reads stdin"
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help='print a JSON array [{"text", "share", "line"}] (share in percent or null)',
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the duties of the input; exit status 2 when it cannot be read."""
    from noc_letter.core.splitting import split_duties

    try:
        text = read_text(args.file)
    except InputError as error:
        sys.stderr.write(f"noc-letter: error: {error}\n")
        return 2
    safe_stdout()
    duties = split_duties(text)
    if args.json:
        rows = [{"text": d.text, "share": d.share, "line": d.source_line} for d in duties]
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
    else:
        for duty in duties:
            sys.stdout.write(duty.text + "\n")
    return 0
