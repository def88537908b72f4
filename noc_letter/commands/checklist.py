"""`noc-letter checklist [PROJECT] -o FILE.pdf|.docx`: print the submission checklist."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from noc_letter.core.export.checklist import Checklist

FORMATS = (".pdf", ".docx")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `checklist` subcommand."""
    parser = subparsers.add_parser(
        "checklist",
        help="write the submission checklist as PDF or Word",
        description=(
            "Write the checklist of what the letter must show, the hours, the documents to "
            "gather and the final steps. With a project, each line shows its status; without "
            "one, a blank checklist to tick by hand. The format follows the extension."
        ),
    )
    parser.add_argument("project", type=Path, nargs="?", help="a .nocletter project (optional)")
    parser.add_argument(
        "-o", "--output", type=Path, required=True, help="the .pdf or .docx file to write"
    )
    parser.add_argument(
        "--lang",
        choices=("en", "fr"),
        help="the checklist's language (default: the project's letter language, else English)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Build the checklist data and write it in the format of the output's extension.

    Returns:
        0 when written, 1 when writing failed, 2 for an unreadable project or unknown format.
    """
    suffix = args.output.suffix.lower()
    if suffix not in FORMATS:
        print(
            f"noc-letter: cannot tell the format of {args.output}: use a .pdf or .docx name.",
            file=sys.stderr,
        )
        return 2
    from noc_letter.core.export import ExportError
    from noc_letter.core.export.checklist import checklist_items

    project = None
    if args.project is not None:
        from noc_letter.core.project import ProjectError, load_project

        try:
            project = load_project(args.project)
        except ProjectError as error:
            print(f"noc-letter: {error}", file=sys.stderr)
            return 2
    findings = None
    if project is not None:
        from noc_letter.core.duty_checks import full_check

        findings = full_check(project)  # the copy guard and how the duties read, as `check`
    checklist = checklist_items(project, findings=findings, lang=args.lang)
    try:
        if suffix == ".docx":
            from noc_letter.core.export.checklist_docx import write_checklist_docx

            written = write_checklist_docx(checklist, args.output)
        else:
            written = _write_pdf(checklist, args.output)
    except ExportError as error:
        print(f"noc-letter: export failed: {error}", file=sys.stderr)
        return 1
    print(written)
    return 0


def _write_pdf(checklist: Checklist, output: Path) -> Path:
    """Write the PDF with Qt, creating an offscreen QGuiApplication when none exists."""
    no_display = not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
    if no_display and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from noc_letter.gui.checklist_pdf import write_checklist_pdf

    _app = QGuiApplication.instance() or QGuiApplication(["noc-letter"])
    return write_checklist_pdf(checklist, output)
