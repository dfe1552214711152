"""The follow-up's charts, drawn once as vector drawings (reportlab graphics).

One :func:`indicator_chart` per indicator: the values measured over the periods, the targets and
the baseline. The same ``Drawing`` is what the PDF draws (vector), what the DOCX shows
(:func:`drawing_png`: rendered by pdfium from the drawing's own PDF, reportlab's raster back end
needing a cairo binding we do not ship) and what the screen shows (:func:`drawing_svg`, through
QtSvg), so screen and paper match.
"""

from __future__ import annotations

import io
import threading
from decimal import Decimal
from typing import Any

from ..domain import followup, periods
from ..domain.model import Indicator
from . import reportlab_import  # noqa: F401 - first: defers what reportlab loads and never uses

WIDTH = 440.0
HEIGHT = 120.0
_LEFT, _RIGHT, _BOTTOM, _TOP = 46.0, 12.0, 22.0, 22.0
_MEASURED = "#1f5fa8"
_TARGET = "#d0731c"
_BASELINE = "#7a7a7a"
_FONT = "Helvetica"
_lock = threading.Lock()


def _short(number: Decimal) -> str:
    return followup.french_number(number.quantize(Decimal("0.1")) if number != number.to_integral() else number)


def _scale(low: Decimal, high: Decimal) -> tuple[Decimal, Decimal, Decimal]:
    """Round bounds and a round step (1, 2 or 5 × 10^n) giving about four intervals; an axis of
    values that are all positive never goes below zero (a chart of days showed « -4,5 »)."""
    span = high - low or abs(high) or Decimal(1)
    raw = span / 4
    magnitude = Decimal(10) ** (raw.adjusted())
    tick = next(m * magnitude for m in (Decimal(1), Decimal(2), Decimal(5), Decimal(10)) if m * magnitude >= raw)
    bottom = (low / tick).to_integral_value(rounding="ROUND_FLOOR") * tick
    top = (high / tick).to_integral_value(rounding="ROUND_CEILING") * tick
    if top == high:
        top += tick
    if bottom == low and low != 0:
        bottom -= tick
    if low >= 0 > bottom:
        bottom = Decimal(0)
    return bottom, top, tick


