"""One application per data dir: a second launch hands its file to the running window and exits.

The first ``charte-app`` (or ``charte-app open FILE``) on a data dir takes its
instance lock (:mod:`charte_app.storage.instance_lock`: an OS lock, released
when its process dies, and a record of who holds it) and listens on a local
socket named from the user and the resolved data dir. A later launch on the same
data dir cannot take the lock: it connects, sends the file to open (or nothing:
"come to the front"), waits for the acknowledgement and exits 0 without opening
the database. A lock left by another computer, or held by a program that is not
charte-app, is no running window: :class:`LockedElsewhere` says where the lock
file is, and the application offers to take over.

The socket lives in a folder only this user can enter (:func:`socket_folder`:
the user's runtime folder, else a private folder of the data dir or of the
temporary folder, each checked: owned by the user, mode 0700, not a link), so
nobody else can listen there first; on Linux each side also checks the other's
user id (``SO_PEERCRED``) before a path crosses the socket. On Windows the named
pipe is restricted to the user (``UserAccessOption``).

Only the desktop application does this; CLI commands work alongside it.

Protocol: one UTF-8 JSON line from the client, ``{"open": "/abs/path" | null}``,
answered by the line ``ok``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import stat
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal

from charte_app import machine
from charte_app.errors import UserError
from charte_app.storage.instance_lock import LOCK_NAME, InstanceLock

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

# QtNetwork (11 ms to import, with two dozen enums) is imported where a socket is made: the first
# launch makes its server once its window is up (Instance.serve), a later one its request at once.

log = logging.getLogger(__name__)

__all__ = ["LOCK_NAME", "Instance", "LockedElsewhere", "NotResponding", "claim", "server_address", "server_name"]

# Unix socket paths are short (108 bytes on Linux, 104 on macOS): beyond this, another private folder is used.
MAX_SOCKET_PATH = 100
# How long a second launch keeps trying: the running instance may still be starting (database, window).
HANDOFF_TIMEOUT_S = 30.0
CONNECT_TIMEOUT_MS = 1000
# A request is one short line; anything longer is not ours.
MAX_REQUEST = 64 * 1024
ACK = b"ok\n"


class NotResponding(UserError):
    """Another instance holds the data dir but does not answer."""


class LockedElsewhere(UserError):
    """The lock was left by another computer, or is held by a program that is not charte-app: the user
    may take over (``claim(..., take_over=True)``)."""


def server_name(folder: Path) -> str:
    """The local socket's file name for this user and data dir (short: Unix socket paths are limited)."""
    # Without a login name (some containers), the home folder still tells users apart.
    user = machine.user_name() or str(Path.home())
    digest = hashlib.sha256(f"{user}\0{Path(folder).resolve()}".encode()).hexdigest()[:24]
    return f"charte-app-{digest}"


def _private(folder: Path, *, create: bool) -> bool:
    """Whether ``folder`` is a real folder (not a link) of this user that nobody else may enter; ``create``
    makes it (mode 0700) when absent, and takes group and others' rights off one of the user's own."""
    if create:
        try:
            folder.mkdir(mode=0o700, exist_ok=True)
        except OSError:
            return False
    try:
        info = folder.lstat()
    except OSError:
        return False
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        return False
    if info.st_mode & 0o077:
        if not create:
            return False
        try:
            folder.chmod(0o700)
        except OSError:
            return False
    return True


def socket_folder(data_folder: Path) -> Path | None:
    """A folder only this user can enter, for the socket (Unix); None when none can be made."""
    uid = os.getuid()
    candidates: list[Path] = []
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and _private(Path(runtime), create=False):
        candidates.append(Path(runtime) / "charte-app")
    candidates.append(Path(data_folder).resolve() / ".instance")
    candidates.append(Path(tempfile.gettempdir()) / f"charte-app-{uid}")
    for folder in candidates:
        if len(str(folder)) + 1 + len(server_name(data_folder)) > MAX_SOCKET_PATH:
            continue
        if _private(folder, create=True):
            return folder
        log.warning("Instance socket folder %s is not private to this user: not used", folder)
    return None


def server_address(folder: Path) -> str | None:
    """What the server listens on: a socket path in a private folder (Unix), the pipe name (Windows);
    None when no private place exists (this session then works alone)."""
    if sys.platform == "win32":
        return server_name(folder)
    private = socket_folder(folder)
    return str(private / server_name(folder)) if private is not None else None


