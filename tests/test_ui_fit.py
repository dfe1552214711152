"""Issue 12, part 1: every screen fits a 1366×768 laptop with the help panel open (1280×720 closed).

No tab hidden behind scroll arrows, table cells elided in the middle with the
whole text as a tooltip, long single-line fields showing their beginning,
windows never larger than the screen.
"""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabBar, QTabWidget
from pytestqt.qtbot import QtBot

from charte_app.samples import small_dossier
from charte_app.services.dossiers import DossierService
from charte_app.ui import versions
from charte_app.ui.main_window import MainWindow
from charte_app.ui.widgets.fit import header_elided, tabs_fit
from test_ui_support import go, recorder, service, window  # noqa: F401 - fixtures


def _visible_tab_widgets(window: MainWindow) -> list[QTabWidget]:
    return [t for t in window.findChildren(QTabWidget) if t.isVisible()]


@pytest.mark.parametrize(
    ("size", "guidance", "meeting"),
    [((1366, 768), True, False), ((1280, 720), False, False), ((1366, 768), False, True)],
    ids=["1366-help", "1280-no-help", "1366-meeting"],
)
def test_tab_bars_need_no_scroll_arrows(
    qtbot: QtBot,
    window: MainWindow,
    service: DossierService,
    size: tuple[int, int],
    guidance: bool,
    meeting: bool,
) -> None:
    dossier = small_dossier()
    service.save_draft(dossier)
    window.form.actionMeetingMode.setChecked(meeting)
    try:
        assert window.open_dossier(dossier.id)
        window.form.actionGuidance.setChecked(guidance)
        window.resize(*size)
        sections = go(window, "conventions").form.sectionList  # a list, like the steps: every title whole
        QApplication.processEvents()
        for row in range(sections.count()):
            text = sections.item(row).text()
            rect = sections.visualItemRect(sections.item(row))
            assert rect.width() >= sections.fontMetrics().horizontalAdvance(text), text
            assert rect.bottom() <= sections.viewport().height(), text
        for step in ("governance",):
            go(window, step)
            QApplication.processEvents()
            tabs = _visible_tab_widgets(window)
            assert tabs, step
            for tab_widget in tabs:
                bar = tab_widget.tabBar()
                assert not bar.usesScrollButtons(), step
                if not meeting:  # in meeting mode a title may elide (its tooltip is whole), never hide
                    assert tabs_fit(tab_widget), (step, bar.width(), bar.sizeHint().width())
                last = bar.tabRect(bar.count() - 1)
                assert last.right() <= bar.width(), (step, last, bar.width())
                assert all(tab_widget.tabToolTip(i) for i in range(tab_widget.count()))
    finally:
        window.form.actionMeetingMode.setChecked(False)


def test_table_cells_elide_in_the_middle_with_the_whole_text_as_tooltip(
    window: MainWindow, service: DossierService
) -> None:
    dossier = small_dossier()
    service.save_draft(dossier)
    assert window.open_dossier(dossier.id)
    page = go(window, "partners")
    table = page.form.partnerTable
    assert table.textElideMode() == Qt.TextElideMode.ElideMiddle
    assert not table.wordWrap()  # a wrapped cell would be elided line by line
    QApplication.processEvents()
    assert table.horizontalScrollBar().maximum() == 0 and header_elided(table) == []
    conventions = go(window, "conventions")
    conventions.form.sections.setCurrentIndex(2)  # financial means: a table over the contributions
    QApplication.processEvents()
    view = conventions.finance.form.financialTable
    model = view.model()
    assert view.textElideMode() == Qt.TextElideMode.ElideMiddle
    header_tip = model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert header_tip == model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert model.rowCount() > 0
    index = model.index(0, 0)
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == model.data(index, Qt.ItemDataRole.DisplayRole)


def test_a_long_single_line_field_shows_its_beginning_and_its_whole_text_as_tooltip(
    qtbot: QtBot, window: MainWindow, service: DossierService
) -> None:
    dossier = small_dossier()
    service.save_draft(dossier)
    assert window.open_dossier(dossier.id)
    page = go(window, "conventions")
    edit = page.general.form.titleEdit
    long_title = "Convention relative à la délibération du conseil municipal " * 4
    edit.setFocus()
    edit.setText(long_title.strip())
    page.form.conventionList.setFocus()  # the field loses the focus
    QApplication.processEvents()
    assert edit.cursorPosition() == 0
    assert edit.toolTip() == long_title.strip()


@pytest.mark.parametrize("meeting", [False, True], ids=["normal", "reunion"])
def test_version_windows_are_never_larger_than_a_1366x768_screen(
    qtbot: QtBot, window: MainWindow, service: DossierService, meeting: bool
) -> None:
    dossier = small_dossier()
    service.save_draft(dossier)
    # Long labels: the version choices and column titles must not widen the window.
    service.freeze_version(dossier.id, "Version présentée au comité technique du 12 mars 2026 après relecture")
    dossier.title += " (relu)"
    service.save_draft(dossier)
    service.freeze_version(dossier.id, "Version validée en comité de pilotage du 29 juin 2026 par les partenaires")
    window.form.actionMeetingMode.setChecked(meeting)
    try:
        screen = window.screen().availableGeometry()
        for dialog in (
            versions.open_compare(window, service, dossier.id),
            versions.open_history(window, service, dossier.id),
        ):
            assert dialog is not None
            qtbot.addWidget(dialog)
            QApplication.processEvents()
            hint = dialog.minimumSizeHint()
            assert hint.width() <= 1366 and hint.height() <= 768, (type(dialog).__name__, hint)
            # Opened no larger than the screen (offscreen tests: an 800×800 screen).
            assert dialog.width() <= max(screen.width(), hint.width())
            assert dialog.height() <= max(screen.height(), hint.height())
            dialog.close()
    finally:
        window.form.actionMeetingMode.setChecked(False)


def test_fit_tabs_keeps_every_tab_reachable_in_a_narrow_bar(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWidget

    from charte_app.ui.widgets.fit import fit_tabs

    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    for title in ("&Général", "&Parties et engagements", "Articles et anne&xes", "&Signature"):
        tabs.addTab(QWidget(), title)
    fit_tabs(tabs)
    tabs.resize(240, 120)
    tabs.show()
    QApplication.processEvents()
    bar: QTabBar = tabs.tabBar()
    assert not bar.usesScrollButtons()
    assert bar.elideMode() == Qt.TextElideMode.ElideMiddle
    assert bar.tabRect(bar.count() - 1).right() <= bar.width()
    assert tabs.tabToolTip(1) == "Parties et engagements"


def test_the_home_list_elides_long_titles_in_the_middle(window: MainWindow) -> None:
    window.show_home()
    table = window.home.form.dossierTable
    assert table.textElideMode() == Qt.TextElideMode.ElideMiddle and not table.wordWrap()


def test_no_step_scrolls_at_1366x768_with_the_help_panel(window: MainWindow, service: DossierService) -> None:
    dossier = small_dossier()
    service.save_draft(dossier)
    assert window.open_dossier(dossier.id)
    window.form.actionGuidance.setChecked(True)
    window.resize(1366, 768)
    scrolling = []
    for row, page in enumerate(window.wizard.pages):
        window.wizard.form.stepList.setCurrentRow(row)
        QApplication.processEvents()
        bar = window.wizard._scrolls[row].verticalScrollBar()
        if bar.maximum() > 0:
            scrolling.append((page.step_id, bar.maximum()))
    assert scrolling == []
