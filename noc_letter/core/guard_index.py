"""Word normalization and an inverted index of every official NOC sentence, for the copy guard."""

from __future__ import annotations

import gc
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from noc_letter.core.catalogue import Catalogue

# Letters and digits, with inner apostrophes ("client's", "workers'" loses the trailing one).
TOKEN_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")

# Function words never make a match by themselves: they are dropped before comparing.
_STOPWORD_TEXT = """
    a about above after all also am among an and any are as at be been before being between both
    but by can could did do does done during each e eg either etc every for from had has have he
    her here him his however i ie if in include included includes including into is it its itself
    many may me might more most must my neither no nor not of on once only onto or other others
    our ours out over own per same shall she should so some such than that the their them then
    there these they this those through throughout to under until up upon us various very via was
    we well were what when where whether which while who whom whose why will with within without
    would you your
    """
STOPWORDS = frozenset(_STOPWORD_TEXT.split())

# Irregular past forms → base form, so "wrote" meets "write" and "led" meets "lead".
_IRREGULAR_TEXT = """
    bought:buy brought:bring built:build chose:choose chosen:choose dealt:deal drew:draw
    drawn:draw drove:drive driven:drive fed:feed found:find gave:give given:give grew:grow
    grown:grow held:hold kept:keep knew:know known:know laid:lay led:lead lent:lend made:make
    meant:mean met:meet oversaw:oversee overseen:oversee paid:pay ran:run rebuilt:rebuild
    rewrote:rewrite rewritten:rewrite sent:send sold:sell sought:seek spent:spend spoke:speak
    spoken:speak stood:stand struck:strike swept:sweep taught:teach taken:take thought:think
    threw:throw thrown:throw told:tell took:take undertook:undertake undertaken:undertake
    understood:understand upheld:uphold wore:wear worn:wear won:win wrote:write written:write
    began:begin begun:begin dug:dig hung:hang shook:shake shaken:shake got:get gotten:get
    forgot:forget froze:freeze frozen:freeze bent:bend bound:bind spun:spin stuck:stick
    sped:speed slid:slide woven:weave wove:weave foresaw:foresee forecasted:forecast
    broadcasted:broadcast saw:see seen:see
"""
IRREGULAR = dict(pair.split(":") for pair in _IRREGULAR_TEXT.split())

# British/Canadian spellings folded onto one form: organise/organize, analyse/analyze,
# colour/color, centre/center (applied to the user's words and to the NOC text alike).
_SPELLING = (
    (re.compile(r"(?<=\w\w\w)is(e|es|ed|ing|ation|ations|er|ers)$"), r"iz\1"),
    (re.compile(r"(?<=\w)ys(e|es|ed|ing)$"), r"yz\1"),
    (re.compile(r"(?<=\w\w\w)our(s|ed|ing|ful|ite|ites|able)?$"), lambda m: "or" + (m[1] or "")),
    (re.compile(r"(?<=[^aeiou\W])([tb])re(s)?$"), lambda m: m[1] + "er" + (m[2] or "")),
)
_SPELLING_HINT = re.compile(r"(?:[iy]s\w{0,5}|our\w{0,4}|re|res)$")
_VOWEL = re.compile(r"[aeiouy]")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light, deterministic stem: inflection and spelling variants of a word meet.

    Not a dictionary lemma, only a key for matching: "prepared", "prepares", "preparing" and
    "prepare" all give "prepar"; "analysed" and "analyzes" give "analyz"; "supplies" and
    "supplied" give "suppli".

    Args:
        word: One lower-case token.

    Returns:
        The matching key.
    """
    w = word.replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'")
    w = IRREGULAR.get(w, w)
    if _SPELLING_HINT.search(w):
        for pattern, repl in _SPELLING:
            w = pattern.sub(repl, w)
    if len(w) > 4 and w.endswith(("ies", "ied")):
        w = w[:-3] + "i"
    elif w.endswith("sses") or (len(w) > 4 and w.endswith(("ches", "shes", "xes", "zzes"))):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if len(w) > 4 and w.endswith("ing") and _VOWEL.search(w[:-3]):
        w = w[:-3]
    elif len(w) > 3 and w.endswith("ed") and _VOWEL.search(w[:-2]):
        w = w[:-2]
    if len(w) > 2 and w.endswith("y"):
        w = w[:-1] + "i"
    if len(w) > 2 and w.endswith("e"):
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiou":
        w = w[:-1]  # planned/plan, filled/fill, travelled/traveled all meet
    return w


@dataclass(frozen=True)
class Token:
    """One content word of a text: its matching key and where it sits in the original."""

    key: str
    start: int
    end: int


_KEY_MEMO: dict[str, str] = {}
# The memo stops growing here (a 1 MB paste of random words must not fill memory).
_KEY_MEMO_LIMIT = 200_000


def word_key(word: str) -> str:
    """The matching key of one word as written, or "" for a stopword or a bare number."""
    key = _KEY_MEMO.get(word)
    if key is None:
        raw = word.lower()
        key = "" if raw in STOPWORDS or raw.isdigit() else stem(raw)
        key = "" if key in STOPWORDS else key
        if len(_KEY_MEMO) < _KEY_MEMO_LIMIT:
            _KEY_MEMO[word] = key
    return key


def _key_function(lang: str):
    if lang == "fr":
        from noc_letter.core.guard_french import french_word_key

        return french_word_key
    return word_key


def content_tokens(text: str, lang: str = "en") -> list[Token]:
    """The content words of `text` in order, with character spans into `text`.

    Args:
        text: Any string.
        lang: "en" (NOC keys) or "fr" (CNP keys: French function words, accents folded).

    Returns:
        One Token per word that is neither a stopword nor a bare number (a share "40%", a
        list number or a year says nothing about wording).
    """
    tokens: list[Token] = []
    key_of = _key_function(lang)
    for match in TOKEN_RE.finditer(text):
        key = key_of(match.group())
        if key:
            tokens.append(Token(key, match.start(), match.end()))
    return tokens


def keys_of(text: str, lang: str = "en") -> tuple[str, ...]:
    """Just the matching keys of `text`'s content words, in order."""
    if lang != "en":
        key_of = _key_function(lang)
        return tuple(k for k in (key_of(w) for w in TOKEN_RE.findall(text)) if k)
    memo = _KEY_MEMO
    keys = [memo[w] if w in memo else word_key(w) for w in TOKEN_RE.findall(text)]
    return tuple(k for k in keys if k)


