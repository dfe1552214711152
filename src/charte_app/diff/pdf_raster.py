"""What a PDF's pages show: rendered by pdfium (pypdfium2), compared pixel by pixel.

Owns rendering for ``verify`` (annotations and form fields drawn, as a viewer shows them), the text
pdfium reads on each page (to find the printed fingerprint), the comparison of two renderings (where
they differ, in centimetres from the page's top left corner), the comparison of two renderings by
LibreOffice (a few pixels of tolerance), and LibreOffice's rendering of our own DOCX.

Time is bounded: rendering stops, refused in French, once the file has taken ``MAX_SECONDS`` (checked
between pages; what a page may hold is bounded beforehand by :mod:`.pdf_budget`, which is what keeps
one page short). Memory is small: pages are rendered in grey at ``DPI`` dots per inch.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import UserError

#: Resolution of the comparison: a 10 pt digit is about 7 pixels high, any change of a glyph shows.
DPI = 50
#: Resolution of the comparison of two LibreOffice renderings.
OFFICE_DPI = 72
#: Rendering time for one file (all its pages), and for one page.
MAX_SECONDS = 20.0
MAX_PAGE_SECONDS = 5.0
#: LibreOffice's conversion of our DOCX.
OFFICE_TIMEOUT = 180
#: Pixels of one page that may differ between two LibreOffice renderings (see ``office_difference``).
OFFICE_TOLERANCE = 8
_CM_PER_PIXEL = 2.54 / DPI


@dataclass
class Rendered:
    """Each page's raster (grey, ``DPI``) and text."""

    images: list[Any] = field(default_factory=list)  # PIL images
    texts: list[str] = field(default_factory=list)
    sizes: list[tuple[float, float]] = field(default_factory=list)  # page size in points, as shown


def render(data: bytes, name: str, *, dpi: int = DPI, text: bool = True, deadline: float | None = None) -> Rendered:
    """Every page of ``data`` rendered; ``UserError`` when pdfium cannot open it or time runs out."""
    import pypdfium2 as pdfium

    started = time.monotonic()
    deadline = deadline if deadline is not None else started + MAX_SECONDS
    try:
        document = pdfium.PdfDocument(data, password="")
    except Exception as exc:  # noqa: BLE001 - pdfium refuses damaged files in many ways
        raise UserError(f"« {name} » est un PDF illisible ou endommagé : il ne peut pas être vérifié.") from exc
    out = Rendered()
    try:
        document.init_forms()  # form fields drawn with their values, as a viewer shows them
        for index in range(len(document)):
            begun = time.monotonic()
            if begun > deadline:
                raise UserError(
                    f"« {name} » est trop long à vérifier : le rendu de ses pages dépasse {MAX_SECONDS:.0f} s "
                    f"(arrêté à la page {index + 1}). Ce n'est pas un document ordinaire de charte-app."
                )
            page = document[index]
            bitmap = page.render(scale=dpi / 72, grayscale=True, draw_annots=True, may_draw_forms=True)
            out.images.append(bitmap.to_pil().convert("L"))
            out.sizes.append(page.get_size())
            if text:
                textpage = page.get_textpage()
                out.texts.append(textpage.get_text_range())
                textpage.close()
            page.close()
            if time.monotonic() - begun > MAX_PAGE_SECONDS:
                raise UserError(
                    f"« {name} » est trop long à vérifier : sa page {index + 1} a demandé plus de "
                    f"{MAX_PAGE_SECONDS:.0f} s de rendu. Ce n'est pas un document ordinaire de charte-app."
                )
    finally:
        document.close()
    return out


def same(a: Any, b: Any) -> bool:
    return bool(a.size == b.size and a.tobytes() == b.tobytes())


def _cm(pixels: float, dpi: int = DPI) -> str:
    return f"{pixels * 2.54 / dpi:.1f}".replace(".", ",")


