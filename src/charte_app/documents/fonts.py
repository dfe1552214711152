"""The bundled font (DejaVu Sans, licence in ``resources/fonts``), shared by both writers.

The PDF embeds these TrueType files; the DOCX names the same family, so Word
and LibreOffice (which ships DejaVu) paginate alike.
"""

from __future__ import annotations

from pathlib import Path

from ..paths import bundled

FAMILY = "DejaVu Sans"  # the name the DOCX asks for
FILES = {
    "regular": "DejaVuSans.ttf",
    "bold": "DejaVuSans-Bold.ttf",
    "italic": "DejaVuSans-Oblique.ttf",
    "bold_italic": "DejaVuSans-BoldOblique.ttf",
}
# reportlab names: no spaces, one per face.
PDF_NAMES = {
    "regular": "DejaVuSans",
    "bold": "DejaVuSans-Bold",
    "italic": "DejaVuSans-Oblique",
    "bold_italic": "DejaVuSans-BoldOblique",
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
