"""Issue 12: Aide › Guide walks through the co-construction path, in French and in English."""

# ruff: noqa: F811 - pytest fixtures imported from other test modules are redefined as arguments

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from charte_app.services.dossiers import DossierService
from charte_app.ui.guide import GuideDialog
from charte_app.ui.main_window import MainWindow
from test_ui_i18n import english  # noqa: F401 - fixture
from test_ui_support import create_dossier, make_window, recorder, service, window  # noqa: F401


def test_the_help_menu_opens_the_guide_whose_links_open_the_steps(qtbot: QtBot, window: MainWindow) -> None:
    assert window.guide_action in window.form.menuHelp.actions()
    create_dossier(qtbot, window, "Guide")
    window.guide_action.trigger()
    guide = window.findChild(GuideDialog)
    assert guide is not None and guide.isVisible()
    text = guide.browser.toPlainText()
    for heading in ("Cartographier les acteurs", "Partager le diagnostic", "Gouvernance", "Versions, avis"):
        assert heading in text
    screen = guide.screen().availableGeometry()
    assert guide.width() <= screen.width() and guide.height() <= screen.height()
    guide.browser.anchorClicked.emit(QUrl("step:governance"))
    assert window.wizard.current_page().step_id == "governance"
    guide.grab().save(str(Path(window.service.data_dir) / "guide.png"))


def test_the_guide_is_in_english_in_the_english_ui(
    qtbot: QtBot, english: None, service: DossierService, data_dir: Path
) -> None:
    window = make_window(qtbot, service, data_dir)
    assert window.guide_action.text() == "&Guide"
    guide = GuideDialog()
    qtbot.addWidget(guide)
    text = guide.browser.toPlainText()
    assert "Map the actors" in text and "Cartographier" not in text
    QApplication.processEvents()