def box_in_points(a: Any, b: Any, page_height: float, dpi: int = DPI) -> tuple[float, float, float, float] | None:
    """The rectangle where two renderings of the same size differ, in PDF points (origin bottom left)."""
    from PIL import ImageChops

    if a.size != b.size:
        return None
    box = ImageChops.difference(a, b).getbbox()
    if box is None:
        return None
    scale = 72 / dpi
    left, top, right, bottom = box
    return (left * scale, page_height - bottom * scale, right * scale, page_height - top * scale)


def where(a: Any, b: Any, dpi: int = DPI) -> str:
    """Where two renderings of one page differ, in French ("une zone de 4,2 × 0,6 cm, à 12,3 cm du haut…")."""
    from PIL import ImageChops

    if a.size != b.size:
        return (
            f"la page n'a pas le même format ({_cm(a.size[0], dpi)} × {_cm(a.size[1], dpi)} cm au lieu de "
            f"{_cm(b.size[0], dpi)} × {_cm(b.size[1], dpi)} cm)"
        )
    box = ImageChops.difference(a, b).getbbox()
    if box is None:
        return "le rendu est le même"
    left, top, right, bottom = box
    height = a.size[1]
    middle = (top + bottom) / 2
    part = "en haut" if middle < height / 3 else ("au milieu" if middle < 2 * height / 3 else "en bas")
    if bottom - top > 0.6 * height:
        part = "sur presque toute la hauteur"
    return (
        f"le rendu diffère {part} de la page : une zone de {_cm(right - left, dpi)} × {_cm(bottom - top, dpi)} cm, "
        f"à {_cm(top, dpi)} cm du haut et {_cm(left, dpi)} cm du bord gauche"
    )


def office_difference(a: Any, b: Any) -> int:
    """Pixels whose grey differs by more than a quarter of the scale between two renderings by LibreOffice.

    Two conversions of the same DOCX by the same LibreOffice render identically (0 pixels, measured on
    every page of a convention); two amounts swapped in the DOCX give 66 and 230 pixels on the pages
    that show them at ``OFFICE_DPI``. A one-pixel tolerance on the ink (dilation) would bring those down
    to 6 and 16, too close to noise: the comparison stays almost exact, and what LibreOffice of another
    version lays out otherwise is « not probable », said as such, never vouched for."""
    from PIL import ImageChops

    if a.size != b.size:
        return int(a.size[0] * a.size[1])
    return int(ImageChops.difference(a, b).point(lambda v: 255 if v > 64 else 0).histogram()[255])


def soffice() -> str | None:
    """LibreOffice's command, when it is installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def office_pdf(docx: bytes, command: str) -> bytes:
    """LibreOffice's PDF of ``docx`` (a private profile, a time limit); ``UserError`` when it fails."""
    with tempfile.TemporaryDirectory(prefix="charte-verify-") as folder:
        work = Path(folder)
        source = work / "document.docx"
        source.write_bytes(docx)
        profile = _office_profile(work)
        try:
            subprocess.run(
                [
                    command,
                    f"-env:UserInstallation={profile.as_uri()}",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    str(work / "out"),
                    str(source),
                ],
                check=True,
                capture_output=True,
                timeout=OFFICE_TIMEOUT,
                stdin=subprocess.DEVNULL,
            )
            return (work / "out" / "document.pdf").read_bytes()
        except subprocess.TimeoutExpired:
            raise UserError(
                f"LibreOffice n'a pas converti le document Word de la version en {OFFICE_TIMEOUT} s : "
                "la comparaison avec un PDF exporté par Word ou LibreOffice n'a pas pu être faite."
            ) from None
        except (OSError, subprocess.CalledProcessError):
            raise UserError(
                "LibreOffice n'a pas pu convertir le document Word de la version : la comparaison avec un PDF "
                "exporté par Word ou LibreOffice n'a pas pu être faite."
            ) from None


def _office_profile(work: Path) -> Path:
    """A LibreOffice profile of our own (never the user's, which may be open): kept in the user's cache
    folder when there is one (creating a profile costs seconds), else a throwaway one."""
    from ..paths import cache_dir

    try:
        folder = Path(cache_dir()) / "libreoffice-verify"
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.access(folder, os.W_OK):
            return folder
    except OSError:
        pass
    return work / "profile"
