"""« Créer une version »: the dialog saves the draft, then freezes it in a real DossierService."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from charte_app.domain.completeness import blocking, check
from charte_app.samples import small_dossier
from charte_app.services.dossiers import DossierService
from charte_app.ui import version_dialog as dialog_module
from charte_app.ui.editor import DossierEditor
from charte_app.ui.version_dialog import VersionDialog, ask_and_freeze, create_version


@pytest.fixture
def service(data_dir: Path):  # noqa: ANN201 - a DossierService
    svc = DossierService.open(data_dir)
    yield svc
    svc.close()


@pytest.fixture
def editor(service: DossierService, examples_dir: Path) -> DossierEditor:
    result = service.import_file(examples_dir / "epernay-psychomotricite.charte")
    editor = DossierEditor(service.load_draft(result.dossier_id))
    editor.set_field(editor.dossier.coordinator, "name", "Claire Martin", "Modifier le coordonnateur")
    return editor


@pytest.fixture
def complete_editor(service: DossierService) -> DossierEditor:
    """A dossier whose documents have nothing left blank: it may be approved and signed."""
    dossier = small_dossier()
    service.save_draft(dossier)
    editor = DossierEditor(service.load_draft(dossier.id))
    editor.set_field(editor.dossier.coordinator, "name", "Claire Martin", "Modifier le coordonnateur")
    return editor


def make_dialog(qtbot: QtBot, service: DossierService, editor: DossierEditor) -> VersionDialog:
    dialog = VersionDialog(service, editor.dossier)
    qtbot.addWidget(dialog)
    return dialog


def ok_button(dialog: VersionDialog):  # noqa: ANN201 - a QPushButton
    return dialog.form.buttons.button(QDialogButtonBox.StandardButton.Ok)


def choose_status(dialog: VersionDialog, code: str) -> None:
    dialog.form.statusCombo.setCurrentIndex(dialog.form.statusCombo.findData(code))


def test_freezes_the_current_draft_with_label_status_author(
    qtbot: QtBot, service: DossierService, editor: DossierEditor
) -> None:
    # An edit not yet autosaved must be in the version: the dialog saves the draft first.
    editor.set_field(editor.dossier.charter, "title", "Charte révisée", "Modifier le titre")
    dialog = make_dialog(qtbot, service, editor)
    assert dialog.form.authorEdit.text() == "Claire Martin"
    assert not ok_button(dialog).isEnabled()
    qtbot.keyClicks(dialog.form.labelEdit, "Projet pour le COPIL")
    assert ok_button(dialog).isEnabled()
    choose_status(dialog, "shared")
    assert dialog.form.statusHint.text().startswith("Partagée")
    ok_button(dialog).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    [version] = service.list_versions(editor.dossier.id)
    assert (version.number, version.label, version.status, version.author) == (
        1,
        "Projet pour le COPIL",
        "shared",
        "Claire Martin",
    )
    assert version.snapshot.charter.title == "Charte révisée"
    assert dialog.version is not None and dialog.version.fingerprint == version.fingerprint


def test_signed_asks_for_confirmation(
    qtbot: QtBot, service: DossierService, complete_editor: DossierEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = complete_editor
    answers = [False, True]
    asked: list[str] = []

    def confirm(_parent: QWidget, label: str) -> bool:
        asked.append(label)
        return answers.pop(0)

    monkeypatch.setattr(dialog_module, "confirm_signed", confirm)
    dialog = make_dialog(qtbot, service, editor)
    qtbot.keyClicks(dialog.form.labelEdit, "Version signee")
    choose_status(dialog, "signed")
    assert "définitive" in dialog.form.statusHint.text()
    ok_button(dialog).click()
    assert service.list_versions(editor.dossier.id) == [] and dialog.version is None
    ok_button(dialog).click()
    assert asked == ["Version signee", "Version signee"]
    [version] = service.list_versions(editor.dossier.id)
    assert version.status == "signed"


def test_an_invalid_draft_is_refused_in_french_and_nothing_is_frozen(
    qtbot: QtBot, service: DossierService, editor: DossierEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(dialog_module, "show_error", lambda _parent, _title, message: errors.append(message))
    conv = editor.dossier.conventions[0]
    editor.set_field(conv, "parties", [], "Retirer les parties")  # a convention needs at least one party
    dialog = make_dialog(qtbot, service, editor)
    qtbot.keyClicks(dialog.form.labelEdit, "Essai")
    ok_button(dialog).click()
    assert errors and "erreurs à corriger" in errors[0] and "au moins une partie" in errors[0]
    assert dialog.form.errorLabel.text() == errors[0]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert service.list_versions(editor.dossier.id) == []


def test_ask_and_freeze_returns_the_version_or_none(
    qtbot: QtBot, service: DossierService, editor: DossierEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    def exec_typing(self: VersionDialog) -> int:
        qtbot.keyClicks(self.form.labelEdit, "Avant le comite")
        ok_button(self).click()
        return self.result()

    monkeypatch.setattr(VersionDialog, "exec", exec_typing)
    version = ask_and_freeze(None, service, editor)
    assert version is not None and version.label == "Avant le comite" and version.status == "draft"
    monkeypatch.setattr(VersionDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert ask_and_freeze(None, service, editor) is None
    assert [v.number for v in service.list_versions(editor.dossier.id)] == [1]


def test_create_version_from_a_stored_draft(
    qtbot: QtBot, service: DossierService, complete_editor: DossierEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The main window's entry point: the draft is already stored (autosaved), the dialog freezes it."""
    editor = complete_editor
    service.save_draft(editor.dossier)

    def exec_typing(self: VersionDialog) -> int:
        assert self.form.authorEdit.text() == "Claire Martin" and not self.save_first
        qtbot.keyClicks(self.form.labelEdit, "Relue par les partenaires")
        choose_status(self, "approved")
        ok_button(self).click()
        return self.result()

    monkeypatch.setattr(VersionDialog, "exec", exec_typing)
    version = create_version(None, service, editor.dossier.id)
    assert version is not None and (version.number, version.status) == (1, "approved")
    errors: list[str] = []
    monkeypatch.setattr(dialog_module, "show_error", lambda _parent, _title, message: errors.append(message))
    assert create_version(None, service, "inconnu") is None and errors


def test_approved_and_signed_list_what_the_documents_still_need(
    qtbot: QtBot, service: DossierService, editor: DossierEditor
) -> None:
    """The Épernay draft has blanks: the dialog lists them (the check's own lines) and will not approve it."""
    dialog = make_dialog(qtbot, service, editor)
    qtbot.keyClicks(dialog.form.labelEdit, "Validee en comite")
    assert dialog.gap_lines() == [] and ok_button(dialog).isEnabled()  # a draft version may hold blanks
    expected = [g.line() for g in check(editor.dossier, status="approved")]
    assert len(blocking(check(editor.dossier))) > 0
    for status in ("approved", "signed"):
        choose_status(dialog, status)
        assert dialog.gap_lines() == [g.line() for g in check(editor.dossier, status=status)]
        assert dialog.form.gapsView.toPlainText().startswith(
            f"{len(blocking(check(editor.dossier, status=status)))} point"
        )
        assert not ok_button(dialog).isEnabled()
    choose_status(dialog, "approved")
    assert dialog.gap_lines() == expected
    choose_status(dialog, "shared")
    assert dialog.gap_lines() == [] and ok_button(dialog).isEnabled()
    ok_button(dialog).click()
    assert [v.status for v in service.list_versions(editor.dossier.id)] == ["shared"]
