"""A territory's letterhead (``papier-en-tete.docx``): where its logo is.

The DOCX export opens the letterhead itself as its base (styles, header,
logo); the PDF export only needs the logo, read here from the package: the
first image a header refers to, else the first image of the file.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path

_TARGET = re.compile(r'Target="([^"]+\.(?:png|jpe?g|gif|bmp))"', re.IGNORECASE)


def first_header_image(path: Path) -> bytes | None:
    """The logo's bytes, or None (no image, or not a readable .docx)."""
    try:
        with zipfile.ZipFile(path) as package:
            names = package.namelist()
            rels = sorted(n for n in names if re.fullmatch(r"word/_rels/header\d*\.xml\.rels", n))
            for rel in rels:
                for target in _TARGET.findall(package.read(rel).decode("utf-8", "replace")):
                    name = posixpath.normpath(posixpath.join("word", target))
                    if name in names:
                        return package.read(name)
            media = sorted(n for n in names if n.startswith("word/media/"))
            return package.read(media[0]) if media else None
    except (OSError, zipfile.BadZipFile, KeyError):
        return None
