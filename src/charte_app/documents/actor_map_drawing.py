"""The actor map as one reportlab ``Drawing``, and its SVG, PDF and PNG renderings.

:func:`map_drawing` translates the :class:`~charte_app.domain.actor_map.MapLayout` (positions,
styles, labels and legend decided once, in the domain) into reportlab shapes. That one drawing is
then rendered by :mod:`.drawings` to PDF (vector: the charter's annex, ``charte-app map --format
pdf``), SVG (the names stay text; the map view of the window shows this SVG with QtSvg) and PNG
(the DOCX annex's image, ``--format png``), all from this very drawing. Nothing here decides where or how a thing is drawn: that is the layout's job.
"""

from __future__ import annotations

import math
from typing import Any

from ..domain.actor_map import MapEdge, MapLayout, MapNode, layout
from ..domain.model import Dossier
from . import drawings, reportlab_import  # noqa: F401 - reportlab_import before reportlab: see there
from .fonts import PDF_NAMES, register_pdf_fonts

FONT = PDF_NAMES["regular"]
LEGEND_FONT_SIZE = 9.0
LEGEND_ROW = 14.0
LEGEND_TEXT_X = 32.0


def _colour(text: str) -> Any:
    from reportlab.lib.colors import HexColor

    return HexColor(text)


def map_drawing(result: MapLayout, width: float = 480.0, *, legend: bool = True, title: str | None = None) -> Any:
    """A ``Drawing`` ``width`` points wide: the map, then (``legend``) its legend in two columns."""
    from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String

    register_pdf_fonts()
    x0, y0, x1, y1 = result.bounds
    scale = width / (x1 - x0)
    map_height = (y1 - y0) * scale
    places, rows = _legend_places(result, width)
    rows = rows if legend else 0
    legend_height = rows * LEGEND_ROW + (14 if rows else 0)
    title_height = 18.0 if title else 0.0
    height = map_height + legend_height + title_height
    drawing = Drawing(width, height)

    def px(x: float) -> float:
        return (x - x0) * scale

    def py(y: float) -> float:
        return height - title_height - (y - y0) * scale

    if title:
        drawing.add(String(4, height - 12, title, fontName=FONT, fontSize=11, fillColor=_colour("#263238")))
    group = Group()
    from ..domain.actor_map import CENTRE

    for _name, radius in result.zones:
        group.add(
            Circle(
                px(CENTRE),
                py(CENTRE),
                radius * scale,
                fillColor=None,
                strokeColor=_colour("#cfd8dc"),
                strokeWidth=0.8,
                strokeDashArray=[3, 3],
            )
        )
    nodes = {n.id: n for n in result.nodes}
    for edge in result.edges:
        a, b = nodes.get(edge.source), nodes.get(edge.to)
        if a is None or b is None:
            continue
        for shape in _edge_shapes(edge, a, b, px, py, scale, Line, Polygon):
            group.add(shape)
    for node in result.nodes:
        fill, stroke = _colour(node.fill), _colour(node.stroke)
        dash = [4.0 * scale, 3.0 * scale] if node.dashed else None
        if node.square:
            side = node.radius * 2 * scale
            group.add(
                Rect(
                    px(node.x) - side / 2,
                    py(node.y) - side / 2,
                    side,
                    side,
                    fillColor=fill,
                    strokeColor=stroke,
                    strokeWidth=1.2 * scale,
                )
            )
        else:
            group.add(
                Circle(
                    px(node.x),
                    py(node.y),
                    node.radius * scale,
                    fillColor=fill,
                    strokeColor=stroke,
                    strokeWidth=(2.2 if node.dashed else 1.4) * scale,
                    strokeDashArray=dash,
                )
            )
    # Labels last, each on a white ground: a link passing under a name never hides it.
    for node in result.nodes:
        bx, by, bw, bh = node.label_box
        group.add(
            Rect(
                px(bx + 1),
                py(by + bh - 1),
                (bw - 2) * scale,
                (bh - 2) * scale,
                fillColor=_colour("#ffffff"),
                strokeColor=None,
                strokeWidth=0,
            )
        )
        for line in node.lines:
            group.add(
                String(
                    px(line.x),
                    py(line.baseline),
                    line.text,
                    fontName=FONT,
                    fontSize=result.font_size * scale,
                    fillColor=_colour("#212121"),
                    textAnchor="middle",
                )
            )
    drawing.add(group)
    if legend:
        _legend(drawing, result, legend_height - 10, places, Circle, Line, Rect, String)
    return drawing


