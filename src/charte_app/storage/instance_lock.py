"""The data dir's instance lock: one application window per data dir, and no restore while it is open.

``<data dir>/instance.lock`` is held with an OS lock (``fcntl.flock`` on POSIX,
``msvcrt.locking`` of a byte far past the text on Windows) for as long as the
window is open, or a restore runs; the OS releases it when its process dies, so
a crash on this computer leaves nothing that blocks. The file also says who holds
it (:class:`Owner`: program, process id and start time, host name, machine and
boot ids, user), and is emptied on a clean release.

What the OS lock cannot see is recognised from that record:

- a record written on *another computer* (a data dir on a network share or a
  synced folder, where locks do not travel) and never cleared: charte-app may
  still be open there, or stopped abruptly; the user is told and may take over;
- a lock held by a process that is *not charte-app* (its command line does not
  name charte-app): told, and may be taken over.

Taking over (:meth:`InstanceLock.take_over`) puts a new lock file, already
locked and written, in place of the old one: whatever held the old one keeps a
lock on a file nobody looks at any more.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import secrets
import sys
import time
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from .. import machine
from ..errors import UserError

log = logging.getLogger(__name__)

LOCK_NAME = "instance.lock"
PROGRAM = "charte-app"
# How a charte-app process's program is named (the bundle, the console script, ``python -m charte_app``).
_OURS = ("charte-app", "charte_app")
_WINDOWS_LOCK_OFFSET = 1 << 30  # the byte locked on Windows: the text before it stays readable
_MAX_RECORD = 4096

State = Literal["acquired", "held", "elsewhere", "unavailable"]


def _read_first_line(path: str) -> str:
    try:
        with open(path, encoding="ascii", errors="replace") as handle:
            return handle.readline().strip()
    except OSError:
        return ""


def machine_id() -> str:
    """An id of this installation of the system (not of its network name), empty where there is none."""
    for path in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
        if found := _read_first_line(path):
            return found
    return ""


def boot_id() -> str:
    """An id of this boot of the system (Linux), empty elsewhere."""
    return _read_first_line("/proc/sys/kernel/random/boot_id")


def process_start(pid: int) -> str:
    """When the process started, in the kernel's clock ticks since boot (Linux; empty elsewhere)."""
    stat = _read_first_line(f"/proc/{pid}/stat")
    # The command name (2nd field) may hold spaces and parentheses: the fields after its last ")" are plain.
    fields = stat.rpartition(")")[2].split()
    return fields[19] if len(fields) > 19 else ""


def process_command(pid: int) -> list[str] | None:
    """The command line of a live process (Linux); None when it cannot be read (gone, or another system)."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return None
    return [arg.decode("utf-8", "replace") for arg in raw.split(b"\0") if arg]


def is_charte_app_command(argv: list[str]) -> bool:
    """Whether a command line runs charte-app: its program (the bundle, the console script, run directly or
    by Python) or ``python -m charte_app…``; a mere mention of a charte-app folder further on does not count."""
    for arg in argv[:3]:
        if arg.startswith(_OURS) or os.path.basename(arg).startswith(_OURS):
            return True
    return False


def lock_holder(path: Path) -> int | None:
    """The process holding an OS lock on ``path``, from the kernel's table (Linux); None when unknown."""
    try:
        info = os.stat(path)
        with open("/proc/locks", encoding="ascii", errors="replace") as table:
            lines = table.readlines()
    except OSError:
        return None
    wanted = (os.major(info.st_dev), os.minor(info.st_dev), info.st_ino)
    for line in lines:
        fields = line.split()
        # "1: FLOCK  ADVISORY  WRITE 1234 08:01:5678 0 EOF"; a waiter's line has "->" after the number.
        if len(fields) < 6 or fields[1] == "->" or fields[1] != "FLOCK":
            continue
        try:
            major, minor, inode = fields[5].split(":")
            if (int(major, 16), int(minor, 16), int(inode)) == wanted:
                return int(fields[4])
        except ValueError:
            continue
    return None


@dataclass(frozen=True)
class Owner:
    """Who holds (or held) the lock."""

    program: str
    pid: int
    started: str  # the process's start time (clock ticks since boot), empty when unknown
    host: str
    machine: str
    boot: str
    user: str
    since: str  # ISO time the lock was taken
    purpose: str = "window"  # "window" (the application) or "restore" (a restore under way)

    @classmethod
    def this_process(cls, purpose: str = "window") -> Owner:
        pid = os.getpid()
        return cls(
            PROGRAM,
            pid,
            process_start(pid),
            machine.host_name(),
            machine_id(),
            boot_id(),
            machine.user_name() or "",
            datetime.now().astimezone().isoformat(timespec="seconds"),
            purpose,
        )

    def same_machine(self) -> bool:
        here = Owner.this_process()
        if self.machine and here.machine:
            return self.machine == here.machine and self.host == here.host
        return self.host == here.host

    def is_live_charte_app(self) -> bool:
        """Whether its process still runs on this machine and is charte-app (same start time, our command)."""
        if not self.same_machine() or (self.boot and self.boot != boot_id()):
            return False
        if not machine.process_running(self.pid):
            return False
        started = process_start(self.pid)
        if self.started and started:
            # The very process that wrote the record (charte-app, then), or its number now belongs to another.
            return started == self.started
        command = process_command(self.pid)  # no start time to compare: the command line tells
        return command is None or is_charte_app_command(command)

    def describe(self) -> str:
        """French: which program, where, since when."""
        try:
            since = datetime.fromisoformat(self.since).strftime("depuis le %d/%m/%Y à %H:%M")
        except ValueError:
            since = "depuis une date inconnue"
        who = f"{self.program}, processus {self.pid}"
        if self.user:
            who += f", utilisateur « {self.user} »"
        return f"ordinateur « {self.host} » ({who}, {since})"


