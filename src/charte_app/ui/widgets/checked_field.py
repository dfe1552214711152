"""A field checked as the user types: a line edit with its French message underneath.

Every checked input (SIRET, e-mail, amount, date) shows its problem the same
way: red text under the field, a red border, and the message as the field's
accessible description so screen readers say it too.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

ERROR_COLOUR = "#b00020"


def show_message(label: QLabel, field: QLineEdit | QPlainTextEdit, message: str) -> None:
    """Show (or hide) a French field message next to ``field``; screen readers get it too."""
    if label.property("shown_message") == message:
        return  # restyling on every keystroke is what makes typing slow, not the check
    label.setProperty("shown_message", message)
    label.setText(message)
    label.setVisible(bool(message))
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    field.setStyleSheet(f"border: 1px solid {ERROR_COLOUR};" if message else "")
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
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line_edit)
        layout.addWidget(self.error_label)
        self.setFocusProxy(self.line_edit)

    def _show(self, message: str) -> None:
        show_message(self.error_label, self.line_edit, message)
