"""Errors a user can cause, each carrying a French message fit to show as is.

Known errors (a bad file, a locked output, a newer database) derive from
:class:`UserError`: the CLI prints ``message`` and exits 1, the UI shows it in a
dialog. Anything else is a bug: logged with its traceback, never shown raw.
"""

from __future__ import annotations


class UserError(Exception):
    """A failure the user can understand and act upon; ``str(err)`` is French."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFound(UserError):
    """No dossier, version or document with that identifier."""


class Immutable(UserError):
    """An attempt to change what may not change (a version's content, a signed version)."""


class NewerDatabase(UserError):
    """The database was written by a newer charte-app; it is left untouched."""


class OutputError(UserError):
    """A file could not be written (folder missing, read-only, locked, disk full)."""


class DraftConflict(UserError):
    """The stored draft changed since this copy was loaded: someone else saved in between."""

    def __init__(self, dossier_id: str, revision: int, saved_at: str, saved_by: str | None) -> None:
        from datetime import datetime

        who = f" ({saved_by})" if saved_by else ""
        try:
            when = datetime.fromisoformat(saved_at).astimezone().strftime("le %d/%m/%Y à %H:%M")
        except ValueError:
            when = saved_at
        super().__init__(
            f"Quelqu'un d'autre{who} a enregistré ce dossier {when}, depuis que vous l'avez ouvert : "
            "vos modifications n'ont pas écrasé les siennes."
        )
        self.dossier_id, self.revision, self.saved_at, self.saved_by = dossier_id, revision, saved_at, saved_by

class AlteredVersion(UserError):
    """A stored version whose content no longer matches its fingerprint: the database was altered."""


class ImportDraftConflict(UserError):
    """An imported file's working draft differs from the local one: replace it, or import as a copy."""

    def __init__(self, message: str, dossier_id: str, title: str) -> None:
        super().__init__(message)
        self.dossier_id = dossier_id
        self.title = title


class DecisionConflict(UserError):
    """An imported file contradicts a partner decision already recorded (decisions are history)."""


class ProtectedPath(OutputError):
    """An output path that is the database, one of its journal files or a backup of it."""
