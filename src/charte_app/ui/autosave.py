"""Autosave of the working draft: within a second of the last edit, one transaction each.

Typing only restarts a timer (cheap on the UI thread); when the user pauses,
the dossier is stored with ``service.save_draft``, errors and all (the state
says how many points are left to fix; the wizard lists them). After a crash the
last stored draft is what reopens.

Each save carries the revision the editor started from. When someone else
saved the same dossier in between (another window, a colleague on the shared
server), the store refuses to overwrite their work: the state becomes
``CONFLICT`` and ``conflict`` is emitted so the window can let the user choose
(merge, take theirs, keep mine as a copy). Nothing is saved until then.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from charte_app.domain import DossierRefused, Problem
from charte_app.errors import DraftConflict, UserError

from .editor import DossierEditor

if TYPE_CHECKING:
    from charte_app.services.dossiers import SavedDraft

log = logging.getLogger(__name__)

#: Delay after the last edit; with the save itself it stays under the promised second.
AUTOSAVE_DELAY_MS = 600
#: After a failed save (database busy, disk full), try again this often while the edits wait.
RETRY_DELAY_MS = 5000


class SaveState(Enum):
    SAVED = "saved"  # stored (possibly with points to fix: see ``Autosaver.problems``)
    PENDING = "pending"  # edits not stored yet
    INVALID = "invalid"  # edits not stored: the store refused the dossier (``last_error`` says why)
    FAILED = "failed"  # the store failed (disk full, database busy…): retried, message in ``last_error``
    CONFLICT = "conflict"  # someone else saved in between: nothing stored until the user chooses


#: ``save(dossier, base_revision=…)``: the service's ``save_draft``.
SaveFunction = Callable[..., "SavedDraft | None"]


class Autosaver(QObject):
    """Watches ``editor`` and stores its dossier through ``save`` when the user pauses."""

    state_changed = Signal(object)  # SaveState
    conflict = Signal(object)  # DraftConflict: the window asks the user what to do

    def __init__(
        self,
        editor: DossierEditor,
        save: SaveFunction,
        delay_ms: int = AUTOSAVE_DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor, self._save = editor, save
        self.state = SaveState.SAVED
        self.last_error = ""
        self.enabled = True
        #: Revision of the stored draft the editor's dossier started from (None: save unconditionally).
        self.revision: int | None = None
        #: The stored JSON at that revision: the common ancestor when a conflict is merged.
        self.base: dict[str, Any] | None = None
        #: Errors left in the stored draft (it is stored all the same).
        self.problems: list[Problem] = []
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
        if not self.enabled or self.state == SaveState.CONFLICT:
            return  # a conflict waits for the user's choice; the edits stay in the editor meanwhile
        if self.state != SaveState.PENDING:
            self._set(SaveState.PENDING)
        self._timer.start(self._delay)

    def _reloaded(self) -> None:
        self._timer.stop()
        self.problems = [p for p in self.editor.problems() if p.severity == "error"]
        self._set(SaveState.SAVED)

    def track(self, revision: int | None, base: dict[str, Any] | None) -> None:
        """The stored revision (and its JSON) that the editor's dossier now starts from."""
        self.revision, self.base = revision, base

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
        """Store now if something changed; returns the resulting state."""
        self._timer.stop()
        if self.state in (SaveState.SAVED, SaveState.CONFLICT):
            return self.state  # a conflict waits for the user's choice: never overwrite theirs
        try:
            result = self._save(self.editor.dossier, base_revision=self.revision)
        except DraftConflict as exc:
            self.last_error = exc.message
            log.warning("autosave met a newer draft: %s", exc.message)
            self._set(SaveState.CONFLICT)
            self.conflict.emit(exc)
            return self.state
        except DossierRefused as exc:  # the one thing a draft cannot be stored with (its id): say why
            self.last_error = exc.french()
            self._set(SaveState.INVALID)
        except UserError as exc:
            self.last_error = exc.message
            log.warning("autosave refused: %s", exc.message)
            self._set(SaveState.FAILED)
            self._timer.start(RETRY_DELAY_MS)  # the edits are kept in memory; try again soon
        else:
            self.last_error = ""
            if result is not None:
                self.track(result.revision, result.base)
                self.problems = list(result.problems)
            self._set(SaveState.SAVED)
        return self.state

    def save_now(self) -> SaveState:
        """Store the editor's dossier now, even without a new edit (e.g. a merge just loaded)."""
        self.state = SaveState.PENDING
        return self.flush()
