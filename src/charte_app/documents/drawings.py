"""Renderings of one reportlab ``Drawing`` (a chart of the report, the actor map): SVG and PNG.

The PDF draws the drawing itself (vector). Everything else is rendered from that same drawing, so
screen, Word and paper never disagree: SVG by reportlab (the names stay text; the screen shows it
with QtSvg, the HTML preview inline), PNG by pdfium from the drawing's own PDF (the DOCX's image,
``charte-app map --format png``) — reportlab's raster back end needs a cairo binding we do not ship.
"""

from __future__ import annotations

import io
import re
import threading
from typing import Any

from . import reportlab_import  # noqa: F401 - imported before reportlab: see there
from .fonts import PDF_NAMES

# reportlab's renderers keep module-level state: one drawing rendered at a time.
_lock = threading.Lock()


def svg_text(drawing: Any, title: str | None = None) -> str:
    """The drawing as SVG text from ``<svg`` on (embeddable in HTML), in the bundled font's family."""
    from reportlab.graphics import renderSVG

    with _lock:
        text: str = renderSVG.drawToString(drawing)
    text = text[max(text.find("<svg"), 0) :]
    # reportlab names a font by its PDF name; viewers know the family (and Arial, its metric twin).
    for name in set(PDF_NAMES.values()):
        text = re.sub(rf"font-family: ?{re.escape(name)};", "font-family: 'Liberation Sans', Arial, sans-serif;", text)
    if title is not None:
        text = text.replace("<title>...</title>", f"<title>{title}</title>", 1)
    return text


def pdf_bytes(drawing: Any) -> bytes:
    """The drawing alone as a one-page PDF, the page cut to its size."""
    from reportlab.graphics import renderPDF

    out = io.BytesIO()
    with _lock:
        renderPDF.drawToFile(drawing, out, autoSize=1)
    return out.getvalue()


def png_bytes(drawing: Any, pixel_width: int) -> bytes:
    """The drawing as a PNG ``pixel_width`` pixels wide: its PDF rendered by pdfium."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf_bytes(drawing))
    try:
        image = document[0].render(scale=pixel_width / drawing.width).to_pil()
    finally:
        document.close()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=False)
    return buffer.getvalue()
