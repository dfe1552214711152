"""The desktop session: crash recovery (marker, last dossier and step) and one application per data dir."""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from charte_app.samples import small_dossier
from charte_app.services.dossiers import DossierService
from charte_app.ui import session, single_instance
from charte_app.ui.app import Application, bring_to_front
from charte_app.ui.autosave import SaveState
from test_ui_support import DialogRecorder, kill_after_autosave, launch, recorder, started  # noqa: F401 - fixtures

ROOT = Path(__file__).resolve().parent.parent
ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")
INTERRUPTED = "La dernière session s'est interrompue"


def dead_pid() -> int:
    """The id of a process that has just ended (and been reaped)."""
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(proc.stdout)


# --- the session marker -----------------------------------------------------------------------


def test_a_marker_left_by_a_dead_process_means_the_last_session_was_interrupted(data_dir: Path) -> None:
    assert session.begin(data_dir) is None  # first launch: nothing to report
    marker = session.read_marker(data_dir)
    assert marker is not None and marker.pid == os.getpid()
    session.end(data_dir)
    assert not (data_dir / session.MARKER_NAME).exists()  # a clean exit removes it
    assert session.begin(data_dir) is None

    left = {"pid": dead_pid(), "host": marker.host, "started": "2026-11-30T09:12:00+01:00"}
    (data_dir / session.MARKER_NAME).write_text(json.dumps(left), "utf-8")
    previous = session.begin(data_dir)
    assert previous is not None and previous.pid == left["pid"] and previous.started == left["started"]
    assert session.read_marker(data_dir).pid == os.getpid()  # type: ignore[union-attr]  # now this session's


def test_a_marker_of_a_running_process_is_not_a_crash_unless_the_instance_lock_says_so(data_dir: Path) -> None:
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        left = {"pid": sleeper.pid, "host": socket.gethostname(), "started": "2026-11-30T09:12:00+01:00"}
        (data_dir / session.MARKER_NAME).write_text(json.dumps(left), "utf-8")
        assert session.begin(data_dir) is None  # still running: not interrupted
        (data_dir / session.MARKER_NAME).write_text(json.dumps(left), "utf-8")
        # Holding the single-instance lock, any other process's marker is a leftover (pid reused after a reboot).
        assert session.begin(data_dir, exclusive=True) is not None
    finally:
        sleeper.kill()
        sleeper.wait()


def test_end_leaves_another_sessions_marker_alone(data_dir: Path) -> None:
    other = {"pid": dead_pid(), "host": "elsewhere", "started": ""}
    (data_dir / session.MARKER_NAME).write_text(json.dumps(other), "utf-8")
    session.end(data_dir)
    assert (data_dir / session.MARKER_NAME).exists()


# --- per-user preferences ----------------------------------------------------------------------


def test_the_last_dossier_and_step_are_user_preferences_in_an_ini_file_not_in_the_database(
    qtbot: QtBot, data_dir: Path, started: list[Application]
) -> None:
    with DossierService.open(data_dir) as service:
        dossier = small_dossier()
        service.save_draft(dossier)
        service.set_setting("last_dossier", dossier.id)  # where older versions kept it

    first = launch(qtbot, started, data_dir)  # the old key is still honoured, once
    window = first.window
    assert window is not None and window.dossier_open() and window.editor.dossier.id == dossier.id
    window.wizard.go_to("governance")
    first.service.set_setting("last_dossier", None)  # from now on the database is not consulted

    ini = QSettings(str(data_dir / session.PREFERENCES_NAME), QSettings.Format.IniFormat)
    assert ini.value(session.LAST_DOSSIER) == dossier.id
    assert ini.value(session.LAST_STEP) == "governance"

    second = launch(qtbot, started, data_dir)
    assert second.window is not None and second.window.dossier_open()
    assert second.window.editor.dossier.id == dossier.id
    assert second.window.wizard.current_step_id() == "governance"  # a normal relaunch: same step …
    assert second.window.notice.isHidden()  # … and no message


