"""The shipped sentence encoder: embeddings, background loading, NOC vectors and fusion."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from noc_letter.core.catalogue import load_catalogue
from noc_letter.core.matching import get_matcher
from noc_letter.core.matching.encoder import Loading, SentenceEncoder, bundled_encoder_dir
from noc_letter.core.matching.matcher import Matcher, fuse
from noc_letter.core.matching.meaning import VECTORS_FILE, MeaningIndex, build_arrays


@pytest.fixture(scope="module")
def encoder():
    return SentenceEncoder(bundled_encoder_dir())


def test_embeddings_are_unit_vectors_and_close_for_the_same_work(encoder):
    v = encoder.embed(
        [
            "Reconcile the bank statements every month",
            "Match the bank statement to the ledger each month",
            "Drive a tractor-trailer between Toronto and Montreal",
        ]
    )
    assert v.shape == (3, 384) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4)
    assert v[0] @ v[1] > v[0] @ v[2] + 0.2
    assert np.allclose(encoder.embed_one("Reconcile the bank statements every month"), v[0])


def test_long_empty_and_odd_text_embeds_without_error(encoder):
    v = encoder.embed(["", "x" * 20_000, "😀 ☃ \x00 naïve résumé", "word " * 5_000])
    assert np.isfinite(v).all() and v.shape[0] == 4


def test_loading_keeps_a_failure_and_leaves_no_value():
    def boom():
        raise OSError("model file damaged")

    loading = Loading(boom)
    assert loading.get(wait=True) is None
    assert loading.ready and isinstance(loading.error, OSError)


def test_loading_answers_at_once_without_waiting():
    release = threading.Event()
    loading = Loading(lambda: release.wait(5) and "loaded")
    assert loading.get(wait=False) is None and not loading.ready
    release.set()
    assert loading.get(wait=True) == "loaded"


def test_noc_vectors_made_from_other_text_are_refused(tmp_path, encoder):
    catalogue = load_catalogue()
    with np.load(bundled_encoder_dir() / VECTORS_FILE) as data:
        arrays = {k: data[k] for k in data.files}
    arrays["catalogue"] = np.array("0000000000000000")
    np.savez(tmp_path / VECTORS_FILE, **arrays)
    with pytest.raises(ValueError, match="other NOC text"):
        MeaningIndex.load(tmp_path / VECTORS_FILE, catalogue)


def test_shipped_noc_vectors_match_the_shipped_encoder(encoder):
    """The NOC side was embedded by the very encoder that embeds a person's duties."""
    catalogue = load_catalogue()
    index = MeaningIndex.load(bundled_encoder_dir() / VECTORS_FILE, catalogue)
    group = catalogue.get("12200")
    duty = group.main_duties[0].text
    scores = index.score(encoder.embed_one(duty))
    g = catalogue.groups.index(group)
    assert scores.features["duty"][g] > 0.98
    assert scores.best_duty[g] == 0


def test_build_arrays_covers_every_group():
    class Fake:
        def embed(self, texts):
            return np.ones((len(texts), 4), np.float32) / 2

    arrays = build_arrays(Fake(), load_catalogue())
    assert arrays["lead"].shape == (516, 4) and arrays["title"].shape == (516, 4)
    assert set(arrays["duty_group"]) == set(range(516))


def test_fusion_ranks_like_the_sum_of_z_scores_and_stays_in_range():
    rng = np.random.default_rng(3)
    base, meaning = rng.random(516) * 0.3, rng.random(516)
    fused = fuse(base, meaning, 1.0)
    z = (base - base.mean()) / base.std() + (meaning - meaning.mean()) / meaning.std()
    top = np.argsort(-z)[:20]
    assert list(np.argsort(-fused)[:20]) == list(top)
    assert ((fused >= 0) & (fused <= 1)).all()
    assert np.array_equal(fuse(base, meaning, 0.0), base)


def test_the_encoder_changes_the_reading_and_shows_its_evidence():
    matcher = get_matcher()
    scored = matcher.scored(
        matcher.query("Post journal entries and prepare the trial balance every month end")
    )
    assert scored.meaning is not None and not np.array_equal(scored.scores, scored.base)
    top = matcher.top_candidates(scored, 1)[0]
    assert top.code == "12200"
    assert any(e.kind == "main_duty" for e in top.evidence)


def test_a_matcher_without_the_encoder_still_reads_duties():
    matcher = get_matcher()
    plain = Matcher(matcher.catalogue, matcher.index, matcher.nlp, vectors=matcher.vectors)
    assert plain.meaning_parts() is None and plain.meaning_ready
    found = plain.score("Post journal entries and reconcile accounts", top=1)
    assert found and found[0].score > 0
