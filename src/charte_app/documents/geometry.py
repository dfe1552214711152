"""Page geometry shared by the PDF and DOCX writers (A4, margins, furniture zones), in centimetres."""

from __future__ import annotations

PAGE_WIDTH = 21.0
PAGE_HEIGHT = 29.7
MARGIN_LEFT = 2.2
MARGIN_RIGHT = 2.2
MARGIN_TOP = 2.3
MARGIN_BOTTOM = 2.8
HEADER_DISTANCE = 1.0  # from the top edge to the header text
FOOTER_DISTANCE = 0.8  # from the bottom edge to the footer's lowest line
INITIALS_WIDTH = 2.8
INITIALS_HEIGHT = 1.3
INITIALS_ROW = 9.6  # a row of boxes beside the footer text never takes more (page_foot: beyond, a grid)
SIGNATURE_SPACE = 2.4  # room to sign inside each block
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
