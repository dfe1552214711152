"""Damaged databases are never written to; daily and pre-migration backups rotate; a backup is restored.

Also: creating or upgrading the schema is serialised between processes (several real processes on one
fresh data dir, on SQLite and on the throwaway PostgreSQL server).
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from charte_app.errors import DamagedDatabase, UserError
from charte_app.services import backups as backup_service
from charte_app.services.dossiers import DossierService
from charte_app.storage import Store, backups
from charte_app.storage.location import DATABASE_FILE
from charte_app.storage.migrate import HEAD, sqlite_revision
from test_cli import REIMS, REIMS_ID, failed, ok, run

FIXTURES = Path(__file__).resolve().parent / "data" / "db"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _checkpoint(db: Path) -> int:
    """Fold the WAL into the file (as a closed application leaves it); returns the page count."""
    conn = sqlite3.connect(db)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return int(conn.execute("PRAGMA page_count").fetchone()[0])
    finally:
        conn.close()


def corrupt(db: Path, first_page: int = 4, last_page: int | None = None) -> None:
    """Overwrite pages in the middle of the file with noise (pages numbered from 1, as SQLite does)."""
    count = _checkpoint(db)
    last = count - 1 if last_page is None else last_page
    with db.open("r+b") as handle:
        for page in range(first_page, last + 1):
            handle.seek((page - 1) * 4096)
            handle.write(os.urandom(4096))


def _fake_backup(source: Path, folder: Path, moment: datetime, kind: str, revision: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    suffix = f"-rev{revision}" if revision else ""
    target = folder / f"charte-app-{moment:%Y-%m-%d_%H%M%S}-{kind}{suffix}.sqlite3"
    shutil.copyfile(source, target)
    return target


@pytest.fixture
def stored(data_dir: Path, examples_dir: Path) -> Path:
    """A data dir holding the Reims dossier, as left by a closed application (no backup yet)."""
    with DossierService.open(data_dir) as service:
        service.import_file(examples_dir / REIMS)
    _checkpoint(data_dir / DATABASE_FILE)
    return data_dir


# -- the user's path through the CLI ----------------------------------------------------------------


def test_a_damaged_database_is_refused_in_french_then_restored_from_the_cli(data_dir: Path, examples_dir: Path) -> None:
    ok(run("import", examples_dir / REIMS, "--data-dir", data_dir))
    assert not (data_dir / "sauvegardes").exists()  # an empty database is not worth a backup
    ok(run("version", REIMS_ID, "--label", "Relue", "--data-dir", data_dir))  # the first write backs it up
    (backup,) = (data_dir / "sauvegardes").glob("charte-app-*-quotidienne.sqlite3")
    db = data_dir / DATABASE_FILE
    corrupt(db)
    before = _digest(db)
    pdf = data_dir.parent / "charte.pdf"
    for args in (
        ["list"],
        ["version", REIMS_ID, "--label", "Encore"],
        ["import", examples_dir / REIMS],
        ["export", REIMS_ID, "--document", "charter", "--format", "pdf", "--output", pdf],
    ):
        message = failed(run(*args, "--data-dir", data_dir))
        assert "endommagée" in message and "rien n'y a été enregistré" in message, message
        assert str(backup) in message and "charte-app restore latest" in message
        assert "erreur inattendue" not in message
    assert _digest(db) == before  # nothing was written to the damaged file

    listing = ok(run("restore", "--data-dir", data_dir)).stdout
    (line,) = listing.splitlines()
    assert line.endswith(str(backup)) and "quotidienne" in line and "Ko" in line

    said = ok(run("restore", "latest", "--data-dir", data_dir)).stderr
    assert "a été restaurée" in said and "endommagée a été mise de côté" in said
    (aside,) = [p for p in data_dir.glob(f"{DATABASE_FILE}.endommagee-*") if not p.name.endswith(("-wal", "-shm"))]
    assert _digest(aside) == before  # set aside untouched, not deleted
    assert not list(data_dir.glob(f"{DATABASE_FILE}-*"))  # its -wal/-shm went with it, if any
    rows = ok(run("list", "--data-dir", data_dir)).stdout.splitlines()
    assert [r.split("\t")[0::2] for r in rows] == [[REIMS_ID, "2"]]  # as it was when backed up
    ok(run("version", REIMS_ID, "--label", "Après restauration", "--data-dir", data_dir))


def test_restore_a_named_backup_and_refuse_a_damaged_one(stored: Path, tmp_path: Path) -> None:
    db = stored / DATABASE_FILE
    folder = stored / "sauvegardes"
    good = _fake_backup(db, folder, datetime.now() - timedelta(days=2), "quotidienne")
    bad = _fake_backup(db, folder, datetime.now() - timedelta(days=1), "quotidienne")
    corrupt(bad)
    before = _digest(db)
    message = failed(run("restore", bad, "--data-dir", stored))
    assert "elle-même endommagée" in message and "rien n'a été changé" in message
    message = failed(run("restore", tmp_path / "absente.sqlite3", "--data-dir", stored))
    assert "n'existe pas" in message
    assert _digest(db) == before and not list(stored.glob("*.remplacee-*"))
    # "latest" passes over the damaged newest backup and takes the intact one before it
    said = ok(run("restore", "latest", "--data-dir", stored)).stderr
    assert "a été restaurée" in said and "précédente a été mise de côté" in said
    # the database was fine: replaced, not "damaged"
    (aside,) = [p for p in stored.glob(f"{DATABASE_FILE}.remplacee-*") if not p.name.endswith(("-wal", "-shm"))]
    assert _digest(aside) == before
    assert _digest(db) == _digest(good)
    # a name from the list is enough
    ok(run("restore", good.name, "--data-dir", stored))


# -- detection ---------------------------------------------------------------------------------------


def test_quick_check_before_the_first_write_refuses_damage_reads_do_not_reveal(stored: Path) -> None:
    db = stored / DATABASE_FILE
    conn = sqlite3.connect(db)
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ix_versions_fingerprint'").fetchone()
    conn.close()
    corrupt(db, root, root)  # an index the list never reads
    before = _digest(db)
    service = DossierService.open(stored)
    try:
        assert [s.id for s in service.list_dossiers()] == [REIMS_ID]  # the reads it can do still work
        for write in (
            lambda: service.set_setting("x", "1"),
            lambda: service.freeze_version(REIMS_ID, "Non"),
            lambda: service.set_setting("x", "2"),  # still refused (remembered, not checked again)
        ):
            with pytest.raises(DamagedDatabase, match="endommagée"):
                write()
    finally:
        service.close()
    assert _digest(db) == before
    assert not (stored / "sauvegardes").exists()  # a damaged database is never backed up


def test_a_damaged_schema_page_is_damage_not_a_foreign_file(stored: Path) -> None:
    db = stored / DATABASE_FILE
    corrupt(db, 1, 1)
    with db.open("r+b") as handle:  # the header survives, sqlite_master does not
        handle.write(backups.SQLITE_MAGIC)
    with pytest.raises(DamagedDatabase, match="endommagée"):
        sqlite_revision(db)
    with pytest.raises(DamagedDatabase, match="Aucune sauvegarde"):
        DossierService.open(stored)
    other = stored / "notes.sqlite3"
    other.write_text("ceci n'est pas une base", encoding="utf-8")
    with pytest.raises(UserError, match="pas une base de données charte-app lisible"):
        sqlite_revision(other)


def test_a_damaged_database_is_not_upgraded_nor_backed_up(data_dir: Path) -> None:
    db = data_dir / DATABASE_FILE
    shutil.copyfile(FIXTURES / "schema-0001.sqlite3", db)
    conn = sqlite3.connect(db)
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'versions'").fetchone()
    conn.close()
    corrupt(db, root, root)
    before = _digest(db)
    with pytest.raises(DamagedDatabase):
        DossierService.open(data_dir)
    assert _digest(db) == before
    assert not list((data_dir / "sauvegardes").glob("*"))


# -- backups -------------------------------------------------------------------------------------------


def test_daily_backups_rotate_and_are_made_once_a_day(stored: Path) -> None:
    db = stored / DATABASE_FILE
    folder = stored / "sauvegardes"
    for days in range(1, 10):
        _fake_backup(db, folder, datetime.now() - timedelta(days=days), "quotidienne")
    migration = _fake_backup(db, folder, datetime.now() - timedelta(days=30), "avant-migration", "0001")
    service = DossierService.open(stored)
    try:
        assert len(backups.list_backups(folder)) == 10  # opening and reading back nothing up
        service.list_dossiers()
        assert len(backups.list_backups(folder)) == 10
        service.set_setting("x", "1")
        service.set_setting("x", "2")
    finally:
        service.close()
    with DossierService.open(stored) as again:  # another process the same day
        again.set_setting("x", "3")
    daily = [b for b in backups.list_backups(folder) if b.kind == backups.DAILY]
    assert len(daily) == backups.KEEP_DAILY
    assert daily[0].created.date() == datetime.now().date()
    assert [b.created.date() for b in daily].count(datetime.now().date()) == 1
    assert migration.exists()  # the other kind is kept by its own rule
    # a backup is one self-contained file (no -wal beside it), intact, holding the data
    assert backups.check(daily[0].path, full=True, immutable=True) is None
    conn = sqlite3.connect(daily[0].path.resolve().as_uri() + "?mode=ro", uri=True)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("SELECT id FROM dossiers").fetchall() == [(REIMS_ID,)]
    conn.close()
    assert not list(folder.glob("*-wal")) and not list(folder.glob(".*"))


def test_the_idle_time_warm_up_checks_and_backs_up(stored: Path) -> None:
    with DossierService.open(stored) as service:
        for _step in service.warm_up():
            pass
        (backup,) = backups.list_backups(stored / "sauvegardes")
        assert backup.kind == backups.DAILY
        service.set_setting("x", "1")  # already checked today: no second backup
    assert len(backups.list_backups(stored / "sauvegardes")) == 1


def test_a_migration_backup_goes_to_the_backups_folder_and_the_last_five_are_kept(data_dir: Path) -> None:
    db = data_dir / DATABASE_FILE
    shutil.copyfile(FIXTURES / "schema-0001.sqlite3", db)
    folder = data_dir / "sauvegardes"
    for days in range(1, 7):
        _fake_backup(db, folder, datetime.now() - timedelta(days=days), "avant-migration", "0001")
    Store.open(data_dir).close()
    kept = [b for b in backups.list_backups(folder) if b.kind == backups.MIGRATION]
    assert len(kept) == backups.KEEP_MIGRATION
    assert kept[0].created.date() == datetime.now().date() and kept[0].revision == "0001"
    assert sqlite_revision(db) == (HEAD, True)
    # restoring a pre-migration backup brings the old schema back; the next start upgrades it again
    backup_service.restore_backup("latest", data_dir)
    assert sqlite_revision(db) == ("0001", True)
    with DossierService.open(data_dir) as service:
        assert [s.id for s in service.list_dossiers()] == ["6b0c3c6e-2d7a-4c5e-9d8e-0b3f8d3c1a01"]


def test_a_server_database_has_no_local_backups(tmp_path: Path) -> None:
    url = "postgresql://nobody@localhost/none"
    with pytest.raises(UserError, match="PostgreSQL"):
        backup_service.list_backups(tmp_path, url)
    with pytest.raises(UserError, match="PostgreSQL"):
        backup_service.restore_backup("latest", tmp_path, url)


# -- first run: several processes at once ------------------------------------------------------------

_RACER = """
import sys, time
import sqlalchemy, sqlalchemy.orm, alembic.command  # loaded first: the processes meet on the schema
from charte_app.storage import migrate, repository
migrate.known_revisions()
start = float(sys.argv[1])
while time.time() < start:
    time.sleep(0.002)
