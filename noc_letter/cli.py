"""Command line front end (`noc-letter ...`); heavy modules (Qt, spaCy) are imported lazily."""

from __future__ import annotations

import argparse
import importlib
import sys

from noc_letter import __version__
from noc_letter.commands import COMMAND_MODULES


class _Parser(argparse.ArgumentParser):
    """argparse with one-line usage errors and exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"noc-letter: error: {message}\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    """The full parser with every registered subcommand."""
    parser = _Parser(
        prog="noc-letter",
        description=(
            "Write an honest employer reference letter that reads as the right NOC 2021 group."
        ),
    )
    parser.add_argument("--version", action="version", version=f"noc-letter {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="headless check: load data, classify, assess, build a letter and a checklist",
    )
    subparsers = parser.add_subparsers(dest="command", parser_class=_Parser)
    for name in COMMAND_MODULES:
        module_name = f"noc_letter.commands.{name}"
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name != module_name:
                raise
            continue  # command not built yet
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `noc-letter` script; returns the process exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from noc_letter.selftest import run_self_test

        return run_self_test()
    if args.command is None:  # `noc-letter` alone opens the window
        from noc_letter.commands import gui

        args.func, args.project, args.quit_after = gui.run, None, None
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
