"""A finding's message in the letter's language: the English one as checked, or the French one.

The code and field of a finding never change; only its text does. A finding without the
values its French message needs (e.g. from an extra check that gives none) keeps its English
message rather than showing a half-filled sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from noc_letter.core.completeness import Finding
from noc_letter.core.duty_text import MAX_DUTY_CHARS
from noc_letter.core.messages_fr import DYNAMIC_FR, MESSAGES_FR, NBSP, WEIGHED_FR

HIGHEST_SKILLED_TEER = 3


def finding_message(finding: Finding, lang: str) -> str:
    """The finding's message in `lang` ("fr"; anything else gives the English message)."""
    if lang != "fr":
        return finding.message
    values = finding.values
    try:
        if finding.code in DYNAMIC_FR:
            return DYNAMIC_FR[finding.code].format(**_dynamic_values(finding.code, values))
        key = values.get("variant", finding.code)
        if key == "noc-legacy":
            values = {**values, "groups": _french_groups(values["new_codes"])}
        elif key == "noc-not-skilled":
            values = {**values, "title": _french_title(values["code"]) or values["title"]}
        return MESSAGES_FR[key].format(**values)
    except (KeyError, IndexError, ValueError, TypeError):
        return finding.message


def localise(findings: Sequence[Finding], lang: str) -> list[Finding]:
    """The findings with their messages in `lang`; codes, fields and order unchanged."""
    if lang != "fr":
        return list(findings)
    return [replace(f, message=finding_message(f, lang)) for f in findings]


def _dynamic_values(code: str, values: dict[str, Any]) -> dict[str, Any]:
    """The {names} of a DYNAMIC_FR message from the finding's params."""
    out = dict(values)
    if "row" in values:  # a duty text problem
        position = values.get("position")
        out["duty"] = f"La fonction {values['row'] + 1}" + (
            f" du poste {position}" if position else ""
        )
        if values.get("other") is not None:
            out["other"] = values["other"] + 1
        out["count"] = _number(values.get("count", 0))
        out["max"] = _number(MAX_DUTY_CHARS)
    elif "duty" in values:  # the copy guard
        out["duty"] = f"La fonction {values['duty']}"
        code_, text = values.get("code"), values.get("text")
        out["where"] = f" (CNP {code_}{NBSP}: «{NBSP}{text}{NBSP}»)" if code_ else ""
    else:  # how the duties read
        out["weighed"] = WEIGHED_FR if values.get("weighed") else ""
        target, other = values["target"], values.get("other")
        out["target_title"] = _french_title(target)
        if other:
            out["other_title"] = _french_title(other)
            out["other_teer"] = _teer(other)
            out["too"] = " aussi" if (_teer(target) or 9) <= HIGHEST_SKILLED_TEER else ""
    return out


def _number(value: int) -> str:
    """1234 → "1 234" (non-breaking space)."""
    return f"{value:,}".replace(",", NBSP)


def _group(code: str) -> Any:
    from noc_letter.core.catalogue import load_catalogue

    return load_catalogue().find(code)


def _french_title(code: str) -> str:
    group = _group(code)
    return group.title_in("fr") if group else ""


def _teer(code: str) -> int | None:
    group = _group(code)
    return group.teer if group else None


def _french_groups(codes: Sequence[str]) -> str:
    """ "21231 (Ingénieurs/ingénieures ...) ou 21232 (...)" for a split NOC 2016 code."""
    names = [f"{code} ({_french_title(code) or '?'})" for code in codes]
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} ou {names[-1]}"
