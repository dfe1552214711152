"""Migrations: a new database is created by them, old ones are backed up then upgraded, newer ones refused.

``tests/data/db/schema-0001.sqlite3`` is a frozen database of the first schema
(revision 0001) holding the Reims example; it stands for the databases users
already have and is never regenerated.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect

from charte_app.errors import NewerDatabase, UserError
from charte_app.services.dossiers import DossierService
from charte_app.storage import Store
from charte_app.storage.location import DATABASE_FILE
from charte_app.storage.migrate import HEAD, known_revisions
from charte_app.storage.tables import Base

FIXTURES = Path(__file__).resolve().parent / "data" / "db"
REIMS_ID = "6b0c3c6e-2d7a-4c5e-9d8e-0b3f8d3c1a01"


def _revision(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_head_constant_matches_the_migration_scripts() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from charte_app.storage.migrate import MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_heads() == [HEAD]
    assert {"0001", HEAD} <= known_revisions()


def test_a_new_database_is_created_by_the_migrations(data_dir: Path) -> None:
    Store.open(data_dir).close()
    db = data_dir / DATABASE_FILE
    assert _revision(db) == HEAD
    assert not list(data_dir.glob("**/*avant-migration*"))  # nothing to back up


def test_migrated_schema_matches_the_mapped_tables(data_dir: Path) -> None:
    Store.open(data_dir).close()
    engine = create_engine(f"sqlite:///{data_dir / DATABASE_FILE}")
    try:
        inspector = inspect(engine)
        for table in Base.metadata.sorted_tables:
            columns = {c["name"] for c in inspector.get_columns(table.name)}
            assert columns == {c.name for c in table.columns}, table.name
            indexes = {i["name"] for i in inspector.get_indexes(table.name)}
            assert {i.name for i in table.indexes} <= indexes, table.name
    finally:
        engine.dispose()


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema-*.sqlite3")), ids=lambda p: p.name)
def test_every_past_schema_upgrades_to_head_with_a_backup(data_dir: Path, fixture: Path) -> None:
    db = data_dir / DATABASE_FILE
    shutil.copyfile(fixture, db)
    old_revision = _revision(db)
    assert old_revision != HEAD
    service = DossierService.open(data_dir)
    try:
        assert _revision(db) == HEAD
        (backup,) = (data_dir / "sauvegardes").glob(f"*avant-migration*-rev{old_revision}.sqlite3")
        assert _revision(backup) == old_revision
        # the data survived the upgrade
        (summary,) = service.list_dossiers()
        assert (summary.id, summary.version_count, summary.latest_status) == (REIMS_ID, 2, "approved")
        versions = service.list_versions(REIMS_ID)
        assert versions[0].fingerprint.startswith("sha256:eea74af7398f78d5")
        assert service.find_by_fingerprint("eea74af7")[0].number == 1
        assert service.get_setting("last_opened") == REIMS_ID
        # and the database-level guards still hold after the upgrade
        conn = sqlite3.connect(db)
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("UPDATE versions SET snapshot = '{}'")
        conn.close()
    finally:
        service.close()


def test_frozen_fixture_is_at_the_first_schema() -> None:
    assert _revision(FIXTURES / "schema-0001.sqlite3") == "0001"


def test_a_newer_database_is_refused_and_left_byte_for_byte_untouched(data_dir: Path) -> None:
    Store.open(data_dir).close()
    db = data_dir / DATABASE_FILE
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = _digest(db)
    files_before = sorted(p.name for p in data_dir.iterdir())
    with pytest.raises(NewerDatabase) as refused:
        DossierService.open(data_dir)
    assert "plus récente" in refused.value.message
    assert _digest(db) == before
    assert sorted(p.name for p in data_dir.iterdir()) == files_before
    assert _revision(db) == "9999_from_the_future"


def test_a_foreign_database_is_refused_untouched(data_dir: Path) -> None:
    db = data_dir / DATABASE_FILE
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.commit()
    conn.close()
    before = _digest(db)
    with pytest.raises(UserError, match="pas été créée par charte-app"):
        DossierService.open(data_dir)
    assert _digest(db) == before


def test_a_file_that_is_not_a_database_is_refused(data_dir: Path) -> None:
    (data_dir / DATABASE_FILE).write_text("ceci n'est pas une base", encoding="utf-8")
    with pytest.raises(UserError, match="pas une base de données"):
        DossierService.open(data_dir)
