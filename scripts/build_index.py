"""Build resources/noc2021/match_index.npz: every NOC sentence analysed into lemma terms.

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
from noc_letter.core.matching.hubness import reference_hubness  # noqa: E402
from noc_letter.core.matching.index import INDEX_FILE, build_index  # noqa: E402
from noc_letter.core.matching.matcher import Matcher  # noqa: E402
from noc_letter.core.matching.vectors import WordVectors  # noqa: E402
from noc_letter.core.nlp import get_fast_nlp, get_nlp  # noqa: E402


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
    index.save(folder / INDEX_FILE)
    print(
        f"indexed {index.n_sentences} sentences, {len(index.vocab)} terms, "
        f"{len(index.sent_terms)} term occurrences, "
        f"{'with' if vectors else 'without'} sentence vectors, "
        f"in {time.perf_counter() - started:.1f} s"
    )


if __name__ == "__main__":
    main()
