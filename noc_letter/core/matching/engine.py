"""The shared matching engine: catalogue, index, spaCy, word vectors and the sentence encoder."""

from __future__ import annotations

from functools import cache

from noc_letter.core.matching.assess import Assessor
from noc_letter.core.matching.encoder import (
    Loading,
    SentenceEncoder,
    bundled_encoder_dir,
    encoder_available,
)
from noc_letter.core.matching.matcher import Matcher
from noc_letter.core.matching.meaning import VECTORS_FILE, MeaningIndex


def load_meaning(catalogue, folder=None) -> tuple[SentenceEncoder, MeaningIndex]:
    """The shipped encoder and the NOC's vectors made with it (blocking; ~0.5 s)."""
    folder = folder or bundled_encoder_dir()
    return SentenceEncoder(folder), MeaningIndex.load(folder / VECTORS_FILE, catalogue)


def start_meaning(catalogue) -> Loading | None:
    """Begin loading the encoder on a background thread; None when it is not shipped."""
    if not encoder_available():
        return None
    return Loading(lambda: load_meaning(catalogue))


@cache
def get_matcher() -> Matcher:
    """The shared matcher: bundled catalogue and index, the fast spaCy pipeline, default weights.

    The lexical channel is ready when this returns; the encoder goes on loading in the
    background (see `Matcher.wait_for_meaning`).
    """
    from noc_letter.core.matching.index import bundled_catalogue_and_index
    from noc_letter.core.matching.vectors import load_vectors
    from noc_letter.core.nlp import get_fast_nlp

    catalogue, index = bundled_catalogue_and_index()
    meaning = start_meaning(catalogue)
    matcher = Matcher(catalogue, index, get_fast_nlp(), vectors=load_vectors(), meaning=meaning)
    matcher.assessor = Assessor(matcher)
    if french_available():
        matcher.add_language_loader("fr", lambda: french_matcher(matcher))
    return matcher


def french_available() -> bool:
    """True when the CNP index and the lexicon are shipped (checked without loading them)."""
    from noc_letter.core.matching.bridge import LEXICON_FILE
    from noc_letter.core.matching.index import INDEX_FILES
    from noc_letter.resources import resource_path

    files = (resource_path("noc2021", INDEX_FILES["fr"]), resource_path("noc2021", LEXICON_FILE))
    return all(path.is_file() for path in files)


def french_matcher(english: Matcher) -> Matcher | None:
    """The matcher of French duties, or None when the CNP index or lexicon is not shipped.

    It reads a duty twice and averages the two: against the CNP's French text (French lemmas,
    and the English word vectors seen through the lexicon), and through the English channels
    with the duty's words rendered in English (bridge.py)."""
    from noc_letter.core.matching.bridge import TranslatedVectors, load_lexicon
    from noc_letter.core.matching.index import bundled_french_index
    from noc_letter.core.nlp_fr import get_fast_french_nlp

    index = bundled_french_index(english.catalogue)
    lexicon = load_lexicon()
    if index is None or lexicon is None:
        return None
    vectors = TranslatedVectors(english.vectors, lexicon) if english.vectors else None
    french = Matcher(english.catalogue, index, get_fast_french_nlp(), vectors=vectors)
    french.bridge, french.lexicon = english, lexicon
    return french
