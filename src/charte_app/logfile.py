"""The log file ``<data dir>/charte-app.log``: rotated, so that it never grows without bound."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

#: One file is at most this size; with BACKUP_COUNT older ones kept (charte-app.log.1 …), the log stays under 4 MB.
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def rotating_log_handler(path: Path, *, delay: bool = False) -> logging.Handler:
    """A handler writing to ``path``, rolled over to ``path.1`` … ``path.3`` past :data:`MAX_BYTES`."""
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=delay
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    return handler
