"""Which stored version a PDF comes from: ``verify_pdf(path, service)``.

Owns reading a PDF's pages (pypdf), finding the fingerprint the documents
package prints on every page of an exported version ("Empreinte :" followed by
the first 16 hex digits of the version's ``sha256`` fingerprint), asking the
service which versions carry it, and saying so in plain French. A PDF whose
pages carry several fingerprints (pages of different versions stapled
together) is reported as such.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.labels import VERSION_STATUSES
from ..errors import UserError

if TYPE_CHECKING:
    from ..services.dossiers import DossierService, VersionRef

log = logging.getLogger(__name__)

PRINTED_DIGITS = 16
# "Empreinte : 0123456789abcdef" as printed in the page header. Text extraction
# may split the digits with spaces or a line break, or run the label into the
# digits, so spaces between digits are tolerated and the colon is optional.
_LABELLED = re.compile(rf"empreinte\s*:?\s*((?:[0-9a-f]\s?){{{PRINTED_DIGITS},64}})", re.IGNORECASE)
# A fingerprint written out in full elsewhere ("sha256:…").
_PREFIXED = re.compile(rf"sha256\s*:\s*([0-9a-f]{{{PRINTED_DIGITS},64}})", re.IGNORECASE)


@dataclass
class VerifyResult:
    matches: list[VersionRef]
    message: str
    fingerprints: list[str] = field(default_factory=list)  # printed prefixes found, in page order
    pages: dict[str, list[int]] = field(default_factory=dict)  # prefix → pages (1-based) carrying it


def _read_pages(path: Path) -> list[str]:
    path = Path(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(1024)
    except FileNotFoundError:
        raise UserError(f"Le fichier « {path} » est introuvable.") from None
    except IsADirectoryError:
        raise UserError(f"« {path} » est un dossier : choisissez un fichier PDF.") from None
    except OSError as exc:
        raise UserError(f"Impossible de lire « {path} » ({exc.strerror or exc}).") from None
    if b"%PDF-" not in head:
        raise UserError(f"« {path.name} » n'est pas un fichier PDF.")
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise UserError(f"« {path.name} » est protégé par un mot de passe : il ne peut pas être vérifié.")
        return [page.extract_text() or "" for page in reader.pages]
    except UserError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        log.info("unreadable PDF %s: %s", path, exc)
        raise UserError(f"« {path.name} » est un PDF illisible ou endommagé : il ne peut pas être vérifié.") from None


def printed_fingerprints(pages: list[str]) -> dict[str, list[int]]:
    """Fingerprint prefixes (16 hex digits, lower case) found on each page, page numbers from 1."""
    found: dict[str, list[int]] = {}
    for number, text in enumerate(pages, start=1):
        hits = [re.sub(r"\s", "", m) for m in _LABELLED.findall(text)] + _PREFIXED.findall(text)
        for hit in hits:
            prefix = hit.lower()[:PRINTED_DIGITS]
            pages_of = found.setdefault(prefix, [])
            if number not in pages_of:
                pages_of.append(number)
    return found


def _describe(ref: VersionRef) -> str:
    status = VERSION_STATUSES.get(ref.status, ref.status)
    return f"la version {ref.number} « {ref.label} » du dossier « {ref.title} » (statut : {status})"


def _pages_text(pages: list[int]) -> str:
    return ("page " if len(pages) == 1 else "pages ") + ", ".join(str(p) for p in pages)


def verify_pdf(path: Path, service: DossierService | Any) -> VerifyResult:
    """Tell which stored version(s) a PDF comes from, from the fingerprint printed on its pages."""
    pages = _read_pages(path)
    found = printed_fingerprints(pages)
    if not found:
        return VerifyResult(
            [],
            "Aucune empreinte de version n'a été trouvée dans ce PDF : il ne correspond à aucune version "
            "enregistrée (un projet de travail ou un document extérieur n'en porte pas).",
        )
    matches: list[VersionRef] = []
    lines: list[str] = []
    several = len(found) > 1
    if several:
        lines.append(
            f"Attention : les pages de ce PDF portent {len(found)} empreintes différentes ; "
            "elles ne viennent pas toutes de la même version."
        )
    for prefix, on_pages in found.items():
        refs = service.find_by_fingerprint(prefix)
        where = f" ({_pages_text(on_pages)})" if several else ""
        if not refs:
            lines.append(
                f"L'empreinte {prefix}{where} ne correspond à aucune version enregistrée : ce document ne "
                "provient pas d'une version de cette base."
            )
        elif len(refs) == 1:
            lines.append(f"Ce PDF{where} provient de {_describe(refs[0])}. Empreinte : {prefix}.")
        else:
            listed = " ; ".join(_describe(r) for r in refs)
            lines.append(f"L'empreinte {prefix}{where} correspond à plusieurs versions enregistrées : {listed}.")
        matches += [r for r in refs if r not in matches]
    return VerifyResult(matches, "\n".join(lines), list(found), found)
