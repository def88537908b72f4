"""`noc-letter suggest`: truthful rewordings of duties that read more like a target NOC."""

from __future__ import annotations

import json
import sys


def register(subparsers) -> None:
    """Add the `suggest` subcommand."""
    parser = subparsers.add_parser(
        "suggest",
        help="suggest rewordings that keep your facts and read as the target NOC",
        description="Up to 3 rewordings per duty: only verbs and framing change; every noun, "
        "number, name and tool stays, and nothing is added. Vague duties get questions instead.",
    )
    parser.add_argument("text", nargs="?", help="one duty (or use --file)")
    parser.add_argument("--target", required=True, metavar="CODE", help="target NOC 2021 code")
    parser.add_argument("--file", metavar="FILE|-", help="one duty per line from a file or stdin")
    parser.add_argument("--json", action="store_true", help="one JSON object per duty")
    parser.set_defaults(func=run)


def suggestion_json(result) -> dict:
    """The contract shape: text, target, suggestions [{text, ...}], questions."""
    return {
        "text": result.text,
        "target": result.target,
        "suggestions": [
            {
                "text": s.text,
                "score_before": s.score_before,
                "score_after": s.score_after,
                "rank_before": s.rank_before,
                "rank_after": s.rank_after,
                "changes": [
                    {
                        "original": c.original,
                        "replacement": c.replacement,
                        "kind": c.kind,
                        "noc_code": c.noc_code,
                        "noc_text": c.noc_text,
                    }
                    for c in s.changes
                ],
                "segments": [{"text": g.text, "source": g.source} for g in s.segments],
            }
            for s in result.suggestions
        ],
        "questions": list(result.questions),
        "note": result.note,
    }


def run(args) -> int:
    """Suggest for the given duty or each line of --file; returns the exit status."""
    from noc_letter.commands._io import InputError, duty_lines, fail
    from noc_letter.commands.assess import unknown_code_message
    from noc_letter.core.catalogue import load_catalogue

    target = args.target.strip()
    if target not in load_catalogue():
        return fail(unknown_code_message(target))
    if (args.text is None) == (args.file is None):
        return fail("give one duty as TEXT or a file of duties with --file (not both)")
    try:
        duties = [args.text] if args.text is not None else list(duty_lines(args.file))
    except InputError as error:
        return fail(str(error))
    from noc_letter.core.rewording import get_rewriter

    rewriter = get_rewriter()
    for duty in duties:
        result = rewriter.suggest(duty, target)
        if args.json:
            sys.stdout.write(json.dumps(suggestion_json(result), ensure_ascii=False) + "\n")
            continue
        sys.stdout.write(f"{duty}\n")
        for s in result.suggestions:
            changed = "; ".join(f"{c.original or '(added)'} → {c.replacement}" for c in s.changes)
            sys.stdout.write(
                f"  → {s.text}\n"
                f"     ({changed}; score {s.score_before:.3f} → {s.score_after:.3f})\n"
            )
        for q in result.questions:
            sys.stdout.write(f"  ? {q}\n")
        if result.note and not result.suggestions:
            sys.stdout.write(f"  ({result.note})\n")
    return 0
