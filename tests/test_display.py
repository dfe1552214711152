"""No display: the application and ``open`` exit 1 with a French message, before Qt aborts (issue 25)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from charte_app.display import missing_display

NO_DISPLAY = ("DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET", "QT_QPA_PLATFORM")


def _without_display(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in NO_DISPLAY}
    src = str(Path(__file__).resolve().parent.parent / "src")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (src, env.get("PYTHONPATH")) if p)
    return {**env, **extra}


@pytest.mark.skipif(sys.platform.startswith(("win", "darwin")), reason="Windows and macOS always have their display")
@pytest.mark.parametrize("command", [[], ["open", "FILE"]], ids=["application", "open"])
@pytest.mark.parametrize("extra", [{}, {"DISPLAY": ":97"}, {"QT_QPA_PLATFORM": "xcb"}], ids=["none", "dead", "xcb"])
def test_without_a_display_the_window_exits_1_in_french(
    tmp_path: Path, command: list[str], extra: dict[str, str]
) -> None:
    source = tmp_path / "dossier.charte"
    source.write_text("{}", encoding="utf-8")
    argv = [sys.executable, "-m", "charte_app", "--data-dir", str(tmp_path / "data")]
    argv += [str(source) if a == "FILE" else a for a in command]
    done = subprocess.run(argv, capture_output=True, text=True, env=_without_display(**extra), timeout=120)
    assert done.returncode == 1, (done.returncode, done.stderr)
    assert done.stderr.startswith("Impossible d'ouvrir la fenêtre : "), done.stderr
    assert "qt.qpa" not in done.stderr and "plugin" not in done.stderr
    assert "charte-app --help" in done.stderr


def test_what_each_message_says() -> None:
    linux = "linux"
    assert "ni DISPLAY pour X11, ni WAYLAND_DISPLAY" in str(missing_display({}, linux))
    assert "« :97 » ne répond pas" in str(missing_display({"DISPLAY": ":97"}, linux))
    assert "QT_QPA_PLATFORM=wayland demande un affichage (Wayland : WAYLAND_DISPLAY)" in str(
        missing_display({"QT_QPA_PLATFORM": "wayland", "XDG_RUNTIME_DIR": "/nonexistent"}, linux)
    )


@pytest.mark.parametrize(
    "env",
    [
        {"QT_QPA_PLATFORM": "offscreen"},
        {"QT_QPA_PLATFORM": "eglfs"},
        {"QT_QPA_PLATFORM": "xcb;offscreen"},
        {"DISPLAY": "remote.example:10.0"},  # SSH forwarding: Qt says, not this check
        {"WAYLAND_SOCKET": "3"},
    ],
)
def test_what_qt_may_know_better_is_let_through(env: dict[str, str]) -> None:
    assert missing_display(env, "linux") is None


def test_windows_and_macos_always_have_a_display() -> None:
    assert missing_display({}, "win32") is None and missing_display({}, "darwin") is None


def test_a_live_x_server_is_found(tmp_path: Path) -> None:
    """A listening socket where X11 puts display :N is a display (the abstract one on Linux, here)."""
    import socket

    if not sys.platform.startswith("linux"):
        pytest.skip("the abstract socket namespace is Linux's")
    number = 90 + os.getpid() % 9
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        try:
            server.bind(f"\0/tmp/.X11-unix/X{number}")
        except OSError:
            pytest.skip(f"display :{number} is taken on this machine")
        server.listen(1)
        assert missing_display({"DISPLAY": f":{number}"}, "linux") is None
