"""The encoder's view of the NOC: precomputed sentence vectors and per-group meaning scores."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from noc_letter.core.catalogue import Catalogue
from noc_letter.core.matching.index import quantise_rows
from noc_letter.core.matching.lead import lead_actions

VECTORS_FILE = "noc_vectors.npz"
# The same for the CNP's French text, per language.
VECTORS_FILES = {"en": VECTORS_FILE, "fr": "cnp_vectors.npz"}
_WORD = re.compile(r"[A-Za-z]+")
FORMAT = 2

# How the encoder's similarities make one score per group (cosines, so the sum stays in
# [0, 1]): the best-matching main duty says most ("Reconcile bank statements" is one duty of
# 12200), the lead statement's actions and the example titles add what the duties leave out.
# Worked example, "Reconcile the two bank accounts each month" vs 12200: best duty 0.71, lead
# 0.52, example titles (their centroid) 0.45, title 0.40 → 0.5·0.71 + 0.2·0.52 + 0.2·0.45 + 0.1·0.40
# = 0.59.
FEATURE_WEIGHTS = {"duty": 0.5, "lead": 0.2, "example": 0.2, "title": 0.1}


def catalogue_texts(
    catalogue: Catalogue, lang: str = "en"
) -> dict[str, tuple[list[str], list[int]]]:
    """Per kind, the NOC (or, for "fr", CNP) texts the encoder embeds and their group index."""
    out: dict[str, tuple[list[str], list[int]]] = {
        "duty": ([], []),
        "example": ([], []),
        "lead": ([], []),
        "title": ([], []),
    }
    for g, group in enumerate(catalogue.groups):
        for duty in group.duties_in(lang):
            out["duty"][0].append(duty.text)
            out["duty"][1].append(g)
        for title in dict.fromkeys(group.example_titles_in(lang)):
            out["example"][0].append(title)
            out["example"][1].append(g)
        out["lead"][0].append(lead_actions(group.lead_in(lang)))
        out["lead"][1].append(g)
        out["title"][0].append(group.title_in(lang))
        out["title"][1].append(g)
    return out


def catalogue_digest(catalogue: Catalogue, lang: str = "en") -> str:
    """A short hash of the texts the vectors were made from (a stale file is refused)."""
    digest = hashlib.sha256()
    for kind, (texts, groups) in sorted(catalogue_texts(catalogue, lang).items()):
        digest.update(kind.encode())
        for text, g in zip(texts, groups, strict=True):
            digest.update(f"{g}\x1f{text}\x1e".encode())
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class MeaningScores:
    """Per group: the combined meaning score, each feature, and the best duty's position."""

    combined: np.ndarray
    features: dict[str, np.ndarray]
    best_duty: np.ndarray  # position of the best main duty within its group, -1 if none


