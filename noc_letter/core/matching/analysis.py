"""Turn text into the lemma terms the matcher compares (shared by the index build and run time)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

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
MAX_TERM_LENGTH = 40


@dataclass(frozen=True)
class Term:
    """One content word: its lowercase lemma, part of speech and character span in the text."""

    lemma: str
    pos: str
    start: int
    end: int


def _usable(lemma: str) -> bool:
    if len(lemma) < 2 or len(lemma) > MAX_TERM_LENGTH or lemma in STOP_WORDS:
        return False
    return any(ch.isalpha() for ch in lemma) and all(ch.isalnum() or ch in "-'." for ch in lemma)


def terms_of(doc: Iterable) -> Iterator[Term]:
    """Content terms of a spaCy Doc, in text order (stop words, numbers, symbols dropped)."""
    for token in doc:
        pos = token.pos_ or "X"  # the blank fallback pipeline has no tagger
        if pos not in CONTENT_POS:
            continue
        lemma = token.lemma_.lower().strip("-'.")
        if not _usable(lemma):
            continue
        yield Term(lemma, pos, token.idx, token.idx + len(token.text))
