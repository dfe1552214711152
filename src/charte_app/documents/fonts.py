"""The bundled font (Liberation Sans, licence in ``resources/fonts``), shared by both writers.

The PDF embeds these TrueType files. The DOCX names Arial, the font Liberation
Sans was drawn to match glyph for glyph (same advance widths): Word on Windows
uses Arial, LibreOffice substitutes Liberation Sans, and both break lines and
pages where the PDF does. (DejaVu, used before, is absent from Windows: Word
substituted a wider font and repaginated.)
"""

from __future__ import annotations

from pathlib import Path

from ..paths import bundled

FAMILY = "Arial"  # the name the DOCX asks for: Liberation Sans's metric twin
FILES = {
    "regular": "LiberationSans-Regular.ttf",
    "bold": "LiberationSans-Bold.ttf",
    "italic": "LiberationSans-Italic.ttf",
    "bold_italic": "LiberationSans-BoldItalic.ttf",
}
# reportlab names: no spaces, one per face.
PDF_NAMES = {
    "regular": "LiberationSans",
    "bold": "LiberationSans-Bold",
    "italic": "LiberationSans-Italic",
    "bold_italic": "LiberationSans-BoldItalic",
}


def font_path(face: str) -> Path:
    return bundled("resources") / "fonts" / FILES[face]


_registered: set[str] = set()


def register_pdf_fonts(bold_italic: bool = False) -> None:
    """Register the faces with reportlab (once per process).

    Parsing a face costs ~30 ms; bold italic is rare in these documents, so it
    is loaded only when a document uses it (until then it maps to bold).
    """
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    faces = ["regular", "bold", "italic"] + (["bold_italic"] if bold_italic else [])
    fresh = [face for face in faces if face not in _registered]
    if not fresh:
        return
    for face in fresh:
        pdfmetrics.registerFont(TTFont(PDF_NAMES[face], str(font_path(face))))
        _registered.add(face)
    family = PDF_NAMES["regular"]
    addMapping(family, 0, 0, PDF_NAMES["regular"])
    addMapping(family, 1, 0, PDF_NAMES["bold"])
    addMapping(family, 0, 1, PDF_NAMES["italic"])
    addMapping(family, 1, 1, PDF_NAMES["bold_italic" if "bold_italic" in _registered else "bold"])
