"""Where things live: bundled data (templates, forms, resources), the user's data directory and
the user's cache directory.

Bundled folders sit at the top of the source tree and are copied into the
wheel under ``charte_app/_data``; both layouts are found here, so the rest of
the code never guesses.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "charte-app"
_PACKAGE = Path(__file__).resolve().parent


def bundled(name: str) -> Path:
    """A bundled top-level folder: ``templates``, ``forms`` or ``resources``."""
    installed = _PACKAGE / "_data" / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent.parent / name  # editable install or source checkout


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The user's data directory: ``--data-dir``, ``CHARTE_APP_DATA_DIR`` or the platform's default."""
    chosen = override or os.environ.get("CHARTE_APP_DATA_DIR")
    if chosen:
        path = Path(chosen).expanduser()
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """Where the application keeps what it can compute again (compiled document templates):
    ``CHARTE_APP_CACHE_DIR`` or the platform's per-user cache folder. Not created here."""
    chosen = os.environ.get("CHARTE_APP_CACHE_DIR")
    if chosen:
        return Path(chosen).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME, appauthor=False))
