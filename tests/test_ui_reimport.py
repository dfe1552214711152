"""The GUI's Import and ``open`` ask before a re-import replaces a working draft (replace / copy / cancel)."""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from charte_app.services.dossiers import DossierService
from charte_app.ui import dialogs
from charte_app.ui.main_window import MainWindow
from test_ui_support import DialogRecorder, recorder, service, window  # noqa: F401 - fixtures

REIMS = "reims-croix-rouge.charte"
REIMS_ID = "6b0c3c6e-2d7a-4c5e-9d8e-0b3f8d3c1a01"
REIMS_TITLE = "Coopération éducative – quartier Croix-Rouge"
NEW_DIAGNOSIS = "Diagnostic revu par le partenaire."


def variant(examples_dir: Path, tmp_path: Path, *, decision: str | None = None) -> Path:
    raw = json.loads((examples_dir / REIMS).read_bytes())
    raw["dossier"]["diagnosis"] = NEW_DIAGNOSIS
    if decision:
        raw["versions"][1]["approvals"][0]["decision"] = decision
    path = tmp_path / "retour.charte"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The replace / copy / cancel question, answered with ``state["answer"]``; titles asked are recorded."""
    state: dict[str, Any] = {"answer": None, "titles": []}

    def ask(_parent: Any, title: str) -> str | None:
        state["titles"].append(title)
        return state["answer"]

    monkeypatch.setattr(dialogs, "ask_draft_conflict", ask)
    return state


def test_import_asks_and_cancel_imports_nothing(
    qtbot: QtBot,
    window: MainWindow,
    service: DossierService,
    recorder: DialogRecorder,
    asked: dict[str, Any],
    examples_dir: Path,
    tmp_path: Path,
) -> None:
    service.import_file(examples_dir / REIMS)
    before = service.load_draft(REIMS_ID)
    recorder.open_path = variant(examples_dir, tmp_path)
    qtbot.mouseClick(window.home.form.importButton, Qt.MouseButton.LeftButton)
    assert asked["titles"] == [REIMS_TITLE]
    assert not window.dossier_open()
    assert service.load_draft(REIMS_ID) == before
    assert service.list_replaced_drafts(REIMS_ID) == []
    assert len(service.list_dossiers()) == 1
    assert recorder.errors == []


def test_import_replace_keeps_the_local_draft_restorable(
    qtbot: QtBot,
    window: MainWindow,
    service: DossierService,
    recorder: DialogRecorder,
    asked: dict[str, Any],
    examples_dir: Path,
    tmp_path: Path,
) -> None:
    service.import_file(examples_dir / REIMS)
    local = service.load_draft(REIMS_ID)
    recorder.open_path = variant(examples_dir, tmp_path)
    asked["answer"] = "replace"
    qtbot.mouseClick(window.home.form.importButton, Qt.MouseButton.LeftButton)
    assert window.dossier_open() and window.editor.dossier.id == REIMS_ID
    assert window.editor.dossier.diagnosis == NEW_DIAGNOSIS
    (kept,) = service.list_replaced_drafts(REIMS_ID)
    assert service.restore_replaced_draft(REIMS_ID, kept.id).diagnosis == local.diagnosis


def test_open_with_a_file_asks_the_same_and_copy_opens_the_copy(
    window: MainWindow,
    service: DossierService,
    recorder: DialogRecorder,
    asked: dict[str, Any],
    examples_dir: Path,
    tmp_path: Path,
) -> None:
    service.import_file(examples_dir / REIMS)
    asked["answer"] = "copy"
    assert window.import_file(variant(examples_dir, tmp_path))  # what `charte-app open FILE` does
    assert asked["titles"] == [REIMS_TITLE]
    copy_id = window.editor.dossier.id
    assert copy_id != REIMS_ID and window.editor.dossier.title == f"{REIMS_TITLE} (copie)"
    assert len(service.list_versions(copy_id)) == 2
    assert service.load_draft(REIMS_ID).diagnosis != NEW_DIAGNOSIS


def test_a_contradicting_decision_is_explained_and_offers_a_copy(
    window: MainWindow,
    service: DossierService,
    recorder: DialogRecorder,
    asked: dict[str, Any],
    examples_dir: Path,
    tmp_path: Path,
) -> None:
    service.import_file(examples_dir / REIMS)
    path = variant(examples_dir, tmp_path, decision="refused")
    recorder.confirm_answer = False
    assert not window.import_file(path)
    title, text = recorder.confirms[-1]
    assert "version n° 2" in text and "« Ville de Reims »" in text and "copie" in text
    assert len(service.list_dossiers()) == 1
    assert service.get_version(REIMS_ID, 2).approvals[0].decision == "approved"
    recorder.confirm_answer = True
    assert window.import_file(path)
    assert window.editor.dossier.title == f"{REIMS_TITLE} (copie)"
    assert service.get_version(REIMS_ID, 2).approvals[0].decision == "approved"


def test_a_file_that_does_not_continue_the_history_offers_a_copy(
    window: MainWindow,
    service: DossierService,
    recorder: DialogRecorder,
    asked: dict[str, Any],
    examples_dir: Path,
    tmp_path: Path,
) -> None:
    service.import_file(examples_dir / REIMS)
    raw = json.loads((examples_dir / REIMS).read_bytes())
    del raw["versions"][1]
    path = tmp_path / "ancien.charte"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    recorder.confirm_answer = False
    assert not window.import_file(path)
    assert "versions (n° 2)" in recorder.confirms[-1][1]
    assert len(service.list_dossiers()) == 1
    recorder.confirm_answer = True
    assert window.import_file(path)
    assert window.editor.dossier.title == f"{REIMS_TITLE} (copie)"


# Issue 20: a file writing its "dossier" twice was previewed with the first while « Remplacer le
# brouillon ? » was asked, and the last was stored. The window reads the file as the import does.
def test_a_file_writing_its_dossier_twice_is_neither_previewed_nor_imported(
    qtbot: QtBot,
    window: MainWindow,
    service: DossierService,
    recorder: DialogRecorder,
    examples_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    service.import_file(examples_dir / REIMS)
    before = service.load_draft(REIMS_ID)
    raw = json.loads((examples_dir / REIMS).read_bytes())
    shown = {**raw["dossier"], "diagnosis": "Ce que l'aperçu montrait."}
    stored = {**raw["dossier"], "diagnosis": "Ce que l'import enregistrait."}
    text = json.dumps({**raw, "dossier": shown}, ensure_ascii=False).removesuffix("}")
    path = tmp_path / "deux.charte"
    path.write_text(text + ', "dossier": ' + json.dumps(stored, ensure_ascii=False) + "}", encoding="utf-8")
    asked: list[Any] = []
    monkeypatch.setattr(dialogs, "ask_draft_conflict", lambda *args: asked.append(args))

    assert window.preview_file(path) is False  # nothing shown: the import refuses it too
    recorder.open_path = path
    assert window.import_file() is False
    assert asked == []  # never « Remplacer le brouillon ? » about a file that is refused
    [(_title, message)] = recorder.errors
    assert "clé en double" in message and "dossier" in message
    assert service.load_draft(REIMS_ID) == before
