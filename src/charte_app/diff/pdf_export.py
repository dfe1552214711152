"""PDF of a comparison: the documents package's PDF writer on the comparison document.

Reuses ``charte_app.documents`` for the bundled font, French typography of
the page furniture and the inserted (underlined, green) / deleted (struck,
red) run markup; owns nothing but the call.
"""

from __future__ import annotations

from ..documents.pdf_writer import write_pdf
from .document import comparison_document
from .model import Comparison


def render_pdf(comparison: Comparison, *, old_label: str, new_label: str) -> bytes:
    return write_pdf(comparison_document(comparison, old_label=old_label, new_label=new_label))
