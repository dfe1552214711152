"""DOCX writer: the neutral structure → a Word file's bytes.

python-docx holds the package, the styles (DejaVu Sans, French language,
sizes close to the PDF's), the header and footer (page furniture, PAGE /
NUMPAGES fields, initials box) and the metadata; tweaks it has no API for go
through :mod:`.ooxml`. The body is written by :mod:`.docx_body`, where
inserted / deleted runs become real tracked changes, so the comparison export
reuses this writer (``write_docx(document, change=Change(author, date))``).
A letterhead ``.docx`` (styles, header, logo) can serve as the base file, once
:func:`.letterhead.inert_letterhead` has taken its active content out (fields
other than page numbers, external links, macros, OLE, ActiveX, attached template).
"""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from docx import Document as open_docx
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.shared import Cm, Pt, RGBColor

from . import collector, ooxml, page_foot
from . import geometry as g
from .docx_body import BodyBuilder, Change
from .fonts import FAMILY
from .pdf_styles import BODY_SIZE, CELL_LEADING, LEADING, SHADE, TOTAL_SHADE
from .structure import Document, Figure, PageBreak, Paragraph, SignaturePage, Table

_INK = RGBColor(0x1A, 0x1A, 0x1A)
_GREY = RGBColor(0x55, 0x55, 0x55)
_DRAFT = RGBColor(0x9B, 0x1C, 0x1C)

# Our style names (French, as users see them in Word) → (base, size, bold, italic, alignment, before, after)
_STYLES: dict[str, tuple[str | None, float, bool, bool, Any, float, float]] = {
    "Normal": (None, BODY_SIZE, False, False, WD_ALIGN_PARAGRAPH.JUSTIFY, 0, 4),
    "Title": ("Normal", 14.5, True, False, WD_ALIGN_PARAGRAPH.CENTER, 0, 6),
    "Subtitle": ("Normal", 10.5, False, False, WD_ALIGN_PARAGRAPH.CENTER, 0, 2),
    "Heading 1": ("Normal", 10.5, True, False, WD_ALIGN_PARAGRAPH.LEFT, 10, 4),
    "Heading 2": ("Normal", BODY_SIZE, True, False, WD_ALIGN_PARAGRAPH.LEFT, 6, 3),
    "Centre": ("Normal", BODY_SIZE, False, False, WD_ALIGN_PARAGRAPH.CENTER, 0, 4),
    "Droite": ("Normal", BODY_SIZE, False, True, WD_ALIGN_PARAGRAPH.RIGHT, 0, 8),
    "Visa": ("Normal", BODY_SIZE, False, False, WD_ALIGN_PARAGRAPH.LEFT, 0, 2),
    "Liste tiret": ("Normal", BODY_SIZE, False, False, WD_ALIGN_PARAGRAPH.JUSTIFY, 0, 2),
    "Note": ("Normal", 8, False, True, WD_ALIGN_PARAGRAPH.JUSTIFY, 0, 4),
    "Convenu": ("Normal", BODY_SIZE, True, False, WD_ALIGN_PARAGRAPH.LEFT, 10, 8),
    "Cellule": ("Normal", 8.3, False, False, WD_ALIGN_PARAGRAPH.LEFT, 0, 0),
    "Signature": ("Normal", BODY_SIZE, False, False, WD_ALIGN_PARAGRAPH.LEFT, 0, 0),
    "Pied de page": ("Normal", 7.5, False, False, WD_ALIGN_PARAGRAPH.LEFT, 0, 0),
}
# Leading of each style in the PDF (pdf_styles), in points; the footer keeps its own spacing.
_LEADINGS: dict[str, float] = {
    "Normal": LEADING,
    "Title": 19,
    "Subtitle": 14,
    "Heading 1": 14,
    "Heading 2": LEADING,
    "Centre": LEADING,
    "Droite": LEADING,
    "Visa": LEADING,
    "Liste tiret": LEADING,
    "Note": 10.5,
    "Convenu": LEADING,
    "Cellule": CELL_LEADING,
    "Signature": LEADING,
}
_PARAGRAPH_STYLE = {
    "title": "Title",
    "subtitle": "Subtitle",
    "heading": "Heading 1",
    "subheading": "Heading 2",
    "body": "Normal",
    "center": "Centre",
    "right": "Droite",
    "visa": "Visa",
    "bullet": "Liste tiret",
    "note": "Note",
    "agreement": "Convenu",
}


