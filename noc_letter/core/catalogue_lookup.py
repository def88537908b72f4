"""Small code lookups shared by the command line: closest existing codes for a mistyped one."""

from __future__ import annotations

from noc_letter.core.catalogue import load_catalogue


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
