"""The store: where the database is, its schema check, and units of work.

``with store.transaction() as repo:`` is one user action: everything done
through ``repo`` (a :class:`~charte_app.storage.repository.Repository`) is
committed together, or rolled back together when anything raises.

Opening a SQLite store that is already at the current schema imports neither
SQLAlchemy nor Alembic; the engine is created on the first unit of work. Until
then, the reads that starting the application or ``charte-app list`` need
(:meth:`Store.summaries`, :meth:`Store.draft`, :meth:`Store.setting`) read a
SQLite file with the standard driver, with the very SQL text the SQLAlchemy
path runs. That keeps ``charte-app list`` well under half a second and the
window's first paint free of SQLAlchemy; :meth:`Store.warm_up` loads it later,
in idle time, before the first write needs it.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import DamagedDatabase, NotFound, UserError
from ..fsutil import protect
from . import backups
from .location import resolve_url, sqlite_path
from .migrate import HEAD, open_failure, sqlite_revision

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from .repository import Repository

log = logging.getLogger(__name__)

STATUS_ORDER = ("draft", "shared", "approved", "signed")
STATUS_LABELS = {"draft": "projet", "shared": "partagée", "approved": "validée", "signed": "signée"}

# Plain standard SQL (no dialect feature): the same text runs on SQLite and PostgreSQL.
SUMMARY_SQL = """
SELECT d.id, d.title, d.territory, d.updated_at,
       (SELECT COUNT(*) FROM versions v WHERE v.dossier_id = d.id) AS version_count,
       (SELECT v.status FROM versions v WHERE v.dossier_id = d.id ORDER BY v.number DESC LIMIT 1) AS latest_status,
       d.archived, d.problems,
       (SELECT v.number FROM versions v WHERE v.dossier_id = d.id ORDER BY v.number DESC LIMIT 1) AS latest_number,
       (SELECT v.label FROM versions v WHERE v.dossier_id = d.id ORDER BY v.number DESC LIMIT 1) AS latest_label,
       d.revision
FROM dossiers d
{where}
ORDER BY d.updated_at DESC, d.id
"""

# Single-row reads with named parameters, which both sqlite3 and SQLAlchemy's text() accept.
DRAFT_SQL = "SELECT draft, revision, updated_at, saved_by, problems FROM dossiers WHERE id = :id"
SETTING_SQL = "SELECT value FROM settings WHERE key = :key"
# What Repository.version(with_snapshot=True) and Repository.approvals read, for the driver path.
VERSION_SQL = (
    "SELECT id, number, label, author, created_at, status, fingerprint, snapshot, extra FROM versions "
    "WHERE dossier_id = :id AND number = :number"
)
APPROVALS_SQL = "SELECT partner, decision, date, comment, extra FROM approvals WHERE version_id = :id ORDER BY position"


@dataclass(frozen=True)
class SummaryRow:
    """One dossier as the list shows it (the service calls it ``DossierSummary``)."""

    id: str
    title: str
    territory: str | None
    updated_at: str
    version_count: int
    latest_status: str | None
    archived: bool
    problem_count: int = 0  # errors left in the stored draft ("points à corriger")
    latest_number: int | None = None  # the latest version's number and label (None: no version yet)
    latest_label: str | None = None
    revision: int | None = field(default=None, compare=False)  # the draft's: what was computed of it still holds


@dataclass(frozen=True)
class StoredDraft:
    """The working draft as stored: canonical JSON, its revision, when and by whom it was written."""

    text: str
    revision: int
    updated_at: str
    saved_by: str | None
    problems: str  # JSON list of the draft's errors, "[]" when clean


def _known_failure(error: BaseException | None) -> UserError | None:
    """A French explanation for the database failures a user can act upon (busy, full, read-only)."""
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return UserError(
            "La base de données est occupée par un autre programme (une autre fenêtre de charte-app ?) : "
            "réessayez dans un instant."
        )
    if "disk is full" in text or "no space" in text:
        return UserError("Le disque est plein : rien n'a été enregistré. Libérez de la place puis recommencez.")
    if "readonly" in text or "read-only" in text:
        return UserError("La base de données est en lecture seule : rien n'a été enregistré.")
    return None


def _count(problems: str | None) -> int:
    """How many errors a stored problem list holds (the JSON text is short: errors only)."""
    if not problems or problems == "[]":
        return 0
    import json

    return len(json.loads(problems))


def _create_sqlite(path: Path) -> bool:
    """Create a new SQLite database at the current schema from :mod:`.schema` (the standard driver:
    a first start pays for neither SQLAlchemy nor Alembic). False when the file is there already
    (another process made it while we waited for the schema lock, or it is not ours): the
    migrations' path then decides."""
    from . import schema
    from .interprocess import file_lock

    if schema.REVISION != HEAD or (path.exists() and path.stat().st_size > 0):
        return False
    with file_lock(path):
        if path.exists() and path.stat().st_size > 0:
            return False
        try:
            schema.create(path)
        except sqlite3.Error as exc:
            raise open_failure(exc, path) from None  # a full disk, a read-only folder: said in French
    log.info("new database %s created at schema %s", path, HEAD)
    return True


