"""Benchmark of the comparison (prints figures; not a test).

Compares versions 1 and 30 of the large generated dossier:
* in process: structured + word-level diff (target < 200 ms), text rendering;
* the whole ``charte-app compare … --format text`` process (target < 0.5 s), at 40 partners
  and at 200 (a 16 MB file): the dossier file is written to a temporary folder;
* the side-by-side view opening (target < 500 ms), offscreen.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_diff.py``
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

from charte_app.diff import compare_dossiers
from charte_app.diff.text_export import render_text
from charte_app.domain.dossier_file import dump
from charte_app.domain.model import DossierFile
from charte_app.samples import large_dossier_file

PARTNERS_200 = 200


def best_of(runs: int, action) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return min(times), statistics.median(times)


def whole_process_compare(doc: DossierFile, what_size: str) -> None:
    """``charte-app compare … --from 1 --to 30 --format text``: from the .charte file, and from the
    dossier once stored (target < 0.5 s); wall-clock and CPU (user + system) of the process."""
    cli = shutil.which("charte-app", path=str(Path(sys.executable).parent)) or "charte-app"
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "large.charte"
        source.write_bytes(dump(doc))
        data = Path(tmp) / "data"
        env = dict(os.environ, CHARTE_APP_DATA_DIR=str(data))
        from charte_app.services.dossiers import DossierService

        with DossierService.open(data) as service:
            stored = service.import_file(source).dossier_id
        out = str(Path(tmp) / "out.txt")
        size = f"{what_size}, {source.stat().st_size / 1e6:.1f} MB"
        for what, origin in (("a .charte file", str(source)), ("a stored dossier", stored)):
            command = [cli, "compare", origin, "--from", "1", "--to", "30", "--format", "text", "--output", out]
            times, cpu = [], []
            done = None
            for _ in range(5):
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                start = time.perf_counter()
                done = subprocess.run(command, env=env, capture_output=True, text=True)
                times.append((time.perf_counter() - start) * 1000)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu.append(1000 * (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime))
            if done is not None and done.returncode == 0:
                print(
                    f"charte-app compare … --format text, whole process, from {what} ({size}): "
                    f"best {min(times):.0f} ms, median {statistics.median(times):.0f} ms "
                    f"(CPU median {statistics.median(cpu):.0f} ms)"
                )
            else:
                err = done.stderr.strip()[:200] if done else ""
                print(f"charte-app compare from {what} ({size}): failed ({err})")


def main() -> None:
    doc = large_dossier_file()
    old, new = doc.versions[0].snapshot, doc.versions[29].snapshot
    comparison = compare_dossiers(old, new)
    print(
        f"dossier: {len(new.partners)} partners, {len(new.charter.commitments)} charter commitments, "
        f"{sum(len(c.contributions) for c in new.conventions)} contributions"
    )
    print(f"summary v1→v30: {comparison.summary}")
    best, median = best_of(10, lambda: compare_dossiers(old, new))
    print(f"compare_dossiers (structured + word-level), in process: best {best:.0f} ms, median {median:.0f} ms")
    best, median = best_of(10, lambda: render_text(comparison, old_label="1", new_label="30"))
    print(f"text rendering: best {best:.1f} ms, median {median:.1f} ms")

    compileall.compile_dir(str(Path(compare_dossiers.__code__.co_filename).parents[1]), quiet=1)  # as installed
    print(f"machine load (1 min): {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    whole_process_compare(doc, "40 partners")
    whole_process_compare(large_dossier_file(partners=PARTNERS_200), f"{PARTNERS_200} partners")

    try:
        from PySide6.QtWidgets import QApplication

        from charte_app.ui.versions.compare_view import ComparisonView
    except ImportError as exc:
        print(f"side-by-side view: not available ({exc})")
        return
    app = QApplication.instance() or QApplication([])
    times = []
    for _ in range(5):
        start = time.perf_counter()
        view = ComparisonView()
        view.resize(1366, 768)
        view.set_comparison(compare_dossiers(old, new), old_label="Version 1", new_label="Version 30")
        view.show()
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
        view.close()
        view.deleteLater()
        app.processEvents()
    print(
        f"side-by-side view opens (compare + build + first paint): best {min(times):.0f} ms, "
        f"median {statistics.median(times):.0f} ms"
    )


if __name__ == "__main__":
    main()
