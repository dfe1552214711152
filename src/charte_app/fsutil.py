"""Atomic file writes and bounded reads of the user's files.

A write goes to a temporary file in the target folder, flushed, then renamed. A
failed write leaves neither a half-written target nor a temporary file, and
says why in French (missing folder, folder given as a file, read-only, file
locked by another program, disk full).

It also guards the database: the store registers, when it opens, its SQLite file
and the data directory (:func:`protect`). From then on no export, comparison or
`.charte` save may land on the database, its ``-wal``/``-shm``/``-journal`` files
or any ``*.sqlite3*`` file in the data directory or its sub-folders (the backups), whatever path or
symbolic link leads there: :class:`~charte_app.errors.ProtectedPath`, nothing touched.
The documents and diff packages write through here without knowing the store.

Permissions and links: a new file gets the permissions the umask allows
(``0o666 & ~umask``, like any program's output), an existing file keeps its
mode. When the target is a symbolic link, the write goes through to the file
it points to (the link stays a link, its target is replaced atomically): the
user asked for that name, and a link is how they chose where it lands.

:func:`read_user_file` reads a file the user chose: regular files only (a
FIFO, a device such as ``/dev/zero`` or a folder is refused without blocking),
at most ``limit`` bytes, every failure in French.
"""

from __future__ import annotations

import contextlib
import errno
import fnmatch
import io
import os
import stat
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import OutputError, ProtectedPath, UserError, system_reason

#: The files SQLite keeps beside a database (write-ahead log, shared memory, rollback journal).
DATABASE_SUFFIXES = ("", "-wal", "-shm", "-journal")
#: Files of a protected folder that are never written: databases, their journals and their backups.
PROTECTED_PATTERN = "*.sqlite3*"

_lock = threading.Lock()
_databases: set[Path] = set()  # resolved database files
_folders: set[Path] = set()  # resolved folders whose PROTECTED_PATTERN files are protected


def protect(*, database: Path | None = None, folder: Path | None = None) -> None:
    """Never let :func:`atomic_writer` write onto ``database`` (and its journals) or a backup in ``folder``.

    Registered for the life of the process: a database stays precious after its store is closed.
    """
    with _lock:
        if database is not None:
            _databases.add(Path(os.path.realpath(database)))
        if folder is not None:
            _folders.add(Path(os.path.realpath(folder)))


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _same(a: Path, b: Path) -> bool:
    """Same path (case-insensitively, the safe side on Windows and macOS), or the same existing file."""
    if str(a).casefold() == str(b).casefold():
        return True
    ida = _identity(a)
    return ida is not None and ida == _identity(b)


def protected(path: Path) -> bool:
    """Whether ``path`` (followed through symbolic links) is a protected database, journal or backup file."""
    with _lock:
        databases, folders = list(_databases), list(_folders)
    if not databases and not folders:
        return False
    target = Path(os.path.realpath(path))
    for database in databases:
        if any(_same(target, database.with_name(database.name + suffix)) for suffix in DATABASE_SUFFIXES):
            return True
    if fnmatch.fnmatch(target.name.casefold(), PROTECTED_PATTERN):
        # anywhere under the data dir: backups may live in a sub-folder of it
        inside = str(target.parent).casefold()
        for folder in folders:
            root = str(folder).casefold()
            if inside == root or inside.startswith(root.rstrip(os.sep) + os.sep) or _same(target.parent, folder):
                return True
    return False


def check_output(path: Path) -> None:
    """Refuse, in French, an output path that is the database, one of its journals or a backup."""
    if protected(path):
        raise ProtectedPath(
            f"« {path} » est la base de données de charte-app, l'un de ses fichiers de journal ou une de ses "
            "sauvegardes : elle ne sera pas écrasée, rien n'a été écrit. Choisissez un autre nom de fichier."
        )


