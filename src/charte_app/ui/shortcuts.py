"""Application-wide keyboard behaviour: the dossier's undo/redo wins over a text field's own."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget


class UndoShortcutFilter(QObject):
    """Lets Ctrl+Z / Ctrl+Y reach the dossier's undo stack even when a text field has the focus.

    Text fields keep their own small undo history and would swallow these keys; in the
    wizard the whole dossier is the unit of undo, across fields and steps. Fields elsewhere
    (search box, dialogs) keep their usual behaviour.
    """

    _TEXT_WIDGETS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Installed by ``watch`` on wizard text fields only.
        if event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            combo = QKeySequence(event.keyCombination())
            if (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
                or combo == QKeySequence("Ctrl+Y")
            ):
                return True  # not accepted: the application shortcut fires instead
        return False

    def watch(self, _old: QWidget | None, new: QWidget | None) -> None:
        """``QApplication.focusChanged``: a wizard text field taking the focus gets this filter."""
        if isinstance(new, self._TEXT_WIDGETS) and _in_wizard(new):
            new.installEventFilter(self)  # Qt keeps one entry per filter: no duplicates


def _in_wizard(widget: QObject) -> bool:
    """Whether ``widget`` edits the dossier: it lies inside a wizard step."""
    from .steps.base import StepPage  # late: this module is imported before the steps

    parent = widget.parent()
    while parent is not None:
        if isinstance(parent, StepPage):
            return True
        parent = parent.parent()
    return False


def install_undo_filter(app: QApplication) -> None:
    """Give each text field of the wizard an :class:`UndoShortcutFilter` when it takes the focus
    (idempotent): a shortcut goes to the focused widget only.

    Not one filter on the application: Python would then be called for every event of every object
    (some 2 000 before the window is first painted), and PySide would build a Python class, enums
    included, for each kind of object and event it passes: 40 % of the first paint.
    """
    if app.findChild(UndoShortcutFilter) is not None:
        return
    shortcut_filter = UndoShortcutFilter(app)
    app.focusChanged.connect(shortcut_filter.watch)
    shortcut_filter.watch(None, app.focusWidget())
