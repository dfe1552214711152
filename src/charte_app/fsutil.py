"""Atomic file writes: a temporary file in the target folder, flushed, then renamed.

A failed write leaves neither a half-written target nor a temporary file, and
says why in French (missing folder, folder given as a file, read-only, file
locked by another program, disk full).
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import OutputError


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
    return f"Impossible d'écrire « {path} » ({exc.strerror or exc})."


@contextlib.contextmanager
def atomic_writer(path: Path) -> Iterator[BinaryIO]:
    """Yield a binary file; on success it replaces ``path`` in one rename."""
    path = Path(path)
    if path.is_dir():
        raise OutputError(f"« {path} » est un dossier : indiquez un nom de fichier.")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OutputError(_french(exc, path)) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(_french(exc, path)) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def atomic_write(path: Path, data: bytes) -> None:
    with atomic_writer(path) as handle:
        handle.write(data)
