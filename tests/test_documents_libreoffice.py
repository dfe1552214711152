"""A real LibreOffice opens each DOCX: the text survives and the page fields are computed."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import docx

from charte_app.documents import service
from charte_app.domain.dossier_file import parse

DATA = Path(__file__).parent / "data" / "documents"
# LibreOffice is installed by the test set-up (scripts/dev.py); its absence is a failure, not a skip.
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice") or "soffice"


def squash(text: str) -> str:
    # pdftotext joins a word hyphenated at a line end ("Châlons-" / "en-Champagne") without its hyphen.
    return re.sub(r"[\s\-\u00ad]+", "", text)


def test_libreoffice_converts_every_docx_and_keeps_the_text(tmp_path: Path, data_dir: Path) -> None:
    from conftest import EXAMPLES

    docs: list[Path] = []
    for source in [DATA / "chalons.charte", *sorted(EXAMPLES.glob("*.charte"))]:
        file, _ = parse(source.read_bytes())
        for doc_id, _title in service.document_choices(file.dossier):
            out = tmp_path / f"{source.stem}-{doc_id}.docx"
            docs.append(service.export_document(file.dossier, doc_id, "docx", out, data_dir=data_dir))
    converted = tmp_path / "lo"
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(converted),
            *map(str, docs),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    for path in docs:
        pdf = converted / (path.stem + ".pdf")
        assert pdf.is_file(), path.name
        text = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        pages = [p for p in text.split("\f") if p.strip()]
        flat = squash(text)
        cursor = 0
        for paragraph in docx.Document(str(path)).paragraphs:
            if not paragraph.text.strip():
                continue
            found = flat.find(squash(paragraph.text), cursor)
            assert found >= 0, (path.name, paragraph.text)
            cursor = found
        # PAGE / NUMPAGES fields are computed on every page; the draft mark is there too.
        for number, page in enumerate(pages, start=1):
            assert f"Page {number} sur {len(pages)}" in page, (path.name, number)
            assert "Projet – document de travail" in page
            # Word/LibreOffice layout too: the "Fait à" line and the blocks share every signature page.
            assert ("Fait à" in page) == ("Signature et cachet" in page), (path.name, number)
