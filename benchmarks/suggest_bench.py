"""Suggestion benchmark: on duties typed the way people type them (benchmarks/data/), how often
a truthful suggestion is offered, and whether it keeps every fact, invents no action, keeps its
verbs in one form, keeps the target's rank and passes the copy guard; then the same figures on
the professional dev duties, without a bar.

Usage: `python benchmarks/suggest_bench.py [--no-write] [--show N] [--dev-limit N]`.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # as the app sets it (noc_letter/__init__.py)

import argparse  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections import Counter, defaultdict  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_set import DEFAULT_SET, load_items  # noqa: E402
from report import update_section  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
HANDWRITTEN = DATA / "casual_handwritten.txt"
GENERATED = DATA / "casual_generated.jsonl"
# Words that are never a fact of the person's: filler nouns the letter form may drop.
FILLER_WORDS = frozenset({"stuff", "thing", "things", "etc"})


def load_casual() -> list[dict]:
    """The casual set: hand-written lines (NOC | form | text) and the generated ones."""
    items = []
    for line in HANDWRITTEN.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, form, text = (part.strip() for part in line.split("|", 2))
        items.append(
            {"text": text, "noc": code, "form": form, "source": "hand", "vague": form == "vague"}
        )
    with GENERATED.open(encoding="utf-8") as handle:
        items += [json.loads(line) | {"source": "generated"} for line in handle if line.strip()]
    return items


def ranks_higher(s) -> bool:
    """The rank rises, or the target was and stays first and leads by more."""
    return s.rank_after < s.rank_before or (
        s.rank_before == 1 and s.rank_after == 1 and s.lead_after > s.lead_before
    )


def keeps_facts(facts: list[str], s, text: str = "") -> bool:
    """Every noun, number and name of the original is in the suggestion, except the nouns it
    made into their verb ("reconciliations" → "reconcile") or wrote out ("recs"), and the words
    of a lead-in that names no fact ("Handling", "in charge of")."""
    from noc_letter.core.rewording.facts import missing_facts
    from noc_letter.core.rewording.honesty import stems
    from noc_letter.core.rewording.verbs import lead_in

    converted = [c.original.split()[-1] for c in s.changes if c.kind == "nominalisation"]
    # A verb the tagger read as a noun, put in its base form ("planting" → "plant").
    converted += [
        c.original
        for c in s.changes
        if c.kind == "verb_form" and c.replacement in stems(c.original)
    ]
    converted += [
        w
        for c in s.changes
        if c.kind in ("shorthand", "filler")
        for w in re.findall(r"[^\W_]+", c.original)
    ]
    lead = lead_in(text) if text else None
    if lead is not None:
        converted += re.findall(r"[^\W_]+", lead.text)
    kept = [f for f in facts if f.lower() not in FILLER_WORDS]
    return not missing_facts(kept, s.text, converted)


def _base_forms(word: str) -> set[str]:
    from noc_letter.core.rewording.honesty import stems

    return stems(word)


def invents_action(text: str, s, nlp) -> bool:
    """The issue's rule, counted: the suggestion's first verb is named by the person's words,
    and every verb a change brings in names the action of the words it replaced."""
    from noc_letter.core.rewording.honesty import invented_verbs, named_by, same_action

    if invented_verbs(s.changes):
        return True
    words = re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", s.text)
    skip = {"may", "sometimes", "occasionally", "also", "usually", "often", "regularly"}
    first = next((w.lower() for w in words if w.lower() not in skip), "")
    written = re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", text)
    if _base_forms(first) & named_by(written):
        return False
    # Otherwise the first word must be a recorded change that names the same action.
    for change in s.changes:
        new = change.replacement.lower().split()
        if new and new[0] == first:
            replaced = re.findall(r"[a-z]+(?:-[a-z]+)*", change.original.lower())
            return not any(same_action(replaced, f) for f in _base_forms(first))
    return True


_CONJ = {"and", "or", ",", "&", "/"}


def _visible_form(token) -> bool:
    """The word shows a form other than the base: "-ing", past ("-ed" or irregular) or "-s"."""
    from noc_letter.core.rewording.forms import IRREGULAR_PAST

    word = token.lower_
    return (
        (token.tag_ == "VBG" and word.endswith("ing"))
        or (token.tag_ in ("VBD", "VBN") and (word.endswith("ed") or word in IRREGULAR_PAST))
        or (token.tag_ == "VBZ" and word.endswith("s"))
    )


def mixed_forms(text: str, rewriter) -> bool:
    """Verbs of one coordination in different forms, by two checks: the rewriter's own reading
    of the verbs that head the duty, and a naive, separate one (a verb showing "-ing", past or
    "-s" right after "and", "or" or a comma, except a gerund in a list after a preposition:
    "with bathing, dressing and eating"; or a first word in such a form)."""
    from noc_letter.core.rewording.forms import mixed_forms as duty_mixed

    doc = rewriter.matcher.tagged_nlp(text)
    tokens = list(doc)
    lead = 0
    while lead < len(tokens) - 1 and (tokens[lead].pos_ == "ADV" or tokens[lead].tag_ == "MD"):
        lead += 1
    if duty_mixed(tokens, lead, rewriter.known_verbs):
        return True
    from noc_letter.core.rewording.forms import form_of

    if tokens and form_of(tokens[lead], rewriter.known_verbs) in ("ing", "past", "s"):
        return True  # the duty's own verb is not in the base form
    in_list = False
    for i, token in enumerate(tokens):
        if token.pos_ == "ADP" or token.lower_ == "w/":
            in_list = True
            continue
        if token.pos_ == "VERB" and not _visible_form(token):
            in_list = False
        if not (i and tokens[i - 1].lower_ in _CONJ and token.pos_ == "VERB"):
            continue
        if not _visible_form(token) or (in_list and token.tag_ == "VBG"):
            continue
        following = tokens[i + 1].pos_ if i + 1 < len(tokens) else ""
        # A participle before a noun modifies it ("and related equipment", ", using tools");
        # one before a determiner, a pronoun or a number takes an object: it is a verb.
        objects = {"DET", "PRON", "NUM"}
        if token.tag_ in ("VBD",):
            objects |= {"NOUN", "ADJ", "PROPN", "ADP", "PART"}
        if following in objects:
            return True
    return False


def casual_report(rewriter, show: int) -> tuple[list[str], dict]:
    """The casual-set table and the raw counts."""
    from noc_letter.core.guard import verbatim_risk
    from noc_letter.core.rewording.facts import duty_facts

    nlp = rewriter.matcher.tagged_nlp
    items = load_casual()
    for code in {item["noc"] for item in items}:
        rewriter._targets(code)  # each target's verbs are read once per session, not timed
    c: Counter = Counter()
    by_form: dict[str, Counter] = defaultdict(Counter)
    times, examples, problems = [], [], []
    for item in items:
        start = time.perf_counter()
        result = rewriter.suggest(item["text"], item["noc"])
        times.append((time.perf_counter() - start) * 1000)
        row = by_form[item["form"]]
        row["lines"] += 1
        if item["vague"]:
            c["vague"] += 1
            c["vague_asked"] += bool(result.questions) and not result.suggestions
            continue
        c["lines"] += 1
        offered = bool(result.suggestions or result.choices)
        c["offered"] += offered
        row["offered"] += offered
        c["reworded"] += bool(result.suggestions)
        row["reworded"] += bool(result.suggestions)
        c["choice"] += bool(result.choices) and not result.suggestions
        row["choice"] += bool(result.choices)
        c["source_" + item["source"]] += 1
        c["offered_" + item["source"]] += offered
        facts = duty_facts(item["text"], nlp)
        options = [o for choice in result.choices for o in choice.options]
        for s in result.suggestions:
            c["suggestions"] += 1
            c["kind_" + s.kind] += 1
            checks = {
                "kept": keeps_facts(facts, s, item["text"]),
                "honest": not invents_action(item["text"], s, nlp),
                "one_form": not mixed_forms(s.text, rewriter),
                "rank_kept": s.rank_after <= s.rank_before,
                "guard_ok": verbatim_risk(s.text).level == "ok",
            }
            for name, ok in checks.items():
                c[name] += ok
                if not ok:
                    problems.append(f"{name}: {item['text']} → {s.text}")
            c["ranks_higher"] += ranks_higher(s)
            if len(examples) < show:
                examples.append(f"- [{s.kind}] {item['text']} → {s.text}")
        for o in options:
            c["options"] += 1
            c["options_kept"] += keeps_facts(facts, o, item["text"])
            c["options_guard_ok"] += verbatim_risk(o.text).level == "ok"
    n, total = c["lines"], max(c["suggestions"], 1)
    median = statistics.median(times)
    p95 = sorted(times)[int(0.95 * (len(times) - 1))]
    codes = {item["noc"] for item in items}
    hand = sum(item["source"] == "hand" for item in items)
    rows = [
        ("non-vague lines with a suggestion (any kind)", c["offered"] / n, "≥ 0.75"),
        ("… with a rewording (letter form or target wording)", c["reworded"] / n, ""),
        ("… with choices only (words name no action)", c["choice"] / n, ""),
        ("… hand-written / generated lines", None, ""),
        ("suggestions keeping every noun, number and name", c["kept"] / total, "1.00"),
        ("suggestions inventing an action", 1 - c["honest"] / total, "0"),
        ("suggestions with mixed verb forms in a coordination", 1 - c["one_form"] / total, "0"),
        ("suggestions not lowering the target's rank", c["rank_kept"] / total, "≥ 0.95"),
        ("suggestions ranking the target higher", c["ranks_higher"] / total, ""),
        ("suggestions flagged by the copy guard", 1 - c["guard_ok"] / total, "0"),
        ("choice options keeping every fact", c["options_kept"] / max(c["options"], 1), ""),
        (
            "choice options flagged by the copy guard",
            1 - c["options_guard_ok"] / max(c["options"], 1),
            "",
        ),
        (
            "vague lines answered with questions, no rewording",
            c["vague_asked"] / max(c["vague"], 1),
            "1.00",
        ),
    ]
    split = (
        f"{c['offered_hand'] / max(c['source_hand'], 1):.3f} / "
        f"{c['offered_generated'] / max(c['source_generated'], 1):.3f}"
    )
    lines = [
        "### Casual wording",
        "",
        f"{len(items)} lines over {len(codes)} unit groups ({hand} written by hand in "
        "`benchmarks/data/casual_handwritten.txt`, the rest generated from dev duties by "
        "`benchmarks/casual_duties.py`); "
        f"{c['vague']} are vague on purpose. {c['suggestions']} rewordings "
        f"({c['kind_letter_form']} letter form, {c['kind_target_wording']} target wording) and "
        f"{c['options']} choice options.",
        "",
        "| measure | value | bar |",
        "|---|---|---|",
    ]
    for name, value, bar in rows:
        shown = split if value is None else f"{value:.3f}"
        lines.append(f"| {name} | {shown} | {bar} |")
    lines.append(f"| time per line, median / p95 (ms) | {median:.1f} / {p95:.1f} | ≤ 30 (median) |")
    lines += [
        "",
        "| form | lines | with a suggestion | with a rewording | with choices |",
        "|---|---|---|---|---|",
    ]
    for form, row in sorted(by_form.items(), key=lambda kv: -kv[1]["lines"]):
        if form == "vague":
            continue
        k = max(row["lines"], 1)
        lines.append(
            f"| {form} | {row['lines']} | {row['offered'] / k:.3f} | "
            f"{row['reworded'] / k:.3f} | {row['choice'] / k:.3f} |"
        )
    lines += [
        "",
        "How the figures are counted. A line *gets a suggestion* when it gets a rewording or a "
        "choice (its words name no action, so the target's verbs are offered to pick from, only "
        "if true); the rewording-only rate is the line below it. *Keeping every noun, number and "
        "name*: each noun, proper noun, number and tool name the tagger finds in the line is in "
        'the suggestion, except a noun made into its own verb ("reconciliations" → '
        '"reconcile"), shorthand written out, filler ("stuff") and the words of a lead-in. '
        "*Inventing an action*: a verb brought in by a change that the replaced words do not name "
        "(same verb, the verb of their noun, a curated synonym for that kind of object, or a "
        "phrasal verb's single verb), or a first word that neither the line nor such a change "
        "names. *Mixed verb forms*: the rewriter's own reading of the verbs that head the "
        'suggestion, and a separate naive one (a verb showing "-ing", past or "-s" after '
        '"and", "or" or a comma and taking an object, or a first word in such a form). '
        "A letter form must not lower the target's rank or score; target wording must also "
        "raise the score, which is why few suggestions *rank the target higher*: most casual "
        "lines already rank as their duty form does, since the matcher compares lemmas.",
    ]
    if examples:
        print("\n".join(examples))
    if problems:
        print("problems:\n" + "\n".join(problems))
    return lines, c


def dev_report(rewriter, limit: int) -> list[str]:
    """The professional dev duties (O*NET and ESCO statements), gold group as target."""
    from noc_letter.core.guard import verbatim_risk
    from noc_letter.core.rewording.facts import duty_facts

    nlp = rewriter.matcher.tagged_nlp
    items = load_items(DEFAULT_SET)
    if limit:
        items = items[:limit]
    for code in {item["noc"] for item in items}:
        rewriter._targets(code)
    c: Counter = Counter()
    times = []
    for item in items:
        start = time.perf_counter()
        result = rewriter.suggest(item["text"], item["noc"])
        times.append((time.perf_counter() - start) * 1000)
        c["questions"] += bool(result.questions)
        c["choices"] += bool(result.choices)
        if not result.suggestions:
            continue
        c["offered"] += 1
        facts = duty_facts(item["text"], nlp)
        for s in result.suggestions:
            c["total"] += 1
            c["kind_" + s.kind] += 1
            c["higher_score"] += s.score_after > s.score_before
            c["better_rank"] += ranks_higher(s)
            c["not_worse"] += s.rank_after <= s.rank_before
            c["kept"] += keeps_facts(facts, s, item["text"])
            c["flagged"] += verbatim_risk(s.text).level != "ok"
    n, total = len(items), max(c["total"], 1)
    rows = [
        ("duties with a rewording", c["offered"] / n),
        ("duties with choices (words name no action)", c["choices"] / n),
        ("rewordings in letter form / target wording", None),
        ("rewordings scoring the target higher", c["higher_score"] / total),
        (
            "rewordings ranking the target higher (or, 1st, leading by more)",
            c["better_rank"] / total,
        ),
        ("rewordings not lowering the target's rank", c["not_worse"] / total),
        ("rewordings keeping every noun and number", c["kept"] / total),
        ("rewordings flagged by the copy guard", c["flagged"] / total),
        ("duties answered with questions", c["questions"] / n),
    ]
    lines = [
        "### Professional duties (dev set, no bar)",
        "",
        f"Over `{DEFAULT_SET.name}` ({n} O*NET and ESCO statements, gold group as target; "
        f"{c['total']} rewordings). These are already written as duties, so most need nothing.",
        "",
        "| measure | value |",
        "|---|---|",
    ]
    for name, value in rows:
        shown = (
            f"{c['kind_letter_form']} / {c['kind_target_wording']}"
            if value is None
            else f"{value:.3f}"
        )
        lines.append(f"| {name} | {shown} |")
    lines.append(
        f"| time per duty, median / p95 (ms) | {statistics.median(times):.1f} / "
        f"{sorted(times)[int(0.95 * (len(times) - 1))]:.1f} |"
    )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--show", type=int, default=0, help="print N example suggestions")
    parser.add_argument("--dev-limit", type=int, default=0, help="first N dev duties (0: all)")
    args = parser.parse_args()

    from noc_letter.core.rewording import get_rewriter

    rewriter = get_rewriter()
    rewriter.suggest("Warm up the pipeline", "12200")
    casual, _counts = casual_report(rewriter, args.show)
    lines = [
        "## Suggestions (truthful rewording)",
        "",
        "`python benchmarks/suggest_bench.py`. Kinds of suggestion: **letter form** (the person's "
        "own words in the form a letter uses), **target wording** (a verb of the target's own "
        "duties that names the same action for the same object) and **choice** (the words name "
        "no action: the target's verbs offered to pick from, only if true; never applied "
        "without the pick).",
        "",
        *casual,
        "",
        *dev_report(rewriter, args.dev_limit),
    ]
    report = "\n".join(lines)
    print(report)
    if not args.no_write and not args.dev_limit:
        print("wrote", update_section("suggest", report))


if __name__ == "__main__":
    main()