_SENTENCE_END = re.compile(r"(?<=[a-z0-9)][.!?])\s+(?=[A-Z])")


def lead_sentences(lead: str) -> list[str]:
    """The sentences of a lead statement (NOC prose is regular: split after '.' + capital)."""
    return [s.strip() for s in _SENTENCE_END.split(lead) if s.strip()]


# Words in more sentences than this (e.g. "prepar", "maintain") only vote through word pairs;
# it keeps a query under a millisecond without losing any real copy (a copy shares pairs).
MAX_UNIGRAM_POSTINGS = 400
# One shared word pair is worth about two shared rare words (idf of a word in 1 of 5,600
# sentences is log(5601) ≈ 8.6): BIGRAM_VOTE = 16.
BIGRAM_VOTE = 16.0


@dataclass(frozen=True)
class IndexedSentence:
    """One official sentence: a main duty or one sentence of a lead statement."""

    code: str
    text: str
    kind: str  # "main_duty" | "lead_statement"
    keys: tuple[str, ...]


@dataclass
class GuardIndex:
    """Every NOC sentence with its keys, word and word-pair postings, word rarity (idf) and how
    many unit groups use each word pair."""

    sentences: list[IndexedSentence] = field(default_factory=list)
    unigrams: defaultdict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    bigrams: defaultdict[tuple[str, str], list[int]] = field(
        default_factory=lambda: defaultdict(list)
    )
    exact: dict[tuple[str, ...], int] = field(default_factory=dict)
    idf: dict[str, float] = field(default_factory=dict)
    # For each word pair, how many unit groups use it somewhere in their sentences.
    pair_groups: dict[tuple[str, str], int] = field(default_factory=dict)
    lang: str = "en"  # "en": the NOC's sentences; "fr": the CNP's

    def add(self, code: str, text: str, kind: str) -> None:
        """Index one sentence (sentences with no content word are skipped)."""
        keys = keys_of(text, self.lang)
        if not keys:
            return
        sid = len(self.sentences)
        self.sentences.append(IndexedSentence(code, text, kind, keys))
        self.exact.setdefault(keys, sid)
        unigrams, bigrams = self.unigrams, self.bigrams
        for key in set(keys):
            unigrams[key].append(sid)
        for pair in set(zip(keys, keys[1:], strict=False)):
            bigrams[pair].append(sid)

    def finish(self) -> GuardIndex:
        """Compute word rarity (idf) and how widely each word pair is used; returns self."""
        total = max(1, len(self.sentences))
        self.idf = {k: math.log(1 + total / len(ids)) for k, ids in self.unigrams.items()}
        sentences = self.sentences
        self.pair_groups = {
            pair: len({sentences[sid].code for sid in ids}) for pair, ids in self.bigrams.items()
        }
        return self

    def candidates(self, keys: tuple[str, ...], limit: int) -> list[int]:
        """Sentence ids most worth a close comparison with `keys`, best first.

        Shared word pairs count most (a copy keeps most of them), shared rare words next.

        Args:
            keys: The user's content keys, in order.
            limit: How many ids to return at most.

        Returns:
            Up to `limit` sentence ids.
        """
        votes: defaultdict[int, float] = defaultdict(float)
        for key in set(keys):
            ids = self.unigrams.get(key)
            if ids and len(ids) <= MAX_UNIGRAM_POSTINGS:
                weight = self.idf[key]
                for sid in ids:
                    votes[sid] += weight
        for pair in set(zip(keys, keys[1:], strict=False)):
            for sid in self.bigrams.get(pair, ()):
                votes[sid] += BIGRAM_VOTE
        exact = self.exact.get(keys)
        if exact is not None:
            votes[exact] += 1e6
        return sorted(votes, key=votes.__getitem__, reverse=True)[:limit]


def build_index(catalogue: Catalogue, lang: str = "en") -> GuardIndex:
    """Index every main duty and every lead-statement sentence of `catalogue`.

    Args:
        catalogue: The NOC catalogue (see `catalogue.load_catalogue`).
        lang: "en" for the NOC's sentences, "fr" for the CNP's (the French text).

    Returns:
        A finished GuardIndex.
    """
    index = GuardIndex(lang=lang)
    if lang == "fr":
        from noc_letter.core.guard_french import french_sentences as split_lead
    else:
        split_lead = lead_sentences
    collecting = gc.isenabled()
    gc.disable()  # ~70,000 small objects and no cycles: the collector only costs time here
    try:
        for group in catalogue.groups:
            for duty in group.duties_in(lang):
                index.add(group.code, duty.text, "main_duty")
            for sentence in split_lead(group.lead_in(lang)):
                index.add(group.code, sentence, "lead_statement")
    finally:
        if collecting:
            gc.enable()
    return index.finish()


@cache
def default_index(lang: str = "en") -> GuardIndex:
    """The index of the bundled catalogue's NOC ("en") or CNP ("fr") text, built once."""
    from noc_letter.core.catalogue import load_catalogue

    return build_index(load_catalogue(), lang)
