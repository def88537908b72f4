"""Experiment: two or more sentence encoders side by side, fused with the lexical channel.

    .venv/bin/python benchmarks/experiments/encoder_ensemble.py --encoder DIR --encoder DIR2 \\
        [--cache DIR] [--weights 1.5,1]

Each DIR holds an exported encoder (model_int8.onnx, tokenizer.json, encoder.json; see
scripts/export_onnx.py, which also exports MPNet models) and its `noc_vectors.npz`
(scripts/build_encoder_index.py --encoder DIR). Every encoder's score is the app's mix (best
main duty, lead, example-title centroid, title; meaning.FEATURE_WEIGHTS); the fusion adds each
encoder's z-score times its weight to the lexical + word-vector score, in units of that score's
spread, as the matcher does for one encoder. Prints dev-set metrics (numbers quoted in
docs/benchmarks.md, "Matcher experiments").
"""

from __future__ import annotations

import argparse
import sys
from itertools import product
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "benchmarks" / "experiments"))

from encoder_fusion import dev_setup, zscore  # noqa: E402
from eval_set import letters, load_items, metrics  # noqa: E402

KEYS = ("top1", "top3", "top5", "sibling_win", "letter_top1")


def report(name: str, items, scores, codes, exclusions) -> None:
    """One line of metrics for a score matrix (letters pooled by the mean)."""
    pooled = [scores[ids].mean(0) for ids in letters(items)]
    out = metrics(items, scores, codes, exclusions, pooled)
    print(f"{name:48s} " + " ".join(f"{k}={out[k]:.3f}" for k in KEYS), flush=True)


def encoder_scores(folder: Path, texts: list[str], catalogue, cache: Path) -> np.ndarray:
    """(n_texts, n_groups) combined meaning scores of one encoder, cached by folder name."""
    from noc_letter.core.matching.encoder import SentenceEncoder
    from noc_letter.core.matching.meaning import VECTORS_FILE, MeaningIndex

    path = cache / f"meaning-{folder.name}-{len(texts)}.npy"
    if path.exists():
        return np.load(path)
    meaning = MeaningIndex.load(folder / VECTORS_FILE, catalogue)
    encoder = SentenceEncoder(folder, threads=2)
    vectors = encoder.embed([meaning.noc_spelling(t) for t in texts])
    scores = np.stack([meaning.score(v).combined for v in vectors])
    np.save(path, scores)
    return scores


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--encoder", type=Path, action="append", required=True)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/fusion-cache"))
    ap.add_argument("--weights", default="1,1.5,2", help="weights tried for each encoder")
    args = ap.parse_args()
    from noc_letter.core.matching import get_matcher

    items = load_items()
    matcher = get_matcher()
    codes = matcher.codes
    exclusions, lex = dev_setup(matcher, items, args.cache)
    texts = [i["text"] for i in items]
    encs = [encoder_scores(f, texts, matcher.catalogue, args.cache) for f in args.encoder]
    names = [f.name for f in args.encoder]
    report("lexical + word vectors", items, lex, codes, exclusions)
    spread = lex.std(1, keepdims=True)
    for name, enc in zip(names, encs, strict=True):
        report(f"{name} alone", items, enc, codes, exclusions)
    weights = [float(w) for w in args.weights.split(",")]
    for combo in product(weights, repeat=len(encs)):
        fused = lex + spread * sum(w * zscore(e) for w, e in zip(combo, encs, strict=True))
        label = " + ".join(f"{w:g}·{n}" for w, n in zip(combo, names, strict=True))
        report(f"lexical + {label}", items, fused, codes, exclusions)


if __name__ == "__main__":
    main()
