"""Turn text into the lemma terms the matcher compares (shared by the index build and run time)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS

# Parts of speech that carry occupational meaning. Auxiliaries, pronouns, determiners and
# punctuation never decide which occupation a duty belongs to.
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "ADV", "X"})
# Verbs so general that they say nothing about the occupation ("perform duties", "use tools").
GENERIC_VERBS = frozenset(
    {
        "do",
        "make",
        "use",
        "perform",
        "ensure",
        "include",
        "provide",
        "work",
        "help",
        "assist",
        "handle",
        "take",
        "get",
        "carry",
        "involve",
        "relate",
        "require",
        "follow",
        "need",
    }
)
# The same for the CNP's French ("effectuer des tâches", "assurer le suivi", "utiliser").
FRENCH_GENERIC_VERBS = frozenset(
    {
        "faire",
        "effectuer",
        "assurer",
        "utiliser",
        "fournir",
        "travailler",
        "aider",
        "occuper",
        "prendre",
        "exécuter",
        "réaliser",
        "participer",
        "veiller",
        "comprendre",
        "inclure",
        "exiger",
        "suivre",
        "avoir",
        "être",
        "pouvoir",
        "devoir",
    }
)
# French words the French stop list lacks but that say nothing about an occupation.
_FRENCH_EXTRA_STOPS = frozenset({"etc", "ainsi", "notamment", "divers", "diverses", "autre"})
MAX_TERM_LENGTH = 40


@dataclass(frozen=True)
class Term:
    """One content word: its lowercase lemma, part of speech and character span in the text."""

    lemma: str
    pos: str
    start: int
    end: int


def _usable(lemma: str, stops: frozenset[str] | set[str] = STOP_WORDS) -> bool:
    if len(lemma) < 2 or len(lemma) > MAX_TERM_LENGTH or lemma in stops:
        return False
    return any(ch.isalpha() for ch in lemma) and all(ch.isalnum() or ch in "-'." for ch in lemma)


_ELIDED = ("l", "d", "j", "qu", "n", "s", "c", "m")


def _without_elision(lemma: str) -> str:
    """ "l'entreprise" → "entreprise" when the tokenizer left an elided article attached."""
    head, _, rest = lemma.partition("'")
    return rest if rest and head in _ELIDED else lemma


@cache
def _french_stops() -> frozenset[str]:
    # Imported on first use: spacy.lang.fr takes seconds to import (its tokenizer exceptions),
    # and only French text needs it (by then the French pipeline has imported it anyway).
    from spacy.lang.fr.stop_words import STOP_WORDS as FRENCH_STOP_WORDS

    return frozenset(FRENCH_STOP_WORDS) | _FRENCH_EXTRA_STOPS


def stop_words_for(lang: str) -> frozenset[str] | set[str]:
    """The stop list of a pipeline's language ("fr": spaCy's French list and a few more)."""
    return _french_stops() if lang == "fr" else STOP_WORDS


def generic_verbs_for(lang: str) -> frozenset[str]:
    """Verbs that say little about an occupation, in that language."""
    return FRENCH_GENERIC_VERBS if lang == "fr" else GENERIC_VERBS


def terms_of(doc: Iterable) -> Iterator[Term]:
    """Content terms of a spaCy Doc, in text order (stop words, numbers, symbols dropped)."""
    lang = getattr(doc, "lang_", "en")
    stops = stop_words_for(lang)
    for token in doc:
        pos = token.pos_ or "X"  # the blank fallback pipeline has no tagger
        if pos not in CONTENT_POS:
            continue
        lemma = token.lemma_.lower().strip("-'.")
        if lang == "fr":
            lemma = _without_elision(lemma.replace("’", "'").strip("-'."))
        if not _usable(lemma, stops):
            continue
        yield Term(lemma, pos, token.idx, token.idx + len(token.text))
