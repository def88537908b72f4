"""The French letter-ready form: a first-person or conjugated duty put in the infinitive of the
same verb ("Je faisais les conciliations" → "Faire les conciliations"), clitics placed right."""

from __future__ import annotations

from dataclasses import dataclass

from noc_letter.core.rewording.edits import Edit
from noc_letter.core.rewording.french.conjugation import (
    finite_infinitive,
    is_infinitive_form,
    known_infinitives,
    participle_infinitive,
    table_lemmas,
)
from noc_letter.core.rewording.results import Change

# Subject pronouns and their person ("1s" ... "3p").
SUBJECTS = {
    "je": "1s",
    "j'": "1s",
    "tu": "2s",
    "il": "3s",
    "elle": "3s",
    "on": "3s",
    "nous": "1p",
    "vous": "2p",
    "ils": "3p",
    "elles": "3p",
}
# The reflexive pronoun of each person ("je m'occupe", "nous nous occupons").
REFLEXIVE = {
    "1s": {"me", "m'"},
    "2s": {"te", "t'"},
    "3s": {"se", "s'"},
    "1p": {"nous"},
    "2p": {"vous"},
    "3p": {"se", "s'"},
}
OBJECT_CLITICS = frozenset({"le", "la", "l'", "les", "lui", "leur", "y", "en"})
# Object pronouns that point at the speaker or the reader ("il me donnait"): no duty form.
PERSONAL_OBJECTS = frozenset({"me", "m'", "te", "t'", "nous", "vous"})
NEGATION = frozenset({"ne", "n'", "pas", "jamais", "plus", "rien", "guère", "aucun", "aucune"})
AVOIR = frozenset(
    "ai as a avons avez ont avais avait avions aviez avaient aurai auras aura aurons aurez "  # noqa: SIM905 - a word list
    "auront aurais aurait aurions auriez auraient eus eut eûmes eurent".split()
)
ETRE = frozenset(
    "suis es est sommes êtes sont étais était étions étiez étaient serai seras sera serons "  # noqa: SIM905 - a word list
    "serez seront serais serait serions seriez seraient fus fut fûmes furent".split()
)
# Verbs whose compound past takes "être" without being passive ("je suis allé").
ETRE_VERBS = frozenset(
    "aller venir revenir devenir arriver partir entrer rentrer sortir monter descendre "  # noqa: SIM905 - a word list
    "rester retourner passer tomber".split()
)
# Verbs that say what one must, can or wants to do, not what one did: left alone.
MODALS = frozenset({"devoir", "pouvoir", "vouloir", "savoir", "falloir", "aller", "venir"})
# Adverbs that may stand between an auxiliary and its participle ("j'ai aussi préparé").
INNER_ADVERBS = frozenset(
    "aussi également souvent toujours régulièrement parfois déjà bien personnellement "  # noqa: SIM905 - a word list
    "quotidiennement fréquemment notamment".split()
)
# Words after which a verb is in another clause, whose tense stays as written.
SUBORDINATORS = frozenset(
    "que qu' qui quand lorsque lorsqu' si où dont comme parce puisque car quoique".split()  # noqa: SIM905 - a word list
)
COORDINATORS = frozenset({"et", "ou", ",", "puis", "pis", "ainsi", "&"})
# What may follow a verb with no subject written before it ("Prépare les états").
_OBJECT_STARTS = frozenset(
    "le la l' les un une des du de d' au aux à mes ses nos leurs son sa ces cet cette ce tous "  # noqa: SIM905 - a word list
    "toutes tout chaque plusieurs en sur avec pour".split()
)
_ARTICLES = frozenset("le la l' les un une des du mes ses ces nos vos leurs".split())  # noqa: SIM905
_VOWELS = "aeiouyàâäéèêëîïôöùûüœh"
# Verbs whose "h" is aspirated: no elision before them ("se hâter").
_ASPIRATED = frozenset({"haïr", "hausser", "hâter", "heurter", "hurler", "hisser", "harceler"})


def norm(token) -> str:
    """A token's text in lower case with a straight apostrophe."""
    return token.text.lower().replace("’", "'")