def test_an_unknown_step_or_dossier_in_the_preferences_falls_back_quietly(
    qtbot: QtBot, data_dir: Path, started: list[Application]
) -> None:
    with DossierService.open(data_dir) as service:
        dossier = small_dossier()
        service.save_draft(dossier)
    prefs = session.Preferences(data_dir)
    prefs.set(session.LAST_DOSSIER, dossier.id)
    prefs.set(session.LAST_STEP, "a-step-of-a-later-version")
    window = launch(qtbot, started, data_dir).window
    assert window is not None and window.dossier_open() and window.wizard.current_step_id() == "partners"
    prefs.set(session.LAST_DOSSIER, "deleted-meanwhile")
    window = launch(qtbot, started, data_dir).window
    assert window is not None and not window.dossier_open()


def test_rebuilding_the_window_in_another_language_keeps_the_step(
    qtbot: QtBot, data_dir: Path, started: list[Application]
) -> None:
    application = launch(qtbot, started, data_dir)
    assert application.window is not None
    application.window.home.form.newTitleEdit.setText("Réunion du comité")
    application.window.home.create_dossier()
    application.window.wizard.go_to("values")
    rebuilt = application.rebuild_window()
    qtbot.addWidget(rebuilt)
    assert rebuilt.dossier_open() and rebuilt.wizard.current_step_id() == "values"


# --- after a crash -----------------------------------------------------------------------------


def test_after_kill_9_the_next_launch_says_so_and_reopens_on_the_step_with_what_was_stored(
    qtbot: QtBot, data_dir: Path, started: list[Application]
) -> None:
    line = kill_after_autosave(
        data_dir,
        """
        window.wizard.go_to("diagnosis")
        edit = window.wizard.page("diagnosis").form.diagnosisEdit
        edit.setPlainText("Quarante familles suivies.")
        """,
    )
    assert (data_dir / session.MARKER_NAME).exists()  # left behind by the killed process

    application = launch(qtbot, started, data_dir)
    window = application.window
    assert window is not None and window.dossier_open()
    assert window.wizard.current_step_id() == "diagnosis"
    assert window.wizard.page("diagnosis").form.diagnosisEdit.toPlainText() == "Quarante familles suivies."
    assert window.autosaver.state == SaveState.SAVED
    assert not window.notice.isHidden()
    text = window.notice.text()
    stored_at = line[1][11:16]  # HH:MM of the stored draft (the same time zone here)
    assert text == (
        f"{INTERRUPTED} sans que l'application soit fermée normalement. Le dossier « Avant le plantage » est "
        f"rouvert tel qu'il était enregistré à\u00a0{stored_at}."
    )
    window.resize(1100, 640)
    window.grab().save("/tmp/session-interrupted.png")
    qtbot.mouseClick(window.notice.close_button, Qt.MouseButton.LeftButton)
    assert window.notice.isHidden() and window.notice.text() == ""

    again = launch(qtbot, started, data_dir)  # this session is alive: nothing to report any more
    assert again.window is not None and again.window.notice.isHidden()


def test_after_a_crash_on_the_home_screen_the_message_names_no_dossier(
    qtbot: QtBot, data_dir: Path, started: list[Application]
) -> None:
    left = {"pid": dead_pid(), "host": socket.gethostname(), "started": ""}
    (data_dir / session.MARKER_NAME).write_text(json.dumps(left), "utf-8")
    window = launch(qtbot, started, data_dir).window
    assert window is not None and not window.dossier_open()
    assert window.notice.text().startswith(INTERRUPTED)
    assert window.notice.text().endswith("Vos dossiers sont tels qu'ils étaient enregistrés.")


