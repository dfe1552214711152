"""Language, meeting mode and window geometry are the user's own (preferences.ini), not the shared database's;
a file handed over by the system (macOS' QFileOpenEvent) opens.

Earlier versions kept language and meeting mode in the database: read once, then the preferences rule.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from charte_app.services.dossiers import DossierService
from charte_app.ui import i18n
from charte_app.ui.app import Application, start
from charte_app.ui.session import GEOMETRY, LANGUAGE, MEETING_MODE, Preferences

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def started(qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Application]]:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    catalogue = ROOT / "resources" / "translations" / "charte_app_en.ts"
    qm = catalogue.with_suffix(".qm")
    if not qm.exists() or qm.stat().st_mtime < catalogue.stat().st_mtime:
        sys.path.insert(0, str(ROOT / "scripts"))
        import build_assets

        build_assets.release_translations()  # what scripts/dev.py does at set-up
    apps: list[Application] = []
    yield apps
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for application in apps:
        if application.window is not None:
            application.window.autosaver.enabled = False
            application.window.close()
            application.window.deleteLater()
        application.service.close()
    i18n.install(app, "fr")
    application_font = app.property("charte_base_font")
    if application_font is not None:
        app.setFont(application_font)


def launch(started: list[Application], data_dir: Path) -> Application:
    application = start(data_dir, None, None)
    started.append(application)
    return application


def test_the_old_database_settings_are_taken_over_once(started: list[Application], data_dir: Path) -> None:
    with DossierService.open(data_dir) as service:
        service.set_setting(i18n.SETTING_KEY, "en")
        service.set_setting("meeting_mode", "1")
    first = launch(started, data_dir)
    assert first.window is not None and first.window.form.menuFile.title() == "&File"
    assert first.window.form.actionMeetingMode.isChecked()
    prefs = Preferences(data_dir)
    assert (prefs.get(LANGUAGE), prefs.get(MEETING_MODE)) == ("en", "1")
    # A colleague's older version changes the shared database: this user's choice no longer follows it.
    first.service.set_setting(i18n.SETTING_KEY, "fr")
    first.window.autosaver.enabled = False
    first.window.close()
    first.service.close()
    started.clear()
    second = launch(started, data_dir)
    assert second.window is not None and second.window.form.menuFile.title() == "&File"


def test_choices_are_stored_per_user_and_not_in_the_database(started: list[Application], data_dir: Path) -> None:
    application = launch(started, data_dir)
    window = application.window
    assert window is not None and not window.form.actionMeetingMode.isChecked()
    window.form.actionMeetingMode.trigger()
    window.form.actionEnglish.trigger()
    assert application.window is not window and application.window is not None
    assert application.window.form.menuFile.title() == "&File"
    prefs = Preferences(data_dir)
    assert (prefs.get(LANGUAGE), prefs.get(MEETING_MODE)) == ("en", "1")
    assert application.service.get_setting(i18n.SETTING_KEY) is None
    assert application.service.get_setting("meeting_mode") is None


def test_the_window_reopens_with_its_last_size(started: list[Application], data_dir: Path) -> None:
    application = launch(started, data_dir)
    window = application.window
    assert window is not None
    window.resize(760, 560)  # above its minimum size, inside the offscreen screen (800 × 600): not clamped
    window.close()
    assert Preferences(data_dir).get(GEOMETRY)
    application.service.close()
    started.clear()
    again = launch(started, data_dir)
    assert again.window is not None and (again.window.width(), again.window.height()) == (760, 560)


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: coming to the front is a no-op
def test_a_file_open_event_opens_the_file(
    started: list[Application], data_dir: Path, examples_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """macOS passes a double-clicked .charte file as a QFileOpenEvent to the running application."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFileOpenEvent

    from charte_app.ui import app as app_module

    monkeypatch.setattr(app_module, "FILE_OPEN_EVENTS", True)
    application = launch(started, data_dir)
    window = application.window
    assert window is not None and not window.dossier_open()
    try:
        QCoreApplication.sendEvent(
            QApplication.instance(), QFileOpenEvent(str(examples_dir / "reims-croix-rouge.charte"))
        )
        assert window.dossier_open()
        assert len(application.service.list_dossiers()) == 1
    finally:  # the filter would stay on this process's application for the tests that follow
        if app_module._file_open_filter is not None:
            QApplication.instance().removeEventFilter(app_module._file_open_filter)
            app_module._file_open_filter = None


def test_no_application_wide_filter_where_files_come_as_arguments(
    started: list[Application], data_dir: Path, examples_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows and Linux pass a file as an argument (the launcher's ``%f``), never as a QFileOpenEvent:
    no filter watches every event of the application for one."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFileOpenEvent

    from charte_app.ui import app as app_module

    assert app_module.FILE_OPEN_EVENTS == (sys.platform == "darwin")
    monkeypatch.setattr(app_module, "FILE_OPEN_EVENTS", False)  # as on Windows and Linux, here too on macOS
    application = launch(started, data_dir)
    assert application.window is not None
    QCoreApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(examples_dir / "reims-croix-rouge.charte")))
    assert not application.window.dossier_open() and app_module._file_open_filter is None
