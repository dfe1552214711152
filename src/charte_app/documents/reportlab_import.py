"""Importing reportlab's platypus without compiling regular expressions it never uses here.

``reportlab.platypus.paragraph`` compiles, at import, a case-insensitive URL
pattern over most of Unicode (``uri_pat``): about 50 ms, a tenth of a whole
``charte-app export`` process, for a pattern reportlab only uses to hyphenate
URLs (``uriWasteReduce``, off in these styles). Before that import, the
pattern's source is read from reportlab's file and a stand-in is put where
``re.compile`` looks first (its cache): reportlab gets the stand-in, which
compiles the real pattern the first time it must. reportlab asks it whether
each word that does not fit on a line is a URL; a URL there starts with a
scheme and "://", so a word without "://" gets its answer (no match) without
the compilation. ``reportlab.lib.textsplit``, which the paragraph module
imports, compiles a pattern over the CJK blocks for ``cjkwrap`` (6 ms), which
nothing here calls: it is deferred the same way. With another reportlab (a
pattern changed or moved) or another Python (a different cache), a stand-in is
simply not picked up and reportlab compiles as before.

``reportlab.lib.utils`` imports Pillow's ``Image`` module at once (about 20 ms:
its EXIF and TIFF tables, its C core), for ``ImageReader`` alone: the logo of a
letterhead here. Importing this module makes that import lazy (the standard
library's :class:`importlib.util.LazyLoader`): ``PIL.Image`` runs when one of
its names is first used. Every module of this package that imports reportlab
imports this one first; :func:`load_pillow` runs the deferred import under a
lock, as Python 3.11's lazy modules are not safe to load from two threads.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
import threading
from pathlib import Path
from typing import Any

_ASSIGNMENT = re.compile(r"^uri_pat = re\.compile\(('(?:[^'\\\n]|\\.)*'), re\.I\)$", re.M)
_CJK_ASSIGNMENT = re.compile(r'^rx=re\.compile\(("(?:[^"\\\n]|\\.)*"), re\.UNICODE\)$', re.M)
#: The deferred patterns: file in reportlab's package, how the pattern is assigned there, its flags.
_DEFERRED = (
    ("platypus/paragraph.py", _ASSIGNMENT, re.I.value),
    ("lib/textsplit.py", _CJK_ASSIGNMENT, re.UNICODE.value),
)


# How the URL pattern starts: a match needs "://" in the string.
_URI_START = "(^(?:[a-z0-9\\.\\-\\+]*)://)"


class DeferredPattern:
    """A compiled pattern compiled on first use.

    ``required``: a text every match contains; ``match`` of a string without it is None at once.
    """

    def __init__(self, source: str, flags: int, required: str | None = None) -> None:
        self._source = source
        self._flags = flags
        self._required = required
        self._compiled: re.Pattern[str] | None = None

    def match(self, text: str, *args: Any) -> re.Match[str] | None:
        if self._required is not None and isinstance(text, str) and self._required not in text:
            return None
        return self.compiled().match(text, *args)

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            # The cache entry is this stand-in: drop it, or re.compile would return it again.
            cache: dict[Any, Any] = getattr(re, "_cache", {})
            if cache.get((str, self._source, self._flags)) is self:
                del cache[(str, self._source, self._flags)]
            self._compiled = re.compile(self._source, self._flags)
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled(), name)


def import_platypus() -> Any:
    """``reportlab.platypus``, imported with its URL pattern deferred when it is not imported yet."""
    if "reportlab.platypus.paragraph" not in sys.modules:
        _defer_patterns()
    import reportlab.platypus

    return reportlab.platypus


def _defer_patterns() -> None:
    cache = getattr(re, "_cache", None)
    if not isinstance(cache, dict):
        return
    import reportlab

    package = Path(reportlab.__file__).parent
    for name, assignment, flags in _DEFERRED:
        try:
            found = assignment.search((package / name).read_text(encoding="utf-8"))
        except OSError:
            continue
        if found is None:
            continue
        pattern = ast.literal_eval(found.group(1))
        required = "://" if pattern.startswith(_URI_START) else None
        cache.setdefault((str, pattern, flags), DeferredPattern(pattern, flags, required))


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
