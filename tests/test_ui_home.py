"""The home screen and the Fichier / Versions menus, driven through real widgets."""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from charte_app.domain import Approval
from charte_app.samples import small_dossier
from charte_app.services.dossiers import DossierService
from charte_app.ui import version_dialog
from charte_app.ui.main_window import MainWindow
from test_ui_support import (  # noqa: F401 - fixtures
    DialogRecorder,
    create_dossier,
    go,
    recorder,
    service,
    type_into,
    window,
)


def rows(window: MainWindow) -> list[list[str]]:
    proxy = window.home.proxy
    return [[proxy.index(r, c).data() for c in range(proxy.columnCount())] for r in range(proxy.rowCount())]


def test_home_lists_dossiers_with_versions_and_filters_as_you_type(
    qtbot: QtBot, window: MainWindow, service: DossierService
) -> None:
    dossier = small_dossier()
    service.save_draft(dossier)
    service.freeze_version(dossier.id, "Première lecture", status="shared")
    other = small_dossier("Épernay – soutien à la parentalité", seed=1)
    other.territory = "Épernay"
    service.save_draft(other)
    window.home.reload()
    table = {r[0]: r for r in rows(window)}
    assert table[dossier.title][1:] == [dossier.territory, table[dossier.title][2], table[dossier.title][3], "0", "n° 1 – Partagée"]  # fmt: skip
    assert table[other.title][4:] == ["0", "aucune"]
    type_into(qtbot, window.home.form.searchEdit, "pernay")
    assert [r[0] for r in rows(window)] == [other.title]
    window.home.form.searchEdit.clear()
    assert len(rows(window)) == 2


def test_create_needs_a_title_and_opens_the_new_dossier(
    qtbot: QtBot, window: MainWindow, service: DossierService, recorder: DialogRecorder
) -> None:
    qtbot.mouseClick(window.home.form.createButton, Qt.MouseButton.LeftButton)
    assert recorder.errors and "titre" in recorder.errors[0][1]
    assert not window.dossier_open()
    dossier_id = create_dossier(qtbot, window, "Nouvelle coopération")
    assert service.load_draft(dossier_id).title == "Nouvelle coopération"
    assert window.windowTitle() == "Nouvelle coopération – Charte"


def test_delete_asks_first_and_archives_a_dossier_with_a_signed_version(
    qtbot: QtBot, window: MainWindow, service: DossierService, recorder: DialogRecorder
) -> None:
    signed, plain = small_dossier(), small_dossier("Sans signature", seed=3)
    for d in (signed, plain):
        service.save_draft(d)
    version = service.freeze_version(signed.id, "Version signée", status="approved")
    for partner in signed.partners:
        service.record_approval(signed.id, version.number, Approval(partner=partner.id, decision="approved"))
    service.set_version_status(signed.id, version.number, "signed")
    window.home.reload()

    recorder.confirm_answer = False
    window.home.select(plain.id)
    qtbot.mouseClick(window.home.form.deleteButton, Qt.MouseButton.LeftButton)
    assert len(rows(window)) == 2  # cancelled
    assert "archivé" in recorder.confirms[0][1]

    recorder.confirm_answer = True
    window.home.select(plain.id)
    qtbot.mouseClick(window.home.form.deleteButton, Qt.MouseButton.LeftButton)
    assert [d.id for d in service.list_dossiers(include_archived=True)] == [signed.id]

    window.home.select(signed.id)
    qtbot.mouseClick(window.home.form.deleteButton, Qt.MouseButton.LeftButton)
    assert recorder.infos[-1][0] == "Dossier archivé" and "archivé, pas supprimé" in recorder.infos[-1][1]
    assert rows(window) == []
    window.home.form.archivedCheck.setChecked(True)
    assert rows(window)[0][0] == f"{signed.title} (archivé)"


def test_import_and_save_as_charte_files(
    qtbot: QtBot,
    window: MainWindow,
    service: DossierService,
    recorder: DialogRecorder,
    examples_dir: Path,
    tmp_path: Path,
) -> None:
    recorder.open_path = sorted(examples_dir.glob("*.charte"))[0]
    qtbot.mouseClick(window.home.form.importButton, Qt.MouseButton.LeftButton)
    assert window.dossier_open()
    dossier_id = window.editor.dossier.id

    recorder.save_path = tmp_path / "copie.charte"
    window.form.actionSaveAs.trigger()
    saved = json.loads(recorder.save_path.read_text("utf-8"))
    assert saved["format"] == "charte-dossier" and saved["dossier"]["id"] == dossier_id
    assert recorder.infos[-1][0] == "Dossier enregistré"

    recorder.save_path = tmp_path / "dossier-absent" / "copie.charte"
    window.form.actionSaveAs.trigger()
    title, text = recorder.errors[-1]
    assert title == "Enregistrement impossible" and "Choisissez un autre dossier" in text
    assert "Traceback" not in text


def test_save_as_refuses_a_dossier_with_errors(
    qtbot: QtBot, window: MainWindow, recorder: DialogRecorder, tmp_path: Path
) -> None:
    create_dossier(qtbot, window, "Erreurs")
    page = go(window, "diagnosis")
    type_into(qtbot, page.form.titleEdit, "", clear=True)  # an empty title is an error
    recorder.save_path = tmp_path / "x.charte"
    window.form.actionSaveAs.trigger()
    title, text = recorder.errors[-1]
    assert title == "Enregistrement impossible"
    assert "points à corriger" in text and "dossier.title" in text
    assert not recorder.save_path.exists()


