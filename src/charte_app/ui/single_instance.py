"""One application per data dir: a second launch hands its file to the running window and exits.

The first ``charte-app`` (or ``charte-app open FILE``) on a data dir takes a
lock file in it (``QLockFile``: a crashed holder is detected by its process id)
and listens on a local socket whose name is derived from the user and the
resolved data dir. A later launch on the same data dir cannot take the lock:
it connects, sends the file to open (or nothing: "come to the front"), waits
for the acknowledgement and exits 0 without opening the database.

Only the desktop application does this; CLI commands work alongside it.

Protocol: one UTF-8 JSON line from the client, ``{"open": "/abs/path" | null}``,
answered by the line ``ok``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QLockFile, QObject, QTimer, Signal

from charte_app import machine
from charte_app.errors import UserError

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

# QtNetwork (11 ms to import, with two dozen enums) is imported where a socket is made: the first
# launch makes its server once its window is up (Instance.serve), a later one its request at once.

log = logging.getLogger(__name__)

LOCK_NAME = "instance.lock"
# How long a second launch keeps trying: the running instance may still be starting (database, window).
HANDOFF_TIMEOUT_S = 30.0
CONNECT_TIMEOUT_MS = 1000
# A request is one short line; anything longer is not ours.
MAX_REQUEST = 64 * 1024
ACK = b"ok\n"


class NotResponding(UserError):
    """Another instance holds the data dir but does not answer."""


def server_name(folder: Path) -> str:
    """The local socket name for this user and data dir (short: Unix socket paths are limited)."""
    # Without a login name (some containers), the home folder still tells users apart.
    user = machine.user_name() or str(Path.home())
    digest = hashlib.sha256(f"{user}\0{Path(folder).resolve()}".encode()).hexdigest()[:24]
    return f"charte-app-{digest}"


def encode_request(open_path: Path | None) -> bytes:
    # Resolved here: the running instance has another working directory.
    target = str(Path(open_path).resolve()) if open_path is not None else None
    return json.dumps({"open": target}).encode("utf-8") + b"\n"


def decode_request(line: bytes) -> Path | None:
    """The file a request asks to open (None: just come to the front); ValueError when malformed."""
    data = json.loads(line.decode("utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("open"), str | None):
        raise ValueError("not a charte-app request")
    target = data.get("open")
    return Path(target) if target else None


class _Connection(QObject):
    """One client of the server: gathers its line, acknowledges it, hands the request over."""

    def __init__(self, socket: QLocalSocket, server: InstanceServer) -> None:
        super().__init__(server)
        self.socket, self.server = socket, server
        self.buffer = b""
        socket.setParent(self)
        socket.readyRead.connect(self._read)
        socket.disconnected.connect(self.deleteLater)

    def _read(self) -> None:
        self.buffer += bytes(self.socket.readAll().data())
        if b"\n" not in self.buffer:
            if len(self.buffer) > MAX_REQUEST:
                self.socket.abort()
            return
        line = self.buffer.split(b"\n", 1)[0]
        try:
            path = decode_request(line)
        except ValueError:
            log.warning("Ignored a malformed request on the instance socket")
            self.socket.abort()
            return
        self.socket.write(ACK)
        self.socket.flush()
        self.socket.disconnectFromServer()
        # Acknowledged first, handled in the next turn of the event loop: the client exits at once,
        # whatever dialogs opening the file brings up.
        QTimer.singleShot(0, self.server, lambda: self.server.file_requested.emit(path))


class InstanceServer(QObject):
    """Listens for later launches on the same data dir."""

    file_requested = Signal(object)  # Path | None

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        # Only this user may connect (Unix socket permissions / Windows pipe ACL).
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Listen, over a socket left by a crashed instance (the caller holds the lock: nobody live owns it)."""
        from PySide6.QtNetwork import QAbstractSocket, QLocalServer

        # On Unix, Qt with UserAccessOption builds the socket aside and renames it over a stale one;
        # removeServer covers the platforms and cases where listen still finds the name taken.
        if self._server.listen(self.name):
            return True
        if self._server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            QLocalServer.removeServer(self.name)
            if self._server.listen(self.name):
                log.info("Removed the stale instance socket %s", self.name)
                return True
        log.warning("Instance socket %s not available: %s", self.name, self._server.errorString())
        return False

    def is_listening(self) -> bool:
        return self._server.isListening()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if socket is not None:
                _Connection(socket, self)

    def close(self) -> None:
        self._server.close()


