"""Token-span edits of a duty (spelling, light verb + action noun, gerunds) and applying them."""

from __future__ import annotations

from dataclasses import dataclass

from noc_letter.core.rewording.results import Change, Segment
from noc_letter.core.rewording.target_verbs import TargetVerbs, is_verb, verb_lemma
from noc_letter.core.rewording.verbs import (
    ACTION_NOUNS,
    LIGHT_VERBS,
    NOMINAL_VERBS,
    gerund,
    pluralize,
)


@dataclass(frozen=True)
class Edit:
    """Replace tokens [start, end) with `replacement`; `change` is None for pure framing."""

    start: int  # token index
    end: int
    replacement: str
    change: Change | None  # None: framing (dropped subject, base form) that is not a fact


def spelling_edits(tokens, preferred: dict[str, str], code: str) -> list[Edit]:
    """Respell a word the way the NOC spells it ("labor" → "labour"): the same word."""
    out = []
    for i, token in enumerate(tokens):
        new = preferred.get(token.lower_)
        if new is None or token.pos_ not in ("NOUN", "PROPN", "VERB", "ADJ"):
            continue
        if token.text[:1].isupper():
            if token.text.isupper() or i > 0:
                continue  # a name or an acronym as written stays
            new = new[:1].upper() + new[1:]
        change = Change(token.text, new, "spelling", None, None)
        out.append(Edit(i, i + 1, new + token.whitespace_, change))
    return out


def light_verb_edits(tokens, start: int, tv: TargetVerbs, known_verbs) -> list[tuple]:
    """ "perform inspections of boilers" → "inspect boilers": (edits, converted noun) pairs."""
    out = []
    for i in range(start, len(tokens) - 3):
        token = tokens[i]
        if not is_verb(tokens, i, known_verbs):
            continue
        lemma = verb_lemma(token)
        k = i + 1
        if lemma == "carry" and tokens[k].lower_ == "out":
            k += 1
        elif lemma not in LIGHT_VERBS:
            continue
        if k < len(tokens) and tokens[k].pos_ == "DET" and tokens[k].lower_ in ("a", "an", "the"):
            k += 1
        if k + 2 >= len(tokens) or tokens[k].pos_ != "NOUN":
            continue
        noun = tokens[k].lemma_.lower()
        entry = ACTION_NOUNS.get(noun)
        prep = tokens[k + 1].lower_
        if entry is None or prep not in entry[1]:
            continue
        following = tokens[k + 2]
        if following.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON") and not (
            following.tag_ in ("VBG", "VBN")
            and k + 3 < len(tokens)
            and tokens[k + 3].pos_ in ("NOUN", "ADJ")
        ):
            continue  # the object must follow ("leaking faucets" is one)
        verb = entry[0]
        form = inflect(verb, token.tag_, first=i == start)
        if form is None:
            continue
        replacement = entry[1][prep]
        original = " ".join(t.text for t in tokens[i : k + 1])
        new_words = form + (" " + replacement if replacement else "")
        change = tv.change(original, new_words, "nominalisation", verb)
        out.append(([Edit(i, k + 2, new_words + " ", change)], (tokens[k].text,)))
    return out


_GERUND_AFTER = frozenset({"in", "with", "for", "on"})


def gerund_edits(tokens, start: int, tv: TargetVerbs) -> list[tuple]:
    """ "assist in the preparation of budgets" → "assist in preparing budgets"."""
    out = []
    for i in range(max(start, 1), len(tokens) - 3):
        if tokens[i - 1].lower_ not in _GERUND_AFTER or tokens[i - 1].pos_ != "ADP":
            continue
        k = i + 1 if tokens[i].lower_ == "the" else i
        if k + 2 >= len(tokens) or tokens[k].pos_ != "NOUN" or tokens[k].tag_ != "NN":
            continue
        verb = NOMINAL_VERBS.get(tokens[k].lower_)
        if verb is None or tokens[k + 1].lower_ != "of":
            continue
        if tokens[k + 2].pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"):
            continue
        form = gerund(verb)
        original = " ".join(t.text for t in tokens[i : k + 1])
        change = tv.change(original, form, "nominalisation", verb)
        out.append(([Edit(i, k + 2, form + " ", change)], (tokens[k].text,)))
    return out


def inflect(verb: str, tag: str, first: bool) -> str | None:
    """`verb` in the form of a token tagged `tag`; first words of a duty take the base form."""
    if first or tag in ("VB", "VBP"):
        return verb
    if tag == "VBG":
        return gerund(verb)
    if tag == "VBZ":
        return pluralize(verb)
    return None


def without_overlap(edits: list[Edit], others: list[Edit]) -> list[Edit]:
    """The edits that touch none of the tokens `others` change."""
    return [e for e in edits if all(e.end <= o.start or e.start >= o.end for o in others)]


def overlaps(a: list[Edit], b: list[Edit]) -> bool:
    """True when an edit of `a` and an edit of `b` change the same token."""
    return any(x.start < y.end and y.start < x.end for x in a for y in b)


def apply_edits(doc, edits: list[Edit]) -> tuple[Segment, ...]:
    """Segments of the new text: the person's tokens, with edits spliced in (marked as NOC)."""
    tokens = list(doc)
    pending = sorted(edits, key=lambda e: (e.start, e.end))
    segments: list[Segment] = []

    def emit(text: str, source: str, noc_text: str | None = None) -> None:
        if not text:
            return
        if segments and text[0] in ",;.:)!?" and segments[-1].text.endswith(" "):
            last = segments[-1]  # no space left before punctuation after a removed phrase
            segments[-1] = Segment(last.text.rstrip(), last.source, last.noc_text)
        if segments and source == "person" and segments[-1].source == "person":
            segments[-1] = Segment(segments[-1].text + text, "person")
        else:
            segments.append(Segment(text, source, noc_text))

    i = k = 0
    while i < len(tokens) or k < len(pending):
        if k < len(pending) and pending[k].start <= i:
            edit = pending[k]
            k += 1
            if edit.start < i:  # overlaps an edit already applied
                continue
            noc = edit.change is not None and edit.change.noc_code is not None
            emit(
                edit.replacement, "noc" if noc else "person", edit.change.noc_text if noc else None
            )
            i = max(i, edit.end)
            continue
        if i >= len(tokens):
            break
        emit(tokens[i].text_with_ws, "person")
        i += 1
    return tuple(s for s in segments if s.text)