def test_versions_menu_creates_a_version_and_opens_history(
    qtbot: QtBot, window: MainWindow, service: DossierService, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(version_dialog, "create_version", lambda _parent, _svc, dossier_id: calls.append(dossier_id))
    assert not window.form.actionCreateVersion.isEnabled()  # nothing open on the home screen
    dossier_id = create_dossier(qtbot, window, "Versions")
    page = go(window, "diagnosis")
    type_into(qtbot, page.form.territoryEdit, "Reims")
    window.form.actionCreateVersion.trigger()
    assert calls == [dossier_id]
    assert service.load_draft(dossier_id).territory == "Reims"  # stored before freezing

    service.freeze_version(dossier_id, "V1")
    window.form.actionHistory.trigger()
    dialogs = [w for w in window.findChildren(QDialog) if w.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].windowTitle() == "Historique des versions"
    dialogs[0].close()


def test_versions_menu_opens_comparison_and_verification(
    qtbot: QtBot, window: MainWindow, service: DossierService
) -> None:
    dossier_id = create_dossier(qtbot, window, "Comparer")
    service.freeze_version(dossier_id, "V1")
    for action in (window.form.actionCompare, window.form.actionVerify):
        action.trigger()
        shown = [w for w in window.findChildren(QDialog) if w.isVisible()]
        assert len(shown) == 1, action.text()
        shown[0].close()
        QApplication.processEvents()


def test_the_list_says_how_many_points_a_stored_draft_has_to_fix(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from charte_app.samples import small_dossier

    dossier = small_dossier(title="À reprendre")
    dossier.partners[0].siret = "12"
    dossier.charter.commitments[0].partner = "personne"
    window.service.save_draft(dossier)
    window.show_home()
    model = window.home.model
    [row] = [r for r in range(model.rowCount()) if model.rows[r].id == dossier.id]
    assert model.data(model.index(row, 0)) == "À reprendre"
    assert model.data(model.index(row, model.TO_FIX)) == "2"  # a column of its own, never elided with the title
    assert model.data(model.index(row, model.TO_FIX), Qt.ItemDataRole.ToolTipRole) == "2 points à corriger"


def test_the_search_field_gets_its_clear_button_when_the_home_view_is_first_shown(
    qtbot: QtBot, service: DossierService, data_dir: Path
) -> None:
    """The clear button's icon loads the icon theme: a window that opens on a dossier paints without it."""
    dossier = small_dossier()
    service.save_draft(dossier)
    window = MainWindow(service, data_dir)
    qtbot.addWidget(window)
    assert window.open_dossier(dossier.id)
    window.show()
    qtbot.waitExposed(window)
    search = window.home.form.searchEdit
    assert not window.home.isVisible() and not search.isClearButtonEnabled()
    window.show_home()
    assert window.home.isVisible() and search.isClearButtonEnabled()


def test_the_list_shows_how_complete_each_dossier_is_and_its_latest_version(
    qtbot: QtBot, window: MainWindow, service: DossierService, tmp_path: Path
) -> None:
    """Issue 21, point 15: completeness (domain.completeness, computed by the service), points to fix,
    latest version with its status; the whole list fits at 1366×768."""
    from charte_app.domain.completeness import blocking, check

    ready = small_dossier("Prêt")
    service.save_draft(ready)
    gaps = len(blocking(check(ready)))
    service.freeze_version(ready.id, "Première lecture", status="shared")
    service.freeze_version(ready.id, "Comité de pilotage")
    empty = service.create_dossier("Tout neuf")
    window.show_home()
    qtbot.waitUntil(window.home.progress_done)
    model = window.home.model
    by_id = {model.rows[r].id: r for r in range(model.rowCount())}
    progress = model.index(by_id[ready.id], model.PROGRESS)
    expected = "Prêt à valider" if gaps == 0 else f"{gaps} point{'s' if gaps > 1 else ''} à compléter"
    assert progress.data() == expected
    assert "documents prêts" in progress.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(by_id[empty.id], model.PROGRESS).data() == "Aucun document"
    latest = model.index(by_id[ready.id], model.LATEST)
    assert latest.data() == "n° 2 – Brouillon"
    assert latest.data(Qt.ItemDataRole.ToolTipRole) == "n° 2 « Comité de pilotage » – Brouillon"
    table = window.home.form.dossierTable
    assert not table.horizontalScrollBar().isVisible()
    for column in range(1, model.columnCount()):
        header = table.horizontalHeader()
        assert header.sectionSize(column) >= header.sectionSizeHint(column) - 1  # headers read whole
    window.grab().save(str(tmp_path / "home.png"))


def test_the_progress_of_50_dossiers_is_computed_fast_and_once_per_revision(
    service: DossierService, monkeypatch: pytest.MonkeyPatch
) -> None:

    from charte_app.services import drafts as dossiers_module  # where progress() finds check

    checked: list[str] = []
    real_check = dossiers_module.check
    monkeypatch.setattr(dossiers_module, "check", lambda d, **kw: checked.append(d.id) or real_check(d, **kw))
    ids = []
    for n in range(50):
        dossier = small_dossier(f"Dossier {n}", seed=n)
        service.save_draft(dossier)
        ids.append(dossier.id)
    first = service.progress(service.list_dossiers())
    again = service.progress(service.list_dossiers())
    assert again == first and len(first) == 50 and len(checked) == 50  # the second time from memory
    changed = service.load_draft(ids[0])
    changed.charter.preamble = "Un autre préambule."
    service.save_draft(changed)
    service.progress(service.list_dossiers())
    assert checked[50:] == [ids[0]]  # only the draft saved since is checked again
