"""French reading benchmark: the French dev set against its English twins, per duty and per letter.

    .venv/bin/python benchmarks/french_bench.py [--set benchmarks/data/french_duties.jsonl] [--json]

Each French line has an English twin (`en_text`: the dev-set item it was translated from, or
the project's own English version of a hand-written line), so the same letters are read in both
languages: the bar is French letter top-1 within 5 points of English on these letters, and no
French duty read as 51114 (translators) unless it is about translating.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_set import letters, metrics  # noqa: E402

FRENCH_SET = ROOT / "benchmarks" / "data" / "french_duties.jsonl"
TRANSLATORS = "51114"
LETTER_GAP = 0.05  # the bar: French letter top-1 at most 5 points under English


def load_french(path: Path = FRENCH_SET) -> list[dict]:
    """The French lines, with `map_conf` set so eval_set.metrics can read them."""
    with path.open(encoding="utf-8") as handle:
        items = [json.loads(line) for line in handle if line.strip()]
    for item in items:
        item.setdefault("map_conf", "high")
    return items


def read_all(matcher, texts: list[str]) -> tuple[np.ndarray, list[str], float]:
    """Scores of every text, the letter scores, the language each was read in, median ms."""
    queries = matcher.queries(texts)
    times, rows = [], []
    for query in queries:
        start = time.perf_counter()
        rows.append(matcher.scored(query).scores)
        times.append(time.perf_counter() - start)
    scores = np.stack(rows)
    return scores, [q.lang for q in queries], float(np.median(times) * 1000)


def exclusions_of(matcher) -> dict[str, list[str]]:
    """Code → the codes its profile's exclusions send elsewhere."""
    return {
        g.code: [e.see_code for e in g.exclusions if e.see_code] for g in matcher.catalogue.groups
    }


def evaluate(matcher, items: list[dict]) -> dict:
    """French and English figures on the same lines and letters."""
    codes = list(matcher.codes)
    exclusions = exclusions_of(matcher)
    out = {}
    for lang, field in (("fr", "text"), ("en", "en_text")):
        texts = [item[field] for item in items]
        scores, langs, median_ms = read_all(matcher, texts)
        groups = letters(items)
        pooled = [scores[ids].mean(axis=0) for ids in groups]  # Matcher.pool, equal weights
        figures = metrics(items, scores, codes, exclusions, pooled)
        figures["detected_as_" + lang] = float(np.mean([x == lang for x in langs]))
        figures["median_ms"] = median_ms
        if lang == "fr":
            top = [codes[int(g)] for g in np.argmax(scores, axis=1)]
            wrong = [
                item["id"]
                for item, t in zip(items, top, strict=True)
                if t == TRANSLATORS and item["noc"] != TRANSLATORS
            ]
            figures["read_as_translators"] = len(wrong)
            figures["read_as_translators_ids"] = wrong
        out[lang] = figures
    out["letter_gap"] = out["en"]["letter_top1"] - out["fr"]["letter_top1"]
    out["bar_letter_gap"] = out["letter_gap"] <= LETTER_GAP
    out["bar_translators"] = out["fr"]["read_as_translators"] == 0
    return out


def main(argv: list[str] | None = None) -> int:
    """Command line: print the table (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=FRENCH_SET)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    from noc_letter.core.matching import get_matcher

    matcher = get_matcher()
    result = evaluate(matcher, load_french(args.set))
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    print(table(result))
    return 0


def table(result: dict) -> str:
    """Markdown table of the French figures next to the English ones."""
    fr, en = result["fr"], result["en"]
    rows = [
        "| metric | French | English twins |",
        "|---|---|---|",
    ]
    for key in ("top1", "top3", "top5", "sibling_win", "letter_top1", "letter_top3"):
        rows.append(f"| {key} | {fr[key]:.3f} | {en[key]:.3f} |")
    rows.append(f"| language detected | {fr['detected_as_fr']:.3f} | {en['detected_as_en']:.3f} |")
    rows.append(f"| median ms per duty | {fr['median_ms']:.1f} | {en['median_ms']:.1f} |")
    rows.append(f"| read as 51114 (not translating) | {fr['read_as_translators']} | — |")
    rows.append(
        f"\nLetters: {fr['n_letters']}; duties: {fr['n_items']}. Letter gap (English − French): "
        f"{result['letter_gap']:+.3f} (bar ≤ {LETTER_GAP:.2f}: "
        f"{'met' if result['bar_letter_gap'] else 'NOT met'}); 51114 bar "
        f"{'met' if result['bar_translators'] else 'NOT met'}."
    )
    return "\n".join(rows)


if __name__ == "__main__":
    sys.exit(main())
