"""Importing reportlab with Pillow deferred.

``reportlab.lib.utils`` imports Pillow's ``Image`` module at once (about 20 ms:
its EXIF and TIFF tables, its C core), for ``ImageReader`` alone: the logo of a
letterhead here. Importing this module makes that import lazy (the standard
library's :class:`importlib.util.LazyLoader`): ``PIL.Image`` runs when one of
its names is first used. Every module of this package that imports reportlab
imports this one first; :func:`load_pillow` runs the deferred import under a
lock, as Python 3.11's lazy modules are not safe to load from two threads.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
from typing import Any

_PILLOW = "PIL.Image"
_PILLOW_LOCK = threading.Lock()


def _defer_pillow() -> None:
    """``PIL.Image`` put in place as a module loaded on first use, unless something imported it already."""
    if _PILLOW in sys.modules or "reportlab.lib.utils" in sys.modules:
        return
    try:
        spec = importlib.util.find_spec(_PILLOW)
        if spec is None or spec.loader is None:
            return
        loader = importlib.util.LazyLoader(spec.loader)
    except (ImportError, TypeError, ValueError):  # no Pillow, or a loader that cannot be lazy
        return
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[_PILLOW] = module
    loader.exec_module(module)
    # As the import system does once a submodule is loaded: ``import PIL.Image`` then finds it.
    sys.modules["PIL"].Image = module  # type: ignore[attr-defined]


def load_pillow() -> Any:
    """Pillow's ``Image`` module, its deferred import run (once, whichever thread asks first)."""
    with _PILLOW_LOCK:
        from PIL import Image

        Image.Image  # noqa: B018 - any name loads a lazy module: here, under the lock
    return Image


_defer_pillow()