@dataclass(frozen=True)
class Group:
    """A verb group turned into its infinitive: tokens [start, end) become `phrase`."""

    start: int
    end: int
    phrase: str
    verb: str  # the infinitive
    subject: tuple[int, int] | None  # the subject pronoun's token span, dropped
    reflexive: bool
    person: str | None
    clitics: tuple[str, ...] = ()  # as written before the verb ("se", "les")
    feminine: bool = False  # a participle agreeing with a feminine "l'"


@dataclass(frozen=True)
class NoForm:
    """Why a verb group gets no letter form (negation, a modal, a passive ...)."""

    reason: str


NEGATED = "negated"
MODAL = "modal"
PASSIVE = "passive"
COPULA = "copula"
UNKNOWN = "unknown"
PERSONAL = "personal_object"
MIXED = "mixed"


def _elides(word: str) -> bool:
    return word[:1] in _VOWELS and word not in _ASPIRATED


def clitic_phrase(clitics: list[str], verb: str, feminine: bool) -> str:
    """The clitics before an infinitive, elided as French writes them ("s'en occuper")."""
    words = list(clitics)
    out: list[str] = []
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else verb
        if word in ("se", "s'"):
            word = "s'" if _elides(following) else "se"
        elif word in ("le", "la", "l'"):
            if _elides(following):
                word = "l'"
            elif word == "l'":
                word = "la" if feminine else "le"
        out.append(word)
    text = ""
    for word in out:
        text += word if word.endswith("'") else word + " "
    return text + verb


def _feminine_participle(word: str) -> bool:
    w = word.lower().rstrip("s")
    return w.endswith("e") and not w.endswith("é")


def read_group(tokens, i: int, person: str | None = None, coordinated: bool = False):
    """The verb group at token i (subject, clitics, auxiliary, verb) as a Group, NoForm, or
    None when no conjugated verb starts there (an infinitive, a noun). `coordinated`: the
    group follows "et" and shares the first one's subject ("et les envoyais")."""
    n = len(tokens)
    j = i
    subject = None
    if j < n and norm(tokens[j]) in SUBJECTS:
        person = SUBJECTS[norm(tokens[j])]
        subject = (j, j + 1)
        j += 1
    if j < n and norm(tokens[j]) in ("ne", "n'"):
        return NoForm(NEGATED)
    clitics: list[str] = []
    reflexive = False
    start = j
    while j < n - 1:
        word = norm(tokens[j])
        own = REFLEXIVE.get(person or "3s", set())
        person_known = subject is not None or coordinated
        if word in own and (person_known or word in ("se", "s'")):
            clitics.append("se")
            reflexive = True
        elif person_known and word in OBJECT_CLITICS:
            clitics.append(word)
        elif person_known and word in PERSONAL_OBJECTS:
            return NoForm(PERSONAL)
        else:
            break
        j += 1
    if j >= n:
        return None if subject is None else NoForm(UNKNOWN)
    verb_token = tokens[j]
    word = norm(verb_token)
    if subject is None and not clitics and is_infinitive_form(word):
        return None  # already an infinitive
    if word in AVOIR or word in ETRE:
        return _compound(tokens, start, j, subject, clitics, reflexive, person)
    if subject is None and not reflexive and not (coordinated and clitics):
        return _bare(tokens, start, j)
    verb = finite_infinitive(word, verb_token.lemma_.lower())
    if verb is None:
        return NoForm(UNKNOWN)
    problem = _verb_problem(tokens, j + 1, verb)
    if problem:
        return NoForm(problem)
    phrase = clitic_phrase(clitics, verb, feminine=False)
    return Group(start, j + 1, phrase, verb, subject, reflexive, person, tuple(clitics))


def _verb_problem(tokens, after: int, verb: str) -> str:
    """A modal before an infinitive, a copula, or a negation right after the verb."""
    following = norm(tokens[after]) if after < len(tokens) else ""
    if following in NEGATION - {"plus", "ne", "n'"}:
        return NEGATED  # "je faisais pas" (spoken French drops the "ne")
    if verb in ("être", "avoir"):
        return COPULA
    if verb in MODALS and (is_infinitive_form(following) or following in ("de", "d'")):
        return MODAL
    return ""


