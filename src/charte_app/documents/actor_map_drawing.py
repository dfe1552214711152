"""The actor map as one reportlab ``Drawing``, and its SVG, PDF and PNG renderings.

:func:`map_drawing` translates the :class:`~charte_app.domain.actor_map.MapLayout` (positions,
styles, labels and legend decided once, in the domain) into reportlab shapes. That one drawing is
then rendered by reportlab to PDF (vector: the charter's annex, ``charte-app map --format pdf``)
and SVG (the names stay text; the map view of the window shows this SVG with QtSvg), and by
:func:`png_bytes` to PNG (the DOCX annex's image, ``--format png``): a small Pillow back end that
walks the very same shapes, since reportlab's own bitmap back end needs a C extension that is
not installed. Nothing here decides where or how a thing is drawn: that is the layout's job.
"""

from __future__ import annotations

import io
import math
import re
from typing import Any

from ..domain.actor_map import MapEdge, MapLayout, MapNode, layout
from ..domain.model import Dossier
from . import reportlab_import  # noqa: F401 - imported before reportlab: see there
from .fonts import PDF_NAMES, font_path, register_pdf_fonts

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
    from reportlab.graphics import renderSVG

    text = renderSVG.drawToString(drawing)
    # reportlab names the font by its PDF name; viewers know the family (and Arial, its metric twin).
    text = re.sub(rf"font-family: ?{FONT};", "font-family: 'Liberation Sans', Arial, sans-serif;", text)
    text = text.replace("<title>...</title>", "<title>Carte des acteurs</title>", 1)
    return text.encode("utf-8")


def pdf_bytes(drawing: Any) -> bytes:
    from reportlab.graphics import renderPDF

    out = io.BytesIO()
    renderPDF.drawToFile(drawing, out, autoSize=1)
    return out.getvalue()


def png_bytes(drawing: Any, pixel_width: int = 1600) -> bytes:
    """The drawing as a PNG ``pixel_width`` wide, drawn by Pillow from the drawing's own shapes
    (supersampled twice for smooth lines)."""
    from PIL import Image, ImageDraw, ImageFont

    reportlab_import.load_pillow()
    factor = 2
    scale = pixel_width * factor / drawing.width
    size = (pixel_width * factor, max(1, round(drawing.height * scale)))
    image = Image.new("RGB", size, "white")
    pen = ImageDraw.Draw(image)
    fonts: dict[int, Any] = {}

    def font(points: float) -> Any:
        key = max(1, round(points * scale))
        if key not in fonts:
            fonts[key] = ImageFont.truetype(str(font_path("regular")), key)
        return fonts[key]

    def xy(x: float, y: float) -> tuple[float, float]:
        return (x * scale, (drawing.height - y) * scale)

    for shape in _shapes(drawing):
        _paint(shape, pen, xy, scale, font)
    image = image.resize((pixel_width, round(size[1] / factor)), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=False)
    return out.getvalue()


def _shapes(node: Any) -> list[Any]:
    from reportlab.graphics.shapes import Group

    found: list[Any] = []
    for item in node.contents:
        if isinstance(item, Group):
            found += _shapes(item)
        else:
            found.append(item)
    return found


def _rgb(colour: Any) -> tuple[int, int, int] | None:
    if colour is None:
        return None
    return (round(colour.red * 255), round(colour.green * 255), round(colour.blue * 255))


def _dashed(pen: Any, points: list[tuple[float, float]], fill: Any, width: int, dash: list[float] | None) -> None:
    """A polyline, dashed by hand (Pillow draws solid lines only)."""
    if not dash:
        pen.line(points, fill=fill, width=width)
        return
    for (ax, ay), (bx, by) in zip(points, points[1:], strict=False):
        length = math.hypot(bx - ax, by - ay)
        if length == 0:
            continue
        t, on, k = 0.0, True, 0
        while t < length:
            step = dash[k % len(dash)]
            end = min(t + step, length)
            if on:
                pen.line(
                    [
                        (ax + (bx - ax) * t / length, ay + (by - ay) * t / length),
                        (ax + (bx - ax) * end / length, ay + (by - ay) * end / length),
                    ],
                    fill=fill,
                    width=width,
                )
            t, on, k = end, not on, k + 1


def _paint(shape: Any, pen: Any, xy: Any, scale: float, font: Any) -> None:
    from reportlab.graphics.shapes import Circle, Line, Polygon, Rect, String

    stroke = _rgb(getattr(shape, "strokeColor", None))
    width = max(1, round((getattr(shape, "strokeWidth", 1) or 0) * scale))
    dash_raw = getattr(shape, "strokeDashArray", None)
    dash = [d * scale for d in dash_raw] if dash_raw else None
    if isinstance(shape, Circle):
        cx, cy = xy(shape.cx, shape.cy)
        r = shape.r * scale
        fill = _rgb(shape.fillColor)
        if fill is not None:
            pen.ellipse([cx - r, cy - r, cx + r, cy + r], fill=fill)
        if stroke is not None and shape.strokeWidth:
            steps = max(24, int(r))
            ring = [
                (cx + r * math.cos(2 * math.pi * k / steps), cy + r * math.sin(2 * math.pi * k / steps))
                for k in range(steps + 1)
            ]
            _dashed(pen, ring, stroke, width, dash)
    elif isinstance(shape, Rect):
        ax, ay = xy(shape.x, shape.y + shape.height)
        bx, by = xy(shape.x + shape.width, shape.y)
        pen.rectangle([ax, ay, bx, by], fill=_rgb(shape.fillColor), outline=stroke, width=width)
    elif isinstance(shape, Line):
        if stroke is not None:
            _dashed(pen, [xy(shape.x1, shape.y1), xy(shape.x2, shape.y2)], stroke, width, dash)
    elif isinstance(shape, Polygon):
        points = [xy(shape.points[i], shape.points[i + 1]) for i in range(0, len(shape.points), 2)]
        pen.polygon(points, fill=_rgb(shape.fillColor))
    elif isinstance(shape, String):
        x, y = xy(shape.x, shape.y)
        anchor = {"start": "ls", "middle": "ms", "end": "rs"}.get(shape.textAnchor, "ls")
        pen.text((x, y), shape.text, fill=_rgb(shape.fillColor) or (0, 0, 0), font=font(shape.fontSize), anchor=anchor)


#: Width of the files ``charte-app map`` writes: a PNG of 1 600 pixels (at least 1 200 asked).
FILE_WIDTH = 800.0
PNG_WIDTH = 1600


def render_map(dossier: Dossier, fmt: str) -> bytes:
    """The actor map of ``dossier`` as a ``svg``, ``png`` or ``pdf`` file, legend included."""
    drawing = map_drawing(layout(dossier), FILE_WIDTH, title=f"Carte des acteurs – {dossier.title}")
    if fmt == "svg":
        return svg_bytes(drawing)
    if fmt == "png":
        return png_bytes(drawing, PNG_WIDTH)
    return pdf_bytes(drawing)
