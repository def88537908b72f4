"""Which language a duty is written in, English or French, from its own words (no model)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Literal

from noc_letter.resources import resource_path

Lang = Literal["en", "fr"]
LANGUAGES: tuple[Lang, ...] = ("en", "fr")
LANGUAGE_NAMES = {"en": "English", "fr": "Français"}

# Short words that are common in one language and rare in the other. Words both languages
# share ("a", "on", "pour" is French only, "plan", "service"...) are left out so they count for
# neither side.
_FRENCH_WORDS = """
    le la les un une des du de au aux et ou est sont été être avoir avec pour par sur dans
    chez sans sous entre vers selon afin ainsi aussi mais donc car je tu il elle nous vous ils
    elles moi te se leur leurs lui y en ce cet cette ces mon ma mes ton ta tes son sa ses
    notre nos votre vos qui que quoi dont où quand comme plus moins très tous toute toutes tout
    faire fait faisais faisait préparer gérer assurer effectuer tenir saisir suivre
    auprès lors également chaque
"""
_FRENCH = frozenset(_FRENCH_WORDS.split())  # noqa: SIM905 - a list literal would be unreadable
_ENGLISH_WORDS = """
    the an and or of to in on for with by from at as is are was were be been being have has
    had do did does i we you he she they it its my our your their this that these those which
    who whom when where while into onto over under about after before during each every all
    any some other such than then also both not no new using use used including include
    prepare prepared maintain maintained manage managed handle handled ensure ensured
"""
_ENGLISH = frozenset(_ENGLISH_WORDS.split())  # noqa: SIM905
_ELISION = re.compile(r"\b(?:l|d|j|qu|n|s|c|m)['’](?=[a-zà-ÿ])", re.IGNORECASE)
_ACCENTED = re.compile(r"[àâäçéèêëîïôöùûüÿœæ]", re.IGNORECASE)
_WORD = re.compile(r"[a-zà-ÿœæ]+(?:['’][a-zà-ÿœæ]+)?", re.IGNORECASE)


# The CNP's French words, one a line (scripts/build_catalogue.py writes it with cnp_words()).
FRENCH_WORDS_FILE = "cnp_words.txt"


def cnp_words(catalogue) -> list[str]:
    """Every lower-case word of the CNP's French titles, lead statements, duties and example
    titles, sorted (what the build writes to FRENCH_WORDS_FILE)."""
    words: set[str] = set()
    for group in catalogue.groups:
        texts = [group.title_fr, group.lead_statement_fr, *group.example_titles_fr]
        texts += [d.text for d in group.main_duties_fr]
        for text in texts:
            words.update(w.lower().replace("’", "'") for w in _WORD.findall(text))
    return sorted(words)


def _read_words(*parts: str) -> frozenset[str] | None:
    try:
        return frozenset(resource_path(*parts).read_text(encoding="utf-8").lower().split())
    except OSError:
        return None


@cache
def _vocabularies() -> tuple[frozenset[str], frozenset[str]]:
    """Words of English (the matcher's word-vector vocabulary) and of the CNP's French text."""
    # Without the vectors, function words and accents still decide.
    english = _read_words("vectors", "vocab.txt") or frozenset()
    french = _read_words("noc2021", FRENCH_WORDS_FILE)
    if french is None:  # not built: made from the catalogue (0.2 s)
        from noc_letter.core.catalogue import load_catalogue

        french = frozenset(cnp_words(load_catalogue()))
    return english, french


@cache
def french_only_words() -> frozenset[str]:
    """Words of the CNP's French text that are not English words ("comptable", "paie"; not
    "chef" or "agent"): spelt right in French, whatever they look like in English."""
    english, french = _vocabularies()
    return french - english


def _lexicon_evidence(words: list[str]) -> tuple[float, float]:
    """Half a point per word found in only one language's vocabulary."""
    english_vocab, french_vocab = _vocabularies()
    english = french = 0.0
    for word in words:
        if word in _ENGLISH or word in _FRENCH or len(word) < 3:
            continue
        in_english, in_french = word in english_vocab, word in french_vocab
        if in_english and not in_french:
            english += 0.5
        elif in_french and not in_english:
            french += 0.5
    return english, french


# Function words, elisions and accents settle most duties; the vocabularies (loaded on first
# need, ~0.1 s) are consulted only when those leave less than this margin ("Payroll", "Paie").
CLEAR_MARGIN = 2.0


def language_scores(text: str) -> tuple[float, float]:
    """(English evidence, French evidence) in the text: function words, accents, vocabulary."""
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text or "")]
    english = sum(1.0 for w in words if w in _ENGLISH)
    french = sum(1.0 for w in words if w in _FRENCH or w.split("'")[0] in _FRENCH)
    french += 1.0 * len(_ELISION.findall(text or ""))
    # Accented letters are strong evidence of French (English duties rarely carry any, and
    # "résumé" or "café" alone are outweighed by the English function words around them).
    accented_words = sum(1 for w in words if _ACCENTED.search(w))
    french += 0.5 * accented_words
    if abs(english - french) < CLEAR_MARGIN:
        more_english, more_french = _lexicon_evidence(words)
        english, french = english + more_english, french + more_french
    return english, french


def detect_language(text: str, default: Lang = "en") -> Lang:
    """ "fr" or "en" for one duty or sentence; `default` when the text gives no clear sign."""
    english, french = language_scores(text)
    if french > english:
        return "fr"
    if english > french:
        return "en"
    return default


def detect_letter_language(texts: Iterable[str], default: Lang = "en") -> Lang:
    """The language most of the duties are written in (for a letter that may mix both)."""
    english = french = 0.0
    for text in texts:
        e, f = language_scores(text)
        english += e
        french += f
    if french > english:
        return "fr"
    if english > french:
        return "en"
    return default


def normalise_lang(value: object, default: Lang = "en") -> Lang:
    """A language code from user input or a file ("FR", "fr-CA", "français"), else default."""
    text = str(value or "").strip().lower()
    if text.startswith("fr"):
        return "fr"
    if text.startswith("en") or text.startswith("an"):
        return "en"
    return default