def send_request(name: str, open_path: Path | None, timeout_ms: int) -> bool:
    """Hand ``open_path`` to the instance listening on ``name``; True once it acknowledged."""
    return _Request(name, encode_request(open_path)).send(timeout_ms)


class _Request(QObject):
    """The client side, in a local event loop rather than ``waitFor…`` calls: those keep Python's lock
    while they block (PySide), and a local loop also lets one process play both sides (tests)."""

    def __init__(self, name: str, payload: bytes) -> None:
        from PySide6.QtNetwork import QLocalSocket

        super().__init__()
        self.name, self.payload = name, payload
        self.reply = b""
        self.finished = False
        self.socket = QLocalSocket(self)
        self.loop = QEventLoop(self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._finish)
        self.socket.connected.connect(self._connected)
        self.socket.readyRead.connect(self._read)
        self.socket.disconnected.connect(self._finish)
        self.socket.errorOccurred.connect(self._finish)

    def send(self, timeout_ms: int) -> bool:
        self.timeout_ms = timeout_ms
        self.timer.start(min(CONNECT_TIMEOUT_MS, timeout_ms))  # nobody listening answers at once
        self.socket.connectToServer(self.name)
        if not self.finished:  # a refusal may already have been reported, before the loop runs
            self.loop.exec()
        self.timer.stop()
        self.socket.abort()
        return self.reply.startswith(ACK)

    def _connected(self) -> None:
        self.timer.start(self.timeout_ms)  # the running instance may still be starting: wait for it
        self.socket.write(self.payload)

    def _read(self) -> None:
        self.reply += bytes(self.socket.readAll().data())
        if b"\n" in self.reply or len(self.reply) > MAX_REQUEST:
            self._finish()

    def _finish(self, *_args: object) -> None:
        if not self.finished:
            if self.socket.isOpen():
                self.reply += bytes(self.socket.readAll().data())  # what came with the disconnection
            self.finished = True
            self.loop.quit()


@dataclass
class Instance:
    """This process owns the data dir: the lock, and the server once :meth:`serve` made it; released by ``close``."""

    lock: QLockFile | None
    name: str
    server: InstanceServer | None = None

    def serve(self) -> InstanceServer:
        """The server later launches hand their file to, listening (made on the first call).

        The application calls it once its window is up: a launch meanwhile finds the lock taken and
        keeps trying to connect (``HANDOFF_TIMEOUT_S``), as it does while the instance is starting."""
        if self.server is None:
            self.server = InstanceServer(self.name)
            self.server.listen()  # without it this session still works; later launches just cannot reach it
        return self.server

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
        if self.lock is not None:
            self.lock.unlock()


def claim(folder: Path, open_path: Path | None, *, timeout_s: float = HANDOFF_TIMEOUT_S) -> Instance | None:
    """Become the data dir's instance (then call its :meth:`Instance.serve`), or hand ``open_path``
    to the running one (None).

    Raises :class:`NotResponding` when another instance holds the data dir but never answers.
    """
    name = server_name(folder)
    lock = QLockFile(str(Path(folder) / LOCK_NAME))
    lock.setStaleLockTime(0)  # held for the whole session: stale only when its process is gone
    deadline = time.monotonic() + timeout_s
    while True:
        if lock.tryLock(0):
            return Instance(lock, name)
        if lock.error() != QLockFile.LockError.LockFailedError:
            # The lock cannot be written (read-only data dir): hand over if someone answers, else run alone.
            log.warning("Instance lock unavailable in %s (%s)", folder, lock.error())
            if send_request(name, open_path, CONNECT_TIMEOUT_MS):
                return None
            return Instance(None, name)
        left_ms = int((deadline - time.monotonic()) * 1000)
        if left_ms <= 0:
            raise NotResponding(
                QCoreApplication.translate(
                    "SingleInstance",
                    "Charte est déjà ouvert sur ce dossier de données (« {folder} ») mais ne répond pas. "
                    "Attendez quelques instants ou fermez l'autre fenêtre, puis recommencez.",
                ).format(folder=folder)
            )
        if send_request(name, open_path, left_ms):
            log.info("Handed %s to the running instance", open_path or "the launch")
            return None
        time.sleep(0.2)  # the holder is starting or just quit: try the lock again
