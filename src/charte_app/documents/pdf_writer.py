"""PDF writer: the neutral structure → reportlab flowables → bytes.

Content only: styles come from :mod:`.pdf_styles`, pages and furniture from
:mod:`.pdf_layout`. Runs map to reportlab's inline markup; inserted / deleted
runs are underlined green / struck red for comparison exports.
"""

from __future__ import annotations

import functools
import io
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ..domain.text import substitute
from ..errors import OutputError
from . import collector, page_foot, reportlab_import
from . import geometry as g
from .fonts import PDF_NAMES
from .pdf_layout import canvas_class, doc_template
from .pdf_styles import (
    CELL_LEADING,
    CELL_PAD,
    CELL_SIZE,
    DELETED,
    INK_COLOR,
    INSERTED,
    RULE,
    SHADE,
    TOTAL_SHADE,
    PdfStyles,
    make_styles,
)
from .pdf_text import Face, Measures, NeedsReportlab, fast_paragraph_class, plain_spaces, table_class, words_of
from .structure import Cell, Document, Figure, PageBreak, Paragraph, Run, SignaturePage, Table

# reportlab breaks lines at U+202F (it counts it as white space); U+00A0 keeps
# "15 000,00 €" and "; ! ?" together, with the same glyph metrics in DejaVu.
# Liberation Sans has no U+2011 glyph: U+2010 (the same hyphen drawn) is one reportlab never
# breaks at, where it breaks after "-" as Word does; "L. 121‐6‐2" stays whole.
_NO_BREAK = {"\u202f": "\u00a0", "\u2011": "\u2010"}
# Table cells default to Helvetica (never embedded) even when they only hold paragraphs.
_CELL_FONT = ("FONTNAME", (0, 0), (-1, -1), PDF_NAMES["regular"])


def _escape(text: str) -> str:
    """reportlab's markup escaping (``xml.sax.saxutils.escape``, whose import pulls in urllib,
    http, email and ssl: 12 ms of every export for three replacements)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run_markup(runs: list[Run]) -> str:
    parts: list[str] = []
    for run in runs:
        text = _escape(substitute(run.text, _NO_BREAK))
        if run.superscript:
            text = f"<super>{text}</super>"
        if run.italic:
            text = f"<i>{text}</i>"
        if run.bold:
            text = f"<b>{text}</b>"
        if run.inserted:
            text = f'<u><font color="{INSERTED}">{text}</font></u>'
        if run.deleted:
            text = f'<strike><font color="{DELETED}">{text}</font></strike>'
        parts.append(text)
    return "".join(parts)


@functools.cache
def _memo_paragraph() -> Any:
    """reportlab's Paragraph, remembering its last wrap.

    Platypus wraps the same paragraph several times at the same width (keep
    with next, table height, table split, cell drawing); line breaking is the
    costliest step of a long document, and its result only depends on the width.
    """
    from reportlab.platypus import Paragraph as RLParagraph

    class MemoParagraph(RLParagraph):
        _memo: tuple[float, tuple[float, float]] | None = None

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
            memo = self._memo
            # split() drops blPara when it moves the paragraph: then break the lines again.
            if memo is not None and memo[0] == availWidth and "blPara" in self.__dict__:
                self.width = availWidth
                return memo[1]
            size = super().wrap(availWidth, availHeight)
            self._memo = (availWidth, size)
            return size

    return MemoParagraph


class _Frags:
    """Paragraphs of runs: :class:`.pdf_text.FastParagraph` when it can, else reportlab's, without its
    markup parser.

    For each style and formatting (bold, italic, superscript) reportlab parses a
    one-letter sample once: it gives the face (font, size, rise, colour) of the
    fast paragraph, and every run of a reportlab paragraph is a clone of that
    fragment with its own text. Inserted / deleted runs (comparisons) and unusual
    white space go through reportlab's parser and paragraph.
    """

    def __init__(self) -> None:
        self._samples: dict[tuple[str, bool, bool, bool], Any] = {}
        self._faces: dict[tuple[str, bool, bool, bool], Face] = {}
        self.measures = Measures()

    def _sample(self, style: Any, run: Run) -> Any:
        key = (style.name, run.bold, run.italic, run.superscript)
        frag = self._samples.get(key)
        if frag is None:
            from reportlab.platypus import Paragraph as RLParagraph

            markup = run_markup([Run("x", bold=run.bold, italic=run.italic, superscript=run.superscript)])
            frag = self._samples[key] = RLParagraph(markup, style).frags[0]
        return frag

    def _face(self, style: Any, run: Run) -> Face:
        key = (style.name, run.bold, run.italic, run.superscript)
        face = self._faces.get(key)
        if face is None:
            frag = self._sample(style, run)
            face = self._faces[key] = Face(frag.fontName, frag.fontSize, getattr(frag, "rise", 0) or 0, frag.textColor)
        return face

    def reportlab(self, runs: list[Run], style: Any, bullet: str | None = None) -> Any:
        """reportlab's paragraph of these runs."""
        if not runs or any(r.inserted or r.deleted for r in runs):
            return _memo_paragraph()(run_markup(runs), style, bulletText=bullet)
        frags = [self._sample(style, r).clone(text=substitute(r.text, _NO_BREAK), link=[], us_lines=[]) for r in runs]
        text = "".join(r.text for r in runs)
        return _memo_paragraph()(text, style, bulletText=bullet, frags=frags)

    def paragraph(self, runs: list[Run], style: Any, bullet: str | None = None) -> Any:
        if not runs or any(r.inserted or r.deleted for r in runs):
            return self.reportlab(runs, style, bullet)
        runs = [
            Run(substitute(r.text, _NO_BREAK), bold=r.bold, italic=r.italic, superscript=r.superscript) for r in runs
        ]
        if not plain_spaces(runs):
            return self.reportlab(runs, style, bullet)
        try:
            words = words_of([(self._face(style, r), r) for r in runs], self.measures)
        except NeedsReportlab:
            return self.reportlab(runs, style, bullet)
        return fast_paragraph_class()(
            words,
            style,
            single=len(runs) == 1,
            measures=self.measures,
            bullet=bullet,
            runs=runs,
            fallback=lambda rest, rest_bullet: self.reportlab(rest, style, rest_bullet),
        )


