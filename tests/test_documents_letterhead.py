"""A territory's letterhead: its styles, header and logo in the DOCX, its logo in the PDF."""

from __future__ import annotations

import io
import re
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


_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_HOSTILE_HEADER = (
    # A DDEAUTO field that starts a program, an INCLUDETEXT that reads a file, both complex.
    '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DDEAUTO c:\\\\windows'
    '\\\\system32\\\\cmd.exe "/k calc.exe" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    '<w:r><w:t>Résultat affiché</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> INCLUDE</w:instrText></w:r>'
    '<w:r><w:instrText>TEXT "file:///etc/passwd" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    # An INCLUDEPICTURE and a LINK as simple fields; a page number that stays a field.
    '<w:p><w:fldSimple w:instr=" INCLUDEPICTURE &quot;http://pisteur.example/o.png&quot; \\d "><w:r><w:t>image'
    "</w:t></w:r></w:fldSimple></w:p>"
    '<w:p><w:fldSimple w:instr="LINK Excel.Sheet.8 &quot;\\\\\\\\partage\\\\x.xls&quot; "><w:r><w:t>lien</w:t></w:r>'
    '</w:fldSimple><w:r><w:t xml:space="preserve">Page </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1'
    "</w:t></w:r></w:fldSimple></w:p>"
    # An OLE object, an ActiveX control, an external hyperlink.
    '<w:p><w:r><w:object><o:OLEObject Type="Embed" ProgID="Package" ShapeID="_x0000_i1025" r:id="rIdOle"/>'
    '</w:object></w:r><w:r><w:object><w:control r:id="rIdAx" w:name="CommandButton1"/></w:object></w:r>'
    '<w:hyperlink r:id="rIdLink"><w:r><w:t>Site du département</w:t></w:r></w:hyperlink></w:p>'
)
_HOSTILE_HEADER_RELS = (
    f'<Relationship Id="rIdExt" Type="{_REL}/image" TargetMode="External" Target="http://pisteur.example/logo.png"/>'
    f'<Relationship Id="rIdFile" Type="{_REL}/image" TargetMode="External" Target="file:///C:/partage/logo.png"/>'
    f'<Relationship Id="rIdOle" Type="{_REL}/oleObject" Target="embeddings/oleObject1.bin"/>'
    f'<Relationship Id="rIdAx" Type="{_REL}/control" Target="activeX/activeX1.xml"/>'
    f'<Relationship Id="rIdLink" Type="{_REL}/hyperlink" TargetMode="External" Target="http://pisteur.example/"/>'
)


def make_hostile_letterhead(path: Path) -> bytes:
    """The letterhead of :func:`make_letterhead`, carrying every kind of active content."""
    plain = path.with_name("plain.docx")
    logo = make_letterhead(plain)

    def change(name: str, data: bytes) -> bytes:
        if not name.endswith((".xml", ".rels")):
            return data
        text = data.decode("utf-8")
        if name == "word/header1.xml":
            # The logo is also fetched from a URL (a blip may carry both an embed and a link).
            text = text.replace('<a:blip r:embed="rId1"/>', '<a:blip r:embed="rId1" r:link="rIdExt"/>')
            text = text.replace(
                "</w:hdr>",
                _HOSTILE_HEADER + '<w:p><w:r><w:pict><v:shape id="s"><v:imagedata r:id="rIdFile" o:href='
                '"file:///C:/partage/logo.png" o:title=""/></v:shape></w:pict></w:r></w:p></w:hdr>',
            )
        elif name == "word/_rels/header1.xml.rels":
            text = text.replace("</Relationships>", _HOSTILE_HEADER_RELS + "</Relationships>")
        elif name == "word/_rels/document.xml.rels":
            text = text.replace(
                "</Relationships>",
                '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject"'
                ' Target="vbaProject.bin"/></Relationships>',
            )
        elif name == "word/settings.xml":
            text = re.sub(r"(<w:settings[^>]*>)", r'\1<w:attachedTemplate r:id="rIdTpl"/>', text, count=1)
            if 'xmlns:r="' not in text.split(">", 2)[1]:
                text = text.replace("<w:settings ", f'<w:settings xmlns:r="{_REL}" ', 1)
        elif name == "[Content_Types].xml":
            text = text.replace(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                "application/vnd.ms-word.document.macroEnabled.main+xml",
            ).replace(
                "</Types>",
                '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
                '<Override PartName="/word/activeX/activeX1.xml" ContentType="application/vnd.ms-office.activeX+xml"/>'
                "</Types>",
            )
        return text.encode("utf-8")

    with zipfile.ZipFile(plain) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info.filename, change(info.filename, old.read(info)))
        new.writestr(
            "word/_rels/settings.xml.rels",
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.'
            f'openxmlformats.org/package/2006/relationships"><Relationship Id="rIdTpl" Type="{_REL}/attachedTemplate"'
            ' TargetMode="External" Target="http://pisteur.example/modele.dotm"/></Relationships>',
        )
        new.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0 macros")
        new.writestr("word/embeddings/oleObject1.bin", b"\xd0\xcf\x11\xe0 ole")
        new.writestr(
            "word/activeX/activeX1.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><ax:ocx xmlns:ax="http://schemas.microsoft.com/'
            'office/2006/activeX" ax:classid="{D7053240-CE69-11CD-A777-00DD01143C57}" ax:persistence="persistStream"/>',
        )
    return logo


