"""`noc-letter split`: turn pasted text into one duty statement per line."""

from __future__ import annotations

import argparse
import json
import sys


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
    from noc_letter.commands._io import InputError, read_text, safe_stdout
    from noc_letter.core.splitting import split_duties

    try:
        text = read_text(args.file, refuse_binary=True)
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
