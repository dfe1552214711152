"""Meeting mode ("mode réunion", a projector): everything scales, not only the text.

Qt scales text with the application font, but check boxes, radio buttons,
small icons and table row heights are style metrics in pixels: a proxy style
multiplies them by the same factor as the font, so a check box stays as
clickable and visible as its label from the back of the room.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory, QStyleOption, QWidget

#: The pixel metrics that follow the meeting-mode scale.
SCALED_METRICS = (
    QStyle.PixelMetric.PM_IndicatorWidth,
    QStyle.PixelMetric.PM_IndicatorHeight,
    QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
    QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
    QStyle.PixelMetric.PM_SmallIconSize,
    QStyle.PixelMetric.PM_ListViewIconSize,
    QStyle.PixelMetric.PM_ButtonIconSize,
    QStyle.PixelMetric.PM_HeaderMarkSize,
)


class ScaledStyle(QProxyStyle):
    """The application's style with indicator and small icon sizes multiplied by ``scale``."""

    def __init__(self, base: QStyle, scale: float) -> None:
        super().__init__(base)
        self.scale = scale

    def pixelMetric(
        self, metric: QStyle.PixelMetric, option: QStyleOption | None = None, widget: QWidget | None = None
    ) -> int:
        value = super().pixelMetric(metric, option, widget)
        if metric in SCALED_METRICS:
            return round(value * self.scale)
        return value


def apply(app: QApplication, scale: float) -> None:
    """Scale the style's metrics by ``scale`` (1.0: back to normal); called with the font change."""
    current = app.style()
    if isinstance(current, ScaledStyle):
        if current.scale == scale:
            return
        base = current.baseStyle()
        # The proxy owns its base style: a fresh one of the same kind keeps the old proxy deletable.
        fresh = _create_style(base.name())
    else:
        fresh = _create_style(current.name())
    if scale == 1.0:
        app.setStyle(fresh)
    else:
        app.setStyle(ScaledStyle(fresh, scale))


def _create_style(name: str) -> QStyle:
    style = QStyleFactory.create(name)
    if style is None:
        style = QStyleFactory.create("Fusion")
    return style
