"""The wizard driven like a coordinator would: typing into real widgets, checking what the store holds."""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from charte_app.services.dossiers import DossierService
from charte_app.ui.autosave import SaveState
from charte_app.ui.main_window import MainWindow
from test_ui_support import (  # noqa: F401 - fixtures
    VALID_SIRET,
    DialogRecorder,
    add_partner,
    create_dossier,
    go,
    make_window,
    recorder,
    service,
    type_into,
    window,
)


def saved(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.autosaver.state == SaveState.SAVED, timeout=3000)


def edit_cell(qtbot: QtBot, view, row: int, column: int, text: str) -> None:  # type: ignore[no-untyped-def]
    """Open a table cell's editor and type into it, then Enter (as a user would)."""
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.edit(index)
    editors = [e for e in view.findChildren(QLineEdit) if e.isVisible()]  # older editors await deletion
    assert len(editors) == 1
    editor = editors[0]
    type_into(qtbot, editor, text, enter=True)
    # The delegate commits and closes its editor on the next turn of the event loop.
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor) or not editor.isVisible())


def test_create_a_dossier_from_nothing_by_typing(
    qtbot: QtBot, window: MainWindow, service: DossierService, recorder: DialogRecorder
) -> None:
    dossier_id = create_dossier(qtbot, window, "Coopération éducative – Croix-Rouge")

    # 1. Partenaires
    page = add_partner(qtbot, window, "Ville de Reims", "Arnaud Robinet")
    type_into(qtbot, page.form.functionEdit, "Maire")
    type_into(qtbot, page.form.siretEdit, VALID_SIRET)
    type_into(qtbot, page.form.emailEdit, "pre@reims.fr")
    type_into(qtbot, page.form.fieldsEdit, "accompagnement à la scolarité\nsoutien à la parentalité")
    add_partner(qtbot, window, "Caisse d'allocations familiales de la Marne", "Claire Martin")
    page.form.kindCombo.setFocus()
    qtbot.keyClicks(page.form.kindCombo, "Caisse")  # keyboard search in the combo
    # 2. Diagnostic partagé
    page = go(window, "diagnosis")
    type_into(qtbot, page.form.territoryEdit, "Reims – Croix-Rouge")
    type_into(qtbot, page.form.diagnosisEdit, "Des ruptures de parcours au passage en sixième.")
    # 3. But commun
    page = go(window, "goal")
    type_into(qtbot, page.form.goalEdit, "Qu'aucun enfant ne connaisse de rupture.")
    # 4. Objectifs et indicateurs
    page = go(window, "objectives")
    type_into(qtbot, page.list_editor.form.newTitleEdit, "Continuité des parcours", enter=True)
    type_into(qtbot, page.detail.newIndicatorEdit, "Enfants suivis sans rupture", enter=True)
    edit_cell(qtbot, page.detail.indicatorTable, 0, 1, "60 %")
    edit_cell(qtbot, page.detail.indicatorTable, 0, 2, "80 %")
    edit_cell(qtbot, page.detail.indicatorTable, 0, 3, "Éducation nationale")
    edit_cell(qtbot, page.detail.indicatorTable, 0, 4, "annuelle")
    # 5. Valeurs
    page = go(window, "values")
    type_into(qtbot, page.list_editor.form.newTitleEdit, "Respect des familles", enter=True)
    type_into(qtbot, page.detail.descriptionEdit, "Les familles sont informées et d'accord.")
    # 6. Règles
    page = go(window, "rules")
    type_into(qtbot, page.list_editor.form.newTitleEdit, "Accord préalable des familles", enter=True)
    page.detail.topicCombo.setCurrentIndex(page.detail.topicCombo.findData("confidentiality"))
    page.detail.topicCombo.activated.emit(page.detail.topicCombo.currentIndex())
    # 7. Engagements
    page = go(window, "commitments")
    assert "Ville de Reims" in page.form.uncommittedLabel.text()
    page.form.partnerList.setCurrentRow(0)
    type_into(qtbot, page.form.newCommitmentEdit, "S'engage à désigner un référent.", enter=True)
    page.form.objectivesList.item(0).setCheckState(Qt.CheckState.Checked)
    type_into(qtbot, page.form.interestEdit, "Mieux coordonner ses services.")
    assert "Ville de Reims" not in page.form.uncommittedLabel.text()
    assert "Caisse" in page.form.uncommittedLabel.text()
    # 8. Gouvernance
    page = go(window, "governance")
    type_into(qtbot, page.bodies.form.newTitleEdit, "Comité de pilotage", enter=True)
    type_into(qtbot, page.detail.meetsEdit, "deux fois par an")
    page.detail.membersList.item(0).setCheckState(Qt.CheckState.Checked)
    page.detail.membersList.item(1).setCheckState(Qt.CheckState.Checked)
    type_into(qtbot, page.form.coordinatorRoleEdit, "Anime la coopération.")
    # 9. Durée, révision et signatures
    page = go(window, "duration")
    type_into(qtbot, page.form.startEdit.line_edit, "01/09/2026")
    page.form.monthsSpin.setValue(36)
    type_into(qtbot, page.form.placeEdit, "Reims")
    qtbot.mouseClick(page.form.allButton, Qt.MouseButton.LeftButton)

    saved(qtbot, window)
    assert recorder.errors == []
    stored = service.load_draft(dossier_id)
    assert stored.title == "Coopération éducative – Croix-Rouge"
    assert [p.id for p in stored.partners] == ["ville-de-reims", "caisse-d-allocations-familiales-de-la"]
    ville = stored.partners[0]
    assert (ville.representative.name, ville.representative.function) == ("Arnaud Robinet", "Maire")
    assert ville.siret == VALID_SIRET and ville.contact.email == "pre@reims.fr"
    assert ville.fields_of_action == ["accompagnement à la scolarité", "soutien à la parentalité"]
    assert stored.partners[1].kind == "family_allowance_fund"
    assert stored.territory == "Reims – Croix-Rouge"
    assert stored.diagnosis == "Des ruptures de parcours au passage en sixième."
    assert stored.common_goal == "Qu'aucun enfant ne connaisse de rupture."
    [objective] = stored.charter.objectives
    assert objective.id == "continuite-des-parcours"
    [indicator] = objective.indicators
    assert (indicator.name, indicator.baseline, indicator.target, indicator.source, indicator.frequency) == (
        "Enfants suivis sans rupture",
        "60 %",
        "80 %",
        "Éducation nationale",
        "annuelle",
    )
    assert [(v.id, v.description) for v in stored.charter.values] == [
        ("respect-des-familles", "Les familles sont informées et d'accord.")
    ]
    assert [(r.title, r.topic) for r in stored.charter.rules] == [("Accord préalable des familles", "confidentiality")]
    [commitment] = stored.charter.commitments
    assert (commitment.partner, commitment.text, commitment.objectives) == (
        "ville-de-reims",
        "S'engage à désigner un référent.",
        ["continuite-des-parcours"],
    )
    assert ville.interest == "Mieux coordonner ses services."
    [body] = stored.charter.governance.bodies
    assert (body.name, body.meets, body.members) == (
        "Comité de pilotage",
        "deux fois par an",
        ["ville-de-reims", "caisse-d-allocations-familiales-de-la"],
    )
    assert stored.charter.governance.coordinator_role == "Anime la coopération."
    duration, signature = stored.charter.duration, stored.charter.signature
    assert (duration.start, duration.months, signature.place) == (date(2026, 9, 1), 36, "Reims")
    assert signature.signatories == ["ville-de-reims", "caisse-d-allocations-familiales-de-la"]
    # The side list says which steps are complete (icon + words for screen readers).
    window.wizard.update_status()
    states = {
        p.step_id: window.wizard.form.stepList.item(i).data(Qt.ItemDataRole.UserRole)
        for i, p in enumerate(window.wizard.pages)
    }
    assert states["objectives"] == "complete"
    # A tick follows the documents' check (issue 21): the charter's preamble is still empty.
    assert states["goal"] == "incomplete"
    assert any(line.startswith("3. ") and "préambule" in line for line in window.wizard.missing_texts())
    assert states["commitments"] == "incomplete"  # the CAF has no commitment yet
    accessible = window.wizard.form.stepList.item(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert accessible.startswith("1. Partenaires – ")


def test_undo_and_redo_across_steps_with_french_names(qtbot: QtBot, window: MainWindow) -> None:
    create_dossier(qtbot, window, "Dossier à défaire")
    add_partner(qtbot, window, "Ville d'Épernay")
    page = go(window, "values")
    type_into(qtbot, page.list_editor.form.newTitleEdit, "Confiance", enter=True)
    type_into(qtbot, page.detail.descriptionEdit, "Se connaître")
    assert window.undo_action.text() == "&Annuler : Modifier la description de la valeur"
    edit_menu = [a.text() for a in window.form.menuEdit.actions()]
    assert edit_menu[0].startswith("&Annuler")
    # Ctrl+Z from inside a text field undoes the dossier edit, not only the field's text.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page.detail.descriptionEdit.setFocus()
    qtbot.keyClick(page.detail.descriptionEdit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    dossier = window.editor.dossier
    assert dossier.charter.values[0].description is None
    assert page.detail.descriptionEdit.toPlainText() == ""
    window.undo_action.trigger()  # the value itself
    assert dossier.charter.values == []
    window.undo_action.trigger()  # the partner added on step 1
    assert dossier.partners == []
    partners_page = go(window, "partners")  # a hidden step catches up when shown
    assert partners_page.table_model.rowCount() == 0
    assert window.redo_action.text() == "&Rétablir : Ajouter le partenaire « Ville d'Épernay »"
    qtbot.keyClick(page.list_editor.form.itemList, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert [p.name for p in dossier.partners] == ["Ville d'Épernay"]
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert dossier.charter.values[0].description == "Se connaître"
    go(window, "values")
    assert page.detail.descriptionEdit.toPlainText() == "Se connaître"


def test_autosave_within_a_second_then_a_fresh_window_shows_the_same_state(
    qtbot: QtBot, window: MainWindow, service: DossierService, data_dir: Path
) -> None:
    dossier_id = create_dossier(qtbot, window, "Autosauvegarde")
    page = add_partner(qtbot, window, "Centre médico-psychologique", "Nadia Benali")
    assert window.windowTitle().startswith("• ")  # unsaved marker
    last_edit = time.monotonic()
    saved(qtbot, window)
    assert time.monotonic() - last_edit <= 1.0
    assert not window.windowTitle().startswith("•")
    assert window.save_state_text() == "Enregistré"
    assert service.load_draft(dossier_id).partners[0].representative.name == "Nadia Benali"
    del page

    again = make_window(qtbot, service, data_dir)
    assert again.open_last()
    assert again.editor.dossier.id == dossier_id
    page = go(again, "partners")
    assert page.form.nameEdit.text() == "Centre médico-psychologique"
    assert page.form.representativeEdit.text() == "Nadia Benali"


def test_bad_values_are_shown_next_to_the_field_and_stored_with_the_points_to_fix(
    qtbot: QtBot, window: MainWindow, service: DossierService
) -> None:
    dossier_id = create_dossier(qtbot, window, "Valeurs fausses")
    page = add_partner(qtbot, window, "Association Prévention Marne")
    saved(qtbot, window)

    type_into(qtbot, page.form.siretEdit, "1234")
    assert page.form.siretMessage.isVisible()
    assert "14 chiffres" in page.form.siretMessage.text()
    saved(qtbot, window)  # a value still being typed never stops the draft from being stored
    assert not window.windowTitle().startswith("•")
    assert window.save_state_text() == "Enregistré – 1 point à corriger"
    window.wizard.update_status()
    assert window.wizard.form.problemsLabel.isVisible()
    assert any("SIRET" in text for text in window.wizard.problem_texts())
    state = service.open_draft(dossier_id)
    assert state.dossier.partners[0].siret == "1234"
    assert [p.path for p in state.problems] == ["dossier.partners[0].siret"]

    type_into(qtbot, page.form.siretEdit, "0123456789", clear=True)  # 10 more digits: 14 but wrong key
    type_into(qtbot, page.form.siretEdit, VALID_SIRET, clear=True)
    assert not page.form.siretMessage.text()  # shown empty: its room is kept
    type_into(qtbot, page.form.emailEdit, "pas-une-adresse")
    assert "Adresse électronique invalide" in page.form.emailMessage.text()
    type_into(qtbot, page.form.emailEdit, "contact@prevention.fr", clear=True)
    assert not page.form.emailMessage.text()
    saved(qtbot, window)
    assert window.save_state_text() == "Enregistré"
    assert service.load_draft(dossier_id).partners[0].siret == VALID_SIRET

    duration = go(window, "duration")
    type_into(qtbot, duration.form.startEdit.line_edit, "31/02/2026")
    assert "date impossible" in duration.form.startEdit.error_label.text().lower()
    assert duration.form.startEdit.error_label.isVisible()
    assert window.editor.dossier.charter.duration.start is None


def test_a_partner_still_cited_is_not_removed_silently(
    qtbot: QtBot, window: MainWindow, recorder: DialogRecorder
) -> None:
    create_dossier(qtbot, window, "Suppression")
    add_partner(qtbot, window, "Ville de Troyes")
    page = go(window, "commitments")
    page.form.partnerList.setCurrentRow(0)
    type_into(qtbot, page.form.newCommitmentEdit, "S'engage à informer.", enter=True)
    partners = go(window, "partners")
    qtbot.mouseClick(partners.form.removeButton, Qt.MouseButton.LeftButton)
    assert window.editor.dossier.partners  # still there
    [(title, text)] = recorder.errors
    assert title == "Partenaire encore cité" and "engagement" in text and "étape 7" in text

    add_partner(qtbot, window, "Sans engagement")
    qtbot.mouseClick(partners.form.removeButton, Qt.MouseButton.LeftButton)
    assert recorder.confirms and [p.name for p in window.editor.dossier.partners] == ["Ville de Troyes"]


def test_reorder_partners_with_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    create_dossier(qtbot, window, "Ordre")
    add_partner(qtbot, window, "Premier")
    page = add_partner(qtbot, window, "Second")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page.form.partnerTable.setFocus()
    qtbot.keyClick(page.form.partnerTable, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [p.name for p in window.editor.dossier.partners] == ["Second", "Premier"]
    assert window.undo_action.text() == "&Annuler : Déplacer un partenaire"


def test_a_failed_save_keeps_the_edits_and_retries(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from charte_app.errors import OutputError
    from charte_app.ui import autosave

    dossier_id = create_dossier(qtbot, window, "Disque plein")
    real_save = window.autosaver._save
    failures = ["Le disque est plein : libérez de la place."]

    def flaky(dossier, **kwargs):  # type: ignore[no-untyped-def]
        if failures:
            raise OutputError(failures.pop())
        return real_save(dossier, **kwargs)

    monkeypatch.setattr(window.autosaver, "_save", flaky)
    monkeypatch.setattr(autosave, "RETRY_DELAY_MS", 50)
    add_partner(qtbot, window, "Ville de Châlons")
    assert window.autosaver.flush() == SaveState.FAILED
    assert "disque est plein" in window.save_state_text()
    assert window.windowTitle().startswith("• ")
    saved(qtbot, window)  # retried by itself
    assert window.service.load_draft(dossier_id).partners[0].name == "Ville de Châlons"


def test_later_steps_are_known_by_id_and_title_before_their_module_is_imported() -> None:
    """Steps 2 to 12 stand in the side list before their modules load: what the registry says of them is
    what their classes say."""
    from charte_app.ui.steps.base import StepPage
    from charte_app.ui.steps.registry import LATER_STEPS, LaterStep, step_classes

    assert [s.step_id for s in LATER_STEPS] == ["conventions", "preview", "signing"]
    assert step_classes()[-3:] == LATER_STEPS
    later = [s for s in step_classes() if isinstance(s, LaterStep)]
    assert [s.step_id for s in later][:3] == ["diagnosis", "goal", "objectives"] and len(later) == 11
    for step in later:
        cls = step.step_class()
        assert issubclass(cls, StepPage) and cls.__name__ == step.class_name
        assert (cls.step_id, cls.step_title) == (step.step_id, step.step_title)
        assert cls.translated_title() == step.translated_title()


def test_delegation_of_signature_is_typed_on_the_partner(qtbot: QtBot, window: MainWindow) -> None:
    """A signatory who is not the legal representative: the delegation prints under the signature."""
    create_dossier(qtbot, window, "Coopération – délégation")
    page = add_partner(qtbot, window, "Ville de Reims", "Anne Roy")
    type_into(qtbot, page.form.functionEdit, "adjointe au maire")
    type_into(qtbot, page.form.delegationEdit, "par délégation du Maire, arrêté du 5 janvier 2026")
    partner = window.editor.dossier.partners[0]  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: partner.representative.delegation == "par délégation du Maire, arrêté du 5 janvier 2026")


def test_bank_details_are_created_on_first_keystroke_and_undone(qtbot: QtBot, window: MainWindow) -> None:
    """IBAN and BIC are optional keys (docs/format-extensions.md): nothing is stored until typed."""
    create_dossier(qtbot, window, "Coopération – coordonnées bancaires")
    page = add_partner(qtbot, window, "Association Lire et Faire Lire", "Paul Martin")
    partner = window.editor.dossier.partners[0]  # type: ignore[union-attr]
    assert partner.bank_details is None
    type_into(qtbot, page.form.ibanEdit, "FR76 3000 6000 0112 3456 7890 189")
    type_into(qtbot, page.form.bicEdit, "AGRIFRPP")
    qtbot.waitUntil(lambda: partner.bank_details is not None and partner.bank_details.bic == "AGRIFRPP")
    assert partner.bank_details is not None and partner.bank_details.iban == "FR76 3000 6000 0112 3456 7890 189"
    undo = window.editor.undo_stack  # type: ignore[union-attr]
    while partner.bank_details is not None and undo.canUndo():
        undo.undo()
    assert partner.bank_details is None and page.form.ibanEdit.text() == ""
