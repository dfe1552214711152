"""The application as started by ``charte-app``: last dossier, file to open, errors, crash recovery, imports."""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from charte_app.domain import DossierRefused
from charte_app.samples import small_dossier
from charte_app.ui.app import LOG_NAME, Application, start
from charte_app.ui.autosave import SaveState
from test_ui_support import DialogRecorder, go, kill_after_autosave, launch, recorder, started  # noqa: F401 - fixtures

ROOT = Path(__file__).resolve().parent.parent


def test_the_last_dossier_reopens_at_start(qtbot: QtBot, data_dir: Path, started: list[Application]) -> None:
    first = launch(qtbot, started, data_dir)
    window = first.window
    assert window is not None and not window.dossier_open()  # nothing opened yet: the home screen
    dossier = small_dossier()
    first.service.save_draft(dossier)
    window.home.reload()
    window.home.select(dossier.id)
    window.home.open_selected()
    assert window.dossier_open()

    second = launch(qtbot, started, data_dir)
    assert second.window is not None and second.window.dossier_open()
    assert second.window.editor.dossier.id == dossier.id
    assert second.window.windowTitle() == f"{dossier.title} – Charte"
    assert second.app.windowIcon().isNull() is False


def test_open_path_imports_and_opens_the_file(
    qtbot: QtBot, data_dir: Path, started: list[Application], examples_dir: Path
) -> None:
    path = sorted(examples_dir.glob("*.charte"))[0]
    expected = json.loads(path.read_text("utf-8"))["dossier"]
    application = launch(qtbot, started, data_dir, path)
    assert application.window is not None and application.window.dossier_open()
    assert application.window.editor.dossier.id == expected["id"]
    assert application.window.editor.dossier.title == expected["title"]


def test_a_bad_file_gets_a_french_dialog_listing_the_faulty_paths(
    qtbot: QtBot, data_dir: Path, started: list[Application], recorder: DialogRecorder, tmp_path: Path
) -> None:
    raw = small_dossier().id
    bad = tmp_path / "abime.charte"
    bad.write_text(
        json.dumps(
            {
                "format": "charte-dossier",
                "format_version": 1,
                "dossier": {
                    "id": raw,
                    "title": "Abîmé",
                    "partners": [{"id": "ville", "name": "Ville", "kind": "planète"}],
                    "charter": {"title": "Charte", "duration": {"start": "2026-02-31"}},
                },
            }
        ),
        encoding="utf-8",
    )
    application = launch(qtbot, started, data_dir, bad)
    assert application.window is not None and not application.window.dossier_open()
    [(title, text)] = recorder.errors
    assert title == "Fichier refusé"
    assert "dossier.partners[0].kind" in text and "dossier.charter.duration.start" in text
    assert "Rien n'a été importé" in text
    assert application.service.list_dossiers() == []


def test_an_unexpected_error_is_logged_and_told_in_french_without_traceback(
    qtbot: QtBot, data_dir: Path, started: list[Application], recorder: DialogRecorder
) -> None:
    application = launch(qtbot, started, data_dir)
    assert sys.excepthook == application.excepthook
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        application.excepthook(type(exc), exc, exc.__traceback__)
    [(title, text)] = recorder.errors
    assert title == "Erreur inattendue"
    assert "Traceback" not in text and "RuntimeError" not in text
    assert str(data_dir / LOG_NAME) in text
    log = (data_dir / LOG_NAME).read_text("utf-8")
    assert "Traceback" in log and "RuntimeError: boom in a slot" in log


def test_a_known_error_escaping_a_handler_shows_its_french_message(
    qtbot: QtBot, data_dir: Path, started: list[Application], recorder: DialogRecorder
) -> None:
    from charte_app.errors import OutputError

    application = launch(qtbot, started, data_dir)
    error = OutputError("Le dossier de destination est en lecture seule.")
    application.excepthook(OutputError, error, None)
    assert recorder.errors == [("Action impossible", "Le dossier de destination est en lecture seule.")]


def test_heavy_libraries_load_only_when_first_needed(data_dir: Path) -> None:
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from charte_app.samples import small_dossier
        from charte_app.ui.app import start
        application = start(Path({str(data_dir)!r}), None, None)
        dossier = small_dossier()
        application.service.save_draft(dossier)
        application.window.open_dossier(dossier.id)
        for row in range(9):  # the charter's steps
            application.window.wizard.form.stepList.setCurrentRow(row)
        heavy = [m for m in ("reportlab", "docx", "jinja2") if m in sys.modules]
        print("HEAVY", heavy)
        application.service.close()
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert "HEAVY []" in out.stdout, out.stdout + out.stderr


