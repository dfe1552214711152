"""A territory's letterhead: its styles, header and logo in the DOCX, its logo in the PDF."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from docx.shared import Cm, Pt
from PIL import Image
from pypdf import PdfReader

from charte_app.documents import service
from charte_app.documents.letterhead import LetterheadRefused, first_header_image
from charte_app.domain.dossier_file import parse

DATA = Path(__file__).parent / "data" / "documents"


def make_letterhead(path: Path) -> bytes:
    image = io.BytesIO()
    Image.new("RGB", (240, 90), (0, 85, 164)).save(image, format="PNG")
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = "Marianne"
    normal.font.size = Pt(10)
    header = document.sections[0].header
    header.paragraphs[0].add_run().add_picture(io.BytesIO(image.getvalue()), width=Cm(3))
    header.add_paragraph("Département de la Marne – Direction de la solidarité")
    document.sections[0].top_margin = Cm(3.5)
    document.add_paragraph("Texte d'exemple du papier à en-tête, à ne pas reprendre.")
    document.save(str(path))
    return image.getvalue()


def test_letterhead_docx_keeps_styles_header_and_logo(data_dir: Path, tmp_path: Path) -> None:
    (data_dir / "templates").mkdir()
    logo = make_letterhead(data_dir / "templates" / "papier-en-tete.docx")
    assert first_header_image(data_dir / "templates" / "papier-en-tete.docx") == logo
    file, _ = parse((DATA / "chalons.charte").read_bytes())
    out = service.export_document(file.dossier, "conv-prevention", "docx", tmp_path / "c.docx", data_dir=data_dir)
    document = docx.Document(str(out))
    section = document.sections[0]
    header_xml = section.header._element.xml
    assert "<w:drawing" in header_xml or "<w:pict" in header_xml
    assert "Direction de la solidarité" in header_xml and "Projet – document de travail" in header_xml
    assert document.styles["Normal"].font.name == "Marianne"
    assert abs(section.top_margin - Cm(3.5)) < Cm(0.01)
    texts = [p.text for p in document.paragraphs]
    assert "Texte d'exemple du papier à en-tête, à ne pas reprendre." not in texts
    assert any("Il est convenu ce qui suit" in t for t in texts)
    assert "la DSDEN" in section.footer._element.xml  # one initials box per party


def test_letterhead_logo_on_the_first_pdf_page(data_dir: Path, tmp_path: Path) -> None:
    (data_dir / "templates").mkdir()
    make_letterhead(data_dir / "templates" / "papier-en-tete.docx")
    file, _ = parse((DATA / "chalons.charte").read_bytes())
    out = service.export_document(file.dossier, "conv-subvention", "pdf", tmp_path / "c.pdf", data_dir=data_dir)
    reader = PdfReader(out)
    first = reader.pages[0]["/Resources"].get("/XObject", {})
    assert any(x.get_object()["/Subtype"] == "/Image" for x in first.values())
    assert not reader.pages[1]["/Resources"].get("/XObject")


def test_no_letterhead_no_logo(data_dir: Path, tmp_path: Path) -> None:
    file, _ = parse((DATA / "chalons.charte").read_bytes())
    out = service.export_document(file.dossier, "conv-subvention", "pdf", tmp_path / "c.pdf", data_dir=data_dir)
    assert not PdfReader(out).pages[0]["/Resources"].get("/XObject")


def test_unreadable_letterhead_logo_is_ignored(tmp_path: Path) -> None:
    broken = tmp_path / "papier-en-tete.docx"
    broken.write_bytes(b"pas un docx")
    assert first_header_image(broken) is None


def _with_part(source: Path, target: Path, name: str, change: Callable[[bytes], bytes]) -> None:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            new.writestr(info, change(data) if info.filename == name else data)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize(
    "declaration", [b'<!DOCTYPE w:document [<!ENTITY x "y">]>', b"<!doctype html>", b'<!ENTITY rire "ha">']
)
def test_a_letterhead_with_a_doctype_is_refused_clearly(
    data_dir: Path, tmp_path: Path, fmt: str, declaration: bytes
) -> None:
    (data_dir / "templates").mkdir()
    plain = tmp_path / "plain.docx"
    make_letterhead(plain)
    hostile = data_dir / "templates" / "papier-en-tete.docx"
    _with_part(plain, hostile, "word/document.xml", lambda d: d.replace(b"?>", b"?>" + declaration, 1))
    file, _ = parse((DATA / "chalons.charte").read_bytes())
    output = tmp_path / f"c.{fmt}"
    with pytest.raises(LetterheadRefused) as caught:
        service.export_document(file.dossier, "conv-subvention", fmt, output, data_dir=data_dir)  # type: ignore[arg-type]
    assert "papier-en-tete.docx" in caught.value.message and "word/document.xml" in caught.value.message
    assert "DOCTYPE" in caught.value.message
    assert not output.exists()


def test_a_letterhead_that_is_not_a_word_file_is_refused_clearly(data_dir: Path, tmp_path: Path) -> None:
    (data_dir / "templates").mkdir()
    (data_dir / "templates" / "papier-en-tete.docx").write_bytes(b"pas un docx")
    file, _ = parse((DATA / "chalons.charte").read_bytes())
    with pytest.raises(LetterheadRefused, match="pas un document Word"):
        service.export_document(file.dossier, "conv-subvention", "docx", tmp_path / "c.docx", data_dir=data_dir)


def test_pillow_is_loaded_only_for_a_logo(data_dir: Path, tmp_path: Path) -> None:
    """In a fresh process, reportlab's import of Pillow's ``Image`` is deferred: a PDF without a
    logo never runs it; one with a logo runs it once (from several threads at once, each gets
    the whole module) and draws the logo."""
    import subprocess
    import sys

    with_logo = tmp_path / "avec-logo"
    (with_logo / "templates").mkdir(parents=True)
    make_letterhead(with_logo / "templates" / "papier-en-tete.docx")
    script = f"""
import sys, threading
from pathlib import Path
from charte_app.documents import service
from charte_app.documents.reportlab_import import load_pillow
from charte_app.domain.dossier_file import parse
file, _ = parse(Path({str(DATA / "chalons.charte")!r}).read_bytes())
service.export_document(file.dossier, "conv-subvention", "pdf", Path({str(tmp_path / "sans.pdf")!r}),
                        data_dir=Path({str(data_dir)!r}))
assert "reportlab.lib.utils" in sys.modules
assert type(sys.modules["PIL.Image"]).__name__ == "_LazyModule" and "PIL.ExifTags" not in sys.modules
found = []
threads = [threading.Thread(target=lambda: found.append(load_pillow().Image)) for _ in range(4)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
assert len(found) == 4 and len(set(found)) == 1, found
service.export_document(file.dossier, "conv-subvention", "pdf", Path({str(tmp_path / "avec.pdf")!r}),
                        data_dir=Path({str(with_logo)!r}))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert not PdfReader(tmp_path / "sans.pdf").pages[0]["/Resources"].get("/XObject")
    first = PdfReader(tmp_path / "avec.pdf").pages[0]["/Resources"].get("/XObject", {})
    assert [x.get_object()["/Width"] for x in first.values() if x.get_object()["/Subtype"] == "/Image"] == [240]