@functools.cache
def _cell_style_class() -> Any:
    """reportlab's cell style with the tables' common settings as defaults.

    The same as the commands ``FONTNAME``, ``FONTSIZE``, ``LEADING``, ``TEXTCOLOR``, ``VALIGN`` and
    the four paddings over every cell, which reportlab applies cell by cell (a thousand cells in a
    long convention's tables, ten commands each).
    """
    from reportlab.platypus.tables import CellStyle

    class DocumentCellStyle(CellStyle):
        fontname = PDF_NAMES["regular"]
        fontsize = CELL_SIZE
        leading = CELL_LEADING
        color = INK_COLOR
        valign = "TOP"
        topPadding = 2.5
        bottomPadding = 3
        leftPadding = CELL_PAD
        rightPadding = CELL_PAD

    return DocumentCellStyle


@dataclass
class SignatureSpot:
    """Where a signatory signs: page (1-based) and box in PDF points, for e-signature fields."""

    party: str
    page: int
    box: tuple[float, float, float, float]


def _signature_space(height: float, width: float, party: str, spots: list[SignatureSpot]) -> Any:
    """The room to sign in a block; when drawn, it records where it landed."""
    from reportlab.platypus import Spacer

    class SignatureSpace(Spacer):
        def draw(self) -> None:
            x, y = self.canv.absolutePosition(0, 0)
            spots.append(SignatureSpot(party, self.canv.getPageNumber(), (x, y, x + width, y + self.height)))

    return SignatureSpace(1, height)


