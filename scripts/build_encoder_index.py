"""Embed the NOC catalogue's sentences with the shipped encoder (build time; `make model`).

    .venv/bin/python scripts/build_encoder_index.py [--encoder resources/encoder]

Writes `noc_vectors.npz` into the encoder folder: int8 vectors (a scale per row) of every main
duty, example title, lead statement (its first sentence) and title, with their group index, the
format and a digest of the catalogue text (the app refuses vectors made from other text). The
app embeds a person's duties with the very same encoder files, so both sides match.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from noc_letter.core.catalogue import load_catalogue  # noqa: E402
from noc_letter.core.matching.encoder import SentenceEncoder  # noqa: E402
from noc_letter.core.matching.meaning import VECTORS_FILE, build_arrays  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--encoder", type=Path, default=ROOT / "resources" / "encoder")
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args(argv)
    start = time.perf_counter()
    encoder = SentenceEncoder(args.encoder, threads=args.threads)
    arrays = build_arrays(encoder, load_catalogue())
    np.savez_compressed(args.encoder / VECTORS_FILE, **arrays)
    counts = {k: len(v) for k, v in arrays.items() if v.ndim == 2}
    print(f"{counts} in {time.perf_counter() - start:.0f} s -> {args.encoder / VECTORS_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
