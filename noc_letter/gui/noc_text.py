"""NOC text in the window's language: titles, and the search's "found by" words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from noc_letter.gui import translation

translate = QCoreApplication.translate

# How the search found a group (core.search SearchHit.matched starts with one of these).
MATCHED_KINDS = {
    "title": QT_TRANSLATE_NOOP("NocText", "title"),
    "example title": QT_TRANSLATE_NOOP("NocText", "example title"),
    "French title": QT_TRANSLATE_NOOP("NocText", "French title"),
    "French example title": QT_TRANSLATE_NOOP("NocText", "French example title"),
    "US title (SOC 2018)": QT_TRANSLATE_NOOP("NocText", "US title (SOC 2018)"),
    "NOC 2016 code": QT_TRANSLATE_NOOP("NocText", "NOC 2016 code"),
}


def teer_text(teer: int) -> str:
    """ "TEER 2" ("FEER 2" in French: formation, études, expérience et responsabilités)."""
    return translate("NocText", "TEER {teer}").format(teer=teer)


def noc_title(catalogue: Any, code: str, fallback: str = "") -> str:
    """The group's title in the window's language (`fallback` when the catalogue lacks it)."""
    group = catalogue.find(code) if catalogue is not None and code else None
    return group.title_in(translation.current()) if group is not None else fallback


def matched_text(matched: str) -> str:
    """ "example title "Bookkeeper"" in the window's language (the quoted title is kept)."""
    for kind, label in MATCHED_KINDS.items():
        if matched == kind or matched.startswith(kind + " "):
            return translate("NocText", label) + matched[len(kind) :]
    return matched