class _Flow:
    """Builds the flowables of one document."""

    def __init__(self, styles: PdfStyles, *, split_rows: bool = False) -> None:
        from reportlab.lib.units import cm

        self.spots: list[SignatureSpot] = []
        self.styles = styles
        self.split_rows = split_rows
        self.width = g.CONTENT_WIDTH * cm
        self.cm = cm
        self.frags = _Frags()
        self.widths: dict[tuple[str, str], float] = {}

    def paragraph(self, para: Paragraph) -> Any:

        style = self.styles.paragraphs.get(para.style, self.styles.paragraphs["body"])
        bullet = "–" if para.style == "bullet" else None
        flowable = self.frags.paragraph(para.runs, style, bullet)
        if para.keep_with_next or para.style in ("heading", "subheading", "agreement"):
            flowable.keepWithNext = True
        return flowable

    def _cell(self, cell: Cell, head: bool) -> Any:

        s = self.styles
        style = {
            ("left", False): s.cell,
            ("right", False): s.cell_right,
            ("center", False): s.cell_center,
            ("left", True): s.head,
            ("right", True): s.head_right,
            ("center", True): s.head_center,
        }[(cell.align, head)]
        return self.frags.paragraph(cell.runs, style)

    @staticmethod
    def _pieces(paragraph: Any, width: float, height: float = 300.0) -> list[Any]:
        """A cell's paragraph cut into pieces at most ``height`` high: a row splits between them."""
        pieces: list[Any] = []
        rest = paragraph
        while True:
            rest.wrap(width, 10**7)
            parts = rest.split(width, height) if rest.height > height else []
            if len(parts) < 2:
                pieces.append(rest)
                return pieces
            pieces.append(parts[0])
            rest = parts[1]

    def _plain(self, cell: Cell, width: float) -> str | None:
        """A cell drawn as plain lines (no paragraph object: several times faster), or None.

        Only for one run of plain or bold text; lines break at ordinary spaces,
        as a paragraph would, and a word wider than the column falls back to a
        paragraph.
        """
        if len(cell.runs) != 1:
            return None if cell.runs else ""
        run = cell.runs[0]
        if run.superscript or run.inserted or run.deleted or run.italic:
            return None
        font = PDF_NAMES["bold"] if run.bold else PDF_NAMES["regular"]
        room = width - 2 * CELL_PAD
        space = self._width(" ", font)
        lines: list[str] = []
        line, used = "", 0.0
        for word in substitute(run.text, _NO_BREAK).split(" "):
            size = self._width(word, font)
            if size > room:
                return None
            if line and used + space + size <= room:
                line, used = f"{line} {word}", used + space + size
            else:
                if line:
                    lines.append(line)
                line, used = word, size
        lines.append(line)
        return "\n".join(lines)

    def _width(self, word: str, font: str) -> float:
        key = (word, font)
        found = self.widths.get(key)
        if found is None:
            from reportlab.pdfbase.pdfmetrics import stringWidth

            found = self.widths[key] = stringWidth(word, font, CELL_SIZE)
        return found

    def table(self, table: Table) -> Any:
        from reportlab.lib.colors import HexColor
        from reportlab.platypus import TableStyle

        scale = self.width / sum(table.widths)
        widths = [w * scale for w in table.widths]
        bold = PDF_NAMES["bold"]
        # Font, size, leading, colour, vertical alignment and paddings of every cell are the cell
        # style's defaults (_cell_style_class), not commands applied cell by cell.
        commands: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, 0), bold),
            ("GRID", (0, 0), (-1, -1), 0.4, HexColor(RULE)),
            ("BACKGROUND", (0, 0), (-1, 0), HexColor(SHADE)),
        ]
        for column, cell in enumerate(table.header.cells):
            if cell.align != "left":
                commands.append(("ALIGN", (column, 0), (column, -1), cell.align.upper()))
        data: list[list[Any]] = []
        for index, row in enumerate([table.header, *table.rows]):
            head = index == 0 or row.total
            span = row.label_span() if row.total else 0
            cells: list[Any] = []
            for column, cell in enumerate(row.cells):
                width = sum(widths[column : column + span + 1]) if column == 0 else widths[column]
                if self.split_rows:
                    cells.append(self._pieces(self._cell(cell, head), width - 2 * CELL_PAD))
                    continue
                plain = self._plain(cell, width)
                if plain is None:
                    cells.append(self._cell(cell, head))
                else:
                    cells.append(plain)
                    if cell.runs and cell.runs[0].bold and not head:
                        commands.append(("FONTNAME", (column, index), (column, index), bold))
            data.append(cells)
            if row.total:
                commands.append(("FONTNAME", (0, index), (-1, index), bold))
                commands.append(("BACKGROUND", (0, index), (-1, index), HexColor(TOTAL_SHADE)))
                if span:
                    commands.append(("SPAN", (0, index), (span, index)))
                if index > 1 and not table.rows[index - 2].total:
                    # The row before a subtotal never ends a page without it (Word: keep with next).
                    commands.append(("NOSPLIT", (0, index - 1), (-1, index)))
        if table.kept_whole and not self.split_rows:
            commands.append(("NOSPLIT", (0, 0), (-1, -1)))  # a short table moves to the next page whole
        # Rows never split (reportlab's default) unless one is taller than a page (a very long text in
        # a cell): then the second pass splits them; the header row repeats on every page.
        cell_style = _cell_style_class()
        styles = [[cell_style(repr((i, j))) for j in range(len(widths))] for i in range(len(data))]
        flowable = table_class()(
            data,
            colWidths=widths,
            repeatRows=1,
            style=TableStyle(commands),
            splitInRow=int(self.split_rows),
            cellStyles=styles,
        )
        flowable.hAlign = "LEFT"
        return flowable

    def _block(self, sig: Any) -> list[Any]:
        """Party (bold), name, function: one paragraph each, the room to sign, then the caption."""
        s = self.styles
        lines = sig.lines()
        party = re.sub(r"^(?:le |la |les |l['’])", "", sig.pour.removeprefix("Pour ").strip())
        # An empty line (a name not given yet) keeps its height, as it did in one paragraph.
        texts = [
            self.frags.paragraph([Run(line or "\u00a0", bold=index == 0)], s.sign_text)
            for index, line in enumerate(lines)
        ]
        return [
            *texts,
            _signature_space(g.SIGNATURE_SPACE * self.cm, self.width / 2 - 12, party, self.spots),
            self.frags.paragraph([Run(sig.caption)], s.sign_caption),
        ]

    def signature(self, page: SignaturePage) -> Any:
        """ "Fait à …" as a header row repeated above the blocks on every page; rows never split."""
        from reportlab.platypus import Table as RLTable
        from reportlab.platypus import TableStyle

        half = self.width / 2
        rows: list[list[Any]] = [[self.frags.paragraph(page.made_at, self.styles.made_at), ""]]
        blocks = page.blocks
        for i in range(0, len(blocks), 2):
            cells = [self._block(b) for b in blocks[i : i + 2]]
            # Same room to sign in both blocks of a row, whatever the length of their names.
            heights = [sum(p.wrap(half - 12, 10_000)[1] for p in cell[:-2]) for cell in cells]
            for cell, height in zip(cells, heights, strict=True):
                cell[-2].height += max(heights) - height
            rows.append([*cells] + ([""] if len(cells) == 1 else []))
        style = TableStyle(
            [
                _CELL_FONT,
                ("SPAN", (0, 0), (1, 0)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 12),
                ("TOPPADDING", (0, 1), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 14),
            ]
        )
        flowable = RLTable(rows, colWidths=[half, half], repeatRows=1, style=style)
        flowable.hAlign = "LEFT"
        return flowable

    def title_box(self, paragraphs: list[Paragraph]) -> Any:
        """The title block, framed, as French administrations print it."""
        from reportlab.lib.colors import HexColor
        from reportlab.platypus import Table as RLTable
        from reportlab.platypus import TableStyle

        cells = [[self.paragraph(p)] for p in paragraphs]
        box = RLTable(
            cells,
            colWidths=[self.width],
            style=TableStyle(
                [
                    _CELL_FONT,
                    ("BOX", (0, 0), (-1, -1), 0.9, HexColor("#333333")),
                    ("TOPPADDING", (0, 0), (-1, 0), 10),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 10),
                    ("LEFTPADDING", (0, 0), (-1, -1), 14),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 14),
                ]
            ),
        )
        return box

    def flowables(self, document: Document) -> list[Any]:
        from reportlab.platypus import CondPageBreak, Spacer
        from reportlab.platypus import PageBreak as RLPageBreak

        story: list[Any] = []
        for section in document.sections:
            if section.page_break_before and story:
                story.append(RLPageBreak())
            if section.kind == "title" and section.heading is None:
                titles = [b for b in section.blocks if isinstance(b, Paragraph) and b.style in ("title", "subtitle")]
                if titles:
                    story.append(self.title_box(titles))
                    story.append(Spacer(1, 0.5 * self.cm))
                rest = [b for b in section.blocks if b not in titles]
            else:
                rest = section.blocks
                if section.heading is not None:
                    story.append(self.paragraph(section.heading))
            # Where the run of keep-with-next paragraphs before a table starts (the heading's, if any).
            chain: int | None = len(story) - 1 if section.heading is not None else None
            for position, block in enumerate(rest):
                if isinstance(block, Paragraph):
                    flowable = self.paragraph(block)
                    if getattr(flowable, "keepWithNext", False):
                        chain = len(story) if chain is None else chain
                    following = rest[position + 1] if position + 1 < len(rest) else None
                    if (
                        isinstance(following, Table)
                        and not following.kept_whole
                        and getattr(flowable, "keepWithNext", False)
                    ):
                        # As Word does: the lines announcing a table stay with its first rows, not with
                        # the whole table (reportlab would move all of it to the next page).
                        flowable.keepWithNext = False
                        start = chain if chain is not None else len(story)
                        story.insert(start, CondPageBreak(3.2 * self.cm))
                    story.append(flowable)
                    if not getattr(flowable, "keepWithNext", False):
                        chain = None
                    continue
                chain = None
                if isinstance(block, Table):
                    story.append(self.table(block))
                    story.append(Spacer(1, 5))
                elif isinstance(block, SignaturePage):
                    story.append(Spacer(1, 0.3 * self.cm))
                    story.append(self.signature(block))
                elif isinstance(block, PageBreak):
                    story.append(RLPageBreak())
                elif isinstance(block, Figure) and block.drawing is not None:
                    # The vector drawing itself: the chart stays sharp at any zoom.
                    story.append(block.drawing)
                    story.append(Spacer(1, 5))
        return story