def _define_styles(doc: Any, restyle: bool) -> dict[str, Any]:
    """Create or restyle our styles; with a letterhead, its existing styles are kept as they are."""
    styles = doc.styles
    if restyle:
        ooxml.document_defaults(doc, FAMILY, "fr-FR")
    out: dict[str, Any] = {}
    for name, (base, size, bold, italic, align, before, after) in _STYLES.items():
        try:
            style = styles[name]
            existed = True
        except KeyError:
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            existed = False
        out[name] = style
        if existed and not restyle:
            continue
        ooxml.plain_style(style)
        if base and name not in ("Normal",):
            style.base_style = styles[base]
        font = style.font
        font.name = FAMILY
        font.size = Pt(size)
        font.bold = bold
        font.italic = italic
        font.color.rgb = _INK
        ooxml.style_fonts(style, FAMILY, "fr-FR")
        fmt = style.paragraph_format
        fmt.alignment = align
        fmt.space_before = Pt(before)
        fmt.space_after = Pt(after)
        if name in _LEADINGS:
            # The PDF's leading, exactly: Word and LibreOffice then stack lines as reportlab does
            # (a multiple of the font's own line height made table rows 3 % taller than the PDF's).
            fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            fmt.line_spacing = Pt(_LEADINGS[name])
        else:
            fmt.line_spacing_rule = WD_LINE_SPACING.MULTIPLE
            fmt.line_spacing = LEADING / BODY_SIZE / 1.117  # Liberation Sans / Arial: 1.117 em per line
        fmt.widow_control = True
        if name.startswith("Heading") or name == "Convenu":
            fmt.keep_with_next = True
        if name == "Liste tiret":
            fmt.left_indent = Cm(0.56)
            fmt.first_line_indent = Cm(-0.38)
        if name == "Droite" or name == "Note":
            font.italic = True
    return out


def _styled(paragraph: Any, style: Any) -> Any:
    """Set a paragraph's style by id: python-docx's setter looks the default style up every time (slow)."""
    paragraph._p.style = None if style.style_id == "Normal" else style.style_id
    return paragraph


class _Writer:
    """Walks the structure and hands each block to the lxml body builder."""

    def __init__(self, doc: Any, styles: dict[str, Any], change: Change | None) -> None:
        self.style_ids = {name: style.style_id for name, style in styles.items()}
        self.doc = doc
        self.body = BodyBuilder(doc.element.body, self.style_ids, change)

    def _style(self, para: Paragraph) -> str:
        return self.style_ids[_PARAGRAPH_STYLE.get(para.style, "Normal")]

    def body_of(self, document: Document) -> None:
        out = self.body
        pending_break = False
        for index, section in enumerate(document.sections):
            pending_break = pending_break or (section.page_break_before and index > 0)
            if section.kind == "title" and section.heading is None:
                titles = [b for b in section.blocks if isinstance(b, Paragraph) and b.style in ("title", "subtitle")]
                if titles:
                    out.title_box([(t, self._style(t)) for t in titles])
                rest = [b for b in section.blocks if b not in titles]
            else:
                rest = section.blocks
                if section.heading is not None:
                    out.paragraph(section.heading, self._style(section.heading), page_break=pending_break)
                    pending_break = False
            for block in rest:
                if pending_break and not isinstance(block, Paragraph):
                    out.page_break()
                    pending_break = False
                if isinstance(block, Paragraph):
                    out.paragraph(block, self._style(block), page_break=pending_break)
                    pending_break = False
                elif isinstance(block, Table):
                    out.table(block, cell_style=self.style_ids["Cellule"], shade=SHADE, total_shade=TOTAL_SHADE)
                elif isinstance(block, SignaturePage):
                    out.signature(block, style=self.style_ids["Signature"], made_at=lambda p: None)
                elif isinstance(block, PageBreak):
                    pending_break = True
                elif isinstance(block, Figure) and block.drawing is not None:
                    self._figure(block)

    def _figure(self, figure: Figure) -> None:
        """The chart as a PNG rendered from the same drawing as the PDF's, in its own paragraph."""
        from docx.shared import Pt

        from .charts import drawing_png

        paragraph = self.doc.add_paragraph()
        paragraph.add_run().add_picture(io.BytesIO(drawing_png(figure.drawing)), width=Pt(figure.drawing.width))
        self.body._emit(paragraph._p)  # in reading order, before the section's properties


def _page_setup(doc: Any, keep_top: bool = False) -> Any:
    section = doc.sections[-1]
    top = section.top_margin if keep_top and section.top_margin else 0
    section.page_width, section.page_height = Cm(g.PAGE_WIDTH), Cm(g.PAGE_HEIGHT)
    section.left_margin, section.right_margin = Cm(g.MARGIN_LEFT), Cm(g.MARGIN_RIGHT)
    # A letterhead's logo may need a deeper top margin than ours: keep the larger one.
    section.top_margin, section.bottom_margin = max(Cm(g.MARGIN_TOP), top), Cm(g.MARGIN_BOTTOM)
    section.header_distance = Cm(g.HEADER_DISTANCE)
    section.footer_distance = Cm(g.FOOTER_DISTANCE)
    section.start_type = WD_SECTION.NEW_PAGE
    return section


