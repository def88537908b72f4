"""Experiment: the encoder channel alone and fused with the lexical + word-vector scores.

    .venv/bin/python benchmarks/experiments/encoder_fusion.py --encoder DIR [--cache DIR]

DIR holds an exported encoder (model_int8.onnx, tokenizer.json, encoder.json) and its
`noc_vectors.npz` (scripts/build_encoder_index.py). Prints dev-set metrics for several feature
weightings and fusion weights; the numbers in docs/benchmarks.md come from here.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_set import letters, load_items, metrics  # noqa: E402

KEYS = ("top1", "top3", "top5", "sibling_win", "letter_top1", "letter_top3")


def zscore(rows: np.ndarray) -> np.ndarray:
    """Per row: (x - mean) / std over the 516 groups."""
    return (rows - rows.mean(1, keepdims=True)) / (rows.std(1, keepdims=True) + 1e-9)


def report(name: str, items, scores, codes, exclusions) -> dict:
    """Metrics of one score matrix (letters pooled by the mean)."""
    letter = [scores[ids].mean(0) for ids in letters(items)]
    out = metrics(items, scores, codes, exclusions, letter)
    print(f"{name:44s} " + " ".join(f"{k}={out[k]:.3f}" for k in KEYS), flush=True)
    return out


def dev_setup(matcher, items, cache: Path) -> tuple[dict[str, list[str]], np.ndarray]:
    """(each code's exclusion codes, the lexical + word-vector scores of the dev duties, cached
    in `cache`/lexical.npy)."""
    exclusions = {
        g.code: [e.see_code for e in g.exclusions if e.see_code] for g in matcher.catalogue.groups
    }
    cache.mkdir(parents=True, exist_ok=True)
    lex_file = cache / "lexical.npy"
    if lex_file.exists():
        return exclusions, np.load(lex_file)
    queries = matcher.queries([i["text"] for i in items])
    lex = np.stack([s.base for s in matcher.scored_all(queries)])
    np.save(lex_file, lex)
    return exclusions, lex


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--encoder", type=Path, required=True)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/fusion-cache"))
    args = ap.parse_args()
    from noc_letter.core.matching import get_matcher
    from noc_letter.core.matching.encoder import SentenceEncoder
    from noc_letter.core.matching.meaning import VECTORS_FILE, MeaningIndex

    items = load_items()
    matcher = get_matcher()
    codes = matcher.codes
    exclusions, lex = dev_setup(matcher, items, args.cache)
    encoder = SentenceEncoder(args.encoder, threads=2)
    meaning = MeaningIndex.load(args.encoder / VECTORS_FILE, matcher.catalogue)
    qv = encoder.embed([i["text"] for i in items])
    feats = [meaning.score(q).features for q in qv]
    f = {k: np.stack([x[k] for x in feats]) for k in feats[0]}
    results = {}
    results["lexical+vectors (shipped)"] = report(
        "lexical+vectors (shipped)", items, lex, codes, exclusions
    )
    for k in f:
        report(f"encoder {k} only", items, f[k], codes, exclusions)
    mixes = {
        "duty.5 lead.2 ex.2 title.1": {"duty": 0.5, "lead": 0.2, "example": 0.2, "title": 0.1},
        "duty.5 lead.25 ex.25": {"duty": 0.5, "lead": 0.25, "example": 0.25, "title": 0.0},
    }
    # Hubness of the encoder's combined score, from the NOC's own main duties as references
    # (the same CSLS-style correction the lexical channel has; NOC text only).
    from noc_letter.core.matching.hubness import hubness

    ref_feats = [meaning.score(v).features for v in meaning._duty.vectors]
    ref_groups = np.repeat(
        meaning._duty.groups, np.diff(np.r_[meaning._duty.starts, len(meaning._duty.vectors)])
    )
    rf = {k: np.stack([x[k] for x in ref_feats]) for k in ref_feats[0]}
    for name, w in mixes.items():
        enc = sum(w[k] * f[k] for k in w)
        ref = sum(w[k] * rf[k] for k in w)
        hub = hubness(ref, ref_groups)
        report(f"encoder {name}", items, enc, codes, exclusions)
        for share in (0.5, 1.0):
            report(f"  hub-corrected {share}", items, enc - share * hub, codes, exclusions)
        for beta in (1.0, 1.5, 2.0, 3.0):
            fused = zscore(lex) + beta * zscore(enc)
            results[f"{name} beta {beta}"] = report(
                f"  fused beta={beta}", items, fused, codes, exclusions
            )
            fused = zscore(lex) + beta * zscore(enc - 0.5 * hub)
            results[f"{name} hub beta {beta}"] = report(
                f"  fused, encoder hub 0.5, beta={beta}", items, fused, codes, exclusions
            )
    (args.cache / "results.json").write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
