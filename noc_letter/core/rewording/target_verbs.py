"""What verbs a target NOC's own duties use, and for which objects ("reconcile" → "accounts")."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field


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


def analyse_target(code: str, catalogue, nlp) -> TargetVerbs:
    """Read the target's duties: each noun is governed by the nearest verb before it."""
    group = catalogue.get(code)
    sentences = [d.text for d in group.main_duties] + [group.lead_statement]
    out = TargetVerbs(code)
    for sentence, doc in zip(sentences, nlp.pipe(sentences), strict=True):
        current: str | None = None
        for token in doc:
            if token.text in ";:":
                current = None
            if token.pos_ == "VERB" and token.tag_ not in ("VBN",):
                current = token.lemma_.lower()
                out.verbs.setdefault(current, sentence)
            elif token.pos_ in ("NOUN", "PROPN") and current:
                noun = token.lemma_.lower()
                out.by_noun[noun][current] += 1
                out.source_of.setdefault((noun, current), sentence)
    return out
