"""Backups as the user sees them: list them, restore one (CLI ``charte-app restore`` and the application).

These calls never open the store: they must work on a damaged database that
nothing else can read. A PostgreSQL database has no local backups (its
server's administrator backs it up): listing or restoring is refused in French.
"""

from __future__ import annotations

import logging
from pathlib import Path

from ..errors import UserError
from ..paths import data_dir as default_data_dir
from ..storage import backups, restore
from ..storage.backups import Backup
from ..storage.interprocess import file_lock
from ..storage.location import resolve_url, sqlite_path
from ..storage.restore import Restored

log = logging.getLogger(__name__)

LATEST = "latest"

__all__ = ["LATEST", "Backup", "Restored", "backups_folder", "database_file", "list_backups", "restore_backup"]


def database_file(data_dir: Path | None = None, database_url: str | None = None) -> Path:
    """The SQLite file of this installation; refused in French for a server database."""
    folder = default_data_dir(data_dir)
    path = sqlite_path(resolve_url(folder, database_url))
    if path is None:
        raise UserError(
            "La base de données est sur un serveur PostgreSQL : charte-app n'en fait pas de sauvegarde locale. "
            "Demandez à son administrateur de restaurer une sauvegarde du serveur (pg_dump)."
        )
    return path


def backups_folder(data_dir: Path | None = None, database_url: str | None = None) -> Path:
    return backups.folder_for(database_file(data_dir, database_url))


def list_backups(data_dir: Path | None = None, database_url: str | None = None) -> list[Backup]:
    """Every backup of the installation's database, newest first."""
    return backups.list_backups(backups_folder(data_dir, database_url))


def _choose(choice: str | Path, folder: Path, known: set[str]) -> Backup:
    """The backup meant by ``choice``: ``latest`` (the newest one that is intact), a path, or a file name."""
    if str(choice) == LATEST:
        found = backups.list_backups(folder)
        if not found:
            raise UserError(f"Aucune sauvegarde n'existe dans « {folder} » : rien n'a été changé.")
        for candidate in found:
            try:
                restore.check_replacement(candidate.path, known, repair=False)
            except UserError as exc:
                log.warning("skipping backup %s: %s", candidate.path, exc.message)
                continue
            return candidate
        raise UserError(f"Aucune sauvegarde intacte dans « {folder} » : rien n'a été changé.")
    path = Path(choice).expanduser()
    if not path.exists() and not path.is_absolute() and (folder / path).exists():
        path = folder / path  # a name from the list, given without its folder
    if not path.exists():
        raise UserError(f"La sauvegarde « {path} » n'existe pas.")
    if not path.is_file():  # a folder, a FIFO, a device: never opened
        raise UserError(f"« {path} » n'est pas un fichier de sauvegarde : rien n'a été changé.")
    # Checked again once copied (what is put in place is the copy); here, refused before anything else.
    restore.check_replacement(path, known, repair=False)
    return restore.describe_file(path)


def restore_backup(
    choice: str | Path,
    data_dir: Path | None = None,
    database_url: str | None = None,
    *,
    instance_held: bool = False,
    take_over: bool = False,
) -> Restored:
    """Check a backup, set the current database aside (with its -wal/-shm), put the backup in its place.

    Refused while the application's window is open on this data dir (its instance lock), unless the
    caller is that window (``instance_held``); ``take_over`` takes a lock left by another computer or
    by a process that is not charte-app (see :mod:`charte_app.storage.instance_lock`). Holds the
    writers' lock meanwhile: no unit of work, schema creation or other restore runs during the swap.
    """
    from ..storage.instance_lock import InstanceLock
    from ..storage.migrate import known_revisions

    folder = default_data_dir(data_dir)
    database = database_file(folder, database_url)
    backup = _choose(choice, backups.folder_for(database), known_revisions())
    if backup.path.resolve() == database.resolve():
        raise UserError("Ce fichier est la base de données elle-même, pas une sauvegarde : rien n'a été changé.")
    instance = None if instance_held else InstanceLock(folder, "restore")
    if instance is not None:
        instance.acquire_or_refuse(take_over=take_over)
    try:
        with file_lock(database):
            return restore.restore(database, backup, known_revisions())
    finally:
        if instance is not None:
            instance.release()
