"""A field checked as the user types: a line edit with its French message underneath.

Every checked input (SIRET, e-mail, amount, date) shows its problem the same
way: red text under the field, a tinted field, and the message as the field's
accessible description so screen readers say it too.

The message's line is reserved even while there is nothing to say: a message
appearing never moves the fields below it, so the next click lands where the
user aimed (issue 12). A message wider than its line is cut at its end, whole
in the tooltip and the accessible description.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget

ERROR_COLOUR = "#b00020"
ERROR_BACKGROUND = "#fde7e9"


class _OneLine(QObject):
    """Paints a reserved message line: one text line high, cut with "…" when too long.

    The label's text stays the whole message (read by tests and screen readers); only its
    painting is cut, and the tooltip then gives it whole.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QLabel):
            return False
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            _fit_line(watched)
        elif event.type() == QEvent.Type.Paint:
            painter = QPainter(watched)
            painter.setPen(QColor(ERROR_COLOUR))
            rect = watched.contentsRect()
            text = watched.fontMetrics().elidedText(watched.text(), Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
            painter.end()
            return True
        return False


def _fit_line(label: QLabel) -> None:
    label.setFixedHeight(label.fontMetrics().height() + 2)
    message = label.text()
    cut = label.fontMetrics().horizontalAdvance(message) > label.contentsRect().width()
    label.setToolTip(message if cut else "")


def reserve_line(label: QLabel, *, one_line: bool = False) -> None:
    """The label keeps its place while hidden, so showing it never moves what is below.

    ``one_line``: the label is exactly one line high, its text cut at the end when too long
    (field messages); otherwise it reserves at least one line and may wrap.
    """
    if label.property("reserved_line"):
        return
    label.setProperty("reserved_line", True)
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    if one_line:
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)  # a long message never widens the form
        label.setWordWrap(False)
        keeper = _OneLine(label)
        label.installEventFilter(keeper)
        _fit_line(label)
    else:
        label.setMinimumHeight(label.fontMetrics().height() + 2)
    label.setSizePolicy(policy)


def show_message(label: QLabel, field: QLineEdit | QPlainTextEdit, message: str) -> None:
    """Show (or hide) a French field message next to ``field``; screen readers get it too."""
    if label.property("shown_message") == message:
        return  # restyling on every keystroke is what makes typing slow, not the check
    reserve_line(label, one_line=True)
    label.setProperty("shown_message", message)
    label.setText(message)
    _fit_line(label)
    label.setVisible(bool(message))
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    # A tinted background, not a style-sheet border: a style sheet drops the native frame and the field
    # would change height (moving the form under the pointer), and would not follow meeting mode.
    palette = QPalette(field.palette())
    if message:
        palette.setColor(QPalette.ColorRole.Base, QColor(ERROR_BACKGROUND))
        field.setPalette(palette)
    else:
        field.setPalette(QPalette())
        field.setAttribute(Qt.WidgetAttribute.WA_SetPalette, False)
    field.setAccessibleDescription(message)


def capital(text: str) -> str:
    """A parser's message ("date impossible : …") as a sentence under a field."""
    return text[:1].upper() + text[1:]


class CheckedLineEdit(QWidget):
    """Base of the checked fields: ``line_edit`` over ``error_label``; subclasses parse.

    ``valueEdited`` carries each new *valid* value (None when emptied); invalid input only
    shows its message, so it never reaches the model.
    """

    valueEdited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line_edit = QLineEdit(self)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("fieldError")
        self.error_label.hide()
        reserve_line(self.error_label, one_line=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line_edit)
        layout.addWidget(self.error_label)
        self.setFocusProxy(self.line_edit)

    def _show(self, message: str) -> None:
        show_message(self.error_label, self.line_edit, message)
