"""Issue 21, point 8: the wizard carries the path to the end (step 12, Versions, avis et signature),
and the guide names the steps as the side list does."""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from charte_app.samples import small_dossier
from charte_app.services.dossiers import DossierService
from charte_app.ui import version_dialog
from charte_app.ui.guide import GuideDialog
from charte_app.ui.main_window import MainWindow
from charte_app.ui.steps import preview as preview_module
from charte_app.ui.versions import HistoryPanel
from test_ui_support import DialogRecorder, go, recorder, service, window  # noqa: F401


def _open_sample(window: MainWindow, service: DossierService) -> str:
    dossier = small_dossier()
    service.save_draft(dossier)
    assert window.open_dossier(dossier.id)
    return dossier.id


def test_after_step_11_comes_step_12_and_the_guide_agrees_with_the_list(
    qtbot: QtBot, window: MainWindow, service: DossierService
) -> None:
    _open_sample(window, service)
    wizard = window.wizard
    go(window, "preview")
    assert wizard.form.nextButton.isEnabled()  # no longer a dead end
    qtbot.mouseClick(wizard.form.nextButton, Qt.MouseButton.LeftButton)
    assert wizard.current_step_id() == "signing"
    assert wizard.form.stepTitleLabel.text() == "12. Versions, avis et signature"
    titles = [wizard.form.stepList.item(row).text() for row in range(wizard.form.stepList.count())]
    guide = GuideDialog()
    qtbot.addWidget(guide)
    html = guide.html()
    # every link names the step as the list does; the section's heading carries the step's number
    sections = re.findall(
        r"<h3>([^<]+)</h3><p>(?:(?!<h3>).)*?<a href='step:(\w+)'>Ouvrir l'étape (\d+) – ([^<]+)</a>", html
    )
    assert len(sections) == 11
    for heading, step_id, number, name in sections:
        row = int(number) - 1
        assert wizard._classes[row].step_id == step_id
        assert titles[row] == f"{number}. {name}"
        assert number in re.findall(r"\d+", heading), heading
    assert "<h3>11. Aperçu et export</h3>" in html and "<h3>12. Versions, avis et signature</h3>" in html


def test_step_12_creates_a_version_records_decisions_and_prints_the_originals(
    qtbot: QtBot,
    window: MainWindow,
    service: DossierService,
    recorder: DialogRecorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dossier_id = _open_sample(window, service)
    page = go(window, "signing")
    QApplication.processEvents()
    assert "Aucune version" in page.status_label.text()
    assert not page.buttons["record_decisions"].isEnabled() and page.buttons["record_decisions"].toolTip()
    assert not page.buttons["print_originals"].isEnabled()

    monkeypatch.setattr(version_dialog, "create_version", lambda _p, svc, did: svc.freeze_version(did, "v-comité"))
    qtbot.mouseClick(page.buttons["create_version"], Qt.MouseButton.LeftButton)
    [version] = service.list_versions(dossier_id)
    assert recorder.infos and recorder.infos[-1][0] == "Version créée"
    assert "n° 1 « v-comité »" in page.status_label.text() and "0 sur 3" in page.status_label.text()
    assert page.buttons["record_decisions"].isEnabled() and page.buttons["print_originals"].isEnabled()
    # As the menus show them (in the interface's language: « Maj » once Qt's French catalogue is loaded).
    native = [
        QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
        for k in ("Ctrl+Shift+V", "Ctrl+Shift+Y", "Ctrl+P")
    ]
    assert [b.toolTip() for b in page.buttons.values()] == native

    qtbot.mouseClick(page.buttons["record_decisions"], Qt.MouseButton.LeftButton)
    panels = window.findChildren(HistoryPanel)
    assert len(panels) == 1 and panels[0].table.rowCount() == 1  # the history, where decisions are noted

    printed: list[Any] = []

    def print_dialog(_parent: Any, printer: Any) -> bool:
        printed.append((printer.copyCount(), window.wizard.page("preview").form.versionCombo.currentData()))
        return False  # cancelled: nothing sent to a printer

    monkeypatch.setattr(preview_module, "run_print_dialog", print_dialog)
    go(window, "signing")
    qtbot.mouseClick(page.buttons["print_originals"], Qt.MouseButton.LeftButton)
    assert window.wizard.current_step_id() == "preview"
    assert printed == [
        (
            1
            if not version.snapshot.charter.signature.signatories
            else len(version.snapshot.charter.signature.signatories),
            version.number,
        )
    ]


def test_step_12_at_1366_by_768(qtbot: QtBot, window: MainWindow, service: DossierService, tmp_path: Path) -> None:
    _open_sample(window, service)
    page = go(window, "signing")
    QApplication.processEvents()
    scroll = window.wizard._scrolls[window.wizard._row_of("signing")]
    assert not scroll.horizontalScrollBar().isVisible()
    for button in page.buttons.values():
        assert button.visibleRegion().boundingRect().width() == button.width()  # not clipped
    window.grab().save(str(tmp_path / "step12.png"))
