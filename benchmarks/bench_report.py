"""The annual report of the 40-partner sample with 20 indicators × 4 periods (issue 22).

Run: PYTHONPATH=src python benchmarks/bench_report.py
Prints the whole process of the PDF report (build + charts + write) and the DOCX and XLSX, best of 5.
Target: PDF under 1 s.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from charte_app.documents.report import export_report
from charte_app.domain.model import CommitmentReview, Measure, Objective, Review, Target
from charte_app.samples import large_dossier_file

PERIODS = ["2025", "2026", "2027", "2028"]


def dossier_with_follow_up() -> object:
    dossier = large_dossier_file().dossier
    charter = dossier.charter
    indicators = charter.indicators()
    while len(indicators) < 20:  # the sample may have fewer: add objectives until 20 indicators
        charter.objectives.append(Objective(id=f"o-bench-{len(indicators)}", title="Objectif ajouté"))
        from charte_app.domain.model import Indicator

        charter.objectives[-1].indicators.append(Indicator(id=f"i-bench-{len(indicators)}", name="Indicateur"))
        indicators = charter.indicators()
    for n, ind in enumerate(indicators[:20]):
        ind.unit, ind.direction, ind.baseline_value, ind.baseline_period = "%", "increase", "50", "2024"
        ind.frequency = "annuelle"
        ind.targets = [Target(period=p, value=str(55 + 5 * k)) for k, p in enumerate(PERIODS)]
        ind.measures = [Measure(period=p, value=str(52 + 4 * k + n % 5)) for k, p in enumerate(PERIODS)]
    charter.reviews = [
        Review(
            id="bilan-2028",
            period="2028",
            commitments=[CommitmentReview(commitment=c.id, status="done") for c in charter.commitments],
            summary="Synthèse.",
            adjustments=["Revoir les cibles."],
        )
    ]
    return dossier


def main() -> None:
    dossier = dossier_with_follow_up()
    with tempfile.TemporaryDirectory() as folder:
        for fmt in ("pdf", "docx", "xlsx"):
            times = []
            for _ in range(5):
                start = time.perf_counter()
                export_report(dossier, "2028", fmt, Path(folder) / f"bilan.{fmt}", data_dir=Path(folder))  # type: ignore[arg-type]
                times.append(time.perf_counter() - start)
            print(f"report {fmt}: best {min(times) * 1000:.0f} ms, first {times[0] * 1000:.0f} ms")


if __name__ == "__main__":
    main()
