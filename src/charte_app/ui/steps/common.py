"""Shared behaviour of the steps built from Designer forms: a field binder and cheap refreshes."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from ..widgets.bindings import FieldBinder
from .base import StepContext, StepPage
from .guidance import guidance


def filled(text: str | None) -> bool:
    return bool(text and text.strip())


class FormStep(StepPage):
    """A step whose widgets follow model fields through a :class:`FieldBinder`."""

    def __init__(self, ctx: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.binder = FieldBinder(ctx.editor)

    def guidance(self) -> str:
        return guidance(self.step_id)

    def has_errors(self) -> bool:
        return any(p.severity == "error" for p in self.problems())

    def refresh(self) -> None:
        self.binder.refresh()


def show_message(label: QLabel, field: QLineEdit | QPlainTextEdit, message: str) -> None:
    """Show (or hide) a French field message next to ``field``; screen readers get it too."""
    if label.property("shown_message") == message:
        return  # restyling on every keystroke is what makes typing slow, not the check
    label.setProperty("shown_message", message)
    label.setText(message)
    label.setVisible(bool(message))
    label.setStyleSheet("color: #b00020;")
    field.setStyleSheet("border: 1px solid #b00020;" if message else "")
    field.setAccessibleDescription(message)
