"""Check the French dev set's shape, spread and distance from the CNP text; print its figures."""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FRENCH_SET = ROOT / "benchmarks" / "data" / "french_duties.jsonl"
DEV_SET = ROOT.parent / "shared" / "eval" / "dev_duties.jsonl"

MIN_LINES = 330
MIN_GROUPS = 45
MIN_PER_GROUP = 6
MAX_TRANSLATED_SHARE = 0.5
# Groups the set must cover, with the fewest lines each (the bookkeeping triangle and the
# translators that every French duty used to read as).
REQUIRED = {
    "12200": 8,
    "14200": 8,
    "13102": 8,
    "51114": 6,
    **dict.fromkeys(
        (
            "11100",
            "11101",
            "11102",
            "13110",
            "13111",
            "14101",
            "14110",
            "64409",
            "64100",
            "62200",
            "63200",
            "72106",
            "72310",
            "73300",
            "21231",
            "21232",
            "21211",
            "31301",
            "41221",
            "42202",
            "10010",
            "10019",
            "00012",
            "65200",
            "65201",
            "75110",
            "22310",
            "13100",
        ),
        MIN_PER_GROUP,
    ),
}
FIELDS = ("id", "text", "noc", "source", "en_id", "en_text")
SOURCES = ("translated", "handwritten")
TRANSLATING = re.compile(r"tradu|interpr|terminolog|locali|glossaire", re.IGNORECASE)
JACCARD_LIMIT = 0.6
RUN_LIMIT = 8
# A word in more main duties than this is scored only when it could change the answer.
COMMON_WORD = 1000
_ID = re.compile(r"^fr\d{4}$")
_WORD = re.compile(r"[^\W\d_]+")


