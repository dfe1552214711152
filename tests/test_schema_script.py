"""A new SQLite database is created from the schema script (issue 13): the very schema the Alembic
migrations create, without importing SQLAlchemy or Alembic. (PostgreSQL databases are still created
by the migrations: the script is SQLite's own record of its schema, so there is nothing to compare
there.)"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from charte_app.storage import migrate, schema
from charte_app.storage.engine import make_engine


def _by_migrations(path: Path) -> None:
    engine = make_engine(f"sqlite:///{path}")
    try:
        migrate.upgrade(engine, "head")
    finally:
        engine.dispose()


def _described(path: Path) -> dict[str, object]:
    conn = sqlite3.connect(path)
    try:
        master = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()
        tables = [row[1] for row in master if row[0] == "table"]
        return {
            "master": master,
            "columns": {t: conn.execute(f'PRAGMA table_info("{t}")').fetchall() for t in tables},
            "foreign keys": {t: conn.execute(f'PRAGMA foreign_key_list("{t}")').fetchall() for t in tables},
            "indexes": {t: conn.execute(f'PRAGMA index_list("{t}")').fetchall() for t in tables},
            "revision": conn.execute("SELECT version_num FROM alembic_version").fetchall(),
            "journal": conn.execute("PRAGMA journal_mode").fetchall(),
            "statements": schema.statements_of(conn),
        }
    finally:
        conn.close()


def test_script_creates_the_schema_the_migrations_create(tmp_path: Path) -> None:
    assert schema.REVISION == migrate.HEAD, "a new migration: regenerate storage/schema.py (see its docstring)"
    migrated, scripted = tmp_path / "migrated.sqlite3", tmp_path / "scripted.sqlite3"
    _by_migrations(migrated)
    schema.create(scripted)
    expected, found = _described(migrated), _described(scripted)
    assert found == expected
    assert expected["statements"] == list(schema.STATEMENTS)
    assert expected["revision"] == [(migrate.HEAD,)]


def test_a_new_store_imports_neither_sqlalchemy_nor_alembic(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from charte_app.services.dossiers import DossierService\n"
        "service = DossierService.open(Path(sys.argv[1]))\n"
        "print(service.list_dossiers(), service.get_setting('x'), [m for m in ('sqlalchemy', 'alembic') if m in sys.modules])\n"
        "service.close()\n"
    )
    folder = tmp_path / "data"
    folder.mkdir()
    done = subprocess.run([sys.executable, "-c", code, str(folder)], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[] None []"
    assert migrate.sqlite_revision(folder / "charte-app.sqlite3") == (migrate.HEAD, True)


def test_a_script_made_store_keeps_the_guards(tmp_path: Path) -> None:
    """The triggers came with the script: a version's content cannot be rewritten."""
    import pytest

    from charte_app.samples import small_dossier
    from charte_app.services.dossiers import DossierService

    folder = tmp_path / "data"
    folder.mkdir()
    with DossierService.open(folder) as service:
        dossier = small_dossier()
        service.save_draft(dossier)
        service.freeze_version(dossier.id, "Première")
    conn = sqlite3.connect(folder / "charte-app.sqlite3")
    try:
        with pytest.raises(sqlite3.DatabaseError, match="ne peut pas être modifié"):
            conn.execute("UPDATE versions SET snapshot = '{}'")
        with pytest.raises(sqlite3.DatabaseError, match="ne peut pas être remplacée"):
            conn.execute("INSERT OR REPLACE INTO versions SELECT * FROM versions")
    finally:
        conn.close()
