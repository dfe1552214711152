"""Real keystrokes: 12 000 characters typed with xdotool into the running application under Xvfb.

The offscreen soak test (test_ui_soak.py) drives widgets through QTest; this one goes the way
a user does: X11 key events into the ``charte-app`` process started from its own command,
then Ctrl+Q. The application must stay alive, and after it quits the stored draft must hold
every character typed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

from charte_app.services.dossiers import DossierService
from soak_window import PARAGRAPH, memory_mb, text_of

KEYSTROKES = 12_000
DELAY_MS = 2  # xdotool's pause between two keystrokes: a fast typist, and the whole run in well under 90 s


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """An X server on a free display number (Xvfb picks it and writes it on the pipe)."""
    # Installed by the test set-up (scripts/dev.py, TEST_DEBS): their absence is a failure, not a skip.
    missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    assert not missing, f"not installed: {missing} (python3 scripts/dev.py test installs them on Debian/Ubuntu)"
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    assert number, "Xvfb did not start"
    return server, f":{number}"


def test_12000_real_keystrokes_then_ctrl_q_store_every_character(tmp_path: Path, examples_dir: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    server, display = start_xvfb()
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHARTE_APP_")}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")

    def xdotool(*args: str) -> str:
        return subprocess.run(
            ["xdotool", *args], env=env, check=True, capture_output=True, text=True, timeout=120
        ).stdout

    app: subprocess.Popen[str] | None = None
    try:
        charte_app = Path(sys.executable).with_name("charte-app")
        example = examples_dir / "reims-croix-rouge.charte"
        app = subprocess.Popen(
            [str(charte_app), "--data-dir", str(data), "open", str(example)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        window = xdotool("search", "--sync", "--onlyvisible", "--name", "Charte").split()[0]
        xdotool("windowfocus", "--sync", window)
        # Ctrl+E: the step list; Down: step 2 (diagnosis); Alt+D: its text (label mnemonic); Ctrl+End: its end.
        xdotool("key", "--delay", "100", "ctrl+e", "Down", "alt+d", "ctrl+End")
        peak = [0.0]
        watcher = threading.Thread(target=watch_rss, args=(app, peak), daemon=True)
        watcher.start()
        text = text_of(KEYSTROKES, 0, PARAGRAPH)
        started = time.perf_counter()
        for number, line in enumerate(text.split("\n")):
            if number:  # xdotool types "\n" as Linefeed, which Qt ignores: Return is what the Enter key sends
                xdotool("key", "Return")
            xdotool("type", "--delay", str(DELAY_MS), line)
        typing_s = time.perf_counter() - started
        assert app.poll() is None, f"the application died while typing:\n{app.communicate()[0][-3000:]}"
        xdotool("key", "ctrl+q")
        output, _ = app.communicate(timeout=60)
        assert app.returncode == 0, output[-3000:]
        watcher.join(timeout=5)
        print(f"{KEYSTROKES} keystrokes in {typing_s:.1f} s, peak RSS {peak[0]:.0f} MB")
    finally:
        if app is not None and app.poll() is None:
            app.kill()
            app.wait()
        server.terminate()
        server.wait(timeout=10)

    service = DossierService.open(data)
    try:
        (summary,) = service.list_dossiers()
        diagnosis = service.load_draft(summary.id).diagnosis
    finally:
        service.close()
    assert diagnosis.endswith(text), (len(diagnosis), diagnosis[-200:])


def watch_rss(app: subprocess.Popen[str], peak: list[float]) -> None:
    """Peak RSS of the application, read until it exits (VmHWM is the process's own high-water mark)."""
    while app.poll() is None:
        try:
            peak[0] = max(peak[0], memory_mb("VmHWM", app.pid))
        except (FileNotFoundError, ProcessLookupError, ValueError):
            return
        time.sleep(0.5)
