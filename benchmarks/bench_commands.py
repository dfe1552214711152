#!/usr/bin/env python3
"""Wall time of one-shot commands, each in a fresh process (prints figures; not a test).

    .venv/bin/python benchmarks/bench_commands.py [--runs 15] [--src SRC]

What each figure times, as an installed command runs it (``charte_app.cli.console``, which ends
the process at once after ``export`` and ``compare``):

* ``--version``: interpreter start, the argument parser and the version;
* ``check``: reading and validating the small sample file (SIRET and IBAN checks);
* ``export pdf`` / ``export docx``: the charter of the small sample, written once (first export of
  the process: reportlab imported, templates compiled or read from their cache);
* ``import reportlab.platypus`` and ``spell 300 numbers``: the pieces the start-up patches targeted.

``--src`` runs another tree's ``src`` (a checkout of an older commit) for a before/after figure.
Medians over ``--runs`` processes, in milliseconds (wall, and CPU: user + system).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CONSOLE = "import sys; from charte_app.cli import console; sys.argv[0] = 'charte-app'; console()"
PLATYPUS = "from charte_app.documents.reportlab_import import import_platypus; import_platypus()"
SPELL = "from charte_app.documents import typography; [typography.words(n) for n in range(1000, 1300)]"


def _median_ms(argv: list[str], env: dict[str, str], runs: int) -> tuple[float, float]:
    """Medians of the wall time and of the process's CPU time (user + system: less sensitive to a
    loaded machine)."""
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        walls.append(1000 * (time.perf_counter() - start))
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(1000 * (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime))
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--src", type=Path, default=ROOT / "src")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = dict(
            os.environ,
            PYTHONPATH=str(args.src.resolve()),
            CHARTE_APP_DATA_DIR=str(folder / "data"),
            CHARTE_APP_CACHE_DIR=str(folder / "cache"),
        )
        sample = folder / "sample.charte"
        subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; from pathlib import Path; from charte_app.domain import dossier_file;"
                "from charte_app.domain.model import DossierFile; from charte_app.samples import small_dossier;"
                "Path(sys.argv[1]).write_bytes(dossier_file.dump(DossierFile(dossier=small_dossier())))",
                str(sample),
            ],
            env=env,
            check=True,
        )
        py = [sys.executable, "-c"]
        export = ["export", str(sample), "--document", "charter", "--output"]
        cases = {
            "--version": [*py, CONSOLE, "--version"],
            "check": [*py, CONSOLE, "check", str(sample)],
            "export pdf": [*py, CONSOLE, *export, str(folder / "out.pdf"), "--format", "pdf"],
            "export docx": [*py, CONSOLE, *export, str(folder / "out.docx"), "--format", "docx"],
            "import reportlab.platypus": [*py, PLATYPUS],
            "spell 300 numbers": [*py, SPELL],
        }
        _median_ms(cases["export pdf"], env, 1)  # the template cache filled, as after a first run
        for name, argv in cases.items():
            wall, cpu = _median_ms(argv, env, args.runs)
            print(f"{name:28} {wall:7.1f} ms  ({cpu:7.1f} ms CPU)", flush=True)


if __name__ == "__main__":
    main()
