"""Experiment: soft term coverage added to the matcher's scores (measured, not shipped).

For each word of a duty, its best match among the words of a group's NOC main duties: 1 for the
same lemma, else the word-vector cosine of the closest word when it reaches TAU (so "fix" meets
"repair"); the idf-weighted mean over the duty's words is the group's coverage, added to the
score with weight LAMBDA. Results: docs/benchmarks.md, "Matcher experiments". About 2 minutes.

Usage: `python benchmarks/experiments/soft_coverage.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_set import DEFAULT_SET, letters, load_items, metrics  # noqa: E402

TAUS = (0.5, 0.6, 0.7)
LAMBDAS = (0.02, 0.05, 0.1, 0.2)


def main() -> None:
    from noc_letter.core.matching import get_matcher
    from noc_letter.core.matching.index import DUTY

    matcher = get_matcher()
    items = load_items(DEFAULT_SET)
    queries = matcher.queries([item["text"] for item in items])
    scores = np.stack([matcher.scored(q).scores for q in queries])
    vocab, vectors, n_groups = matcher.index.vocab, matcher.vectors, len(matcher.codes)
    word_vectors = np.zeros((len(vocab), vectors.dims), np.float32)
    known = np.zeros(len(vocab), bool)
    for i, word in enumerate(vocab):
        row = vectors.row.get(word)
        if row is not None:
            word_vectors[i] = vectors.vectors[row] / np.linalg.norm(vectors.vectors[row])
            known[i] = True
    fields = matcher.lexical.fields
    in_group = np.zeros((len(vocab), n_groups), bool)  # the word is in the group's duties
    for term in range(len(vocab)):
        cells = fields.ids[fields.ptr[term] : fields.ptr[term + 1]]
        in_group[term, cells[cells // n_groups == DUTY] % n_groups] = True
    idf = matcher.lexical.idf
    exclusions = {
        g.code: [e.see_code for e in g.exclusions if e.see_code] for g in matcher.catalogue.groups
    }
    for tau in TAUS:
        coverage = np.zeros_like(scores, dtype=np.float32)
        for n, query in enumerate(queries):
            total, acc = 0.0, np.zeros(n_groups, np.float32)
            for lemma in dict.fromkeys(query.lemmas):
                term, row = matcher.lexical.term_ids.get(lemma), vectors.row.get(lemma)
                if term is None and row is None:
                    continue
                best = np.zeros(n_groups, np.float32)
                if term is not None:
                    best[in_group[term]] = 1.0
                if row is not None:
                    sims = word_vectors @ (
                        vectors.vectors[row] / np.linalg.norm(vectors.vectors[row])
                    )
                    for other in np.nonzero((sims >= tau) & known)[0]:
                        if other != term:
                            hit = in_group[other]
                            best[hit] = np.maximum(best[hit], sims[other])
                weight = float(idf[term]) if term is not None else float(idf.max())
                acc += weight * best
                total += weight
            if total:
                coverage[n] = acc / total
        for lam in LAMBDAS:
            fused = scores + lam * coverage
            letter = [fused[ids].mean(axis=0) for ids in letters(items)]
            r = metrics(items, fused, matcher.codes, exclusions, letter)
            shown = ("top1", "top3", "top5", "sibling_win", "letter_top1")
            print(tau, lam, {k: round(r[k], 3) for k in shown}, flush=True)


if __name__ == "__main__":
    main()
