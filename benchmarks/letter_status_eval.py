"""Letter status on the dev letters: the true target, and each minor-group sibling as target.

Used by matcher_bench.py; run alone for the calibration grid of the status constants:
    .venv/bin/python benchmarks/letter_status_eval.py [--grid]
"""

from __future__ import annotations

import argparse
import itertools
import pickle
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_set import letters, load_items  # noqa: E402

from noc_letter.core.matching import status as st  # noqa: E402


def cases(matcher, items) -> list[tuple[list[str], str, bool]]:
    """(duties, target, is the true target) for every dev letter: its true target, then each
    minor-group sibling of it."""
    out = []
    for ids in letters(items):
        duties = [items[i]["text"] for i in ids]
        gold = items[ids[0]]["noc"]
        out.append((duties, gold, True))
        out += [(duties, c, False) for c in matcher.codes if c[:4] == gold[:4] and c != gold]
    return out


def run_cases(matcher, items) -> list[dict]:
    """The real assessment of every case, reduced to what the grid needs."""
    found = []
    for duties, target, true in cases(matcher, items):
        a = matcher.assess(duties, target)
        queries = matcher.queries(duties)
        scored = [s for s in matcher.scored_all(queries) if not s.query.empty]
        found.append(
            {
                "true": true,
                "status": a.status,
                "target": matcher.position[target],
                "covered": a.covered_count,
                "confusables": [matcher.position[c.code] for c in a.confusables],
                "coverage": {
                    **{matcher.position[c.code]: c.coverage for c in a.confusables},
                    matcher.position[target]: a.covered_count / max(1, len(a.covered_main_duties)),
                },
                "rows": np.array([s.scores for s in scored]).reshape(len(scored), -1),
            }
        )
    return found


def summarise(statuses: list[tuple[bool, str]]) -> dict:
    """Bar figures and per-status counts from (is true target, status) pairs."""
    true_status = Counter(s for t, s in statuses if t)
    sib_status = Counter(s for t, s in statuses if not t)
    n_true, n_sib = sum(true_status.values()), sum(sib_status.values())
    return {
        "true_supports": true_status[st.SUPPORTS_TARGET] / max(1, n_true),
        "sibling_not_supports": 1 - sib_status[st.SUPPORTS_TARGET] / max(1, n_sib),
        "true_status": dict(true_status),
        "sibling_status": dict(sib_status),
        "n_letters": n_true,
        "n_sibling_targets": n_sib,
    }


def evaluate(matcher, items, found: list[dict] | None = None) -> dict:
    """Status figures of the shipped assessment over all cases."""
    found = found if found is not None else run_cases(matcher, items)
    return summarise([(f["true"], f["status"]) for f in found])


def regrade(matcher, found: list[dict], use_coverage: bool = True, **params) -> dict:
    """The same figures with other status constants (tie, letter_margin, min_covered, ...)."""
    statuses = []
    for f in found:
        status, _, _ = st.letter_status(
            f["rows"],
            np.ones(len(f["rows"])),
            f["target"],
            f["confusables"],
            matcher.teers,
            covered=f["covered"],
            coverage=f["coverage"] if use_coverage else None,
            **params,
        )
        statuses.append((f["true"], status))
    return summarise(statuses)


def duty_margin_table(matcher, items, margins) -> list[tuple[float, float, float]]:
    """Per margin: share of dev duties that support their gold group, and share that support a
    minor-group sibling of it (the false support the margin lets through)."""
    queries = matcher.queries([item["text"] for item in items])
    scored = matcher.scored_all(queries)
    out = []
    for m in margins:
        gold_ok = sib_ok = sib_n = 0
        for item, s in zip(items, scored, strict=True):
            gold_ok += st.supports_duty(s.scores, matcher.position[item["noc"]], m)
            for code in matcher.codes:
                if code[:4] == item["noc"][:4] and code != item["noc"]:
                    sib_n += 1
                    sib_ok += st.supports_duty(s.scores, matcher.position[code], m)
        out.append((m, gold_ok / len(items), sib_ok / max(1, sib_n)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--grid", action="store_true")
    ap.add_argument("--tag", default="", help="cache the assessed cases under this name")
    args = ap.parse_args()
    from noc_letter.core.matching import get_matcher

    matcher = get_matcher()
    items = load_items()
    cache = Path(f"/tmp/status-cases-{args.tag}.pkl") if args.tag else None
    if cache is not None and cache.exists():
        found = pickle.loads(cache.read_bytes())
    else:
        found = run_cases(matcher, items)
        if cache is not None:
            cache.write_bytes(pickle.dumps(found))
    print(evaluate(matcher, items, found))
    if args.grid:
        grid = itertools.product((0.05, 0.1), (0.2, 0.5, 1.0), (0.05, 0.1, 0.2, 0.3), (0, 1))
        for tie, lm, cm, mc in grid:
            r = regrade(
                matcher, found, tie=tie, letter_margin=lm, confusable_margin=cm, min_covered=mc
            )
            print(
                f"tie={tie} letter_margin={lm} confusable_margin={cm} min_covered={mc}: "
                f"true {r['true_supports']:.3f} "
                f"sibling-not {r['sibling_not_supports']:.3f} {r['true_status']}"
            )
        for m, gold, sib in duty_margin_table(matcher, items, (0.0, 0.05, 0.1, 0.15, 0.2, 0.3)):
            print(f"duty margin {m}: gold supported {gold:.3f}, sibling supported {sib:.3f}")


if __name__ == "__main__":
    main()
