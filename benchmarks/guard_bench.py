"""Copy-guard benchmark: recall on NOC duties and light edits, false alarms on independent duties
and on plainly written duties (benchmarks/data/plain_duties.txt).

Run: `.venv/bin/python benchmarks/guard_bench.py [--dev PATH] [--seed N] [--sample N]`.
Prints a markdown table on stdout (nothing is written to docs/).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from noc_letter.core import guard_index  # noqa: E402
from noc_letter.core.catalogue import load_catalogue  # noqa: E402
from noc_letter.core.guard import GuardResult, verbatim_risk  # noqa: E402

DEV_DEFAULT = Path("/work/shared/eval/dev_duties.jsonl")
PLAIN = Path(__file__).resolve().parent / "data" / "plain_duties.txt"

# Small built-in synonym list for the "synonym swapped" edits (one word for one word).
_SYNONYM_TEXT = """
    prepare:draft maintain:keep supervise:oversee coordinate:organize assist:help develop:create
    review:examine monitor:track establish:create inspect:check repair:fix operate:run
    provide:give analyze:study evaluate:assess advise:counsel consult:confer train:coach
    hire:recruit plan:schedule organize:arrange direct:lead manage:run implement:apply
    record:log verify:check examine:inspect install:fit clean:wash order:purchase schedule:plan
    assign:allocate identify:find recommend:suggest compile:gather collect:gather
    calculate:compute investigate:probe negotiate:bargain assess:evaluate test:check
    measure:gauge purchase:buy obtain:get ensure:confirm determine:decide perform:carry
    staff:personnel workers:employees employees:staff customers:clients clients:customers
    equipment:machinery documents:papers records:files reports:summaries information:data
    procedures:processes policies:rules activities:tasks materials:supplies supplies:materials
    problems:issues meetings:sessions schedules:timetables programs:initiatives products:goods
    machines:machinery financial:fiscal appropriate:suitable required:necessary patients:clients
    tools:implements budgets:estimates new:fresh
"""
SYNONYMS = dict(pair.split(":") for pair in _SYNONYM_TEXT.split())
_PAST_TEXT = """
    lead:led keep:kept make:made take:took give:gave hold:held sell:sold buy:bought
    bring:brought send:sent spend:spent pay:paid meet:met tell:told find:found draw:drew
    drive:drove oversee:oversaw undertake:undertook teach:taught write:wrote build:built run:ran
    set:set cut:cut put:put feed:fed deal:dealt may:might
