"""Where the database is: a URL from the options or environment, or the SQLite file in the data dir.

Light on purpose (no SQLAlchemy import): quick commands resolve the database
and read it without loading the ORM.
"""

from __future__ import annotations

import os
from pathlib import Path

DATABASE_FILE = "charte-app.sqlite3"


def resolve_url(data_dir: Path, database_url: str | None = None) -> str:
    """The database URL: explicit, ``CHARTE_APP_DATABASE_URL``, or the SQLite file in ``data_dir``."""
    url = database_url or os.environ.get("CHARTE_APP_DATABASE_URL")
    if url:
        if url.startswith("postgres://"):  # the short form many hosts print
            url = "postgresql://" + url.removeprefix("postgres://")
        if url.startswith("postgresql://"):
            url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
        return url
    return f"sqlite:///{data_dir / DATABASE_FILE}"


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL, or None for another database (or an in-memory SQLite)."""
    scheme, sep, rest = url.partition(":///")
    if not sep or scheme.split("+")[0] != "sqlite":
        return None
    database = rest.split("?")[0]
    if not database or database == ":memory:":
        return None
    return Path(database)
