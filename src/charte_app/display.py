"""Whether the window can be shown: a display for Qt's platform plugin, checked before Qt is loaded.

Without one, Qt's ``xcb`` or ``wayland`` plugin aborts the process (exit 134) with an English message
about plugins; the command line promises exit 1 and French. The check is cheap (environment variables,
one local socket connection) and only refuses what is certain to fail: a display on another machine
(``host:0``, SSH forwarding) or a platform Qt may know better (``offscreen``, ``eglfs``…) is let through.
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Mapping
from pathlib import Path

#: Qt platform plugins that draw on a display server, and what each needs.
_X11 = "xcb"
_WAYLAND = "wayland"


def missing_display(environ: Mapping[str, str] | None = None, platform: str | None = None) -> str | None:
    """A French message saying what is missing for the window to be shown, or None when it can be."""
    env = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if platform.startswith(("win", "darwin", "cygwin")):  # the system's own window server: always there
        return None
    requested = [p.split(":")[0].strip().lower() for p in env.get("QT_QPA_PLATFORM", "").split(";")]
    requested = [p for p in requested if p]
    # Unset: Qt tries Wayland in a Wayland session, then X11.
    candidates = requested or [_WAYLAND, _X11]
    for name in candidates:
        if name == _X11 and _x11_reachable(env.get("DISPLAY", "")):
            return None
        if name.startswith(_WAYLAND) and _wayland_reachable(env):
            return None
        if name != _X11 and not name.startswith(_WAYLAND):
            return None  # offscreen, minimal, eglfs, linuxfb, vnc…: Qt decides
    advice = (
        "Lancez charte-app depuis une session graphique (bureau), ou utilisez ses commandes "
        "en ligne : charte-app --help."
    )
    if requested:
        return (
            f"Impossible d'ouvrir la fenêtre : QT_QPA_PLATFORM={env.get('QT_QPA_PLATFORM')} demande un affichage "
            f"({_needs(requested)}) qui n'est pas disponible. {advice}"
        )
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        shown = env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")
        return f"Impossible d'ouvrir la fenêtre : l'affichage « {shown} » ne répond pas. {advice}"
    return (
        "Impossible d'ouvrir la fenêtre : aucun affichage graphique (ni DISPLAY pour X11, ni WAYLAND_DISPLAY "
        f"pour Wayland, n'est défini). {advice}"
    )


def _needs(requested: list[str]) -> str:
    needs = []
    if _X11 in requested:
        needs.append("X11 : DISPLAY")
    if any(p.startswith(_WAYLAND) for p in requested):
        needs.append("Wayland : WAYLAND_DISPLAY")
    return ", ".join(needs)


def _x11_reachable(display: str) -> bool:
    """An X server answers at ``display``; a remote one (``host:0``) is taken as reachable."""
    if not display:
        return False
    host, _, rest = display.rpartition(":")
    if host and host != "unix":
        return True  # TCP, SSH forwarding: Qt will say; not tried here
    number = rest.split(".")[0]
    if not number.isdigit():
        return True  # a form this check does not know (a launchd path on macOS…): Qt decides
    path = f"/tmp/.X11-unix/X{number}"
    return _connects(path) or (sys.platform.startswith("linux") and _connects("\0" + path))


def _wayland_reachable(env: Mapping[str, str]) -> bool:
    if env.get("WAYLAND_SOCKET"):
        return True  # a socket handed over by the compositor
    name = env.get("WAYLAND_DISPLAY", "")
    if not name:
        return False
    path = Path(name) if os.path.isabs(name) else Path(env.get("XDG_RUNTIME_DIR", "")) / name
    return _connects(str(path))


def _connects(address: str) -> bool:
    if not hasattr(socket, "AF_UNIX"):
        return True
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            probe.settimeout(1.0)
            probe.connect(address)
    except OSError:
        return False
    return True
