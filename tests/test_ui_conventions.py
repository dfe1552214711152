"""Step 10 — Conventions, driven through its real widgets on a DossierEditor.

Typing into fields, clicking buttons and editing table cells must produce the
expected model (amounts as Decimal, parties in order), refuse bad input inline
without touching the model, and be undoable.
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLineEdit,
    QScrollArea,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from charte_app.domain import Dossier, Partner, validate_dossier
from charte_app.domain.dossier_file import parse
from charte_app.ui.clause_library import load_library
from charte_app.ui.editor import DossierEditor
from charte_app.ui.steps import conventions as conventions_module
from charte_app.ui.steps.base import StepContext
from charte_app.ui.steps.conventions import ConventionsPage
from charte_app.ui.widgets.amount import AmountField, format_amount, parse_fte
from charte_app.ui.widgets.date_field import DateField

NNBSP = "\u202f"
# The offscreen platform (not the application) warns when a top-level window is shown.


@pytest.fixture
def epernay(examples_dir: Path) -> DossierEditor:
    doc, _warnings = parse((examples_dir / "epernay-psychomotricite.charte").read_bytes())
    return DossierEditor(doc.dossier)


@pytest.fixture
def fresh() -> DossierEditor:
    """A new dossier whose partners were entered at step 1, and no convention yet."""
    dossier = Dossier(
        id=str(uuid.uuid4()),
        title="PRE de Vitry",
        partners=[
            Partner(id="ville", name="Ville de Vitry", kind="local_authority"),
            Partner(id="caf", name="CAF de la Marne", kind="family_allowance_fund"),
            Partner(id="asso", name="Association Trait d'union", kind="association"),
        ],
    )
    return DossierEditor(dossier)


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key (QTest.keyClicks only knows ASCII; French needs accents)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def make_page(qtbot: QtBot, editor: DossierEditor) -> ConventionsPage:
    page = ConventionsPage(StepContext(editor=editor))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def edit_cell(qtbot: QtBot, view: QTableView, row: int, column: int, text: str) -> None:
    """Open a cell's editor like a user (F2), type, press Enter."""
    index = view.model().index(row, column)
    # A record just added opens its main cell already; otherwise open it as F2 would.
    if not (view.state() == QAbstractItemView.State.EditingState and view.currentIndex() == index):
        view.setCurrentIndex(index)
        view.edit(index)
    editors = [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert editors, "no cell editor opened"
    cell = editors[-1]
    cell.selectAll()
    type_text(cell, text)
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits through a queued call


def choose_cell(qtbot: QtBot, view: QTableView, row: int, column: int, label: str) -> None:
    """Open a choice cell's combo, pick ``label``, press Enter."""
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.edit(index)
    combo = [c for c in view.viewport().findChildren(QComboBox) if c.isVisible()][-1]
    combo.setCurrentIndex(combo.findText(label))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    QApplication.processEvents()


def add_party(qtbot: QtBot, page: ConventionsPage, name: str) -> None:
    form = page.parties.form
    row = next(i for i in range(form.availableList.count()) if form.availableList.item(i).text() == name)
    form.availableList.setCurrentRow(row)
    qtbot.mouseClick(form.addPartyButton, Qt.MouseButton.LeftButton)


def kind_action(page: ConventionsPage, label: str):  # noqa: ANN201 - a QAction
    return next(a for a in page.kind_menu.actions() if a.text() == label)


def test_a_convention_is_created_by_typing(qtbot: QtBot, fresh: DossierEditor) -> None:
    page = make_page(qtbot, fresh)
    assert page.form.detailStack.currentWidget() is page.form.emptyPage
    kind_action(page, "Convention financière").trigger()
    conv = fresh.dossier.conventions[0]
    assert conv.kind == "financial"
    # A convention just created keeps the dossier valid, so autosave goes on.
    assert not [p for p in validate_dossier(fresh.dossier) if p.severity == "error"]
    general = page.general.form
    general.titleEdit.selectAll()
    type_text(general.titleEdit, "Convention financière PRE 2026")
    type_text(general.objectEdit, "Financer les parcours individualisés.")
    type_text(general.startField.line_edit, "01/09/2026")
    type_text(general.endField.line_edit, "31/08/2027")
    assert conv.title == "Convention financière PRE 2026"
    assert conv.object == "Financer les parcours individualisés."
    assert (conv.start.isoformat(), conv.end.isoformat()) == ("2026-09-01", "2027-08-31")
    assert page.form.conventionList.item(0).text() == "Convention financière PRE 2026"
    # Typing a field is one undo step, named in French.
    assert "Modifier" in fresh.undo_stack.undoText()

    # Parties in a chosen order, then reordered.
    page.form.sections.setCurrentIndex(1)
    assert conv.parties == ["ville"]  # the dossier's first partner, so the dossier stays valid
    page.parties.form.partiesList.setCurrentRow(0)
    qtbot.mouseClick(page.parties.form.removePartyButton, Qt.MouseButton.LeftButton)
    assert conv.parties == []
    assert "au moins une partie" in page.parties.form.partiesMessage.text()
    add_party(qtbot, page, "Association Trait d'union")
    add_party(qtbot, page, "Ville de Vitry")
    add_party(qtbot, page, "CAF de la Marne")
    assert conv.parties == ["asso", "ville", "caf"]
    page.parties.form.partiesList.setCurrentRow(1)
    qtbot.mouseClick(page.parties.form.partyUpButton, Qt.MouseButton.LeftButton)
    assert conv.parties == ["ville", "asso", "caf"]
    assert page.parties.form.partiesList.item(0).text().startswith("1. Ville de Vitry (d'une part)")
    assert conv.effective_originals == 3

    # A commitment of the selected party, typed in the table.
    page.parties.form.partiesList.setCurrentRow(1)
    qtbot.mouseClick(page.parties.form.addCommitmentButton, Qt.MouseButton.LeftButton)
    edit_cell(qtbot, page.parties.form.commitmentsTable, 0, 1, "Accueillir les enfants orientés par le PRE.")
    assert [(c.partner, c.text) for c in conv.commitments] == [("asso", "Accueillir les enfants orientés par le PRE.")]

    # The clauses come prefilled from the library; the dossier is valid as it stands.
    library = load_library()
    page.form.sections.setCurrentIndex(4)
    assert "L. 121-6-2" in conv.data_protection
    assert "lettre recommandée avec accusé de réception" in conv.termination.text
    assert conv.disputes.amicable_first is True and "administratif" in conv.disputes.court.lower()
    assert page.clauses.form.data_protectionEdit.toPlainText() == library.text("data_protection")
    assert not [p for p in validate_dossier(fresh.dossier) if p.severity == "error"]


def test_financial_line_schedule_and_live_totals(qtbot: QtBot, fresh: DossierEditor) -> None:
    page = make_page(qtbot, fresh)
    kind_action(page, "Convention de partenariat").trigger()
    conv = fresh.dossier.conventions[0]
    page.form.sections.setCurrentIndex(1)
    assert conv.parties == ["ville"]
    add_party(qtbot, page, "CAF de la Marne")
    page.form.sections.setCurrentIndex(2)
    fin = page.finance.form
    qtbot.mouseClick(fin.addFinancialButton, Qt.MouseButton.LeftButton)
    table = fin.financialTable
    # No schedule before the amount: the dossier would refuse a schedule without a total.
    qtbot.mouseClick(fin.addPaymentButton, Qt.MouseButton.LeftButton)
    assert conv.contributions[0].schedule == [] and "montant de la contribution" in fin.scheduleMessage.text()
    edit_cell(qtbot, table, 0, 1, "Subvention de fonctionnement")
    edit_cell(qtbot, table, 0, 2, "2026")
    edit_cell(qtbot, table, 0, 3, "65-6574")
    edit_cell(qtbot, table, 0, 4, "15 000,50")
    line = conv.contributions[0]
    assert (line.partner, line.description, line.year, line.budget_line) == (
        "ville",
        "Subvention de fonctionnement",
        2026,
        "65-6574",
    )
    assert line.amount == Decimal("15000.50") and isinstance(line.amount, Decimal)
    assert f"15{NNBSP}000,50{NNBSP}€" in fin.totalsLabel.text()

    # A second line for the other party: totals per partner and overall follow live.
    qtbot.mouseClick(fin.addFinancialButton, Qt.MouseButton.LeftButton)
    edit_cell(qtbot, table, 1, 1, "Prestation de service")
    edit_cell(qtbot, table, 1, 4, "4 999,50")
    choose_cell(qtbot, table, 1, 0, "CAF de la Marne")
    assert conv.contributions[1].partner == "caf"
    text = fin.totalsLabel.text()
    assert "Ville de Vitry" in text and "CAF de la Marne" in text
    assert f"4{NNBSP}999,50{NNBSP}€" in text and f"20{NNBSP}000,00{NNBSP}€" in text

    # Schedule of the first line: the first payment is prefilled with the whole amount.
    table.setCurrentIndex(table.model().index(0, 1))
    qtbot.mouseClick(fin.addPaymentButton, Qt.MouseButton.LeftButton)
    schedule = fin.scheduleTable
    # Text that is not a date stays in its cell, kept in the model with the reason shown (issue 21).
    edit_cell(qtbot, schedule, 0, 0, "fin octobre")
    assert line.schedule[0].due is None and line.schedule[0].extra["typed"] == {"due": "fin octobre"}
    assert schedule.model().index(0, 0).data() == "fin octobre"
    assert "n'est pas une date" in fin.scheduleMessage.text()
    edit_cell(qtbot, schedule, 0, 0, "15 oct. 2026")
    assert line.schedule[0].due == date(2026, 10, 15) and "typed" not in line.schedule[0].extra
    edit_cell(qtbot, schedule, 0, 0, "15/10/2026")
    edit_cell(qtbot, schedule, 0, 1, "10 000")
    edit_cell(qtbot, schedule, 0, 2, "à la signature")
    payment = line.schedule[0]
    assert (payment.due.isoformat(), payment.amount, payment.condition) == (
        "2026-10-15",
        Decimal("10000.00"),
        "à la signature",
    )
    assert fin.scheduleMessage.isVisible()
    assert "ne correspond pas" in fin.scheduleMessage.text() and f"5{NNBSP}000,50" in fin.scheduleMessage.text()
    assert "ne correspond pas" in table.model().index(0, 4).data(Qt.ItemDataRole.ToolTipRole)
    # The balance is prefilled with what remains: the schedule adds up again.
    qtbot.mouseClick(fin.addPaymentButton, Qt.MouseButton.LeftButton)
    assert line.schedule[1].amount == Decimal("5000.50")
    assert not fin.scheduleMessage.isVisible()
    assert not [p for p in validate_dossier(fresh.dossier) if p.severity == "error"]

    # Undo walks back through these edits, redo replays them; the totals follow.
    stack = fresh.undo_stack
    stack.undo()  # the balance payment
    assert len(line.schedule) == 1 and fin.scheduleMessage.isVisible()
    for _ in range(4):  # condition, amount, due date, first payment
        stack.undo()
    assert line.schedule == []
    stack.redo()
    assert len(line.schedule) == 1
    while stack.canUndo():
        stack.undo()
    assert fresh.dossier.conventions == []
    assert page.form.detailStack.currentWidget() is page.form.emptyPage
    while stack.canRedo():
        stack.redo()
    assert fresh.dossier.conventions[0].contributions[0].amount == Decimal("15000.50")
    assert f"20{NNBSP}000,00{NNBSP}€" in page.finance.form.totalsLabel.text()


@pytest.mark.parametrize("typed", ["-500", "−12,00", "12,3,4", "quinze mille", "15,505"])
def test_bad_amounts_are_refused_inline_and_never_reach_the_model(
    qtbot: QtBot, epernay: DossierEditor, typed: str
) -> None:
    page = make_page(qtbot, epernay)
    page.form.sections.setCurrentIndex(2)
    fin = page.finance.form
    conv = epernay.dossier.conventions[0]
    before = epernay.undo_stack.count()
    edit_cell(qtbot, fin.financialTable, 0, 4, typed)
    assert conv.contributions[0].amount == Decimal("18000.00")
    assert epernay.undo_stack.count() == before
    assert fin.financialMessage.isVisible() and fin.financialMessage.text().startswith("Montant (€) :")
    edit_cell(qtbot, fin.scheduleTable, 0, 1, typed)
    assert conv.contributions[0].schedule[0].amount == Decimal("10800.00")
    assert "Montant (€) :" in fin.scheduleMessage.text()
    # A good amount afterwards clears the message.
    edit_cell(qtbot, fin.financialTable, 0, 4, "18 000")
    assert not fin.financialMessage.isVisible()


def test_staff_fte_and_other_means(qtbot: QtBot, epernay: DossierEditor) -> None:
    page = make_page(qtbot, epernay)
    page.form.sections.setCurrentIndex(3)
    means = page.means.form
    conv = epernay.dossier.conventions[0]
    assert means.staffTable.model().index(0, 2).data() == "0,6"
    edit_cell(qtbot, means.staffTable, 0, 2, "0,8")
    assert conv.contributions[3].fte == Decimal("0.8")
    edit_cell(qtbot, means.staffTable, 0, 2, "-1")
    assert conv.contributions[3].fte == Decimal("0.8")
    assert "négatif" in means.staffMessage.text()
    qtbot.mouseClick(means.addEquipmentButton, Qt.MouseButton.LeftButton)
    edit_cell(qtbot, means.otherTable, 1, 2, "Deux tapis de motricité")
    added = conv.contributions[-1]
    assert (added.kind, added.description, added.partner) == ("equipment", "Deux tapis de motricité", "ville-epernay")


def test_dates_impossible_refused_inverted_flagged(qtbot: QtBot, epernay: DossierEditor) -> None:
    page = make_page(qtbot, epernay)
    general = page.general.form
    conv = epernay.dossier.conventions[0]
    general.endField.line_edit.selectAll()
    type_text(general.endField.line_edit, "31/02/2027")
    assert "impossible" in general.endField.error_label.text()
    # The impossible date is no date, but what was typed is kept (issue 21): shown again, listed, never lost.
    assert conv.end is None and conv.extra["typed"] == {"end": "31/02/2027"}
    general.endField.line_edit.selectAll()
    type_text(general.endField.line_edit, "01/01/2026")
    assert conv.end.isoformat() == "2026-01-01"
    assert "précède" in general.endField.error_label.text()
    general.endField.line_edit.selectAll()
    type_text(general.endField.line_edit, "31/08/2029")
    assert general.endField.error_label.text() == ""
    # A half-typed date says nothing until the field is left.
    general.startField.line_edit.clear()
    type_text(general.startField.line_edit, "01/09")
    assert general.startField.error_label.text() == ""
    general.startField.line_edit.editingFinished.emit()
    assert "tapez par exemple 15/09/2026" in general.startField.error_label.text()


def test_clause_library_reset_and_indicators(qtbot: QtBot, epernay: DossierEditor) -> None:
    page = make_page(qtbot, epernay)
    page.form.sections.setCurrentIndex(4)
    clauses = page.clauses.form
    conv = epernay.dossier.conventions[0]
    assert clauses.insuranceEdit.toPlainText() == conv.insurance
    clauses.insuranceEdit.moveCursor(QTextCursor.MoveOperation.End)
    type_text(clauses.insuranceEdit, " Attestation jointe.")
    assert conv.insurance.endswith("Attestation jointe.")
    qtbot.mouseClick(clauses.insuranceResetButton, Qt.MouseButton.LeftButton)
    assert conv.insurance == load_library().text("insurance")
    assert clauses.insuranceEdit.toPlainText() == conv.insurance
    assert epernay.undo_stack.undoText().startswith("Reprendre le texte type")
    epernay.undo_stack.undo()
    assert conv.insurance.endswith("Attestation jointe.")
    # Charter indicators linked by checking them.
    item = clauses.indicatorsList.item(0)
    assert item.checkState() == Qt.CheckState.Checked and conv.indicators == ["i1"]
    item.setCheckState(Qt.CheckState.Unchecked)
    assert conv.indicators == []
    # Termination notice months.
    clauses.noticeSpin.setValue(6)
    assert conv.termination.notice_months == 6


def test_avenant_and_removal(qtbot: QtBot, epernay: DossierEditor, monkeypatch: pytest.MonkeyPatch) -> None:
    page = make_page(qtbot, epernay)
    original = epernay.dossier.conventions[0]
    qtbot.mouseClick(page.form.addAmendmentButton, Qt.MouseButton.LeftButton)
    avenant = epernay.dossier.conventions[1]
    assert avenant.kind == "amendment" and avenant.amends.convention == original.id and avenant.amends.number == 1
    assert avenant.parties == original.parties
    assert page.current() is avenant and page.general.form.amendsGroup.isVisible()
    assert page.form.conventionList.item(1).text().strip().startswith("↳ Avenant n° 1")
    assert not [p for p in validate_dossier(epernay.dossier) if p.severity == "error"]
    # The amended convention cannot be removed while its avenant exists.
    told: list[str] = []
    monkeypatch.setattr(conventions_module, "inform", lambda _parent, _title, message: told.append(message))
    page.select(original)
    qtbot.mouseClick(page.form.removeConventionButton, Qt.MouseButton.LeftButton)
    assert told and "avenant" in told[0].lower() and len(epernay.dossier.conventions) == 2
    page.select(avenant)
    qtbot.mouseClick(page.form.removeConventionButton, Qt.MouseButton.LeftButton)
    assert epernay.dossier.conventions == [original] and page.current() is original
    epernay.undo_stack.undo()
    assert len(epernay.dossier.conventions) == 2


def test_signature_and_originals(qtbot: QtBot, epernay: DossierEditor) -> None:
    page = make_page(qtbot, epernay)
    page.form.sections.setCurrentIndex(6)
    sig = page.signature.form
    conv = epernay.dossier.conventions[0]
    assert sig.originalsSpin.value() == 3
    sig.originalsSpin.setValue(sig.originalsSpin.minimum())
    assert conv.originals is None and conv.effective_originals == 3
    assert sig.originalsSpin.text() == "un par partie (3)"
    type_text(sig.dateField.line_edit, "15/09/2026")
    assert conv.signature.date.isoformat() == "2026-09-15"
    assert "Fait à Épernay, le 15/09/2026, en 3 exemplaires originaux" in sig.signatureHint.text()


def test_every_tab_fits_1366x768(qtbot: QtBot, epernay: DossierEditor, tmp_path: Path) -> None:
    """No section needs more width than the screen gives it (heights scroll); screenshots for review."""
    page = make_page(qtbot, epernay)
    tabs = page.form.sections
    titles = page.form.sectionList
    assert titles.count() == tabs.count() == 8
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        qtbot.waitExposed(page)
        title = titles.item(i).text()
        assert titles.currentRow() == i, title  # the list follows the section shown
        area = tabs.widget(i)
        assert isinstance(area, QScrollArea)
        content = area.widget()
        assert content.minimumSizeHint().width() <= area.viewport().width(), title
        assert area.horizontalScrollBar().maximum() == 0, title
        for view in content.findChildren(QAbstractScrollArea):
            if not view.objectName():  # a table's own header, not one of the page's inputs
                continue
            # Either room to work in, or the whole content shown (a box that grows with its text).
            whole = view.verticalScrollBar().maximum() == 0 and view.horizontalScrollBar().maximum() == 0
            assert view.height() >= 60 or whole, (title, view.objectName())
        assert not page.grab().isNull()
        page.grab().save(str(tmp_path / f"conventions-{i}.png"))


def test_year_out_of_range_is_refused(qtbot: QtBot, epernay: DossierEditor) -> None:
    page = make_page(qtbot, epernay)
    page.form.sections.setCurrentIndex(2)
    edit_cell(qtbot, page.finance.form.financialTable, 0, 2, "26")
    assert epernay.dossier.conventions[0].contributions[0].year == 2026
    assert "invraisemblable" in page.finance.form.financialMessage.text()


def test_amount_and_date_fields_check_as_you_type(qtbot: QtBot) -> None:
    """The reusable input widgets: only valid values are emitted; messages in French."""
    amount = AmountField()
    qtbot.addWidget(amount)
    emitted: list[object] = []
    amount.valueEdited.connect(emitted.append)
    type_text(amount.line_edit, "-5")
    assert emitted == [] and amount.is_invalid() and "négatif" in amount.error_label.text()
    amount.line_edit.clear()
    type_text(amount.line_edit, "15 000,5")
    assert emitted[-1] == Decimal("15000.50") and not amount.is_invalid()
    amount.set_value(Decimal("1234567.8"))
    assert amount.line_edit.text() == "1 234 567,80"
    assert format_amount(Decimal("27500.5")) == f"27{NNBSP}500,50{NNBSP}€"
    assert parse_fte("0,50") == Decimal("0.5") and parse_fte("10") == Decimal("10")

    field = DateField()
    qtbot.addWidget(field)
    dates: list[object] = []
    field.valueEdited.connect(dates.append)
    type_text(field.line_edit, "29/02/2027")
    assert dates == [] and "impossible" in field.error_label.text()
    field.line_edit.clear()
    type_text(field.line_edit, "29/02/2028")
    assert dates[-1].isoformat() == "2028-02-29" and field.error_label.text() == ""


def test_hidden_tabs_catch_up_when_shown(qtbot: QtBot, epernay: DossierEditor) -> None:
    """Only the tab in view follows each edit; another tab shows the current model once opened."""
    page = make_page(qtbot, epernay)
    conv = epernay.dossier.conventions[0]
    epernay.set_field(conv.contributions[1], "amount", Decimal("9000.00"), "Modifier un montant")
    epernay.set_field(conv.signature, "place", "Reims", "Modifier le lieu")
    page.form.sections.setCurrentIndex(2)
    fin = page.finance.form
    assert fin.financialTable.model().index(1, 4).data() == f"9{NNBSP}000,00"
    assert f"27{NNBSP}000,00{NNBSP}€" in fin.totalsLabel.text()
    fin.financialTable.setCurrentIndex(fin.financialTable.model().index(1, 1))
    assert "ne correspond pas" in fin.scheduleMessage.text()  # 9 500,50 scheduled for 9 000,00
    page.form.sections.setCurrentIndex(6)
    assert page.signature.form.placeEdit.text() == "Reims"


def test_extra_article_and_annex(qtbot: QtBot, epernay: DossierEditor) -> None:
    page = make_page(qtbot, epernay)
    page.form.sections.setCurrentIndex(5)
    arts = page.articles.form
    conv = epernay.dossier.conventions[0]
    qtbot.mouseClick(arts.addArticleButton, Qt.MouseButton.LeftButton)
    edit_cell(qtbot, arts.articlesTable, 0, 0, "Article 6 bis – Transport des enfants")
    choose_cell(qtbot, arts.articlesTable, 0, 1, "l'évaluation")
    arts.articleTextEdit.setFocus()
    type_text(arts.articleTextEdit, "La Ville organise le transport des enfants vers les séances.")
    [article] = conv.extra_articles
    assert (article.title, article.after) == ("Article 6 bis – Transport des enfants", "evaluation")
    assert article.text == "La Ville organise le transport des enfants vers les séances."
    qtbot.mouseClick(arts.addAnnexButton, Qt.MouseButton.LeftButton)
    edit_cell(qtbot, arts.annexesTable, 1, 0, "Fiche des indicateurs")
    choose_cell(qtbot, arts.annexesTable, 1, 1, "Fiche des indicateurs")
    assert (conv.annexes[1].title, conv.annexes[1].table) == ("Fiche des indicateurs", "indicators")
    assert not [p for p in validate_dossier(epernay.dossier) if p.severity == "error"]


def test_financial_line_names_its_recipient(qtbot: QtBot, epernay: DossierEditor) -> None:
    """The "Versée à" column writes ``recipient`` (docs/format-extensions.md); empty means inferred."""
    page = make_page(qtbot, epernay)
    page.form.sections.setCurrentIndex(2)
    table = page.finance.form.financialTable
    line = epernay.dossier.conventions[0].contributions[0]
    assert line.recipient is None and table.model().index(0, 5).data() in ("", None)
    choose_cell(qtbot, table, 0, 5, "Association Corps et Mouvement")
    assert line.recipient == "assoc-psy"
    assert table.model().index(0, 5).data() == "Association Corps et Mouvement"
