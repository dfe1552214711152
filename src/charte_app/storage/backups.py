"""Backups of a SQLite database and damage detection (restoring one is :mod:`.restore`).

Backups live in ``<database folder>/sauvegardes/`` and are made with SQLite's
online backup API (a consistent copy, WAL included, while other processes
work): one a day (the first write of the day by any process, or the
application's idle time), the last :data:`KEEP_DAILY` kept; and one before
each schema migration, the last :data:`KEEP_MIGRATION` kept. A source is
checked (``PRAGMA integrity_check``) before it is copied, so a damaged database
never pushes a good backup out of the rotation. Before writing, a store runs
the quicker ``quick_check`` (:func:`check`); any "malformed" error is damage
too (:func:`is_damage`), refused with :func:`damaged_error`.

Standard ``sqlite3`` only (no SQLAlchemy): the checks run before the first
unit of work, and restoring must work on a database nothing else can open.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..errors import DamagedDatabase, UserError

log = logging.getLogger(__name__)

FOLDER = "sauvegardes"
DAILY = "quotidienne"
MIGRATION = "avant-migration"
KEEP_DAILY = 7
KEEP_MIGRATION = 5
SQLITE_MAGIC = b"SQLite format 3\x00"
_STAMP = "%Y-%m-%d_%H%M%S"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{4}-\d{2}-\d{2}_\d{6})(?:-\d+)?-(?P<kind>quotidienne|avant-migration)"
    r"(?:-rev(?P<revision>[0-9A-Za-z_]+))?\.sqlite3$"
)
# SQLite's words for a damaged file (SQLITE_CORRUPT, SQLITE_NOTADB), as sqlite3 and SQLAlchemy relay them.
_DAMAGE_MARKERS = ("malformed", "not a database", "corrupt")


@dataclass(frozen=True)
class Backup:
    """One backup file: when it was made, how big it is, and why (daily or before a migration)."""

    path: Path
    created: datetime
    size: int
    kind: str  # DAILY or MIGRATION
    revision: str | None = None  # the schema it holds, for a backup made before a migration

    def describe(self) -> str:
        """French one-line description: date, kind and size."""
        kind = "quotidienne" if self.kind == DAILY else f"avant mise à jour (schéma {self.revision or '?'})"
        return f"{self.created:%d/%m/%Y à %H:%M}, {kind}, {human_size(self.size)}"


def human_size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} Ko"
    return f"{size / (1024 * 1024):.1f} Mo".replace(".", ",")


def folder_for(database: Path) -> Path:
    """The backups folder of a SQLite database file."""
    return database.parent / FOLDER


def is_damage(error: BaseException | None) -> bool:
    """Whether a sqlite3 (or wrapped) error says the file is damaged."""
    text = str(error).lower()
    return any(marker in text for marker in _DAMAGE_MARKERS)


def has_sqlite_header(path: Path) -> bool:
    """Whether the file starts as every SQLite database does (a damaged one usually still does)."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def list_backups(folder: Path) -> list[Backup]:
    """The backups of ``folder``, newest first (files not named by charte-app are ignored)."""
    found: list[Backup] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        match = _NAME.match(path.name)
        if match is None or not path.is_file():
            continue
        try:
            created = datetime.strptime(match["stamp"], _STAMP)
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(Backup(path, created, size, match["kind"], match["revision"]))
    found.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return found


def damaged_error(database: Path, detail: str | None = None) -> DamagedDatabase:
    """The French refusal for a damaged database, saying where the latest backup is and how to restore it."""
    if detail:
        log.error("database %s is damaged: %s", database, detail)
    backups = list_backups(folder_for(database))
    if backups:
        latest = backups[0]
        where = (
            f"Dernière sauvegarde : « {latest.path} » ({latest.describe()}).\nPour la restaurer : "
            "« charte-app restore latest », ou, dans l'application, Fichier › Restaurer une sauvegarde… "
            "(la base endommagée est mise de côté, pas effacée)."
        )
    else:
        where = f"Aucune sauvegarde n'existe dans « {folder_for(database)} »."
    return DamagedDatabase(
        f"La base de données « {database} » est endommagée : rien n'y a été enregistré.\n{where}", database
    )


@contextlib.contextmanager
def _reader(path: Path, *, immutable: bool = False, strict: bool = False) -> Iterator[sqlite3.Connection]:
    """A connection that cannot write a byte to ``path``.

    ``strict``: read-only at the file level, so that closing it never checkpoints the WAL into the file
    (a possibly damaged one); its -wal/-shm may stay until the next ordinary connection closes.
    """
    if immutable:  # a backup nobody writes: read as is, without creating -wal/-shm beside it
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True, timeout=10)
    elif strict:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=10)
    else:
        # Not "mode=ro": a read-only connection cannot tidy a WAL database's -wal/-shm files on close.
        conn = sqlite3.connect(path, timeout=10)
        conn.execute("PRAGMA query_only=ON")
    try:
        yield conn
    finally:
        conn.close()


