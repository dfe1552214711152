"""The bundled fonts' metrics kept between processes (the user's cache folder).

reportlab reads a TrueType file's tables in Python (glyph widths, character
map: thousands of two-byte reads) each time a process registers the font:
about 9 ms a face, 27 ms of every PDF export for the three faces. What it
extracts is plain data; it is kept with ``marshal`` (data only: loading it
runs nothing) in ``<cache>/polices``, one file per face, named after the font
file (name, size, date), reportlab's and Python's versions. The font file's
own bytes are read again from the font itself; only its metrics come from the
cache. A missing, unreadable or unexpected entry is a miss: the font is read
as before and the entry written again.
"""

from __future__ import annotations

import hashlib
import marshal
import sys
from pathlib import Path
from typing import Any

from . import reportlab_import  # noqa: F401 - imported before reportlab: see there

FOLDER = "polices"
#: What a face must hold to be trusted (reportlab's TTFontFile.extractInfo and TypeFace).
_REQUIRED: dict[str, type | tuple[type, ...]] = {
    "name": bytes,
    "ascent": (int, float),
    "descent": (int, float),
    "unitsPerEm": int,
    "charToGlyph": dict,
    "charWidths": dict,
    "hmetrics": list,
    "glyphPos": list,
    "table": dict,
    "bbox": list,
    "flags": int,
}
# Attributes that are functions or the font's bytes: rebuilt, never stored.
_REBUILT = ("_pdfScale", "_ttf_data")


def _entry(font_file: Path) -> Path | None:
    from ..fsutil import make_private_folder
    from ..paths import cache_dir

    try:
        info = font_file.stat()
    except OSError:
        return None
    import reportlab

    key = repr((reportlab.Version, sys.version, font_file.name, info.st_size, info.st_mtime_ns))
    folder = cache_dir() / FOLDER
    if not make_private_folder(folder):
        return None
    return folder / f"{font_file.stem}-{hashlib.sha256(key.encode()).hexdigest()[:16]}.marshal"


def load_face(font_file: Path) -> Any | None:
    """The face of ``font_file`` from the cache, or None (not there, damaged, another version)."""
    entry = _entry(font_file)
    if entry is None:
        return None
    try:
        stored = marshal.loads(entry.read_bytes())
        data = font_file.read_bytes()
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(stored, dict) or not isinstance(stored.get("names"), list):
        return None
    attributes = stored.get("attributes")
    if not isinstance(attributes, dict):
        return None
    for name, kind in _REQUIRED.items():
        if not isinstance(attributes.get(name), kind):
            return None
    from reportlab.pdfbase.ttfonts import TTFNameBytes, TTFontFace

    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update(attributes)
    for name in stored["names"]:
        if isinstance(attributes.get(name), bytes):
            setattr(face, name, TTFNameBytes(attributes[name]))
    face._ttf_data = data
    face._pdfScale = _scale(attributes["unitsPerEm"])
    return face


def _scale(units_per_em: int) -> Any:
    """reportlab's ``_pdfScale`` (TTFontFile.extractInfo): font units to thousandths of an em."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def store_face(font_file: Path, face: Any) -> None:
    """Keep ``face``'s metrics for the next processes (silently nothing if it cannot)."""
    from reportlab.pdfbase.ttfonts import TTFNameBytes

    entry = _entry(font_file)
    if entry is None:
        return
    attributes = {k: v for k, v in vars(face).items() if k not in _REBUILT}
    names = [k for k, v in attributes.items() if isinstance(v, TTFNameBytes)]
    try:
        payload = marshal.dumps({"attributes": attributes, "names": names})
    except ValueError:  # an attribute marshal cannot keep (another reportlab): no cache
        return
    from ..errors import OutputError
    from ..fsutil import atomic_write

    try:
        atomic_write(entry, payload)
    except (OSError, OutputError):  # full disk, read-only folder: the next process reads the font
        pass
