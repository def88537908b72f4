"""Build resources/noc2021/cnp_lexicon.json: French lemma → English lemmas, from the CNP and NOC.

    .venv/bin/python scripts/build_lexicon.py

StatCan publishes every unit group in both languages, so the NOC and the CNP form a parallel
text: titles, lead statements, main duties (paired by position where both lists have the same
length and the French order is certain) and exclusions. IBM Model 1 (expectation-maximisation
over which French word each English word comes from, with a "no word" option) learns
t(English | French) from those pairs. Only the NOC's own text is used; nothing from the eval
sets. The matcher uses the table to read a French duty through the English channels
(core/matching/bridge.py).
"""

from __future__ import annotations

import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from noc_letter.core.catalogue import load_catalogue  # noqa: E402
from noc_letter.core.matching.analysis import terms_of  # noqa: E402
from noc_letter.core.matching.bridge import LEXICON_FILE  # noqa: E402
from noc_letter.core.nlp import get_fast_nlp  # noqa: E402
from noc_letter.core.nlp_fr import get_fast_french_nlp  # noqa: E402

SEED = ROOT / "scripts" / "data" / "fr_en_workplace.tsv"
SEED_SHARE = 0.5  # a seed word keeps half of its learned renderings
ITERATIONS = 8
NULL = "<null>"
KEEP = 0.05  # translations below this probability are dropped
MAX_TRANSLATIONS = 4


def parallel_pairs(catalogue) -> list[tuple[str, str]]:
    """(French, English) sentence pairs from the same unit group."""
    pairs = []
    for group in catalogue.groups:
        pairs.append((group.title_fr, group.title))
        pairs.append((group.lead_statement_fr, group.lead_statement))
        french = [d.text for d in group.main_duties_fr]
        english = [d.text for d in group.main_duties]
        if len(french) == len(english):
            pairs += list(zip(french, english, strict=True))
        if len(group.exclusions_fr) == len(group.exclusions):
            both = zip(group.exclusions_fr, group.exclusions, strict=True)
            pairs += [(f, e.text) for f, e in both]
    return [(f, e) for f, e in pairs if f and e]


def lemma_lists(texts: list[str], nlp) -> list[list[str]]:
    """Content lemmas of each text, as the matcher analyses them."""
    return [[t.lemma for t in terms_of(doc)] for doc in nlp.pipe(texts, batch_size=256)]


def ibm1(french: list[list[str]], english: list[list[str]], iterations: int) -> dict:
    """t[f][e]: probability that French lemma f is rendered by English lemma e."""
    t: dict[str, dict[str, float]] = defaultdict(dict)
    for fs, es in zip(french, english, strict=True):
        for f in [*fs, NULL]:
            for e in es:
                t[f][e] = 1.0
    for _ in range(iterations):
        counts: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        for fs, es in zip(french, english, strict=True):
            sources = [*fs, NULL]
            for e in es:
                norm = sum(t[f][e] for f in sources)
                for f in sources:
                    counts[f][e] += t[f][e] / norm
        t = defaultdict(dict)
        for f, row in counts.items():
            total = sum(row.values())
            t[f] = {e: c / total for e, c in row.items()}
    return t


def read_seed(path: Path = SEED) -> dict[str, list[str]]:
    """French lemma → English lemmas from the project's workplace word list."""
    seed = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            french, english = line.split("\t")
            seed[french.strip().lower()] = english.split()
    return seed


def with_seed(lexicon: dict[str, list], seed: dict[str, list[str]]) -> dict[str, list]:
    """Seed renderings merged in: alone for words the CNP never uses, else sharing half."""
    out = dict(lexicon)
    for french, english in seed.items():
        learned = lexicon.get(french, [])
        share = SEED_SHARE if learned else 1.0
        rows: dict[str, float] = {e: share / len(english) for e in english}
        for e, p in learned:
            rows[e] = rows.get(e, 0.0) + (1.0 - share) * p
        best = sorted(rows.items(), key=lambda kv: -kv[1])[:MAX_TRANSLATIONS]
        out[french] = [[e, round(p, 3)] for e, p in best]
    return out


def main() -> None:
    started = time.perf_counter()
    catalogue = load_catalogue()
    pairs = parallel_pairs(catalogue)
    french = lemma_lists([f for f, _ in pairs], get_fast_french_nlp())
    english = lemma_lists([e for _, e in pairs], get_fast_nlp())
    table = ibm1(french, english, ITERATIONS)
    lexicon = {}
    for f, row in sorted(table.items()):
        if f == NULL:
            continue
        best = sorted(row.items(), key=lambda kv: -kv[1])[:MAX_TRANSLATIONS]
        kept = [[e, round(p, 3)] for e, p in best if p >= KEEP]
        if kept:
            lexicon[f] = kept
    lexicon = with_seed(lexicon, read_seed())
    out = ROOT / "resources" / "noc2021" / LEXICON_FILE
    payload = {"pairs": len(pairs), "iterations": ITERATIONS, "lexicon": lexicon}
    out.write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":")), "utf-8")
    took = time.perf_counter() - started
    print(f"{len(pairs)} pairs, {len(lexicon)} French lemmas in {took:.0f} s")


if __name__ == "__main__":
    main()
