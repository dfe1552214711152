"""Issue 12, part 5: an undo or a redo shows the step and the field it changed, and selects it.

Ctrl+Z on step 2 used to undo an edit made on step 5 without showing it.
"""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from charte_app.ui.main_window import MainWindow
from test_ui_support import add_partner, create_dossier, go, recorder, service, type_into, window  # noqa: F401


def test_undo_opens_the_step_selects_the_record_and_names_it(qtbot: QtBot, window: MainWindow) -> None:
    create_dossier(qtbot, window, "Défaire et montrer")
    values = go(window, "values")
    type_into(qtbot, values.list_editor.form.newTitleEdit, "Confiance", enter=True)
    type_into(qtbot, values.list_editor.form.newTitleEdit, "Respect", enter=True)
    values.list_editor.select(window.editor.dossier.charter.values[0])
    type_into(qtbot, values.detail.descriptionEdit, "Se connaître")
    confiance = window.editor.dossier.charter.values[0]
    assert confiance.description == "Se connaître"
    values.list_editor.select(window.editor.dossier.charter.values[1])  # another value shown
    go(window, "diagnosis")

    window.undo_action.trigger()  # what Ctrl+Z does

    assert confiance.description in (None, "")
    assert window.wizard.current_page().step_id == "values"
    assert values.list_editor.current() is confiance
    assert QApplication.focusWidget() is values.detail.descriptionEdit
    message = window.form.statusbar.currentMessage()
    assert message == "Annulé : Modifier la description de la valeur (étape 5. Valeurs)"

    go(window, "partners")
    window.redo_action.trigger()
    assert confiance.description == "Se connaître"
    assert window.wizard.current_page().step_id == "values"
    assert window.form.statusbar.currentMessage().startswith("Rétabli : Modifier la description de la valeur")


def test_undo_of_a_partner_field_selects_that_partner_on_its_tab(qtbot: QtBot, window: MainWindow) -> None:
    create_dossier(qtbot, window, "Partenaires")
    page = add_partner(qtbot, window, "Ville d'Épernay", representative="Franck Leroy")
    add_partner(qtbot, window, "CAF de la Marne")
    first = window.editor.dossier.partners[0]
    assert page.current() is not first
    go(window, "governance")
    window.undo_action.trigger()  # the second partner's creation
    window.undo_action.trigger()  # the first partner's representative
    assert first.representative.name in (None, "")
    assert window.wizard.current_page().step_id == "partners"
    assert page.current() is first
    assert "(étape 1. Partenaires)" in window.form.statusbar.currentMessage()


def test_undo_of_a_field_on_a_hidden_tab_shows_that_tab(qtbot: QtBot, window: MainWindow) -> None:
    create_dossier(qtbot, window, "Gouvernance")
    page = go(window, "governance")
    page.form.tabs.setCurrentIndex(1)
    type_into(qtbot, page.form.coordinatorRoleEdit, "Anime")
    page.form.tabs.setCurrentIndex(0)
    go(window, "goal")
    window.undo_action.trigger()
    assert window.wizard.current_page() is page
    assert page.form.tabs.currentIndex() == 1
    assert page.form.coordinatorRoleEdit.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # nothing else changes
