"""The foot of every page, laid out once for both writers: running title and initials boxes.

A page of a signed convention is matched to its document by its running title and initialled by
every party: nothing there may be cut mid-word. This module decides, with the embedded font's
real metrics (Liberation Sans, Arial's twin, so Word measures the same), what the foot prints:

- the running title: the convention's ``short_title`` printed whole (smaller, or on two lines,
  when it must), else the title shortened at a word boundary with "…" (never "sp…");
- one initials box per party, labelled with a label that is never cut: "Paraphe de la CAF" when
  every such label holds in the box, else the party's short name ("La CAF"), wrapped at spaces
  and set smaller when it must. Up to six parties the boxes stand in a row beside the title (the
  historical foot); more parties, or labels that do not hold there, get a grid of full-width rows
  under the title, and the body's bottom margin grows to leave it room.

Lengths are in points unless named ``*_cm``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from . import geometry as g
from . import reportlab_import  # noqa: F401 - imported before reportlab: see there
from .fonts import PDF_NAMES, register_pdf_fonts
from .structure import Furniture

CM = 28.346456692913385  # points per centimetre (reportlab's cm)
TITLE_SIZE = 7.5
TITLE_MIN_SIZE = 6.0
PAGE_SIZE = 8.0
PAGE_GAP = 12.0  # between the title and "Page X sur Y"
SIDE_MAX_BOXES = 6  # beyond, a grid under the title
GRID_MAX_COLUMNS = 10
GRID_MAX_LINES = 6  # a full name as label (two parties share a short name) may need them
GRID_SIZES = (5.5, 5.0)
LABEL_PAD = 3.0  # left and right padding of a box's label
ROOM_TO_INITIAL = 0.6  # cm of each grid box left free under its label
TITLE_LINE = 0.55  # cm from the grid's top to the title's baseline
RULE_GAP = 0.25  # cm between the boxes (or the title) and the rule over the foot
BODY_GAP = 0.45  # cm between the rule and the body's last line

# Words a shortened title never ends on before its "…" ("Convention de …" says nothing).
_WEAK_ENDINGS = {
    "de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’", "et", "ou", "à", "au", "aux", "en",
    "pour", "sur", "par", "avec", "dans", "entre", "un", "une", "–", "-", "—", ":", ",", ";",
}  # fmt: skip


def width(text: str, size: float, face: str = "regular") -> float:
    """Width of ``text`` in points, set in the bundled face at ``size``."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register_pdf_fonts()
    return float(stringWidth(drawn(text), PDF_NAMES[face], size))


def drawn(text: str) -> str:
    """The text as the PDF draws it: the font has no U+2011, U+2010 is the same hyphen, unbroken."""
    return text.replace("\u2011", "\u2010") if "\u2011" in text else text


def wrap(text: str, size: float, room: float, face: str = "regular") -> list[str] | None:
    """``text`` broken at spaces into lines at most ``room`` wide; None when a word is wider.

    Never at a hyphen or inside a word: a label or a title is read whole or not at all.
    """
    lines: list[str] = []
    line = ""
    for word in text.split():
        if width(word, size, face) > room:
            return None
        candidate = f"{line} {word}" if line else word
        if line and width(candidate, size, face) > room:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines


def shorten(text: str, size: float, room: float, face: str = "regular") -> str:
    """``text`` whole when it fits, else its first words that fit followed by "…".

    The cut is at a word boundary and never leaves a weak word ("de", "la", "–") before the "…".
    """
    if width(text, size, face) <= room:
        return text
    words = text.split()
    kept: list[str] = []
    for word in words:
        if width(" ".join([*kept, word]) + "…", size, face) > room:
            break
        kept.append(word)
    while kept and (kept[-1].lower() in _WEAK_ENDINGS or kept[-1].lower().endswith(("'", "’"))):
        kept.pop()
    if not kept:  # not even the first word: it is printed whole, smaller (a word is never cut)
        return words[0] + "…" if len(words) > 1 else text
    return " ".join(kept).rstrip(",;:–-") + "…"


@dataclass(frozen=True)
class Title:
    """The running title as printed: its lines and size."""

    lines: tuple[str, ...]
    size: float


def running_title(text: str, given: bool, room: float) -> Title:
    """A short title the user chose is printed whole; the full title is shortened at a word."""
    if not given:
        line = shorten(text, TITLE_SIZE, room, "italic")
        size = TITLE_SIZE
        while width(line, size, "italic") > room and size > 4.0:  # a single word wider than the room
            size -= 0.5
        return Title((line,), size)
    size = TITLE_SIZE
    while size >= TITLE_MIN_SIZE:
        if width(text, size, "italic") <= room:
            return Title((text,), size)
        size -= 0.5
    lines = wrap(text, TITLE_MIN_SIZE, room, "italic") or [text]
    return Title(tuple(lines), TITLE_MIN_SIZE)


@dataclass(frozen=True)
class Box:
    """One party's initials box: where it stands in the grid and its label's lines."""

    row: int  # 0: the lowest row
    column: int
    lines: tuple[str, ...]


