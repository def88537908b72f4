"""French rewording: the letter-ready (infinitive) form of a duty and questions in French."""

from __future__ import annotations

from functools import cache


@cache
def get_french_rewriter():
    """The shared FrenchRewriter, on the shared French spaCy pipeline."""
    from noc_letter.core.rewording.french.rewriter import FrenchRewriter

    return FrenchRewriter()


__all__ = ["get_french_rewriter"]