def load(path: Path = FRENCH_SET) -> list[dict]:
    """One dict per line of the French set."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def words(text: str) -> list[str]:
    """Lower-cased words without accents (œ as oe), split at apostrophes and hyphens."""
    text = text.lower().replace("œ", "oe").replace("æ", "ae")
    text = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
    return _WORD.findall(text)


def content(text: str) -> frozenset[str]:
    """The words of three letters or more: what the Jaccard overlap is measured on."""
    return frozenset(w for w in words(text) if len(w) >= 3)


def runs(text: str, size: int = RUN_LIMIT) -> set[tuple[str, ...]]:
    """Every run of `size` consecutive words."""
    ws = words(text)
    return {tuple(ws[i : i + size]) for i in range(len(ws) - size + 1)}


class CopyIndex:
    """Main duties of one language, indexed for the Jaccard and shared-run checks."""

    def __init__(self, duties: Iterable[tuple[str, str]]):
        self.duties: list[tuple[str, str, frozenset[str]]] = []
        self.by_word: dict[str, list[int]] = {}
        self.runs: dict[tuple[str, ...], int] = {}
        for code, text in duties:
            k = len(self.duties)
            self.duties.append((code, text, content(text)))
            for w in self.duties[-1][2]:
                self.by_word.setdefault(w, []).append(k)
            for run in runs(text):
                self.runs.setdefault(run, k)

    def closest(self, text: str) -> tuple[float, str, str]:
        """(best Jaccard, its code, its duty) over every main duty.

        Only duties sharing a rarer word are scored; one sharing nothing but common words
        ("les", "des", "and") can score at most common/len(mine), checked before skipping them.
        """
        mine = content(text)
        if not mine:
            return (0.0, "", "")
        common = {w for w in mine if len(self.by_word.get(w, ())) > COMMON_WORD}
        rare = {k for w in mine - common for k in self.by_word.get(w, ())}
        best = self._best(mine, rare)
        if common and len(common) / len(mine) > best[0]:
            others = {k for w in common for k in self.by_word[w]} - rare
            best = max(best, self._best(mine, others))
        return best

    def _best(self, mine: frozenset[str], candidates: Iterable[int]) -> tuple[float, str, str]:
        best = (0.0, "", "")
        for k in candidates:
            code, duty, theirs = self.duties[k]
            score = len(mine & theirs) / len(mine | theirs)
            if score > best[0]:
                best = (score, code, duty)
        return best

    def shared_run(self, text: str) -> tuple[str, str] | None:
        """(code, duty) of a duty sharing a run of RUN_LIMIT words with the text, if any."""
        for run in runs(text):
            if run in self.runs:
                code, duty, _ = self.duties[self.runs[run]]
                return code, duty
        return None

    def flag(self, text: str) -> str | None:
        """Why the text reads as a copy of a main duty, or None."""
        score, code, duty = self.closest(text)
        if score >= JACCARD_LIMIT:
            return f"word overlap {score:.2f} with {code}: {duty}"
        hit = self.shared_run(text)
        if hit:
            return f"shares {RUN_LIMIT}+ words in a row with {hit[0]}: {hit[1]}"
        return None


def copy_indexes(catalogue) -> dict[str, CopyIndex]:
    """French and English main duties of every unit group."""
    fr = [(g.code, d.text) for g in catalogue.groups for d in g.main_duties_fr]
    en = [(g.code, d.text) for g in catalogue.groups for d in g.main_duties]
    return {"fr": CopyIndex(fr), "en": CopyIndex(en)}


def copy_problems(rows: Sequence[dict], indexes: dict[str, CopyIndex]) -> list[str]:
    """Lines too close to a CNP main duty (French text), or to a NOC one (our own English)."""
    problems = []
    for row in rows:
        why = indexes["fr"].flag(row["text"])
        if why:
            problems.append(f"{row['id']} French copies the CNP ({why})")
        if row["source"] == "handwritten":
            why = indexes["en"].flag(row["en_text"])
            if why:
                problems.append(f"{row['id']} English twin copies the NOC ({why})")
    return problems


def shape_problems(rows: Sequence[dict], codes: Iterable[str]) -> list[str]:
    """Fields, ids, sources, twins and codes every line must have right."""
    known = set(codes)
    problems = []
    seen_ids: set[str] = set()
    seen_texts: set[str] = set()
    seen_en_ids: set[str] = set()
    for n, row in enumerate(rows, 1):
        where = row.get("id", f"line {n}")
        if tuple(row) != FIELDS:
            problems.append(f"{where}: fields {tuple(row)} are not {FIELDS}")
            continue
        if not _ID.match(row["id"]) or row["id"] in seen_ids:
            problems.append(f"{where}: id missing, malformed or repeated")
        seen_ids.add(row["id"])
        if row["noc"] not in known:
            problems.append(f"{where}: {row['noc']} is not a NOC 2021 unit group")
        if not row["text"].strip() or not row["en_text"].strip():
            problems.append(f"{where}: empty text or English twin")
        if row["text"] in seen_texts:
            problems.append(f"{where}: the same French text appears twice")
        seen_texts.add(row["text"])
        if row["source"] not in SOURCES:
            problems.append(f"{where}: source {row['source']!r} is not one of {SOURCES}")
        elif (row["source"] == "translated") != (row["en_id"] is not None):
            problems.append(f"{where}: en_id must be given for translated lines only")
        if row["en_id"] is not None:
            if row["en_id"] in seen_en_ids:
                problems.append(f"{where}: dev item {row['en_id']} translated twice")
            seen_en_ids.add(row["en_id"])
        if row["noc"] == "51114" and not TRANSLATING.search(row["text"]):
            problems.append(f"{where}: a 51114 line that is not about translating")
        if row["noc"] != "51114" and TRANSLATING.search(row["text"]):
            problems.append(f"{where}: a line about translating labelled {row['noc']}")
    return problems


def language_problems(rows: Sequence[dict]) -> list[str]:
    """Lines the project's language detector does not read as French (twins as English)."""
    from noc_letter.core.language import detect_language

    problems = []
    for row in rows:
        if detect_language(row["text"], "en") != "fr":
            problems.append(f"{row['id']}: the French text is not detected as French")
        if detect_language(row["en_text"], "fr") != "en":
            problems.append(f"{row['id']}: the English twin is not detected as English")
    return problems


def dev_problems(rows: Sequence[dict], dev: dict[str, dict]) -> list[str]:
    """Translated lines whose dev item is missing, or whose English or code differ from it."""
    problems = []
    for row in rows:
        if row["source"] != "translated":
            continue
        item = dev.get(row["en_id"])
        if item is None:
            problems.append(f"{row['id']}: dev item {row['en_id']} not found")
        elif item["text"] != row["en_text"] or item["noc"] != row["noc"]:
            problems.append(f"{row['id']}: English text or code differ from {row['en_id']}")
    return problems


