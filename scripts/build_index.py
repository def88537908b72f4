"""Build resources/noc2021/match_index.npz (the NOC) and match_index_fr.npz (the CNP, in French).

Every sentence is analysed into lemma terms: English with the fast English pipeline and word
vectors, French with the fast French lemma lookup and the same word vectors seen through the
French→English lexicon (run scripts/build_lexicon.py first).

Run from the repository root after scripts/build_catalogue.py: `python scripts/build_index.py`.
"""

from __future__ import annotations

import dataclasses
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from noc_letter.core.catalogue import Catalogue  # noqa: E402
from noc_letter.core.matching.bridge import TranslatedVectors, load_lexicon  # noqa: E402
from noc_letter.core.matching.hubness import reference_hubness  # noqa: E402
from noc_letter.core.matching.index import INDEX_FILES, build_index  # noqa: E402
from noc_letter.core.matching.matcher import Matcher  # noqa: E402
from noc_letter.core.matching.vectors import WordVectors  # noqa: E402
from noc_letter.core.nlp import get_fast_nlp, get_nlp  # noqa: E402
from noc_letter.core.nlp_fr import get_fast_french_nlp  # noqa: E402


def main() -> None:
    started = time.perf_counter()
    folder = ROOT / "resources" / "noc2021"
    vector_folder = ROOT / "resources" / "vectors"
    stored = any((vector_folder / name).is_file() for name in ("vectors.npy", "vectors_int8.npy"))
    vectors = WordVectors(vector_folder) if stored else None
    catalogue, nlp = Catalogue(folder), get_fast_nlp()
    index = build_index(catalogue, nlp, vectors, tagged_nlp=get_nlp())
    # Hub correction: every group's hubness over the NOC's own duties (default weights).
    hub = reference_hubness(Matcher(catalogue, index, nlp, vectors=vectors))
    index = dataclasses.replace(index, hub=hub)
    index.save(folder / INDEX_FILES["en"])
    report(index, vectors is not None, started)
    started = time.perf_counter()
    french_nlp = get_fast_french_nlp()
    french_vectors = TranslatedVectors(vectors, load_lexicon()) if vectors else None
    french = build_index(catalogue, french_nlp, french_vectors, lang="fr")
    hub = reference_hubness(Matcher(catalogue, french, french_nlp, vectors=french_vectors))
    french = dataclasses.replace(french, hub=hub)
    french.save(folder / INDEX_FILES["fr"])
    report(french, french_vectors is not None, started)


def report(index, with_vectors: bool, started: float) -> None:
    """One line on what was indexed."""
    print(
        f"{index.lang}: indexed {index.n_sentences} sentences, {len(index.vocab)} terms, "
        f"{len(index.sent_terms)} term occurrences, "
        f"{'with' if with_vectors else 'without'} sentence vectors, "
        f"in {time.perf_counter() - started:.1f} s"
    )


if __name__ == "__main__":
    main()
