"""Issue 12, parts 2 and 3: messages that never move the form; Précédent/Suivant; what is still missing.

A coordinator without training must be able to go step by step, see what each
step still lacks (each line a link to its step), trust a tick to mean
"complete", and type without a message moving the next field under the mouse.
"""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from charte_app.samples import small_dossier
from charte_app.services.dossiers import DossierService
from charte_app.ui.main_window import MainWindow
from test_ui_support import add_partner, create_dossier, go, recorder, service, type_into, window  # noqa: F401


def _states(window: MainWindow) -> dict[str, str]:
    pages = window.wizard.pages  # every page built, as the idle turns would
    window.wizard.update_status()
    return {p.step_id: window.wizard.form.stepList.item(i).data(Qt.ItemDataRole.UserRole) for i, p in enumerate(pages)}


def test_a_siret_message_does_not_move_the_field_below_it(qtbot: QtBot, window: MainWindow) -> None:
    create_dossier(qtbot, window, "Messages immobiles")
    page = add_partner(qtbot, window, "Association Prévention Marne")
    window.wizard.update_status()
    QApplication.processEvents()
    below = page.form.authorityEdit
    before = below.mapTo(window, below.rect().topLeft())
    siret_before = page.form.siretEdit.mapTo(window, page.form.siretEdit.rect().topLeft())
    type_into(qtbot, page.form.siretEdit, "1234")
    window.wizard.update_status()  # the step's problems are shown too (under the page)
    QApplication.processEvents()
    assert page.form.siretMessage.isVisible() and "14 chiffres" in page.form.siretMessage.text()
    assert window.wizard.form.problemsLabel.isVisible()
    assert below.mapTo(window, below.rect().topLeft()) == before
    assert page.form.siretEdit.mapTo(window, page.form.siretEdit.rect().topLeft()) == siret_before
    # A message longer than a line is read whole, in the room reserved for it (it never pushes the form).
    type_into(qtbot, page.form.siretEdit, "12345678901234", clear=True)  # 14 digits, wrong check key
    QApplication.processEvents()
    assert below.mapTo(window, below.rect().topLeft()) == before
    message = page.form.siretMessage
    wrapped = message.fontMetrics().boundingRect(
        QRect(0, 0, message.width(), 10_000), int(Qt.TextFlag.TextWordWrap), message.text()
    )
    assert message.fontMetrics().horizontalAdvance(message.text()) > message.width()  # longer than a line
    assert wrapped.height() <= message.height()
    assert "clé de contrôle" in message.text() and page.form.siretEdit.accessibleDescription() == message.text()


def test_a_date_message_does_not_move_the_field_below_it(qtbot: QtBot, window: MainWindow) -> None:
    create_dossier(qtbot, window, "Dates")
    page = go(window, "duration")
    QApplication.processEvents()
    start = page.form.startEdit
    below = page.form.monthsSpin
    before = below.mapTo(window, below.rect().topLeft())
    type_into(qtbot, start.line_edit, "31/02/2026")
    QApplication.processEvents()
    assert start.error_label.isVisible()
    assert below.mapTo(window, below.rect().topLeft()) == before


def test_previous_and_next_buttons_walk_through_the_steps(qtbot: QtBot, window: MainWindow) -> None:
    create_dossier(qtbot, window, "Pas à pas")
    f = window.wizard.form
    assert f.stepList.currentRow() == 0
    assert not f.previousButton.isEnabled() and f.nextButton.isEnabled()
    qtbot.mouseClick(f.nextButton, Qt.MouseButton.LeftButton)
    assert f.stepList.currentRow() == 1 and f.stepTitleLabel.text().startswith("2. ")
    assert f.previousButton.isEnabled()
    qtbot.mouseClick(f.previousButton, Qt.MouseButton.LeftButton)
    assert f.stepList.currentRow() == 0
    for _ in range(f.stepList.count()):
        qtbot.mouseClick(f.nextButton, Qt.MouseButton.LeftButton)
    assert f.stepList.currentRow() == f.stepList.count() - 1
    assert not f.nextButton.isEnabled()


def test_an_empty_dossier_has_no_tick_and_marks_the_steps_that_need_nothing(qtbot: QtBot, window: MainWindow) -> None:
    create_dossier(qtbot, window, "Tout neuf")
    states = _states(window)
    assert "complete" not in states.values(), states
    assert states["conventions"] == "not_needed" and states["preview"] == "not_needed"
    steps = window.wizard.form.stepList
    row = [p.step_id for p in window.wizard.pages].index("preview")
    assert "rien à remplir" in steps.item(row).data(Qt.ItemDataRole.AccessibleTextRole)
    missing = window.wizard.missing_texts()
    assert missing[0].startswith("1. Partenaires : au moins deux partenaires")
    assert not any(line.startswith(("10.", "11.")) for line in missing)
    assert "href='step:partners'" in window.wizard.form.missingLabel.text()


def test_the_summary_links_to_each_step(qtbot: QtBot, window: MainWindow) -> None:
    create_dossier(qtbot, window, "Liens")
    _states(window)
    window.wizard.form.missingLabel.linkActivated.emit("step:governance")
    assert window.wizard.current_page().step_id == "governance"
    window.wizard.form.missingLabel.linkActivated.emit("step:nowhere")  # unknown: stays put
    assert window.wizard.current_page().step_id == "governance"


def test_governance_says_why_it_is_incomplete(qtbot: QtBot, window: MainWindow, service: DossierService) -> None:
    dossier = small_dossier()
    dossier.charter.governance.coordinator_role = ""
    service.save_draft(dossier)
    assert window.open_dossier(dossier.id)
    page = go(window, "governance")
    _states(window)
    assert not page.is_complete()
    assert page.missing() == ["le rôle de la coordination (onglet Coordination et communication)"]
    window.wizard.update_status()
    shown = window.wizard.form.problemsLabel
    assert shown.isVisible() and "rôle de la coordination" in shown.text()
    row = [p.step_id for p in window.wizard.pages].index("governance")
    assert "rôle de la coordination" in window.wizard.form.stepList.item(row).toolTip()
    assert any(line.startswith("8. Gouvernance : le rôle") for line in window.wizard.missing_texts())


def test_a_tick_means_complete_and_a_full_dossier_lacks_nothing(window: MainWindow, service: DossierService) -> None:
    dossier = small_dossier()
    service.save_draft(dossier)
    assert window.open_dossier(dossier.id)
    states = _states(window)
    for page in window.wizard.pages:
        if states[page.step_id] == "complete":
            assert page.is_complete() and page.missing() == [], page.step_id
    assert states["conventions"] == "complete"  # the sample has a complete convention: needed and done
    assert states["preview"] == "not_needed"
    assert "incomplete" not in states.values()  # the sample is a finished dossier
    assert window.wizard.missing_texts() == []
    assert "toutes les étapes sont complètes" in window.wizard.form.missingLabel.text()
