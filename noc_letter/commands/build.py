"""`noc-letter build PROJECT -o LETTER.docx`: export the reference letter as a Word file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from noc_letter.core.letter import Project


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `build` subcommand."""
    parser = subparsers.add_parser(
        "build",
        help="export the reference letter as a Word (.docx) file",
        description=(
            "Export the letter of a .nocletter project as a Word file. Problems found by the "
            "completeness check are listed on stderr but do not stop a draft; missing facts "
            "appear as yellow blanks for the employer."
        ),
    )
    parser.add_argument("project", type=Path, help="the .nocletter project file")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the .docx to write")
    parser.add_argument(
        "--employer-template",
        action="store_true",
        help="add a first-page note asking the employer to check, complete and sign",
    )
    parser.add_argument(
        "--template", type=Path, help="your own .docx template with the same placeholders"
    )
    parser.add_argument(
        "--lang",
        choices=("en", "fr"),
        help="the letter's language: English or French wording, dates, hours and pay, and the "
        "bundled template letter.docx or lettre.docx (default: the project's letter language, "
        "else English)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Load the project, list the check findings, write the letter.

    Returns:
        0 when written, 1 when the export failed, 2 when the project cannot be read.
    """
    from noc_letter.core.export import ExportError, build_letter
    from noc_letter.core.project import ProjectError, load_project

    try:
        project = load_project(args.project)
    except ProjectError as error:
        print(f"noc-letter: {error}", file=sys.stderr)
        return 2
    project = resolve_letterhead(project, args.project)
    for line in finding_lines(project):
        print(line, file=sys.stderr)
    try:
        result = build_letter(
            project,
            args.output,
            template=args.template,
            employer_template=args.employer_template,
            order=letter_order(),
            lang=args.lang,
        )
    except ExportError as error:
        print(f"noc-letter: export failed: {error}", file=sys.stderr)
        return 1
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(result.path)
    return 0


def finding_lines(project: Project) -> list[str]:
    """The completeness findings as "warning: ..." / "error: ..." lines (errors listed first).

    Problems of the duty text itself (no words, too long, repeated) are left to the export's
    own warnings, which say they are in the letter as written.
    """
    from noc_letter.core.duty_checks import full_check
    from noc_letter.core.duty_text import CODES

    findings = sorted(
        (f for f in full_check(project) if f.code not in CODES),
        key=lambda f: f.severity != "error",
    )
    return [
        f"{finding.severity}: {finding.message}" + (f" [{finding.field}]" if finding.field else "")
        for finding in findings
    ]


def letter_order():
    """Duty order for the letter: target-supporting skilled duties first (see core.duty_order)."""
    from noc_letter.core.duty_order import order_for_letter
    from noc_letter.core.matching import get_matcher

    matcher = get_matcher()
    return lambda position: order_for_letter(position, matcher)


def resolve_letterhead(project: Project, project_path: Path) -> Project:
    """A copy of the project whose relative letterhead image path is taken from its folder."""
    import dataclasses

    image = project.employer.letterhead_image.strip()
    if not image or Path(image).expanduser().is_absolute():
        return project
    candidate = project_path.resolve().parent / image
    if not candidate.is_file():
        return project
    employer = dataclasses.replace(project.employer, letterhead_image=str(candidate))
    return dataclasses.replace(project, employer=employer)
