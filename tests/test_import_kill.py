"""A process killed in the middle of an import leaves a sound database holding the dossier whole or not at all."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from charte_app.domain import dossier_file
from charte_app.samples import large_dossier_file
from charte_app.services.dossiers import DossierService
from charte_app.storage.location import DATABASE_FILE

VERSIONS = 12


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    doc = large_dossier_file(versions=VERSIONS, seed=7)
    path = tmp_path_factory.mktemp("big") / "gros.charte"
    path.write_bytes(dossier_file.dump(doc))
    return path, doc.dossier.id


def _kill_while_writing(data_dir: Path, source: Path, wal_bytes: int) -> None:
    """Start an import and SIGKILL it once the database's write-ahead log holds ``wal_bytes``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHARTE_APP_")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "charte_app.cli", "import", str(source), "--data-dir", str(data_dir)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    wal = data_dir / (DATABASE_FILE + "-wal")
    deadline = time.monotonic() + 60
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            if _size(wal) >= wal_bytes:
                break
            time.sleep(0.002)
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)


def _size(path: Path) -> int:
    """The file's size; 0 once gone (the import may end, and remove its log, between two looks)."""
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def _check(db: Path, dossier_id: str) -> str:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        dossiers = conn.execute("SELECT COUNT(*) FROM dossiers WHERE id = ?", (dossier_id,)).fetchone()[0]
        rows = conn.execute("SELECT fingerprint, snapshot FROM versions WHERE dossier_id = ?", (dossier_id,)).fetchall()
    finally:
        conn.close()
    if dossiers == 0:
        assert rows == []
        return "absent"
    assert len(rows) == VERSIONS
    for fingerprint, snapshot in rows:
        assert fingerprint == "sha256:" + hashlib.sha256(snapshot.encode("utf-8")).hexdigest()
    return "whole"


@pytest.mark.parametrize("wal_bytes", [1, 2_000_000, 6_000_000])
def test_sigkill_during_import_leaves_whole_or_nothing(
    data_dir: Path, big_file: tuple[Path, str], wal_bytes: int
) -> None:
    source, dossier_id = big_file
    DossierService.open(data_dir).close()  # the database exists: the kill lands in the import itself
    _kill_while_writing(data_dir, source, wal_bytes)
    outcome = _check(data_dir / DATABASE_FILE, dossier_id)
    # the application opens the database afterwards and can import the file again
    service = DossierService.open(data_dir)
    try:
        result = service.import_file(source)
        assert result.dossier_id == dossier_id
        assert result.added_versions == (VERSIONS if outcome == "absent" else 0)
        assert len(service.list_versions(dossier_id)) == VERSIONS
    finally:
        service.close()
    assert _check(data_dir / DATABASE_FILE, dossier_id) == "whole"