@dataclass
class Foot:
    """Everything the writers need to draw the foot of a page (positions from the page's bottom)."""

    title: Title
    side: bool  # the boxes stand beside the title (one row) or in a grid under it
    columns: int
    rows: int
    box_width_cm: float
    box_height_cm: float
    label_size: float
    boxes: list[Box] = field(default_factory=list)
    text_room: float = 0.0  # points left to the title on its line

    @property
    def label_leading(self) -> float:
        return round(self.label_size * 1.15, 2)

    @property
    def grid_height_cm(self) -> float:
        return self.rows * self.box_height_cm if self.boxes else 0.0

    @property
    def text_y_cm(self) -> float:
        """Baseline of the title and of "Page X sur Y"."""
        if self.side or not self.boxes:
            return g.FOOTER_DISTANCE + 0.75
        return g.FOOTER_DISTANCE + self.grid_height_cm + TITLE_LINE - 0.35

    @property
    def rule_y_cm(self) -> float:
        """Height of the rule over the foot."""
        if self.side or not self.boxes:
            return g.FOOTER_DISTANCE + g.INITIALS_HEIGHT + RULE_GAP
        extra = (len(self.title.lines) - 1) * self.title.size * 1.2 / CM
        return g.FOOTER_DISTANCE + self.grid_height_cm + TITLE_LINE + extra + RULE_GAP

    @property
    def bottom_margin_cm(self) -> float:
        """The body's bottom margin: the historical one, or more when the grid needs it."""
        return max(g.MARGIN_BOTTOM, round(self.rule_y_cm + BODY_GAP, 2))

    def box_origin_cm(self, box: Box) -> tuple[float, float]:
        """Lower left corner of ``box``, from the left margin and the page's bottom."""
        left = g.CONTENT_WIDTH - self.columns * self.box_width_cm if self.side else 0.0
        return left + box.column * self.box_width_cm, g.FOOTER_DISTANCE + box.row * self.box_height_cm


def _grid_box_height(size: float, lines: list[list[str]]) -> float:
    """Height of a grid box (cm): its label's lines, then room to initial."""
    most = max((len(label) for label in lines), default=1)
    return max(1.0, round((most * round(size * 1.15, 2) + 4) / CM + ROOM_TO_INITIAL, 2))


def _fits(labels: list[str], size: float, room: float, max_lines: int) -> list[list[str]] | None:
    out: list[list[str]] = []
    for label in labels:
        lines = wrap(label, size, room)
        if lines is None or len(lines) > max_lines:
            return None
        out.append(lines)
    return out


def _labelled(
    short: list[str], long: list[str], sizes: tuple[float, ...], room: float, max_lines: int
) -> tuple[float, list[list[str]]] | None:
    """The largest size at which every label holds: "Paraphe de …" first, else the short names."""
    for labels in ([long] if long and len(long) == len(short) else []) + [short]:
        for size in sizes:
            found = _fits(labels, size, room, max_lines)
            if found is not None:
                return size, found
    return None


def layout(
    title: str,
    *,
    given_title: bool = False,
    initials: list[str] | None = None,
    initials_long: list[str] | None = None,
) -> Foot:
    """The foot of every page of a document whose boxes carry ``initials`` (none: no box)."""
    short = list(initials or [])
    long = list(initials_long or [])
    content = g.CONTENT_WIDTH * CM
    page_room = width("Page 999 sur 999", PAGE_SIZE, "bold") + PAGE_GAP
    count = len(short)
    if count and count <= SIDE_MAX_BOXES:
        each = g.INITIALS_WIDTH if count == 1 else min(2.4, g.INITIALS_ROW / count)
        sizes = (6.5, 6.0, 5.5) if count <= 2 else (5.5, 5.0)
        found = _labelled(short, long, sizes, each * CM - 2 * LABEL_PAD, 2)
        room = content - count * each * CM - 0.4 * CM - page_room
        # Beside the boxes only when the title is read whole there; else it gets its own line.
        if found is not None and width(title, TITLE_SIZE, "italic") <= room:
            size, lines = found
            return Foot(
                title=running_title(title, given_title, room),
                side=True,
                columns=count,
                rows=1,
                box_width_cm=each,
                box_height_cm=g.INITIALS_HEIGHT,
                label_size=size,
                boxes=[Box(0, i, tuple(label)) for i, label in enumerate(lines)],
                text_room=room,
            )
    room = content - page_room
    foot_title = running_title(title, given_title, room)
    if not count:
        return Foot(foot_title, True, 0, 0, 0.0, 0.0, 0.0, [], room)
    # The grid as low as it can be: more rows of wider boxes when the labels need fewer lines.
    best: tuple[float, int, float, list[list[str]]] | None = None
    first = math.ceil(count / GRID_MAX_COLUMNS)
    for rows in range(first, min(count, first + 6) + 1):
        columns = math.ceil(count / rows)
        if (rows - 1) * columns >= count:
            continue  # the same columns as a lower grid, with an empty row
        each = g.CONTENT_WIDTH / columns
        for lines_max in range(1, GRID_MAX_LINES + 1):
            found = _labelled(short, long, GRID_SIZES, each * CM - 2 * LABEL_PAD, lines_max)
            if found is not None:
                height = rows * _grid_box_height(found[0], found[1])
                if best is None or height < best[0] - 1e-6:
                    best = (height, rows, found[0], found[1])
                break
    if best is None:  # a word wider than any box: one label per row, printed whole
        rows, size, lines = count, GRID_SIZES[-1], [[label] for label in short]
    else:
        _, rows, size, lines = best
    columns = math.ceil(count / rows)
    each = g.CONTENT_WIDTH / columns
    height = _grid_box_height(size, lines)
    # Row 0 is the lowest: the first parties stand in the top row, read from left to right.
    boxes = [Box(rows - 1 - i // columns, i % columns, tuple(label)) for i, label in enumerate(lines)]
    return Foot(foot_title, False, columns, rows, each, height, size, boxes, room)


def of(furniture: Furniture) -> Foot:
    """The foot of ``furniture``'s pages."""
    boxes = furniture.initials_boxes()
    return layout(
        furniture.footer_title,
        given_title=furniture.title_given,
        initials=boxes,
        initials_long=furniture.initials_long if boxes == furniture.initials else [],
    )
