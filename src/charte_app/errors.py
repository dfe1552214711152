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


class DamagedDatabase(UserError):
    """The database file is damaged: nothing is written to it; the message says where the latest backup is."""

    def __init__(self, message: str, database: object = None) -> None:
        super().__init__(message)
        self.database = database
