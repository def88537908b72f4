"""Read Princeton WordNet 3.0's verb files: each verb's commonest senses, for the ceiling bench.

Debian's package `wordnet-base` puts the files in /usr/share/wordnet (`apt-get install
wordnet-base`). Only `benchmarks/suggest_ceiling.py` uses this; the app does not (see
docs/benchmarks.md, "How far truthful rewording can go").

WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Used under the
WordNet 3.0 licence; provided AS IS, without warranty. https://wordnet.princeton.edu/
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

DEFAULT_WORDNET = Path("/usr/share/wordnet")
HYPERNYM = "@"


def _index(path: Path) -> dict[str, list[str]]:
    """verb lemma → its synset offsets, commonest sense first."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(" "):
            continue  # licence header lines start with spaces
        fields = line.split()
        pointer_kinds = int(fields[3])
        rest = fields[4 + pointer_kinds :]
        out[fields[0]] = rest[2 : 2 + int(rest[0])]
    return out


def _synsets(path: Path) -> dict[str, tuple[list[str], list[str]]]:
    """synset offset → (its words, offsets of its verb hypernyms)."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(" "):
            continue
        fields = line.split(" | ")[0].split()
        word_count = int(fields[3], 16)
        words = [fields[4 + 2 * k].lower() for k in range(word_count)]
        i = 4 + 2 * word_count
        hypernyms = []
        for k in range(int(fields[i])):
            symbol, target, pos = fields[i + 1 + 4 * k : i + 4 + 4 * k]
            if symbol == HYPERNYM and pos == "v":
                hypernyms.append(target)
        out[fields[0]] = (words, hypernyms)
    return out


@cache
def _load(folder: Path) -> tuple[dict, dict]:
    return _index(folder / "index.verb"), _synsets(folder / "data.verb")


def available(folder: Path = DEFAULT_WORDNET) -> bool:
    """True when WordNet's verb files are there."""
    return (folder / "index.verb").is_file() and (folder / "data.verb").is_file()


def related_verbs(verb: str, senses: int = 3, folder: Path = DEFAULT_WORDNET) -> frozenset[str]:
    """One-word verbs for the same activity (same synset) or a broader one (direct hypernym)
    in the `senses` commonest senses of `verb`."""
    index, synsets = _load(folder)
    out: set[str] = set()
    for offset in index.get(verb.lower(), [])[:senses]:
        words, hypernyms = synsets[offset]
        out.update(words)
        for h in hypernyms:
            out.update(synsets[h][0])
    return frozenset(w for w in out if "_" not in w and w != verb.lower())