def _finish_restore(path: Path) -> None:
    """Before the database is read or created: finish a restore that was interrupted, and never create an
    empty database where one existed (a missing file beside backups or set-aside databases is refused)."""
    from . import restore

    if restore.journal_path(path).exists():
        from .interprocess import file_lock

        with file_lock(path):
            restore.recover(path)
    if path.exists() and path.stat().st_size > 0:
        return
    signs = restore.previous_database_signs(path)
    if signs:
        raise restore.refuse_missing(path, signs)


def summary_sql(include_archived: bool) -> str:
    return SUMMARY_SQL.format(where="" if include_archived else "WHERE d.archived = FALSE")


class Store:
    """The database of one installation (a SQLite file, or a PostgreSQL server)."""

    def __init__(self, url: str, engine: Engine | None = None) -> None:
        self.url = url
        self._engine = engine
        self._sqlite = sqlite_path(url)
        self._checked_on: date | None = None  # the day the database was last checked
        self._backed_up_on: date | None = None  # the day a daily backup was last found or made
        self._damaged: str | None = None  # what SQLite said when damage was found: no write after that

    @classmethod
    def open(cls, data_dir: Path, database_url: str | None = None) -> Store:
        """Open (creating or upgrading as needed) the database of ``data_dir`` or ``database_url``."""
        url = resolve_url(data_dir, database_url)
        path = sqlite_path(url)
        # From now on no export or save of this process may land on the database or its backups.
        protect(database=path, folder=data_dir)
        if path is not None and not path.parent.is_dir():
            raise UserError(f"Le dossier de la base de données « {path.parent} » n'existe pas.")
        if path is not None:
            _finish_restore(path)
        if path is not None and path.is_file() and sqlite_revision(path) == (HEAD, True):
            return cls(url)  # up to date: the engine can wait until it is needed
        if path is not None and _create_sqlite(path):
            return cls(url)  # new, from the schema script: no SQLAlchemy, no Alembic
        from sqlalchemy.exc import OperationalError

        from .engine import make_engine
        from .migrate import prepare_database

        engine = make_engine(url)
        try:
            prepare_database(engine)
        except OperationalError as exc:
            engine.dispose()
            if path is None:
                raise
            raise open_failure(exc.orig or exc, path) from None  # a new base on a full or read-only disk
        except BaseException:
            engine.dispose()
            raise
        return cls(url, engine)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            from .engine import make_engine

            self._engine = make_engine(self.url)
        return self._engine

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()

    @contextlib.contextmanager
    def transaction(self, *, readonly: bool = False) -> Iterator[Repository]:
        """One unit of work: committed when the block ends, rolled back if it raises.

        A writing unit of work takes SQLite's write lock when it begins (waiting up to the busy
        timeout for another writer), so its reads and writes see one consistent state.
        """
        from sqlalchemy.exc import DatabaseError, DataError, OperationalError
        from sqlalchemy.orm import Session

        from .concurrency import clash_error
        from .engine import WRITE_OPTION
        from .repository import Repository

        writers_lock: contextlib.AbstractContextManager[None] = contextlib.nullcontext()
        if not readonly and self._sqlite is not None:
            from .interprocess import shared_lock

            # Shared with other writers; a restore holds it exclusively: no write lands in a file being set aside.
            writers_lock = shared_lock(self._sqlite)
        bind: Engine
        if not readonly:
            bind = self.engine.execution_options(**{WRITE_OPTION: True})
        elif self.engine.dialect.name == "postgresql":
            # One snapshot for the whole read (a `.charte` file written while others freeze versions is one
            # state); a read-only transaction is never refused for serialisation at this level.
            bind = self.engine.execution_options(isolation_level="REPEATABLE READ")
        else:
            bind = self.engine  # SQLite: a read transaction already sees one snapshot
        try:
            with writers_lock, Session(bind, expire_on_commit=False) as session:
                if not readonly:
                    self.check_before_write()
                try:
                    yield Repository(session)
                    session.commit()
                except BaseException:
                    session.rollback()
                    raise
        except OperationalError as exc:
            clash = clash_error(exc.orig)  # a serialisation failure, a deadlock, a lock waited for too long
            if clash is not None:
                raise clash from None
            known = self._failure(exc.orig)
            if known is None:
                raise
            raise known from None
        except DataError as exc:
            # PostgreSQL refuses values SQLite stores as they are (a text longer than its VARCHAR column,
            # a NUL character): the unit of work is rolled back whole, and the user told so in French.
            log.warning("database refused a value: %s", str(exc.orig).splitlines()[0] if exc.orig else exc)
            raise UserError(
                "La base de données a refusé une valeur (trop longue pour elle, ou contenant un caractère "
                "interdit) : rien n'a été enregistré."
            ) from None
        except DatabaseError as exc:  # SQLite's "database disk image is malformed" is not an OperationalError
            clash = clash_error(exc.orig)  # a unique key two writers took at the same moment
            if clash is not None:
                raise clash from None
            if not backups.is_damage(exc.orig):
                raise
            raise self._damage(str(exc.orig)) from None

    def _failure(self, error: BaseException | None) -> UserError | None:
        """A French explanation of a driver error: damage first (it also stops every later write), then
        the failures a user can act upon."""
        if backups.is_damage(error):
            return self._damage(str(error))
        return _known_failure(error)

    def _damage(self, detail: str) -> DamagedDatabase:
        """Remember that the database is damaged (no write from now on) and say so, naming the latest backup."""
        first = self._damaged is None
        self._damaged = self._damaged or detail
        if self._sqlite is None:  # a server's damage is its administrator's business: say it as the server did
            return DamagedDatabase(f"La base de données du serveur signale une erreur grave : {detail}")
        return backups.damaged_error(self._sqlite, detail if first else None)  # logged once

    def check_before_write(self) -> None:
        """Before the first write of the day of this store: check the database, then make the day's backup.

        A damaged database refuses every write (:class:`DamagedDatabase`). Run by the first writing unit of
        work, or earlier in the application's idle time (see :meth:`warm_up`), never before the first paint.
        """
        if self._damaged is not None:
            raise self._damage(self._damaged)
        today = date.today()
        if self._sqlite is None:
            if self._checked_on is None:
                log.info("server database: no local backups (its administrator backs it up), damage is its business")
            self._checked_on = today
            return
        if self._checked_on != today and self._sqlite.is_file():
            problem = backups.check(self._sqlite)
            if problem is not None:
                raise self._damage(problem)
            self._checked_on = today
        if self._backed_up_on != today and backups.daily_backup(self._sqlite):
            self._backed_up_on = today

    def warm_up(self) -> Iterator[None]:
        """Load SQLAlchemy, the mappings and the engine, one step (≈ 50–300 ms) per ``next()``.

        So that the first unit of work does not wait for them: the application runs one step per
        idle moment once its window is shown. Afterwards reads go through the engine too.
        """
        import sqlalchemy  # noqa: F401  (the core: the longest step)

        yield
        import sqlalchemy.orm  # noqa: F401

        yield
        from . import repository  # noqa: F401  (the table mappings and the queries of every unit of work)

        yield
        from sqlalchemy.orm import configure_mappers

        configure_mappers()
        self.engine  # noqa: B018  (created now rather than on the first save)
        yield
        self.check_before_write()  # the check and the day's backup, before the first save needs them

    def _read(self, sql: str, params: dict[str, Any] | None = None) -> list[tuple[Any, ...]]:
        """Rows of one read-only query: with the standard driver on a SQLite file while no engine exists
        (nothing of SQLAlchemy is imported), else in a read-only unit of work."""
        if self._sqlite is not None and self._engine is None:
            try:
                conn = sqlite3.connect(self._sqlite, timeout=10)
                try:
                    conn.execute("PRAGMA query_only=ON")
                    return conn.execute(sql, params or {}).fetchall()
                finally:
                    conn.close()
            except sqlite3.DatabaseError as exc:
                known = self._failure(exc)
                if known is None:
                    raise
                raise known from None
        with self.transaction(readonly=True) as repo:
            return repo.rows(sql, params)

    def summaries(self, include_archived: bool = False) -> list[SummaryRow]:
        """One row per dossier, from summary columns only (the drafts are never read)."""
        rows = self._read(summary_sql(include_archived))
        return [
            SummaryRow(
                r[0], r[1], r[2], r[3], int(r[4] or 0), r[5], bool(r[6]), _count(r[7]),
                None if r[8] is None else int(r[8]), r[9], int(r[10]),
            )
            for r in rows
        ]  # fmt: skip

    def draft(self, dossier_id: str) -> str:
        """The canonical JSON of a dossier's working draft."""
        return self.stored_draft(dossier_id).text

    def stored_draft(self, dossier_id: str) -> StoredDraft:
        """A dossier's working draft with its revision (see :meth:`Repository.update_draft`)."""
        rows = self._read(DRAFT_SQL, {"id": dossier_id})
        if not rows:
            raise NotFound(f"Aucun dossier ne porte l'identifiant « {dossier_id} ».")
        text, revision, updated_at, saved_by, problems = rows[0]
        return StoredDraft(str(text), int(revision), str(updated_at), saved_by, str(problems or "[]"))

    def version_rows(self, dossier_id: str, number: int) -> tuple[Any, list[Any]] | None:
        """A version (snapshot text included) and its approvals, as attribute rows, read with the
        standard driver while no engine exists (``compare`` of a stored dossier then imports no
        SQLAlchemy); None once an engine exists: the caller reads through the repository."""
        if self._sqlite is None or self._engine is not None:
            return None
        from types import SimpleNamespace

        rows = self._read(VERSION_SQL, {"id": dossier_id, "number": number})
        if not rows:
            self.stored_draft(dossier_id)  # NotFound when the dossier itself is not there
            raise NotFound(f"Le dossier n'a pas de version n° {number}.")
        keys = ("id", "number", "label", "author", "created_at", "status", "fingerprint", "snapshot", "extra")
        version = SimpleNamespace(**dict(zip(keys, rows[0], strict=True)))
        approvals = [
            SimpleNamespace(partner=r[0], decision=r[1], date=r[2], comment=r[3], extra=r[4])
            for r in self._read(APPROVALS_SQL, {"id": version.id})
        ]
        return version, approvals

    def setting(self, key: str) -> str | None:
        """A setting's value, None when it is not set."""
        rows = self._read(SETTING_SQL, {"key": key})
        return None if not rows or rows[0][0] is None else str(rows[0][0])
