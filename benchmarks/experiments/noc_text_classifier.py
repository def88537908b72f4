"""Experiment: a tf-idf logistic regression trained on the NOC's own text, alone and added to the
matcher's scores (measured, not shipped; docs/benchmarks.md, "Matcher experiments").

Training examples are NOC 2021 sentences labelled with their unit group: the title, the lead
statement, each main duty, each example title and each illustrative example (38,711 in all),
as lemma unigrams and bigrams from the matcher's own analysis. No evaluation text is used for
training; the dev set only measures. Needs scikit-learn (`pip install scikit-learn`, not a
project dependency). Takes about ten minutes.

Usage: `python benchmarks/experiments/noc_text_classifier.py [--C 10]`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_set import DEFAULT_SET, letters, load_items  # noqa: E402


def terms(lemmas: list[str]) -> list[str]:
    return list(lemmas) + [f"{a}_{b}" for a, b in zip(lemmas, lemmas[1:], strict=False)]


def report(name: str, scores: np.ndarray, gold: np.ndarray, groups: list[list[int]]) -> None:
    at_gold = scores[np.arange(len(gold)), gold]
    rank = (scores > at_gold[:, None]).sum(axis=1)
    letter_hits = []
    for ids in groups:
        pooled = scores[ids].mean(axis=0)
        letter_hits.append((pooled > pooled[gold[ids[0]]]).sum() == 0)
    print(
        f"{name}: top-1 {np.mean(rank < 1):.3f}  top-3 {np.mean(rank < 3):.3f}  "
        f"top-5 {np.mean(rank < 5):.3f}  letter top-1 {np.mean(letter_hits):.3f}",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--C", type=float, default=10.0)
    args = parser.parse_args()

    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from noc_letter.core.matching import get_matcher

    matcher = get_matcher()
    column = {code: i for i, code in enumerate(matcher.codes)}
    texts, labels = [], []
    for group in matcher.catalogue.groups:
        sentences = [group.title, group.lead_statement, *(d.text for d in group.main_duties)]
        sentences += [*group.example_titles, *group.illustrative_examples]
        texts += sentences
        labels += [column[group.code]] * len(sentences)
    items = load_items(DEFAULT_SET)
    train_queries = matcher.queries(texts)
    dev_queries = matcher.queries([item["text"] for item in items])
    vectorizer = TfidfVectorizer(analyzer=terms, sublinear_tf=True)
    x_train = vectorizer.fit_transform([q.lemmas for q in train_queries])
    x_dev = vectorizer.transform([q.lemmas for q in dev_queries])
    gold = np.array([column[item["noc"]] for item in items])
    groups = letters(items)
    matcher_scores = np.stack([matcher.scored(q).scores for q in dev_queries])
    report("matcher", matcher_scores, gold, groups)

    model = LogisticRegression(C=args.C, max_iter=300).fit(x_train, np.array(labels))
    probability = np.zeros_like(matcher_scores)
    probability[:, model.classes_] = model.predict_proba(x_dev)
    report(f"classifier alone (C={args.C})", probability, gold, groups)
    for weight in (0.05, 0.1, 0.2, 0.4):
        fused = matcher_scores + weight * probability
        report(f"matcher + {weight} × probability", fused, gold, groups)
    for weight in (0.002, 0.005, 0.01, 0.02):
        fused = matcher_scores + weight * np.log(probability + 1e-6)
        report(f"matcher + {weight} × log probability", fused, gold, groups)


if __name__ == "__main__":
    main()
