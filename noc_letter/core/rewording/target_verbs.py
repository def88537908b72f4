"""What verbs a target NOC's own duties use, and for which objects ("reconcile" → "accounts")."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from noc_letter.core.rewording.results import Change
from noc_letter.core.rewording.verbs import GENERIC_VERBS


@dataclass
class TargetVerbs:
    """Verbs in a unit group's main duties and lead statement, with the nouns each one governs.

    Attributes:
        code: the unit group.
        verbs: verb lemma → the first NOC sentence that uses it.
        by_noun: noun lemma → Counter of verb lemmas that govern it in the NOC text.
    """

    code: str
    verbs: dict[str, str] = field(default_factory=dict)
    by_noun: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    source_of: dict[tuple[str, str], str] = field(default_factory=dict)
    # Verbs that open a main duty ("Adjust, repair or replace parts ..."): the target's actions.
    leading: Counter = field(default_factory=Counter)

    def common_verbs(self) -> list[str]:
        """The verbs that open the target's main duties, the most used first (generic ones
        such as "perform", "ensure" or "use" left out)."""
        order = {verb: i for i, verb in enumerate(self.leading)}
        kept = [v for v in self.leading if v not in GENERIC_VERBS and v.isalpha() and len(v) > 2]
        return sorted(kept, key=lambda v: (-self.leading[v], order[v]))

    def change(self, original: str, replacement: str, kind: str, verb: str) -> Change:
        """A change whose new verb is `verb`: it names this NOC's sentence when the target uses
        the verb, and no source when the verb is the person's own."""
        source = self.verbs.get(verb)
        return Change(original, replacement, kind, self.code if source else None, source)


def is_verb(tokens, i: int, known_verbs: frozenset[str] | set[str]) -> bool:
    """A verb by its tag, or a known verb where duties put verbs: first, or after "and"/a comma.

    The small English tagger often reads an imperative first word ("Post", "Reconcile") as a
    noun; duty text is imperative, so position settles it.
    """
    token = tokens[i]
    if token.pos_ == "VERB":
        return True
    if token.lower_ not in known_verbs:
        return False
    previous = tokens[i - 1] if i else None
    return previous is None or previous.pos_ == "CCONJ" or previous.text in ",;:"


def verb_lemma(token) -> str:
    """Base form of a verb token, also when the tagger took it for a noun."""
    return token.lemma_.lower() if token.pos_ in ("VERB", "AUX") else token.lower_


# "maintain complete sets of books": the object is the books, the set only counts them.
QUANTITY_NOUNS = frozenset(
    {"set", "number", "range", "variety", "series", "list", "type", "kind", "group", "amount"}
)


def _objects(tokens, start: int) -> list:
    """Head noun of the noun phrase at `start` (and after "of" when the head is a quantity)."""
    head, j = None, start
    while j < len(tokens):
        token = tokens[j]
        if token.pos_ in ("NOUN", "PROPN"):
            head = token
        elif not (token.pos_ in ("DET", "ADJ", "NUM") and head is None):
            break
        j += 1
    if head is None:
        return []
    if head.lemma_.lower() in QUANTITY_NOUNS and j < len(tokens) and tokens[j].lower_ == "of":
        return [head, *_objects(tokens, j + 1)]
    return [head]


def _object_start(tokens, i: int, known_verbs) -> int:
    """Where the object of verb i starts, past the verbs joined to it ("Prepare and cook X")."""
    j = i + 1
    while (
        j + 1 < len(tokens)
        and tokens[j].text in (",", "and", "or")
        and is_verb(tokens, j + 1, known_verbs)
        and tokens[j + 1].pos_
        in ("VERB",) + (("NOUN",) if tokens[j + 1].lower_ in known_verbs else ())
    ):
        j += 2
    return j


def analyse_target(code: str, catalogue, nlp, known_verbs=frozenset()) -> TargetVerbs:
    """Read the target's duties: a verb governs the head noun of the noun phrase right after it.

    "Post journal entries and reconcile accounts, prepare trial balance of books" gives
    post → entry, reconcile → account, prepare → balance; verbs joined before one object share
    it ("Prepare and cook complete meals": prepare → meal, cook → meal). Nouns further away
    ("of books") are not the verb's object and are not recorded, so a suggestion never pairs a
    verb with an object the NOC does not pair it with.
    """
    group = catalogue.get(code)
    sentences = [d.text for d in group.main_duties] + [group.lead_statement]
    out = TargetVerbs(code)
    n_duties = len(group.main_duties)
    for number, (sentence, doc) in enumerate(zip(sentences, nlp.pipe(sentences), strict=True)):
        tokens = list(doc)
        if number < n_duties:
            for i, token in enumerate(tokens):
                if token.text in (",", "and", "or"):
                    continue
                if not is_verb(tokens, i, known_verbs) or token.tag_ in ("VBN", "VBD", "VBG"):
                    break  # "replace diseased and damaged teeth": adjectives, not actions
                out.leading[verb_lemma(token)] += 1
        for i, token in enumerate(tokens):
            if token.tag_ == "VBN" or not is_verb(tokens, i, known_verbs):
                continue
            verb = verb_lemma(token)
            out.verbs.setdefault(verb, sentence)
            for head in _objects(tokens, _object_start(tokens, i, known_verbs)):
                noun = head.lemma_.lower()
                out.by_noun[noun][verb] += 1
                out.source_of.setdefault((noun, verb), sentence)
    return out
