"""Speed (and top-1/top-5 hit rate) of catalogue search on ~255 realistic queries, as markdown."""

from __future__ import annotations

import random
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from noc_letter.core.catalogue import Catalogue, load_catalogue  # noqa: E402
from noc_letter.core.french_titles import search_with_french_titles  # noqa: E402
from noc_letter.core.search import CatalogueSearch  # noqa: E402

SEED = 2021
REPEATS = 3  # each query is timed this many times; its median counts

# Queries people actually type, with the group they want.
HANDWRITTEN = [
    ("bookeeper", "12200"),
    ("acountant", "11100"),
    ("electricain", "72200"),
    ("payroll admin", "13102"),
    ("software engineer", "21231"),
    ("personal support worker", "44101"),
    ("truck driver", "73300"),
    ("line cook", "63200"),
    ("cashier", "65100"),
    ("early childhood educator", "42202"),
    ("web developer", "21234"),
    ("registered nurse", "31301"),
    ("carpentar", "72310"),
    ("reciptionist", "14101"),
    ("grafic designer", "52120"),
    ("data scientist", "21211"),
    ("administrative assistant", "13110"),
    ("retail sales associate", "64100"),
    ("chef pâtissier", "62200"),
    ("CHEF PATISSIER", "62200"),
]

# French job titles as people type them (hand-written; most are CNP example titles, "paie" is
# the spelling most people use for the CNP's "paye"). Searched as the window and `noc` search
# them: the catalogue search plus the CNP's French example titles (core/french_titles.py).
FRENCH_HANDWRITTEN = [
    ("commis à la paie", "13102"),
    ("aide-comptable", "14200"),
    ("teneuse de livres", "12200"),
    ("soudeur", "72106"),
    ("cuisinier", "63200"),
    ("infirmière auxiliaire", "32101"),
    ("électricien", "72200"),
    ("camionneur", "73300"),
    ("préposé aux bénéficiaires", "33102"),
    ("éducatrice à la petite enfance", "42202"),
    ("caissière", "65100"),
    ("mécanicien automobile", "72410"),
    ("commis de bureau", "14100"),
    ("adjointe administrative", "13110"),
    ("agent de sécurité", "64410"),
    ("charpentier", "72310"),
    ("plombier", "72300"),
    ("serveuse", "65200"),
    ("boucher", "63201"),
    ("comptable", "11100"),
]
FRENCH_KIND = "French job title"


def _typo(word: str, rng: random.Random) -> str:
    """One realistic slip: two letters swapped, one dropped, or one doubled."""
    i = rng.randrange(1, len(word) - 2)
    kind = rng.choice(("swap", "drop", "double"))
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


def make_queries(catalogue: Catalogue) -> list[tuple[str, str, str]]:
    """About 255 (kind, query, expected code) triples drawn reproducibly from the catalogue."""
    rng = random.Random(SEED)
    groups = catalogue.groups
    queries = [("handwritten", q, code) for q, code in HANDWRITTEN]
    queries += [("unit title", g.title, g.code) for g in groups[::13]]
    pairs = [(t, g.code) for g in groups for t in g.example_titles]
    queries += [("example title", t, code) for t, code in rng.sample(pairs, 50)]
    for title, code in rng.sample(pairs, 200):
        long_words = [w for w in title.split() if len(w) >= 6 and w.isalpha()]
        if long_words and len([q for q in queries if q[0] == "typo"]) < 40:
            word = rng.choice(long_words)
            queries.append(("typo", title.replace(word, _typo(word.lower(), rng), 1), code))
    for title, code in rng.sample(pairs, 20):
        first, *rest = title.split()
        partial = f"{first} {rest[0][: max(3, len(rest[0]) // 2)]}" if rest else first[:5]
        queries.append(("partial", partial.lower(), code))
    queries += [("code", g.code, g.code) for g in rng.sample(groups, 20)]
    for group in rng.sample(groups, 5):  # expected: the first group under the prefix
        prefix = group.code[:3]
        queries.append(
            ("code prefix", prefix, next(g.code for g in groups if g.code[:3] == prefix))
        )
    old_codes = sorted({row.noc2016 for row in catalogue.concordance})
    for old in rng.sample(old_codes, 20):
        queries.append(("NOC 2016 code", old, catalogue.legacy(old)[0].noc2021))
    # US (SOC 2018) titles linked to a single NOC group, so the expected group is clear; drawn
    # with their own generator so the kinds above stay the same queries.
    linked: defaultdict[str, set[str]] = defaultdict(set)
    for group in groups:
        for us in group.us_titles:
            linked[us.title].add(group.code)
    single = sorted((title, codes.pop()) for title, codes in linked.items() if len(codes) == 1)
    queries += [("US title (SOC 2018)", t, c) for t, c in random.Random(SEED).sample(single, 20)]
    queries += [(FRENCH_KIND, q, code) for q, code in FRENCH_HANDWRITTEN]
    return queries


def _ms(seconds: float) -> float:
    return seconds * 1000


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


def main() -> int:
    """Time the index build and every query; print markdown tables to stdout."""
    start = time.perf_counter()
    catalogue = load_catalogue()
    load_ms = _ms(time.perf_counter() - start)
    builds = []
    for _ in range(5):
        start = time.perf_counter()
        search = CatalogueSearch(catalogue)
        builds.append(_ms(time.perf_counter() - start))
    start = time.perf_counter()
    search.warm_up()  # else done by the first misspelt word
    typo_index_ms = _ms(time.perf_counter() - start)

    def run(kind: str, query: str) -> list:
        if kind == FRENCH_KIND:
            return search_with_french_titles(search, query, catalogue, 20)
        return search.search(query)

    queries = make_queries(catalogue)
    for kind, query, _ in queries:  # warm-up pass
        run(kind, query)
    per_kind: dict[str, list[tuple[float, int | None]]] = defaultdict(list)
    times = []
    for kind, query, expected in queries:
        samples = []
        for _ in range(REPEATS):
            start = time.perf_counter()
            hits = run(kind, query)
            samples.append(_ms(time.perf_counter() - start))
        found = [hit.code for hit in hits]
        rank = found.index(expected) if expected in found else None
        per_kind[kind].append((statistics.median(samples), rank))
        times.append(statistics.median(samples))

    print("| Catalogue search | Value |")
    print("|---|---|")
    print(f"| catalogue load (JSON, first time) | {load_ms:.0f} ms |")
    build_ms = statistics.median(builds)
    print(f"| index build, median of 5 (max) | {build_ms:.0f} ms ({max(builds):.0f}) |")
    print(f"| typo index (`warm_up()` or first misspelt word) | {typo_index_ms:.0f} ms |")
    print(f"| queries timed (warm, median of {REPEATS} each) | {len(times)} |")
    print(f"| median per query | {statistics.median(times):.2f} ms |")
    print(f"| p95 per query | {_p95(times):.2f} ms |")
    print(f"| slowest query | {max(times):.2f} ms |")
    print()
    print("| Query kind | n | median ms | p95 ms | expected group 1st | in top 5 |")
    print("|---|---|---|---|---|---|")
    for kind, rows in per_kind.items():
        ms = [t for t, _ in rows]
        first = sum(rank == 0 for _, rank in rows)
        top5 = sum(rank is not None and rank < 5 for _, rank in rows)
        p95 = _p95(ms) if len(ms) > 1 else ms[0]
        print(
            f"| {kind} | {len(rows)} | {statistics.median(ms):.2f} | {p95:.2f} | "
            f"{first}/{len(rows)} | {top5}/{len(rows)} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
