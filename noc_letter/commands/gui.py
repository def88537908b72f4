"""`noc-letter gui [PROJECT]`: open the window (also what `noc-letter` alone does)."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `gui` subcommand."""
    parser = subparsers.add_parser(
        "gui",
        help="open the window (the default when no command is given)",
        description="Open the NOC Letter Builder window, optionally on a project file.",
    )
    parser.add_argument("project", nargs="?", help="a .nocletter project file to open")
    parser.add_argument(
        "--lang",
        choices=("en", "fr"),
        help="the window's language (default: as chosen in Settings, else the system's)",
    )
    parser.add_argument("--quit-after", type=float, metavar="SECONDS", help=argparse.SUPPRESS)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Open the window; returns the application's exit status."""
    from noc_letter.gui.app import main

    return main(
        getattr(args, "project", None),
        getattr(args, "quit_after", None),
        getattr(args, "lang", None),
    )
