"""The bundled Liberation Sans is registered with Qt at start: preview and printing use it, not a substitute."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from pytestqt.qtbot import QtBot

from charte_app.documents import fonts as document_fonts
from charte_app.documents.service import build_document, to_html
from charte_app.samples import small_dossier
from charte_app.ui import fonts
from charte_app.ui.app import create_qapplication


def test_the_application_registers_the_four_bundled_faces(qtbot: QtBot) -> None:
    create_qapplication()
    assert sorted(set(fonts._registered)) == ["Liberation Sans"]  # done by create_qapplication, four faces
    assert len(fonts._registered) == 4
    assert fonts.register_bundled_fonts() == ["Liberation Sans"]  # once only
    styles = set(QFontDatabase.styles("Liberation Sans"))
    assert {"Regular", "Bold", "Italic", "Bold Italic"} <= styles
    # Each bundled file gives the family: a font id of the application's database, not the system's.
    font_id = QFontDatabase.addApplicationFont(str(document_fonts.font_path("regular")))
    assert QFontDatabase.applicationFontFamilies(font_id) == ["Liberation Sans"]
    QFontDatabase.removeApplicationFont(font_id)
    assert QFontInfo(QFont("Liberation Sans")).family() == "Liberation Sans"


def test_the_preview_asks_for_the_bundled_family() -> None:
    dossier = small_dossier()
    html = to_html(build_document(dossier, "charter"))
    assert "font-family: 'Liberation Sans'" in html and "DejaVu" not in html
