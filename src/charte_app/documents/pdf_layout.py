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
from . import (
    page_foot,
    reportlab_import,  # noqa: F401 - imported before reportlab: see there
)
from .fonts import PDF_NAMES
from .structure import Furniture, Metadata

_NBSP = "\u00a0"  # "Empreinte : …": no ordinary space before the colon


def draw_furniture(canvas: Any, furniture: Furniture, page: int, total: int, logo: Any = None) -> None:
    draw_page_furniture(canvas, furniture, page_foot.of(furniture), page, total, logo)


def draw_page_furniture(
    canvas: Any, furniture: Furniture, foot: page_foot.Foot, page: int, total: int, logo: Any
) -> None:
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
        stamp = f"Empreinte{_NBSP}: {furniture.fingerprint or '…'}"
        canvas.setFont(regular, 7.5)
        canvas.drawRightString(right, top, stamp)
        room = right - left - page_foot.width(stamp, 7.5) - 12
        canvas.drawString(left, top, page_foot.drawn(page_foot.shorten(furniture.version_line or "", 7.5, room)))
    canvas.setStrokeColor(HexColor("#9a9a9a"))
    canvas.setLineWidth(0.4)
    canvas.line(left, top - 4, right, top - 4)
    # Footer: title and page number over the initials boxes (or beside them, for a few parties).
    line_y = foot.rule_y_cm * cm
    canvas.line(left, line_y, right, line_y)
    canvas.setFillColor(grey)
    text_y = foot.text_y_cm * cm
    page_right = right - (foot.columns * foot.box_width_cm * cm + 0.4 * cm if foot.side and foot.boxes else 0)
    canvas.setFont(bold, page_foot.PAGE_SIZE)
    canvas.drawRightString(page_right, text_y, f"Page {page} sur {total}")
    canvas.setFont(italic, foot.title.size)
    for index, line in enumerate(foot.title.lines):
        y = text_y + (len(foot.title.lines) - 1 - index) * foot.title.size * 1.2
        canvas.drawString(left, y, page_foot.drawn(line))
    if foot.boxes:
        canvas.setStrokeColor(grey)
        canvas.setLineWidth(0.6)
        canvas.setFont(regular, foot.label_size)
        box_w, box_h = foot.box_width_cm * cm, foot.box_height_cm * cm
        for box in foot.boxes:
            x_cm, y_cm = foot.box_origin_cm(box)
            x, y = left + x_cm * cm, y_cm * cm
            canvas.rect(x, y, box_w, box_h, stroke=1, fill=0)
            for index, line in enumerate(box.lines):
                baseline = y + box_h - 2 - foot.label_size - index * foot.label_leading
                canvas.drawString(x + page_foot.LABEL_PAD, baseline, page_foot.drawn(line))
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
            foot = page_foot.of(furniture)
            for number, state in enumerate(self._saved_pages, start=1):
                self.__dict__.update(state)
                draw_page_furniture(self, furniture, foot, number, total, logo)
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


def doc_template(buffer: Any, metadata: Metadata, bottom_margin: float = g.MARGIN_BOTTOM) -> Any:
    """An A4 document with one frame inside the margins (``bottom_margin`` in cm: above the page foot)."""
    from reportlab.lib.units import cm
    from reportlab.platypus import BaseDocTemplate, PageTemplate

    doc = BaseDocTemplate(
        buffer,
        pagesize=(g.PAGE_WIDTH * cm, g.PAGE_HEIGHT * cm),
        leftMargin=g.MARGIN_LEFT * cm,
        rightMargin=g.MARGIN_RIGHT * cm,
        topMargin=g.MARGIN_TOP * cm,
        bottomMargin=bottom_margin * cm,
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