def _parse(raw: bytes) -> Owner | None:
    text = raw.split(b"\0", 1)[0].strip()
    if not text:
        return None
    try:
        data = json.loads(text.decode("utf-8"))
        return Owner(**{key: type(default)(data.get(key, default)) for key, default in asdict(_EMPTY).items()})
    except (ValueError, KeyError, TypeError):
        pass
    # A lock file of an earlier charte-app (Qt's QLockFile): pid, application name, host name, machine id.
    lines = text.decode("utf-8", "replace").splitlines()
    if len(lines) >= 3 and lines[0].strip().isdigit():
        machine_line = lines[3].strip() if len(lines) > 3 else ""
        return Owner(lines[1].strip() or "?", int(lines[0]), "", lines[2].strip(), machine_line, "", "", "")
    return Owner("?", 0, "", "?", "", "", "", "")


_EMPTY = Owner("", 0, "", "", "", "", "", "")


def _os_lock(fd: int) -> bool | None:
    """Lock ``fd`` without waiting: True, False when another holds it, None when the system cannot lock."""
    try:
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except (BlockingIOError, PermissionError):
        return False
    except OSError as exc:
        if sys.platform == "win32":
            return False
        log.warning("instance lock: the system cannot lock here (%s)", exc)
        return None
    return True


