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

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
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
    #: Optional: the French title marked with ``QT_TRANSLATE_NOOP(<class name>, "…")``. A step that
    #: sets it can be built lazily (the side list shows the title before the page exists);
    #: :meth:`title` then returns its translation.
    step_title: str = ""
    #: Path prefixes (``dossier.partners``…) of the problems shown inline on this step.
    problem_paths: tuple[str, ...] = ()
    #: Emitted when the step's completeness may have changed.
    completeness_changed = Signal()

    def __init__(self, ctx: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: Set by the wizard: a hidden page does not follow every keystroke elsewhere; it is
        #: marked stale and refreshed when shown (keeps typing cheap on large dossiers).
        self.defer_when_hidden = False
        self._stale = False
        ctx.editor.reloaded.connect(self._on_reloaded)
        ctx.editor.changed.connect(self._dispatch_changed)

    def heightForWidth(self, width: int) -> int:
        """The least height the page needs at ``width`` (not its preferred one).

        The wizard shows each page in a resizable scroll area, which asks a page with wrapped labels
        for its height-for-width: answering with the *preferred* heights (three text boxes of 192 px)
        made steps scroll at 1366×768 although everything fitted once the boxes were a little smaller.
        """
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            return layout.minimumHeightForWidth(width)
        return super().heightForWidth(width)

    # --- hooks ---------------------------------------------------------------
    @classmethod
    def translated_title(cls) -> str:
        """``step_title`` in the current language, known before a page exists ("" when not set)."""
        return QCoreApplication.translate(cls.__name__, cls.step_title) if cls.step_title else ""

    def title(self) -> str:
        """The step's name in the side list (French, translatable)."""
        if self.step_title:
            return self.translated_title()
        raise NotImplementedError  # a step without ``step_title`` defines its own

    def guidance(self) -> str:
        """The "Comment faire ?" text: the field's good practice for this step (HTML)."""
        raise NotImplementedError  # every concrete step defines it

    def refresh(self) -> None:
        """Reload every widget from ``ctx.editor.dossier``."""
        raise NotImplementedError  # every concrete step defines it

    def is_complete(self) -> bool:
        """Whether the step holds what a signable document needs."""
        raise NotImplementedError  # every concrete step defines it

    def missing(self) -> list[str]:
        """What the step still lacks to be complete, one short sentence each (empty when complete).

        Errors are not listed here (they are shown as problems); a step that ``is_complete`` lacks nothing.
        """
        if self.is_complete():
            return []
        return [QCoreApplication.translate("StepPage", "des informations à compléter")]

    def needs_input(self) -> bool:
        """False for a step with nothing to fill in for this dossier (shown with its own mark, never a tick)."""
        return True

    def owns(self, path: str) -> bool:
        """Whether the model field at ``path`` is edited on this step."""
        return _under(path, self.problem_paths)

    def reveal(self, chain: list[Any], attr: str | None) -> QWidget | None:
        """Show the record holding the last object of ``chain`` and return the widget of ``attr``.

        ``chain``: the model objects from the dossier down to what changed. Each master list of the
        page (a :class:`ListEditor`) selects the record of the chain it lists; a step with its own
        selection overrides :meth:`select_record`.
        """
        from ..list_editor import ListEditor  # late: list_editor imports the steps' widgets

        for obj in chain:
            if self.select_record(obj):
                continue
            for lister in self.findChildren(ListEditor):
                if lister.shows(obj):
                    lister.select(obj)
        binder = getattr(self, "binder", None)
        if attr is None or binder is None or not chain:
            return None
        widget: QWidget | None = binder.widget_for(chain[-1], attr)
        return widget

    def select_record(self, obj: Any) -> bool:
        """Select ``obj`` if this step lists such records itself; True when it did."""
        return False

    def problems(self) -> list[Problem]:
        """The dossier's problems whose path belongs to this step (shown inline)."""
        if not self.problem_paths:
            return []
        return [p for p in self.ctx.editor.problems() if _under(p.path, self.problem_paths)]

    def _on_reloaded(self) -> None:
        if self.defer_when_hidden and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.refresh()

    def _dispatch_changed(self, target: object, attr: object) -> None:
        if self.defer_when_hidden and not self.isVisible():
            self._stale = True
            return
        self._on_changed(target, attr)

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def _on_changed(self, target: object, attr: object) -> None:
        # Default: a cheap full refresh. Steps with large lists refresh only what ``target`` shows.
        self.refresh()
        self.completeness_changed.emit()


def _under(path: str, prefixes: tuple[str, ...]) -> bool:
    """Whether ``path`` is one of ``prefixes`` or lies below one (``a.b`` is under ``a``, ``a[0]`` too)."""
    return any(path == p or path.startswith((p + ".", p + "[")) for p in prefixes)


class NothingToFillPage(StepPage):
    """A step that edits nothing the documents need (preview, versions, follow-up): never ticked, never
    missing anything, shown with its own mark."""

    def needs_input(self) -> bool:
        return False

    def missing(self) -> list[str]:
        return []

    def is_complete(self) -> bool:
        return True
