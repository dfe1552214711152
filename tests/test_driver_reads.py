"""A stored version read with the standard driver before any write (issue 13: ``compare`` of a stored
dossier imports no SQLAlchemy): the same version as through the repository, its fingerprint checked."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from charte_app.domain import dossier_file
from charte_app.domain.model import Approval
from charte_app.errors import AlteredVersion, NotFound
from charte_app.samples import large_dossier_file
from charte_app.services.dossiers import DossierService


@pytest.fixture
def stored(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "data"
    folder.mkdir()
    source = tmp_path / "dossier.charte"
    doc = large_dossier_file(6, 10, 3, versions=3, seed=2)
    source.write_bytes(dossier_file.dump(doc))
    with DossierService.open(folder) as service:
        dossier_id = service.import_file(source).dossier_id
        partner = doc.versions[0].snapshot.partners[0].id
        service.record_approval(dossier_id, 1, Approval(partner=partner, decision="reserved", comment="À revoir"))
    return folder, dossier_id


def test_driver_read_equals_repository_read(stored: tuple[Path, str]) -> None:
    folder, dossier_id = stored
    with DossierService.open(folder) as service:
        assert service._store.version_rows(dossier_id, 1) is not None  # no engine yet: the driver path
        by_driver = [service.get_version(dossier_id, n) for n in (1, 2, 3)]
        assert any(v.approvals for v in by_driver)  # approvals read too
        with pytest.raises(NotFound, match="pas de version n° 9"):
            service.get_version(dossier_id, 9)
        with pytest.raises(NotFound, match="Aucun dossier"):
            service.get_version("inconnu", 1)
        service._store.engine  # noqa: B018  (an engine now: the repository path)
        assert service._store.version_rows(dossier_id, 1) is None
        assert [service.get_version(dossier_id, n) for n in (1, 2, 3)] == by_driver


def test_driver_read_refuses_an_altered_version(stored: tuple[Path, str]) -> None:
    folder, dossier_id = stored
    conn = sqlite3.connect(folder / "charte-app.sqlite3")
    try:  # the triggers refuse it: drop them as someone tampering with the file would
        conn.execute("DROP TRIGGER versions_content_immutable")
        conn.execute("UPDATE versions SET snapshot = replace(snapshot, 'Coopération', 'Cooperation') WHERE number = 2")
        conn.commit()
    finally:
        conn.close()
    with DossierService.open(folder) as service:
        service.get_version(dossier_id, 1)
        with pytest.raises(AlteredVersion, match="n° 2"):
            service.get_version(dossier_id, 2)


def test_compare_of_a_stored_dossier_imports_no_sqlalchemy(stored: tuple[Path, str]) -> None:
    folder, dossier_id = stored
    code = (
        "import sys\n"
        "from charte_app import cli\n"
        "code = cli.main(['--data-dir', sys.argv[1], 'compare', sys.argv[2], '--from', '1', '--to', '3',"
        " '--format', 'text', '--output', '-'])\n"
        "print('SQLALCHEMY', 'sqlalchemy' in sys.modules, code)\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(folder), dossier_id], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "SQLALCHEMY False 0"
