"""Small code lookups: the closest codes to a mistyped one, what an old NOC 2016 code became."""

from __future__ import annotations

import re

from noc_letter.core.catalogue import Catalogue, load_catalogue


def closest_codes(code: str, limit: int = 3) -> list[str]:
    """Existing codes nearest `code`: longest shared prefix first, then fewest differing digits."""
    code = code.strip()
    catalogue = load_catalogue()

    def key(other: str) -> tuple[int, int]:
        prefix = 0
        for a, b in zip(code, other, strict=False):
            if a != b:
                break
            prefix += 1
        differing = sum(a != b for a, b in zip(code.ljust(5), other, strict=False))
        return (-prefix, differing)

    ranked = sorted((g.code for g in catalogue.groups), key=key)
    return [f"{c} {catalogue.get(c).title}" for c in ranked[:limit]]


def legacy_notice(query: str, catalogue: Catalogue | None = None) -> str | None:
    """What a 4-digit NOC 2016 code became in NOC 2021, in a sentence; None for other text.

    "1311" → "1311 is a NOC 2016 code: it became 12200 Accounting technicians and bookkeepers."
    A code that was split names every group it became.
    """
    code = query.strip()
    if not re.fullmatch(r"\d{4}", code, re.ASCII):
        return None
    catalogue = catalogue or load_catalogue()
    new = [c for c in dict.fromkeys(r.noc2021 for r in catalogue.legacy(code)) if catalogue.find(c)]
    if not new:
        return None
    named = [f"{c} {catalogue.get(c).title}" for c in new]
    if len(named) == 1:
        return f"{code} is a NOC 2016 code: it became {named[0]}."
    listed = "; ".join(named)
    return (
        f"{code} is a NOC 2016 code that was split into {len(named)} NOC 2021 groups: {listed}. "
        "Choose the one that matches your duties."
    )
