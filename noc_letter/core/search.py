"""Fast, typo-tolerant search over NOC 2021 codes, titles, example titles, US (SOC 2018) titles
and NOC 2016 codes."""

from __future__ import annotations

import heapq
import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache
from os.path import commonprefix

from noc_letter.core.catalogue import Catalogue, UnitGroup, UsTitle, load_catalogue

MAX_QUERY_CHARS = 200  # longer input is cut: no title is longer than 141 characters
MAX_QUERY_WORDS = 20  # English titles have at most 16 words

# Code scores. An exact NOC 2021 code or a one-to-one NOC 2016 code is certain (1.0); each group
# of a split NOC 2016 code is a little less so. A typed prefix scores more the longer it is:
# "1" -> 0.55, "122" -> 0.75, "1220" -> 0.85, so NOC 2016 "1220" ranks above 2021 codes 1220x.
CODE_SCORE = 1.0
LEGACY_SCORE = 1.0
LEGACY_SPLIT_SCORE = 0.95
PREFIX_BASE, PREFIX_PER_DIGIT = 0.45, 0.10

# Word matches. A query word equal to a title word (after folding and plural stripping) counts 1.
# A partial word counts by how much of the title word it covers: "admin" for "administrator"
# -> 0.6 + 0.3 * 5/13 = 0.72. A typo counts 0.8 (one edit) or 0.65 (two edits, words of 6+
# letters): "bookeeper" -> "bookkeeper" 0.8. A partial word with one typo loses 0.15 more.
WORD_PREFIX_BASE, WORD_PREFIX_SPAN = 0.6, 0.3
TYPO_WEIGHTS = {1: 0.8, 2: 0.65}
TYPO_PREFIX_PENALTY = 0.15
# Between equally close words, the common one is the likelier intent: + 0.02 per power of ten of
# titles using it ("manger": "manager", in 1,195 titles, 0.86; "hanger", in 5, 0.81).
TYPO_POPULARITY = 0.02

# A title's score: 70 % how much of the query it explains, 30 % how much of the title the query
# explains, each word weighted by rarity (log(1 + titles / titles with the word)); words after
# " - " or "(" count 30 %, stopwords nothing. "payroll admin" vs title "Payroll administrators":
# query 0.7 * (7.8 * 1 + 5.6 * 0.72) / (7.8 + 5.6) = 0.62, title 0.3 * 0.88 = 0.26, total 0.88.
# Only identical words (after folding) score 1.0, identical stems 0.99; French titles x 0.9.
QUERY_SHARE, TITLE_SHARE = 0.7, 0.3
QUALIFIER_WEIGHT = 0.3
NON_EXACT_CAP = 0.97
SAME_STEMS_SCORE = 0.99  # "securities manager" for the title "Security manager"
FRENCH_FACTOR = 0.9  # English first: "chef" is a cook before it is "Chefs religieux"
# A US occupation title (SOC 2018) often stands for several NOC groups: the NOC's own titles
# come first when they match about as well ("registered nurse": 31301 by its example title).
US_FACTOR = 0.9
MIN_SCORE = 0.3
# Postings read per query word: bounds the cost of short prefixes such as "ma" or "op".
POSTINGS_BUDGET, SHORT_POSTINGS_BUDGET = 6000, 2500
FUZZY_CANDIDATES = 40
MAX_COMPLETIONS = 300  # title words a partial word may stand for, shortest first ("co": "cook")
RARE_WORD = 3  # a longer word in fewer titles may be a typo too ("manger" in "Garde-manger")

