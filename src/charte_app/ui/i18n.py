"""Languages: French by default (source strings are French), English from the Qt Linguist catalogue.

Qt's own ``qtbase_<lang>`` catalogue is loaded too, so standard buttons
("Annuler", "Oui"…) and dialogs speak the same language as the application.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from charte_app.paths import bundled

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"
SETTING_KEY = "language"

_installed: list[QTranslator] = []
_language = DEFAULT_LANGUAGE


def plural(translated: str, french_singular: str, n: int) -> str:
    """A count in words: ``translated`` is ``tr("%n engagements", "", n)`` (English plural forms come
    from the catalogue's numerus forms); French, the source language, has no catalogue, so its singular
    (used for 0 and 1: "0 engagement", "1 engagement") is given here.
    """
    if _language == "fr" and abs(n) < 2:
        return french_singular.replace("%n", str(n))
    return translated


def current_language() -> str:
    return _language


def catalogue_dir() -> Path:
    """Where ``charte_app_<lang>.qm`` files are (built from the .ts by scripts/build_assets.py)."""
    return bundled("resources") / "translations"


def install(app: QCoreApplication, language: str) -> list[str]:
    """Switch the application's translators to ``language``; returns the catalogues loaded.

    Widgets built afterwards use the new language (the main window is rebuilt on a change).
    """
    global _language
    uninstall(app)
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    _language = language
    QLocale.setDefault(QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English))
    loaded: list[str] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    # Qt's catalogue ("Voir dans :", "Fichiers de type :" in file dialogs), or the copy shipped with
    # the application when this Qt build has none.
    if qt_translator.load(f"qtbase_{language}", qt_dir) or qt_translator.load(
        f"qtbase_{language}", str(catalogue_dir())
    ):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
        loaded.append(f"qtbase_{language}")
    # Qt's strings that catalogue misses ("&Look in:" since Qt 6 added the mnemonic): the application's
    # own small catalogue, queried first (installed last).
    fix = QTranslator(app)
    if fix.load(f"qtbase_fix_{language}", str(catalogue_dir())):
        app.installTranslator(fix)
        _installed.append(fix)
    if language != "fr":  # French is the source language: no catalogue needed
        own = QTranslator(app)
        if own.load(f"charte_app_{language}", str(catalogue_dir())):
            app.installTranslator(own)
            _installed.append(own)
            loaded.append(f"charte_app_{language}")
    return loaded


def uninstall(app: QCoreApplication) -> None:
    while _installed:
        app.removeTranslator(_installed.pop())
