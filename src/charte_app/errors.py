"""Errors a user can cause, each carrying a French message fit to show as is.

Known errors (a bad file, a locked output, a newer database) derive from
:class:`UserError`: the CLI prints ``message`` and exits 1, the UI shows it in a
dialog. Anything else is a bug: logged with its traceback, never shown raw.
"""

from __future__ import annotations

import errno

# The operating system's messages are English ("Is a directory"); these are shown instead.
_SYSTEM_REASONS: dict[int, str] = {
    errno.ENOENT: "fichier ou dossier introuvable",
    errno.EISDIR: "c'est un dossier, pas un fichier",
    errno.ENOTDIR: "un élément du chemin n'est pas un dossier",
    errno.EACCES: "accès refusé",
    errno.EPERM: "opération non permise",
    errno.EROFS: "le support est en lecture seule",
    errno.ENOSPC: "le disque est plein",
    errno.EFBIG: "fichier trop volumineux",
    errno.ENAMETOOLONG: "nom de fichier trop long",
    errno.ELOOP: "trop de liens symboliques en boucle",
    errno.EBUSY: "fichier utilisé par un autre programme",
    errno.EIO: "erreur de lecture ou d'écriture du support (disque endommagé ou retiré ?)",
    errno.EMFILE: "trop de fichiers ouverts",
    errno.ENFILE: "trop de fichiers ouverts sur le système",
    errno.EEXIST: "le fichier existe déjà",
    errno.EXDEV: "déplacement impossible entre deux disques",
    errno.EINVAL: "nom ou opération invalide",
    errno.ENXIO: "périphérique absent",
    errno.ENODEV: "périphérique absent",
    errno.ETXTBSY: "fichier en cours d'utilisation",
    errno.EAGAIN: "ressource momentanément indisponible",
    errno.ENOMEM: "mémoire insuffisante",
}
for _name, _reason in (("EDQUOT", "quota de disque dépassé"), ("ESTALE", "fichier réseau devenu inaccessible")):
    if hasattr(errno, _name):
        _SYSTEM_REASONS[getattr(errno, _name)] = _reason


def system_reason(exc: OSError) -> str:
    """The French reason of a system error, for a message such as « Impossible de lire X (raison). »

    Never the system's own (English) text: an unknown error is given by its code."""
    if getattr(exc, "winerror", None) == 32:  # ERROR_SHARING_VIOLATION: open in Word or a PDF reader
        return _SYSTEM_REASONS[errno.EBUSY]
    reason = _SYSTEM_REASONS.get(exc.errno or -1)
    if reason is not None:
        return reason
    code = errno.errorcode.get(exc.errno or -1)
    return f"erreur système {code or exc.errno or type(exc).__name__}"


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


class MissingDatabase(UserError):
    """The database file is gone from a data dir that held one (backups, databases set aside): never
    replaced by an empty one; restoring a backup is offered."""


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


class DamagedDatabase(UserError):
    """The database file is damaged: nothing is written to it; the message says where the latest backup is."""

    def __init__(self, message: str, database: object = None) -> None:
        super().__init__(message)
        self.database = database