def _furniture(doc: Any, section: Any, document: Document, styles: dict[str, Any]) -> None:
    furniture = document.furniture
    header = section.header
    header.is_linked_to_previous = False
    p = (
        _styled(header.add_paragraph(), styles["Pied de page"])
        if header.paragraphs[0].text or _has_drawing(header)
        else header.paragraphs[0]
    )
    _styled(p, styles["Pied de page"])
    ooxml.paragraph_border_bottom(p)
    if furniture.draft_mark:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = p.add_run(furniture.draft_mark)
        r.bold = True
        r.font.size = Pt(8.5)
        r.font.color.rgb = _DRAFT
    else:
        p.paragraph_format.tab_stops.add_tab_stop(Cm(g.CONTENT_WIDTH), alignment=2)  # right
        room = g.CONTENT_WIDTH * page_foot.CM - page_foot.width(f"Empreinte\u00a0: {furniture.fingerprint}", 7.5) - 12
        line = page_foot.shorten(furniture.version_line or "", 7.5, room)
        r = p.add_run(f"{line}\tEmpreinte\u00a0: {furniture.fingerprint or '…'}")
        r.font.color.rgb = _GREY

    footer = section.footer
    footer.is_linked_to_previous = False
    foot = page_foot.of(furniture)
    # The body ends where the PDF's does: above the grid of initials boxes when there is one.
    section.bottom_margin = Cm(foot.bottom_margin_cm)
    grid = bool(foot.boxes) and not foot.side
    if grid:
        widths = [foot.box_width_cm] * foot.columns
    else:
        row_width = foot.box_width_cm * foot.columns
        widths = [g.CONTENT_WIDTH - row_width] + [foot.box_width_cm] * foot.columns
    t = footer.add_table(rows=1 + (foot.rows if grid else 0), cols=len(widths), width=Cm(g.CONTENT_WIDTH))
    t.autofit = False
    ooxml.table_layout_fixed(t)
    ooxml.cell_margins(t, 0, 0, 0, 0)
    for column, width in zip(t.columns, widths, strict=False):
        column.width = Cm(width)
    first = t.rows[0]
    for cell, width in zip(first.cells, widths, strict=False):
        cell.width = Cm(width)
    if not grid:
        ooxml.row_height(first, int(g.INITIALS_HEIGHT * 567))
    left = first.cells[0].merge(first.cells[-1]) if grid else first.cells[0]
    top = left.paragraphs[0]
    _styled(top, styles["Pied de page"])
    # The rule is its own paragraph above the whole footer (as in the PDF): a border on the text's
    # paragraph ran through the footer text in Word when the title wrapped.
    rule = footer.paragraphs[0]
    _styled(rule, styles["Pied de page"])
    ooxml.paragraph_border_bottom(rule)
    rule.paragraph_format.line_spacing = Pt(2)
    rule.paragraph_format.space_after = Pt(5)
    t._tbl.addprevious(rule._p)
    text_width = g.CONTENT_WIDTH if grid else widths[0] - (0.4 if foot.boxes else 0)
    top.paragraph_format.tab_stops.add_tab_stop(Cm(text_width), alignment=2)
    if grid:
        top.paragraph_format.space_after = Pt(4)
    # The running title as page_foot laid it out for the PDF: whole, or shortened at a word.
    for index, line in enumerate(foot.title.lines):
        title = top.add_run()
        _add_text(title, line)
        title.italic = True
        title.font.color.rgb = _GREY
        if foot.title.size != page_foot.TITLE_SIZE:
            title.font.size = Pt(foot.title.size)
        if index + 1 < len(foot.title.lines):
            title.add_break()
    top.add_run("\t")
    page = top.add_run("Page ")
    page.bold = True
    ooxml.add_field(top, "PAGE", bold=True)
    middle = top.add_run(" sur ")
    middle.bold = True
    ooxml.add_field(top, "NUMPAGES", bold=True)
    if grid:
        for row in t.rows[1:]:
            ooxml.cant_split(row)  # before the height: the schema's order
            ooxml.row_height(row, int(round(foot.box_height_cm * 567)), exact=True)
    for box in foot.boxes:
        if grid:
            cell = t.rows[foot.rows - box.row].cells[box.column]
        else:
            cell = first.cells[1 + box.column]
        cell.width = Cm(foot.box_width_cm)
        ooxml.cell_borders(cell)
        label = cell.paragraphs[0]
        _styled(label, styles["Pied de page"])
        label.paragraph_format.left_indent = Pt(page_foot.LABEL_PAD)
        label.paragraph_format.line_spacing = Pt(foot.label_leading)
        label.paragraph_format.space_before = Pt(2)
        # The lines page_foot broke (never inside a word, never cut): Word keeps them as they are.
        r = label.add_run()
        r.font.size = Pt(foot.label_size)
        for index, line in enumerate(box.lines):
            if index:
                r.add_break()
            _add_text(r, line)
    # A footer must end with a paragraph (Word's rule): a tiny one under the table.
    tail = footer.add_paragraph()
    _styled(tail, styles["Pied de page"])
    tail.paragraph_format.line_spacing = Pt(2)


