"""Truthful rewording: suggestions that read as the target NOC without inventing work."""

from __future__ import annotations

from functools import cache

from noc_letter.core.rewording.results import Change, Segment, Suggestion, SuggestionSet


@cache
def get_rewriter():
    """The shared Rewriter, bound to the shared matcher and copy guard."""
    from noc_letter.core.guard import verbatim_risk
    from noc_letter.core.matching import get_matcher
    from noc_letter.core.rewording.rewriter import Rewriter

    return Rewriter(get_matcher(), verbatim_risk)


def suggest(text: str, target: str, lang: str | None = None) -> SuggestionSet:
    """0 to 3 rewordings of a duty that read more like `target`, or questions: for a vague
    duty, and for a vague lead-in ("Dealing with invoices") no rewording helps. A French duty
    (`lang` "fr", or detected when None) gets its letter-ready form and questions in French.

    Raises KeyError for an unknown target code.
    """
    return get_rewriter().suggest(text, target, lang)


__all__ = ["Change", "Segment", "Suggestion", "SuggestionSet", "get_rewriter", "suggest"]
