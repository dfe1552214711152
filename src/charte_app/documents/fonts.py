"""The bundled font (Liberation Sans, licence in ``resources/fonts``), shared by both writers.

The PDF embeds these TrueType files. The DOCX names Arial, the font Liberation
Sans was drawn to match glyph for glyph (same advance widths): Word on Windows
uses Arial, LibreOffice substitutes Liberation Sans, and both break lines and
pages where the PDF does. (DejaVu, used before, is absent from Windows: Word
substituted a wider font and repaginated.)
"""

from __future__ import annotations

import codecs
import functools
from pathlib import Path
from typing import Any

from ..paths import bundled
from . import reportlab_import  # noqa: F401 - imported before reportlab: see there

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


@functools.cache
def _fast_font_class() -> Any:
    """reportlab's TTFont whose ``splitString`` encodes known text in C.

    Every string drawn with an embedded font goes through ``splitString``, a
    Python loop over each character that assigns it a code in one of the
    font's 256-glyph subsets: a fifth of the PDF time of a long convention.
    Once a character has its code the assignment never changes, so text made
    only of characters already in subset 0 (nearly all French text after the
    first lines) is encoded by ``codecs.charmap_encode`` with that table. Any
    other text (a new character, another subset, a missing glyph) takes
    reportlab's own path, which assigns codes, and the table is rebuilt.

    :meth:`FastTTFont.bundled` makes the font from the metrics kept in the
    user's cache (:mod:`.font_cache`) when they are there.
    """
    from fnmatch import fnmatch
    from weakref import WeakKeyDictionary

    from reportlab import rl_config
    from reportlab.pdfbase.ttfonts import TTEncoding, TTFont
    from reportlab.rl_config import unShapedFontGlob

    class FastTTFont(TTFont):
        @classmethod
        def bundled(cls, name: str, path: Path) -> Any:
            """The font of a bundled file, its metrics read from the cache or kept there."""
            from . import font_cache

            face = font_cache.load_face(path)
            if face is None:
                font = cls(name, str(path))
                font_cache.store_face(path, font.face)
                return font
            # TTFont.__init__ with the face given (test_font_cache checks the attributes match).
            font = cls.__new__(cls)
            font.fontName = name
            font.face = face
            font.encoding = TTEncoding()
            font.state = WeakKeyDictionary()
            font._asciiReadable = rl_config.ttfAsciiReadable
            font.shapable = not any(fnmatch(name, glob) for glob in unShapedFontGlob)
            return font

        def splitString(self, text: str, doc: Any, encoding: str = "utf-8") -> list[tuple[int, bytes]]:  # noqa: N802
            state = self.state.get(doc)
            table = getattr(state, "charte_codes", None)
            if table is not None and text and isinstance(text, str):
                try:
                    return [(0, codecs.charmap_encode(text, "strict", table)[0])]
                except UnicodeEncodeError:
                    pass
            result: list[tuple[int, bytes]] = super().splitString(text, doc, encoding)
            state = self.state[doc]
            codes = {code: n for code, n in state.assignments.items() if n < 256}
            codes[0xA0] = 32  # reportlab draws a no-break space as a space
            state.charte_codes = codes
            return result

    return FastTTFont


def register_pdf_fonts(bold_italic: bool = False) -> None:
    """Register the faces with reportlab (once per process).

    Parsing a face costs ~30 ms; bold italic is rare in these documents, so it
    is loaded only when a document uses it (until then it maps to bold).
    """
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    faces = ["regular", "bold", "italic"] + (["bold_italic"] if bold_italic else [])
    fresh = [face for face in faces if face not in _registered]
    if not fresh:
        return
    for face in fresh:
        pdfmetrics.registerFont(_fast_font_class().bundled(PDF_NAMES[face], font_path(face)))
        _registered.add(face)
    family = PDF_NAMES["regular"]
    addMapping(family, 0, 0, PDF_NAMES["regular"])
    addMapping(family, 1, 0, PDF_NAMES["bold"])
    addMapping(family, 0, 1, PDF_NAMES["italic"])
    addMapping(family, 1, 1, PDF_NAMES["bold_italic" if "bold_italic" in _registered else "bold"])
