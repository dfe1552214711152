"""Issue 12: meeting mode scales everything, check boxes and table rows included, and back."""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QStyle
from pytestqt.qtbot import QtBot

from charte_app.samples import small_dossier
from charte_app.services.dossiers import DossierService
from charte_app.ui.main_window import MEETING_SCALE, MainWindow
from test_ui_support import go, recorder, service, window  # noqa: F401


def test_meeting_mode_scales_check_boxes_and_table_rows(
    qtbot: QtBot, window: MainWindow, service: DossierService
) -> None:
    dossier = small_dossier()
    service.save_draft(dossier)
    assert window.open_dossier(dossier.id)
    page = go(window, "conventions")
    page.form.sections.setCurrentIndex(2)
    table = page.finance.form.financialTable
    style = QApplication.style()
    indicator = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
    row = table.verticalHeader().defaultSectionSize()
    try:
        window.form.actionMeetingMode.setChecked(True)
        QApplication.processEvents()
        scaled = QApplication.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
        assert scaled == round(indicator * MEETING_SCALE)
        assert table.verticalHeader().defaultSectionSize() >= table.fontMetrics().height() + 10 > row - 1
        assert table.horizontalHeader().fontMetrics().height() > 0
    finally:
        window.form.actionMeetingMode.setChecked(False)
    QApplication.processEvents()
    assert QApplication.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) == indicator
    assert table.verticalHeader().defaultSectionSize() == row