class InstanceLock:
    """The instance lock of one data dir (see the module)."""

    def __init__(self, folder: Path, purpose: Literal["window", "restore"] = "window") -> None:
        self.folder = Path(folder)
        self.purpose = purpose
        self.path = self.folder / LOCK_NAME
        self.fd: int | None = None

    def owner(self) -> Owner | None:
        """The record in the lock file (None: empty or absent)."""
        try:
            with self.path.open("rb") as handle:
                return _parse(handle.read(_MAX_RECORD))
        except OSError:
            return None

    def _write_record(self, fd: int) -> None:
        data = json.dumps(asdict(Owner.this_process(self.purpose))).encode("utf-8") + b"\n"
        os.lseek(fd, 0, os.SEEK_SET)
        if sys.platform != "win32":
            os.ftruncate(fd, 0)
        os.write(fd, data)
        if sys.platform == "win32":
            os.write(fd, b"\0" * 64)  # the file cannot be shortened while a byte past it is locked: pad instead
        with contextlib.suppress(OSError):
            os.fsync(fd)

    def try_acquire(self, *, take_over: bool = False) -> State:
        """Take the lock if nobody holds it and no other computer's record is left in it.

        ``acquired``; ``held`` (a process holds it: see :meth:`owner`); ``elsewhere`` (free here, but the
        record of another computer says charte-app may be open there); ``unavailable`` (the folder is
        read-only, or the lock cannot be made: the caller goes on without it). With ``take_over``,
        an ``elsewhere`` record is replaced.
        """
        for _attempt in range(5):
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError as exc:
                log.warning("no instance lock %s (%s)", self.path, exc)
                return "unavailable"
            locked = _os_lock(fd)
            if locked is False:
                os.close(fd)
                return "held"
            try:
                same = sys.platform == "win32" or os.fstat(fd).st_ino == os.stat(self.path).st_ino
            except OSError:
                same = False
            if not same:  # taken over meanwhile: the name now leads to another file
                os.close(fd)
                continue
            previous = self.owner()
            if previous is not None and not take_over:
                if not previous.same_machine():
                    os.close(fd)
                    return "elsewhere"
                if locked is None and previous.is_live_charte_app():
                    os.close(fd)  # no OS lock here: the record is all there is, and its process lives
                    return "held"
            try:
                self._write_record(fd)
            except OSError as exc:
                log.warning("instance lock %s not written (%s)", self.path, exc)
            if previous is not None and previous.pid != os.getpid():
                log.info("instance lock %s taken; its previous record: %s", self.path, previous)
            self.fd = fd
            return "acquired"
        return "held"

    def take_over(self) -> None:
        """Replace the lock file with a new one, locked and written by this process (see the module)."""
        temporary = self.folder / f".{LOCK_NAME}.{secrets.token_hex(4)}"
        try:
            fd = os.open(temporary, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        except OSError as exc:
            raise UserError(
                f"Impossible de prendre la main sur le verrou « {self.path} » ({exc.strerror or exc})."
            ) from None
        try:
            _os_lock(fd)
            self._write_record(fd)
            os.replace(temporary, self.path)
        except OSError as exc:
            os.close(fd)
            temporary.unlink(missing_ok=True)
            raise UserError(
                f"Impossible de prendre la main sur le verrou « {self.path} » ({exc.strerror or exc}) : "
                "fermez le programme qui le tient, ou supprimez ce fichier."
            ) from None
        log.warning("instance lock %s taken over", self.path)
        self.fd = fd

    def holder_is_charte_app(self, *, patience: float = 1.0) -> bool:
        """For a ``held`` lock: whether its holder is a live charte-app process of this computer; False for
        a process that is something else, or for another computer's (a share whose locks travel).

        On Linux the holder is known from the kernel (:func:`lock_holder`); elsewhere, from the record. An
        empty record is a charte-app that is starting (it writes its record just after locking); a record
        that names no live charte-app is read again for ``patience`` seconds, in case its holder locked the
        file but has not written over its crashed predecessor's record yet."""
        deadline = time.monotonic() + patience
        while True:
            owner = self.owner()
            holder = lock_holder(self.path)
            if holder is not None:
                if owner is not None and owner.pid == holder and owner.same_machine():
                    return owner.is_live_charte_app()
                if time.monotonic() > deadline:  # the record is not its holder's, and does not become so
                    command = process_command(holder)
                    return command is None or is_charte_app_command(command)
            elif owner is None:
                return True
            elif owner.same_machine() and owner.is_live_charte_app():
                return True
            elif time.monotonic() > deadline:
                return False
            time.sleep(0.05)

    def refusal(self, *, action: str) -> str:
        """French: who holds the lock, where its file is, and whether one may take over (``action`` says how)."""
        owner = self.owner()
        if owner is not None and not owner.same_machine():
            return (
                f"Le dossier de données « {self.folder} » semble ouvert sur un autre ordinateur : {owner.describe()}. "
                f"Son verrou est « {self.path} ». S'il y est vraiment ouvert, fermez-le là-bas d'abord : deux "
                "ordinateurs sur les mêmes fichiers abîmeraient la base. Si cet ordinateur est éteint, ou si "
                f"charte-app s'y est arrêté brutalement, vous pouvez prendre la main : {action}."
            )
        holder = lock_holder(self.path)
        if holder is None and owner is not None:
            holder = owner.pid
        command = process_command(holder) if holder else None
        who = f"le processus {holder}" if holder else "un programme qui ne se présente pas"
        if command:
            who += f" (« {' '.join(command)[:120]} »)"
        text = f"Le verrou « {self.path} » du dossier de données est tenu par un programme qui n'est pas charte-app : {who}."
        if owner is not None and owner.pid != holder:
            text += f" Le dernier charte-app inscrit dans ce verrou ({owner.describe()}) ne tourne plus."
        return f"{text} Vous pouvez prendre la main : {action}."

    def acquire_or_refuse(self, *, take_over: bool = False, wait: float = 300.0) -> None:
        """For a command that needs the data dir to itself (a restore): the lock, or a French refusal.

        Another restore under way is waited for (up to ``wait`` seconds): two restores run one after the other."""
        deadline = time.monotonic() + wait
        while True:
            state = self.try_acquire(take_over=take_over)
            if state in ("acquired", "unavailable"):
                return
            if state != "held" or time.monotonic() > deadline:
                break
            owner = self.owner()  # None: its holder has locked it and is writing its record
            if owner is not None and owner.purpose != "restore":
                break
            if not self.holder_is_charte_app():  # given a moment to write its record
                break
            time.sleep(0.05)
        if state == "held" and self.holder_is_charte_app():
            owner = self.owner()
            if owner is not None and owner.purpose == "restore":
                raise UserError(
                    f"Une autre restauration est en cours sur ce dossier de données (processus {owner.pid}) "
                    "depuis trop longtemps : réessayez plus tard. Rien n'a été changé."
                )
            pid = f" (processus {owner.pid})" if owner is not None and owner.pid else ""
            raise UserError(
                f"L'application charte-app est ouverte sur ce dossier de données{pid} : fermez sa fenêtre, ou "
                "restaurez depuis son menu Fichier › Restaurer une sauvegarde…. Rien n'a été changé."
            )
        if not take_over:
            raise UserError(
                self.refusal(action="relancez la commande avec l'option « --take-over »") + " Rien n'a été changé."
            )
        if state == "held":
            self.take_over()

    def release(self) -> None:
        """A clean exit: empty the record (nothing is left that looks like an open session), unlock."""
        if self.fd is None:
            return
        fd, self.fd = self.fd, None
        with contextlib.suppress(OSError):
            if sys.platform == "win32":
                os.lseek(fd, 0, os.SEEK_SET)
                os.write(fd, b"\0" * 64)
            else:
                os.ftruncate(fd, 0)
        os.close(fd)  # releases the OS lock
