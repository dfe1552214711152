"""Database engines: where the database is and how each connection is set up.

SQLite (the default, one file in the data directory) gets foreign keys, WAL
journaling and a busy timeout on every connection, and real transactions
(``BEGIN`` issued by us, so a multi-statement unit of work is atomic). A
PostgreSQL URL (``--database-url`` / ``CHARTE_APP_DATABASE_URL``) uses the very
same tables and code.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from ..errors import UserError

BUSY_TIMEOUT_MS = 10_000
WRITE_OPTION = "charte_app_write"  # execution option set on the engine of writing units of work


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except Exception:
        raise UserError(f"Adresse de base de données invalide : « {url} ».") from None
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    if parsed.get_backend_name() != "postgresql":
        raise UserError(
            f"Base de données non prise en charge : « {parsed.get_backend_name()} » (SQLite ou PostgreSQL)."
        )
    try:
        return create_engine(url, pool_pre_ping=True)
    except ImportError:
        raise UserError(
            "Le pilote PostgreSQL n'est pas installé : installez charte-app avec l'option « postgresql »."
        ) from None


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let us issue BEGIN ourselves: the driver's implicit transactions would not cover reads and DDL.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def _sqlite_on_begin(connection: Any) -> None:
    # A unit of work that writes takes the write lock at once (IMMEDIATE): a deferred transaction that
    # read first could not upgrade while another process writes, and would fail instead of waiting.
    write = connection.get_execution_options().get(WRITE_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
