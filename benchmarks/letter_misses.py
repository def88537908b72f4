"""Which dev letters the matcher reads as another group, and which group (prints markdown).

Usage: `python benchmarks/letter_misses.py [--set FILE]`. Letters as in matcher_bench.py (items
grouped by gold code, up to ten duties each); for every missed letter: the gold group, the group
it reads as, the gold group's rank, the letter's size and the score gap. Ends with how many of
the misses stay in the same broad category, major group, minor group or TEER. Writes nothing.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_set import DEFAULT_SET, letters, load_items  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=DEFAULT_SET, help="labelled JSONL file")
    args = parser.parse_args()
    from noc_letter.core.matching import get_matcher

    matcher = get_matcher()
    items = load_items(args.set)
    queries = matcher.queries([item["text"] for item in items])
    titles = {group.code: group.title for group in matcher.catalogue.groups}
    groups = letters(items)
    misses = []
    for ids in groups:
        gold = items[ids[0]]["noc"]
        scores = matcher.letter_scores([queries[i] for i in ids])
        rank = matcher.rank_of(scores, gold)
        if rank > 1:
            top = matcher.codes[int(np.argmax(scores))]
            gap = float(scores.max() - scores[matcher.position[gold]])
            misses.append((gold, top, rank, len(ids), gap))
    print("| gold | reads as | gold rank | duties | gap |")
    print("|---|---|---|---|---|")
    for gold, top, rank, size, gap in sorted(misses, key=lambda m: m[4]):
        print(
            f"| {gold} {titles[gold][:40]} | {top} {titles[top][:40]} | {rank} | {size} "
            f"| {gap:.3f} |"
        )
    broad = sum(g[0] == t[0] for g, t, *_ in misses)
    minor = sum(g[:4] == t[:4] for g, t, *_ in misses)
    major = sum(g[:2] == t[:2] for g, t, *_ in misses)
    teer = sum(g[1] == t[1] for g, t, *_ in misses)
    close = sum(gap < 0.02 for *_, gap in misses)
    print(
        f"\n{len(misses)} of {len(groups)} letters missed; of those, {broad} read as a group of "
        f"the same broad category, {major} of the same major group, {minor} of the same minor "
        f"group, {teer} of the same TEER; {close} miss by a gap under 0.02."
    )


if __name__ == "__main__":
    main()