from charte_app.cli import main
sys.exit(main(sys.argv[2:]))
"""


def _race(tmp_path: Path, args: list[str], count: int = 5) -> list[subprocess.CompletedProcess[str]]:
    """``count`` real processes running ``charte-app ARGS`` from the same instant."""
    script = tmp_path / "racer.py"
    script.write_text(_RACER, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHARTE_APP_")}
    start = time.time() + 3.0  # time enough for every process to import what it needs
    procs = [
        subprocess.Popen(
            [sys.executable, str(script), str(start), *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(count)
    ]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        results.append(subprocess.CompletedProcess(proc.args, proc.returncode, out, err))
    return results


def test_processes_starting_together_on_a_fresh_data_dir_all_succeed(tmp_path: Path) -> None:
    data = tmp_path / "fresh"
    data.mkdir()
    for result in _race(tmp_path, ["list", "--data-dir", str(data)]):
        ok(result)
    db = data / DATABASE_FILE
    assert sqlite_revision(db) == (HEAD, True)
    assert backups.check(db, full=True) is None


def test_processes_starting_together_on_an_empty_server_database_all_succeed(
    tmp_path: Path, pg_url: str, data_dir: Path
) -> None:
    for result in _race(tmp_path, ["list", "--database-url", pg_url, "--data-dir", str(data_dir)], count=4):
        ok(result)
    with DossierService.open(data_dir, pg_url) as service:
        assert service.list_dossiers() == []


def test_a_process_waits_while_another_one_holds_the_schema_lock(data_dir: Path) -> None:
    from charte_app.storage.interprocess import file_lock

    db = data_dir / DATABASE_FILE
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHARTE_APP_")}
    with file_lock(db):  # as a process creating the schema holds it
        proc = subprocess.Popen(
            [sys.executable, "-m", "charte_app.cli", "list", "--data-dir", str(data_dir)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        time.sleep(2.5)
        assert proc.poll() is None  # waiting, not failing
        assert not db.exists() or db.stat().st_size == 0  # and it created nothing meanwhile
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert sqlite_revision(db) == (HEAD, True)


def test_a_server_database_is_not_backed_up_locally_and_the_log_says_so(
    pg_url: str, data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="charte_app.storage.store"):
        with DossierService.open(data_dir, pg_url) as service:
            service.set_setting("x", "1")
            service.set_setting("x", "2")
    assert caplog.text.count("no local backups") == 1
    assert list(data_dir.iterdir()) == []  # neither a backup nor a lock file beside a server database


@pytest.mark.skipif(sys.platform == "win32", reason="on Windows an open database cannot be renamed: the swap fails")
def test_restore_is_refused_while_another_process_has_the_database_open(stored: Path) -> None:
    db = stored / DATABASE_FILE
    _fake_backup(db, stored / "sauvegardes", datetime.now() - timedelta(days=1), "quotidienne")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            f"c = sqlite3.connect({str(db)!r}); c.execute('SELECT COUNT(*) FROM dossiers').fetchall()\n"
            "print('open', flush=True); time.sleep(60)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        before = _digest(db)
        message = failed(run("restore", "latest", "--data-dir", stored))
        assert "ouverte par un autre programme" in message and "Rien n'a été changé" in message
        assert _digest(db) == before and not list(stored.glob(f"{DATABASE_FILE}.*-*"))
        assert not list(stored.glob(".*restauration*"))
    finally:
        holder.kill()
        holder.wait()
    ok(run("restore", "latest", "--data-dir", stored))
