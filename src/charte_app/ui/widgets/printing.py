"""Printing HTML on a QPrinter: paginated, a footer on every page, one pass per original.

``QTextDocument.print_`` leaves copies to the printer driver; a printer that
cannot make copies itself (printing to a PDF file, some drivers) would then
give one copy where the coordinator needs one original per party. So copies
are laid out here when the printer does not support them, and each page gets a
footer naming the document with "Page i sur N", so loose pages can be matched.
"""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from charte_app.errors import OutputError


def set_default_margins(printer: QPrinter) -> None:
    """Administrative documents: 20 mm left and right, 15 mm top and bottom."""
    printer.setPageMargins(QMarginsF(20, 15, 20, 15), QPageLayout.Unit.Millimeter)


def print_html(html: str, printer: QPrinter, footer: str) -> int:
    """Print ``html`` on ``printer``; returns the number of pages of one copy."""
    rect = printer.pageLayout().paintRectPixels(printer.resolution())
    width = rect.width()
    footer_height = int(printer.resolution() * 0.35)  # about 9 mm under the text
    body_height = rect.height() - footer_height
    document = QTextDocument()
    document.documentLayout().setPaintDevice(printer)  # point sizes measured at the printer's resolution
    document.setDocumentMargin(0)  # the page margins already frame the text
    document.setHtml(html)
    document.setPageSize(QSizeF(width, body_height))
    pages = max(document.pageCount(), 1)
    copies = 1 if printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
    painter = QPainter()
    if not painter.begin(printer):
        raise OutputError(
            "L'impression n'a pas pu commencer : vérifiez que l'imprimante est disponible, "
            "ou que le fichier de sortie n'est pas ouvert dans un autre programme."
        )
    try:
        font = QFont("Liberation Sans")  # bundled, registered at start (ui.fonts)
        font.setPointSizeF(7.5)
        for copy in range(copies):
            for page in range(pages):
                if copy or page:
                    printer.newPage()
                painter.save()
                painter.translate(0, -page * body_height)
                document.drawContents(painter, QRectF(0, page * body_height, width, body_height))
                painter.restore()
                painter.setFont(font)
                painter.drawText(
                    QRectF(0, body_height, width, footer_height),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                    f"{footer} — Page {page + 1} sur {pages}",
                )
    finally:
        painter.end()
    return pages
