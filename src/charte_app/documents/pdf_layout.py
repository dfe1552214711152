"""PDF page layout (reportlab): DocTemplate → PageTemplate → Frame, and the page furniture.

Kept apart from flowables and styles. "Page X sur Y" needs the page count, so
the canvas keeps each page's state and draws the furniture (header mark,
version and fingerprint, footer title, page number, initials box) when the
document is saved.
"""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from functools import cache
from typing import Any

from . import geometry as g
from . import reportlab_import  # noqa: F401 - imported before reportlab: see there
from .fonts import PDF_NAMES
from .structure import Furniture, Metadata

_NNBSP = "\u202f"


def _fit(canvas: Any, text: str, font: str, size: float, width: float) -> str:
    """Shorten ``text`` with "…" to fit ``width`` points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def draw_furniture(canvas: Any, furniture: Furniture, page: int, total: int, logo: Any = None) -> None:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.units import cm

    regular, bold, italic = PDF_NAMES["regular"], PDF_NAMES["bold"], PDF_NAMES["italic"]
    width, height = g.PAGE_WIDTH * cm, g.PAGE_HEIGHT * cm
    left, right = g.MARGIN_LEFT * cm, width - g.MARGIN_RIGHT * cm
    grey = HexColor("#555555")
    canvas.saveState()
    # Header: what this printed page belongs to.
    top = height - g.HEADER_DISTANCE * cm - 7
    if logo is not None and page == 1:
        # The first page's story starts with a spacer of the logo's height (see pdf_writer).
        image, (w, h) = logo
        canvas.drawImage(image, left, height - g.MARGIN_TOP * cm - h, width=w, height=h, mask="auto")
    if furniture.draft_mark:
        canvas.setFont(bold, 8.5)
        canvas.setFillColor(HexColor("#9b1c1c"))
        canvas.drawRightString(right, top, furniture.draft_mark)
    else:
        canvas.setFillColor(grey)
        stamp = f"Empreinte : {furniture.fingerprint or '…'}"
        canvas.setFont(regular, 7.5)
        canvas.drawRightString(right, top, stamp)
        from reportlab.pdfbase.pdfmetrics import stringWidth

        room = right - left - stringWidth(stamp, regular, 7.5) - 12
        canvas.drawString(left, top, _fit(canvas, furniture.version_line or "", regular, 7.5, room))
    canvas.setStrokeColor(HexColor("#9a9a9a"))
    canvas.setLineWidth(0.4)
    canvas.line(left, top - 4, right, top - 4)
    # Footer: title, page number, initials box.
    boxes = furniture.initials_boxes()
    each = g.initials_width(len(boxes)) * cm
    box_w = each * len(boxes)
    text_right = right - box_w - (0.4 * cm if box_w else 0)
    base = g.FOOTER_DISTANCE * cm
    line_y = base + g.INITIALS_HEIGHT * cm + 0.25 * cm
    canvas.line(left, line_y, right, line_y)
    canvas.setFillColor(grey)
    page_text = f"Page {page} sur {total}"
    canvas.setFont(bold, 8)
    canvas.drawRightString(text_right, base + 0.75 * cm, page_text)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    room = text_right - left - stringWidth(page_text, bold, 8) - 12
    canvas.setFont(italic, 7.5)
    canvas.drawString(left, base + 0.75 * cm, _fit(canvas, furniture.footer_title, italic, 7.5, room))
    if box_w:
        canvas.setStrokeColor(HexColor("#555555"))
        canvas.setLineWidth(0.6)
        size = 6.5 if len(boxes) <= 2 else 5.5
        for i, label in enumerate(boxes):
            x = right - box_w + i * each
            canvas.rect(x, base, each, g.INITIALS_HEIGHT * cm, stroke=1, fill=0)
            canvas.setFont(regular, size)
            text = label if len(boxes) == 1 else f"Paraphe {label}" if len(boxes) <= 2 else label
            canvas.drawString(x + 3, base + g.INITIALS_HEIGHT * cm - 8, _fit(canvas, text, regular, size, each - 6))
    canvas.restoreState()


def _timestamp(moment: datetime) -> Any:
    """reportlab's document time stamp set to ``moment`` (UTC): real dates, same bytes for the same moment."""
    from reportlab.pdfbase.pdfdoc import TimeStamp

    stamp = TimeStamp(invariant=1)
    utc = moment.astimezone(UTC)
    stamp.t = utc.timestamp()
    stamp.lt = utc.timetuple()
    stamp.YMDhms = tuple(stamp.lt)[:6]
    stamp.dhh = stamp.dmm = 0
    stamp.tzname = "UTC"
    return stamp


