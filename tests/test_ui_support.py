"""Fixtures and helpers shared by the UI tests: a real service, a real window, recorded dialogs.

Modal dialogs would block an offscreen test run, so every dialog of the
application (they all go through :mod:`charte_app.ui.dialogs`) is replaced by
a recorder; tests assert on what the user would have been told.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from charte_app.services.dossiers import DossierService
from charte_app.ui import dialogs
from charte_app.ui.app import Application, start
from charte_app.ui.main_window import MainWindow

VALID_SIRET = "44306184100039"  # 14 digits, SIREN and SIRET Luhn keys right


@dataclass
class DialogRecorder:
    """What the application would have shown; ``answers`` feeds confirmations and file choices."""

    errors: list[tuple[str, str]] = field(default_factory=list)
    infos: list[tuple[str, str]] = field(default_factory=list)
    confirms: list[tuple[str, str]] = field(default_factory=list)
    confirm_answer: bool = True
    choices: list[tuple[str, str, list[str]]] = field(default_factory=list)
    choose_answer: str | None = None  # None: the first (default) option
    open_path: Path | None = None
    save_path: Path | None = None

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(
            dialogs, "show_error", lambda _p, title, text, details=None: self.errors.append((title, text))
        )
        monkeypatch.setattr(dialogs, "show_info", lambda _p, title, text: self.infos.append((title, text)))

        def confirm(_parent: Any, title: str, text: str, _action: str) -> bool:
            self.confirms.append((title, text))
            return self.confirm_answer

        monkeypatch.setattr(dialogs, "confirm", confirm)

        def choose(_parent: Any, title: str, text: str, options: list[tuple[str, str]]) -> str | None:
            self.choices.append((title, text, [key for key, _label in options]))
            return self.choose_answer or options[0][0]

        monkeypatch.setattr(dialogs, "choose", choose)
        monkeypatch.setattr(dialogs, "open_charte_file", lambda _p: self.open_path)
        monkeypatch.setattr(dialogs, "save_charte_file", lambda _p, _s: self.save_path)


@pytest.fixture
def recorder(monkeypatch: pytest.MonkeyPatch) -> DialogRecorder:
    rec = DialogRecorder()
    rec.install(monkeypatch)
    return rec


@pytest.fixture
def started(
    qtbot: QtBot, data_dir: Path, recorder: DialogRecorder, monkeypatch: pytest.MonkeyPatch
) -> Iterator[list[Application]]:
    """Applications started like ``run_app`` does (without the event loop); closed afterwards."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    apps: list[Application] = []
    yield apps
    for application in apps:
        if application.window is not None:
            application.window.autosaver.enabled = False
            application.window.close()
            application.window.deleteLater()
        application.service.close()


def launch(qtbot: QtBot, started: list[Application], data_dir: Path, open_path: Path | None = None) -> Application:
    """:func:`start` as the application does, its window closed with the test (fixture ``started``)."""
    application = start(data_dir, None, open_path)
    assert application.window is not None
    qtbot.addWidget(application.window)
    started.append(application)
    return application


def kill_after_autosave(data_dir: Path, edits: str) -> list[str]:
    """Start the application in a child process, create the dossier « Avant le plantage », run ``edits``
    (Python with ``window`` at hand), wait for the autosave, then ``kill -9`` it. Returns the words of
    its "SAVED <updated_at of the stored draft>" line."""
    script = (
        textwrap.dedent(
            f"""
        import time
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        from charte_app.ui.app import start
        application = start(Path({str(data_dir)!r}), None, None)
        window = application.window
        window.home.form.newTitleEdit.setText("Avant le plantage")
        window.home.create_dossier()
        """
        )
        + textwrap.dedent(edits)
        + textwrap.dedent(
            """
        deadline = time.monotonic() + 20
        while window.autosaver.state.value != "saved" and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.01)  # not a busy loop: each processEvents() call costs None a reference (PySide)
        print("SAVED", application.service.load_draft(window.editor.dossier.id).updated_at, flush=True)
        time.sleep(60)
        """
        )
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().split()
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    assert line and line[0] == "SAVED" and proc.returncode == -signal.SIGKILL
    return line


@pytest.fixture
def service(data_dir: Path) -> Iterator[DossierService]:
    svc = DossierService.open(data_dir)
    yield svc
    svc.close()


def make_window(qtbot: QtBot, service: DossierService, data_dir: Path) -> MainWindow:
    window = MainWindow(service, data_dir)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot: QtBot, service: DossierService, data_dir: Path, recorder: DialogRecorder) -> MainWindow:
    return make_window(qtbot, service, data_dir)


def type_into(qtbot: QtBot, widget: QWidget, text: str, *, clear: bool = False, enter: bool = False) -> None:
    """Type like a user: key by key (each keystroke goes through the editor as an undoable edit)."""
    if clear and isinstance(widget, QLineEdit):
        widget.selectAll()
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    for char in text:
        if char == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        elif char.isascii():
            qtbot.keyClicks(widget, char)
        else:  # QTest only knows ASCII keys: deliver accented letters and French punctuation as text
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
    if enter:
        qtbot.keyClick(widget, Qt.Key.Key_Return)


def create_dossier(qtbot: QtBot, window: MainWindow, title: str) -> str:
    """Create a dossier from the home screen, by typing its title; returns its id."""
    window.show_home()
    type_into(qtbot, window.home.form.newTitleEdit, title)
    qtbot.mouseClick(window.home.form.createButton, Qt.MouseButton.LeftButton)
    assert window.dossier_open()
    return window.editor.dossier.id


def go(window: MainWindow, step_id: str) -> Any:
    window.wizard.go_to(step_id)
    return window.wizard.page(step_id)


def add_partner(qtbot: QtBot, window: MainWindow, name: str, representative: str = "") -> Any:
    page = go(window, "partners")
    type_into(qtbot, page.form.newNameEdit, name, enter=True)
    if representative:
        type_into(qtbot, page.form.representativeEdit, representative)
    return page