#: Longest side of the logo drawn in the PDF: 1.2 cm high, 2 000 pixels are 4 000 dpi and more.
LOGO_MAX_SIDE = 2000
_logos: dict[tuple[str, int, int], Any] = {}


def letterhead_logo(letterhead: Path | None) -> Any:
    """The first image of the letterhead's header, scaled to 1.2 cm high, or None.

    Its size is read from its header before anything is decoded (Pillow's ``open`` is lazy):
    beyond :data:`.letterhead.MAX_IMAGE_PIXELS` the letterhead is refused in French, and Pillow's
    own English ``DecompressionBombWarning`` never reaches stderr. A large image is decoded and
    scaled down to :data:`LOGO_MAX_SIDE` once, and kept while the file is unchanged.
    """
    if letterhead is None:
        return None
    import os

    try:
        info = os.stat(letterhead)
    except OSError:
        return None
    key = (str(letterhead), info.st_mtime_ns, info.st_size)
    if key not in _logos:
        logo = _read_logo(letterhead)
        _logos.clear()
        _logos[key] = logo
    return _logos[key]


def _read_logo(letterhead: Path) -> Any:
    import warnings

    from .letterhead import check_image_size, first_header_image

    data = first_header_image(letterhead)
    if data is None:
        return None
    from reportlab.lib.units import cm
    from reportlab.lib.utils import ImageReader

    pillow = reportlab_import.load_pillow()  # ImageReader's Pillow, deferred until now
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", pillow.DecompressionBombWarning)
            opened = pillow.open(io.BytesIO(data))  # the header only
    except pillow.DecompressionBombError:
        opened = None  # beyond twice Pillow's own limit: refused below from the header's size
    except Exception:  # noqa: BLE001 - an unreadable logo is skipped, the document still prints
        return None
    from .letterhead import image_size

    size = opened.size if opened is not None else image_size(data)
    if size is None:
        return None
    check_image_size(letterhead, "logo", *size)
    try:
        if max(size) > LOGO_MAX_SIDE and opened is not None:
            opened.draft("RGB", (LOGO_MAX_SIDE, LOGO_MAX_SIDE))  # a JPEG decodes at 1/2, 1/4 or 1/8
            opened.thumbnail((LOGO_MAX_SIDE, LOGO_MAX_SIDE))
            image = ImageReader(opened)
        else:
            image = ImageReader(io.BytesIO(data))
        w, h = image.getSize()
    except Exception:  # noqa: BLE001 - an unreadable logo is skipped, the document still prints
        return None
    height = 1.2 * cm
    return image, (w * height / h, height)