class _MaxByGroup:
    """Row vectors sorted by group, for the best cosine of each group in one pass."""

    def __init__(self, vectors: np.ndarray, groups: np.ndarray, n_groups: int) -> None:
        order = np.argsort(groups, kind="stable")
        self.vectors = np.ascontiguousarray(vectors[order], dtype=np.float32)
        sorted_groups = groups[order]
        self.starts = np.r_[0, np.nonzero(sorted_groups[1:] != sorted_groups[:-1])[0] + 1]
        self.groups = sorted_groups[self.starts]
        self.n_groups = n_groups

    def best(self, query: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(best cosine, position within the group of the best row) for every group."""
        sims = self.vectors @ query
        best = np.zeros(self.n_groups, np.float32)
        where = np.full(self.n_groups, -1, np.int64)
        if not len(sims):
            return best, where
        top = np.maximum.reduceat(sims, self.starts)
        best[self.groups] = top
        hit = sims == np.repeat(top, np.diff(np.r_[self.starts, len(sims)]))
        first_hit = np.maximum.reduceat(
            np.where(hit, -np.arange(len(sims)), -len(sims)), self.starts
        )
        where[self.groups] = -first_hit - self.starts
        return best, where


class MeaningIndex:
    """The catalogue's sentences as encoder vectors, ready to score one query vector."""

    def __init__(
        self,
        arrays: dict[str, np.ndarray],
        n_groups: int,
        weights=None,
        respell: dict[str, str] | None = None,
    ) -> None:
        self.n_groups = n_groups
        # word → the NOC's spelling of it ("labor" → "labour"): the encoder sees spelling, so a
        # duty is respelled the NOC way before it is embedded (see `noc_spelling`).
        self.respell = respell or {}
        self.weights = dict(weights or FEATURE_WEIGHTS)
        self._duty = _MaxByGroup(arrays["duty"], arrays["duty_group"], n_groups)
        self._example = _MaxByGroup(arrays["example"], arrays["example_group"], n_groups)
        self.lead = np.ascontiguousarray(arrays["lead"], dtype=np.float32)
        self.title = np.ascontiguousarray(arrays["title"], dtype=np.float32)

    def score(self, query: np.ndarray) -> MeaningScores:
        """Meaning scores of every group for one unit query vector."""
        duty, best_duty = self._duty.best(query)
        example, _ = self._example.best(query)
        features = {
            "duty": duty,
            "lead": self.lead @ query,
            "example": example,
            "title": self.title @ query,
        }
        combined = sum(self.weights[k] * np.clip(v, 0.0, 1.0) for k, v in features.items())
        return MeaningScores(combined.astype(np.float32), features, best_duty)

    @classmethod
    def load(cls, path: Path, catalogue: Catalogue, lang: str = "en") -> MeaningIndex:
        """Read the shipped vectors; refuses a file made from other catalogue text."""
        with np.load(path, allow_pickle=False) as data:
            arrays = {k: data[k] for k in data.files}
        if int(arrays["format"]) != FORMAT:
            raise ValueError(f"{path.name}: unsupported format {int(arrays['format'])}")
        if str(arrays["catalogue"]) != catalogue_digest(catalogue, lang):
            raise ValueError(f"{path.name} was made from other NOC text: rebuild it")
        for kind in ("duty", "example", "lead", "title"):
            arrays[kind] = dequantise(arrays[kind], arrays[f"{kind}_scale"])
        respell = noc_spellings(catalogue) if lang == "en" else {}
        return cls(arrays, len(catalogue), respell=respell)

    def noc_spelling(self, text: str) -> str:
        """The text with words respelled as the NOC spells them (US and Canadian alike)."""
        respell = self.respell
        return _WORD.sub(lambda m: respell.get(m.group().lower(), m.group()), text)


def noc_spellings(catalogue: Catalogue) -> dict[str, str]:
    """The spellings the NOC's lead statements and main duties prefer (core/spelling.py)."""
    from noc_letter.core.spelling import preferred_spellings

    texts = [g.lead_statement for g in catalogue.groups]
    texts += [d.text for g in catalogue.groups for d in g.main_duties]
    return preferred_spellings(texts)


def build_arrays(encoder, catalogue: Catalogue, lang: str = "en") -> dict[str, np.ndarray]:
    """Embed every catalogue text with `encoder` (build time); arrays for `np.savez`."""
    arrays: dict[str, np.ndarray] = {
        "format": np.array(FORMAT),
        "catalogue": np.array(catalogue_digest(catalogue, lang)),
    }
    for kind, (texts, groups) in catalogue_texts(catalogue, lang).items():
        vectors, groups = encoder.embed(texts), np.array(groups, np.int32)
        if kind == "example":
            # One centroid per group: 27,935 title vectors would be 10 MB of the bundle.
            vectors, groups = group_centroids(vectors, groups, len(catalogue)), np.unique(groups)
        arrays[kind], arrays[f"{kind}_scale"] = quantise_rows(vectors)
        arrays[f"{kind}_group"] = groups.astype(np.int32)
    return arrays


def group_centroids(vectors: np.ndarray, groups: np.ndarray, n_groups: int) -> np.ndarray:
    """The normalised mean vector of each group that has rows (in group order)."""
    sums = np.zeros((n_groups, vectors.shape[1]), np.float32)
    np.add.at(sums, groups, vectors)
    present = np.unique(groups)
    sums = sums[present]
    return sums / np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-12)


def dequantise(values: np.ndarray, scale: np.ndarray) -> np.ndarray:
    """float32 rows back from `index.quantise_rows`, renormalised to unit length."""
    rows = values.astype(np.float32) * scale[:, None]
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return rows / np.maximum(norms, 1e-12)
