"""Which language's letter wording to use: `letter_wording("fr")` gives the French module."""

from __future__ import annotations

from types import ModuleType

from noc_letter.core.export import wording_en, wording_fr

WORDINGS: dict[str, ModuleType] = {"en": wording_en, "fr": wording_fr}
LETTER_LANGUAGES = tuple(WORDINGS)


def letter_language(project_language: str | None, override: str | None = None) -> str:
    """The letter's language: `override` when given, else the project's; "en" for any other.

    Args:
        project_language: `Project.language` ("en", "fr", or anything a file may hold).
        override: a language chosen for this export (e.g. `build --lang`), or None.
    """
    from noc_letter.core.language import normalise_lang

    chosen = override if override else project_language
    return normalise_lang(chosen, "en")


def letter_wording(lang: str | None) -> ModuleType:
    """The wording module for a language code; English for anything but French."""
    return WORDINGS[letter_language(lang)]
