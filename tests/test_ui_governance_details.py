"""Issue 21, point 14: details of the wizard's pages — an unselected tab keeps its title's accents
(« Évaluation »), member check boxes stand apart and the first is not clipped."""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionTab, QTabBar
from pytestqt.qtbot import QtBot

from charte_app.samples import small_dossier
from charte_app.services.dossiers import DossierService
from charte_app.ui.main_window import MainWindow
from test_ui_support import go, recorder, service, window  # noqa: F401


def _title_rect(bar: QTabBar, index: int) -> QRect:
    option = QStyleOptionTab()
    bar.initStyleOption(option, index)
    return bar.style().subElementRect(QStyle.SubElement.SE_TabBarTabText, option, bar)


def test_unselected_tabs_keep_a_line_s_height_for_their_title_and_checkboxes_stand_apart(
    qtbot: QtBot, window: MainWindow, service: DossierService, tmp_path: Path
) -> None:
    dossier = small_dossier()
    service.save_draft(dossier)
    assert window.open_dossier(dossier.id)
    page = go(window, "governance")
    QApplication.processEvents()
    bar = page.form.tabs.tabBar()
    evaluation = next(i for i in range(bar.count()) if bar.tabText(i).startswith("Évaluation"))
    assert bar.currentIndex() != evaluation
    line = bar.fontMetrics().height()
    for index in range(bar.count()):  # drawText clips to this rectangle: the accent of « É » needs the whole line
        assert _title_rect(bar, index).height() >= line, bar.tabText(index)
    bar.grab().save(str(tmp_path / "tabs.png"))

    members = page.detail.membersList
    assert members.count() == 3
    rects = [members.visualItemRect(members.item(i)) for i in range(members.count())]
    assert rects[0].top() >= 1  # not against the frame
    for above, below in zip(rects, rects[1:], strict=False):
        assert below.top() - above.bottom() >= 2  # apart, not touching
    members.grab().save(str(tmp_path / "members.png"))