def check(path: Path, *, full: bool = False, immutable: bool = False) -> str | None:
    """None when the database passes SQLite's check (``quick_check``, or ``integrity_check`` if ``full``),
    else the first problem found. Errors other than damage (a busy file) propagate."""
    pragma = "integrity_check(5)" if full else "quick_check(5)"
    try:
        with _reader(path, immutable=immutable, strict=True) as conn:
            rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}")]
    except sqlite3.DatabaseError as exc:
        if is_damage(exc) or not isinstance(exc, sqlite3.OperationalError):
            return str(exc)
        raise
    return None if rows == ["ok"] else "; ".join(rows)


def _has_dossiers(path: Path) -> bool:
    with _reader(path) as conn:
        try:
            return conn.execute("SELECT 1 FROM dossiers LIMIT 1").fetchone() is not None
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):
                return False
            raise


def make_backup(database: Path, kind: str, revision: str | None = None, *, folder: Path | None = None) -> Path:
    """Copy ``database`` (checked first) into the backups folder, then prune its kind's old backups.

    The copy is written under a temporary name and renamed when complete: a backup file is whole
    or absent. It is left in rollback-journal mode, a single file that can be copied or opened as is.
    """
    # The full integrity check (about as fast as quick_check on these small files): a subtle damage
    # must not push the good backups out of the rotation, day after day.
    problem = check(database, full=True)
    if problem is not None:
        raise damaged_error(database, problem)
    target_folder = folder or folder_for(database)
    target_folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime(_STAMP)
    suffix = f"-rev{revision}" if revision else ""
    target = target_folder / f"{database.stem}-{stamp}-{kind}{suffix}.sqlite3"
    counter = 1
    while target.exists():  # two backups in one second (a migration right after the daily one)
        counter += 1
        target = target_folder / f"{database.stem}-{stamp}-{counter}-{kind}{suffix}.sqlite3"
    partial = target_folder / f".{target.name}.{os.getpid()}.partiel"  # two processes may back up at once
    try:
        with _reader(database) as source:
            dest = sqlite3.connect(partial)
            try:
                source.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
        with partial.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    prune(target_folder, kind, KEEP_DAILY if kind == DAILY else KEEP_MIGRATION)
    log.info("database %s backed up to %s", database, target)
    return target


def prune(folder: Path, kind: str, keep: int) -> None:
    """Delete the backups of ``kind`` beyond the ``keep`` newest."""
    for old in [b for b in list_backups(folder) if b.kind == kind][keep:]:
        with contextlib.suppress(OSError):
            old.path.unlink()
            log.info("old backup %s deleted", old.path)


def daily_backup(database: Path) -> bool:
    """Make today's backup unless one exists. False when there is nothing to back up yet (no dossier):
    the caller tries again at its next write, so a first day's work gets its backup the same day.

    A failure to back up is logged, never in the way of saving the user's work; damage is raised.
    """
    today = datetime.now().date()
    folder = folder_for(database)
    if any(b.kind == DAILY and b.created.date() == today for b in list_backups(folder)):
        return True
    try:
        if not database.is_file() or not _has_dossiers(database):
            return False
        make_backup(database, DAILY)
    except DamagedDatabase:
        raise
    except (OSError, sqlite3.Error, UserError) as exc:
        log.warning("daily backup of %s failed: %s", database, exc)
    return True


# -- no other user during a restore (see storage.restore) ----------------------------------------------


# SQLite's POSIX locks: every open connection to a WAL database keeps a read lock on these bytes of the file.
_SHARED_FIRST = 0x40000000 + 2
_SHARED_SIZE = 510


@contextlib.contextmanager
def no_other_user(database: Path) -> Iterator[None]:
    """Make sure no other process has the database open, and keep new ones out during the block.

    A session still open on it would go on writing into the file set aside, its edits missing from the
    restored database without anyone noticing. On Windows an open file cannot be renamed: the swap
    itself fails, and is undone.
    """
    if sys.platform == "win32" or not database.is_file():
        yield
        return
    import fcntl

    fd = os.open(database, os.O_RDWR)
    try:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, _SHARED_SIZE, _SHARED_FIRST)
        except OSError:
            raise UserError(
                "La base de données est ouverte par un autre programme (une fenêtre de charte-app ?) : "
                "fermez-le, puis recommencez. Rien n'a été changé."
            ) from None
        yield
    finally:
        os.close(fd)  # releases the lock
