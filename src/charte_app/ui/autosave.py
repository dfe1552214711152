"""Autosave of the working draft: within a second of the last edit, one transaction each.

Typing only restarts a timer (cheap on the UI thread); when the user pauses,
the dossier is validated and, if it has no error, stored with
``service.save_draft``. A dossier with errors is never stored: the state says
so and the wizard lists what to fix. After a crash the last stored draft is
what reopens.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QObject, QTimer, Signal

from charte_app.domain import Dossier, DossierRefused
from charte_app.errors import UserError

from .editor import DossierEditor

log = logging.getLogger(__name__)

#: Delay after the last edit; with the save itself it stays under the promised second.
AUTOSAVE_DELAY_MS = 600
#: After a failed save (database busy, disk full), try again this often while the edits wait.
RETRY_DELAY_MS = 5000


class SaveState(Enum):
    SAVED = "saved"
    PENDING = "pending"  # edits not stored yet
    INVALID = "invalid"  # edits not stored: the dossier has errors
    FAILED = "failed"  # the store refused or failed (message in ``last_error``)


class Autosaver(QObject):
    """Watches ``editor`` and stores its dossier through ``save`` when the user pauses."""

    state_changed = Signal(object)  # SaveState

    def __init__(
        self,
        editor: DossierEditor,
        save: Callable[[Dossier], None],
        delay_ms: int = AUTOSAVE_DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor, self._save = editor, save
        self.state = SaveState.SAVED
        self.last_error = ""
        self.enabled = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._delay = delay_ms
        self._timer.timeout.connect(self._on_timeout)
        editor.changed.connect(self._edited)
        editor.reloaded.connect(self._reloaded)

    def _set(self, state: SaveState) -> None:
        if state != self.state:
            self.state = state
        self.state_changed.emit(state)

    def _edited(self, *_args: object) -> None:
        if not self.enabled:
            return
        if self.state != SaveState.PENDING:
            self._set(SaveState.PENDING)
        self._timer.start(self._delay)

    def _reloaded(self) -> None:
        self._timer.stop()
        self._set(SaveState.SAVED)

    def _retry(self) -> None:
        if self.state == SaveState.FAILED:
            self.state = SaveState.PENDING  # so that flush() tries the store again
            self.flush()

    def pending(self) -> bool:
        return self.state != SaveState.SAVED

    def _on_timeout(self) -> None:
        if self.state == SaveState.FAILED:
            self._retry()
        else:
            self.flush()

    def flush(self) -> SaveState:
        """Store now if something changed and the dossier is valid; returns the resulting state."""
        self._timer.stop()
        if self.state == SaveState.SAVED:
            return self.state
        if any(p.severity == "error" for p in self.editor.problems()):
            self._set(SaveState.INVALID)
            return self.state
        try:
            self._save(self.editor.dossier)
        except DossierRefused as exc:  # validation of the store disagrees: keep the edits, say why
            self.last_error = exc.french()
            self._set(SaveState.INVALID)
        except UserError as exc:
            self.last_error = exc.message
            log.warning("autosave refused: %s", exc.message)
            self._set(SaveState.FAILED)
            self._timer.start(RETRY_DELAY_MS)  # the edits are kept in memory; try again soon
        else:
            self.last_error = ""
            self._set(SaveState.SAVED)
        return self.state