def figures(rows: Sequence[dict]) -> dict:
    """Counts: lines, groups, lines per group, sources, words per line."""
    per_group = Counter(row["noc"] for row in rows)
    sources = Counter(row["source"] for row in rows)
    n = len(rows)
    return {
        "lines": n,
        "groups": len(per_group),
        "per_group_min": min(per_group.values(), default=0),
        "per_group_median": statistics.median(per_group.values()) if per_group else 0,
        "per_group_max": max(per_group.values(), default=0),
        "translated": sources["translated"],
        "handwritten": sources["handwritten"],
        "translated_share": sources["translated"] / n if n else 0.0,
        "mean_words": statistics.fmean(len(words(r["text"])) for r in rows) if rows else 0.0,
        "mean_words_en": statistics.fmean(len(words(r["en_text"])) for r in rows) if rows else 0.0,
        "teers": sorted({row["noc"][1] for row in rows}),
        "per_group": dict(sorted(per_group.items())),
    }


def rule_problems(rows: Sequence[dict]) -> list[str]:
    """The set's size and spread rules."""
    f = figures(rows)
    per_group = f["per_group"]
    problems = []
    if f["lines"] < MIN_LINES:
        problems.append(f"{f['lines']} lines, fewer than {MIN_LINES}")
    if f["groups"] < MIN_GROUPS:
        problems.append(f"{f['groups']} unit groups, fewer than {MIN_GROUPS}")
    if f["per_group_min"] < MIN_PER_GROUP:
        thin = [c for c, k in per_group.items() if k < MIN_PER_GROUP]
        problems.append(f"groups with fewer than {MIN_PER_GROUP} lines: {thin}")
    if f["translated_share"] > MAX_TRANSLATED_SHARE:
        problems.append(f"translated share {f['translated_share']:.1%} is over half")
    if f["teers"] != ["0", "1", "2", "3", "4", "5"]:
        problems.append(f"TEERs covered: {f['teers']}, not all six")
    for code, least in REQUIRED.items():
        if per_group.get(code, 0) < least:
            problems.append(f"{code} has {per_group.get(code, 0)} lines, fewer than {least}")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", type=Path, default=FRENCH_SET, help="the French set (JSONL)")
    parser.add_argument("--dev", type=Path, default=DEV_SET, help="the English dev set (JSONL)")
    parser.add_argument("--closest", type=int, default=0, help="list the N closest lines")
    args = parser.parse_args(argv)

    from noc_letter.core.catalogue import load_catalogue

    catalogue = load_catalogue()
    rows = load(args.set)
    f = figures(rows)
    print(
        f"{args.set.name}: {f['lines']} lines over {f['groups']} unit groups (TEERs {f['teers']})"
    )
    print(
        f"lines per group: min {f['per_group_min']}, median {f['per_group_median']}, "
        f"max {f['per_group_max']}"
    )
    print(
        f"translated {f['translated']} ({f['translated_share']:.1%}), "
        f"handwritten {f['handwritten']} ({1 - f['translated_share']:.1%})"
    )
    print(f"mean words per line: French {f['mean_words']:.1f}, English {f['mean_words_en']:.1f}")

    indexes = copy_indexes(catalogue)
    closest = sorted(((*indexes["fr"].closest(r["text"]), r) for r in rows), key=lambda x: -x[0])
    print(
        f"CNP overlap: highest Jaccard {closest[0][0]:.2f} "
        f"(limit {JACCARD_LIMIT}), shared {RUN_LIMIT}-word runs limit"
    )
    for score, code, duty, row in closest[: args.closest]:
        print(f"  {score:.2f} {row['id']} {row['noc']} {row['text']}\n       ~ {code} {duty}")

    problems = shape_problems(rows, (g.code for g in catalogue.groups))
    problems += rule_problems(rows)
    problems += copy_problems(rows, indexes)
    problems += language_problems(rows)
    if args.dev.exists():
        with args.dev.open(encoding="utf-8") as handle:
            dev = {item["id"]: item for item in map(json.loads, handle) if item}
        problems += dev_problems(rows, dev)
    else:
        print(f"(dev set {args.dev} not found: translated lines not checked against it)")
    for problem in problems:
        print("PROBLEM", problem)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))  # this checkout's noc_letter, not an installed one
    sys.exit(main())