def _compound(tokens, start, j, subject, clitics, reflexive, person):
    """An auxiliary and its participle ("ai préparé", "me suis occupée"), or the auxiliary as
    the verb itself ("j'étais caissier")."""
    aux = norm(tokens[j])
    k = j + 1
    adverbs = []
    while k < len(tokens) and norm(tokens[k]) in INNER_ADVERBS:
        adverbs.append(tokens[k].text)
        k += 1
    if k < len(tokens) and norm(tokens[k]) in NEGATION:
        return NoForm(NEGATED)
    if k >= len(tokens):
        return NoForm(COPULA)
    participle = tokens[k]
    verb = participle_infinitive(norm(participle))
    if verb is None:
        return NoForm(COPULA if participle.pos_ != "VERB" else UNKNOWN)
    if verb == "être" or (aux in ETRE and not reflexive and verb not in ETRE_VERBS):
        return NoForm(PASSIVE)
    problem = _verb_problem(tokens, k + 1, verb)
    if problem:
        return NoForm(problem)
    feminine = _feminine_participle(participle.text)
    phrase = clitic_phrase(clitics, verb, feminine)
    if adverbs:
        phrase += " " + " ".join(adverbs)
    return Group(start, k + 1, phrase, verb, subject, reflexive, person, tuple(clitics), feminine)


def _bare(tokens, start: int, j: int):
    """A verb with no subject written ("Prépare les états", "Préparé les rapports"): only when
    an object follows, so that a noun ("Saisie des factures") stays a noun."""
    token = tokens[j]
    word = norm(token)
    following = norm(tokens[j + 1]) if j + 1 < len(tokens) else ""
    if following not in _OBJECT_STARTS:
        return None
    if word.endswith(("é", "i", "u", "it", "is", "ert")) and not word.endswith("ais"):
        verb = participle_infinitive(word)
        if verb is not None and following not in ("de", "d'", "à", "au", "aux"):
            problem = _verb_problem(tokens, j + 1, verb)
            return (
                NoForm(problem) if problem else Group(start, j + 1, verb, verb, None, False, None)
            )
    if word.endswith(("ée", "ées", "ie", "ies", "ue", "ues", "ise", "ises")) and (
        participle_infinitive(word) is not None
    ):
        return None  # "Saisie des factures", "Tenue des livres": a noun
    verb = finite_infinitive(word, token.lemma_.lower() if token.pos_ == "VERB" else "")
    if verb is None or verb == word:
        return None
    if token.pos_ == "NOUN" and following in ("de", "d'", "des", "du"):
        return None  # "Classe de maternelle", "Commande des pièces": a noun
    problem = _verb_problem(tokens, j + 1, verb)
    return NoForm(problem) if problem else Group(start, j + 1, verb, verb, None, False, None)


def _coordinated(tokens, k: int, first: Group):
    """A verb group right after "et", "ou" or a comma that shares the first group's subject:
    its Group, NoForm, or None when what follows is no verb."""
    token = tokens[k]
    word = norm(token)
    if word in SUBJECTS or word in OBJECT_CLITICS | {"se", "s'", "me", "m'", "ne", "n'"}:
        if word in SUBJECTS or _verb_follows(tokens, k):
            found = read_group(tokens, k, first.person, coordinated=True)
            return found if found is not None else NoForm(MIXED)
        return None
    if word in AVOIR | ETRE:
        return read_group(tokens, k, first.person, coordinated=True) or NoForm(MIXED)
    following = norm(tokens[k + 1]) if k + 1 < len(tokens) else ""
    if token.pos_ != "VERB" and following not in _OBJECT_STARTS and not looks_finite(word):
        return None
    morph = token.morph.get("VerbForm")
    if looks_finite(word):
        verb = finite_infinitive(word)
    elif "Part" in morph and token.pos_ == "VERB":
        verb = participle_infinitive(word)
    elif (token.pos_ == "VERB" and ("Fin" in morph or first.subject is not None)) or (
        looks_finite(word)
    ):
        verb = finite_infinitive(word, token.lemma_.lower() if token.pos_ == "VERB" else "")
    else:
        return None
    if verb is None or verb == word:
        return None
    # "Je les ai préparés et envoyés": the shared pronouns go before each infinitive.
    phrase = clitic_phrase(list(first.clitics), verb, first.feminine)
    return Group(k, k + 1, phrase, verb, None, first.reflexive, first.person, first.clitics)