"""
PAST = dict(pair.split(":") for pair in _PAST_TEXT.split())
WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
SMALL = {"a", "an", "the", "and", "or", "of", "to", "for", "in", "on", "with", "by", "as"}


def past_tense(verb: str) -> str:
    """A regular or listed irregular past tense of one verb."""
    low = verb.lower()
    if low in PAST:
        out = PAST[low]
    elif low.endswith("e"):
        out = low + "d"
    elif low.endswith("y") and low[-2:-1] not in "aeiou":
        out = low[:-1] + "ied"
    elif re.fullmatch(r"[^aeiou]*[aeiou][bdgmnpt]", low):
        out = low + low[-1] + "ed"
    else:
        out = low + "ed"
    return out.capitalize() if verb[:1].isupper() else out


def _words(text: str) -> list[re.Match[str]]:
    return list(WORD.finditer(text))


def _replace(text: str, match: re.Match[str], new: str) -> str:
    new = re.sub(r"\s+", " ", new)
    out = text[: match.start()] + new + text[match.end() :]
    return re.sub(r"\s+([,.;])", r"\1", re.sub(r"\s{2,}", " ", out)).strip(" ,")


def drop_word(text: str, rng: random.Random) -> str | None:
    """Remove one content word (not the first)."""
    options = [m for m in _words(text)[1:] if m.group().lower() not in SMALL]
    return _replace(text, rng.choice(options), "") if options else None


def swap_synonym(text: str, rng: random.Random) -> str | None:
    """Replace one word found in the synonym list."""
    options = [m for m in _words(text) if m.group().lower() in SYNONYMS]
    if not options:
        return None
    m = rng.choice(options)
    new = SYNONYMS[m.group().lower()]
    return _replace(text, m, new.capitalize() if m.group()[0].isupper() else new)


def change_tense(text: str, rng: random.Random) -> str | None:
    """Put the opening verb (or any listed verb) into the past tense."""
    words = _words(text)
    if not words:
        return None
    first = words[0]
    if first.group().lower() == "may" and len(words) > 1:
        first = words[1]
    return _replace(text, first, past_tense(first.group()))


def reorder(text: str, rng: random.Random) -> str | None:
    """Swap the clauses around one " and " or two comma-separated items (no word changed)."""
    body = text.rstrip(".")
    ands = [m.start() for m in re.finditer(r" and ", body)]
    if ands:
        at = rng.choice(ands)
        left, right = body[:at], body[at + 5 :]
        return f"{right[:1].upper()}{right[1:]} and {left[:1].lower()}{left[1:]}"
    parts = body.split(", ")
    if len(parts) >= 3:
        i = rng.randrange(len(parts) - 1)
        parts[i], parts[i + 1] = parts[i + 1], parts[i]
        out = ", ".join(parts)
        return out[:1].upper() + out[1:]
    return None


EDITS: dict[str, Callable[[str, random.Random], str | None]] = {
    "word dropped": drop_word,
    "synonym swapped": swap_synonym,
    "tense changed": change_tense,
    "clauses reordered": reorder,
}
COMBOS = (
    ("tense changed", "synonym swapped"),
    ("word dropped", "synonym swapped"),
    ("word dropped", "tense changed"),
    ("synonym swapped", "synonym swapped"),
    ("clauses reordered", "tense changed"),
    ("clauses reordered", "word dropped"),
)


def make_edits(duties: list[str], seed: int) -> dict[str, list[tuple[str, str]]]:
    """(source duty, edited copy) pairs per edit kind (a kind is skipped where it cannot apply)."""
    rng = random.Random(seed)
    out: dict[str, list[tuple[str, str]]] = {name: [] for name in EDITS}
    out["combo (≤ 2 words)"] = []
    for duty in duties:
        for name, edit in EDITS.items():
            edited = edit(duty, rng)
            if edited and edited != duty:
                out[name].append((duty, edited))
        first, second = rng.choice(COMBOS)
        once = EDITS[first](duty, rng)
        twice = EDITS[second](once, rng) if once else None
        if twice and twice != duty:
            out["combo (≤ 2 words)"].append((duty, twice))
    return out


def flagged(result: GuardResult) -> bool:
    """True for "close" or "verbatim"."""
    return result.level != "ok"


def run(texts: list[str], timings: list[float]) -> list[GuardResult]:
    """The guard on each text, recording per-line milliseconds."""
    results = []
    for text in texts:
        t0 = time.perf_counter()
        results.append(verbatim_risk(text))
        timings.append((time.perf_counter() - t0) * 1000)
    return results


def main() -> int:
    """Measure and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dev", type=Path, default=DEV_DEFAULT)
    parser.add_argument("--seed", type=int, default=2021)
    parser.add_argument("--sample", type=int, default=0, help="edit only N random duties")
    args = parser.parse_args()

    t0 = time.perf_counter()
    catalogue = load_catalogue()
    load_ms = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    index = guard_index.build_index(catalogue)
    build_ms = (time.perf_counter() - t0) * 1000
    verbatim_risk("warm up")

    duties = [d.text for g in catalogue.groups for d in g.main_duties]
    edit_source = duties
    if args.sample:
        edit_source = random.Random(args.seed).sample(duties, args.sample)
    rows: list[tuple[str, list[GuardResult], str]] = []
    timings: list[float] = []

    rows.append(("NOC main duties as written", run(duties, timings), "—"))
    all_edits: list[GuardResult] = []
    all_sources: list[str] = []
    for name, pairs in make_edits(edit_source, args.seed).items():
        sources = [source for source, _ in pairs]
        results = run([edited for _, edited in pairs], timings)
        all_edits += results
        all_sources += sources
        rows.append((f"light edit: {name}", results, _found(results, sources)))
    rows.append(("light edits, all kinds", all_edits, _found(all_edits, all_sources)))

    plain = [
        line.strip()
        for line in PLAIN.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    plain_results = run(plain, timings)
    rows.append(("plainly written duties (flagged = false alarm)", plain_results, "—"))
    if args.dev.exists():
        items = [json.loads(line) for line in args.dev.read_text(encoding="utf-8").splitlines()]
        independent = run([i["text"] for i in items if not i["near_verbatim"]], timings)
        near = run([i["text"] for i in items if i["near_verbatim"]], timings)
        rows.append(("dev, not near_verbatim (flagged = false alarm)", independent, "—"))
        rows.append(("dev, near_verbatim", near, "—"))

    flagged_plain = [t for t, r in zip(plain, plain_results, strict=True) if flagged(r)]
    timings.sort()
    print(f"Copy guard benchmark (seed {args.seed}, {len(index.sentences)} indexed sentences)\n")
    print("| set | n | flagged (close or verbatim) | verbatim | nearest = source duty |")
    print("|---|---:|---:|---:|---:|")
    for name, results, found in rows:
        rates = f"{_rate(results, flagged)} | {_rate(results, _is_verbatim)}"
        print(f"| {name} | {len(results)} | {rates} | {found} |")
    print()
    print("| speed | value |")
    print("|---|---:|")
    print(f"| catalogue load (first call) | {load_ms:.0f} ms |")
    print(f"| index build (catalogue loaded) | {build_ms:.0f} ms |")
    print(f"| per line, median | {statistics.median(timings):.2f} ms |")
    print(f"| per line, p95 | {timings[int(len(timings) * 0.95)]:.2f} ms |")
    print(f"| per line, p99 | {timings[int(len(timings) * 0.99)]:.2f} ms |")
    print(f"| per line, max | {timings[-1]:.2f} ms |")
    if flagged_plain:
        print("\nPlainly written duties still flagged:")
        for text in flagged_plain:
            print(f"- {text}")
    return 0


def _found(results: list[GuardResult], sources: list[str]) -> str:
    """Share of edits whose nearest NOC sentence is the duty they were made from."""
    hits = sum(
        1 for r, s in zip(results, sources, strict=True) if r.nearest and r.nearest.text == s
    )
    return f"{hits / len(results):.1%}" if results else "n/a"


def _is_verbatim(result: GuardResult) -> bool:
    return result.level == "verbatim"


def _rate(results: list[GuardResult], test: Callable[[GuardResult], bool]) -> str:
    if not results:
        return "n/a"
    hits = sum(1 for r in results if test(r))
    return f"{hits / len(results):.1%} ({hits})"


if __name__ == "__main__":
    sys.exit(main())
