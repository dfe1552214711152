"""Printing the exported PDF itself on a QPrinter: every page as the PDF has it, one pass per original.

What is printed is the very PDF "Exporter en PDF" writes, rendered page by page with PDFium (pypdfium2)
onto the printer: each page keeps its footer with the version's fingerprint and the initials boxes, so a
printed copy can be checked page by page like the file (printing the HTML preview put the fingerprint on
page 1 only). ``QPainter`` leaves copies to the printer driver; a printer that cannot make copies itself
(printing to a PDF file, some drivers) would then give one copy where the coordinator needs one original
per party, so copies are laid out here when the printer does not support them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from charte_app.errors import OutputError

#: Rendering resolution on the printer: enough for 7-pt text and thin rules, a bounded image per page
#: (A4 at 300 dpi: 2480 × 3508 pixels) whatever resolution the driver announces.
MAX_DPI = 300
PDF_UNITS_PER_INCH = 72


def set_default_margins(printer: QPrinter) -> None:
    """No margins of the printer's own: the PDF page is the whole sheet, its margins already in it."""
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def print_pdf(pdf: Path, printer: QPrinter) -> int:
    """Print every page of ``pdf`` on ``printer``, once per copy asked; returns the pages of one copy."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        pages = len(document)
        width_pt, height_pt = document[0].get_size() if pages else (595.0, 842.0)
        printer.setFullPage(True)  # draw on the whole sheet: the PDF carries its own margins
        printer.setPageSize(QPageSize(QSizeF(width_pt, height_pt), QPageSize.Unit.Point))  # A4, as exported
        copies = 1 if printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
        painter = QPainter()
        if not painter.begin(printer):
            raise OutputError(
                "L'impression n'a pas pu commencer : vérifiez que l'imprimante est disponible, "
                "ou que le fichier de sortie n'est pas ouvert dans un autre programme."
            )
        try:
            dpi = min(printer.resolution(), MAX_DPI)
            sheet = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            for copy in range(copies):
                for index in range(pages):
                    if copy or index:
                        printer.newPage()
                    _draw_page(painter, document[index], dpi, sheet)
        finally:
            painter.end()
        return pages
    finally:
        document.close()


def _draw_page(painter: QPainter, page: object, dpi: int, sheet: QRectF) -> None:
    """Render one PDF page at ``dpi`` and draw it over the sheet, its proportions kept, centred."""
    bitmap = page.render(  # type: ignore[attr-defined]
        scale=dpi / PDF_UNITS_PER_INCH, rev_byteorder=True, prefer_bgrx=True, draw_annots=True, optimize_mode="print"
    )
    try:
        pixels = bytes(bitmap.buffer)  # kept alive while the QImage that points into it is drawn
        image = QImage(pixels, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888)
        scale = min(sheet.width() / image.width(), sheet.height() / image.height())
        width, height = image.width() * scale, image.height() * scale
        target = QRectF(
            sheet.x() + (sheet.width() - width) / 2, sheet.y() + (sheet.height() - height) / 2, width, height
        )
        painter.drawImage(target, image)
    finally:
        bitmap.close()
        page.close()  # type: ignore[attr-defined]
