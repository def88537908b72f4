"""The target's own verb in place of the person's where it names the same action for the same
object ("make soups" → "prepare soups" for cooks, "fix brakes" → "repair brakes")."""

from __future__ import annotations

from noc_letter.core.rewording.edits import Edit, inflect
from noc_letter.core.rewording.nominal import chunk
from noc_letter.core.rewording.synonyms import (
    class_swap,
    class_synonyms,
    fits_frame,
    needs_context,
    synonyms,
)
from noc_letter.core.rewording.target_verbs import TargetVerbs, is_verb, verb_lemma
from noc_letter.core.rewording.verbs import CONTEXT_VERBS


def _objects(tokens, i: int) -> set[str]:
    objects = set()
    for token in tokens[i + 1 :]:
        if token.pos_ == "VERB":
            break
        if token.pos_ in ("NOUN", "PROPN"):
            objects.add(token.lemma_.lower())
    return objects


def synonym_edits(
    tokens,
    start: int,
    tv: TargetVerbs,
    known_verbs,
    base=frozenset(),
    spans=None,
    extra=None,
    check_extra_objects: bool = True,
) -> list[Edit]:
    """Replace a verb by a near-synonym that the target's duties use.

    Verbs whose sense depends on the object ("make", "run", "check") are replaced only when
    the target uses the new verb for one of the same nouns (or, for an everyday verb said of
    a kind of object, for one of that kind); the new verb must fit the words after it
    ("confer" only before "with"). `base` holds the tokens that head the duty (base form);
    `spans` maps a token to where its replacement starts (a lead-in before the person's verb);
    `extra` is another synonym source (verb → verbs), measured by benchmarks only.
    """
    spans = spans or {}
    out = []
    for i in range(start, len(tokens)):
        token = tokens[i]
        not_verb = not is_verb(tokens, i, known_verbs) or (
            i == start and token.pos_ != "VERB" and i > 0
        )
        if not_verb and i not in spans:
            continue
        lemma = verb_lemma(token)
        if lemma in tv.verbs:
            continue
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if following is not None and (
            following.pos_ == "ADP" and following.tag_ == "RP" or following.dep_ == "prt"
        ):
            continue  # phrasal verb ("carry out", "set up"): its sense is not the verb's
        end, head = chunk(tokens, i + 1)
        if head >= 0 and any(t.pos_ == "ADJ" for t in tokens[head + 1 : end]):
            continue  # "made the website responsive" is not creating it
        objects = _objects(tokens, i)
        curated = synonyms(lemma)
        by_kind = class_synonyms(lemma)
        more = extra(lemma) - curated if extra else frozenset()
        for other in sorted((curated | by_kind | more) & tv.verbs.keys()):
            if " " in other:
                continue
            if not fits_frame(
                other,
                following.text if following is not None else None,
                following.pos_ if following is not None else None,
            ):
                continue
            if other in curated:
                contextual = (
                    lemma in CONTEXT_VERBS or other in CONTEXT_VERBS or needs_context(lemma, other)
                )
                same_object = any(other in tv.by_noun.get(n, {}) for n in objects)
                if (
                    contextual
                    and not same_object
                    and not class_swap(lemma, other, objects, tv.by_noun)
                ):
                    continue
            elif other in by_kind:
                if not class_swap(lemma, other, objects, tv.by_noun):
                    continue
            elif check_extra_objects and not any(other in tv.by_noun.get(n, {}) for n in objects):
                continue
            form = inflect(other, token.tag_, first=i == start or i in base)
            if form is None:
                continue
            if token.text[:1].isupper() and i > start and i not in spans:
                continue  # a capitalised word inside a duty is a name, not a verb
            begin = spans.get(i, i)
            original = " ".join(t.text for t in tokens[begin : i + 1])
            change = tv.change(original, form, "synonym", other)
            out.append(Edit(begin, i + 1, form + token.whitespace_, change))
    return out
