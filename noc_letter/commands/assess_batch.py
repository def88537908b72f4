"""`noc-letter assess --jsonl`: many letters, one JSON object a line, with one engine load."""

from __future__ import annotations

import json
import sys


class LineError(ValueError):
    """One input line cannot be assessed; the message says why."""


def parse_line(line: str, catalogue) -> tuple[str, list[str], list | None]:
    """(target, duties, shares or None) of one JSONL line; raises LineError when unusable."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise LineError(f"not JSON ({error.msg})") from None
    if not isinstance(record, dict):
        raise LineError('expected an object {"target": CODE, "duties": [...]}')
    target = str(record.get("target") or "").strip()
    if target not in catalogue:
        from noc_letter.commands.assess_json import unknown_code_message

        raise LineError(unknown_code_message(target) if target else "no target")
    duties = record.get("duties")
    if not isinstance(duties, list) or not all(isinstance(d, str) for d in duties):
        raise LineError('"duties" must be a list of strings')
    shares = record.get("shares")
    if shares is not None:
        if not isinstance(shares, list) or len(shares) != len(duties):
            raise LineError('"shares" must be a list with one share (or null) per duty')
        if not all(s is None or isinstance(s, int | float) for s in shares):
            raise LineError('"shares" must hold numbers (% of working time) or null')
    return target, duties, shares


def run_batch(args) -> int:
    """Assess every line of the input; exit 1 when any line could not be assessed."""
    from noc_letter.commands._io import InputError, fail, read_text
    from noc_letter.commands.assess_json import assessment_json
    from noc_letter.core.catalogue import load_catalogue

    try:
        text = read_text(args.file, refuse_binary=True)
    except InputError as error:
        return fail(str(error))
    catalogue = load_catalogue()
    matcher = None
    failed = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            target, duties, shares = parse_line(line, catalogue)
        except LineError as error:
            failed += 1
            out = {"line": number, "error": str(error)}
        else:
            if matcher is None:
                from noc_letter.core.matching import get_matcher

                matcher = get_matcher()
            out = {"line": number, **assessment_json(matcher.assess(duties, target, shares))}
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return 1 if failed else 0