def test_a_letterhead_gives_its_styles_header_and_logo_never_its_active_content(data_dir: Path, tmp_path: Path) -> None:
    (data_dir / "templates").mkdir()
    hostile = data_dir / "templates" / "papier-en-tete.docx"
    logo = make_hostile_letterhead(hostile)
    with zipfile.ZipFile(hostile) as package:  # the letterhead does carry all of it
        names = package.namelist()
        assert "word/vbaProject.bin" in names and "word/embeddings/oleObject1.bin" in names
        assert b"DDEAUTO" in package.read("word/header1.xml")
    file, _ = parse((DATA / "chalons.charte").read_bytes())
    out = service.export_document(file.dossier, "conv-prevention", "docx", tmp_path / "c.docx", data_dir=data_dir)
    with zipfile.ZipFile(out) as package:
        names = package.namelist()
        parts = {name: package.read(name) for name in names}
    assert not [n for n in names if "vbaProject" in n or n.startswith(("word/embeddings/", "word/activeX/"))], names
    rels = b"".join(data for name, data in parts.items() if name.endswith(".rels"))
    for forbidden in (b"External", b"http://pisteur", b"file:///", b"attachedTemplate", b"vbaProject", b"oleObject"):
        assert forbidden not in rels, forbidden
    assert b"/control" not in rels and b"/hyperlink" not in rels
    assert b"attachedTemplate" not in parts["word/settings.xml"]
    assert b"macroEnabled" not in parts["[Content_Types].xml"] and b"activeX" not in parts["[Content_Types].xml"]
    xml = b"".join(data for name, data in parts.items() if name.endswith(".xml"))
    for forbidden in (
        b"DDEAUTO",
        b"calc.exe",
        b"INCLUDE",
        b"LINK ",
        b"OLEObject",
        b"w:control",
        b"w:object",
        b"r:link",
        b"o:href",
    ):
        assert forbidden not in xml, forbidden
    assert b"pisteur.example" not in xml and b"file:///" not in xml and b"x.xls" not in xml
    # What a letterhead is for stays: its header text, its logo (embedded), its styles; shown results
    # of the dropped fields stay as plain text, a page number stays a field.
    document = docx.Document(str(out))
    header = document.sections[0].header._element
    header_xml = header.xml
    assert "Direction de la solidarité" in header_xml and "Site du département" in header_xml
    assert "Résultat affiché" in header_xml
    assert header.xpath(".//w:fldSimple/@w:instr") == [" PAGE "]
    assert not header.xpath(".//w:instrText | .//w:fldChar")
    embeds = header.xpath(".//a:blip/@r:embed")
    assert len(embeds) == 1
    image = document.sections[0].header.part.related_parts[embeds[0]]
    assert image.blob == logo
    assert document.styles["Normal"].font.name == "Marianne"


