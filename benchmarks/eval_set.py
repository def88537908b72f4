"""Load the labelled duty set and compute the matcher metrics described in its README."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

import numpy as np

DEFAULT_SET = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "dev_duties.jsonl"
LETTER_SIZE = 10


def load_items(path: Path = DEFAULT_SET) -> list[dict]:
    """One dict per labelled duty: id, text, noc, kind, map_conf, near_verbatim."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def letters(items: Sequence[dict]) -> list[list[int]]:
    """Item indices grouped by gold code into letters of up to ten duties, in file order."""
    by_code: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        by_code[item["noc"]].append(i)
    return [
        ids[k : k + LETTER_SIZE]
        for ids in by_code.values()
        for k in range(0, len(ids), LETTER_SIZE)
    ]


def metrics(
    items: Sequence[dict],
    scores: np.ndarray,
    codes: Sequence[str],
    exclusions: dict[str, list[str]],
    letter_scores: list[np.ndarray] | None = None,
) -> dict[str, float]:
    """top-k, high top-k, minor_top1, sibling_win and letter top-1/top-3 for a score matrix.

    Args:
        items: the labelled duties.
        scores: (n_items, n_codes) score of every code for every item.
        codes: the code of each column.
        exclusions: code → codes listed in its profile's exclusions.
        letter_scores: per letter (same order as `letters(items)`), the score of every code;
            defaults to the sum of the item scores.
    """
    col = {c: i for i, c in enumerate(codes)}
    gold = np.array([col[item["noc"]] for item in items])
    gold_scores = scores[np.arange(len(items)), gold]
    rank = (scores > gold_scores[:, None]).sum(axis=1)
    high = np.array([item["map_conf"] == "high" for item in items])
    top = np.argmax(scores, axis=1)
    out = {f"top{k}": float(np.mean(rank < k)) for k in (1, 3, 5)}
    out.update({f"high_top{k}": float(np.mean(rank[high] < k)) for k in (1, 3, 5)})
    out["minor_top1"] = float(
        np.mean([codes[t][:4] == item["noc"][:4] for t, item in zip(top, items, strict=True)])
    )
    wins = pairs = 0
    for i, item in enumerate(items):
        for other in exclusions.get(item["noc"], []):
            if other in col and other != item["noc"]:
                pairs += 1
                wins += bool(scores[i, gold[i]] > scores[i, col[other]])
    out["sibling_win"] = wins / pairs if pairs else float("nan")
    groups = letters(items)
    if letter_scores is None:
        letter_scores = [scores[ids].sum(axis=0) for ids in groups]
    l1 = l3 = 0
    for ids, ls in zip(groups, letter_scores, strict=True):
        g = gold[ids[0]]
        better = int((ls > ls[g]).sum())
        l1 += better < 1
        l3 += better < 3
    out["letter_top1"] = l1 / len(groups)
    out["letter_top3"] = l3 / len(groups)
    out["n_items"] = len(items)
    out["n_letters"] = len(groups)
    out["sibling_pairs"] = pairs
    return out