def peer_uid(descriptor: int) -> int | None:
    """The user id of the process at the other end of a connected Unix socket (Linux); None elsewhere."""
    if not sys.platform.startswith("linux") or descriptor < 0:
        return None
    import socket
    import struct

    try:
        with socket.fromfd(descriptor, socket.AF_UNIX, socket.SOCK_STREAM) as sock:  # a duplicate: Qt keeps its own
            raw = sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    except OSError:
        return None
    return int(struct.unpack("3i", raw)[1])


def _same_user(socket: QLocalSocket) -> bool:
    """False when the other end is known to be another user (Linux): nothing is sent nor taken from it."""
    uid = peer_uid(int(socket.socketDescriptor()))
    return uid is None or uid == os.getuid()


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
            if socket is None:
                continue
            if not _same_user(socket):
                log.warning("Refused a connection of another user on the instance socket")
                socket.abort()
                socket.deleteLater()
                continue
            _Connection(socket, self)

    def close(self) -> None:
        self._server.close()


def send_request(name: str | None, open_path: Path | None, timeout_ms: int) -> bool:
    """Hand ``open_path`` to the instance listening on ``name``; True once it acknowledged.

    Never to a socket another user made (its file, then the process at its other end, are checked)."""
    if name is None:
        return False
    if sys.platform != "win32":
        try:
            info = os.lstat(name)
        except OSError:
            return False
        if not stat.S_ISSOCK(info.st_mode) or info.st_uid != os.getuid():
            log.warning("Instance socket %s is not this user's: nothing sent", name)
            return False
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
        if not _same_user(self.socket):
            log.warning("The instance socket %s is served by another user: nothing sent", self.name)
            self._finish()
            return
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

    lock: InstanceLock | None
    name: str | None
    server: InstanceServer | None = None

    def serve(self) -> InstanceServer:
        """The server later launches hand their file to, listening (made on the first call).

        The application calls it once its window is up: a launch meanwhile finds the lock taken and
        keeps trying to connect (``HANDOFF_TIMEOUT_S``), as it does while the instance is starting."""
        if self.server is None:
            self.server = InstanceServer(self.name or "")
            if self.name is not None:
                self.server.listen()  # without it this session still works; later launches just cannot reach it
        return self.server

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
        if self.lock is not None:
            self.lock.release()


def claim(
    folder: Path, open_path: Path | None, *, timeout_s: float = HANDOFF_TIMEOUT_S, take_over: bool = False
) -> Instance | None:
    """Become the data dir's instance (then call its :meth:`Instance.serve`), or hand ``open_path``
    to the running one (None).

    Raises :class:`NotResponding` when another instance holds the data dir but never answers, and
    :class:`LockedElsewhere` when the lock was left by another computer or is held by a program that
    is not charte-app (``take_over``: take it all the same, as the user chose).
    """
    address = server_address(folder)
    lock = InstanceLock(folder)
    deadline = time.monotonic() + timeout_s
    while True:
        state = lock.try_acquire(take_over=take_over)
        if state == "acquired":
            return Instance(lock, address)
        if state == "unavailable":
            # The lock cannot be written (read-only data dir): hand over if someone answers, else run alone.
            log.warning("Instance lock unavailable in %s", folder)
            if send_request(address, open_path, CONNECT_TIMEOUT_MS):
                return None
            return Instance(None, address)
        if state == "elsewhere" or not lock.holder_is_charte_app():
            if take_over:
                lock.take_over()
                return Instance(lock, address)
            action = QCoreApplication.translate("SingleInstance", "choisissez « Prendre la main »")
            raise LockedElsewhere(lock.refusal(action=action))
        left_ms = int((deadline - time.monotonic()) * 1000)
        if left_ms <= 0:
            owner = lock.owner()
            raise NotResponding(
                QCoreApplication.translate(
                    "SingleInstance",
                    "Charte est déjà ouvert sur ce dossier de données (« {folder} ») mais ne répond pas. "
                    "Attendez quelques instants ou fermez l'autre fenêtre, puis recommencez.",
                ).format(folder=folder)
                + "\n"
                + QCoreApplication.translate(
                    "SingleInstance", "Verrou : « {path} », tenu par le processus {pid} de cet ordinateur."
                ).format(path=lock.path, pid=owner.pid if owner is not None else "?")
            )
        if send_request(address, open_path, left_ms):
            log.info("Handed %s to the running instance", open_path or "the launch")
            return None
        time.sleep(0.2)  # the holder is starting or just quit: try the lock again
