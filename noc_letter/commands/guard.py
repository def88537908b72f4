"""`noc-letter guard`: warn when duty lines are (nearly) the official NOC text."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from noc_letter.core.guard import GuardResult

# Long lines are shortened in the readable output (never in --json).
SHOWN_CHARS = 100


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `guard` subcommand."""
    parser = subparsers.add_parser(
        "guard",
        help="check duty lines for copied NOC wording",
        description=(
            "Check each input line (one duty per line; blank lines are skipped) against every "
            "NOC 2021 main duty and lead statement. Levels: ok, close, verbatim."
        ),
    )
    parser.add_argument(
        "file", nargs="?", default="-", help="text file to read; '-' or nothing reads stdin"
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help='print one JSON object per line: {"text", "level", "score", "nearest", ...}',
    )
    parser.set_defaults(func=run)


def _short(text: str) -> str:
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"


def as_json(text: str, result: GuardResult) -> dict:
    """The JSON Lines record of one checked line (`nearest` fields are "" when there is none)."""
    nearest = result.nearest
    return {
        "text": text,
        "level": result.level,
        "score": result.score,
        "nearest": {
            "code": nearest.code if nearest else "",
            "text": nearest.text if nearest else "",
            "kind": nearest.kind if nearest else "",
        },
        "shared_phrases": [
            {"text": p.text, "start": p.start, "end": p.end} for p in result.shared_phrases
        ],
        "reason": result.reason,
        "lang": result.lang,
    }


def run(args: argparse.Namespace) -> int:
    """Check every non-blank input line; 2 if the input cannot be read, 1 if a line failed."""
    from noc_letter.commands._io import InputError, read_text, safe_stdout
    from noc_letter.core.guard import verbatim_risk

    try:
        text = read_text(args.file, refuse_binary=True)
    except InputError as error:
        sys.stderr.write(f"noc-letter: error: {error}\n")
        return 2
    safe_stdout()
    status = 0
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        try:
            result = verbatim_risk(line)
        except Exception as error:  # one bad line must not stop the rest
            sys.stderr.write(f"noc-letter: line {number}: could not check it ({error})\n")
            status = 1
            continue
        if args.json:
            sys.stdout.write(json.dumps(as_json(line, result), ensure_ascii=False) + "\n")
        else:
            nearest = result.nearest
            where = (
                f"NOC {nearest.code}: {_short(nearest.text)}" if nearest else "nothing in common"
            )
            sys.stdout.write(f"{result.level:<8} {result.score:.2f}  {_short(line)}  ← {where}\n")
        sys.stdout.flush()
    return status
