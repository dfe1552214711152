"""Step 13, Suivi et bilan (issue 22, points 2 to 4) in the real main window at 1366×768."""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from charte_app.domain import dossier_file
from charte_app.domain.model import Dossier, Measure, Target
from charte_app.services.dossiers import DossierService
from charte_app.ui.autosave import SaveState
from charte_app.ui.main_window import MainWindow
from charte_app.ui.steps import follow_up
from charte_app.ui.steps.follow_up import COLOURS, FollowUpPage
from test_ui_support import DialogRecorder, go, make_window, recorder, service, window  # noqa: F401


def _dossier(examples_dir: Path) -> Dossier:
    doc, _ = dossier_file.parse((examples_dir / "reims-suivi.charte").read_bytes())
    dossier = doc.dossier
    ind = dossier.charter.objectives[0].indicators[0]
    ind.unit, ind.direction = "%", "increase"
    ind.targets = [Target(period="2031", value="80")]
    ind.measures = [Measure(period="2031", value="60")]
    dossier.charter.follow_up_tolerance = "5"
    return dossier


def _open(window: MainWindow, service: DossierService, examples_dir: Path) -> FollowUpPage:
    dossier = _dossier(examples_dir)
    service.save_draft(dossier)
    assert window.open_dossier(dossier.id)
    page = go(window, "follow_up")
    assert isinstance(page, FollowUpPage)
    page.objectiveCombo.setCurrentIndex(0)
    QApplication.processEvents()
    return page


def _cell(page: FollowUpPage, period: str, row: int = 0) -> tuple[str, str, str]:
    item = page.measuresTable.item(row, page.periods().index(period))
    assert item is not None
    return item.text(), item.toolTip(), item.background().color().name()


def test_typing_a_value_updates_the_model_and_its_status_and_undo_restores_it(
    qtbot: QtBot, window: MainWindow, service: DossierService, examples_dir: Path
) -> None:
    page = _open(window, service, examples_dir)
    ind = page.indicators()[0]
    text, tip, colour = _cell(page, "2031")
    assert text == "60\u00a0%" and "en retard" in tip and "cible : 80\u00a0%" in tip and colour == COLOURS["behind"]
    column = page.periods().index("2031")
    page.measuresTable.item(0, column).setText("80,4")  # as a delegate commits what was typed
    assert ind.measures[0].value == "80.4"
    text, tip, colour = _cell(page, "2031")
    assert text == "80,4\u00a0%" and "dans la cible" in tip and colour == COLOURS["on_track"]
    page.measuresTable.setCurrentCell(0, column)
    assert "dans la cible" in page.cellStatusLabel.text()
    # direction respected: lower is better
    ind.measures[0].value, ind.direction = "90", "decrease"
    page.refresh()
    assert "en retard" in _cell(page, "2031")[1]
    ind.measures[0].value, ind.direction = "80.4", "increase"
    page.refresh()
    # a text that is not a number is kept as typed, with a problem
    page.measuresTable.item(0, column).setText("environ 70")
    assert ind.measures[0].value == "environ 70"
    assert "n'est pas un nombre" in _cell(page, "2031")[1] and _cell(page, "2031")[0] == "environ 70"
    assert any("n'est pas un nombre" in p.message for p in window.editor.problems())
    # empty: not measured
    page.measuresTable.item(0, column).setText("")
    assert ind.measures[0].value is None and "non mesuré" in _cell(page, "2031")[1]
    window.editor.undo_stack.undo()
    window.editor.undo_stack.undo()
    assert ind.measures[0].value == "80.4" and _cell(page, "2031")[0] == "80,4\u00a0%"


def test_a_period_added_gets_a_column_and_a_bad_one_a_message(
    qtbot: QtBot, window: MainWindow, service: DossierService, examples_dir: Path
) -> None:
    page = _open(window, service, examples_dir)
    page.newPeriodEdit.setText("2032-S7")
    qtbot.mouseClick(page.addPeriodButton, Qt.MouseButton.LeftButton)
    assert page.periodMessage.isVisible() and "2032-S7" in page.periodMessage.text()
    assert "2032-S7" not in page.periods()
    page.newPeriodEdit.setText("2032")
    qtbot.mouseClick(page.addPeriodButton, Qt.MouseButton.LeftButton)
    assert not page.periodMessage.isVisible() and "2032" in page.periods()
    column = page.periods().index("2032")
    assert page.measuresTable.horizontalHeaderItem(column).text() == "2032"
    page.measuresTable.item(0, column).setText("75")
    ind = page.indicators()[0]
    assert [(m.period, m.value) for m in ind.measures][-1] == ("2032", "75")
    assert "en retard" in _cell(page, "2032")[1]  # the 2031 target still holds in 2032


