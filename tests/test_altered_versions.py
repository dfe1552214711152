"""A version altered in the database is refused wherever it is read: print, compare, verify, save.

The alteration is the one revision 0003 now stops (``INSERT OR REPLACE`` past the triggers of
0001-0002): to stand for a database altered before the upgrade, or by someone who dropped the guard,
the test drops that trigger first, then rewrites version 1 under its genuine fingerprint.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from charte_app import cli
from charte_app.errors import AlteredVersion
from charte_app.services.dossiers import DossierService
from charte_app.storage.location import DATABASE_FILE

REIMS = "reims-croix-rouge.charte"
REIMS_ID = "6b0c3c6e-2d7a-4c5e-9d8e-0b3f8d3c1a01"
LABEL_1 = "Projet présenté au comité technique"


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err


REWRITE = (
    "INSERT OR REPLACE INTO versions (id, dossier_id, number, label, author, created_at, status, fingerprint, "
    "snapshot, extra) SELECT id, dossier_id, number, label, author, created_at, status, fingerprint, "
    "replace(snapshot, 'Croix-Rouge', 'Croix-Verte'), extra FROM versions WHERE number = 1"
)


def alter_version_1(data_dir: Path, *, drop_guard: bool = True) -> None:
    conn = sqlite3.connect(data_dir / DATABASE_FILE)
    try:
        if drop_guard:
            conn.execute("DROP TRIGGER versions_no_rewrite")
        conn.execute(REWRITE)
        conn.commit()
    finally:
        conn.close()


@pytest.fixture
def imported(data_dir: Path, examples_dir: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert run(capsys, "import", examples_dir / REIMS, "--data-dir", data_dir)[0] == 0
    return data_dir


def test_the_rewrite_is_stopped_by_the_database_itself(imported: Path) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="ne peut pas être remplacée"):
        alter_version_1(imported, drop_guard=False)


def altered(err: str) -> None:
    assert f"La version n° 1 « {LABEL_1} » a été modifiée dans la base de données" in err


def test_altered_version_is_refused_by_export_compare_save_and_verify(
    imported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    genuine_pdf = tmp_path / "v1-authentique.pdf"
    export = ("--document", "charter", "--format", "pdf", "--data-dir", imported)
    assert run(capsys, "export", REIMS_ID, "--version", "1", "--output", genuine_pdf, *export)[0] == 0
    assert run(capsys, "verify", genuine_pdf, "--data-dir", imported)[0] == 0
    alter_version_1(imported)

    out = tmp_path / "v1.pdf"
    code, _out, err = run(capsys, "export", REIMS_ID, "--version", "1", "--output", out, *export)
    assert code == 1 and not out.exists()
    altered(err)
    compare = ("--format", "text", "--output", "-", "--data-dir", imported)
    code, stdout, err = run(capsys, "compare", REIMS_ID, "--from", "1", "--to", "2", *compare)
    assert code == 1 and stdout == ""
    altered(err)
    saved = tmp_path / "dossier.charte"
    code, _out, err = run(capsys, "save", REIMS_ID, "--output", saved, "--data-dir", imported)
    assert code == 1 and not saved.exists()
    altered(err)
    code, stdout, err = run(capsys, "verify", genuine_pdf, "--data-dir", imported)
    assert code == 1 and "provient" not in stdout  # never vouches for what the database now holds
    altered(err)
    # the genuine version 2 is still printed
    assert run(capsys, "export", REIMS_ID, "--version", "2", "--output", out, *export)[0] == 0


def test_service_reads_check_the_fingerprint(imported: Path) -> None:
    alter_version_1(imported)
    with DossierService.open(imported) as service:
        versions = service.list_versions(REIMS_ID)  # the history still lists (headers only)
        assert [v.number for v in versions] == [1, 2]
        with pytest.raises(AlteredVersion):
            _ = versions[0].snapshot
        assert versions[1].snapshot.id == REIMS_ID
        for read in (
            lambda: service.get_version(REIMS_ID, 1),
            lambda: service.to_file(REIMS_ID),
            lambda: service.restore_version(REIMS_ID, 1),
            lambda: service.find_by_fingerprint(versions[0].fingerprint[:20]),
        ):
            with pytest.raises(AlteredVersion):
                read()
        assert service.get_version(REIMS_ID, 2).number == 2


def test_history_panel_lists_an_altered_version_and_says_what_is_wrong_when_selected(
    qtbot: Any, imported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from charte_app.ui import dialogs
    from charte_app.ui.versions import HistoryPanel

    alter_version_1(imported)
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, message, _d=None: shown.append(message))
    with DossierService.open(imported) as service:
        panel = HistoryPanel(service, REIMS_ID)
        qtbot.addWidget(panel)
        panel.show()
        assert panel.table.rowCount() == 2 and shown == []  # the newest, genuine, is selected
        assert panel.table.item(1, 5).text().endswith("/? décisions")
        panel.select_version(1)
        assert len(shown) == 1
        altered(shown[0])
        assert panel.approvals.rowCount() == 0
