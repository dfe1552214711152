"""Issue 19: every decision the completeness check asks for can be made in the wizard.

Each control writes its model key through the editor (undoable), and once set the
check (``domain.completeness.check``) no longer lists the gap.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from charte_app.domain.completeness import check
from charte_app.domain.dossier_file import parse
from charte_app.ui.editor import DossierEditor
from charte_app.ui.steps.base import StepContext
from charte_app.ui.steps.goal import GoalStep
from charte_app.ui.steps.partners import PartnersStep
from test_ui_conventions import make_page, type_text


@pytest.fixture
def epernay(examples_dir: Path) -> DossierEditor:
    doc, _warnings = parse((examples_dir / "epernay-psychomotricite.charte").read_bytes())
    return DossierEditor(doc.dossier)


def gap_paths(editor: DossierEditor) -> set[str]:
    return {g.path for g in check(editor.dossier) if g.level == "blocking"}


def choose(combo: QComboBox, data: object) -> None:
    """Pick the item holding ``data`` as a user would (``activated`` is what the page listens to)."""
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_subsidy_initiative_and_withdrawal_are_chosen_in_the_decisions_tab(
    qtbot: QtBot, epernay: DossierEditor
) -> None:
    page = make_page(qtbot, epernay)
    page.form.sections.setCurrentIndex(page.sections.index(page.decisions))
    form = page.decisions.form
    conv = epernay.dossier.conventions[0]
    # A public partner pays an association: the question is asked, with its stake.
    assert form.initiativeGroup.isVisible() and "Association Corps et Mouvement" in form.initiativeGroup.title()
    assert "marché public" in form.initiativeHint.text() and "à sa propre initiative" in form.initiativeHint.text()
    assert form.initiativeCombo.currentIndex() == -1  # nothing chosen for the parties
    assert "dossier.conventions[0].initiative" in gap_paths(epernay)
    choose(form.initiativeCombo, "beneficiary")
    assert conv.initiative == "beneficiary"
    assert "dossier.conventions[0].initiative" not in gap_paths(epernay)
    epernay.undo_stack.undo()
    assert conv.initiative is None and form.initiativeCombo.currentIndex() == -1
    epernay.undo_stack.redo()

    # Three parties: what a withdrawal means.
    assert form.withdrawalGroup.isVisible()
    assert "dossier.conventions[0].withdrawal" in gap_paths(epernay)
    choose(form.withdrawalCombo, "others_continue")
    assert conv.withdrawal == "others_continue"
    assert "dossier.conventions[0].withdrawal" not in gap_paths(epernay)
    epernay.undo_stack.undo()
    assert conv.withdrawal is None
    epernay.undo_stack.redo()

    type_text(form.shortTitleEdit, "Psychomotricite 2026")
    assert conv.short_title == "Psychomotricite 2026"


def test_the_authorising_decision_is_created_by_its_first_keystroke(qtbot: QtBot, epernay: DossierEditor) -> None:
    page = make_page(qtbot, epernay)
    page.form.sections.setCurrentIndex(page.sections.index(page.decisions))
    form = page.decisions.form
    conv = epernay.dossier.conventions[0]
    assert conv.authorisation is None and form.authorisationBodyEdit.isEnabled()
    assert "accorde la subvention" in form.authorisationHint.text()
    assert "dossier.conventions[0].authorisation" in gap_paths(epernay)
    before = epernay.undo_stack.count()
    type_text(form.authorisationBodyEdit, "le conseil municipal")
    assert conv.authorisation is not None and conv.authorisation.body == "le conseil municipal"
    type_text(form.authorisationDateField.line_edit, "12/03/2026")
    type_text(form.authorisationReferenceEdit, "deliberation n. 2026-45")
    auth = conv.authorisation
    assert (auth.date.isoformat(), auth.reference) == ("2026-03-12", "deliberation n. 2026-45")
    assert not {p for p in gap_paths(epernay) if p.startswith("dossier.conventions[0].authorisation")}
    assert form.decisionsMessage.text().count("décision") == 0
    # Undo walks back to no decision at all.
    while epernay.undo_stack.count() > before and epernay.undo_stack.canUndo() and conv.authorisation is not None:
        epernay.undo_stack.undo()
    assert conv.authorisation is None
    assert form.authorisationBodyEdit.text() == "" and form.authorisationReferenceEdit.text() == ""


def test_payment_terms_advance_and_every_year_of_a_line_without_schedule(qtbot: QtBot, epernay: DossierEditor) -> None:
    conv = epernay.dossier.conventions[0]
    line = conv.contributions[1]
    epernay.set_field(line, "schedule", [], "Supprimer l'échéancier")
    page = make_page(qtbot, epernay)
    page.form.sections.setCurrentIndex(2)
    fin = page.finance.form
    fin.financialTable.setCurrentIndex(fin.financialTable.model().index(1, 1))
    assert page.finance.selected_line() is line
    assert fin.paymentTermsCombo.isEnabled() and fin.paymentTermsCombo.currentIndex() == -1
    assert "dossier.conventions[0].contributions[1].payment_terms" in gap_paths(epernay)
    assert not fin.advanceSpin.isEnabled()
    choose(fin.paymentTermsCombo, "advance_and_balance")
    assert line.payment_terms == "advance_and_balance" and fin.advanceSpin.isEnabled()
    assert "dossier.conventions[0].contributions[1].advance_percent" in gap_paths(epernay)
    fin.advanceSpin.setValue(60)
    assert line.advance_percent == 60
    paths = gap_paths(epernay)
    assert not {p for p in paths if p.startswith("dossier.conventions[0].contributions[1].pay")}
    assert "dossier.conventions[0].contributions[1].advance_percent" not in paths
    epernay.undo_stack.undo()
    assert line.advance_percent is None and fin.advanceSpin.value() == 0
    epernay.undo_stack.undo()
    assert line.payment_terms is None and fin.paymentTermsCombo.currentIndex() == -1
    choose(fin.paymentTermsCombo, "on_report")
    assert line.payment_terms == "on_report"
    fin.everyYearCheck.setChecked(True)
    assert line.every_year is True
    epernay.undo_stack.undo()
    assert not line.every_year and not fin.everyYearCheck.isChecked()
    # A line with a schedule: the schedule sets the terms, the choice is not offered.
    fin.financialTable.setCurrentIndex(fin.financialTable.model().index(0, 1))
    assert not fin.paymentTermsCombo.isEnabled()
    assert fin.paymentTermsCombo.currentText() == "échéancier ci-dessous"


def test_premises_beneficiary_conditions_and_value_in_the_detail(qtbot: QtBot, epernay: DossierEditor) -> None:
    conv = epernay.dossier.conventions[0]
    premises = conv.contributions[2]
    assert premises.kind == "premises"
    page = make_page(qtbot, epernay)
    page.form.sections.setCurrentIndex(3)
    means = page.means.form
    means.otherTable.setCurrentIndex(means.otherTable.model().index(0, 2))
    assert page.means.selected_mean() is premises
    assert "salle de motricité" in means.meanDetailGroup.title()
    assert {
        "dossier.conventions[0].contributions[2].recipient",
        "dossier.conventions[0].contributions[2].conditions",
    } <= (gap_paths(epernay))
    choose(means.recipientCombo, "assoc-psy")
    assert premises.recipient == "assoc-psy"
    means.conditionsEdit.setFocus()
    type_text(means.conditionsEdit, "Le mercredi matin, pendant la duree de la convention.")
    assert premises.conditions == "Le mercredi matin, pendant la duree de la convention."
    type_text(means.valueField.line_edit, "1 200")
    assert premises.value == Decimal("1200.00")
    paths = gap_paths(epernay)
    assert not {p for p in paths if p.startswith("dossier.conventions[0].contributions[2]")}
    epernay.undo_stack.undo()  # the value
    epernay.undo_stack.undo()  # the conditions
    epernay.undo_stack.undo()  # the beneficiary
    assert (premises.recipient, premises.conditions, premises.value) == (None, None, None)
    assert means.recipientCombo.currentIndex() == -1 and means.conditionsEdit.toPlainText() == ""
    # Staff: the same detail names the host.
    means.staffTable.setCurrentIndex(means.staffTable.model().index(0, 1))
    assert page.means.selected_mean() is conv.contributions[3]
    assert "Accueilli" in means.recipientLabel.text().replace("&", "")


def test_legal_person_and_charter_short_title(qtbot: QtBot, epernay: DossierEditor) -> None:
    partners = PartnersStep(StepContext(editor=epernay))
    qtbot.addWidget(partners)
    partner = epernay.dossier.partners[0]
    partners.select(partner)
    assert "hôpital" in partners.form.legalPersonEdit.placeholderText()
    type_text(partners.form.legalPersonEdit, "Centre hospitalier d'Epernay")
    assert partner.legal_person == "Centre hospitalier d'Epernay"
    epernay.undo_stack.undo()
    assert partner.legal_person is None and partners.form.legalPersonEdit.text() == ""

    goal = GoalStep(StepContext(editor=epernay))
    qtbot.addWidget(goal)
    type_text(goal.form.charterShortTitleEdit, "Charte psychomotricite")
    assert epernay.dossier.charter.short_title == "Charte psychomotricite"
    epernay.undo_stack.undo()
    assert epernay.dossier.charter.short_title is None
