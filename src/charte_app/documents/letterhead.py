"""A territory's letterhead (``papier-en-tete.docx``): whether it can be used, and where its logo is.

The DOCX export opens the letterhead itself as its base (styles, header,
logo); the PDF export only needs the logo, read here from the package: the
first image a header refers to, else the first image of the file.

:func:`check_letterhead` refuses, in French, a file that is not a Word
package, one too large once unpacked (a "zip bomb"), and one whose XML
declares a DOCTYPE or entities: Word refuses such a part, so a document built
on it would open nowhere, and entities are how XML parsers are attacked.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from ..errors import UserError

#: Unpacked size of a letterhead: a logo, styles and a header weigh a few megabytes at most.
MAX_UNPACKED = 50 * 1024 * 1024
_DECLARATION = re.compile(r"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)

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


class LetterheadRefused(UserError):
    """A letterhead that cannot serve as the base of a document; the message says why and what to do."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            f"Le papier à en-tête « {path} » ne peut pas être utilisé : {reason} Corrigez-le ou retirez-le "
            "du dossier des modèles."
        )


def _xml_text(data: bytes) -> str:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in data[:64]:
        return data.decode("utf-16", "replace")
    return data.decode("utf-8", "replace")


def check_letterhead(path: Path) -> None:
    """Refuse a letterhead no document can be built on (see the module's docstring)."""
    try:
        with zipfile.ZipFile(path) as package:
            infos = package.infolist()
            if sum(info.file_size for info in infos) > MAX_UNPACKED:
                raise LetterheadRefused(path, f"il dépasse {MAX_UNPACKED // 1024 // 1024} Mo une fois décompressé.")
            names = {info.filename for info in infos}
            if "word/document.xml" not in names or "[Content_Types].xml" not in names:
                raise LetterheadRefused(path, "ce n'est pas un document Word (.docx).")
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    data = package.read(info)
                    if _DECLARATION.search(_xml_text(data)):
                        raise LetterheadRefused(
                            path,
                            f"sa partie « {info.filename} » contient une déclaration DOCTYPE ou ENTITY, que Word "
                            "refuse (le document produit ne s'ouvrirait nulle part). Enregistrez-le de nouveau "
                            "depuis Word ou LibreOffice.",
                        )
                    try:  # safe: no DOCTYPE, hence no entity to expand
                        ElementTree.fromstring(data)
                    except ElementTree.ParseError as exc:
                        raise LetterheadRefused(
                            path, f"sa partie « {info.filename} » n'est pas du XML valide (ligne {exc.position[0]})."
                        ) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError, ValueError):
        raise LetterheadRefused(path, "ce n'est pas un document Word (.docx) lisible.") from None
    except OSError as exc:
        from ..errors import system_reason

        raise LetterheadRefused(path, f"il ne peut pas être lu ({system_reason(exc)}).") from None
