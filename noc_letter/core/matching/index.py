"""Precomputed matcher index of NOC sentences as lemma-term arrays (built once, loaded fast)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from noc_letter.core.catalogue import Catalogue, UnitGroup, load_catalogue
from noc_letter.resources import resource_path

INDEX_FILE = "match_index.npz"
# The index of the CNP (the NOC's French text), read with the French pipeline.
INDEX_FILES = {"en": INDEX_FILE, "fr": "match_index_fr.npz"}
_GROUP_SEP, _PART_SEP = "\x1e", "\x1f"  # record and unit separators: never in NOC text
INDEX_FORMAT = 1

# Kinds of NOC sentence the index holds, in a fixed order (stored as small integers).
KINDS = ("title", "example_title", "lead_statement", "main_duty", "requirement")
TITLE, EXAMPLE_TITLE, LEAD, DUTY, REQUIREMENT = range(len(KINDS))


def sentences_of(group: UnitGroup, lang: str = "en") -> list[tuple[int, int, str]]:
    """(kind, position within that kind, text) for every sentence of a unit group's profile.

    In French ("fr") the CNP's title, lead statement, main duties and example titles; the
    employment requirements have no French text in the data, so the French index has none.
    """
    out = [(TITLE, 0, group.title_in(lang)), (LEAD, 0, group.lead_in(lang))]
    out += [(DUTY, i, duty.text) for i, duty in enumerate(group.duties_in(lang))]
    out += [(EXAMPLE_TITLE, i, title) for i, title in enumerate(group.example_titles_in(lang))]
    if lang == "en":
        out += [(REQUIREMENT, i, text) for i, text in enumerate(group.employment_requirements)]
    return out


def sentence_text(
    catalogue: Catalogue, group_index: int, kind: int, position: int, lang: str = "en"
) -> str:
    """The official text behind one indexed sentence (of the NOC, or of the CNP for "fr")."""
    group = catalogue.groups[group_index]
    if kind == TITLE:
        return group.title_in(lang)
    if kind == LEAD:
        return group.lead_in(lang)
    if kind == DUTY:
        return group.duties_in(lang)[position].text
    if kind == EXAMPLE_TITLE:
        return group.example_titles_in(lang)[position]
    return group.employment_requirements[position]


@dataclass(frozen=True)
class MatchIndex:
    """Sentence-by-term structure of the whole catalogue.

    Attributes:
        vocab: term strings; a term id is its position.
        sent_group, sent_kind, sent_pos: per sentence, its unit-group index, kind and position.
        sent_ptr, sent_terms: CSR layout of each sentence's term ids (with repeats).
        sent_pos_tags: part-of-speech tag of each term occurrence, parallel to sent_terms.
        sent_vectors: (n_sentences, dims) float16 sentence embeddings from the bundled word
            vectors (see vectors.py), or None when the index was built without them.
        vector_pcs: (k, dims) common directions removed from every embedding (queries too).
        centroids: (len(KINDS) * n_groups, dims) float16 mean sentence vector per (kind, group),
            precomputed so that loading does not hold the interpreter for long.
        lead_parts: per group, the actions of its lead statement (assess.lead_statement_parts),
            precomputed with the tagger so that assessments need no tagger at run time.
        verbs: verb lemmas used in NOC duties and lead statements, as tagged by the full
            pipeline (rewording uses them; the index's own terms carry no tags).
        hub: per group, its hubness under the default weights (hubness.py), or None.
    """

    vocab: tuple[str, ...]
    sent_group: np.ndarray
    sent_kind: np.ndarray
    sent_pos: np.ndarray
    sent_ptr: np.ndarray
    sent_terms: np.ndarray
    sent_pos_tags: np.ndarray
    pos_names: tuple[str, ...]
    sent_vectors: np.ndarray | None = None
    vector_pcs: np.ndarray | None = None
    verbs: tuple[str, ...] = ()
    centroids: np.ndarray | None = None
    lead_parts: tuple[tuple[str, ...], ...] = ()
    hub: np.ndarray | None = None
    lang: str = "en"

    @property
    def n_sentences(self) -> int:
        """How many NOC sentences are indexed."""
        return len(self.sent_group)

    def save(self, path: Path) -> None:
        """Write the index as an npz (arrays only; no pickle)."""
        extra = {}
        if self.sent_vectors is not None:
            # int8 with a scale per row: half of float16, scores move by under 0.002. With the
            # centroids stored, example titles count through them only (dense.BEST_KINDS), so
            # their 28,000 sentence vectors are left out (7 MB of the bundle per language).
            rows = np.arange(self.n_sentences)
            if self.centroids is not None:
                rows = np.nonzero(self.sent_kind != EXAMPLE_TITLE)[0]
                extra["sent_vectors_rows"] = rows.astype(np.int32)
            quantised = quantise_rows(self.sent_vectors[rows])
            extra["sent_vectors_q"], extra["sent_vectors_scale"] = quantised
        if self.vector_pcs is not None:
            extra["vector_pcs"] = self.vector_pcs
        if self.centroids is not None:
            extra["centroids"] = self.centroids
        if self.lead_parts:
            joined = _GROUP_SEP.join(_PART_SEP.join(parts) for parts in self.lead_parts)
            extra["lead_parts"] = np.array(joined)
        if self.hub is not None:
            extra["hub"] = self.hub.astype(np.float32)
        if self.verbs:
            extra["verbs"] = np.array("\n".join(self.verbs))
        # Uncompressed: loads about ten times faster; the float16 vectors barely compress.
        np.savez(
            path,
            **extra,
            format=np.array([INDEX_FORMAT]),
            lang=np.array(self.lang),
            vocab=np.array("\n".join(self.vocab)),
            pos_names=np.array("\n".join(self.pos_names)),
            sent_group=self.sent_group,
            sent_kind=self.sent_kind,
            sent_pos=self.sent_pos,
            sent_ptr=self.sent_ptr,
            sent_terms=_compact_ids(self.sent_terms, len(self.vocab)),
            sent_pos_tags=self.sent_pos_tags,
        )

    @classmethod
    def load(cls, path: Path) -> MatchIndex:
        """Read an index written by `save`."""
        with np.load(path, allow_pickle=False) as data:
            if int(data["format"][0]) != INDEX_FORMAT:
                raise ValueError(f"{path.name} has an unsupported index format; rebuild it")
            return cls(
                vocab=tuple(str(data["vocab"]).split("\n")),
                pos_names=tuple(str(data["pos_names"]).split("\n")),
                sent_group=data["sent_group"],
                sent_kind=data["sent_kind"],
                sent_pos=data["sent_pos"],
                sent_ptr=data["sent_ptr"],
                sent_terms=data["sent_terms"].astype(np.int32),
                sent_pos_tags=data["sent_pos_tags"],
                sent_vectors=_sentence_vectors(data),
                vector_pcs=data["vector_pcs"] if "vector_pcs" in data.files else None,
                verbs=tuple(str(data["verbs"]).split("\n")) if "verbs" in data.files else (),
                centroids=data["centroids"] if "centroids" in data.files else None,
                lead_parts=tuple(
                    tuple(group.split(_PART_SEP))
                    for group in str(data["lead_parts"]).split(_GROUP_SEP)
                )
                if "lead_parts" in data.files
                else (),
                hub=data["hub"] if "hub" in data.files else None,
                lang=str(data["lang"]) if "lang" in data.files else "en",
            )


def quantise_rows(rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Symmetric int8 per row and the float32 scale of each row."""
    rows = np.asarray(rows, dtype=np.float32)
    scale = np.maximum(np.abs(rows).max(axis=1), 1e-12) / 127.0
    return np.round(rows / scale[:, None]).astype(np.int8), scale.astype(np.float32)


def _compact_ids(ids: np.ndarray, n_terms: int) -> np.ndarray:
    """Term ids as uint16 when the vocabulary allows (half the bytes; read back as int32)."""
    return ids.astype(np.uint16) if n_terms <= np.iinfo(np.uint16).max else ids


def _sentence_vectors(data) -> np.ndarray | None:
    """The stored sentence vectors as float16 (int8 + scale, or float16 in older indexes);
    rows left out of the file (example titles, see `save`) are zero."""
    if "sent_vectors_q" in data.files:
        rows = data["sent_vectors_q"].astype(np.float32) * data["sent_vectors_scale"][:, None]
        if "sent_vectors_rows" not in data.files:
            return rows.astype(np.float16)
        full = np.zeros((len(data["sent_kind"]), rows.shape[1]), np.float16)
        full[data["sent_vectors_rows"]] = rows
        return full
    return data["sent_vectors"] if "sent_vectors" in data.files else None


def build_index(
    catalogue: Catalogue, nlp, vectors=None, tagged_nlp=None, lang: str = "en"
) -> MatchIndex:
    """Analyse every NOC sentence with spaCy (done at build time by scripts/build_index.py).

    `nlp` must be the pipeline the matcher analyses duties with. With word vectors, each
    sentence's embedding is stored too (float16); with a tagged pipeline, the verbs of the
    main duties and lead statements.
    """
    from noc_letter.core.matching.analysis import terms_of
    from noc_letter.core.matching.vectors import pooled_lemmas

    rows = [
        (gi, kind, pos, text)
        for gi, group in enumerate(catalogue.groups)
        for kind, pos, text in sentences_of(group, lang)
    ]
    vocab: dict[str, int] = {}
    pos_names: dict[str, int] = {}
    ptr, terms, tags, embedded = [0], [], [], []
    for (_gi, _kind, _pos, _text), doc in zip(
        rows, nlp.pipe([r[3] for r in rows], batch_size=256), strict=True
    ):
        if vectors is not None:
            v = vectors.embed(pooled_lemmas(doc))
            embedded.append(v if v is not None else np.zeros(vectors.dims, np.float32))
        for term in terms_of(doc):
            terms.append(vocab.setdefault(term.lemma, len(vocab)))
            tags.append(pos_names.setdefault(term.pos, len(pos_names)))
        ptr.append(len(terms))
    verbs: set[str] = set()
    lead_parts: tuple[tuple[str, ...], ...] = ()
    if tagged_nlp is not None:
        from noc_letter.core.matching.lead import lead_statement_parts

        lead_parts = tuple(
            tuple(lead_statement_parts(g.lead_statement, tagged_nlp)) for g in catalogue.groups
        )
        texts = [r[3] for r in rows if r[1] in (DUTY, LEAD)]
        for doc in tagged_nlp.pipe(texts, batch_size=256):
            verbs.update(t.lemma_.lower() for t in doc if t.pos_ == "VERB" and t.lemma_.isalpha())
    sent_vectors = pcs = None
    if embedded:
        sent_vectors = np.stack(embedded)
        core = sent_vectors[np.array([r[1] for r in rows]) != EXAMPLE_TITLE]
        pcs = common_directions(core, COMMON_DIRECTIONS)
        sent_vectors = remove_directions(sent_vectors, pcs)
    return MatchIndex(
        vocab=tuple(vocab),
        pos_names=tuple(pos_names),
        sent_group=np.array([r[0] for r in rows], dtype=np.int16),
        sent_kind=np.array([r[1] for r in rows], dtype=np.int8),
        sent_pos=np.array([r[2] for r in rows], dtype=np.int16),
        sent_ptr=np.array(ptr, dtype=np.int32),
        sent_terms=np.array(terms, dtype=np.int32),
        sent_pos_tags=np.array(tags, dtype=np.int8),
        sent_vectors=sent_vectors.astype(np.float16) if sent_vectors is not None else None,
        vector_pcs=pcs.astype(np.float32) if pcs is not None else None,
        verbs=tuple(sorted(verbs)),
        centroids=_centroids(rows, sent_vectors, len(catalogue)),
        lead_parts=lead_parts,
        lang=lang,
    )


def centroids_of(embeddings: np.ndarray, cells: np.ndarray, n_cells: int) -> np.ndarray:
    """Normalised mean of the sentence vectors in each cell (zero rows for empty cells)."""
    out = np.zeros((n_cells, embeddings.shape[1]), np.float32)
    order = np.argsort(cells, kind="stable")
    sorted_cells = cells[order]
    starts = np.r_[0, np.nonzero(sorted_cells[1:] != sorted_cells[:-1])[0] + 1]
    out[sorted_cells[starts]] = np.add.reduceat(
        embeddings[order].astype(np.float32), starts, axis=0
    )
    norms = np.linalg.norm(out, axis=1)
    out[norms > 0] /= norms[norms > 0, None]
    return out


def _centroids(rows, sent_vectors: np.ndarray | None, n_groups: int) -> np.ndarray | None:
    if sent_vectors is None:
        return None
    cells = np.array([kind * n_groups + gi for gi, kind, _pos, _text in rows], dtype=np.int64)
    return centroids_of(sent_vectors, cells, len(KINDS) * n_groups).astype(np.float16)


# Sentence embeddings share a few directions that say "this is an occupational sentence" more
# than which occupation; removing the top two (as SIF embeddings usually do) sharpens contrasts.
COMMON_DIRECTIONS = 2


def common_directions(embeddings: np.ndarray, k: int) -> np.ndarray:
    """The top-k right singular vectors of a set of embeddings."""
    _u, _s, vt = np.linalg.svd(embeddings.astype(np.float32), full_matrices=False)
    return vt[:k]


def remove_directions(vectors: np.ndarray, pcs: np.ndarray | None) -> np.ndarray:
    """Project out the given directions and re-normalise (rows or a single vector)."""
    if pcs is None:
        return vectors
    out = vectors - (vectors @ pcs.T) @ pcs
    norms = np.linalg.norm(out, axis=-1, keepdims=True)
    return out / np.maximum(norms, 1e-9)


@cache
def load_index(lang: str = "en") -> MatchIndex:
    """The bundled index of the NOC ("en") or of the CNP ("fr"), loaded once."""
    return MatchIndex.load(resource_path("noc2021", INDEX_FILES[lang]))


def bundled_french_index(catalogue: Catalogue) -> MatchIndex | None:
    """The bundled CNP index, or None when it is not shipped or does not fit the catalogue."""
    try:
        index = load_index("fr")
    except (OSError, KeyError, ValueError):
        return None
    return index if int(index.sent_group.max()) == len(catalogue) - 1 else None


def bundled_catalogue_and_index() -> tuple[Catalogue, MatchIndex]:
    """Both bundled structures; the index must have been built from this catalogue."""
    catalogue, index = load_catalogue(), load_index()
    if int(index.sent_group.max()) != len(catalogue) - 1:
        raise ValueError("match index does not fit the catalogue; run scripts/build_index.py")
    return catalogue, index