def test_a_clean_exit_removes_the_marker_and_the_next_launch_reopens_on_the_step_silently(
    qtbot: QtBot, data_dir: Path, started: list[Application]
) -> None:
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from charte_app.ui.app import create_qapplication, run_app

        def work():
            window = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and hasattr(w, "wizard"))
            window.home.form.newTitleEdit.setText("Fermé proprement")
            window.home.create_dossier()
            window.wizard.go_to("duration")
            window.close()

        create_qapplication()
        QTimer.singleShot(200, work)
        sys.exit(run_app(Path({str(data_dir)!r}), None, None))
        """
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=ENV, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    assert not (data_dir / session.MARKER_NAME).exists()

    window = launch(qtbot, started, data_dir).window
    assert window is not None and window.dossier_open() and window.editor.dossier.title == "Fermé proprement"
    assert window.wizard.current_step_id() == "duration"
    assert window.notice.isHidden()


# --- one application per data dir ---------------------------------------------------------------


def test_the_server_name_depends_on_the_resolved_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    monkeypatch.chdir(tmp_path)
    name = single_instance.server_name(tmp_path / "a")
    assert name == single_instance.server_name(Path("a")) == single_instance.server_name(tmp_path / "b" / ".." / "a")
    assert name != single_instance.server_name(tmp_path / "b")
    assert re.fullmatch(r"charte-app-[0-9a-f]{24}", name)  # short: Unix socket paths are limited


def test_requests_are_one_json_line_and_anything_else_is_refused(tmp_path: Path) -> None:
    assert single_instance.decode_request(single_instance.encode_request(None).strip()) is None
    line = single_instance.encode_request(Path("x.charte")).strip()
    assert single_instance.decode_request(line) == Path("x.charte").resolve()
    for bad in (b"[1]", b'{"open": 3}', b"\xff", b"open"):
        with pytest.raises(ValueError):
            single_instance.decode_request(bad)


def test_a_second_claim_hands_its_file_to_the_first_and_does_not_become_an_instance(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = single_instance.claim(data_dir, None)
    assert first is not None and first.serve().is_listening()
    try:
        received: list[object] = []
        first.serve().file_requested.connect(received.append)
        monkeypatch.chdir(tmp_path)
        # The second launch, in this same process: its client runs a local event loop, which serves the server too.
        second = single_instance.claim(data_dir, Path("dossier.charte"), timeout_s=15)  # relative to its folder
        assert second is None  # handed over: no lock, no server, no session
        qtbot.waitUntil(lambda: bool(received), timeout=15000)
        assert received == [tmp_path / "dossier.charte"]

        assert single_instance.claim(data_dir, None, timeout_s=15) is None  # the menu entry: to the front only
        qtbot.waitUntil(lambda: len(received) == 2, timeout=15000)
        assert received[1] is None
    finally:
        first.close()
    again = single_instance.claim(data_dir, None)  # released: the next launch is the instance
    assert again is not None
    again.close()


def test_a_lock_held_by_a_window_that_never_answers_is_refused_in_french(data_dir: Path) -> None:
    held = single_instance.claim(data_dir, None)
    assert held is not None
    held.serve().close()  # alive but deaf
    try:
        with pytest.raises(single_instance.NotResponding, match="déjà ouvert sur ce dossier de données"):
            single_instance.claim(data_dir, None, timeout_s=1)
    finally:
        held.close()


def test_the_lock_and_socket_of_a_killed_instance_are_taken_over(qtbot: QtBot, data_dir: Path) -> None:
    script = textwrap.dedent(
        f"""
        import time
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication
        from charte_app.ui import single_instance
        app = QCoreApplication([])
        instance = single_instance.claim(Path({str(data_dir)!r}), None)
        print("LISTENING", instance.serve().is_listening(), flush=True)
        time.sleep(60)
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=ENV)
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "LISTENING True"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    assert (data_dir / single_instance.LOCK_NAME).exists()
    if sys.platform != "win32":  # a Unix socket file outlives its process; a Windows pipe does not
        assert Path(single_instance.server_address(data_dir) or "").exists()  # in its private folder
    instance = single_instance.claim(data_dir, None, timeout_s=5)  # neither the lock nor the socket stop it
    assert instance is not None and instance.serve().is_listening()
    try:
        received: list[object] = []
        instance.serve().file_requested.connect(received.append)
        assert single_instance.claim(data_dir, None, timeout_s=15) is None
        qtbot.waitUntil(lambda: bool(received), timeout=15000)
    finally:
        instance.close()


