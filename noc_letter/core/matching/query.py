"""Clean a person's duty text and analyse it into weighted lemma terms for scoring."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from noc_letter.core.matching.analysis import Term, generic_verbs_for, terms_of

# A duty is one sentence or two; anything longer is cut before analysis so that a pasted
# novel cannot stall the highlighter. The cut is reported, never silent.
MAX_DUTY_CHARS = 2_000
_CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\ufeff\ufffe\uffff]"
)

# Query-term weights by part of speech: nouns name the objects of the work (journal entries,
# invoices, locomotives) and tell occupations apart best; verbs matter but are shared widely.
POS_WEIGHTS = {"NOUN": 1.0, "PROPN": 1.0, "X": 1.0, "VERB": 1.0, "ADJ": 1.0, "ADV": 1.0}
# "Handle", "perform", "assist" and the like say little about the occupation.
GENERIC_VERB_WEIGHT = 0.3


def clean_text(text: str) -> str:
    """Normalise Unicode, drop control characters and collapse white space."""
    # Lone surrogates (from broken UTF-16 or bad pastes) cannot be encoded; replace them.
    text = str(text).encode("utf-8", "replace").decode("utf-8")
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub(" ", text)
    return " ".join(text.split())


@dataclass(frozen=True)
class Query:
    """A duty ready for scoring: cleaned text, its content terms and their weights."""

    text: str
    terms: tuple[Term, ...]
    weights: tuple[float, ...]
    truncated: bool = False
    pooled: tuple[str, ...] = ()
    lang: str = "en"  # the language it was analysed in: "en" (NOC) or "fr" (CNP)

    @property
    def lemmas(self) -> list[str]:
        """Lemmas of the content terms, in text order."""
        return [term.lemma for term in self.terms]

    @property
    def empty(self) -> bool:
        """True when the text has no word the matcher can use."""
        return not self.terms


def term_weight(term: Term, lang: str = "en") -> float:
    """The weight a query term gets before idf: by part of speech, lower for generic verbs."""
    weight = POS_WEIGHTS.get(term.pos, 0.5)
    if term.lemma in generic_verbs_for(lang):
        weight *= GENERIC_VERB_WEIGHT
    return weight


def make_query(nlp, text: str) -> Query:
    """Analyse one duty with the shared spaCy pipeline."""
    cleaned = clean_text(text)
    truncated = len(cleaned) > MAX_DUTY_CHARS
    if truncated:
        cleaned = cleaned[:MAX_DUTY_CHARS]
    return query_from_doc(nlp(cleaned) if cleaned else None, cleaned, truncated)


def query_from_doc(doc, text: str, truncated: bool = False) -> Query:
    """Build a Query from an already analysed Doc (for batches through nlp.pipe)."""
    from noc_letter.core.matching.vectors import pooled_lemmas

    terms = tuple(terms_of(doc)) if doc is not None else ()
    lang = getattr(doc, "lang_", "en") if doc is not None else "en"
    pooled = tuple(pooled_lemmas(doc)) if doc is not None else ()
    weights = tuple(term_weight(t, lang) for t in terms)
    return Query(text, terms, weights, truncated, pooled, lang)