def _edge_shapes(
    edge: MapEdge, a: MapNode, b: MapNode, px: Any, py: Any, scale: float, line: Any, polygon: Any
) -> list[Any]:
    """The line from ``a``'s rim to ``b``'s (and an arrow head at ``b`` for a directed kind)."""
    style = edge.style
    dx, dy = b.x - a.x, b.y - a.y
    length = math.hypot(dx, dy)
    if length < 1:
        return []
    ux, uy = dx / length, dy / length
    sx, sy = a.x + ux * a.radius, a.y + uy * a.radius
    ex, ey = b.x - ux * (b.radius + 1), b.y - uy * (b.radius + 1)
    colour = _colour(style.colour)
    width = edge.width * scale
    shapes: list[Any] = []
    head = 11.0
    if style.arrow:
        hx, hy = ex - ux * head, ey - uy * head
        shapes.append(
            polygon(
                [
                    px(ex),
                    py(ey),
                    px(hx - uy * head * 0.45),
                    py(hy + ux * head * 0.45),
                    px(hx + uy * head * 0.45),
                    py(hy - ux * head * 0.45),
                ],
                fillColor=colour,
                strokeColor=None,
                strokeWidth=0,
            )
        )
        ex, ey = hx, hy
    dash = [d * scale for d in style.dash] if style.dash else None
    shapes.insert(0, line(px(sx), py(sy), px(ex), py(ey), strokeColor=colour, strokeWidth=width, strokeDashArray=dash))
    return shapes


def _legend_places(result: MapLayout, width: float) -> tuple[list[tuple[float, int]], int]:
    """Where each legend entry goes: (x, row). Two columns; an entry too wide for half the width
    (the zones' sentence) gets a whole row after them. Returns the places and the number of rows."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    half = width / 2
    wide = [stringWidth(e.label, FONT, LEGEND_FONT_SIZE) + LEGEND_TEXT_X + 6 > half for e in result.legend]
    narrow = [i for i, w in enumerate(wide) if not w]
    rows = -(-len(narrow) // 2)
    places: list[tuple[float, int]] = [(0.0, 0)] * len(result.legend)
    for k, i in enumerate(narrow):  # column by column: the kinds read down the first column
        places[i] = ((k // rows) * half if rows else 0.0, k % rows if rows else 0)
    for k, i in enumerate(i for i, w in enumerate(wide) if w):
        places[i] = (0.0, rows + k)
    return places, rows + sum(wide)


def _legend(
    drawing: Any,
    result: MapLayout,
    top: float,
    places: list[tuple[float, int]],
    circle: Any,
    line: Any,
    rect: Any,
    string: Any,
) -> None:
    for entry, (x, row) in zip(result.legend, places, strict=True):
        y = top - row * LEGEND_ROW - LEGEND_ROW / 2
        if entry.what == "edge" and entry.style is not None:
            style = entry.style
            dash = list(style.dash) if style.dash else None
            drawing.add(
                line(
                    x + 2,
                    y,
                    x + 26,
                    y,
                    strokeColor=_colour(style.colour),
                    strokeWidth=max(style.width * 0.7, 0.8),
                    strokeDashArray=[d * 0.7 for d in dash] if dash else None,
                )
            )
        elif entry.what == "zone":
            for r in (3.0, 6.0):
                drawing.add(
                    circle(
                        x + 14,
                        y,
                        r,
                        fillColor=None,
                        strokeColor=_colour("#90a4ae"),
                        strokeWidth=0.6,
                        strokeDashArray=[1.5, 1.5],
                    )
                )
        elif entry.what == "hub":
            drawing.add(
                rect(
                    x + 10,
                    y - 4,
                    8,
                    8,
                    fillColor=_colour(entry.colour),
                    strokeColor=_colour("#263238"),
                    strokeWidth=0.6,
                )
            )
        else:
            dashed = entry.what == "actor"
            drawing.add(
                circle(
                    x + 14,
                    y,
                    5,
                    fillColor=_colour(entry.colour),
                    strokeColor=_colour("#263238"),
                    strokeWidth=0.9 if dashed else 0.6,
                    strokeDashArray=[2, 1.5] if dashed else None,
                )
            )
        drawing.add(
            string(
                x + LEGEND_TEXT_X,
                y - 3.2,
                entry.label,
                fontName=FONT,
                fontSize=LEGEND_FONT_SIZE,
                fillColor=_colour("#263238"),
            )
        )


def svg_bytes(drawing: Any) -> bytes:
    """The drawing as SVG: every name a ``<text>`` element, in the bundled font's family."""
    return drawings.svg_text(drawing, title="Carte des acteurs").encode("utf-8")


#: Width of the files ``charte-app map`` writes: a PNG of 1 600 pixels (at least 1 200 asked).
FILE_WIDTH = 800.0
PNG_WIDTH = 1600


def render_map(dossier: Dossier, fmt: str) -> bytes:
    """The actor map of ``dossier`` as a ``svg``, ``png`` or ``pdf`` file, legend included."""
    drawing = map_drawing(layout(dossier), FILE_WIDTH, title=f"Carte des acteurs – {dossier.title}")
    if fmt == "svg":
        return svg_bytes(drawing)
    if fmt == "png":
        return drawings.png_bytes(drawing, PNG_WIDTH)
    return drawings.pdf_bytes(drawing)
