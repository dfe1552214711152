"""The log file ``<data dir>/charte-app.log``: rotated, so that it never grows without bound."""

from __future__ import annotations

import logging
from pathlib import Path

#: One file is at most this size; with BACKUP_COUNT older ones kept (charte-app.log.1 …), the log stays under 4 MB.
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


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