def _uses_bold_italic(document: Document) -> bool:
    for block in document.blocks():
        if isinstance(block, Paragraph):
            runs = block.runs
        elif isinstance(block, Table):
            runs = [r for row in [block.header, *block.rows] for c in row.cells for r in c.runs]
        else:
            continue
        if any(r.bold and r.italic for r in runs):
            return True
    return False


def write_pdf(document: Document, *, letterhead: Path | None = None, signature_fields: bool = False) -> bytes:
    """The PDF's bytes (fonts embedded, metadata set, furniture on every page).

    ``signature_fields`` adds one empty signature field per signatory block (pyHanko, after
    reportlab), named after the party, for e-signature platforms.
    """
    pdf, spots = layout_pdf(document, letterhead=letterhead)
    if signature_fields:
        return add_signature_fields(pdf, spots, modified=document.metadata.created)
    return pdf


@collector.paused
def layout_pdf(document: Document, *, letterhead: Path | None = None) -> tuple[bytes, list[SignatureSpot]]:
    """The PDF without signature fields, and where its signatories sign (``verify`` appends the fields
    only when the file it checks has them)."""
    reportlab_import.import_platypus()
    from reportlab.platypus.doctemplate import LayoutError

    styles = make_styles(bold_italic=_uses_bold_italic(document))
    logo = letterhead_logo(letterhead)
    for split_rows in (False, True):
        buffer = io.BytesIO()
        doc = doc_template(buffer, document.metadata, page_foot.of(document.furniture).bottom_margin_cm)
        flow = _Flow(styles, split_rows=split_rows)
        story = flow.flowables(document)
        if logo is not None:
            from reportlab.lib.units import cm
            from reportlab.platypus import Spacer

            story.insert(0, Spacer(1, logo[1][1] + 0.4 * cm))
        try:
            doc.build(story, canvasmaker=canvas_class(document.furniture, logo, document.metadata))
        except LayoutError:
            if split_rows:
                raise OutputError(
                    "Le PDF ne peut pas être mis en page : un texte ne tient pas sur une page (une cellule de "
                    "tableau ou un titre trop long). Raccourcissez-le ou exportez en Word."
                ) from None
            continue  # a table row taller than a page: print again, letting such rows split
        return buffer.getvalue(), flow.spots
    raise AssertionError("unreachable")  # pragma: no cover


