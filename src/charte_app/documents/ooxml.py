"""Raw OOXML tweaks on python-docx objects, for what python-docx has no API for.

Fields (PAGE / NUMPAGES) and the boxed initials cell of the footer, paragraph
rules of the header, fixed table layout and cell margins, document language
and fonts for every script, and plain Title/Subtitle styles. Each function
takes python-docx objects and edits their XML element. The body itself
(paragraphs, tables with repeated header rows and rows that never split,
keep-with-next, tracked changes) is written as XML by :mod:`.docx_body`.
"""

from __future__ import annotations

from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn


def _child(parent: Any, tag: str) -> Any:
    """The first ``tag`` child of ``parent``, created if missing (schema order is python-docx's job)."""
    found = parent.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        parent.append(found)
    return found


def add_field(paragraph: Any, instruction: str, placeholder: str = "1", bold: bool = False) -> None:
    """A complex field (``PAGE``, ``NUMPAGES``) whose cached value is ``placeholder``."""

    def run_with(element: Any) -> None:
        run = paragraph.add_run()
        run.bold = bold
        run._r.append(element)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run_with(instr)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run_with(separate)
    cached = paragraph.add_run(placeholder)
    cached.bold = bold
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def row_height(row: Any, cm_twips: int, exact: bool = False) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    height = OxmlElement("w:trHeight")
    height.set(qn("w:val"), str(cm_twips))
    height.set(qn("w:hRule"), "exact" if exact else "atLeast")
    tr_pr.append(height)


def cant_split(row: Any) -> None:
    """A table row never broken across pages."""
    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def _borders(parent: Any, tag: str, sides: tuple[str, ...], size: int, color: str, val: str = "single") -> None:
    borders = _child(parent, tag)
    for side in sides:
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), val)
        edge.set(qn("w:sz"), str(size))
        edge.set(qn("w:space"), "0")
        edge.set(qn("w:color"), color.lstrip("#"))
        borders.append(edge)


def cell_borders(cell: Any, size: int = 6, color: str = "555555") -> None:
    """A box around one cell (eighths of a point)."""
    _borders(cell._tc.get_or_add_tcPr(), "w:tcBorders", ("top", "left", "bottom", "right"), size, color)


def table_layout_fixed(table: Any) -> None:
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)


def cell_margins(table: Any, top: int, left: int, bottom: int, right: int) -> None:
    """Default cell margins of a table, in twentieths of a point."""
    mar = _child(table._tbl.tblPr, "w:tblCellMar")
    for side, value in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:w"), str(value))
        edge.set(qn("w:type"), "dxa")
        mar.append(edge)


def paragraph_border_bottom(paragraph: Any, size: int = 4, color: str = "9a9a9a") -> None:
    p_pr = paragraph._p.get_or_add_pPr()
    _borders(p_pr, "w:pBdr", ("bottom",), size, color)


def paragraph_border_top(paragraph: Any, size: int = 4, color: str = "9a9a9a") -> None:
    p_pr = paragraph._p.get_or_add_pPr()
    _borders(p_pr, "w:pBdr", ("top",), size, color)


def style_fonts(style: Any, family: str, language: str | None = None) -> None:
    """Force ``family`` for every script of a style (themes would otherwise win) and its language."""
    r_pr = style.element.get_or_add_rPr()
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    for attr in list(fonts.attrib):
        if attr.endswith("Theme"):
            del fonts.attrib[attr]
    for script in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(script), family)
    if language:
        lang = r_pr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            r_pr.append(lang)
        lang.set(qn("w:val"), language)
        lang.set(qn("w:eastAsia"), language)
        lang.set(qn("w:bidi"), language)


def document_defaults(document: Any, family: str, language: str) -> None:
    """The document-wide default run properties: font and language (``w:docDefaults``)."""
    styles = document.styles.element
    defaults = _child(styles, "w:docDefaults")
    r_pr_default = _child(defaults, "w:rPrDefault")
    r_pr = _child(r_pr_default, "w:rPr")
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    for attr in list(fonts.attrib):
        del fonts.attrib[attr]
    for script in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(script), family)
    lang = r_pr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        r_pr.append(lang)
    lang.set(qn("w:val"), language)
    lang.set(qn("w:eastAsia"), language)
    lang.set(qn("w:bidi"), language)


def plain_style(style: Any) -> None:
    """Drop the decorations Word's default template puts on Title/Subtitle (rules, letter spacing, colours)."""
    p_pr = style.element.pPr
    if p_pr is not None:
        for tag in ("w:pBdr", "w:numPr"):
            for found in p_pr.findall(qn(tag)):
                p_pr.remove(found)
    r_pr = style.element.rPr
    if r_pr is not None:
        for tag in ("w:spacing", "w:kern", "w:w", "w:caps", "w:smallCaps", "w:color"):
            for found in r_pr.findall(qn(tag)):
                r_pr.remove(found)


_CUSTOM_CT = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"


def custom_property(doc: Any, name: str, value: str) -> None:
    """A text custom property (File > Properties > Custom in Word): docProps/custom.xml.

    python-docx has no API for it. A letterhead's own custom properties are replaced.
    """
    from xml.sax.saxutils import escape, quoteattr

    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Properties xmlns="{_CUSTOM_NS}" xmlns:vt="{_VT_NS}">'
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="2" name={quoteattr(name)}>'
        f"<vt:lpwstr>{escape(value)}</vt:lpwstr></property></Properties>"
    ).encode()
    package = doc.part.package
    for rel in list(package.rels.values()):
        if rel.reltype == RT.CUSTOM_PROPERTIES:
            rel.target_part._blob = xml
            return
    part = Part(PackURI("/docProps/custom.xml"), _CUSTOM_CT, xml, package)
    package.relate_to(part, RT.CUSTOM_PROPERTIES)
