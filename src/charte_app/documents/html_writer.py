"""HTML writer for the UI's preview and printing (the subset QTextDocument understands).

Same structure, same texts as the PDF and DOCX; page furniture is reduced to
the draft mark or the version line at the top, since pages only exist once
printed.
"""

from __future__ import annotations

from html import escape

from . import collector
from .structure import Cell, Document, Figure, PageBreak, Paragraph, Run, SignaturePage, Table

_CSS = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt; color: #1a1a1a; }
p { margin: 0 0 4px 0; text-align: justify; }
p.title { font-size: 14.5pt; font-weight: bold; text-align: center; margin-bottom: 6px; }
p.subtitle { font-size: 10.5pt; text-align: center; margin: 0 0 2px 0; }
h2 { font-size: 10.5pt; font-weight: bold; margin: 12px 0 4px 0; }
h3 { font-size: 9.5pt; font-weight: bold; margin: 8px 0 3px 0; }
p.center { text-align: center; }
p.right { text-align: right; font-style: italic; }
p.visa { text-align: left; margin-bottom: 2px; }
p.note { font-size: 8pt; font-style: italic; }
p.agreement { font-weight: bold; margin: 10px 0 8px 0; }
p.mark { color: #9b1c1c; font-weight: bold; text-align: right; font-size: 8.5pt; }
p.version { color: #555555; font-size: 7.5pt; }
table.grid { border-collapse: collapse; margin: 2px 0 8px 0; }
table.grid td, table.grid th { border: 1px solid #7a7a7a; padding: 3px; font-size: 8.3pt; vertical-align: top; }
table.grid th { background-color: #e8e8e8; }
tr.total td { background-color: #f3f3f3; font-weight: bold; }
td.sign { padding: 4px 12px 18px 0; vertical-align: top; }
"""


def _runs(runs: list[Run]) -> str:
    out: list[str] = []
    for run in runs:
        text = escape(run.text)
        if run.superscript:
            text = f"<sup>{text}</sup>"
        if run.italic:
            text = f"<i>{text}</i>"
        if run.bold:
            text = f"<b>{text}</b>"
        if run.inserted:
            text = f'<u><span style="color:#1a7f37">{text}</span></u>'
        if run.deleted:
            text = f'<s><span style="color:#b42318">{text}</span></s>'
        out.append(text)
    return "".join(out)


def _paragraph(para: Paragraph) -> str:
    body = _runs(para.runs)
    if para.style == "heading":
        return f"<h2>{body}</h2>"
    if para.style == "subheading":
        return f"<h3>{body}</h3>"
    if para.style == "bullet":
        return f'<p style="margin-left: 16px; text-indent: -10px;">–&nbsp;{body}</p>'
    if para.style == "body":
        return f"<p>{body}</p>"
    return f'<p class="{para.style}">{body}</p>'


def _cell(cell: Cell, tag: str) -> str:
    return f'<{tag} align="{cell.align}">{_runs(cell.runs)}</{tag}>'


def _table(table: Table) -> str:
    total = sum(table.widths)
    head = "".join(
        f'<th width="{round(100 * w / total)}%" align="{c.align}">{_runs(c.runs)}</th>'
        for c, w in zip(table.header.cells, table.widths, strict=False)
    )
    rows = [f"<tr>{head}</tr>"]
    for row in table.rows:
        cls = ' class="total"' if row.total else ""
        cells = "".join(_cell(c, "td") for c in row.cells)
        if row.total:
            cells = "".join(f"<td align='{c.align}'><b>{_runs(c.runs)}</b></td>" for c in row.cells)
        rows.append(f"<tr{cls}>{cells}</tr>")
    return '<table class="grid" width="100%" cellspacing="0" cellpadding="3">' + "".join(rows) + "</table>"


def _signature(page: SignaturePage) -> str:
    parts = [f"<p>{_runs(page.made_at)}</p>", '<table width="100%" cellspacing="0">']
    for i in range(0, len(page.blocks), 2):
        cells = []
        for sig in page.blocks[i : i + 2]:
            cells.append(
                f'<td class="sign" width="50%"><b>{escape(sig.pour)}</b><br/>'
                + "<br/>".join(escape(line) for line in sig.lines()[1:])
                + f"<br/><br/><br/><br/><i>{escape(sig.caption)}</i></td>"
            )
        if len(cells) == 1:
            cells.append('<td class="sign" width="50%"></td>')
        parts.append("<tr>" + "".join(cells) + "</tr>")
    parts.append("</table>")
    return "".join(parts)


@collector.paused
def write_html(document: Document) -> str:
    furniture = document.furniture
    parts = [
        '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"/>',
        f"<title>{escape(document.metadata.title)}</title><style>{_CSS}</style></head><body>",
    ]
    if furniture.draft_mark:
        parts.append(f'<p class="mark">{escape(furniture.draft_mark)}</p>')
    elif furniture.version_line:
        parts.append(
            f'<p class="version">{escape(furniture.version_line)} – Empreinte\u00a0: {escape(furniture.fingerprint or "…")}</p>'
        )
    for section in document.sections:
        if section.page_break_before:
            parts.append('<hr style="page-break-before: always"/>')
        if section.heading is not None:
            parts.append(_paragraph(section.heading))
        for block in section.blocks:
            if isinstance(block, Paragraph):
                parts.append(_paragraph(block))
            elif isinstance(block, Table):
                parts.append(_table(block))
            elif isinstance(block, SignaturePage):
                parts.append(_signature(block))
            elif isinstance(block, Figure):
                if block.drawing is not None:
                    from .charts import drawing_svg

                    parts.append(f"<div class='figure'>{drawing_svg(block.drawing)}</div>")
            elif isinstance(block, PageBreak):
                parts.append('<p style="page-break-after: always"></p>')
    parts.append("</body></html>")
    return "\n".join(parts)
