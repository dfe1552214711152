"""One column of the side-by-side comparison (promoted in ``forms/compare_view.ui``)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QTextBrowser


class ComparisonColumn(QTextBrowser):
    """A column that says when its width changed (its rows re-wrap, heights must be equalised again)."""

    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.resized.emit()