def test_start_paints_without_sqlalchemy_then_loads_it_before_the_first_save(data_dir: Path) -> None:
    """The last dossier reopens and the window paints reading with the standard driver only (nothing is
    written at start, meeting mode included) and building only the page shown; SQLAlchemy and the other
    pages load in idle moments after the first paint, so the first autosave finds everything loaded."""
    from charte_app.services.dossiers import DossierService

    with DossierService.open(data_dir) as service:
        dossier = small_dossier()
        service.save_draft(dossier)
        service.set_setting("last_dossier", dossier.id)
        service.set_setting("meeting_mode", "1")
    script = textwrap.dedent(
        f"""
        import sys, time
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        from charte_app.ui.app import start
        application = start(Path({str(data_dir)!r}), None, None)
        window = application.window
        assert window.dossier_open() and window.form.actionMeetingMode.isChecked()
        print("BEFORE PAINT", "sqlalchemy" in sys.modules)
        later = ("charte_app.ui.steps.conventions", "charte_app.ui.steps.preview", "PySide6.QtPrintSupport",
                 "charte_app.ui.steps.lists", "charte_app.ui.steps.commitments", "charte_app.ui.steps.duration")
        print("LATER STEPS", [m for m in later if m in sys.modules])
        print("PAGES BUILT", sum(page is not None for page in window.wizard._built))  # the one shown
        deadline = time.monotonic() + 60
        while application.service._store._engine is None and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.01)  # not a busy loop: each processEvents() call here costs None a reference (PySide)
        print("WARMED", "sqlalchemy.orm" in sys.modules, application.service._store._engine is not None)
        while None in window.wizard._built and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.01)
        print("PAGES BUILT", sum(page is not None for page in window.wizard._built) == len(window.wizard._built))
        loaded = set(sys.modules)
        window.editor.set_field(window.editor.dossier, "diagnosis", "Diagnostic après le démarrage.", "Diagnostic")
        print("SAVE", window.autosaver.flush().value)
        print("LOADED BY THE SAVE", sorted(m for m in set(sys.modules) - loaded if "sqlalchemy" in m or "storage" in m))
        print("DRAFT", application.service.load_draft({dossier.id!r}).diagnosis)
        application.service.close()
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    lines = out.stdout.splitlines()
    assert lines == [
        "BEFORE PAINT False",
        "LATER STEPS []",
        "PAGES BUILT 1",
        "WARMED True True",
        "PAGES BUILT True",
        "SAVE saved",
        "LOADED BY THE SAVE []",
        "DRAFT Diagnostic après le démarrage.",
    ], out.stdout + out.stderr


def test_after_kill_9_the_app_reopens_on_the_last_autosaved_state_errors_included(
    qtbot: QtBot, data_dir: Path, started: list[Application]
) -> None:
    kill_after_autosave(
        data_dir,
        """
        page = window.wizard.page("partners")
        page.form.newNameEdit.setText("Ville de Sézanne")
        page.add_partner()
        page.form.representativeEdit.setText("Amélie Girard")
        page.form.representativeEdit.textEdited.emit("Amélie Girard")
        page.form.siretEdit.setText("1234")  # still being typed: an error, stored all the same
        page.form.siretEdit.textEdited.emit("1234")
        """,
    )

    application = launch(qtbot, started, data_dir)
    window = application.window
    assert window is not None and window.dossier_open()
    assert window.editor.dossier.title == "Avant le plantage"
    page = go(window, "partners")
    assert page.form.nameEdit.text() == "Ville de Sézanne"
    assert page.form.representativeEdit.text() == "Amélie Girard"
    assert page.form.siretEdit.text() == "1234"
    assert window.autosaver.state == SaveState.SAVED
    assert window.save_state_text() == "Enregistré – 1 point à corriger"
    with pytest.raises(DossierRefused) as refused:  # a version needs a dossier without errors
        application.service.freeze_version(window.editor.dossier.id, "v1")
    assert "dossier.partners[0].siret" in refused.value.french()


def test_run_app_runs_the_event_loop_and_returns_an_exit_code(data_dir: Path) -> None:
    # In a child process: once a QApplication's loop has quit, it cannot serve other tests.
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from charte_app.ui.app import create_qapplication, run_app
        create_qapplication()  # run_app reuses it; the timer below needs its event loop
        QTimer.singleShot(300, lambda: [w.close() for w in QApplication.topLevelWidgets() if w.isVisible()])
        sys.exit(run_app(Path({str(data_dir)!r}), None, None))
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Traceback" not in out.stderr
    # The log file is made by the first line logged, not at start (see charte_app.logfile).


def test_a_log_line_in_gui_mode_is_written_once(data_dir: Path) -> None:
    """Issue 25: the command line and the application attach one handler between them, so each line
    is in the log once (two rotating handlers on one file also broke its rotation)."""
    script = textwrap.dedent(
        f"""
        import logging, sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from charte_app import cli
        from charte_app.ui.app import create_qapplication

        def done():
            logging.getLogger("charte_app.ui.test").warning("one line in the log")
            [w.close() for w in QApplication.topLevelWidgets() if w.isVisible()]

        create_qapplication()
        QTimer.singleShot(300, done)
        sys.exit(cli.main(["--data-dir", {str(data_dir)!r}]))
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    log = (data_dir / LOG_NAME).read_text("utf-8")
    assert log.count("one line in the log") == 1, log


def test_open_path_paints_the_draft_before_storing_it(
    qtbot: QtBot, data_dir: Path, started: list[Application], examples_dir: Path
) -> None:
    """Issue 13: the file's dossier is on screen before the whole file is checked and stored."""
    path = sorted(examples_dir.glob("*.charte"))[0]
    expected = json.loads(path.read_text("utf-8"))["dossier"]
    from charte_app.ui import app as ui_app

    painted: list[Any] = []  # the window, as start() paints it
    original = ui_app.paint_now

    def paint_now(app: Any, window: Any) -> None:
        painted.append(window)
        original(app, window)
        for _ in range(3):  # what the window system may take before the paint is on screen: events, timers
            window.repaint()
            app.processEvents()

    seen: list[tuple[object, ...]] = []
    warmed: list[str] = []  # steps of loading the database layer in idle time

    def on_shown() -> None:
        [window] = painted
        state = (window.dossier_open(), window.editor.dossier.title, window.wizard.isEnabled())
        seen.append((*state, window.save_label.text(), window.service.list_dossiers(), list(warmed)))

    from charte_app.services.dossiers import DossierService

    real_warm_up = DossierService.warm_up

    def warm_up(service: DossierService) -> Iterator[None]:
        for step in real_warm_up(service):
            warmed.append("step")
            yield step

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ui_app, "paint_now", paint_now)
        patch.setattr(DossierService, "warm_up", warm_up)
        application = start(data_dir, None, path, on_shown=on_shown)
        qtbot.waitUntil(lambda: len(warmed) > 1)  # once started, in idle time
    assert application.window is not None
    qtbot.addWidget(application.window)
    started.append(application)
    # Painted with the dossier, not editable, nothing stored yet, the database layer not loading yet.
    assert seen == [(True, expected["title"], False, "Import en cours…", [], [])]
    # Then imported, stored and open for editing.
    window = application.window
    assert window.dossier_open() and window.wizard.isEnabled() and window.autosaver.enabled
    assert [s.id for s in application.service.list_dossiers()] == [expected["id"]]
    assert window.save_label.text() != "Import en cours…"


