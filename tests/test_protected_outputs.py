"""No export, comparison or `.charte` save ever writes onto the database, its journals or its backups.

Through ``charte-app`` as a user would (in process), then the guard of :mod:`charte_app.fsutil` itself.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from charte_app import cli, fsutil
from charte_app.errors import OutputError, ProtectedPath
from charte_app.services.dossiers import DossierService
from charte_app.storage.location import DATABASE_FILE

REIMS = "reims-croix-rouge.charte"
REIMS_ID = "6b0c3c6e-2d7a-4c5e-9d8e-0b3f8d3c1a01"
SQLITE_HEADER = b"SQLite format 3\x00"


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str]:
    code = cli.main([str(a) for a in args])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err


@pytest.fixture
def imported(data_dir: Path, examples_dir: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert run(capsys, "import", examples_dir / REIMS, "--data-dir", data_dir)[0] == 0
    return data_dir


def intact(data_dir: Path, db: Path | None = None) -> None:
    """The database still is one, passes its integrity check and holds the dossier."""
    db = db or data_dir / DATABASE_FILE
    assert db.read_bytes()[:16] == SQLITE_HEADER
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT id FROM dossiers").fetchall() == [(REIMS_ID,)]
    finally:
        conn.close()
    assert not list(db.parent.glob(".*.tmp"))  # no temporary file left behind


def refused(err: str) -> None:
    assert "base de données de charte-app" in err and "rien n'a été écrit" in err


@pytest.mark.parametrize("name", [DATABASE_FILE, DATABASE_FILE + "-wal", DATABASE_FILE + "-shm"])
def test_export_onto_the_database_or_its_journals_is_refused(
    imported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    target = imported / name
    before = target.read_bytes() if target.exists() else None
    args = ("--document", "charter", "--format", "pdf", "--data-dir", imported)
    code, err = run(capsys, "export", REIMS_ID, "--output", target, *args)
    assert code == 1
    refused(err)
    assert (target.read_bytes() if target.exists() else None) == before
    intact(imported)


def test_save_onto_the_wal_or_the_journal_is_refused(imported: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in (DATABASE_FILE + "-wal", DATABASE_FILE + "-journal", DATABASE_FILE):
        code, err = run(capsys, "save", REIMS_ID, "--output", imported / name, "--data-dir", imported)
        assert code == 1, name
        refused(err)
    assert not (imported / (DATABASE_FILE + "-journal")).exists()
    intact(imported)


def test_export_from_a_file_never_opens_the_store_and_is_still_refused(
    imported: Path, examples_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ("--document", "charter", "--format", "docx", "--data-dir", imported)
    code, err = run(capsys, "export", examples_dir / REIMS, "--output", imported / DATABASE_FILE, *args)
    assert code == 1
    refused(err)
    intact(imported)


def test_backups_and_links_to_the_database_are_refused(
    imported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = imported / "charte-app-avant-migration-20261130T100000000000Z-rev0002.sqlite3"
    shutil.copyfile(imported / DATABASE_FILE, backup)
    daily = imported / "sauvegardes"  # backups may live in a sub-folder of the data dir
    daily.mkdir()
    link = tmp_path / "raccourci.pdf"
    link.symlink_to(imported / DATABASE_FILE)
    compare = ("--from", "1", "--to", "2", "--format", "text", "--data-dir", imported)
    for output in (backup, imported / "nouvelle.sqlite3", daily / "quotidienne-2026-11-30.sqlite3", link):
        code, err = run(capsys, "compare", REIMS_ID, "--output", output, *compare)
        assert code == 1, output
        refused(err)
    intact(imported, backup)
    intact(imported)
    assert link.is_symlink()


def test_other_outputs_in_the_data_dir_are_written(imported: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = imported / "charte.charte"
    assert run(capsys, "save", REIMS_ID, "--output", target, "--data-dir", imported)[0] == 0
    assert target.read_bytes().startswith(b"{")


def test_a_database_elsewhere_is_protected_with_its_journals(
    tmp_path: Path, examples_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "equipe.db"  # not a *.sqlite3 name, outside the data dir
    url = f"sqlite:///{db}"
    assert run(capsys, "import", examples_dir / REIMS, "--database-url", url)[0] == 0
    for target in (db, Path(f"{db}-wal")):
        code, err = run(capsys, "save", REIMS_ID, "--output", target, "--database-url", url)
        assert code == 1
        refused(err)
    intact(tmp_path, db)


def test_the_guard_is_fed_by_the_store_for_every_writer(data_dir: Path, tmp_path: Path) -> None:
    """The service (and so the UI) is protected without the CLI: the store registers when it opens."""
    elsewhere = tmp_path / "autre-donnees"
    elsewhere.mkdir()
    with DossierService.open(elsewhere):
        pass
    db = elsewhere / DATABASE_FILE
    before = db.read_bytes()
    for target in (db, elsewhere / "x.sqlite3-shm", elsewhere / "SAUVEGARDE.SQLITE3"):
        with pytest.raises(ProtectedPath) as error:
            fsutil.atomic_write(target, b"%PDF-1.7")
        assert isinstance(error.value, OutputError) and str(target) in error.value.message
    assert db.read_bytes() == before
    assert not (elsewhere / "x.sqlite3-shm").exists()
    fsutil.atomic_write(elsewhere / "x.pdf", b"%PDF-1.7")  # anything else is written as usual
    assert (elsewhere / "x.pdf").read_bytes() == b"%PDF-1.7"
    # the store's own maintenance (putting a backup back) says so explicitly
    fsutil.atomic_write(elsewhere / "restauree.sqlite3", b"x", allow_protected=True)
    assert (elsewhere / "restauree.sqlite3").read_bytes() == b"x"


def test_a_hard_link_to_the_database_is_refused(data_dir: Path, tmp_path: Path) -> None:
    with DossierService.open(data_dir):
        pass
    alias = tmp_path / "alias.pdf"
    try:
        os.link(data_dir / DATABASE_FILE, alias)
    except OSError as exc:  # a file system without hard links has nothing to guard here
        pytest.skip(f"no hard links here: {exc}")
    with pytest.raises(ProtectedPath):
        fsutil.atomic_write(alias, b"x")
