"""Issue 21, points 2, 4 and 12: step 11 and the tables fit 1366×768 and 1280×720; meeting mode enlarges.

The real main window with the help panel open and the examples' long titles (Reims, Épernay).
"""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton, QApplication, QTableView
from pytestqt.qtbot import QtBot

from charte_app.services.dossiers import DossierService
from charte_app.ui.main_window import MainWindow
from charte_app.ui.steps.preview import _scaled
from charte_app.ui.widgets.fit import fit_messages, header_elided, message_lines_needed
from test_ui_support import go, recorder, service, window  # noqa: F401 - fixtures

SIZES = [(1366, 768), (1280, 720)]


def _open(window: MainWindow, service: DossierService, path: Path, size: tuple[int, int]) -> None:
    imported = service.import_file(path)
    assert window.open_dossier(imported.dossier_id)
    window.form.actionGuidance.setChecked(True)
    window.resize(*size)
    QApplication.processEvents()


@pytest.mark.parametrize("size", SIZES, ids=["1366x768", "1280x720"])
def test_step_11_fits_before_and_after_an_export(
    window: MainWindow, service: DossierService, examples_dir: Path, size: tuple[int, int]
) -> None:
    _open(window, service, examples_dir / "reims-croix-rouge.charte", size)
    page = go(window, "preview")
    QApplication.processEvents()
    scroll = window.wizard._scrolls[window.wizard.form.stepList.currentRow()]
    assert scroll.horizontalScrollBar().maximum() == 0
    f = page.form
    right = page.width()
    for widget in (f.versionCombo, f.versionLabel, f.copiesLabel, f.printButton):
        assert widget.mapTo(page, QPoint(widget.width(), 0)).x() <= right, widget.objectName()
    before = {
        b.objectName(): b.mapTo(window, QPoint(0, 0)) for b in page.findChildren(QAbstractButton) if b.isVisible()
    }
    browser = f.previewBrowser.geometry()
    page._show_message("Document enregistré : /home/coordinatrice/Documents/" + "Charte de coopération " * 8 + ".pdf")
    page.open_folder_button.show()
    QApplication.processEvents()
    assert scroll.horizontalScrollBar().maximum() == 0
    assert f.previewBrowser.geometry() == browser  # the preview is not cut
    after = {b.objectName(): b.mapTo(window, QPoint(0, 0)) for b in page.findChildren(QAbstractButton) if b.isVisible()}
    assert {k: v for k, v in after.items() if k in before} == before
    assert f.messageLabel.toolTip() == f.messageLabel.text()  # cut on screen, whole in the tooltip


def test_tables_fit_at_1366x768_with_whole_headers(
    window: MainWindow, service: DossierService, examples_dir: Path
) -> None:
    _open(window, service, examples_dir / "epernay-psychomotricite.charte", (1366, 768))
    views = []

    def check(view: QTableView) -> None:
        QApplication.processEvents()
        assert view.isVisible(), view.objectName()
        assert view.horizontalScrollBar().maximum() == 0, view.objectName()
        assert header_elided(view) == [], view.objectName()
        views.append(view)

    check(go(window, "partners").form.partnerTable)
    check(go(window, "objectives").detail.indicatorTable)
    conventions = go(window, "conventions")
    conventions.form.sections.setCurrentIndex(2)
    check(conventions.finance.form.financialTable)
    check(conventions.finance.form.scheduleTable)
    names = views[0].horizontalHeader()
    assert names.sectionSize(0) == max(names.sectionSize(c) for c in range(4))  # the name takes the room
    indicators = views[1].horizontalHeader()
    assert indicators.sectionSize(0) > indicators.sectionSize(2)  # « Indicateur » wider than « Cible »


