"""The PDF writer's fast paths give the same bytes as reportlab's own code paths."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st

from charte_app.documents.fonts import PDF_NAMES, register_pdf_fonts

# French text, the no-break spaces and hyphens the writer uses, a CJK character (no glyph in
# Liberation Sans: notdef) and enough distinct symbols to open a second 256-glyph subset.
ALPHABET = st.sampled_from(
    list("aàâbcçdeéèêëfghiîïjklmnoôpqrstuùûvwxyz ABCÉ0123456789’«»–—…-.,;:!?€")
    + ["\u00a0", "\u2010", "\u202f", "\u4e00"]
    + [chr(0x0400 + i) for i in range(0, 300, 7)]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(ALPHABET, max_size=40), min_size=1, max_size=25))
def test_split_string_matches_reportlab(texts: list[str]) -> None:
    """The charmap-encoded strings are exactly what reportlab's loop gives, text after text, in
    one document whose subsets fill as new characters come (the state is shared, as in a PDF)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    register_pdf_fonts()
    fast = pdfmetrics.getFont(PDF_NAMES["regular"])
    assert type(fast) is not TTFont  # the writer's own subclass is the one registered
    slow = TTFont("reference", fast.face.filename)
    fast_doc = Canvas(io.BytesIO())._doc
    slow_doc = Canvas(io.BytesIO())._doc
    for text in texts * 2:  # the second pass goes through the fast path
        assert fast.splitString(text, fast_doc) == TTFont.splitString(slow, text, slow_doc)
