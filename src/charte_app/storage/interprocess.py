"""Serialising schema creation, upgrades, restores and writes between processes.

SQLite: an OS-level lock on a file beside the database (``fcntl.flock`` on
POSIX, ``msvcrt.locking`` on Windows), released by the OS if the process dies.
Schema changes and restores hold it exclusively (:func:`file_lock`); every
writing unit of work holds it shared (:func:`shared_lock`), so a restore waits
for the writes under way and no write starts on a file being swapped (on
Windows, where an open database cannot be renamed anyway, writers take no lock).
PostgreSQL: a session advisory lock held on its own connection. The lock file is
never deleted: deleting it would let a process lock a file another one is about
to replace.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import UserError

if TYPE_CHECKING:
    from sqlalchemy import Engine

log = logging.getLogger(__name__)

LOCK_SUFFIX = ".verrou"
WAIT_SECONDS = 300.0  # an upgrade of a large database takes seconds; beyond this something is stuck
_POLL_SECONDS = 0.05
# pg_advisory_lock key: any constant shared by every charte-app process ("charte" in ASCII).
PG_LOCK_KEY = 0x636861727465


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + LOCK_SUFFIX)


def _try_lock(fd: int, *, shared: bool = False) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


@contextlib.contextmanager
def file_lock(database: Path, timeout: float = WAIT_SECONDS, *, shared: bool = False) -> Iterator[None]:
    """Hold the lock of ``database`` (waiting for another process to release it) during the block;
    ``shared``: alongside other shared holders, never with an exclusive one."""
    if shared and sys.platform == "win32":
        yield
        return
    path = lock_path(database)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        # A read-only folder: nothing can be created or upgraded there anyway, and the step that tries
        # explains it to the user. The lock must not hide that message behind its own.
        log.warning("no lock file %s (%s): going on without it", path, exc)
        yield
        return
    try:
        deadline = time.monotonic() + timeout
        while not _try_lock(fd, shared=shared):
            if time.monotonic() > deadline:
                raise UserError(
                    "Un autre programme charte-app prépare ou restaure la base de données depuis trop longtemps : "
                    "fermez les autres fenêtres de charte-app puis réessayez."
                )
            time.sleep(_POLL_SECONDS)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


def shared_lock(database: Path, timeout: float = WAIT_SECONDS) -> contextlib.AbstractContextManager[None]:
    """The lock a writing unit of work holds: shared with other writers, exclusive of a restore."""
    return file_lock(database, timeout, shared=True)


@contextlib.contextmanager
def schema_lock(engine: Engine, database: Path | None) -> Iterator[None]:
    """The lock for changing a database's schema: a lock file for SQLite, an advisory lock for PostgreSQL."""
    if database is not None:
        with file_lock(database):
            yield
        return
    if engine.dialect.name != "postgresql":
        yield
        return
    from sqlalchemy import text

    with engine.connect() as conn:
        conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": PG_LOCK_KEY})
        conn.commit()  # the lock belongs to the session, not to a transaction: none is left open
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": PG_LOCK_KEY})
            conn.commit()
