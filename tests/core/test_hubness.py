"""Hub correction: generic groups are discounted by their closeness to other groups' duties."""

from __future__ import annotations

import numpy as np
import pytest

from noc_letter.core.matching import get_matcher
from noc_letter.core.matching.hubness import hubness
from noc_letter.core.matching.matcher import Matcher, Weights


def test_hubness_averages_the_top_scores_from_other_groups_only():
    ref = np.array(
        [
            [0.9, 0.5, 0.1],  # a duty of group 0: its own column (0.9) is ignored
            [0.8, 0.2, 0.4],  # group 1
            [0.6, 0.3, 0.7],  # group 2
            [0.7, 0.1, 0.2],  # group 1
        ]
    )
    groups = np.array([0, 1, 2, 1])
    assert hubness(ref, groups, k=2).tolist() == pytest.approx([0.75, 0.4, 0.3])
    assert hubness(ref, groups, k=1).tolist() == pytest.approx([0.8, 0.5, 0.4])


def test_hubness_ignores_missing_neighbours_instead_of_counting_zeros():
    ref = np.array([[0.9, 0.6], [0.5, 0.8]])
    # Each group has one duty from the other group: k=5 averages just that one.
    assert hubness(ref, np.array([0, 1]), k=5).tolist() == pytest.approx([0.5, 0.6])


def test_hubness_of_an_empty_reference_set_is_zero():
    assert hubness(np.zeros((0, 4)), np.zeros(0, int)).tolist() == [0, 0, 0, 0]


@pytest.fixture(scope="module")
def matcher():
    return get_matcher()


def test_bundled_index_carries_a_hubness_per_group(matcher):
    hub = matcher.index.hub
    assert hub is not None and hub.shape == (len(matcher.codes),)
    assert np.isfinite(hub).all() and 0 < hub.min() < hub.max() < 1


def test_hub_correction_moves_generic_groups_down_and_keeps_scores_in_range(matcher):
    plain_matcher = Matcher(
        matcher.catalogue, matcher.index, matcher.nlp, Weights(hub=0.0), matcher.vectors
    )
    query = matcher.query("Plan, organize and coordinate the work of the department")
    full = matcher.scored(query).scores
    assert ((full >= 0) & (full <= 1)).all()
    # The hub correction acts on the lexical + word-vector score, before the encoder is fused.
    plain = plain_matcher.scored(query).base
    corrected = matcher.scored(query).base
    hub = matcher.index.hub
    most, least = int(np.argmax(hub)), int(np.argmin(hub))
    assert corrected[most] - plain[most] < 0 < corrected[least] - plain[least]
    # A group with no evidence at all stays at zero.
    assert ((plain == 0) <= (corrected == 0)).all()