def _french(exc: OSError, path: Path) -> str:
    if path.is_dir():
        return f"« {path} » est un dossier : indiquez un nom de fichier."
    if exc.errno == errno.ENOENT:
        return f"Le dossier « {path.parent} » n'existe pas."
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (
            f"Impossible d'écrire « {path} » : accès refusé. Le fichier est peut-être ouvert dans un autre "
            "programme (Word, LibreOffice, lecteur PDF) ou l'emplacement est protégé. Fermez-le ou choisissez "
            "un autre emplacement."
        )
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"Le disque est plein : « {path} » n'a pas été écrit. Libérez de la place puis recommencez."
    if exc.errno == errno.EBUSY or getattr(exc, "winerror", None) == 32:
        return f"« {path} » est utilisé par un autre programme : fermez-le puis recommencez."
    return f"Impossible d'écrire « {path} » ({system_reason(exc)})."


def _umask() -> int:
    """The process umask. Linux tells it without changing it; elsewhere it is set and put back."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    current = os.umask(0o022)
    os.umask(current)
    return current


def _final_mode(path: Path) -> int:
    """The mode the written file ends with: an existing file's, or what the umask allows."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _resolve_link(path: Path) -> Path:
    """A symbolic link is written through: the file it points to is replaced, the link kept."""
    if not path.is_symlink():
        return path
    return Path(os.path.realpath(path))


#: Names of the standard output on the command line: « - » and the system's own.
STDOUT_NAMES = frozenset({"-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"})


def is_stdout(path: Path) -> bool:
    """Whether ``path`` names the standard output: « - », ``/dev/stdout`` and the like, or any path to
    the very file or pipe the standard output is (the rename of an atomic write cannot land there:
    ``/dev/stdout`` leads to ``/proc/<pid>/fd/1``, a pipe's link)."""
    if str(path) in STDOUT_NAMES:
        return True
    try:
        out = os.fstat(sys.stdout.fileno()) if sys.stdout is not None else None
    except (OSError, ValueError, AttributeError):  # no descriptor (a test's capture, the windowed launcher)
        return False
    here = _identity(path)
    return out is not None and here is not None and here == (out.st_dev, out.st_ino) and not stat.S_ISREG(out.st_mode)


