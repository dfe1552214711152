"""The DOCX body as WordprocessingML elements, built with lxml directly.

python-docx's property API inserts every child in schema order by scanning
its siblings, which costs about 30 ms a page on a long convention; here each
element is appended once, already in schema order (ECMA-376 §17.3 for ``pPr``
and ``rPr``, §17.4 for tables). Styles, headers, footers and the package stay
with python-docx in :mod:`.docx_writer`. Inserted / deleted runs become
tracked changes (``w:ins`` / ``w:del``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from lxml import etree

from . import geometry as g
from .structure import Cell, Paragraph, Row, Run, SignaturePage, Table

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


VAL = w("val")
TWIPS_PER_CM = 567
_JC = {"left": "left", "center": "center", "right": "right"}


@dataclass
class Change:
    """Author and date of tracked changes (comparison exports)."""

    author: str = "charte-app"
    date: str = "2026-01-01T00:00:00Z"


def _sub(parent: Any, tag: str, **attrs: str) -> Any:
    element = etree.SubElement(parent, w(tag))
    for key, value in attrs.items():
        element.set(w(key), value)
    return element


class BodyBuilder:
    """Appends paragraphs and tables before the body's final ``w:sectPr``."""

    def __init__(self, body: Any, style_ids: dict[str, str], change: Change | None = None) -> None:
        self.body = body
        self.sect_pr = body.find(w("sectPr"))
        self.style_ids = style_ids
        self.change = change or Change()
        self.change_id = 0

    def _emit(self, element: Any) -> None:
        if self.sect_pr is not None:
            self.sect_pr.addprevious(element)
        else:
            self.body.append(element)

    # -- paragraphs -------------------------------------------------------------------------
    def p(
        self,
        style: str,
        runs: list[Run],
        *,
        align: str | None = None,
        keep_next: bool = False,
        page_break: bool = False,
        before_twips: int | None = None,
        after_twips: int | None = None,
        prefix: str | None = None,
        force_bold: bool = False,
        size_half_points: int | None = None,
        parent: Any = None,
    ) -> Any:
        para = etree.Element(w("p")) if parent is None else etree.SubElement(parent, w("p"))
        ppr = _sub(para, "pPr")
        style_id = self.style_ids.get(style, style)
        if style_id != "Normal":
            _sub(ppr, "pStyle", val=style_id)
        if keep_next:
            _sub(ppr, "keepNext")
        if page_break:
            _sub(ppr, "pageBreakBefore")
        if before_twips is not None or after_twips is not None:
            spacing = _sub(ppr, "spacing")
            if before_twips is not None:
                spacing.set(w("before"), str(before_twips))
            if after_twips is not None:
                spacing.set(w("after"), str(after_twips))
        if align:
            _sub(ppr, "jc", val=_JC[align])
        if prefix:
            r = _sub(para, "r")
            t = _sub(r, "t")
            t.text = prefix
            _sub(r, "tab")
        for run in runs:
            self.run(para, run, force_bold=force_bold, size_half_points=size_half_points)
        if parent is None:
            self._emit(para)
        return para

    def run(self, para: Any, run: Run, *, force_bold: bool = False, size_half_points: int | None = None) -> None:
        container = para
        if run.inserted or run.deleted:
            self.change_id += 1
            container = _sub(para, "ins" if run.inserted else "del")
            container.set(w("id"), str(self.change_id))
            container.set(w("author"), self.change.author)
            container.set(w("date"), self.change.date)
        r = _sub(container, "r")
        bold = run.bold or force_bold
        if bold or run.italic or run.superscript or size_half_points:
            rpr = _sub(r, "rPr")
            if bold:
                _sub(rpr, "b")
            if run.italic:
                _sub(rpr, "i")
            if size_half_points:
                _sub(rpr, "sz", val=str(size_half_points))
            if run.superscript:
                _sub(rpr, "vertAlign", val="superscript")
        # U+2011 is Word's <w:noBreakHyphen/> (Arial has no glyph for the character itself).
        for i, piece in enumerate(run.text.split("\u2011")):
            if i:
                _sub(r, "noBreakHyphen")
            if piece or i == 0:
                t = _sub(r, "delText" if run.deleted else "t")
                t.set(XML_SPACE, "preserve")
                t.text = piece

    def paragraph(self, para: Paragraph, style: str, *, page_break: bool = False, parent: Any = None) -> Any:
        return self.p(
            style,
            para.runs,
            keep_next=para.keep_with_next,
            page_break=page_break,
            prefix="–" if para.style == "bullet" else None,
            parent=parent,
        )

    # -- tables -----------------------------------------------------------------------------
    def _tbl(self, widths_twips: list[int], borders: str | None, margins: tuple[int, int, int, int]) -> Any:
        tbl = etree.Element(w("tbl"))
        pr = _sub(tbl, "tblPr")
        _sub(pr, "tblW", w=str(sum(widths_twips)), type="dxa")
        edges = _sub(pr, "tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            if borders is None:
                _sub(edges, side, val="nil")
            else:
                _sub(edges, side, val="single", sz="4", space="0", color=borders)
        _sub(pr, "tblLayout", type="fixed")
        mar = _sub(pr, "tblCellMar")
        for side, value in zip(("top", "left", "bottom", "right"), margins, strict=True):
            _sub(mar, side, w=str(value), type="dxa")
        _sub(
            pr,
            "tblLook",
            val="0000",
            firstRow="0",
            lastRow="0",
            firstColumn="0",
            lastColumn="0",
            noHBand="1",
            noVBand="1",
        )
        grid = _sub(tbl, "tblGrid")
        for width in widths_twips:
            _sub(grid, "gridCol", w=str(width))
        return tbl

    @staticmethod
    def _tr(tbl: Any, header: bool) -> Any:
        tr = _sub(tbl, "tr")
        pr = _sub(tr, "trPr")
        _sub(pr, "cantSplit")  # a row is never broken across pages
        if header:
            _sub(pr, "tblHeader")  # repeated at the top of every page
        return tr

    @staticmethod
    def _tc(tr: Any, width: int, span: int = 1, fill: str | None = None) -> Any:
        tc = _sub(tr, "tc")
        pr = _sub(tc, "tcPr")
        _sub(pr, "tcW", w=str(width), type="dxa")
        if span > 1:
            _sub(pr, "gridSpan", val=str(span))
        if fill:
            _sub(pr, "shd", val="clear", color="auto", fill=fill.lstrip("#"))
        return tc

    def table(self, table: Table, *, cell_style: str, shade: str, total_shade: str) -> None:
        scale = g.CONTENT_WIDTH / sum(table.widths)
        widths = [round(x * scale * TWIPS_PER_CM) for x in table.widths]
        tbl = self._tbl(widths, "7A7A7A", (50, 70, 60, 70))
        self._row(tbl, table.header, widths, cell_style, header=True, fill=shade)
        for index, row in enumerate(table.rows):
            # A row stays on the page of the subtotal that follows it (keep-with-next on its paragraphs).
            before_total = index + 1 < len(table.rows) and table.rows[index + 1].total and not row.total
            # A short table is kept on one page: each row stays with the next (the last ends the chain).
            before_total = before_total or (table.kept_whole and index + 1 < len(table.rows))
            self._row(
                tbl, row, widths, cell_style, header=False, fill=total_shade if row.total else None, keep=before_total
            )
        self._emit(tbl)
        self.p("Normal", [], after_twips=0, size_half_points=8)

    def _row(
        self, tbl: Any, row: Row, widths: list[int], style: str, *, header: bool, fill: str | None, keep: bool = False
    ) -> None:
        tr = self._tr(tbl, header)
        span = row.label_span() if row.total else 0
        bold = header or row.total
        column = 0
        cells: list[Cell] = row.cells
        while column < len(cells):
            extent = span + 1 if column == 0 and span else 1
            tc = self._tc(tr, sum(widths[column : column + extent]), extent, fill)
            cell = cells[column]
            self.p(style, cell.runs, align=cell.align, keep_next=header or keep, force_bold=bold, parent=tc)
            column += extent

    def signature(self, page: SignaturePage, *, style: str, made_at: Callable[[Any], None]) -> None:
        """ "Fait à …" is the repeated header row: never alone, on every page of signatures."""
        half = round(g.CONTENT_WIDTH / 2 * TWIPS_PER_CM)
        tbl = self._tbl([half, half], None, (40, 0, 220, 160))
        tr = self._tr(tbl, header=True)
        tc = self._tc(tr, 2 * half, 2)
        made_at(self.p(style, page.made_at, keep_next=True, after_twips=200, parent=tc))
        for i in range(0, len(page.blocks), 2):
            pair = page.blocks[i : i + 2]
            # Names in one row, "Signature et cachet" in the next: Word gives both cells of a row the
            # same height, so the captions line up whatever the length of the names (estimating the
            # lines, as before, left them at different heights in Word).
            names = self._tr(tbl, header=False)
            for sig in pair:
                tc = self._tc(names, half)
                self.p(style, [Run(sig.pour, bold=True)], keep_next=True, parent=tc)
                for line in sig.lines()[1:]:
                    self.p(style, [Run(line)], keep_next=True, parent=tc)
            captions = self._tr(tbl, header=False)
            # As tall as the PDF's block (text + room + 10 pt caption + 18 pt padding = room + 560 twips):
            # here two rows of cell margins (520 twips) and a 13 pt caption line (260) surround the room.
            room = round(g.SIGNATURE_SPACE * TWIPS_PER_CM) + 560 - 520 - 260
            for sig in pair:
                tc = self._tc(captions, half)
                self.p(style, [Run(sig.caption, italic=True)], before_twips=room, size_half_points=16, parent=tc)
            if len(pair) == 1:
                self.p(style, [], parent=self._tc(names, half))
                self.p(style, [], parent=self._tc(captions, half))
        self._emit(tbl)

    def title_box(self, paragraphs: list[tuple[Paragraph, str]]) -> None:
        width = round(g.CONTENT_WIDTH * TWIPS_PER_CM)
        tbl = self._tbl([width], None, (200, 280, 200, 280))
        edges = tbl.find(w("tblPr")).find(w("tblBorders"))
        for side in ("top", "left", "bottom", "right"):
            edge = edges.find(w(side))
            edge.attrib.clear()
            edge.set(VAL, "single")
            edge.set(w("sz"), "7")
            edge.set(w("space"), "0")
            edge.set(w("color"), "333333")
        tr = self._tr(tbl, header=False)
        tc = self._tc(tr, width)
        for para, style in paragraphs:
            self.paragraph(para, style, parent=tc)
        self._emit(tbl)
        self.p("Normal", [], after_twips=160)

    def page_break(self) -> None:
        para = etree.Element(w("p"))
        r = _sub(para, "r")
        _sub(r, "br", type="page")
        self._emit(para)
