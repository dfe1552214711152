"""The log file ``<data dir>/charte-app.log``: rotated, so that it never grows without bound.

:func:`configure` is the one place that attaches it, for the commands and the application alike:
one handler, on the ``charte_app`` logger. Two handlers on one file would write every line twice
and break the rotation (each renames the file under the other).
"""

from __future__ import annotations

import logging
from pathlib import Path

#: The file's name in the data directory.
LOG_NAME = "charte-app.log"
#: The logger everything of the application logs under (``logging.getLogger(__name__)`` in its modules).
LOGGER = "charte_app"
#: The handler's name, by which :func:`configure` finds the one it installed before.
HANDLER_NAME = "charte_app.logfile"
#: One file is at most this size; with BACKUP_COUNT older ones kept (charte-app.log.1 …), the log stays under 4 MB.
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure(folder: Path, *, debug: bool = False) -> Path:
    """Log the ``charte_app`` logger to ``folder / charte-app.log``; returns that path.

    Called by the command line before any command, then by the application once it knows its data
    directory: a second call for the same file keeps the handler (and the level ``--debug`` chose);
    for another file it replaces it. ``OSError`` when the folder cannot be used.
    """
    path = folder / LOG_NAME
    logger = logging.getLogger(LOGGER)
    current = [h for h in logger.handlers if h.get_name() == HANDLER_NAME]
    if any(getattr(h, "path", None) == path for h in current):
        return path
    for old in current:
        logger.removeHandler(old)
        old.close()
    handler = rotating_log_handler(path, delay=True)
    handler.set_name(HANDLER_NAME)
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if debug else logging.INFO)
    return path


def rotating_log_handler(path: Path, *, delay: bool = False) -> logging.Handler:
    """A handler writing to ``path``, rolled over to ``path.1`` … ``path.3`` past :data:`MAX_BYTES`.

    ``delay``: the file is opened, and the rotating handler made, only when a record is written.
    A one-shot command usually logs nothing, and ``logging.handlers`` alone (sockets, pickle,
    queues for its other handlers) cost about a tenth of a second's command to import.
    """
    if delay:
        return _FirstRecordOpens(path)
    return _rotating(path, delay=False)


def _rotating(path: Path, *, delay: bool) -> logging.Handler:
    import logging.handlers

    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=delay
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    return handler


class _FirstRecordOpens(logging.Handler):
    """Stands for the rotating handler of ``path`` until the first record, which creates it."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._real: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._real is None:
            try:
                self._real = _rotating(self.path, delay=True)
            except Exception:  # as any handler's emit: a log that cannot be written never stops the program
                self.handleError(record)
                return
        self._real.handle(record)

    def flush(self) -> None:
        if self._real is not None:
            self._real.flush()

    def close(self) -> None:
        if self._real is not None:
            self._real.close()
        super().close()