def _not_a_file(path: Path, asked: Path) -> str | None:
    """Why ``path`` (an existing path, links followed) cannot be replaced by a file, or None.

    A device, a FIFO or a socket is never replaced: root's rename would put a regular file in place of
    ``/dev/null``, and a FIFO's reader would wait for ever."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # not there yet: the rename creates it
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        what = "un périphérique"
    elif stat.S_ISFIFO(mode):
        what = "un tube nommé (FIFO)"
    elif stat.S_ISSOCK(mode):
        what = "une socket"
    else:
        what = "un fichier spécial"
    return (
        f"« {asked} » est {what}, pas un fichier ordinaire : il n'est pas remplacé, rien n'a été écrit. "
        "Indiquez un nom de fichier (ou « - » pour la sortie standard)."
    )


def check_target(path: Path) -> None:
    """Refuse now, in French, an output :func:`atomic_writer` would refuse once the work is done: the
    database, a folder, a device, a FIFO or a socket (the standard output is accepted)."""
    asked = Path(path)
    if is_stdout(asked):
        return
    check_output(asked)
    target = _resolve_link(asked)
    if target.is_dir():
        raise OutputError(f"« {asked} » est un dossier : indiquez un nom de fichier.")
    special = _not_a_file(target, asked)
    if special is not None:
        raise OutputError(special)


@contextlib.contextmanager
def _stdout_writer(asked: Path) -> Iterator[BinaryIO]:
    """The bytes written go to the standard output, all at once when the writer ends without error
    (a failure prints nothing). Binary bytes are refused on a terminal: they would garble it."""
    buffer = io.BytesIO()
    yield buffer
    data = buffer.getvalue()
    stream = getattr(sys.stdout, "buffer", None)
    if stream is None:
        raise OutputError("Pas de sortie standard où écrire : indiquez un nom de fichier (--output).")
    if sys.stdout.isatty():
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            raise OutputError(
                f"« {asked} » : la sortie standard est un terminal, où ce document binaire serait illisible ; "
                "redirigez-la vers un fichier ou un programme, ou indiquez un nom de fichier."
            ) from None
    sys.stdout.flush()
    stream.write(data)
    stream.flush()


@contextlib.contextmanager
def atomic_writer(path: Path, *, allow_protected: bool = False) -> Iterator[BinaryIO]:
    """Yield a binary file; on success it replaces ``path`` in one rename (see the module's policy
    for permissions and symbolic links).

    The standard output (:func:`is_stdout`: « - », ``/dev/stdout``) gets the bytes streamed instead.
    A device, a FIFO or a socket is refused, never replaced (checked again just before the rename).

    ``allow_protected`` is for the store's own maintenance only (e.g. putting a backup back in place);
    documents, comparisons and `.charte` saves never pass it.
    """
    asked = Path(path)
    if not allow_protected and is_stdout(asked):
        with _stdout_writer(asked) as handle:
            yield handle
        return
    if not allow_protected:
        check_output(asked)  # followed through links: a link onto the database is refused too
    path = _resolve_link(asked)
    if path.is_dir():
        raise OutputError(f"« {asked} » est un dossier : indiquez un nom de fichier.")
    special = _not_a_file(path, asked)
    if special is not None:
        raise OutputError(special)
    mode = _final_mode(path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OutputError(_french(exc, path)) from None
    tmp = Path(tmp_name)
    try:
        if hasattr(os, "fchmod"):  # mkstemp creates 0600; Windows has no modes to speak of
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        special = _not_a_file(path, asked)  # put there meanwhile: still never replaced
        if special is not None:
            raise OutputError(special)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(_french(exc, path)) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def atomic_write(path: Path, data: bytes, *, allow_protected: bool = False) -> None:
    with atomic_writer(path, allow_protected=allow_protected) as handle:
        handle.write(data)


def read_user_file(path: Path, limit: int, what: str = "le fichier") -> bytes:
    """The bytes of a file the user chose, refused in French when it is not a regular file or
    weighs more than ``limit`` bytes. Never blocks on a FIFO, never reads a device for ever."""
    path = Path(path)
    # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ENOENT:
            raise UserError(f"Impossible de lire « {path} » : {what} est introuvable.") from None
        if exc.errno == errno.EACCES and path.is_dir():  # Windows refuses to open a folder
            raise UserError(f"« {path} » est un dossier : choisissez un fichier.") from None
        raise UserError(f"Impossible de lire « {path} » ({system_reason(exc)}).") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise UserError(f"« {path} » est un dossier : choisissez un fichier.")
        if not stat.S_ISREG(info.st_mode):
            raise UserError(
                f"« {path} » n'est pas un fichier ordinaire (tube, périphérique ou socket) : il ne peut pas être lu."
            )
        if info.st_size > limit:
            raise UserError(
                f"« {path} » est trop volumineux ({info.st_size // 1_000_000} Mo ; "
                f"{limit // 1_000_000} Mo au plus) : ce n'est pas {what} attendu."
            )
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(limit + 1)  # the file may have grown since fstat
    except OSError as exc:
        raise UserError(f"Impossible de lire « {path} » ({system_reason(exc)}).") from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise UserError(f"« {path} » est trop volumineux ({limit // 1_000_000} Mo au plus).")
    return data


def private_folder(folder: Path) -> bool:
    """A directory (not a link) of the current user's that no one else may write to (caches whose
    content the application trusts)."""
    if os.name != "posix":
        return folder.is_dir()  # Windows: the user's %LOCALAPPDATA%, private by default
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o022


def make_private_folder(folder: Path) -> bool:
    """Create ``folder`` (and its parents) for the user alone; whether it is :func:`private_folder`."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return False
    return private_folder(folder)
