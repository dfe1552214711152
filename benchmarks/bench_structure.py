"""Building the neutral structure of the 40-party convention, phase by phase, in fresh processes.

Prints, does not assert (house rule). What ``charte-app export`` pays for the structure: in a
new Python process (the sources byte-compiled, as installed), CPU time of

* the imports (Jinja2, num2words' French module comes later, the engine, the markup parser);
* the first build, templates compiled (a first export ever, or after an upgrade);
* the first build, templates from the compiled-templates cache (every later export);
* a second and a later build in the same process (the preview in the application).

Each figure is the median of several processes (CPU time is steadier than the wall clock on a
shared machine). Run: ``.venv/bin/python benchmarks/bench_structure.py [runs]``.
"""

from __future__ import annotations

import compileall
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from charte_app.documents import service
from charte_app.samples import large_dossier_file

DOCUMENT = "conv-cadre"

CHILD = r"""
import pickle, sys, time
from pathlib import Path
import charte_app.cli, charte_app.domain.dossier_file, charte_app.domain.validation  # the CLI's own
dossier = pickle.loads(Path(sys.argv[1]).read_bytes())
data_dir = Path(sys.argv[2])
clock = time.process_time
start = clock()
from charte_app.documents.service import build_document
import charte_app.documents.build
imported = clock()
build_document(dossier, sys.argv[3], data_dir=data_dir)
first = clock()
build_document(dossier, sys.argv[3], data_dir=data_dir)
second = clock()
build_document(dossier, sys.argv[3], data_dir=data_dir)
third = clock()
print(*(round(1000 * t, 2) for t in (imported - start, first - imported, second - first, third - second)))
"""


def run(args: list[str], env: dict[str, str]) -> list[float]:
    out = subprocess.run([sys.executable, "-c", CHILD, *args], env=env, check=True, capture_output=True, text=True)
    return [float(x) for x in out.stdout.split()]


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    compileall.compile_dir(str(Path(service.__file__).parents[1]), quiet=1)
    work = Path(tempfile.mkdtemp(prefix="bench-structure-"))
    (work / "data").mkdir()
    dossier_path = work / "dossier.pickle"
    dossier_path.write_bytes(pickle.dumps(large_dossier_file().dossier))
    args = [str(dossier_path), str(work / "data"), DOCUMENT]
    cached = dict(os.environ, CHARTE_APP_CACHE_DIR=str(work / "cache"))
    run(args, cached)  # fills the compiled-templates cache
    compiling, from_cache = [], []
    for i in range(runs):
        compiling.append(run(args, dict(os.environ, CHARTE_APP_CACHE_DIR=str(work / f"empty-{i}"))))
        from_cache.append(run(args, cached))

    def median(rows: list[list[float]], column: int) -> float:
        return statistics.median(row[column] for row in rows)

    print(f"Charge de la machine (1 min) : {os.getloadavg()[0]:.2f} sur {os.cpu_count()} processeurs")
    print(f"Structure de « {DOCUMENT} » (40 parties), processus neuf, médiane de {runs} (ms CPU) :")
    print(f"  imports (Jinja2, moteur, analyse)        : {median(from_cache, 0):6.1f}")
    print(f"  premier document, modèles compilés       : {median(compiling, 1):6.1f}")
    print(f"  premier document, modèles du cache       : {median(from_cache, 1):6.1f}")
    print(f"  deuxième document, même processus        : {median(from_cache, 2):6.1f}")
    print(f"  document suivant, même processus         : {median(from_cache, 3):6.1f}")
    total = median(from_cache, 0) + median(from_cache, 1)
    print(f"  ce que paie un export (imports + premier): {total:6.1f}")


if __name__ == "__main__":
    main()