def test_a_launch_while_the_first_starts_waits_for_its_server(data_dir: Path, tmp_path: Path) -> None:
    """The first launch takes the lock at once but listens only once its window is up (QtNetwork is
    not even imported until then); a second launch meanwhile keeps trying, then hands its file over."""
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication, QTimer
        import charte_app.ui.app
        from charte_app.ui import single_instance
        app = QCoreApplication([])
        instance = single_instance.claim(Path({str(data_dir)!r}), None)
        print("CLAIMED", "PySide6.QtNetwork" in sys.modules, flush=True)
        def serve():
            server = instance.serve()
            server.file_requested.connect(lambda path: (print("RECEIVED", path, flush=True), app.quit()))
        QTimer.singleShot(1500, serve)  # the window being built
        QTimer.singleShot(30000, app.quit)
        app.exec()
        instance.close()
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=ENV)
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "CLAIMED False"
        assert single_instance.claim(data_dir, tmp_path / "dossier.charte", timeout_s=20) is None
        assert proc.stdout.readline().strip() == f"RECEIVED {tmp_path / 'dossier.charte'}"
    finally:
        proc.wait(timeout=30)


# The offscreen platform has no window manager to raise a window; a desktop one does.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_running_window_comes_to_the_front_and_opens_the_file(
    qtbot: QtBot, data_dir: Path, started: list[Application], examples_dir: Path
) -> None:
    application = launch(qtbot, started, data_dir)
    window = application.window
    assert window is not None
    window.showMinimized()
    path = sorted(examples_dir.glob("*.charte"))[0]
    application.open_requested(path)
    assert not window.isMinimized() and window.isVisible()
    assert window.dossier_open()
    assert window.editor.dossier.id == json.loads(path.read_text("utf-8"))["dossier"]["id"]
    application.open_requested(None)  # the menu entry: to the front, the dossier stays
    assert window.dossier_open()
    bring_to_front(window)  # idempotent on a window already in front
    assert not window.isMinimized()


def test_a_second_charte_app_process_hands_its_file_to_the_first_and_exits_0(
    data_dir: Path, examples_dir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "reçu par courriel.charte"
    shutil.copy(sorted(examples_dir.glob("*.charte"))[0], path)
    expected = json.loads(path.read_text("utf-8"))["dossier"]
    first_script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from charte_app.ui import app as app_module

        original = app_module.Application.open_requested

        def open_requested(self, path):
            original(self, path)
            print("RECEIVED", path.name, self.window.editor.dossier.id, sep="\t", flush=True)
            QTimer.singleShot(0, self.window.close)

        app_module.Application.open_requested = open_requested
        app_module.create_qapplication()
        QTimer.singleShot(0, lambda: print("READY", flush=True))  # once the event loop runs
        sys.exit(app_module.run_app(Path({str(data_dir)!r}), None, None))
        """
    )
    first = subprocess.Popen(
        [sys.executable, "-c", first_script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV
    )
    try:
        assert first.stdout is not None
        assert first.stdout.readline().strip() == "READY"
        listed = subprocess.run(  # CLI commands are not handed over: they work next to the window
            [sys.executable, "-m", "charte_app.cli", "--data-dir", str(data_dir), "list"],
            capture_output=True,
            text=True,
            env=ENV,
            timeout=60,
        )
        assert listed.returncode == 0 and listed.stdout == "", listed.stderr
        second_script = textwrap.dedent(
            f"""
            import sys
            from charte_app.cli import main
            code = main(["--data-dir", {str(data_dir)!r}, "open", {str(path)!r}])
            print("DATABASE OPENED", "charte_app.services.dossiers" in sys.modules)
            sys.exit(code)
            """
        )
        second = subprocess.run(
            [sys.executable, "-c", second_script], capture_output=True, text=True, env=ENV, timeout=60
        )
        assert second.returncode == 0, second.stdout + second.stderr
        assert second.stdout.strip() == "DATABASE OPENED False"
        received = first.stdout.readline().rstrip("\n").split("\t")
        assert received == ["RECEIVED", path.name, expected["id"]]
        assert first.wait(timeout=60) == 0
        assert first.stderr is not None
        noise = [line for line in first.stderr.read().splitlines() if not line.startswith("This plugin does not")]
        assert noise == []  # no Qt warning, no traceback (offscreen has no window manager to raise a window)
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
    assert not (data_dir / session.MARKER_NAME).exists()  # the first one closed cleanly
    with DossierService.open(data_dir) as service:
        assert [s.id for s in service.list_dossiers()] == [expected["id"]]
