"""Shared behaviour of the steps built from Designer forms: a field binder and cheap refreshes."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..widgets.bindings import FieldBinder
from ..widgets.checked_field import show_message
from .base import StepContext, StepPage
from .guidance import guidance

__all__ = ["FormStep", "filled", "show_message"]


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
