"""The wizard's problem box: a fixed-height area under the page whose every line is read whole.

The box keeps the same height whatever it says (problems appearing never move the page, issue 12),
so it cannot grow with the list. Rather than a tiny scrolling box whose last line is cut (issue 21,
point 7), it shows the heading and as many problems as fit *whole* at its width, and a
« Tout voir (N) » button, beside it and always in the same place, opens the whole list in a popup
over the page: nothing is cut, nothing moves.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QResizeEvent, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

LINES = 3  # the box's height in text lines


def _list(items: list[str]) -> str:
    return f"<ul style='margin:0'>{''.join(f'<li>{item}</li>' for item in items)}</ul>" if items else ""


class ProblemsBox(QWidget):
    """``label`` (the form's problem label) in a fixed-height box, with « Tout voir » for the rest."""

    def __init__(self, label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsBox")
        self.label = label
        label.setParent(self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setContentsMargins(4, 0, 4, 0)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)  # never widens the window
        self.more_button = QPushButton(self)
        self.more_button.setObjectName("allProblemsButton")
        policy = self.more_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # its room is kept: the box's width never changes
        self.more_button.setSizePolicy(policy)
        self.more_button.clicked.connect(self.show_all)
        self.more_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(label, 1)
        layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.popup: QFrame | None = None
        self._head = ""
        self._items: list[str] = []
        self._tail = ""
        self.fit_height()

    # --- content ----------------------------------------------------------------
    def set_content(self, head: str, items: list[str], tail: str = "") -> None:
        """``head`` (plain text), ``items`` (HTML, one per problem) and ``tail`` (an HTML paragraph)."""
        self._head, self._items, self._tail = head, list(items), tail
        self._layout_text()

    def full_html(self) -> str:
        head = f"{html.escape(self._head)}" if self._head else ""
        return f"{head}{_list(self._items)}{self._tail}"

    def shown_count(self) -> int:
        """How many problems the box shows (the others are behind « Tout voir »)."""
        return int(self.property("shownCount") or 0)

    def fit_height(self) -> None:
        self.setFixedHeight(LINES * self.fontMetrics().lineSpacing() + 6)
        self.more_button.setText(self.tr("Tout voir ({count})").format(count=999))
        self.more_button.setFixedWidth(self.more_button.sizeHint().width())
        self._layout_text()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout_text()

    def _fits(self, text: str, width: int) -> bool:
        doc = QTextDocument()
        doc.setDefaultFont(self.label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        doc.setTextWidth(width)
        return doc.size().height() <= self.label.height() - 2

    def _layout_text(self) -> None:
        width = self.label.contentsRect().width()
        items, head = self._items, html.escape(self._head)
        shown = len(items)
        text = full = self.full_html()
        if width > 0 and full and not self._fits(full, width):
            # Whole problems only: as many as fit, the rest (and the closing line) behind the button.
            # With the heading first; when it leaves no room for a problem, the problems alone (the
            # heading is in the full list).
            shown, text = 0, head
            for heading in (head, ""):
                fitting = [c for c in range(len(items), 0, -1) if self._fits(f"{heading}{_list(items[:c])}", width)]
                if fitting:
                    shown, text = fitting[0], f"{heading}{_list(items[: fitting[0]])}"
                    break
        self.setProperty("shownCount", shown)
        if self.label.text() != text:
            self.label.setText(text)
        self.label.setAccessibleDescription(full)
        # Only for problems left out (never « Tout voir (0) »: a heading alone says nothing more).
        self.more_button.setVisible(text != full and shown < len(items))
        self.more_button.setText(self.tr("Tout voir ({count})").format(count=len(items)))
        self.more_button.setToolTip(self.tr("Afficher tous les points de l'étape, en entier (Échap pour fermer)"))

    # --- the whole list -----------------------------------------------------------
    def show_all(self) -> None:
        """Every problem of the step, whole, in a popup over the page (closes on a click elsewhere or Échap)."""
        popup = QFrame(self, Qt.WindowType.Popup)
        popup.setObjectName("allProblems")
        popup.setFrameShape(QFrame.Shape.Box)
        text = QLabel(self.full_html(), popup)
        text.setObjectName("allProblemsLabel")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setStyleSheet(self.label.styleSheet())
        text.setContentsMargins(8, 6, 8, 6)
        text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea(popup)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(text)
        layout = QVBoxLayout(popup)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(scroll)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), popup, popup.close)
        width = self.width()
        bottom_left = self.mapToGlobal(QPoint(0, 0))
        screen = QGuiApplication.screenAt(bottom_left) or QGuiApplication.primaryScreen()
        room = bottom_left.y() - screen.availableGeometry().top() - 8
        height = min(text.heightForWidth(width - 2) + 2, max(room, 100))
        popup.resize(width, height)
        popup.move(bottom_left.x(), bottom_left.y() - height)
        self.popup = popup
        popup.show()
