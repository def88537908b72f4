"""The CNP's French example titles for a French NOC search (a French window or query).

core.search indexes the French group titles but not the 29,767 French example titles
("aide-comptable", "commis à la paie"); this small word index finds them, and the window's
picker and `noc-letter noc` add the groups they name to the search's own hits.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from typing import Any

from noc_letter.core.search import SearchHit, fold

# A title whose every word the query names in full ranks with good title hits, less a little
# for each word of the title the query does not name ("soudeur": "Soudeur/soudeuse" before
# "Aide-soudeur/aide-soudeuse"); one found by the starts of its words ("tech compt") ranks
# below them.
WHOLE_WORDS_SCORE, PREFIX_SCORE = 0.9, 0.6
EXTRA_WORD_PENALTY, MIN_WHOLE_WORDS_SCORE = 0.02, 0.7
MIN_PREFIX = 3  # shorter partial words ("co") name too many titles to help
_WORD = re.compile(r"[^\W_]+")
_STOP = frozenset({"de", "du", "des", "la", "le", "les", "l", "d", "et", "en", "a", "au", "aux"})
MATCHED = "French example title"
# Spellings French allows both ways where the CNP writes one ("paie" and "paye": the CNP's
# "Commis à la paye" is what most people now write "commis à la paie").
_VARIANTS = {"paie": "paye", "paies": "payes"}


@dataclass(frozen=True)
class _Index:
    titles: tuple[tuple[str, str, frozenset[str]], ...]  # (code, title, its folded words)
    vocabulary: tuple[str, ...]  # sorted folded words
    postings: dict[str, frozenset[int]]  # word -> titles holding it


def _words(text: str) -> list[str]:
    return [_VARIANTS.get(w, w) for w in _WORD.findall(fold(text)) if w not in _STOP]


def is_french_query(text: str, lang: str = "en") -> bool:
    """True when a search should look at French titles: a French window or command, or a
    query written in French ("commis à la paie"; "chef" or "agent" alone read as English)."""
    from noc_letter.core.language import detect_language

    return lang == "fr" or detect_language(text) == "fr"


@cache
def _index(catalogue: Any) -> _Index:
    titles = []
    postings: dict[str, set[int]] = {}
    for group in catalogue.groups:
        for title in group.example_titles_fr:
            found = frozenset(_words(title))
            for word in found:
                postings.setdefault(word, set()).add(len(titles))
            titles.append((group.code, title, found))
    return _Index(
        tuple(titles), tuple(sorted(postings)), {w: frozenset(t) for w, t in postings.items()}
    )


def _titles_with(index: _Index, word: str, whole: bool) -> set[int]:
    if whole:
        return set(index.postings.get(word, ()))
    found: set[int] = set()
    start = bisect_left(index.vocabulary, word)
    for known in index.vocabulary[start:]:
        if not known.startswith(word):
            break
        found |= index.postings[known]
    return found


def french_title_hits(text: str, catalogue: Any, limit: int) -> list[SearchHit]:
    """Groups whose French example titles hold every word of `text` (or words starting with
    each, for words of 3 letters or more), one hit per group, best first."""
    index = _index(catalogue)
    query = _words(text)
    if not query:
        return []
    whole = set.intersection(*(_titles_with(index, w, True) for w in query))
    partial = set.intersection(*(_titles_with(index, w, len(w) < MIN_PREFIX) for w in query))
    partial -= whole
    named = set(query)
    scores = {i: PREFIX_SCORE for i in partial}
    for i in whole:
        extra = len(index.titles[i][2] - named)
        scores[i] = max(MIN_WHOLE_WORDS_SCORE, WHOLE_WORDS_SCORE - EXTRA_WORD_PENALTY * extra)
    hits: dict[str, SearchHit] = {}
    # Best first, then the shortest title: a group's hit names its closest French title.
    for i in sorted(scores, key=lambda i: (-scores[i], len(index.titles[i][1]), i)):
        code, title, _ = index.titles[i]
        if code not in hits:
            group = catalogue.get(code)
            matched = f'{MATCHED} "{title}"'
            hits[code] = SearchHit(code, group.title, group.teer, scores[i], matched, "")
    return list(hits.values())[:limit]


def with_french_titles(
    hits: list[SearchHit], text: str, catalogue: Any, limit: int
) -> list[SearchHit]:
    """The search's hits with the groups found by French example title, by score: a group
    both find keeps its better hit (a French title hit 0.88 beats the same group's 0.68)."""
    best = {h.code: h for h in hits}
    for hit in french_title_hits(text, catalogue, limit):
        if hit.code not in best or hit.score > best[hit.code].score:
            best[hit.code] = hit  # a replaced hit keeps its place among equals
    return sorted(best.values(), key=lambda h: -h.score)[:limit]  # stable: search order kept


def search_with_french_titles(
    search: Any, text: str, catalogue: Any, limit: int, lang: str = "en"
) -> list[SearchHit]:
    """The catalogue search's hits for `text`, with the groups its French example titles name
    added when the search is French (`is_french_query`): the one search the window and
    `noc-letter noc` run."""
    hits = search.search(text, limit)
    if catalogue is None or not is_french_query(text, lang):
        return hits
    return with_french_titles(hits, text, catalogue, limit)
