"""Letter status on the dev letters: the true target, and each minor-group sibling as target.

Used by matcher_bench.py; run alone to see the calibration grid:
    .venv/bin/python benchmarks/letter_status_eval.py [--grid]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_set import letters, load_items  # noqa: E402

from noc_letter.core.matching import status as st  # noqa: E402


def letter_rows(matcher, items) -> list[np.ndarray]:
    """Per dev letter, the (n_duties, 516) fused score rows of its usable duties."""
    queries = matcher.queries([item["text"] for item in items])
    scored = matcher.scored_all(queries)
    rows = np.stack([s.scores for s in scored])
    usable = np.array([not q.empty for q in queries])
    return [rows[[i for i in ids if usable[i]]] for ids in letters(items)]


def evaluate(matcher, items, rows_per_letter, **params) -> dict:
    """Share of true targets that get supports_target, of sibling targets that do not, and the
    per-status counts for both."""
    pos = matcher.position
    teers = matcher.teers
    true_status, sib_status = Counter(), Counter()
    for ids, rows in zip(letters(items), rows_per_letter, strict=True):
        gold = items[ids[0]]["noc"]
        weights = np.ones(len(rows))
        conf = [pos[c] for c in st.confusable_codes(matcher.catalogue, gold)]
        status, _, _ = st.letter_status(rows, weights, pos[gold], conf, teers, **params)
        true_status[status] += 1
        for sib in matcher.codes:
            if sib[:4] != gold[:4] or sib == gold:
                continue
            conf = [pos[c] for c in st.confusable_codes(matcher.catalogue, sib)]
            status, _, _ = st.letter_status(rows, weights, pos[sib], conf, teers, **params)
            sib_status[status] += 1
    n_true, n_sib = sum(true_status.values()), sum(sib_status.values())
    return {
        "true_supports": true_status[st.SUPPORTS_TARGET] / n_true,
        "sibling_not_supports": 1 - sib_status[st.SUPPORTS_TARGET] / max(1, n_sib),
        "true_status": dict(true_status),
        "sibling_status": dict(sib_status),
        "n_letters": n_true,
        "n_sibling_targets": n_sib,
    }


def duty_margin_table(matcher, items, margins) -> list[tuple[float, float, float]]:
    """Per margin: share of dev duties that support their gold group, and share that support a
    minor-group sibling of it (the false support the margin lets through)."""
    queries = matcher.queries([item["text"] for item in items])
    scored = matcher.scored_all(queries)
    out = []
    for m in margins:
        gold_ok = sib_ok = sib_n = 0
        for item, s in zip(items, scored, strict=True):
            g = matcher.position[item["noc"]]
            gold_ok += st.supports_duty(s.scores, g, m)
            for code in matcher.codes:
                if code[:4] == item["noc"][:4] and code != item["noc"]:
                    sib_n += 1
                    sib_ok += st.supports_duty(s.scores, matcher.position[code], m)
        out.append((m, gold_ok / len(items), sib_ok / max(1, sib_n)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--grid", action="store_true")
    args = ap.parse_args()
    from noc_letter.core.matching import get_matcher

    matcher = get_matcher()
    items = load_items()
    rows = letter_rows(matcher, items)
    print(evaluate(matcher, items, rows))
    if args.grid:
        for tie in (0.0, 0.02, 0.05, 0.1):
            for lm in (0.0, 0.05, 0.1, 0.2, 1.0):
                r = evaluate(matcher, items, rows, tie=tie, letter_margin=lm)
                print(
                    f"tie={tie} letter_margin={lm}: true {r['true_supports']:.3f} "
                    f"sibling-not {r['sibling_not_supports']:.3f} {r['true_status']}"
                )
        for m, gold, sib in duty_margin_table(matcher, items, (0.0, 0.05, 0.1, 0.15, 0.2, 0.3)):
            print(f"duty margin {m}: gold supported {gold:.3f}, sibling supported {sib:.3f}")


if __name__ == "__main__":
    main()
