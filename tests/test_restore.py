"""A restore never loses a database: unique set-aside names under concurrency, a journaled swap finished
after ``kill -9`` at any point, no empty database where one existed, the lock of every writer and of the
window, and a file checked before it is put in place (foreign triggers and views, missing protections,
versions that do not match their fingerprints)."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from charte_app.services import backups as backup_service
from charte_app.services.dossiers import DossierService
from charte_app.storage import restore
from charte_app.storage.instance_lock import InstanceLock
from charte_app.storage.location import DATABASE_FILE
from test_backups import _checkpoint, _fake_backup, _race
from test_cli import REIMS, REIMS_ID, failed, ok, run

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and locks (SIGKILL, flock)")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _databases(folder: Path) -> dict[str, Path]:
    """Digest → file of every database file in the folder (the current one and those set aside)."""
    found = {}
    for path in folder.glob(f"{DATABASE_FILE}*"):
        if path.name.endswith(("-wal", "-shm", "-journal", ".verrou", restore.JOURNAL_SUFFIX)) or not path.is_file():
            continue
        if path.stat().st_size:
            found[_digest(path)] = path
    return found


@pytest.fixture
def stored(data_dir: Path, examples_dir: Path) -> Path:
    """The Reims dossier stored, and a backup of the day before holding no dossier at all."""
    with DossierService.open(data_dir) as service:
        service.set_setting("x", "1")  # an empty database...
    _checkpoint(data_dir / DATABASE_FILE)
    _fake_backup(data_dir / DATABASE_FILE, data_dir / "sauvegardes", datetime.now() - timedelta(days=1), "quotidienne")
    with DossierService.open(data_dir) as service:
        service.import_file(examples_dir / REIMS)  # ...then today's work, which no backup holds
    _checkpoint(data_dir / DATABASE_FILE)
    return data_dir


def _listed(data_dir: Path) -> list[str]:
    return [line.split("\t")[0] for line in ok(run("list", "--data-dir", data_dir)).stdout.splitlines()]


# -- concurrency -------------------------------------------------------------------------------------


def test_restores_racing_in_the_same_second_never_lose_the_current_database(stored: Path, tmp_path: Path) -> None:
    current = _digest(stored / DATABASE_FILE)
    results = _race(tmp_path, ["restore", "latest", "--data-dir", str(stored)], count=4)
    for result in results:
        ok(result)  # one after the other: none refused, none lost
    kept = _databases(stored)
    assert current in kept, "the database holding today's work was lost"
    assert kept[current].name.startswith(f"{DATABASE_FILE}.remplacee-")
    aside = [p for p in stored.glob(f"{DATABASE_FILE}.remplacee-*") if not p.name.endswith(("-wal", "-shm"))]
    assert len(aside) == 4 and len({p.name for p in aside}) == 4  # four restores, four names
    assert not restore.journal_path(stored / DATABASE_FILE).exists()
    assert _listed(stored) == []  # the backup (no dossier) is in place


def test_restores_one_after_the_other_in_one_second_each_keep_what_they_replace(stored: Path) -> None:
    current = _digest(stored / DATABASE_FILE)
    backup = next((stored / "sauvegardes").iterdir())
    for _ in range(3):
        backup_service.restore_backup(backup, stored)
    assert current in _databases(stored)
    aside = [p for p in stored.glob(f"{DATABASE_FILE}.remplacee-*") if not p.name.endswith(("-wal", "-shm"))]
    assert len(aside) == 3


def test_a_restore_waits_for_a_write_under_way(stored: Path) -> None:
    from charte_app.storage.interprocess import shared_lock

    db = stored / DATABASE_FILE
    with shared_lock(db):  # a unit of work of another process, writing
        proc = subprocess.Popen(
            [sys.executable, "-m", "charte_app.cli", "restore", "latest", "--data-dir", str(stored)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(2.5)
        assert proc.poll() is None  # waiting for the write to end
        assert _listed(stored) == [REIMS_ID]  # nothing swapped meanwhile
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert _listed(stored) == []


_WINDOW = """
import sys
from pathlib import Path
from charte_app.ui.app import run_app
sys.exit(run_app(Path(sys.argv[1]), None, None))
"""


def test_restore_is_refused_while_the_window_sits_on_its_home_screen(stored: Path, tmp_path: Path) -> None:
    script = tmp_path / "window.py"
    script.write_text(_WINDOW, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHARTE_APP_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    window = subprocess.Popen([sys.executable, str(script), str(stored)], env=env, stderr=subprocess.PIPE, text=True)
    try:
        lock = InstanceLock(stored)
        deadline = time.monotonic() + 60
        while (lock.owner() is None or not (stored / "session.json").exists()) and time.monotonic() < deadline:
            time.sleep(0.2)
            assert window.poll() is None, window.stderr.read() if window.stderr else ""
        before = _digest(stored / DATABASE_FILE)
        message = failed(run("restore", "latest", "--data-dir", stored))
        assert "ouverte sur ce dossier de données" in message and f"processus {window.pid}" in message
        assert "Rien n'a été changé" in message
        assert _digest(stored / DATABASE_FILE) == before and not list(stored.glob(f"{DATABASE_FILE}.remplacee-*"))
        # --take-over does not take a live window's lock
        assert "ouverte sur ce dossier" in failed(run("restore", "latest", "--take-over", "--data-dir", stored))
    finally:
        window.send_signal(signal.SIGTERM)
        try:
            window.wait(timeout=20)
        except subprocess.TimeoutExpired:
            window.kill()
            window.wait()
    ok(run("restore", "latest", "--data-dir", stored))  # the window gone: the restore goes through


# -- interrupted restores ----------------------------------------------------------------------------


@pytest.mark.parametrize("point", ["journal", "aside", "swap"])
def test_a_restore_killed_at_any_point_is_finished_at_the_next_start(
    stored: Path, point: str, examples_dir: Path
) -> None:
    db = stored / DATABASE_FILE
    current = _digest(db)
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHARTE_APP_")}
    env[restore.CRASH_ENV] = point
    killed = subprocess.run(
        [sys.executable, "-m", "charte_app.cli", "restore", "latest", "--data-dir", str(stored)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert restore.journal_path(db).exists()  # the plan is on disk
    # The next command finishes the swap before anything reads the database: never an empty one.
    assert _listed(stored) == []
    assert not restore.journal_path(db).exists()
    assert current in _databases(stored)  # the replaced database, kept
    assert not list(stored.glob(f".{DATABASE_FILE}.restauration-*"))
    ok(run("import", examples_dir / REIMS, "--data-dir", stored))  # and the restored database takes writes


def test_an_interrupted_restore_whose_copy_is_gone_is_rolled_back(stored: Path) -> None:
    db = stored / DATABASE_FILE
    current = _digest(db)
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHARTE_APP_")}
    env[restore.CRASH_ENV] = "aside"
    subprocess.run(
        [sys.executable, "-m", "charte_app.cli", "restore", "latest", "--data-dir", str(stored)], env=env, timeout=120
    )
    assert not db.exists()
    for copy in stored.glob(f".{DATABASE_FILE}.restauration-*"):
        copy.unlink()  # lost (a disk that dropped it): the swap can only be undone
    assert _listed(stored) == [REIMS_ID]
    assert _digest(db) == current


def test_a_missing_database_is_never_replaced_by_an_empty_one(stored: Path) -> None:
    db = stored / DATABASE_FILE
    db.unlink()
    for args in (["list"], ["import", Path(__file__).parent / "data" / "documents" / "chalons.charte"]):
        message = failed(run(*args, "--data-dir", stored))
        assert "introuvable" in message and "n'en crée pas une vide" in message, message
        assert str(stored / "sauvegardes") in message and "charte-app restore latest" in message
        assert not db.exists()
    ok(run("restore", "latest", "--data-dir", stored))  # what the message says works
    assert _listed(stored) == []


def test_a_first_start_in_an_empty_data_dir_still_creates_the_database(data_dir: Path) -> None:
    assert _listed(data_dir) == []
    assert (data_dir / DATABASE_FILE).is_file()


# -- the file given to restore -----------------------------------------------------------------------


def _tampered(stored: Path, tmp_path: Path, *statements: str) -> Path:
    copy = tmp_path / "sauvegarde-modifiee.sqlite3"
    shutil.copyfile(stored / DATABASE_FILE, copy)
    conn = sqlite3.connect(copy, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()
    return copy


def _refused(stored: Path, file: Path) -> str:
    before = _digest(stored / DATABASE_FILE)
    message = failed(run("restore", file, "--data-dir", stored))
    assert "rien n'a été changé" in message.lower()
    assert _digest(stored / DATABASE_FILE) == before
    assert not list(stored.glob(f"{DATABASE_FILE}.remplacee-*")) and not list(stored.glob(".*restauration*"))
    return message


def test_a_backup_with_its_own_trigger_and_without_ours_is_refused(stored: Path, tmp_path: Path) -> None:
    evil = _tampered(
        stored,
        tmp_path,
        "DROP TRIGGER versions_no_rewrite",
        "CREATE TRIGGER rewrite_amounts AFTER UPDATE ON dossiers BEGIN "
        "UPDATE dossiers SET draft = replace(NEW.draft, '18000', '81000') WHERE id = NEW.id; END",
    )
    message = _refused(stored, evil)
    assert "déclencheur « rewrite_amounts »" in message and "ne viennent pas de charte-app" in message


@pytest.mark.parametrize(
    ("statement", "named"),
    [
        ("CREATE VIEW signed AS SELECT * FROM versions", "vue « signed »"),
        ("CREATE TABLE extra (x)", "table « extra »"),
        ("CREATE INDEX ix_spy ON dossiers (title)", "index « ix_spy »"),
        (
            "DROP TRIGGER versions_signed_kept",
            None,  # dropped and recreated under the same name with another body: below
        ),
    ],
)
def test_foreign_views_tables_indexes_are_refused_naming_them(
    stored: Path, tmp_path: Path, statement: str, named: str | None
) -> None:
    statements = [statement]
    if named is None:
        statements.append("CREATE TRIGGER versions_signed_kept BEFORE DELETE ON versions BEGIN SELECT 1; END")
        named = "déclencheur « versions_signed_kept »"
    assert named in _refused(stored, _tampered(stored, tmp_path, *statements))


def test_a_missing_protection_of_ours_is_recreated(stored: Path, tmp_path: Path) -> None:
    file = _tampered(stored, tmp_path, "DROP TRIGGER versions_no_rewrite", "DROP INDEX ix_versions_fingerprint")
    said = ok(run("restore", file, "--data-dir", stored)).stderr
    assert "versions_no_rewrite" in said and "ont été rétablies" in said
    conn = sqlite3.connect(stored / DATABASE_FILE)
    try:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        assert {"versions_no_rewrite", "ix_versions_fingerprint"} <= names
        with pytest.raises(sqlite3.DatabaseError, match="ne peut pas être remplacée"):
            conn.execute("INSERT OR REPLACE INTO versions SELECT * FROM versions LIMIT 1")
    finally:
        conn.close()
    assert file.exists()  # the user's file itself is left as it was
    assert "versions_no_rewrite" not in {
        row[0] for row in sqlite3.connect(file).execute("SELECT name FROM sqlite_master")
    }


def test_a_version_that_does_not_match_its_fingerprint_refuses_the_restore(stored: Path, tmp_path: Path) -> None:
    conn = sqlite3.connect(stored / DATABASE_FILE)
    trigger = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'versions_content_immutable'").fetchone()[0]
    conn.close()
    file = _tampered(
        stored,
        tmp_path,
        "DROP TRIGGER versions_content_immutable",
        "UPDATE versions SET snapshot = replace(snapshot, '\"title\"', '\"title \"') WHERE number = 1",
        trigger,  # put back as it was: only the content betrays the change
    )
    message = _refused(stored, file)
    assert "la version n° 1 du dossier" in message and "ne correspond plus à l'empreinte" in message


def test_a_backup_of_a_newer_schema_is_refused_in_french(stored: Path, tmp_path: Path) -> None:
    file = _tampered(stored, tmp_path, "UPDATE alembic_version SET version_num = '9001'")
    assert "version plus récente de charte-app" in _refused(stored, file)


def test_a_backup_of_an_older_schema_is_restored_and_upgraded(data_dir: Path) -> None:
    fixture = Path(__file__).parent / "data" / "db" / "schema-0001.sqlite3"
    with DossierService.open(data_dir) as service:
        service.set_setting("x", "1")
    restored = backup_service.restore_backup(fixture, data_dir)
    assert restored.repaired == []  # the 0003 triggers are the upgrade's to create, not ours
    with DossierService.open(data_dir) as service:
        service.list_dossiers()
    conn = sqlite3.connect(data_dir / DATABASE_FILE)
    try:
        assert conn.execute("SELECT COUNT(*) FROM sqlite_master WHERE name = 'versions_no_rewrite'").fetchone() == (1,)
    finally:
        conn.close()


def test_a_database_set_aside_with_its_write_ahead_log_is_restored_whole(stored: Path, tmp_path: Path) -> None:
    db = stored / DATABASE_FILE
    keeper = sqlite3.connect(db)  # an open connection: the last write stays in the -wal
    try:
        keeper.execute("PRAGMA wal_autocheckpoint=0")
        keeper.execute("SELECT 1 FROM settings").fetchall()
        with DossierService.open(stored) as service:
            service.set_setting("seulement-dans-le-wal", "oui")
        copy = tmp_path / "mise-de-cote.sqlite3"
        shutil.copyfile(db, copy)
        shutil.copyfile(f"{db}-wal", f"{copy}-wal")
    finally:
        keeper.close()
    assert Path(f"{copy}-wal").stat().st_size > 0
    backup_service.restore_backup(copy, stored)
    with DossierService.open(stored) as service:
        assert service.get_setting("seulement-dans-le-wal") == "oui"
    assert Path(f"{copy}-wal").exists()  # the user's files are left as they were
    assert not list(stored.glob(f".{DATABASE_FILE}.restauration-*"))


def test_a_fifo_given_to_restore_is_refused_without_blocking(stored: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "tube.sqlite3"
    os.mkfifo(fifo)
    assert "n'est pas un fichier de sauvegarde" in _refused(stored, fifo)


def test_killed_between_the_database_and_its_log_the_set_aside_database_keeps_its_last_write(stored: Path) -> None:
    db = stored / DATABASE_FILE
    writer = textwrap.dedent(
        f"""
        import os, signal, sqlite3
        conn = sqlite3.connect({str(db)!r}, isolation_level=None)
        conn.execute("PRAGMA wal_autocheckpoint=0")
        conn.execute("INSERT INTO settings (key, value) VALUES ('dernier', 'enregistrement')")
        os.kill(os.getpid(), signal.SIGKILL)  # a crash: the write is only in the -wal
        """
    )
    subprocess.run([sys.executable, "-c", writer], timeout=60)
    assert Path(f"{db}-wal").stat().st_size > 0
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHARTE_APP_")}
    env[restore.CRASH_ENV] = "aside"  # the database renamed, its -wal not yet
    killed = subprocess.run(
        [sys.executable, "-m", "charte_app.cli", "restore", "latest", "--data-dir", str(stored)], env=env, timeout=120
    )
    assert killed.returncode == -signal.SIGKILL
    assert Path(f"{db}-wal").exists() and not db.exists()
    assert _listed(stored) == []  # finished: the backup in place, with no -wal of the old one
    (aside,) = [p for p in stored.glob(f"{DATABASE_FILE}.remplacee-*") if not p.name.endswith(("-wal", "-shm"))]
    conn = sqlite3.connect(aside)
    try:  # the set-aside database opens with its own log: its last write is there
        assert conn.execute("SELECT value FROM settings WHERE key = 'dernier'").fetchone() == ("enregistrement",)
    finally:
        conn.close()


def test_another_database_beside_backups_of_the_first_is_created(stored: Path) -> None:
    other = stored / "autre.sqlite3"
    with DossierService.open(stored, f"sqlite:///{other}") as service:
        assert service.list_dossiers() == []
    assert other.is_file()


@pytest.mark.parametrize(
    "journal",
    ["{", '{"replacement": "../../etc/passwd", "aside": null}', '{"replacement": "..", "aside": null}', "[]"],
)
def test_an_unreadable_or_foreign_journal_touches_nothing_and_says_where_it_is(stored: Path, journal: str) -> None:
    db = stored / DATABASE_FILE
    before = _digest(db)
    restore.journal_path(db).write_text(journal, encoding="utf-8")
    message = failed(run("list", "--data-dir", stored))
    assert "restauration a été interrompue" in message and str(restore.journal_path(db)) in message
    assert _digest(db) == before
