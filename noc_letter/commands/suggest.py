"""`noc-letter suggest`: truthful rewordings of duties that read more like a target NOC."""

from __future__ import annotations

import json
import sys


def register(subparsers) -> None:
    """Add the `suggest` subcommand."""
    parser = subparsers.add_parser(
        "suggest",
        help="suggest rewordings that keep your facts and read as the target NOC",
        description="Up to 3 rewordings per duty: your own words in the form a letter uses "
        "(letter form), or with the target's own verb for the same action (target wording). "
        "Every noun, number, name and tool stays; no action is added. Where your words name no "
        "action, the target's verbs are offered as choices to use only if true; vague duties "
        "get questions instead. French duties are detected per duty and get their letter-ready "
        "form (the infinitive of the same verb) and questions in French.",
    )
    parser.add_argument("text", nargs="?", help="one duty (or use --file)")
    parser.add_argument("--target", required=True, metavar="CODE", help="target NOC 2021 code")
    parser.add_argument("--file", metavar="FILE|-", help="one duty per line from a file or stdin")
    parser.add_argument("--json", action="store_true", help="one JSON object per duty")
    parser.add_argument(
        "--lang",
        choices=("auto", "en", "fr"),
        default="auto",
        help="language of the duties (default: detected for each duty)",
    )
    parser.set_defaults(func=run)


def _changes_json(changes) -> list[dict]:
    return [
        {
            "original": c.original,
            "replacement": c.replacement,
            "kind": c.kind,
            "noc_code": c.noc_code,
            "noc_text": c.noc_text,
        }
        for c in changes
    ]


def _segments_json(segments) -> list[dict]:
    return [{"text": g.text, "source": g.source} for g in segments]


def choice_json(choice) -> dict:
    """A question's options in the suggestion shape, with kind "choice": `text` is the duty
    with a blank ("___ accounts payable"), nothing is applied (score and rank stay as before),
    and `choices` lists each verb with the duty it would make, to use only if true."""
    return {
        "kind": choice.kind,
        "text": choice.template,
        "question": choice.question,
        "score_before": choice.score_before,
        "score_after": choice.score_before,
        "rank_before": choice.rank_before,
        "rank_after": choice.rank_before,
        "changes": [],
        "segments": [{"text": choice.template, "source": "person"}],
        "choices": [
            {
                "verb": option.verb,
                "text": option.text,
                "changes": _changes_json(option.changes),
                "segments": _segments_json(option.segments),
            }
            for option in choice.options
        ],
    }


def suggestion_json(result) -> dict:
    """The contract shape: text, target, suggestions [{text, kind, ...}], questions, note,
    lang ("en" or "fr"), offers (the kinds rewording has for that language: French has only
    "letter_form" and "questions") and scope_note (for French, a note saying so; "" for
    English). Each suggestion's kind is "letter_form", "target_wording" or "choice" (see
    choice_json); a French suggestion's scores and ranks are 0 (no matcher reading chose it)."""
    return {
        "text": result.text,
        "target": result.target,
        "suggestions": [
            {
                "text": s.text,
                "kind": s.kind,
                "score_before": s.score_before,
                "score_after": s.score_after,
                "rank_before": s.rank_before,
                "rank_after": s.rank_after,
                "changes": _changes_json(s.changes),
                "segments": _segments_json(s.segments),
            }
            for s in result.suggestions
        ]
        + [choice_json(c) for c in result.choices],
        "questions": list(result.questions),
        "note": result.note,
        "lang": getattr(result, "lang", "en"),
        "offers": list(getattr(result, "offers", ())),
        "scope_note": getattr(result, "scope_note", ""),
    }


def run(args) -> int:
    """Suggest for the given duty or each line of --file; returns the exit status."""
    from noc_letter.commands._io import InputError, duty_lines, fail
    from noc_letter.commands.assess_json import unknown_code_message
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
    lang = None if args.lang == "auto" else args.lang
    for duty in duties:
        result = rewriter.suggest(duty, target, lang)
        if args.json:
            sys.stdout.write(json.dumps(suggestion_json(result), ensure_ascii=False) + "\n")
            continue
        sys.stdout.write(f"{duty}\n")
        for s in result.suggestions:
            changed = "; ".join(
                f"{c.original or '(added)'} → {c.replacement}"
                if c.replacement
                else f"removed “{c.original}”"
                for c in s.changes
            )
            kind = s.kind.replace("_", " ")
            if getattr(result, "lang", "en") == "fr":  # no matcher reading: no score to show
                sys.stdout.write(f"  → {s.text}\n     ({kind}: {changed})\n")
                continue
            sys.stdout.write(
                f"  → {s.text}\n"
                f"     ({kind}: {changed}; score {s.score_before:.3f} → {s.score_after:.3f})\n"
            )
        for q in result.questions:
            sys.stdout.write(f"  ? {q}\n")
        for choice in result.choices:
            sys.stdout.write(f"  choose only if true: {choice.template}\n")
            for option in choice.options:
                sys.stdout.write(f"    - {option.verb}: {option.text}\n")
        if result.note and not result.suggestions:
            sys.stdout.write(f"  ({result.note})\n")
        if getattr(result, "scope_note", ""):
            sys.stdout.write(f"  [{result.scope_note}]\n")
    return 0
