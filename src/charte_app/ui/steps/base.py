"""What every wizard step is: a page bound to the editor, with its guidance and completeness.

A step receives a :class:`StepContext` (the services it needs, never the
application object). It reads the dossier from ``ctx.editor.dossier``, writes
only through ``ctx.editor`` (undoable edits), and refreshes itself when the
editor says something changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from charte_app.domain import Problem

from ..editor import DossierEditor

if TYPE_CHECKING:
    from charte_app.services.dossiers import DossierService


@dataclass
class StepContext:
    """The services a step may use."""

    editor: DossierEditor
    service: DossierService | None = None
    data_dir: Path | None = None
    extras: dict[str, Any] = field(default_factory=dict)


class StepPage(QWidget):
    """Base of a wizard step. Subclasses set ``step_id`` and implement the hooks."""

    step_id: str = ""
    #: Emitted when the step's completeness may have changed.
    completeness_changed = Signal()

    def __init__(self, ctx: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        ctx.editor.reloaded.connect(self.refresh)
        ctx.editor.changed.connect(self._on_changed)

    # --- hooks ---------------------------------------------------------------
    def title(self) -> str:
        """The step's name in the side list (French, translatable)."""
        raise NotImplementedError  # every concrete step defines it

    def guidance(self) -> str:
        """The "Comment faire ?" text: the field's good practice for this step (HTML)."""
        raise NotImplementedError  # every concrete step defines it

    def refresh(self) -> None:
        """Reload every widget from ``ctx.editor.dossier``."""
        raise NotImplementedError  # every concrete step defines it

    def is_complete(self) -> bool:
        """Whether the step holds what a signable document needs."""
        raise NotImplementedError  # every concrete step defines it

    def problems(self) -> list[Problem]:
        """The dossier's problems whose path belongs to this step (shown inline)."""
        return []

    def _on_changed(self, target: object, attr: object) -> None:
        # Default: a cheap full refresh. Steps with large lists refresh only what ``target`` shows.
        self.refresh()
        self.completeness_changed.emit()