def _blank_png(width: int, height: int) -> bytes:
    """A white 1-bit PNG of any size, written without decoding anything (a few kilobytes)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = b"\x00" + b"\xff" * ((width + 7) // 8)
    compressor = zlib.compressobj(9)
    pixels = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def _with_logo(path: Path, tmp_path: Path, logo: bytes) -> None:
    plain = tmp_path / "plain-logo.docx"
    make_letterhead(plain)
    with zipfile.ZipFile(plain) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info.filename, logo if info.filename.startswith("word/media/") else old.read(info))


_MEASURED_EXPORT = """
import json, resource, sys
from pathlib import Path
from charte_app.documents import service
from charte_app.domain.dossier_file import parse
from charte_app.errors import UserError

file, _ = parse(Path(sys.argv[1]).read_bytes())
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
messages = []
for fmt in ("pdf", "docx"):
    try:
        service.export_document(file.dossier, "conv-subvention", fmt, Path(sys.argv[3]) / f"c.{fmt}",
                                data_dir=Path(sys.argv[2]))
        messages.append(None)
    except UserError as exc:
        messages.append(exc.message)
print(json.dumps({"messages": messages, "before_mb": before,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def test_a_huge_logo_is_refused_in_french_before_it_is_decoded(data_dir: Path, tmp_path: Path) -> None:
    """12 000 × 12 000 pixels (it cost every PDF export 1.5 GB and printed Pillow's English warning)."""
    import json
    import os
    import subprocess
    import sys

    import charte_app

    (data_dir / "templates").mkdir()
    _with_logo(data_dir / "templates" / "papier-en-tete.docx", tmp_path, _blank_png(12_000, 12_000))
    script = tmp_path / "measured.py"
    script.write_text(_MEASURED_EXPORT, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(Path(charte_app.__file__).parents[1]))
    done = subprocess.run(
        [sys.executable, str(script), str(DATA / "chalons.charte"), str(data_dir), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert "Warning" not in done.stderr and "DecompressionBomb" not in done.stderr, done.stderr
    result = json.loads(done.stdout)
    for message in result["messages"]:  # the PDF and the DOCX alike
        assert message is not None and "papier-en-tete.docx" in message, message
        assert "12\u202f000\u00a0×\u00a012\u202f000 pixels" in message and "Réduisez-la" in message, message
    assert result["peak_mb"] - result["before_mb"] < 100, result
    assert not (tmp_path / "c.pdf").exists() and not (tmp_path / "c.docx").exists()


def test_a_huge_logo_pillow_reads_is_refused_without_a_warning(tmp_path: Path) -> None:
    """A format the header check does not know (TIFF): Pillow's lazy ``open`` gives the size."""
    import warnings

    from charte_app.documents.pdf_writer import letterhead_logo

    tiff = io.BytesIO()
    Image.new("1", (12_000, 12_000), 1).save(tiff, format="TIFF", compression="group4")
    letterhead = tmp_path / "papier-en-tete.docx"
    _with_logo(letterhead, tmp_path, tiff.getvalue())
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with pytest.raises(LetterheadRefused, match="mesure 12\u202f000\u00a0×\u00a012\u202f000 pixels"):
            letterhead_logo(letterhead)
    assert not [w for w in caught if "DecompressionBomb" in str(w.category)], caught


def test_a_large_logo_is_scaled_down_once(data_dir: Path, tmp_path: Path) -> None:
    from charte_app.documents.pdf_writer import LOGO_MAX_SIDE, letterhead_logo

    (data_dir / "templates").mkdir()
    letterhead = data_dir / "templates" / "papier-en-tete.docx"
    large = io.BytesIO()
    Image.new("RGB", (4000, 1500), (0, 85, 164)).save(large, format="PNG")
    _with_logo(letterhead, tmp_path, large.getvalue())
    first = letterhead_logo(letterhead)
    assert first is letterhead_logo(letterhead)  # decoded and scaled once
    assert first[0].getSize() == (LOGO_MAX_SIDE, 750)
    file, _ = parse((DATA / "chalons.charte").read_bytes())
    out = service.export_document(file.dossier, "conv-subvention", "pdf", tmp_path / "c.pdf", data_dir=data_dir)
    images = [x.get_object() for x in PdfReader(out).pages[0]["/Resources"]["/XObject"].values()]
    assert [(x["/Width"], x["/Height"]) for x in images if x["/Subtype"] == "/Image"] == [(LOGO_MAX_SIDE, 750)]