def indicator_chart(indicator: Indicator, upto: str | None = None) -> Any:
    """The chart of ``indicator``: periods on the x axis (up to ``upto`` for measures), values on y."""
    from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
    from reportlab.lib.colors import HexColor

    texts = [t.period for t in indicator.targets] + [m.period for m in indicator.measures]
    if indicator.baseline_period:
        texts.append(indicator.baseline_period)
    axis = [p for p in periods.ordered(texts) if periods.parse(p) is not None]
    limit = periods.sort_key(upto) if upto else None
    measured = [
        (m.period, v)
        for m in indicator.measures
        if (v := followup.decimal_value(m.value)) is not None and (limit is None or periods.sort_key(m.period) <= limit)
    ]
    targets = [(t.period, v) for t in indicator.targets if (v := followup.decimal_value(t.value)) is not None]
    baseline = followup.decimal_value(indicator.baseline_value)
    values = [v for _, v in measured] + [v for _, v in targets] + ([baseline] if baseline is not None else [])
    drawing = Drawing(WIDTH, HEIGHT)
    drawing.add(Rect(0, 0, WIDTH, HEIGHT, fillColor=HexColor("#fafafa"), strokeColor=HexColor("#d8d8d8")))
    if not axis or not values:
        drawing.add(
            String(
                WIDTH / 2,
                HEIGHT / 2,
                "Pas encore de valeur chiffrée",
                fontName=_FONT,
                fontSize=9,
                textAnchor="middle",
                fillColor=HexColor(_BASELINE),
            )
        )
        return drawing
    low, high, tick = _scale(min(values), max(values))
    plot_w = WIDTH - _LEFT - _RIGHT
    plot_h = HEIGHT - _BOTTOM - _TOP
    step = plot_w / max(len(axis), 1)

    def x(period: str) -> float:
        return _LEFT + step * (axis.index(period) + 0.5)

    def y(value: Decimal) -> float:
        return _BOTTOM + float((value - low) / (high - low)) * plot_h

    grey = HexColor(_BASELINE)
    drawing.add(Line(_LEFT, _BOTTOM, WIDTH - _RIGHT, _BOTTOM, strokeColor=grey, strokeWidth=0.5))
    ticks = int((high - low) / tick)
    for value in (low + tick * k for k in range(ticks + 1)):
        drawing.add(Line(_LEFT, y(value), WIDTH - _RIGHT, y(value), strokeColor=HexColor("#e4e4e4"), strokeWidth=0.4))
        drawing.add(
            String(_LEFT - 4, y(value) - 3, _short(value), fontName=_FONT, fontSize=7, textAnchor="end", fillColor=grey)
        )
    for period in axis:
        drawing.add(
            String(
                x(period),
                _BOTTOM - 11,
                periods.label(period),
                fontName=_FONT,
                fontSize=7,
                textAnchor="middle",
                fillColor=HexColor("#333333"),
            )
        )
    if baseline is not None:
        drawing.add(
            Line(
                _LEFT,
                y(baseline),
                WIDTH - _RIGHT,
                y(baseline),
                strokeColor=grey,
                strokeWidth=0.8,
                strokeDashArray=[2, 2],
            )
        )
    target_points = [(x(p), y(v)) for p, v in sorted(targets, key=lambda t: periods.sort_key(t[0])) if p in axis]
    if len(target_points) > 1:
        drawing.add(
            PolyLine(
                [c for point in target_points for c in point],
                strokeColor=HexColor(_TARGET),
                strokeWidth=1,
                strokeDashArray=[4, 2],
            )
        )
    for px, py in target_points:
        drawing.add(
            Polygon(
                [px, py + 4, px + 4, py, px, py - 4, px - 4, py],
                fillColor=HexColor("#ffffff"),
                strokeColor=HexColor(_TARGET),
                strokeWidth=1,
            )
        )
    points = [(x(p), y(v), v) for p, v in sorted(measured, key=lambda m: periods.sort_key(m[0])) if p in axis]
    if len(points) > 1:
        drawing.add(
            PolyLine([c for px, py, _ in points for c in (px, py)], strokeColor=HexColor(_MEASURED), strokeWidth=1.6)
        )
    for px, py, value in points:
        drawing.add(Circle(px, py, 2.8, fillColor=HexColor(_MEASURED), strokeColor=HexColor(_MEASURED)))
        drawing.add(
            String(
                px + 5,
                py + 4,
                followup.french_value(followup.stored_text(value), indicator.unit),
                fontName=_FONT,
                fontSize=7.5,
                fillColor=HexColor(_MEASURED),
            )
        )
    _legend(drawing, baseline is not None)
    return drawing


def _legend(drawing: Any, with_baseline: bool) -> None:
    from reportlab.graphics.shapes import Circle, Line, Polygon, String
    from reportlab.lib.colors import HexColor

    top = HEIGHT - 12
    left = _LEFT
    drawing.add(Circle(left + 3, top + 2.5, 2.5, fillColor=HexColor(_MEASURED), strokeColor=HexColor(_MEASURED)))
    drawing.add(String(left + 9, top, "Valeur mesurée", fontName=_FONT, fontSize=7))
    left += 80
    drawing.add(
        Polygon(
            [left + 3, top + 6, left + 6, top + 2.5, left + 3, top - 1, left, top + 2.5],
            fillColor=HexColor("#ffffff"),
            strokeColor=HexColor(_TARGET),
        )
    )
    drawing.add(String(left + 10, top, "Cible", fontName=_FONT, fontSize=7))
    if with_baseline:
        left += 45
        drawing.add(
            Line(left, top + 2.5, left + 12, top + 2.5, strokeColor=HexColor(_BASELINE), strokeDashArray=[2, 2])
        )
        drawing.add(String(left + 16, top, "Situation de départ", fontName=_FONT, fontSize=7))


def drawing_svg(drawing: Any) -> str:
    """The drawing as SVG text (the screen: QtSvg; the HTML preview)."""
    from reportlab.graphics import renderSVG

    with _lock:
        text: str = renderSVG.drawToString(drawing)
    start = text.find("<svg")
    return text[start:] if start >= 0 else text


def drawing_png(drawing: Any, scale: float = 3.0) -> bytes:
    """The drawing as a PNG (the DOCX): its PDF rendered by pdfium at ``scale`` × 72 dpi."""
    import pypdfium2
    from reportlab.graphics import renderPDF

    with _lock:
        pdf = renderPDF.drawToString(drawing)
    document = pypdfium2.PdfDocument(pdf)
    try:
        image = document[0].render(scale=scale).to_pil()
    finally:
        document.close()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=False)
    return buffer.getvalue()
