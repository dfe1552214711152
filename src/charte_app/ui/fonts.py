"""The bundled Liberation Sans faces, registered with Qt so the preview and printing use them everywhere.

The documents are laid out in Liberation Sans (Arial's metric twin, shipped in resources/fonts): a system
without it (Windows has Arial but no Liberation, a bare Linux neither) would otherwise show the preview in a
substitute whose widths differ.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from charte_app.documents import fonts

FAMILY = "Liberation Sans"
_registered: list[str] = []


def register_bundled_fonts() -> list[str]:
    """Add every bundled face to the application's font database (once); returns the families added."""
    if not _registered:
        for face in fonts.FILES:
            font_id = QFontDatabase.addApplicationFont(str(fonts.font_path(face)))
            if font_id >= 0:
                _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(_registered))
