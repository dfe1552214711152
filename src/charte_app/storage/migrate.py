"""Schema migrations run from code: create, check and back up then upgrade, or refuse a newer or damaged database.

Alembic's scripts ship inside the package (``migrations/``); no ``alembic.ini``
is needed. Checking that a SQLite database is already at :data:`HEAD` costs one
small read-only query and imports neither SQLAlchemy nor Alembic, which keeps
quick commands quick.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import NewerDatabase, UserError
from . import backups
from .interprocess import schema_lock
from .location import sqlite_path

if TYPE_CHECKING:
    from sqlalchemy import Engine

log = logging.getLogger(__name__)

HEAD = "0004"  # the newest revision in migrations/versions (a test checks they agree)
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _alembic_config():  # type: ignore[no-untyped-def]  # alembic is imported lazily
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(_alembic_config())
    return {script.revision for script in scripts.walk_revisions()}


def sqlite_revision(path: Path) -> tuple[str | None, bool]:
    """Revision and whether the file holds any table, read without writing a byte to it.

    A damaged charte-app database is refused as damaged (:class:`DamagedDatabase`, naming the latest
    backup); a file that is not a SQLite database at all, as not ours.
    """
    try:
        # Not "mode=ro": a read-only connection cannot tidy a WAL database's -wal/-shm files on close.
        # query_only makes any write an error, so the file's bytes cannot change.
        conn = sqlite3.connect(path, timeout=10)
        try:
            conn.execute("PRAGMA query_only=ON")
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "alembic_version" not in tables:
                return None, bool(tables)
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            return (row[0] if row else None), True
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if backups.is_damage(exc):
            raise backups.damaged_error(path, str(exc)) from None
        raise open_failure(exc, path) from None  # read-only folder, full disk, locked: said as such
    except sqlite3.DatabaseError as exc:
        if backups.has_sqlite_header(path) and (backups.is_damage(exc) or type(exc) is sqlite3.DatabaseError):
            raise backups.damaged_error(path, str(exc)) from None
        raise UserError(f"« {path} » n'est pas une base de données charte-app lisible.") from None


def open_failure(exc: BaseException, path: Path) -> UserError:
    """What really stops SQLite from opening the base at start: a read-only folder, a full disk, a
    lock — not a damaged file (that is :class:`sqlite3.DatabaseError`'s other kinds)."""
    import os

    text = str(exc).lower()
    code = getattr(exc, "sqlite_errorcode", None)
    if code == sqlite3.SQLITE_FULL or "disk is full" in text or "no space" in text:
        return UserError(
            f"Le disque qui contient « {path.parent} » est plein : charte-app ne peut pas ouvrir sa base de "
            "données. Libérez de la place puis relancez l'application."
        )
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in text or "busy" in text:
        return UserError(
            f"La base de données « {path} » est verrouillée par un autre programme (une autre fenêtre de "
            "charte-app ?) : fermez-le puis réessayez."
        )
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return UserError(
            f"Le dossier des données « {path.parent} » est en lecture seule : charte-app doit pouvoir y écrire "
            "(base de données, journal). Rendez-le accessible en écriture ou choisissez un autre dossier "
            "(option --data-dir)."
        )
    if code in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM) or "unable to open" in text:
        return UserError(f"La base de données « {path} » ne peut pas être ouverte : accès refusé par le système.")
    return UserError(f"« {path} » n'est pas une base de données charte-app lisible.")


def _revision(engine: Engine) -> tuple[str | None, bool]:
    path = sqlite_path(str(engine.url))
    if path is not None:
        if not path.exists() or path.stat().st_size == 0:
            return None, False
        return sqlite_revision(path)
    from sqlalchemy import inspect, text

    with engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
        if "alembic_version" not in names:
            return None, bool(names & {"dossiers", "versions", "approvals", "settings"})
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return (row[0] if row else None), True


def backup_sqlite(path: Path, folder: Path, revision: str) -> Path:
    """A consistent copy of the database (WAL included) made before a migration, in ``folder``."""
    return backups.make_backup(path, backups.MIGRATION, revision, folder=folder)


def prepare_database(engine: Engine, backup_dir: Path | None = None) -> Path | None:
    """Bring the database to :data:`HEAD`. Returns the backup made, if any.

    A new database is created by the migrations. An older one is checked, backed up (in
    ``backup_dir``, by default the ``sauvegardes`` folder beside it), then upgraded. One written by a
    newer charte-app, or damaged, is refused untouched. Creating and upgrading hold a lock shared
    by every process (a lock file, or a PostgreSQL advisory lock): a second process waits, then finds
    the schema ready.
    """
    current, _has_tables = _revision(engine)
    if current == HEAD:
        return None
    path = sqlite_path(str(engine.url))
    with schema_lock(engine, path):
        return _prepare_locked(engine, backup_dir)


def _prepare_locked(engine: Engine, backup_dir: Path | None) -> Path | None:
    current, has_tables = _revision(engine)  # again: another process may have done it while we waited
    if current == HEAD:
        return None
    if current is None and has_tables:
        raise UserError("Cette base de données n'a pas été créée par charte-app : elle n'est pas modifiée.")
    if current is not None and current not in known_revisions():
        raise NewerDatabase(
            f"La base de données a été écrite par une version plus récente de charte-app (schéma « {current} ») : "
            "mettez l'application à jour. La base n'a pas été modifiée."
        )
    backup = None
    if current is not None:
        path = sqlite_path(str(engine.url))
        if path is not None:
            backup = backup_sqlite(path, backup_dir or backups.folder_for(path), current)
            log.info("database backed up to %s before upgrading from %s", backup, current)
        else:  # a server database is backed up by its administrator (pg_dump), not by a desktop app
            log.warning("upgrading database schema from %s without a local backup", current)
    upgrade(engine, "head")
    return backup


def upgrade(engine: Engine, target: str = "head") -> None:
    from alembic import command

    config = _alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, target)
