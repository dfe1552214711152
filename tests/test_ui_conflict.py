"""Two windows on one dossier: a save never overwrites the other's work; the user merges or keeps a copy."""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from charte_app.samples import small_dossier
from charte_app.services.dossiers import DossierService
from charte_app.ui.autosave import SaveState
from charte_app.ui.main_window import MainWindow
from test_ui_support import DialogRecorder, make_window, recorder, service  # noqa: F401


def _two_windows(qtbot: QtBot, service: DossierService, data_dir: Path) -> tuple[MainWindow, MainWindow, str]:
    dossier = small_dossier()
    service.save_draft(dossier)
    other = DossierService.open(data_dir)  # a second session: another window or a colleague's machine
    mine, theirs = make_window(qtbot, service, data_dir), make_window(qtbot, other, data_dir)
    assert mine.open_dossier(dossier.id) and theirs.open_dossier(dossier.id)
    return mine, theirs, dossier.id


def _edit(window: MainWindow, attr: str, value: str) -> None:
    window.editor.set_field(window.editor.dossier, attr, value, attr)


def test_edits_of_different_fields_are_merged_by_default(
    qtbot: QtBot, service: DossierService, data_dir: Path, recorder: DialogRecorder
) -> None:
    mine, theirs, dossier_id = _two_windows(qtbot, service, data_dir)
    _edit(theirs, "diagnosis", "Diagnostic de l'équipe")
    assert theirs.autosaver.flush() == SaveState.SAVED
    _edit(mine, "common_goal", "Notre but commun")
    assert mine.autosaver.flush() == SaveState.CONFLICT
    assert "quelqu'un d'autre" in mine.save_state_text()
    mine.resolve_conflict()
    [(title, text, options)] = recorder.choices
    assert title == "Dossier modifié par quelqu'un d'autre" and options[0] == "merge"
    assert "a enregistré ce dossier le" in text
    assert mine.autosaver.state == SaveState.SAVED
    stored = service.load_draft(dossier_id)
    assert stored.diagnosis == "Diagnostic de l'équipe" and stored.common_goal == "Notre but commun"
    assert mine.editor.dossier.diagnosis == "Diagnostic de l'équipe"
    theirs.service.close()


def test_the_same_field_changed_twice_offers_a_copy_and_loses_nothing(
    qtbot: QtBot, service: DossierService, data_dir: Path, recorder: DialogRecorder
) -> None:
    mine, theirs, dossier_id = _two_windows(qtbot, service, data_dir)
    _edit(theirs, "diagnosis", "Leur diagnostic")
    theirs.autosaver.flush()
    _edit(mine, "diagnosis", "Mon diagnostic")
    assert mine.autosaver.flush() == SaveState.CONFLICT
    mine.resolve_conflict()
    [(_title, text, options)] = recorder.choices
    assert "merge" not in options and options[0] == "copy" and "diagnosis" in text
    assert service.load_draft(dossier_id).diagnosis == "Leur diagnostic"  # theirs untouched
    copies = [s for s in service.list_dossiers() if s.id != dossier_id]
    assert len(copies) == 1 and "(copie de" in copies[0].title
    assert service.load_draft(copies[0].id).diagnosis == "Mon diagnostic"
    assert mine.editor.dossier.id == copies[0].id and mine.autosaver.state == SaveState.SAVED
    theirs.service.close()


def test_taking_theirs_reloads_their_draft(
    qtbot: QtBot, service: DossierService, data_dir: Path, recorder: DialogRecorder
) -> None:
    mine, theirs, dossier_id = _two_windows(qtbot, service, data_dir)
    _edit(theirs, "diagnosis", "Leur diagnostic")
    theirs.autosaver.flush()
    _edit(mine, "diagnosis", "Mon diagnostic")
    recorder.choose_answer = "theirs"
    assert mine.autosaver.flush() == SaveState.CONFLICT
    qtbot.waitUntil(lambda: mine.autosaver.state == SaveState.SAVED)  # the window asks on its own
    assert mine.editor.dossier.diagnosis == "Leur diagnostic"
    _edit(mine, "common_goal", "Suite du travail")
    assert mine.autosaver.flush() == SaveState.SAVED  # from their revision on: no conflict any more
    assert service.load_draft(dossier_id).common_goal == "Suite du travail"
    theirs.service.close()


def test_quitting_stores_a_draft_with_errors_without_asking(
    qtbot: QtBot, service: DossierService, data_dir: Path, recorder: DialogRecorder
) -> None:
    dossier = small_dossier()
    service.save_draft(dossier)
    window = make_window(qtbot, service, data_dir)
    window.open_dossier(dossier.id)
    window.editor.set_field(window.editor.dossier.partners[0], "siret", "1234", "SIRET")
    assert window.close()
    assert recorder.confirms == []  # nothing to abandon: it is stored
    assert service.load_draft(dossier.id).partners[0].siret == "1234"


def test_when_the_database_fails_quitting_writes_a_rescue_copy_first(
    qtbot: QtBot, service: DossierService, data_dir: Path, recorder: DialogRecorder, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from charte_app.domain import dossier_file
    from charte_app.errors import UserError

    dossier = small_dossier()
    service.save_draft(dossier)
    window = make_window(qtbot, service, data_dir)
    window.open_dossier(dossier.id)

    def full(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise UserError("Le disque est plein : rien n'a été enregistré.")

    monkeypatch.setattr(window.autosaver, "_save", full)
    _edit(window, "diagnosis", "Texte qui ne doit pas se perdre")
    recorder.confirm_answer = True
    assert window.close()
    [(title, text)] = recorder.confirms
    assert title == "Modifications non enregistrées" and "disque est plein" in text
    [rescue] = (data_dir / "secours").glob("*.charte")
    assert str(rescue) in text
    doc, _warnings = dossier_file.parse(rescue.read_bytes())
    assert doc.dossier.diagnosis == "Texte qui ne doit pas se perdre"


def test_edits_made_during_a_conflict_wait_for_the_choice_and_are_kept(
    qtbot: QtBot, service: DossierService, data_dir: Path, recorder: DialogRecorder
) -> None:
    mine, theirs, dossier_id = _two_windows(qtbot, service, data_dir)
    _edit(theirs, "diagnosis", "Leur diagnostic")
    theirs.autosaver.flush()
    mine.autosaver.conflict.disconnect()  # the dialog is not answered yet
    _edit(mine, "common_goal", "Premier jet")
    assert mine.autosaver.flush() == SaveState.CONFLICT
    _edit(mine, "common_goal", "Deuxième jet")
    assert mine.autosaver.state == SaveState.CONFLICT and mine.autosaver.flush() == SaveState.CONFLICT
    assert service.load_draft(dossier_id).diagnosis == "Leur diagnostic"
    mine.resolve_conflict()  # merge, the default
    stored = service.load_draft(dossier_id)
    assert stored.diagnosis == "Leur diagnostic" and stored.common_goal == "Deuxième jet"
    theirs.service.close()