def test_values_tolerance_and_review_survive_autosave_and_a_restart(
    qtbot: QtBot, window: MainWindow, service: DossierService, data_dir: Path, examples_dir: Path
) -> None:
    page = _open(window, service, examples_dir)
    dossier_id = window.editor.dossier.id
    column = page.periods().index("2031")
    page.measuresTable.item(0, column).setText("72,5")
    page.toleranceSpin.setValue(12)
    assert window.editor.dossier.charter.follow_up_tolerance == "12"
    assert "dans la cible" in _cell(page, "2031")[1]  # 72,5 is within 12 % of 80
    page.reviewPeriodCombo.setCurrentIndex(page.reviewPeriodCombo.findData("2031"))
    if page.current_review() is None:
        qtbot.mouseClick(page.createReviewButton, Qt.MouseButton.LeftButton)
    review = page.current_review()
    assert review is not None and review.period == "2031"
    state = page.commitmentsTable.item(0, 1)
    state.setData(Qt.ItemDataRole.UserRole, "late")
    page.commitmentsTable.item(0, 2).setText("pas de local")
    page.summaryEdit.setPlainText("Une année utile.")
    page.adjustmentsEdit.setPlainText("Réunir le comité deux fois par an.\nRevoir la cible.")
    first = window.editor.dossier.charter.commitments[0].id
    entry = next(c for c in review.commitments if c.commitment == first)
    assert (entry.status, entry.comment) == ("late", "pas de local")
    assert page.commitmentsTable.item(0, 1).text() == "en retard"
    assert window.autosaver.flush() == SaveState.SAVED

    again = DossierService.open(data_dir)
    try:
        second = make_window(qtbot, again, data_dir)
        assert second.open_dossier(dossier_id)
        page2 = go(second, "follow_up")
        page2.objectiveCombo.setCurrentIndex(0)
        page2.reviewPeriodCombo.setCurrentIndex(page2.reviewPeriodCombo.findData("2031"))
        assert _cell(page2, "2031")[0] == "72,5\u00a0%" and page2.toleranceSpin.value() == 12
        assert page2.summaryEdit.toPlainText() == "Une année utile."
        assert page2.adjustmentsEdit.toPlainText() == "Réunir le comité deux fois par an.\nRevoir la cible."
        assert page2.commitmentsTable.item(0, 1).text() == "en retard"
        assert page2.commitmentsTable.item(0, 2).text() == "pas de local"
        second.close()
    finally:
        again.close()


def test_the_chart_is_the_reports_drawing_and_renders(
    qtbot: QtBot, window: MainWindow, service: DossierService, examples_dir: Path, tmp_path: Path
) -> None:
    from charte_app.documents import charts, drawings

    page = _open(window, service, examples_dir)
    page.measuresTable.setCurrentCell(0, 0)
    ind = page.indicators()[0]
    assert page.chartSvg == drawings.svg_text(charts.indicator_chart(ind))
    assert page.chartView.renderer().isValid()
    image = page.chartView.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)}
    assert "#1f5fa8" in colours or len(colours) > 5  # the measured line is drawn, not a blank box
    column = page.periods().index("2031")
    page.measuresTable.item(0, column).setText("90")
    assert page.chartSvg == drawings.svg_text(charts.indicator_chart(ind))  # follows the values


def test_report_export_preview_and_next_version(
    qtbot: QtBot,
    window: MainWindow,
    service: DossierService,
    recorder: DialogRecorder,
    examples_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _open(window, service, examples_dir)
    page.reviewPeriodCombo.setCurrentIndex(page.reviewPeriodCombo.findData("2031"))
    for fmt in ("pdf", "docx", "xlsx"):
        out = tmp_path / f"bilan.{fmt}"
        monkeypatch.setattr(follow_up, "choose_report_file", lambda _p, _s, out=out, fmt=fmt: (out, fmt))
        qtbot.mouseClick(page.exportReportButton, Qt.MouseButton.LeftButton)
        assert out.exists() and out.stat().st_size > 1000, fmt
    assert out.read_bytes()[:2] == b"PK" and (tmp_path / "bilan.pdf").read_bytes()[:5] == b"%PDF-"
    assert recorder.infos[-1][0] == "Exporter le bilan" and not recorder.errors
    dialog = page.preview_report()
    assert dialog is not None and dialog.page_count >= 1  # type: ignore[attr-defined]
    dialog.close()

    if page.current_review() is None:
        page.create_review()
    page.adjustmentsEdit.setPlainText("Réunir le comité deux fois par an.")
    charter = window.editor.dossier.charter
    ind = page.indicators()[0]
    before = (list(ind.targets), charter.evaluation)
    count = window.editor.undo_stack.count()
    chooser = page.prepare_next_version()
    assert chooser is not None
    labels = [chooser.list.item(i).text() for i in range(chooser.list.count())]  # type: ignore[attr-defined]
    assert any("reconduire la cible 80" in text for text in labels) and "Réunir le comité deux fois par an." in labels
    chooser.accept()
    assert [(t.period, t.value) for t in ind.targets][-1] == ("2032", "80")
    assert "Réunir le comité deux fois par an." in (charter.evaluation or "")
    assert window.editor.undo_stack.count() == count + 1  # one undoable change
    window.editor.undo_stack.undo()
    assert (list(ind.targets), charter.evaluation) == before
    # no stored version was touched: the dossier has none
    assert service.list_versions(window.editor.dossier.id) == []


def test_step_12_leads_to_the_follow_up_and_the_step_fits_1366_by_768(
    qtbot: QtBot, window: MainWindow, service: DossierService, examples_dir: Path, tmp_path: Path
) -> None:
    _open(window, service, examples_dir)
    signing = go(window, "signing")
    QApplication.processEvents()
    assert signing.buttons["open_follow_up"].isEnabled()
    qtbot.mouseClick(signing.buttons["open_follow_up"], Qt.MouseButton.LeftButton)
    assert window.wizard.current_step_id() == "follow_up"
    assert window.wizard.form.stepTitleLabel.text() == "13. Suivi et bilan"
    page = window.wizard.page("follow_up")
    QApplication.processEvents()
    scroll = window.wizard._scrolls[window.wizard._row_of("follow_up")]
    assert not scroll.horizontalScrollBar().isVisible()
    for button in (page.previewReportButton, page.exportReportButton, page.prepareNextButton):
        assert button.visibleRegion().boundingRect().width() == button.width()  # not clipped
    window.grab().save(str(tmp_path / "step13.png"))  # looked at: no horizontal scrolling, the chart readable