def test_meeting_mode_enlarges_the_preview_and_shows_the_partners(
    qtbot: QtBot, window: MainWindow, service: DossierService, examples_dir: Path
) -> None:
    _open(window, service, examples_dir / "reims-croix-rouge.charte", (1366, 768))
    page = go(window, "preview")
    QApplication.processEvents()
    normal = page.form.previewBrowser.toHtml()
    window.form.actionMeetingMode.setChecked(True)
    try:
        QApplication.processEvents()
        assert "9.5pt" in page.html() and "9.5pt" not in _scaled(page.html())  # the body text grows
        assert page.form.previewBrowser.toHtml() != normal
        partners = go(window, "partners")
        QApplication.processEvents()
        table = partners.form.partnerTable
        rows = table.viewport().height() // table.verticalHeader().defaultSectionSize()
        assert rows >= 5  # every partner of the example (three were in view)
    finally:
        window.form.actionMeetingMode.setChecked(False)


@pytest.mark.parametrize("size", SIZES, ids=["1366x768", "1280x720"])
def test_finance_and_parties_sections_fit_with_the_help_open(
    window: MainWindow, service: DossierService, examples_dir: Path, size: tuple[int, int]
) -> None:
    """Finance: no scrolling either way, headers whole, budget line and recipient under the table."""
    _open(window, service, examples_dir / "epernay-psychomotricite.charte", size)
    page = go(window, "conventions")
    page.form.sectionList.setCurrentRow(2)
    QApplication.processEvents()
    scroll = page.form.sections.currentWidget()
    assert scroll.verticalScrollBar().maximum() == 0 and scroll.horizontalScrollBar().maximum() == 0
    fin = page.finance
    for view in (fin.form.financialTable, fin.form.scheduleTable):
        assert view.horizontalScrollBar().maximum() == 0, view.objectName()
        assert header_elided(view) == [], view.objectName()
    assert fin.budget_edit.isVisible() and fin.budget_edit.text() == "65-6574"
    assert fin.recipient_combo.isVisible()
    # Every message read whole in its reserved room, which stays the same whatever is said.
    before = fin.form.addPaymentButton.mapTo(window, QPoint(0, 0))
    for label, model in ((fin.form.financialMessage, fin.lines), (fin.form.scheduleMessage, fin.schedule)):
        for text in fin._samples(model):
            label.setText(text)
            fit_messages(label)
            assert message_lines_needed(label, text) <= label.contentsRect().height(), text
    mismatch = f"{fin._samples(fin.schedule)[0]}\n{fin._mismatch_sample()}"
    fin.form.scheduleMessage.setText(mismatch)
    fit_messages(fin.form.scheduleMessage)
    QApplication.processEvents()
    assert message_lines_needed(fin.form.scheduleMessage, mismatch) <= fin.form.scheduleMessage.contentsRect().height()
    assert fin.form.addPaymentButton.mapTo(window, QPoint(0, 0)) == before
    # Parties: long names wrap in the lists, no sideways scrolling.
    page.form.sectionList.setCurrentRow(1)
    QApplication.processEvents()
    for lst in (page.parties.form.availableList, page.parties.form.partiesList):
        assert lst.horizontalScrollBar().maximum() == 0, lst.objectName()


def test_meeting_mode_shows_step_1_and_step_10_without_nested_scrolling(
    window: MainWindow, service: DossierService, examples_dir: Path
) -> None:
    """Step 1's form and step 10's visas, preamble and object are shown whole; only the step scrolls."""
    _open(window, service, examples_dir / "epernay-psychomotricite.charte", (1366, 768))
    window.form.actionMeetingMode.setChecked(True)
    try:
        QApplication.processEvents()
        partners = go(window, "partners")
        QApplication.processEvents()
        detail = partners.form.detailScroll
        assert detail.verticalScrollBar().maximum() == 0  # the form is not a scrolling box of its own
        conventions = go(window, "conventions")
        conventions.form.sectionList.setCurrentRow(0)
        QApplication.processEvents()
        general = conventions.general.form
        for edit in (general.legalBasisEdit, general.preambleEdit, general.objectEdit):
            assert edit.verticalScrollBar().maximum() == 0, edit.objectName()
            shown = edit.viewport().height() // edit.fontMetrics().lineSpacing()
            needed = round(edit.document().documentLayout().documentSize().height())  # lines, in a plain text box
            assert shown >= max(needed, 3), (edit.objectName(), shown, needed)  # every line, not three of them
        assert general.legalBasisEdit.document().documentLayout().documentSize().height() > 3  # the example's 4 visas
    finally:
        window.form.actionMeetingMode.setChecked(False)
