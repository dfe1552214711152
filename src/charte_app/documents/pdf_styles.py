"""PDF paragraph and table styles (reportlab), apart from layout and content.

Sizes are chosen so that a page of the PDF holds about what a page of the
DOCX holds with the same font (DejaVu Sans), keeping the two close.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import reportlab_import  # noqa: F401 - imported before reportlab: see there
from .fonts import PDF_NAMES, register_pdf_fonts

BODY_SIZE = 9.5
LEADING = 13.0
SMALL = 8.0
INK = "#1a1a1a"
CELL_SIZE = 8.3
CELL_LEADING = 10.5
CELL_PAD = 3.5
RULE = "#7a7a7a"
SHADE = "#e8e8e8"
TOTAL_SHADE = "#f3f3f3"
INSERTED = "#1a7f37"
DELETED = "#b42318"


@dataclass
class PdfStyles:
    paragraphs: dict[str, Any]
    cell: Any
    cell_right: Any
    cell_center: Any
    head: Any
    head_right: Any
    head_center: Any
    sign_pour: Any
    sign_text: Any
    sign_caption: Any
    made_at: Any


def _ink() -> Any:
    from reportlab.lib.colors import HexColor

    return HexColor(INK)


def __getattr__(name: str) -> Any:
    # A colour object, built lazily: reportlab is imported on first use only.
    if name == "INK_COLOR":
        return _ink()
    raise AttributeError(name)


def make_styles(bold_italic: bool = False) -> PdfStyles:
    register_pdf_fonts(bold_italic)
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    regular, bold, italic = PDF_NAMES["regular"], PDF_NAMES["bold"], PDF_NAMES["italic"]
    base = ParagraphStyle(
        "body",
        fontName=regular,
        fontSize=BODY_SIZE,
        leading=LEADING,
        alignment=TA_JUSTIFY,
        spaceAfter=4,
        textColor=_ink(),  # a Color object: a string is parsed again at every draw
        allowWidows=0,
        allowOrphans=0,
        bulletFontName=regular,  # reportlab's default is Helvetica, which would not be embedded
        bulletFontSize=BODY_SIZE,
        # Lines may break after a hyphen ("Châlons-/en-Champagne"), as Word breaks them; a narrow
        # table cell no longer cuts a word anywhere ("Ch/ampagne").
        embeddedHyphenation=1,
    )

    def derive(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    paragraphs = {
        "body": base,
        "title": derive("title", fontName=bold, fontSize=14.5, leading=19, alignment=TA_CENTER, spaceAfter=6),
        "subtitle": derive("subtitle", fontSize=10.5, leading=14, alignment=TA_CENTER, spaceAfter=2),
        "heading": derive(
            "heading", fontName=bold, fontSize=10.5, leading=14, alignment=TA_LEFT, spaceBefore=10, spaceAfter=4
        ),
        "subheading": derive("subheading", fontName=bold, alignment=TA_LEFT, spaceBefore=6, spaceAfter=3),
        "center": derive("center", alignment=TA_CENTER),
        "right": derive("right", alignment=TA_RIGHT, fontName=italic, spaceAfter=8),
        "visa": derive("visa", alignment=TA_LEFT, spaceAfter=2),
        "bullet": derive("bullet", leftIndent=16, bulletIndent=5, spaceAfter=2),
        "note": derive("note", fontName=italic, fontSize=SMALL, leading=10.5),
        "agreement": derive("agreement", fontName=bold, alignment=TA_LEFT, spaceBefore=10, spaceAfter=8),
    }
    cell = derive("cell", fontSize=CELL_SIZE, leading=CELL_LEADING, alignment=TA_LEFT, spaceAfter=0)
    head = ParagraphStyle("head", parent=cell, fontName=bold)
    return PdfStyles(
        paragraphs=paragraphs,
        cell=cell,
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        head=head,
        head_right=ParagraphStyle("head_right", parent=head, alignment=TA_RIGHT),
        head_center=ParagraphStyle("head_center", parent=head, alignment=TA_CENTER),
        sign_pour=derive("sign_pour", fontName=bold, alignment=TA_LEFT, spaceAfter=1),
        sign_text=derive("sign_text", alignment=TA_LEFT, spaceAfter=0),
        sign_caption=derive("sign_caption", fontName=italic, fontSize=SMALL, leading=10, alignment=TA_LEFT),
        made_at=derive("made_at", alignment=TA_LEFT, spaceBefore=4, spaceAfter=10),
    )
