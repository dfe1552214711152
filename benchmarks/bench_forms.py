"""Benchmark of the partners' forms (prints figures; not a test).

On the 40-partner sample (``charte_app.samples.large_dossier_file``):
* one XLSX form per partner, in process (target < 2 s for the 40, openpyxl's import included in the first run);
* collecting one returned form against its dossier: read, check the locked cells, compare three-way
  (target < 1 s).

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/bench_forms.py``
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from openpyxl import load_workbook

from charte_app.exchange.collect import apply_to, compare
from charte_app.exchange.forms import build_form, read_form
from charte_app.samples import large_dossier_file


def main() -> None:
    dossier = large_dossier_file(versions=1).dossier
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        forms = {p.id: build_form(dossier, p.id, revision=1) for p in dossier.partners}
        runs.append(time.perf_counter() - start)
    sizes = [len(b) for b in forms.values()]
    print(
        f"forms for {len(forms)} partners: first {runs[0]:.2f} s, then median {statistics.median(runs[1:]):.2f} s "
        f"(target < 2 s); {min(sizes) // 1024}-{max(sizes) // 1024} KB each"
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "form.xlsx"
        path.write_bytes(forms[dossier.partners[0].id])
        wb = load_workbook(path)
        ws = wb["Formulaire"]
        for row in ws.iter_rows(min_row=3):
            if row[0].value == "interest":
                row[3].value = "Une réponse du partenaire"
            elif row[0].value == "commitment:new":
                row[3].value = "Un nouvel engagement"
        wb.save(path)
        times = []
        for _ in range(5):
            start = time.perf_counter()
            found = compare(read_form(path), dossier)
            apply_to(found, dossier)
            times.append(time.perf_counter() - start)
        print(
            f"collecting one form: median {statistics.median(times) * 1000:.0f} ms, worst {max(times) * 1000:.0f} ms "
            f"(target < 1 s); {len(found.proposals)} changes found"
        )


if __name__ == "__main__":
    main()
