"""The desktop session: its marker file (was the last one interrupted?) and the user's own preferences.

A marker ``<data dir>/session.json`` (process id, host, start time) is written
when the application starts and removed when it closes cleanly. Finding one
left by a process that no longer runs means the last session was interrupted
(crash, ``kill -9``, power cut): the application says so and reopens the
dossier as it was stored.

Per-user preferences (the dossier open and the step shown, the language, the
meeting mode, the window's geometry) live in ``<data dir>/preferences.ini``
(QSettings, IniFormat), not in the database: in team mode the database is
shared between colleagues, and one person's language or current step is nobody
else's business. Team-wide settings stay in the database.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings

from charte_app import machine
from charte_app.errors import UserError
from charte_app.fsutil import atomic_write

log = logging.getLogger(__name__)

MARKER_NAME = "session.json"
PREFERENCES_NAME = "preferences.ini"
LAST_DOSSIER = "session/last_dossier"
LAST_STEP = "session/last_step"
LANGUAGE = "user/language"
MEETING_MODE = "user/meeting_mode"  # "1" or "0"
GEOMETRY = "window/geometry"  # QWidget.saveGeometry(), base64


@dataclass(frozen=True)
class SessionMarker:
    pid: int
    host: str
    started: str  # ISO 8601, local offset


def read_marker(folder: Path) -> SessionMarker | None:
    try:
        data = json.loads((folder / MARKER_NAME).read_text("utf-8"))
        return SessionMarker(pid=int(data["pid"]), host=str(data["host"]), started=str(data["started"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        log.warning("Unreadable session marker in %s: treated as an interrupted session", folder)
        return SessionMarker(pid=0, host=machine.host_name(), started="")


def begin(folder: Path, *, exclusive: bool = False) -> SessionMarker | None:
    """Write this process's marker; returns the marker of an interrupted previous session, if any.

    ``exclusive``: this process holds the data dir's single-instance lock, so a marker of another
    process can only be left over (this also covers a process id reused after a reboot).
    """
    host = machine.host_name()
    previous = read_marker(folder)
    interrupted = None
    if previous is not None and (previous.pid, previous.host) != (os.getpid(), host):
        if exclusive:
            interrupted = previous
        elif previous.host == host and not machine.process_running(previous.pid):
            interrupted = previous
        # else: still running, or on another machine sharing the data dir (its processes cannot be checked)
    marker = SessionMarker(pid=os.getpid(), host=host, started=datetime.now().astimezone().isoformat())
    try:
        atomic_write(folder / MARKER_NAME, json.dumps(marker.__dict__).encode("utf-8"))
    except UserError as exc:  # a read-only data dir: the session works, a crash just goes unnoticed
        log.warning("Session marker not written: %s", exc.message)
    if interrupted is not None:
        log.warning("The previous session (pid %s, started %s) was interrupted", interrupted.pid, interrupted.started)
    return interrupted


def end(folder: Path) -> None:
    """A clean exit: remove this process's marker (never another live session's)."""
    current = read_marker(folder)
    if current is not None and current.pid == os.getpid():
        try:
            (folder / MARKER_NAME).unlink()
        except OSError as exc:
            log.warning("Session marker not removed: %s", exc)


class Preferences:
    """The user's own settings for a data dir, in ``preferences.ini``; in memory when there is no data dir."""

    def __init__(self, folder: Path | None) -> None:
        self._settings = QSettings(str(folder / PREFERENCES_NAME), QSettings.Format.IniFormat) if folder else None
        self._memory: dict[str, str] = {}

    def contains(self, key: str) -> bool:
        return self._settings.contains(key) if self._settings is not None else key in self._memory

    def get(self, key: str) -> str:
        if self._settings is None:
            return self._memory.get(key, "")
        value = self._settings.value(key, "")
        return value if isinstance(value, str) else ""

    def adopt(self, key: str, legacy: Callable[[], str | None], default: str = "") -> str:
        """The preference ``key``; the first time, taken over from ``legacy()`` (the database setting it
        replaces: earlier versions kept language and meeting mode there) and stored here from then on."""
        if not self.contains(key):
            old = legacy()
            self.set(key, old if old else default)
        return self.get(key) or default

    def set(self, key: str, value: str) -> None:
        """Store at once (a crash right after a step change still finds it); nothing when unchanged."""
        if self.contains(key) and self.get(key) == value:
            return
        if self._settings is None:
            self._memory[key] = value
            return
        self._settings.setValue(key, value)
        # QSettings writes through QSaveFile (temporary file, then rename): atomic, like charte_app.fsutil.
        self._settings.sync()
        if self._settings.status() != QSettings.Status.NoError:
            log.warning("Preferences not written to %s (%s)", self._settings.fileName(), self._settings.status())