def test_a_file_refused_after_its_preview_is_not_left_open(
    qtbot: QtBot, data_dir: Path, started: list[Application], recorder: DialogRecorder, tmp_path: Path
) -> None:
    from charte_app.domain import dossier_file
    from charte_app.samples import large_dossier_file

    raw = json.loads(dossier_file.dump(large_dossier_file(6, 10, 3, versions=2, seed=5)))
    raw["versions"][1]["snapshot"]["title"] += " (modifié)"  # the draft is sound, a version altered
    bad = tmp_path / "altere.charte"
    bad.write_text(json.dumps(raw), encoding="utf-8")
    application = launch(qtbot, started, data_dir, bad)
    window = application.window
    assert window is not None and not window.dossier_open()
    assert window.wizard.isEnabled() and window.autosaver.enabled
    [(title, text)] = recorder.errors
    assert title == "Fichier refusé" and "versions[1].fingerprint" in text
    assert application.service.list_dossiers() == []


def test_the_warm_up_waits_a_moment_after_the_first_paint(
    qtbot: QtBot, data_dir: Path, started: list[Application], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first step of loading the database layer holds the UI thread a tenth of a second: it waits
    ``WARM_UP_DELAY_MS`` after the first paint, so the window system first puts the window on screen."""
    from charte_app.services.dossiers import DossierService
    from charte_app.ui import main_window

    warmed: list[str] = []
    real_warm_up = DossierService.warm_up

    def warm_up(service: DossierService) -> Iterator[None]:
        for step in real_warm_up(service):
            warmed.append("step")
            yield step

    monkeypatch.setattr(DossierService, "warm_up", warm_up)
    monkeypatch.setattr(main_window, "WARM_UP_DELAY_MS", 60_000)
    window = launch(qtbot, started, data_dir).window
    assert window is not None
    qtbot.waitExposed(window)
    for _ in range(3):  # painted, and every event and due timer handled
        window.repaint()
        qtbot.wait(1)
    assert warmed == []