def field_name(party: str) -> str:
    """A PDF field name for a party: "Signature – Ville de Reims" (no dots: they nest field names; the
    block's no-break hyphens as plain ones)."""
    return "Signature – " + " ".join(party.replace(".", " ").replace("\u2011", "-").split())


def add_signature_fields(pdf: bytes, spots: list[SignatureSpot], *, modified: datetime | None = None) -> bytes:
    """Append one empty signature field per spot (incremental update, the signed-off bytes unchanged).

    Reproducible, as the PDF before it (``verify`` proves a file by producing it again): the update's
    modification date is ``modified`` (the version's date) and its file identifier is derived from the
    bytes, where pyHanko would put the current time and random bytes.
    """
    import hashlib

    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field

    class _Writer(IncrementalPdfFileWriter):
        def _update_meta(self) -> None:
            super()._update_meta()  # sets the modification date to now, whatever was asked
            if modified is not None and self._info is not None:
                self._info.get_object()["/ModDate"] = generic.pdf_date(modified)

    writer = _Writer(io.BytesIO(pdf))
    digest = hashlib.sha256(pdf + repr([(s.page, s.party, tuple(s.box)) for s in spots]).encode()).digest()
    first_id = writer._document_id[0]  # noqa: SLF001 - pyHanko draws the second half at random
    writer._document_id = generic.ArrayObject([first_id, generic.ByteStringObject(digest[:16])])  # noqa: SLF001
    seen: set[str] = set()
    for spot in spots:
        name = field_name(spot.party)
        if name in seen:  # the same party twice (never in a valid dossier): keep names unique
            name = f"{name} ({len(seen) + 1})"
        seen.add(name)
        x1, y1, x2, y2 = (int(round(v)) for v in spot.box)
        box = (x1, y1, x2, y2)
        append_signature_field(writer, SigFieldSpec(sig_field_name=name, on_page=spot.page - 1, box=box))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
