"""`noc-letter assess`: how an officer would likely read a list of duties against a target NOC."""

from __future__ import annotations

import json
import sys

from noc_letter.commands.assess_json import assessment_json, unknown_code_message


def register(subparsers) -> None:
    """Add the `assess` subcommand."""
    parser = subparsers.add_parser(
        "assess",
        help="read a whole duty list against a target NOC",
        description="One duty per line; says what the list reads as, which main duties are "
        "covered and whether the lead statement is supported. Not legal advice.",
    )
    parser.add_argument(
        "file", nargs="?", default="-", metavar="FILE|-", help="input file, or - for stdin"
    )
    parser.add_argument("--target", metavar="CODE", help="target NOC 2021 code (5 digits)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help='batch: read one JSON object a line, {"target": CODE, "duties": [...], '
        '"shares": [...] (optional)}, and write one assessment a line (the engine loads once)',
    )
    parser.set_defaults(func=run)


def run(args) -> int:
    """Assess the input duties; returns the exit status."""
    from noc_letter.commands._io import InputError, duty_lines, fail
    from noc_letter.core.catalogue import load_catalogue

    if args.jsonl:
        from noc_letter.commands.assess_batch import run_batch

        return run_batch(args)
    if not args.target:
        return fail("assess needs --target CODE (or --jsonl with a target on each line)")
    target = args.target.strip()
    if target not in load_catalogue():
        return fail(unknown_code_message(target))
    try:
        duties = list(duty_lines(args.file))
    except InputError as error:
        return fail(str(error))
    from noc_letter.core.matching import get_matcher

    a = get_matcher().assess(duties, target)
    if args.json:
        sys.stdout.write(json.dumps(assessment_json(a), ensure_ascii=False, indent=1) + "\n")
        return 0
    w = sys.stdout.write
    w(f"Target: {a.target.code} {a.target.title} (TEER {a.target.teer})\n")
    w(
        "Reads as: "
        + "; ".join(f"{g.code} {g.title} (TEER {g.teer}) {g.score:.3f}" for g in a.reads_as)
        + "\n"
    )
    w(f"Status: {a.status}\n")
    w(f"Confidence: {a.confidence:.2f}{'  (needs review)' if a.needs_review else ''}\n")
    w(f"Lead statement supported: {'yes' if a.lead_statement_supported else 'no'}\n")
    for text, ok in a.lead_statement_parts:
        w(f"  [{'x' if ok else ' '}] {text}\n")
    w(f"Main duties covered: {a.covered_count} of {len(a.covered_main_duties)}\n")
    for c in a.covered_main_duties:
        by = ", ".join(f"#{i + 1}" for i in c.covered_by)
        w(f"  [{'x' if c.covered else ' '}] {c.text}{'  ← ' + by if by else ''}\n")
    w("Your duties:\n")
    for d in a.duties:
        w(f"  #{d.index + 1} {d.supports:<13} {d.text}\n      {d.reason}\n")
    w(
        f"\n{a.verdict}\n"
        "Not legal advice: an officer decides; this is an estimate from the wording.\n"
    )
    return 0
