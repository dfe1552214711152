"""A field checked as the user types: a line edit with its French message underneath.

Every checked input (SIRET, e-mail, amount, date) shows its problem the same
way: red text under the field, a tinted field, and the message as the field's
accessible description so screen readers say it too.

The message's line is reserved even while there is nothing to say: a message
appearing never moves the fields below it, so the next click lands where the
user aimed (issue 12). The room reserved is that of the longest message the
field can show, wrapped at the field's width: every message is read whole
(issue 21).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget

ERROR_COLOUR = "#b00020"
ERROR_BACKGROUND = "#fde7e9"
_ECHO = re.compile(r"^« .*? » ")


class _Wrapped(QObject):
    """Keeps a field message's reserved height right for its width, and paints it wrapped.

    The label itself does not wrap (a word-wrapping label has a height for width, which makes the
    form's grid share its columns differently as messages come and go); its text is painted
    wrapped over the reserved lines.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QLabel):
            return False
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            _fit_lines(watched)
        elif event.type() == QEvent.Type.Paint:
            painter = QPainter(watched)
            painter.setPen(QColor(ERROR_COLOUR))
            painter.drawText(watched.contentsRect(), _WRAP, watched.text())
            painter.end()
            return True
        return False


_WRAP = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


def _text_height(label: QLabel, text: str, width: int) -> int:
    if not text:
        return 0
    return label.fontMetrics().boundingRect(QRect(0, 0, max(width, 1), 100_000), _WRAP, text).height()


def message_height(label: QLabel) -> int:
    """The height the label's message takes, wrapped at the label's width (for tests: ≤ its height)."""
    return _text_height(label, label.text(), label.contentsRect().width())


def _fit_lines(label: QLabel) -> None:
    """The label as high as the longest message its field can show, wrapped at the label's width.

    The height depends on the width and on the field's possible messages, not on the message shown:
    a message appearing or changing never moves the fields below. Only a message longer than every
    sample (none of ours) makes the label grow, so that it is still read whole.
    """
    width = label.contentsRect().width()
    samples = [str(s) for s in (label.property("messageSamples") or [])]
    line = label.fontMetrics().lineSpacing()
    needed = max([line] + [_text_height(label, text, width) for text in [*samples, label.text()]])
    margins = label.contentsMargins()
    height = needed + margins.top() + margins.bottom() + 2
    if label.height() != height or label.minimumHeight() != height:
        label.setFixedHeight(height)
    label.setToolTip("")


def set_message_samples(label: QLabel, samples: list[str]) -> None:
    """The messages ``label`` may show: it reserves the lines of the longest at its current width."""
    label.setProperty("messageSamples", [s for s in samples if s])
    _fit_lines(label)


def reserve_line(label: QLabel, *, one_line: bool = False) -> None:
    """The label keeps its place while hidden, so showing it never moves what is below.

    ``one_line`` (field messages): the label wraps and is exactly as high as the longest message its
    field can show (:func:`set_message_samples`) at its width, so every message is read whole and
    none moves the form; otherwise it reserves at least one line and may wrap.
    """
    if label.property("reserved_line"):
        return
    label.setProperty("reserved_line", True)
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    if one_line:
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)  # a long message never widens the form
        label.setWordWrap(False)
        label.installEventFilter(_Wrapped(label))
        _fit_lines(label)
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
    _fit_lines(label)
    # Always shown, empty when there is nothing to say: a hidden label gets no resize event, and its
    # reserved height would stay that of the width it had when it was hidden.
    label.setVisible(True)
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
        reserve_line(self.error_label, one_line=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line_edit)
        layout.addWidget(self.error_label)
        self.setFocusProxy(self.line_edit)

    def reserve_for(self, inputs: list[str], extra: tuple[str, ...] = ()) -> None:
        """Reserve the room of the messages these typed ``inputs`` bring (plus ``extra`` ones)."""
        samples = [self.message_for(text) for text in inputs]
        set_message_samples(self.error_label, [*samples, *extra])

    def message_for(self, text: str) -> str:
        """The message typing ``text`` shows (subclasses parse)."""
        return ""

    def _show(self, message: str) -> None:
        label = self.error_label
        reserved = label.height() - label.contentsMargins().top() - label.contentsMargins().bottom() - 2
        width = label.contentsRect().width()
        if message.startswith("« ") and width > 0 and _text_height(label, message, width) > reserved:
            # The text typed is right above: a long one is not repeated, so the message keeps its room.
            message = _ECHO.sub("Ce texte ", message, count=1)
        show_message(label, self.line_edit, message)
