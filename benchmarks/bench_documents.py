"""Document export figures: the 40-party convention of the large generated dossier.

Prints, does not assert (house rule). Measures, in one run:

* in process: building the structure (templates) and writing the PDF and the
  DOCX, per page, warm (median of several runs);
* whole process: ``charte-app export`` of the PDF (a fresh Python process that
  parses the real ``.charte`` file, 30 versions and all, renders and writes), side by side with
  ``soffice --headless --convert-to pdf`` of the app's own DOCX of the same
  document (private, already initialised LibreOffice profile).

Run: ``.venv/bin/python benchmarks/bench_documents.py`` (the sources are byte-compiled first, as
an installed application is: ``PYTHONDONTWRITEBYTECODE`` would otherwise recompile them at
every process).
"""

from __future__ import annotations

import compileall
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from charte_app.documents import service
from charte_app.documents.service import render_bytes
from charte_app.domain import dossier_file
from charte_app.samples import large_dossier_file

RUNS = 9
PROCESS_RUNS = 9
DOCUMENT = "conv-cadre"


def pdf_pages(data: bytes) -> int:
    import io

    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def median_ms(action, runs: int = RUNS) -> tuple[float, float, float]:  # type: ignore[no-untyped-def]
    """Median wall-clock and CPU milliseconds (CPU time is steadier on a shared machine), and the
    least CPU time (the run least disturbed by other processes on the same cores)."""
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        action()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu), min(cpu)


def whole_process(args: list[str], runs: int = 3) -> tuple[float, float]:
    """Median wall-clock and CPU seconds (user + system, the process and its children)."""
    wall, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(args, check=True, capture_output=True)
        wall.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(wall), statistics.median(cpu)


def main() -> None:
    compileall.compile_dir(str(Path(service.__file__).parents[1]), quiet=1)
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

    build_ms, build_cpu, build_min = median_ms(lambda: service.build_document(dossier, DOCUMENT, data_dir=data_dir))
    pdf_ms, pdf_cpu, pdf_min = median_ms(lambda: render_bytes(structure, "pdf"))
    docx_ms, docx_cpu, docx_min = median_ms(lambda: render_bytes(structure, "docx"))
    print(f"Charge de la machine (1 min) : {os.getloadavg()[0]:.2f} sur {os.cpu_count()} processeurs")
    print(f"Pages (PDF) : {pages}")
    print(
        f"Structure (modèles Jinja2 + analyse) : {build_ms:7.1f} ms ({build_cpu:7.1f} ms CPU, "
        f"au mieux {build_min:7.1f})"
    )
    for name, wall, cpu, least in (("PDF ", pdf_ms, pdf_cpu, pdf_min), ("DOCX", docx_ms, docx_cpu, docx_min)):
        print(
            f"{name} : écriture {wall:7.1f} ms ({cpu:7.1f} ms CPU) = {wall / pages:5.2f} ms/page "
            f"({cpu / pages:5.2f} CPU, au mieux {least / pages:5.2f}) ; structure comprise "
            f"{(build_ms + wall) / pages:5.2f} ms/page ({(build_cpu + cpu) / pages:5.2f} CPU)"
        )

    # Whole process: the CLI reads the real file (10 MB, its 30 versions included), as a user's
    # export does; it decodes and checks what it prints (the draft: no version).
    source = work / "grand-dossier.charte"
    source.write_bytes(dossier_file.dump(large))
    print(f"Fichier lu par la commande : {source.stat().st_size / 1e6:.1f} Mo, {len(large.versions)} versions")
    # The installed command itself (what users type), from this environment.
    command = shutil.which("charte-app", path=str(Path(sys.executable).parent)) or "charte-app"
    cli = [
        command,
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
    # Alternated, so that both commands meet the same machine (its speed varies from minute to minute).
    app_runs: list[tuple[float, float]] = []
    lo_runs: list[tuple[float, float]] = []
    for _ in range(PROCESS_RUNS):
        app_runs.append(whole_process(cli, runs=1))
        lo_runs.append(whole_process(soffice, runs=1))
    app_s, app_cpu = statistics.median(r[0] for r in app_runs), statistics.median(r[1] for r in app_runs)
    lo_s, lo_cpu = statistics.median(r[0] for r in lo_runs), statistics.median(r[1] for r in lo_runs)
    pairs = sorted(lo[0] / app[0] for app, lo in zip(app_runs, lo_runs, strict=True))
    lo_pages = pdf_pages((work / "lo" / "convention.pdf").read_bytes())
    # A one-shot conversion on a clean machine (CI, a new user) also creates its profile.
    fresh = []
    for run in range(3):
        args = [*soffice]
        args[1] = f"-env:UserInstallation={(work / f'lo-fresh-{run}').as_uri()}"
        fresh.append(whole_process(args, runs=1))
    fresh_s = statistics.median(f[0] for f in fresh)
    fresh_cpu = statistics.median(f[1] for f in fresh)
    print(f"Processus complet « charte-app export --format pdf » : {app_s:5.2f} s ({app_cpu:5.2f} s CPU)")
    print(
        f"soffice --headless --convert-to pdf du DOCX de l'application, profil déjà créé : {lo_s:5.2f} s "
        f"({lo_cpu:5.2f} s CPU, {lo_pages} pages) → {lo_s / app_s:4.1f} × ({lo_cpu / app_cpu:4.1f} × en CPU)"
    )
    print(
        f"  rapport par paire de lancements successifs ({PROCESS_RUNS} paires) : le plus bas {pairs[0]:4.1f} ×, "
        f"médian {statistics.median(pairs):4.1f} ×, le plus haut {pairs[-1]:4.1f} ×"
    )
    app_best, lo_best = min(r[1] for r in app_runs), min(r[1] for r in lo_runs)
    print(
        f"  chacun à son meilleur (CPU le plus bas de ses {PROCESS_RUNS} lancements) : {app_best:5.2f} s contre "
        f"{lo_best:5.2f} s → {lo_best / app_best:4.1f} ×"
    )
    print(
        f"soffice …, profil neuf (première conversion) : {fresh_s:5.2f} s ({fresh_cpu:5.2f} s CPU) "
        f"→ {fresh_s / app_s:4.1f} × ({fresh_cpu / app_cpu:4.1f} × en CPU)"
    )


if __name__ == "__main__":
    main()
