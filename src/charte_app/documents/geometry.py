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
INITIALS_ROW = 9.6  # the row of one box per party never takes more than this
INITIALS_MAX_BOXES = 8  # beyond, one wide box shared by all parties (1.2 cm each is the smallest usable)
SIGNATURE_SPACE = 2.4  # room to sign inside each block
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT


def initials_width(count: int) -> float:
    """Width of each initials box: full for one or two parties, a compact row for many.

    ``count`` is the number of boxes drawn (see ``Furniture.initials_boxes``): never more than
    ``INITIALS_MAX_BOXES``, so the row always fits beside the footer text.
    """
    if count <= 0:
        return 0.0
    if count == 1:
        return INITIALS_WIDTH
    return min(2.4, INITIALS_ROW / count)