def _add_text(run: Any, text: str) -> None:
    """``text`` into ``run``, U+2011 as Word's non-breaking hyphen (Arial has no glyph for it)."""
    for index, piece in enumerate(text.split("\u2011")):
        if index:
            run._r.append(OxmlElement("w:noBreakHyphen"))
        if piece:
            run.add_text(piece)


def _has_drawing(part: Any) -> bool:
    return bool(part._element.xpath(".//w:drawing"))


def _clear_body(doc: Any) -> None:
    """Remove the letterhead's body content, keeping its final section properties."""
    body = doc.element.body
    for child in list(body):
        if child.tag.endswith("}sectPr"):
            continue
        body.remove(child)


# What the DOCX is (README, « Word et PDF »): the same content as the PDF, to edit; never the original.
EDITABLE_COPY = "Copie modifiable – l'original à parapher et à signer est le PDF."


def _core(value: str | None, limit: int = 255) -> str:
    text = value or ""
    return text if len(text) <= limit else text[: limit - 1] + "…"


@collector.paused
def write_docx(
    document: Document, *, letterhead: Path | None = None, change: Change | None = None, copy_of_pdf: bool = False
) -> bytes:
    """The DOCX's bytes: styles, body, header and footer on every page, metadata.

    ``copy_of_pdf``: a document printed to be signed (not a comparison): its properties say it is the
    editable copy and that the original initialled and signed is the PDF.
    """
    if letterhead is None:
        doc = open_docx()
    else:
        from .letterhead import inert_letterhead

        try:
            # Never the file itself: its styles, headers and images, without its active content.
            doc = open_docx(io.BytesIO(inert_letterhead(letterhead)))
        except Exception:  # noqa: BLE001 - python-docx's many ways to reject a user's file: one clear refusal
            from .letterhead import LetterheadRefused

            raise LetterheadRefused(
                letterhead, "Word ne l'ouvrirait pas (document .docx incomplet ou d'un autre type)."
            ) from None
    if letterhead is not None:
        _clear_body(doc)
    styles = _define_styles(doc, restyle=letterhead is None)
    section = _page_setup(doc, keep_top=letterhead is not None)
    _furniture(doc, section, document, styles)
    _Writer(doc, styles, change).body_of(document)
    props = doc.core_properties
    meta = document.metadata
    # Core properties hold 255 characters at most (python-docx refuses more): the body prints the
    # whole title, the metadata a shortened one, so a long title prints the same in PDF and DOCX.
    props.title = _core(meta.title)
    props.author = _core(meta.author)
    props.subject = _core(meta.subject)
    props.keywords = _core(meta.keywords)
    props.language = _core(meta.language)
    if copy_of_pdf:
        # The PDF is the original that is initialled and signed; Word shows both in File › Info.
        props.comments = EDITABLE_COPY + " Document produit par charte-app."
        props.content_status = "Copie modifiable"
    else:
        props.comments = "Document produit par charte-app"
    props.last_modified_by = _core(meta.author)
    props.revision = 1
    if meta.created is not None:
        # python-docx would otherwise leave its template's 2013 dates.
        moment = meta.created.astimezone(UTC).replace(tzinfo=None)
        props.created = props.modified = moment
        props.last_printed = moment
    if meta.fingerprint:
        ooxml.custom_property(doc, "Empreinte", meta.fingerprint)
    buffer = io.BytesIO()
    doc.save(buffer)
    return _stable_zip(buffer.getvalue(), meta.created)


def _stable_zip(data: bytes, moment: datetime | None) -> bytes:
    """The same package with every entry dated ``moment``: a version exports to the same bytes.

    python-docx stamps zip entries with the time of saving.
    """
    stamp = (1980, 1, 1, 0, 0, 0)
    if moment is not None:
        utc = moment.astimezone(UTC)
        stamp = (max(utc.year, 1980), utc.month, utc.day, utc.hour, utc.minute, utc.second - utc.second % 2)
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = info.external_attr
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()
