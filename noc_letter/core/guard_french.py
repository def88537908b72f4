"""French matching keys for the copy guard: function words out, accents folded, light stemming."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Function words (articles, prepositions, pronouns, conjunctions, auxiliaries) never make a
# match by themselves, as in the English guard.
_STOPWORD_TEXT = """
    a à afin ai aient ainsi alors au aucun aupres auprès aussi autre autres aux avait avec avoir
    c ça car ce cela celle celles celui ces cet cette chaque chez ci comme comment d dans de des
    donc dont du elle elles en entre es est et etc été être eu fait faire il ils j je jusqu l la
    le les leur leurs lors lui m ma mais me mes moi mon n ne ni nos notamment notre nous on ont
    ou où par parmi pas pendant peu peut peuvent plus pour qu que quel quelle quelles quels qui
    s sa sans se selon ses si son sont sous sur t ta te tel telle telles tels tes toi ton tous
    tout toute toutes très tu un une vers vos votre vous y
    """
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_ELISION = re.compile(r"^(?:l|d|j|qu|n|s|c|m|t|jusqu|lorsqu|puisqu)['’]")
# Inflection endings, longest first: tense and person of verbs, feminine and plural of nouns
# and adjectives ("préparait", "préparés", "prépare" and "préparer" all give "prepar").
_ENDINGS = (
    "eraient",
    "erions",
    "issaient",
    "issions",
    "issait",
    "issant",
    "issons",
    "issez",
    "aient",
    "erait",
    "erons",
    "eront",
    "ions",
    "iez",
    "ait",
    "ais",
    "ant",
    "ons",
    "ent",
    "ées",
    "ees",
    "er",
    "ez",
    "és",
    "es",
    "ée",
    "ee",
    "e",
    "é",
    "s",
    "x",
)
_MIN_STEM = 3


def fold(word: str) -> str:
    """Lower case without accents, œ/æ spelled out ("Élaborer" → "elaborer")."""
    word = word.lower().replace("œ", "oe").replace("æ", "ae")
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def french_stem(word: str) -> str:
    """A light, deterministic French stem: inflections of one word meet (not a dictionary lemma)."""
    w = _ELISION.sub("", word.lower().replace("’", "'")).strip("'")
    w = fold(w)
    for ending in _ENDINGS:
        if w.endswith(ending) and len(w) - len(ending) >= _MIN_STEM:
            return w[: -len(ending)]
    return w


def french_word_key(word: str) -> str:
    """The matching key of one French word as written, or "" for a function word or a number."""
    raw = _ELISION.sub("", word.lower().replace("’", "'")).strip("'")
    if not raw or raw in STOPWORDS or fold(raw) in STOPWORDS or raw.isdigit():
        return ""
    return french_stem(raw)


_SENTENCE_END = re.compile(r"(?<=[^\W\d_][.!?])\s+(?=[A-ZÀÂÇÉÈÊËÎÏÔÛÙÜŸ])")


def french_sentences(lead: str) -> list[str]:
    """The sentences of a CNP lead statement."""
    return [s.strip() for s in _SENTENCE_END.split(lead) if s.strip()]
