"""Document export figures: the 40-party convention of the large generated dossier.

Prints, does not assert (house rule). Measures, in one run:

* in process: building the structure (templates) and writing the PDF and the
  DOCX, per page, warm (median of several runs);
* whole process: ``charte-app export`` of the PDF (a fresh Python process that
  parses the ``.charte`` file, renders and writes), side by side with
  ``soffice --headless --convert-to pdf`` of the app's own DOCX of the same
  document (private, already initialised LibreOffice profile).

Run: ``.venv/bin/python benchmarks/bench_documents.py``
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from charte_app.documents import service
from charte_app.documents.service import render_bytes
from charte_app.domain import dossier_file
from charte_app.domain.model import DossierFile
from charte_app.samples import large_dossier_file

RUNS = 5
DOCUMENT = "conv-cadre"


def pdf_pages(data: bytes) -> int:
    import io

    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def median_ms(action, runs: int = RUNS) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def whole_process(args: list[str], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="bench-documents-"))
    data_dir = work / "data"
    data_dir.mkdir()
    large = large_dossier_file()
    dossier = large.dossier
    conv = dossier.convention(DOCUMENT)
    assert conv is not None
    print(f"Convention « {conv.title} » : {len(conv.parties)} parties, {len(conv.contributions)} contributions")

    structure = service.build_document(dossier, DOCUMENT, data_dir=data_dir)  # warm: templates compiled
    pdf = render_bytes(structure, "pdf")
    docx = render_bytes(structure, "docx")
    pages = pdf_pages(pdf)
    (work / "convention.docx").write_bytes(docx)
    (work / "convention.pdf").write_bytes(pdf)

    build_ms = median_ms(lambda: service.build_document(dossier, DOCUMENT, data_dir=data_dir))
    pdf_ms = median_ms(lambda: render_bytes(structure, "pdf"))
    docx_ms = median_ms(lambda: render_bytes(structure, "docx"))
    print(f"Pages (PDF) : {pages}")
    print(f"Structure (modèles Jinja2 + analyse) : {build_ms:8.1f} ms")
    print(
        f"PDF  : écriture {pdf_ms:8.1f} ms ; avec la structure {build_ms + pdf_ms:8.1f} ms "
        f"= {(build_ms + pdf_ms) / pages:5.2f} ms/page"
    )
    print(
        f"DOCX : écriture {docx_ms:8.1f} ms ; avec la structure {build_ms + docx_ms:8.1f} ms "
        f"= {(build_ms + docx_ms) / pages:5.2f} ms/page (pages du PDF)"
    )

    # Whole process: the CLI reads a .charte holding this dossier (its draft only).
    source = work / "grand-dossier.charte"
    source.write_bytes(dossier_file.dump(DossierFile(dossier=dossier, versions=[])))
    cli = [
        sys.executable,
        "-m",
        "charte_app.cli",
        "--data-dir",
        str(data_dir),
        "export",
        str(source),
        "--document",
        DOCUMENT,
        "--format",
        "pdf",
        "--output",
        str(work / "cli.pdf"),
    ]
    profile = (work / "lo-profile").as_uri()
    soffice = [
        "soffice",
        f"-env:UserInstallation={profile}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(work / "lo"),
        str(work / "convention.docx"),
    ]
    subprocess.run(soffice, check=True, capture_output=True)  # initialise the profile first: fairer to LibreOffice
    subprocess.run(cli, check=True, capture_output=True)
    app_s = whole_process(cli)
    lo_s = whole_process(soffice)
    lo_pages = pdf_pages((work / "lo" / "convention.pdf").read_bytes())
    print(f"Processus complet « charte-app export --format pdf » : {app_s:6.2f} s")
    print(f"soffice --headless --convert-to pdf du DOCX de l'application : {lo_s:6.2f} s ({lo_pages} pages)")
    print(f"Rapport : {lo_s / app_s:4.1f} × plus rapide")


if __name__ == "__main__":
    main()