_STOPWORDS = frozenset(
    {"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}
    | {"au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "ou"}
)
_CODE_WORDS = frozenset({"noc", "cnp", "code", "teer", "2016", "2021"})
_WORD = re.compile(r"[^\W_]+")
_QUALIFIER = re.compile(r"\s[-\u2013]\s|\(")
# "Human Resources Assistants, Except Payroll and Timekeeping": the rest names other work.
_EXCEPT = re.compile(r",\s+except\b")
_FOLD_EXTRA = str.maketrans({"œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ı": "i"})
_KINDS = ("title", "example title", "French title", "US title (SOC 2018)")
US_KIND = 3
_NO_CANDIDATE = (0.0, 0, 0)


@dataclass(frozen=True)
class SearchHit:
    """One unit group found by a search, with the evidence that ranked it."""

    code: str
    title: str
    teer: int
    score: float
    matched: str
    note: str = ""


def fold(text: str) -> str:
    """Text case-folded and without accents: "Pâtissier" -> "patissier", "Œuvre" -> "oeuvre"."""
    text = text.casefold()
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text.translate(_FOLD_EXTRA))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def stem(word: str) -> str:
    """Strip a plural ending so "bookkeepers" and "bookkeeper" index alike (applied both sides)."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def words(text: str) -> list[str]:
    """Folded words of text, unstemmed; punctuation, emoji and control characters dropped."""
    return _WORD.findall(fold(text))


def _edit_row(a: str, b: str, limit: int) -> list[int] | None:
    """Distances from a to every prefix of b (an adjacent swap costs 1); None if all exceed limit.

    The last value is the optimal-string-alignment distance between a and the whole of b.
    """
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                value = min(value, before[j - 2] + 1)
            current[j] = value
        if min(current) > limit:
            return None
        before, previous = previous, current
    return previous


def _bigrams(token: str) -> set[str]:
    padded = f" {token} "
    return {padded[i : i + 2] for i in range(len(padded) - 1)}


def _ascii_digits(word: str) -> str | None:
    return "".join(str(unicodedata.decimal(c)) for c in word) if word.isdecimal() else None


class CatalogueSearch:
    """An in-memory index of one catalogue; build once (about 0.1 s), then query many times."""

    def __init__(self, catalogue: Catalogue) -> None:
        """Index the codes, titles, French titles and example titles of catalogue."""
        self.catalogue = catalogue
        self._groups: tuple[UnitGroup, ...] = catalogue.groups
        self._by_code = {g.code: i for i, g in enumerate(self._groups)}
        self._doc_text: list[str] = []
        self._doc_group: list[int] = []
        self._doc_kind: list[int] = []
        self._us_titles: dict[int, UsTitle] = {}  # doc -> the US title it is
        for group_index, group in enumerate(self._groups):
            texts = [group.title, *group.example_titles] + ([group.title_fr] * bool(group.title_fr))
            for us in group.us_titles:
                self._us_titles[len(self._doc_text) + len(texts)] = us
                texts.append(us.title)
            self._doc_text += texts
            self._doc_group += [group_index] * len(texts)
            self._doc_kind += (
                [0]
                + [1] * len(group.example_titles)
                + [2] * bool(group.title_fr)
                + [US_KIND] * len(group.us_titles)
            )
        # Words before " - " or "(" are the head of a title, the rest its qualifier.
        head_words: defaultdict[str, list[int]] = defaultdict(list)
        qual_words: defaultdict[str, list[int]] = defaultdict(list)
        findall, find_qualifier = _WORD.findall, _QUALIFIER.search
        for doc, text in enumerate(self._doc_text):
            folded = text.casefold()
            if not folded.isascii():  # 383 of the 28,967 titles (mostly French ones)
                folded = fold(folded)
            if doc in self._us_titles:
                folded = _EXCEPT.split(folded)[0]
            cut = find_qualifier(folded)
            if cut is None:
                for word in set(findall(folded)):
                    head_words[word].append(doc)
                continue
            head = set(findall(folded, 0, cut.start()))
            for word in head:
                head_words[word].append(doc)
            for word in set(findall(folded, cut.start())) - head:
                qual_words[word].append(doc)
        # Words with the same stem share one token and its postings (doc ids).
        self._token_ids: dict[str, int] = {}
        self._head_postings: list[list[int]] = []
        self._qual_postings: list[list[int]] = []
        for word in sorted(head_words.keys() | qual_words.keys()):
            token = stem(word)
            tid = self._token_ids.setdefault(token, len(self._token_ids))
            if tid == len(self._head_postings):
                self._head_postings.append([])
                self._qual_postings.append([])
            self._head_postings[tid] += head_words.get(word, ())
            self._qual_postings[tid] += qual_words.get(word, ())
        self._vocab = sorted(self._token_ids)
        self._id_token = list(self._token_ids)
        count = len(self._doc_text)
        self._weight = [
            0.0
            if token in _STOPWORDS
            else math.log(1 + count / (len(self._head_postings[t]) + len(self._qual_postings[t])))
            for t, token in enumerate(self._id_token)
        ]
        self._max_weight = math.log(1 + count)
        totals = [0.0] * count
        for weight, head, qual in zip(
            self._weight, self._head_postings, self._qual_postings, strict=True
        ):
            for doc in head:
                totals[doc] += weight
            weight *= QUALIFIER_WEIGHT
            for doc in qual:
                totals[doc] += weight
        self._doc_total = [total or 1.0 for total in totals]
        self._bigram_index: dict[str, list[int]] | None = None  # built on the first typo

    def _key(self, doc: int) -> str:
        """A document's words, folded and stemmed, for the identical-title test."""
        return " ".join(stem(w) for w in words(self._doc_text[doc]))

    # -- public API ---------------------------------------------------------------------------

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Find unit groups by code, NOC 2016 code, title or example title.

        Args:
            query: What the user typed: "12200", "122", "1311", "bookeeper", "payroll admin".
            limit: Maximum number of hits (one per unit group).

        Returns:
            Hits, best first; [] for empty or meaningless input. Never raises on bad text.
        """
        if not isinstance(query, str) or limit <= 0:
            return []
        folded = words(query[:MAX_QUERY_CHARS])
        codes = [d for d in (_ascii_digits(w) for w in folded) if d]
        text_words = [w for w in folded if not w.isdecimal() or w in self._token_ids]  # "911"
        hits: dict[str, SearchHit] = {}
        if codes:
            plain = [c for c in codes if c not in _CODE_WORDS] or codes
            for code in plain[:3]:
                self._code_hits(code, hits)
            text_words = [w for w in text_words if w not in _CODE_WORDS]
        if text_words:
            self._text_hits(text_words[:MAX_QUERY_WORDS], hits, limit)
        ranked = sorted(hits.values(), key=lambda h: (-h.score, h.code))
        return ranked[:limit]

    def closest_codes(self, code: str, count: int = 5) -> list[UnitGroup]:
        """Unit groups whose codes are nearest to a (possibly unknown) code.

        Args:
            code: Digits, e.g. an unknown "12299".
            count: How many groups to return.

        Returns:
            Groups sharing the longest leading digits with code, then nearest numerically.
        """
        digits = _ascii_digits(code.strip()) or ""
        if not digits:
            return []
        target = int(digits[:5].ljust(5, "0"))
        return sorted(
            self._groups,
            key=lambda g: (-len(commonprefix([g.code, digits])), abs(int(g.code) - target)),
        )[:count]

    def warm_up(self) -> dict[str, list[int]]:
        """Build the typo index now (20-30 ms) rather than on the first misspelt word.

        Optional; safe to call from a worker thread. Returns the letter-pair index.
        """
        if self._bigram_index is None:
            index: defaultdict[str, list[int]] = defaultdict(list)
            for tid, known in enumerate(self._id_token):
                for gram in _bigrams(known):
                    index[gram].append(tid)
            self._bigram_index = index
        return self._bigram_index

    # -- codes --------------------------------------------------------------------------------

    def _add(
        self, hits: dict[str, SearchHit], group: UnitGroup, score: float, matched: str, note: str
    ) -> None:
        current = hits.get(group.code)
        if current is None or score > current.score:
            hits[group.code] = SearchHit(
                group.code, group.title, group.teer, round(score, 3), matched, note
            )

    def _code_hits(self, code: str, hits: dict[str, SearchHit]) -> None:
        if len(code) == 5 and code in self._by_code:
            self._add(hits, self._groups[self._by_code[code]], CODE_SCORE, "code", "")
        if len(code) == 4:
            self._legacy_hits(code, hits)
        if len(code) <= 4:
            score = PREFIX_BASE + PREFIX_PER_DIGIT * len(code)
            for group in self._groups:
                if group.code.startswith(code):
                    self._add(hits, group, score, f"code starts with {code}", "")

    def _legacy_hits(self, old: str, hits: dict[str, SearchHit]) -> None:
        rows = self.catalogue.legacy(old)
        new_codes = list(dict.fromkeys(r.noc2021 for r in rows if r.noc2021 in self._by_code))
        if not new_codes:
            return
        old_title = rows[0].noc2016_title
        if len(new_codes) == 1:
            note = f"NOC 2016 {old} ({old_title}) maps to 1 NOC 2021 group"
            others = sorted(
                {r.noc2016 for r in self.catalogue.concordance if r.noc2021 == new_codes[0]} - {old}
            )
            if others:
                note += f"; {new_codes[0]} also takes in NOC 2016 {', '.join(others)}"
            score = LEGACY_SCORE
        else:
            listed = ", ".join(new_codes)
            note = f"NOC 2016 {old} ({old_title}) was split into {len(new_codes)} groups: {listed}"
            score = LEGACY_SPLIT_SCORE
        for new in new_codes:
            self._add(hits, self._groups[self._by_code[new]], score, f"NOC 2016 code {old}", note)

    # -- words --------------------------------------------------------------------------------

    def _fuzzy(self, token: str) -> list[tuple[int, float]]:
        """Title words within one or two edits of token, or starting with such a word."""
        bigram_index = self.warm_up()
        grams = _bigrams(token)
        counts: Counter[int] = Counter()
        for gram in grams:
            counts.update(bigram_index.get(gram, ()))
        needed = max(2, len(grams) // 2)
        size = len(grams)
        ids = self._id_token
        # Most shared letter pairs first (Dice coefficient), then check the real edit distance.
        likely = heapq.nlargest(
            FUZZY_CANDIDATES,
            (tid for tid, shared in counts.items() if shared >= needed),
            key=lambda tid: counts[tid] / (size + len(ids[tid]) + 1),
        )
        limit = 1 if len(token) < 6 else 2
        found = []
        for tid in likely:
            known = ids[tid]
            row = _edit_row(token, known, limit)
            if row is None or known == token:
                continue
            weight = TYPO_WEIGHTS.get(row[-1], 0.0)
            if len(known) > len(token) + 1:
                stub = min(row[len(token) - 1 : len(token) + 2])
                if stub <= 1:
                    partial = WORD_PREFIX_BASE + WORD_PREFIX_SPAN * len(token) / len(known)
                    weight = max(weight, partial - TYPO_PREFIX_PENALTY * stub)
            if weight:
                uses = len(self._head_postings[tid]) + len(self._qual_postings[tid])
                found.append((tid, weight + TYPO_POPULARITY * math.log10(uses)))
        return found

    def _expand(self, word: str) -> tuple[float, list[tuple[int, float, str]]]:
        """Title words a query word stands for: (query weight, [(token id, weight, fix)])."""
        token = stem(word)
        expansions: dict[int, tuple[float, str]] = {}
        exact = self._token_ids.get(token)
        if exact is not None:
            expansions[exact] = (1.0, "")
        if len(token) >= 2:
            vocab = self._vocab
            longer = vocab[bisect_left(vocab, token) : bisect_right(vocab, token + "\U0010ffff")]
            for known in heapq.nsmallest(MAX_COMPLETIONS, longer, key=len):
                if known != token:
                    weight = WORD_PREFIX_BASE + WORD_PREFIX_SPAN * len(token) / len(known)
                    expansions[self._token_ids[known]] = (weight, "")
        found = sum(len(self._head_postings[t]) + len(self._qual_postings[t]) for t in expansions)
        rare = (not found and len(token) >= 4) or (found < RARE_WORD and len(token) >= 6)
        if rare and word not in _french_words():  # a French word is not an English typo
            for tid, weight in self._fuzzy(token):
                if weight > expansions.get(tid, (0.0, ""))[0]:
                    expansions[tid] = (weight, f'read "{word}" as "{self._id_token[tid]}"')
        ranked = sorted(((w, tid, fix) for tid, (w, fix) in expansions.items()), reverse=True)
        if not ranked:
            return self._max_weight, []
        query_weight = self._weight[ranked[0][1]] or self._max_weight
        return query_weight, [(tid, w, fix) for w, tid, fix in ranked]

    def _text_hits(self, query_words: list[str], hits: dict[str, SearchHit], limit: int) -> None:
        query_text = " ".join(query_words)
        query_key = " ".join(stem(w) for w in query_words)
        content = dict.fromkeys(w for w in query_words if w not in _STOPWORDS)  # once; no "and"
        query_total = 0.0
        covered: dict[int, float] = {}
        explained: dict[int, float] = {}
        fixes: dict[int, list[str]] = {}
        for word in content:
            query_weight, expansions = self._expand(word)
            query_total += query_weight
            best: dict[int, tuple[float, float, str]] = {}
            budget = POSTINGS_BUDGET if len(word) > 3 else SHORT_POSTINGS_BUDGET
            for tid, weight, fix in expansions:
                side = self._weight[tid] * weight
                for docs, value in (
                    (self._head_postings[tid], (weight, side, fix)),
                    (self._qual_postings[tid], (weight, side * QUALIFIER_WEIGHT, fix)),
                ):
                    budget -= len(docs)
                    for doc in docs:
                        old = best.get(doc)
                        if old is None or weight > old[0]:
                            best[doc] = value
                if budget <= 0:
                    break
            for doc, (weight, side, fix) in best.items():
                covered[doc] = covered.get(doc, 0.0) + query_weight * weight
                explained[doc] = explained.get(doc, 0.0) + side
                if fix:
                    fixes.setdefault(doc, []).append(fix)
        if not covered or query_total <= 0:
            return
        query_share = QUERY_SHARE / query_total
        full_cover = query_total - 1e-9
        totals, kinds, doc_group = self._doc_total, self._doc_kind, self._doc_group
        group_best: dict[int, tuple[float, int, int]] = {}
        for doc, cover in covered.items():
            total = totals[doc]
            side = explained[doc]
            score = query_share * cover + (
                TITLE_SHARE if side >= total else TITLE_SHARE * side / total
            )
            kind = kinds[doc]
            if cover >= full_cover and side >= total - 1e-9 and self._key(doc) == query_key:
                # Identical words score 1; identical but for plurals ("Securities") a little less.
                literal = " ".join(words(self._doc_text[doc])) == query_text
                score = 1.0 if literal else SAME_STEMS_SCORE
            elif score > NON_EXACT_CAP:
                score = NON_EXACT_CAP
            if kind == 2:
                score *= FRENCH_FACTOR
            elif kind == US_KIND:
                score *= US_FACTOR
            if score < MIN_SCORE:
                continue
            candidate = (score, -kind, -doc)
            group = doc_group[doc]
            if candidate > group_best.get(group, _NO_CANDIDATE):
                group_best[group] = candidate
        top = heapq.nlargest(limit, group_best.items(), key=lambda item: (item[1][0], -item[0]))
        for group_index, (score, negative_kind, negative_doc) in top:
            doc = -negative_doc
            kind = _KINDS[-negative_kind]
            matched = kind if kind == "title" else f'{kind} "{self._doc_text[doc]}"'
            us = self._us_titles.get(doc)
            notes = fixes.get(doc, []) + ([_us_note(us)] if us else [])
            self._add(hits, self._groups[group_index], score, matched, "; ".join(notes))


@cache
def _french_words() -> frozenset[str]:
    """The CNP's French-only words, folded as query words are ("infirmière" → "infirmiere"):
    read as they are, never as a typo of an English title word ("comptable" ≠ "constable")."""
    from noc_letter.core.language import french_only_words

    return frozenset(fold(w) for w in french_only_words())


def _us_note(us: UsTitle) -> str:
    """What a US-title hit means: StatCan's link, and whether it covers only part of the group."""
    note = f"US occupation SOC {us.soc}, linked by Statistics Canada's NOC-SOC correspondence"
    return note + (" (covers part of this group)" if us.partial else "")


@cache
def get_search() -> CatalogueSearch:
    """The search index over the bundled catalogue, built once per process."""
    return CatalogueSearch(load_catalogue())
