"""French duties too vague to reword, and the questions (in French) that would make them specific;
the same kinds of question as the English ones (rewording/questions.py)."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from noc_letter.core.rewording.french.conjugation import is_infinitive_form

# Nouns that name no real object of work ("diverses tâches", "autres fonctions connexes").
GENERIC_NOUNS = frozenset(
    "tâche travail boulot job fonction chose truc affaire activité responsabilité mandat "  # noqa: SIM905 - a word list
    "rôle besoin tout partie type genre sorte mission devoir poste occupation etc. etc "
    "quelque divers autre".split()
)
# Adjectives that say nothing about the work ("tâches administratives diverses").
GENERIC_ADJECTIVES = frozenset(
    "divers diverse autre connexe général varié différent quotidien multiple courant "  # noqa: SIM905 - a word list
    "ponctuel nécessaire requis demandé assigné similaire relié lié administratif habituel "
    "supplémentaire occasionnel certain plusieurs nombreux quelques".split()
)
# Words that leave the work open ("tout ce qui était demandé", "n'importe quoi").
OPEN_PHRASES = (
    "tout ce qui",
    "tout ce que",
    "tout ce qu",
    "n'importe quoi",
    "ce qu'il fallait",
    "un peu de tout",
    "de tout",
)

QUESTIONS = (
    "Que faites-vous exactement ? Nommez l'action (préparer, réparer, enseigner, planifier, ...).",
    "Sur quoi travaillez-vous ou que produisez-vous : quels documents, machines, produits ou "
    "services ?",
    "Avec quels outils, logiciels ou équipements le faites-vous ?",
    "Pour qui le faites-vous : des clients, des patients, le propriétaire, d'autres employés ?",
    "À quelle fréquence ou en quelle quantité : chaque jour, chaque semaine, en fin de mois ; "
    "combien de comptes, de personnes ou d'articles ?",
)
# For a duty that says the person helps: what they did themselves, and who approved it.
HELPER_QUESTIONS = (
    "Qui supervise ou approuve ce travail, et quelle partie en faites-vous vous-même ?",
)
# Verbs too general to offer as the target's verbs in a question.
_GENERIC_VERBS = frozenset(
    {"faire", "être", "avoir", "assurer", "effectuer", "aider", "participer", "exécuter"}
)


def _stop_words() -> frozenset[str]:
    try:
        from spacy.lang.fr.stop_words import STOP_WORDS
    except Exception:  # spaCy's list is optional here: the generic lists still decide
        return frozenset()
    return frozenset(STOP_WORDS)


_STOP = _stop_words()


def _word(token) -> str:
    return token.text.lower().replace("’", "'")


def specific_words(tokens, skip: set[int]) -> list[str]:
    """Words that name something specific: not a function word, not generic, not a verb of
    the duty's own verb group (`skip`)."""
    out = []
    for k, token in enumerate(tokens):
        word, lemma = _word(token), token.lemma_.lower()
        if k in skip or token.is_punct or token.is_space:
            continue
        if token.like_num or any(c.isdigit() for c in word):
            out.append(word)
            continue
        if len(word) < 3 or word in _STOP or not any(c.isalpha() for c in word):
            continue
        if lemma in GENERIC_NOUNS or word in GENERIC_NOUNS or lemma in GENERIC_ADJECTIVES:
            continue
        if word.rstrip("s") in GENERIC_ADJECTIVES or word.rstrip("es") in GENERIC_ADJECTIVES:
            continue
        if token.pos_ in ("VERB", "AUX") and token.pos_ != "PROPN":
            continue
        out.append(word)
    return out


def vague_reason(tokens, skip: set[int], has_object_pronoun: bool) -> str:
    """Why a duty is too vague to reword ("" when it is specific enough)."""
    text = " ".join(_word(t) for t in tokens)
    for phrase in OPEN_PHRASES:
        if re.search(rf"\b{re.escape(phrase)}\b", text):
            return (
                f"Cette fonction dit « {phrase} », pas ce que c'était ; un agent ne peut pas "
                "la rattacher à une profession."
            )
    if specific_words(tokens, skip):
        return ""
    generic = sorted(
        (
            t
            for t in tokens
            if t.lemma_.lower() in GENERIC_NOUNS or _word(t).rstrip("s") in GENERIC_NOUNS
        ),
        key=lambda t: t.pos_ != "NOUN",  # "tâches" before "autres"
    )
    generic = [t.text for t in generic]
    if generic:
        return (
            f"Cette fonction nomme « {generic[0]} » sans dire en quoi cela consiste ; un agent "
            "ne peut pas la rattacher à une profession."
        )
    if has_object_pronoun:
        return ""  # "je les vérifiais": the object is in the sentence before
    return (
        "Cette fonction ne dit pas sur quoi vous travaillez ; un agent ne peut pas la rattacher "
        "à une profession."
    )


def questions_for(tokens, has_action: bool) -> tuple[str, ...]:
    """The general questions; the first (name the action) only when no action is named."""
    return QUESTIONS if not has_action else QUESTIONS[1:]


@cache
def _target_verbs(code: str) -> tuple[str, ...]:
    from noc_letter.core.catalogue import load_catalogue

    group = load_catalogue().find(code)
    if group is None:
        return ()
    counts: Counter = Counter()
    for duty in group.main_duties_fr:
        words = duty.text.replace("’", "'").split()
        for i, word in enumerate(words):
            w = word.strip(",;.:()").lower()
            first = i == 0 or words[i - 1].lower() in ("et", "ou")
            if first and is_infinitive_form(w) and w not in _GENERIC_VERBS:
                counts[w] += 1 + (i == 0)
    return tuple(v for v, _n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def target_verbs(code: str, limit: int = 5) -> list[str]:
    """Verbs that open the target's French duties (CNP), most used first."""
    return list(_target_verbs(code)[:limit])


def action_question(obj: str, code: str) -> str:
    """Ask what the person does with the object of a lead-in ("Responsable de la paie"),
    naming the target's French verbs as examples, to be used only if true."""
    verbs = target_verbs(code)
    also = (
        f" Les fonctions du {code} emploient des verbes comme {', '.join(verbs)} ; n'en "
        "utilisez un que si c'est ce que vous faites."
        if verbs
        else ""
    )
    return f"Que faites-vous exactement concernant {obj} ? Nommez l'action.{also}"


# The "vous" form of the verbs that say the person helps, for the question.
_YOU = {
    "aider": "aidez",
    "assister": "assistez",
    "seconder": "secondez",
    "épauler": "épaulez",
    "soutenir": "soutenez",
    "participer": "participez",
    "contribuer": "contribuez",
}


def helper_question(verb: str, words: str) -> str:
    """Ask what the person does themselves when they help ("Aider le comptable"), quoting
    their own words after the verb."""
    said = f"{_YOU.get(verb, 'aidez')} {words}".strip()
    return (
        f"Que faites-vous vous-même quand vous {said} ? Nommez l'action (préparer, vérifier, "
        "servir, réparer, ...)."
    )
