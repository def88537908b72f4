"""Hub correction: groups that score high for almost any duty are discounted (CSLS-style).

Some unit groups have broad, generic text ("plan, organize, coordinate...") and come close to
every duty; they crowd out the specific group. Following cross-domain similarity local scaling
(Conneau et al., 2018), each group's "hubness" is its mean score over the K reference duties
that come closest to it, where the reference duties are the NOC's own main duties of all
*other* groups. The matcher subtracts a global share of each group's hubness, centred so that
scores keep their level. Everything here is computed from the NOC text at index build time.
"""

from __future__ import annotations

import dataclasses

import numpy as np

# How many of the closest reference duties define a group's hubness.
HUB_NEIGHBOURS = 50


def hubness(ref_scores: np.ndarray, ref_group: np.ndarray, k: int = HUB_NEIGHBOURS) -> np.ndarray:
    """Per group, the mean of its k highest scores over reference duties of other groups.

    Args:
        ref_scores: (n_reference, n_groups) scores of every reference duty for every group.
        ref_group: (n_reference,) the group each reference duty comes from (its own group's
            column is ignored for it).
        k: how many of the highest scores to average (capped at the number of references).
    """
    n_ref, n_groups = ref_scores.shape
    if n_ref == 0:
        return np.zeros(n_groups, np.float32)
    masked = np.array(ref_scores, dtype=np.float32)
    masked[np.arange(n_ref), ref_group] = -np.inf
    k = max(1, min(k, n_ref - 1 if n_ref > 1 else 1))
    top = -np.partition(-masked, k - 1, axis=0)[:k]
    finite = np.isfinite(top)
    count = finite.sum(axis=0)
    total = np.where(finite, top, 0.0).sum(axis=0)
    return np.where(count > 0, total / np.maximum(count, 1), 0.0).astype(np.float32)


def reference_hubness(matcher, k: int = HUB_NEIGHBOURS) -> np.ndarray:
    """Hubness of every group for `matcher`'s weights, from all NOC main duties as references.

    Scored by a twin of the matcher without hub correction, so that a rebuilt index does not
    depend on the one it replaces.
    """
    from noc_letter.core.matching.matcher import Matcher

    matcher = Matcher(
        matcher.catalogue,
        matcher.index,
        matcher.nlp,
        weights=dataclasses.replace(matcher.weights, hub=0.0),
        vectors=matcher.vectors,
    )
    texts, groups = [], []
    for gi, group in enumerate(matcher.catalogue.groups):
        for duty in group.duties_in(matcher.lang):
            texts.append(duty.text)
            groups.append(gi)
    scores = np.stack([matcher.scored(q).scores for q in matcher.queries(texts)])
    return hubness(scores, np.array(groups), k)
