"""The window's language: English or French, Qt translators (.qm) and the choice of language.

The French text lives in `i18n/noc_letter_fr.ts` (Qt Linguist source, committed); the build
compiles it to `i18n/noc_letter_fr.qm` with pyside6-lrelease (`make translations`). Qt's own
`qtbase_fr.qm` (shipped with PySide6) makes the standard dialogs French too. Without the .qm
(a bare source tree) the window stays English and the log says why.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

I18N_DIR = Path(__file__).resolve().parent / "i18n"
ENV_LANG = "NOC_LETTER_LANG"
UI_LANGUAGES = ("en", "fr")
# What the Settings menu offers; the names stay in their own language.
LANGUAGE_CHOICES = (("", None), ("en", "English"), ("fr", "Français"))

_state: dict[str, Any] = {"lang": "en", "translators": []}


def qm_path(lang: str) -> Path:
    """Where the compiled translation of the window into `lang` is (it may not exist)."""
    return I18N_DIR / f"noc_letter_{lang}.qm"


def system_lang() -> str:
    """ "fr" when the system's locale is French (fr, fr_CA, fr_FR...), else "en"."""
    return "fr" if QLocale.system().name().lower().startswith("fr") else "en"


def _known(value: Any) -> str:
    text = str(value or "").strip().lower()
    return text[:2] if text[:2] in UI_LANGUAGES else ""


def choose_lang(override: str | None = None, setting: str = "") -> str:
    """The window's language: the command line's --lang, else $NOC_LETTER_LANG, else the
    person's choice in Settings, else the system's locale."""
    for value in (override, os.environ.get(ENV_LANG), setting):
        lang = _known(value)
        if lang:
            return lang
    return system_lang()


def current() -> str:
    """The language the window is shown in now ("en" or "fr")."""
    return str(_state["lang"])


def install(lang: str, app: Any = None) -> str:
    """Install the translators for `lang` on the application (replacing earlier ones).

    Returns the language actually in use: "en" when the French .qm is missing or unreadable,
    which is logged as a warning (the window still opens, in English).
    """
    app = app or QCoreApplication.instance()
    uninstall(app)
    lang = _known(lang) or "en"
    if lang == "en" or app is None:
        return current()
    ours = QTranslator(app)
    path = qm_path(lang)
    if not path.is_file() or not ours.load(str(path)):
        log.warning("no %s translation at %s: the window stays in English", lang, path)
        return current()
    qt_own = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{lang}", qt_folder):
        app.installTranslator(qt_own)
        _state["translators"].append(qt_own)
    else:
        log.warning("Qt's own %s translation (qtbase_%s.qm) not found in %s", lang, lang, qt_folder)
    app.installTranslator(ours)
    _state["translators"].append(ours)
    _state["lang"] = lang
    return lang


def uninstall(app: Any = None) -> None:
    """Remove the installed translators: the window's text is English again."""
    app = app or QCoreApplication.instance()
    for translator in _state["translators"]:
        if app is not None:
            app.removeTranslator(translator)
    _state["translators"] = []
    _state["lang"] = "en"


_LOADED: dict[str, QTranslator] = {}


def _translator(lang: str) -> QTranslator | None:
    """The loaded translator of `lang`; a missing .qm is looked for again next time (it may be
    built meanwhile: `make translations`)."""
    if lang not in _LOADED:
        translator = QTranslator()
        if not translator.load(str(qm_path(lang))):
            return None
        _LOADED[lang] = translator
    return _LOADED[lang]


def translate_in(lang: str, context: str, text: str) -> str:
    """`text` (marked with QT_TRANSLATE_NOOP under `context`) in `lang`, whatever language
    the window is in: for the letter preview (the letter's language) and for the message
    about a language chosen in Settings."""
    if lang == "en":
        return text
    translator = _translator(lang)
    found = translator.translate(context, text) if translator is not None else ""
    return found or text