def _info_class(base: type, fingerprint: str) -> type:
    """The PDF's Info dictionary plus ``/Fingerprint``: the version's full SHA-256, machine-readable."""
    from reportlab.pdfbase.pdfdoc import PDFString

    class Info(base):
        def format(self, document: Any) -> Any:
            formatted = super().format(document)
            entry = b"/Fingerprint " + PDFString(fingerprint).format(document)
            return formatted.replace(b"/Keywords", entry + b"\n/Keywords", 1)

    return Info


def canvas_class(furniture: Furniture, logo: Any = None, metadata: Metadata | None = None) -> type:
    """A canvas that draws the furniture on every page once the page count is known."""
    from reportlab.pdfgen.canvas import Canvas

    class FurnitureCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Otherwise every page starts in Helvetica, a font the PDF would reference unembedded.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or PDF_NAMES["regular"]
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []
            if metadata is not None and metadata.created is not None:
                self._doc._timeStamp = _timestamp(metadata.created)
            if metadata is not None and metadata.fingerprint:
                info = self._doc.info
                info.__class__ = _info_class(type(info), metadata.fingerprint)

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            for number, state in enumerate(self._saved_pages, start=1):
                self.__dict__.update(state)
                draw_furniture(self, furniture, number, total, logo)
                Canvas.showPage(self)
            Canvas.save(self)

    return FurnitureCanvas


#: Values a deep copy shares rather than copies (``copy.deepcopy`` returns them as they are).
_ATOMS = frozenset({int, float, str, bool, type(None)})


@cache
def frame_class() -> type:
    """reportlab's ``Frame``, deep-copied at a fraction of the cost.

    platypus deep-copies the current frame each time it measures a block kept on one page
    (``KeepTogether``: about a hundred in a 40-party convention), through ``copy.deepcopy``'s generic
    machinery: a sixth of the layout's time. A frame holds numbers, text and a list or two; the copy
    below shares the former, as ``deepcopy`` does, and deep-copies anything else.
    """
    from reportlab.platypus import Frame

    class BodyFrame(Frame):
        def __deepcopy__(self, memo: dict[int, Any]) -> Any:
            clone = self.__class__.__new__(self.__class__)
            memo[id(self)] = clone
            clone.__dict__.update(
                (key, value if type(value) in _ATOMS else copy.deepcopy(value, memo))
                for key, value in self.__dict__.items()
            )
            return clone

    return BodyFrame


def doc_template(buffer: Any, metadata: Metadata) -> Any:
    """An A4 document with one frame inside the margins."""
    from reportlab.lib.units import cm
    from reportlab.platypus import BaseDocTemplate, PageTemplate

    doc = BaseDocTemplate(
        buffer,
        pagesize=(g.PAGE_WIDTH * cm, g.PAGE_HEIGHT * cm),
        leftMargin=g.MARGIN_LEFT * cm,
        rightMargin=g.MARGIN_RIGHT * cm,
        topMargin=g.MARGIN_TOP * cm,
        bottomMargin=g.MARGIN_BOTTOM * cm,
        title=metadata.title,
        author=metadata.author,
        subject=metadata.subject,
        keywords=metadata.keywords,
        creator="charte-app",
        lang=metadata.language,
        invariant=1,  # same content → same bytes (no timestamps or random ids)
    )
    frame = frame_class()(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return doc