def _verb_follows(tokens, k: int) -> bool:
    """Clitics from k on are followed by a word that reads as a conjugated verb."""
    j = k
    while j < len(tokens) and norm(tokens[j]) in OBJECT_CLITICS | {"se", "s'", "ne", "n'"}:
        j += 1
    if j >= len(tokens):
        return False
    word = norm(tokens[j])
    if word in AVOIR | ETRE or looks_finite(word):
        return True
    if word.endswith(("é", "és", "ée", "ées")):
        return False  # "et les relevés": a participle or a noun, not a conjugated verb
    # "et les sauces", "et les relevés": a noun or a participle after an article is no verb.
    token = tokens[j]
    finite = token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm")
    return finite and finite_infinitive(word) not in (None, word)


@dataclass(frozen=True)
class LetterForm:
    """The edits that put a duty in the infinitive, and the infinitives it uses."""

    edits: tuple[Edit, ...]
    verbs: tuple[str, ...]
    replaced: tuple[str, ...]  # the person's verb words that became infinitives
    first: Group


def letter_form(tokens):
    """The letter-ready edits of a duty (LetterForm), a NoForm saying why there are none, or
    None when the duty has no conjugated verb to change (an infinitive or a noun phrase)."""
    found = read_group(tokens, 0)
    if not isinstance(found, Group):
        return found
    groups = [found]
    k = found.end
    while k < len(tokens):
        word = norm(tokens[k])
        if word in SUBORDINATORS:
            break
        if word in COORDINATORS and k + 1 < len(tokens):
            nxt = k + 1
            if norm(tokens[nxt]) in ("et", "ou", "puis", "pis"):
                nxt += 1  # ", et je ..."
            if nxt < len(tokens):
                more = _coordinated(tokens, nxt, found)
                if isinstance(more, NoForm):
                    return more
                if more is not None:
                    groups.append(more)
                    k = more.end
                    continue
        k += 1
    if _finite_left(tokens, groups):
        return NoForm(MIXED)
    edits = []
    for group in groups:
        if group.subject is not None:
            s, e = group.subject
            text = "".join(t.text_with_ws for t in tokens[s:e]).strip()
            edits.append(Edit(s, e, "", Change(text, "", "subject", None, None)))
        original = "".join(t.text_with_ws for t in tokens[group.start : group.end]).strip()
        ws = tokens[group.end - 1].whitespace_
        change = Change(original, group.phrase, "verb_form", None, None)
        edits.append(Edit(group.start, group.end, group.phrase + ws, change))
    replaced = tuple(norm(tokens[g.end - 1]) for g in groups)
    return LetterForm(tuple(edits), tuple(g.verb for g in groups), replaced, found)


def _finite_left(tokens, groups: list[Group]) -> bool:
    """Whether the main clause keeps a conjugated verb or a subject the edits do not cover."""
    covered = set()
    for g in groups:
        covered |= set(range(g.start, g.end))
        if g.subject is not None:
            covered |= set(range(*g.subject))
    for k, token in enumerate(tokens):
        word = norm(token)
        if word in SUBORDINATORS:
            return False
        if k in covered:
            continue
        if word in ("je", "j'", "il", "elle", "ils", "elles", "on", "tu"):
            return True
        if word in AVOIR and word != "a":  # "de A à Z"; a real "a" is tagged AUX below
            return True
        if word.endswith(("er", "ir", "oir")) and is_infinitive_form(word):
            continue  # "à se laver": an infinitive the tagger took for a finite verb
        after_article = k > 0 and norm(tokens[k - 1]) in _ARTICLES
        if after_article and word.endswith(("é", "és", "ée", "ées")):
            continue  # "les relevés": a noun the tagger took for a verb
        if token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm"):
            return True
        if looks_finite(word):
            return True
    return False


# Endings that only a conjugated verb has (imperfect, third person plural).
_FINITE_ONLY = ("ais", "ait", "aient", "ions", "iez", "ent")


def looks_finite(word: str) -> bool:
    """A word the lemma table reads as a form of a verb, with an ending only a conjugated verb
    has ("payaient", "gèrent"); the tagger often takes such a word for a noun or an adverb."""
    if not word.endswith(_FINITE_ONLY):
        return False
    known = known_infinitives()
    return any(lemma in known and lemma != word for lemma in table_lemmas(word))
