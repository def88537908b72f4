"""`noc-letter classify`: the NOC 2021 unit groups each duty line supports, best first."""

from __future__ import annotations

import json
import sys

BATCH = 256


def register(subparsers) -> None:
    """Add the `classify` subcommand."""
    parser = subparsers.add_parser(
        "classify",
        help="rank NOC groups for each duty line",
        description=(
            "One duty per line (blank lines skipped); prints the best NOC 2021 groups for each."
        ),
    )
    parser.add_argument(
        "file", nargs="?", default="-", metavar="FILE|-", help="input file, or - for stdin"
    )
    parser.add_argument(
        "--top", type=int, default=5, metavar="N", help="candidates per duty (default 5)"
    )
    parser.add_argument("--json", action="store_true", help="one JSON object per input line")
    parser.set_defaults(func=run)


def candidate_json(candidate) -> dict:
    """The contract fields of a candidate, plus evidence and reason."""
    return {
        "code": candidate.code,
        "title": candidate.title,
        "teer": candidate.teer,
        "score": candidate.score,
        "reason": candidate.reason,
        "evidence": [
            {
                "kind": e.kind,
                "text": e.text,
                "similarity": round(e.similarity, 4),
                "shared": list(e.shared),
            }
            for e in candidate.evidence[:2]
        ],
    }


def run(args) -> int:
    """Classify every line; returns the exit status."""
    from noc_letter.commands._io import InputError, duty_lines, fail

    if args.top < 1:
        return fail("--top must be at least 1")
    try:
        lines = list(duty_lines(args.file))
    except InputError as error:
        return fail(str(error))
    from noc_letter.core.matching import get_matcher

    matcher = get_matcher()
    out = sys.stdout
    for start in range(0, len(lines), BATCH):
        batch = lines[start : start + BATCH]
        for text, query in zip(batch, matcher.queries(batch), strict=True):
            candidates = matcher.top_candidates(matcher.scored(query), args.top)
            note = _note(query, candidates)
            if args.json:
                obj = {
                    "text": text,
                    "candidates": [candidate_json(c) for c in candidates],
                    "lang": query.lang,
                }
                if note:
                    obj["note"] = note
                out.write(json.dumps(obj, ensure_ascii=False) + "\n")
            else:
                out.write(f"{text}\n")
                for c in candidates:
                    out.write(f"  {c.score:.3f}  {c.code}  TEER {c.teer}  {c.title}\n")
                if note:
                    out.write(f"  ({note})\n")
    return 0


def _note(query, candidates) -> str:
    if query.empty:
        return "no words the matcher can use (empty, not English or French, or symbols only)"
    if query.truncated:
        return "line was very long; only its first 2,000 characters were read"
    if not candidates:
        return "no NOC group shares words with this line"
    return ""
