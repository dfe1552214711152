"""Issue 21, point 14: Qt's own file and print dialogs speak French, labels with mnemonics included
(Qt 6 writes « &Look in: », « Page &Set: », which its French catalogue knows without the « & »)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QGroupBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from charte_app.ui import i18n

ENGLISH = ("Look in", "Files of", "File name", "Page Set", "Print range", "Copies:", "Cancel", "Properties")


def _texts(widget: QWidget) -> list[str]:
    texts = [label.text() for label in widget.findChildren(QLabel)]
    texts += [button.text() for button in widget.findChildren(QAbstractButton)]
    texts += [box.title() for box in widget.findChildren(QGroupBox)]
    return [t for t in texts if t]


def _built() -> None:
    """The catalogues compiled, as scripts/dev.py does at set-up."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import build_assets

    fix = i18n.catalogue_dir() / "qtbase_fix_fr.ts"
    qm = fix.with_suffix(".qm")
    if not qm.exists() or qm.stat().st_mtime < fix.stat().st_mtime:
        build_assets.release_translations()


def test_the_file_and_print_dialogs_show_no_english_label(qtbot: QtBot) -> None:
    _built()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    i18n.install(app, "fr")
    files = QFileDialog(None, "Exporter")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(files)
    printing = QPrintDialog(QPrinter())
    qtbot.addWidget(printing)
    shown = _texts(files) + _texts(printing)
    assert "&Voir dans\u00a0:" in shown and "Fichiers de &type\u00a0:" in shown
    assert "Pa&ges à imprimer\u00a0:" in shown  # "Page Set": even, odd or all pages
    assert [t for t in shown if any(word in t.replace("&", "") for word in ENGLISH)] == []


def test_english_keeps_qt_s_own_texts(qtbot: QtBot) -> None:
    _built()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        i18n.install(app, "en")
        files = QFileDialog(None, "Export")
        files.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(files)
        assert "&Look in:" in _texts(files)
    finally:
        i18n.install(app, "fr")
