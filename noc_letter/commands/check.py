"""`noc-letter check PROJECT`: list what a letter project still needs and count qualifying hours."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from noc_letter.core.completeness import Finding


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `check` subcommand."""
    parser = subparsers.add_parser(
        "check",
        help="list missing or inconsistent facts and count qualifying hours",
        description=(
            "Check a .nocletter project against what IRCC and the chosen program ask a "
            "reference letter to contain, and count the hours that qualify. Exit status: 0 "
            "when there is no error, 1 when there is, 2 when the file cannot be read. "
            "Guidance, not legal advice."
        ),
    )
    parser.add_argument("project", type=Path, help="the .nocletter project file")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument(
        "--no-wording",
        action="store_true",
        help="check only the facts IRCC asks for; skip the copy guard and how the duties read",
    )
    parser.add_argument(
        "--lang",
        choices=("en", "fr"),
        default="en",
        help="language of the messages and the hours report (default en; codes never change)",
    )
    parser.add_argument(
        "--today",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="judge dates and count hours as of this day (default: today)",
    )
    parser.set_defaults(func=run)


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from None


def run(args: argparse.Namespace) -> int:
    """Load the project, print its findings and hours summary.

    Returns:
        0 when no finding is an error, 1 when one is, 2 when the project cannot be read.
    """
    from noc_letter.core.completeness import has_errors
    from noc_letter.core.duty_checks import full_check
    from noc_letter.core.hours import hours_summary, render_hours
    from noc_letter.core.project import ProjectError, load_project

    try:
        project = load_project(args.project)
    except ProjectError as error:
        reason = " ".join(str(error).split())
        print(f"noc-letter: {reason}", file=sys.stderr)
        return 2
    today = args.today or date.today()
    if args.no_wording:
        from noc_letter.core.completeness import check

        findings = check(project, today=today)
    else:
        findings = full_check(project, today=today)
    if args.lang != "en":
        from noc_letter.core.finding_text import localise

        findings = localise(findings, args.lang)
    summary = hours_summary(project, today, lang=args.lang)
    if args.json:
        result = {
            "findings": [
                {"severity": f.severity, "code": f.code, "message": f.message, "field": f.field}
                for f in findings
            ],
            "hours": summary.to_dict(),
        }
        print(json.dumps(result, indent=2))
    else:
        print(render_findings(findings, args.lang))
        print()
        print(render_hours(summary, args.lang), end="")
    return 1 if has_errors(findings) else 0


def render_findings(findings: Sequence[Finding], lang: str = "en") -> str:
    """Findings as aligned `severity  field  message` lines plus a count line.

    Args:
        findings: result of completeness.check().
        lang: "fr" for the French count line (the messages come localised).

    Returns:
        The text, without a trailing newline.
    """
    if not findings:
        if lang == "fr":
            return "Aucun problème : la lettre contient tout ce que cette vérification cherche."
        return "No problems found: the letter has everything this check looks for."
    width = max(len(f.field) for f in findings)
    lines = [f"{f.severity:<7}  {f.field:<{width}}  {f.message}" for f in findings]
    errors = sum(f.severity == "error" for f in findings)
    if lang == "fr":
        lines.append(f"{errors} erreur(s), {len(findings) - errors} avertissement(s)")
    else:
        lines.append(f"{errors} error(s), {len(findings) - errors} warning(s)")
    return "\n".join(lines)
