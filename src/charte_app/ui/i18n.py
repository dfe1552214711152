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


def catalogue_dir() -> Path:
    """Where ``charte_app_<lang>.qm`` files are (built from the .ts by scripts/build_assets.py)."""
    return bundled("resources") / "translations"


def install(app: QCoreApplication, language: str) -> list[str]:
    """Switch the application's translators to ``language``; returns the catalogues loaded.

    Widgets built afterwards use the new language (the main window is rebuilt on a change).
    """
    uninstall(app)
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English))
    loaded: list[str] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
        loaded.append(f"qtbase_{language}")
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
