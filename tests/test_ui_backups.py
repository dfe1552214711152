"""Backups in the application: « Restaurer une sauvegarde… », and the offer to restore a damaged database
(at start-up, or when the check made in idle time finds the damage)."""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from charte_app.errors import DamagedDatabase
from charte_app.samples import small_dossier
from charte_app.services.dossiers import DossierService
from charte_app.storage import backups
from charte_app.storage.location import DATABASE_FILE
from charte_app.ui import dialogs, restore_dialog
from charte_app.ui.app import Application, start, start_or_explain
from charte_app.ui.restore_dialog import RestoreDialog
from test_backups import corrupt
from test_ui_support import DialogRecorder, launch, recorder, started  # noqa: F401 - fixtures


@pytest.fixture
def chosen(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The restore dialog answers OK on its own, with the newest backup selected; records its rows."""
    shown: list[list[str]] = []

    def accept(dialog: RestoreDialog) -> int:
        table = dialog.form.backupTable
        shown.append([" | ".join(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())])
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RestoreDialog, "exec", accept)
    return shown


def _stored_with_backup(data_dir: Path) -> str:
    """A database holding one dossier, backed up today (as the idle-time check does)."""
    dossier = small_dossier()
    with DossierService.open(data_dir) as service:
        service.save_draft(dossier)
        for _step in service.warm_up():
            pass
    assert len(backups.list_backups(data_dir / "sauvegardes")) == 1
    return dossier.id


def test_the_dialog_lists_the_backups_newest_first(qtbot: QtBot, data_dir: Path) -> None:
    _stored_with_backup(data_dir)
    folder = data_dir / "sauvegardes"
    (today,) = backups.list_backups(folder)
    old = folder / f"charte-app-{datetime.now() - timedelta(days=40):%Y-%m-%d_%H%M%S}-avant-migration-rev0001.sqlite3"
    shutil.copyfile(today.path, old)
    dialog = RestoreDialog(backups.list_backups(folder), folder)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.form.backupTable
    assert table.rowCount() == 2
    assert table.item(0, 1).text() == "Quotidienne" and table.item(0, 2).text().endswith("Ko")
    assert table.item(1, 1).text() == "Avant mise à jour (schéma 0001)"
    assert dialog.chosen() == backups.list_backups(folder)[0]  # the newest, selected
    table.clearSelection()
    assert dialog.chosen() is None
    assert not dialog.form.buttons.button(dialog.form.buttons.StandardButton.Ok).isEnabled()
    table.selectRow(1)
    assert dialog.chosen() is not None and dialog.chosen().path == old  # type: ignore[union-attr]
    dialog.grab().save("/tmp/restore_dialog.png")


def test_restoring_from_the_menu_brings_the_backup_back_and_sets_the_current_database_aside(
    qtbot: QtBot, data_dir: Path, started: list[Application], recorder: DialogRecorder, chosen: list[list[str]]
) -> None:
    kept_id = _stored_with_backup(data_dir)
    application = start(data_dir, None, None)
    started.append(application)
    later = application.service.create_dossier("Créé après la sauvegarde")
    window = application.window
    assert window is not None
    window.open_dossier(kept_id)
    window.form.actionRestoreBackup.trigger()
    assert len(chosen) == 1 and len(chosen[0]) == 1 and "Quotidienne" in chosen[0][0]
    assert recorder.confirms and "mise de côté" in recorder.confirms[-1][1]
    assert application.window is not window  # rebuilt on the restored database
    assert application.window is not None and application.window.dossier_open()
    assert application.window.editor.dossier.id == kept_id
    assert [s.id for s in application.service.list_dossiers()] == [kept_id]
    assert later.id not in {s.id for s in application.service.list_dossiers()}
    assert recorder.infos and "a été restaurée" in recorder.infos[-1][1]
    (aside,) = [p for p in data_dir.glob(f"{DATABASE_FILE}.remplacee-*") if not p.name.endswith(("-wal", "-shm"))]
    conn = sqlite3.connect(aside)
    assert later.id in {r[0] for r in conn.execute("SELECT id FROM dossiers")}  # set aside, not lost
    conn.close()
    application.service.set_setting("after", "1")  # the restored database takes writes again


def test_cancelling_the_restore_changes_nothing(
    qtbot: QtBot, data_dir: Path, started: list[Application], recorder: DialogRecorder, chosen: list[list[str]]
) -> None:
    _stored_with_backup(data_dir)
    application = start(data_dir, None, None)
    started.append(application)
    window = application.window
    assert window is not None
    recorder.confirm_answer = False
    window.form.actionRestoreBackup.trigger()
    assert application.window is window and not list(data_dir.glob(f"{DATABASE_FILE}.*-*"))


def test_a_damaged_database_at_start_offers_the_restore(
    qtbot: QtBot,
    data_dir: Path,
    started: list[Application],
    recorder: DialogRecorder,
    chosen: list[list[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kept_id = _stored_with_backup(data_dir)
    db = data_dir / DATABASE_FILE
    corrupt(db)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    offered: list[str] = []
    answer = [False]

    def offer(_parent: object, message: str) -> bool:
        offered.append(message)
        return answer[0]

    monkeypatch.setattr(dialogs, "offer_restore", offer)
    assert start_or_explain(data_dir, None, None) is None  # declined: the application does not start
    assert "endommagée" in offered[0] and str(backups.list_backups(data_dir / "sauvegardes")[0].path) in offered[0]
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    answer[0] = True
    application = start_or_explain(data_dir, None, None)
    assert application is not None
    started.append(application)
    assert [s.id for s in application.service.list_dossiers()] == [kept_id]
    assert recorder.infos and "endommagée a été mise de côté" in recorder.infos[-1][1]
    assert [p.name.endswith(("-wal", "-shm")) for p in data_dir.glob(f"{DATABASE_FILE}.endommagee-*")].count(False) == 1


def test_damage_found_in_idle_time_offers_the_restore(
    qtbot: QtBot, data_dir: Path, started: list[Application], recorder: DialogRecorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    dossier = small_dossier()
    with DossierService.open(data_dir) as service:
        service.save_draft(dossier)
        service.set_setting("last_dossier", dossier.id)
    db = data_dir / DATABASE_FILE
    conn = sqlite3.connect(db)
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ix_versions_fingerprint'").fetchone()
    conn.close()
    (backup,) = backups.list_backups(data_dir / "sauvegardes")
    backup_digest = hashlib.sha256(backup.path.read_bytes()).hexdigest()
    corrupt(db, root, root)  # damage the start-up's reads do not meet
    offered: list[str] = []
    monkeypatch.setattr(dialogs, "offer_restore", lambda _p, message: offered.append(message) or False)
    application = start(data_dir, None, None)
    started.append(application)
    qtbot.waitUntil(lambda: bool(offered), timeout=10_000)
    (backup,) = backups.list_backups(data_dir / "sauvegardes")  # made before the damage, not from it
    assert "endommagée" in offered[0] and str(backup.path) in offered[0]
    assert backup_digest == hashlib.sha256(backup.path.read_bytes()).hexdigest()
    with pytest.raises(DamagedDatabase):
        application.service.set_setting("x", "1")
    # an edit cannot be stored: the status bar says why, on one line
    window = application.window
    assert window is not None and window.dossier_open()  # the last dossier reopened (reads still work)
    window.editor.set_field(window.editor.dossier, "title", "Titre modifié", "Titre")
    assert window.autosaver.flush().value == "failed"
    assert "endommagée" in window.save_state_text() and "\n" not in window.save_state_text()


def test_choose_backup_when_there_is_none_says_so(
    qtbot: QtBot, data_dir: Path, recorder: DialogRecorder, chosen: list[list[str]]
) -> None:
    DossierService.open(data_dir).close()
    assert restore_dialog.choose_backup(None, data_dir, None) is None
    assert recorder.infos and "Aucune sauvegarde" in recorder.infos[-1][1]
    assert chosen == []


def test_a_missing_database_at_start_offers_the_restore_never_an_empty_database(
    qtbot: QtBot,
    data_dir: Path,
    started: list[Application],
    recorder: DialogRecorder,
    chosen: list[list[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kept_id = _stored_with_backup(data_dir)
    db = data_dir / DATABASE_FILE
    db.unlink()  # lost (a sync tool, a careless hand, a restore killed under an older version)
    offered: list[tuple[str, str | None]] = []
    answer = [False]

    def offer(_parent: object, message: str, title: str | None = None) -> bool:
        offered.append((message, title))
        return answer[0]

    monkeypatch.setattr(dialogs, "offer_restore", offer)
    assert start_or_explain(data_dir, None, None) is None  # declined: nothing starts, nothing is created
    assert not db.exists()
    message, title = offered[0]
    assert title == "Base de données introuvable" and "n'en crée pas une vide" in message
    assert str(data_dir / "sauvegardes") in message
    answer[0] = True
    application = start_or_explain(data_dir, None, None)
    assert application is not None
    started.append(application)
    assert [s.id for s in application.service.list_dossiers()] == [kept_id]
