"""The actions of a NOC lead statement, as an officer reads them against a letter."""

from __future__ import annotations

import re


def lead_actions(lead: str) -> str:
    """The first sentence of a lead statement: what the workers do (the rest says where)."""
    return re.split(r"(?<=[a-z)])\.\s", lead.strip(), maxsplit=1)[0].rstrip(".") + "."


def lead_statement_parts(lead: str, nlp=None) -> list[str]:
    """The actions in a lead statement's first sentence ("maintain books", "keep records", ...).

    With a tagger, the subject before the first verb is dropped and a new action starts at each
    verb that follows a comma or "and"/"or"; lists of objects stay whole. Without one, the
    sentence is one action.
    """
    first = lead_actions(lead).rstrip(".")
    if nlp is None:
        return [first]
    tokens = list(nlp(first))
    starts = []
    for i, token in enumerate(tokens):
        if token.pos_ != "VERB" or token.tag_ in ("VBN", "VBG"):
            continue
        previous = tokens[i - 1] if i else None
        if not starts or (
            previous is not None and (previous.text in ",;" or previous.pos_ == "CCONJ")
        ):
            starts.append(i)
    if not starts:
        return [first]
    # An action with no object ("inspect, troubleshoot and repair rail cars") joins the next one.
    bounds = starts + [len(tokens)]
    starts = [
        a
        for k, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False))
        if k == 0 or any(t.pos_ in ("NOUN", "PROPN") for t in tokens[bounds[k - 1] : a])
    ]
    parts = []
    for a, b in zip(starts, starts[1:] + [len(tokens)], strict=True):
        span = tokens[a:b]
        while span and (span[-1].text in ",;" or span[-1].pos_ == "CCONJ"):
            span = span[:-1]
        if span:
            parts.append(first[span[0].idx : span[-1].idx + len(span[-1].text)])
    return parts or [first]
