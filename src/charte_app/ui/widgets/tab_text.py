"""Tab titles drawn whole: « Évaluation » keeps its accent on a tab that is not selected.

Fusion shifts an unselected tab's title down by two pixels and gives it a text rectangle two
pixels shorter than a line of the font; ``drawText`` clips to that rectangle, so the accent of a
capital (« É », « À ») was cut off and « Évaluation » read « Evaluation ». The proxy style below
gives the title rectangle at least a line's height, centred where the style put it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QTabBar, QWidget

#: Pixels of room kept above and below the font's line (accents sit at the very top of it).
_MARGIN = 1


class WholeTabTextStyle(QProxyStyle):
    """The application's style, with a tab title's rectangle never shorter than one line of text."""

    def subElementRect(self, element: QStyle.SubElement, option: QStyleOption, widget: QWidget | None = None) -> QRect:
        rect = super().subElementRect(element, option, widget)  # type: ignore[arg-type]  # Qt accepts None
        if element == QStyle.SubElement.SE_TabBarTabText:
            need = option.fontMetrics.height() + 2 * _MARGIN - rect.height()
            if need > 0:
                rect = rect.adjusted(0, -(need - need // 2), 0, need // 2)
        return rect


_style: WholeTabTextStyle | None = None


def keep_tab_titles_whole(widget: QWidget) -> None:
    """Every tab bar in ``widget`` (itself included) draws its titles whole."""
    global _style
    if _style is None:
        _style = WholeTabTextStyle()
        app = QApplication.instance()
        if app is not None:
            _style.setParent(app)  # lives as long as the application, like the widgets using it
    bars = widget.findChildren(QTabBar)
    if isinstance(widget, QTabBar):
        bars.append(widget)
    for bar in bars:
        if bar.style() is not _style:
            bar.setStyle(_style)
