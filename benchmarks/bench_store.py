"""Store benchmark: prints figures, asserts nothing (see the targets beside each line).

    .venv/bin/python benchmarks/bench_store.py [--dossiers 50] [--runs 3]

* size of the generated large dossier as a `.charte` file (about 10 MB);
* ``charte-app import`` of it, whole process (target < 3 s);
* ``charte-app list`` with 50 such dossiers stored, whole process (target < 0.5 s);
* ``freeze_version`` on the large dossier, in process (target < 100 ms).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from charte_app.domain import dossier_file
from charte_app.domain.canonical import canonical_json
from charte_app.samples import large_dossier_file
from charte_app.services.dossiers import DossierService
from charte_app.storage.convert import StoredVersion


def _cli(*args: str) -> tuple[float, subprocess.CompletedProcess[str]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHARTE_APP_")}
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "charte_app.cli", *args], capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"charte-app {' '.join(args)} failed:\n{result.stderr}")
    return elapsed, result


def _store_copy(service: DossierService, raw: dict[str, Any], i: int) -> None:
    dossier_id = f"00000000-0000-4000-8000-{i:012d}"
    draft = dict(raw["dossier"], id=dossier_id, title=f"Coopération éducative n° {i + 1}")
    with service._store.transaction() as repo:
        repo.add_dossier(
            dossier_id,
            title=draft["title"],
            territory=draft.get("territory"),
            created_at=draft["created_at"],
            updated_at=draft["updated_at"],
            draft=canonical_json(draft),
        )
        for version in raw["versions"]:
            snapshot = canonical_json(dict(version["snapshot"], id=dossier_id))
            repo.add_version(
                dossier_id,
                StoredVersion(
                    number=version["number"],
                    label=version["label"],
                    created_at=version["created_at"],
                    status=version["status"],
                    fingerprint="sha256:" + hashlib.sha256(snapshot.encode("utf-8")).hexdigest(),
                    snapshot=snapshot,
                    author=version.get("author"),
                ),
            )


def _line(name: str, seconds: list[float], target: float) -> None:
    best, median = min(seconds), statistics.median(seconds)
    verdict = "OK" if median < target else "AU-DELÀ DE LA CIBLE"
    runs = " ".join(f"{x * 1000:.0f}" for x in seconds)
    print(
        f"{name:<42} médiane {median * 1000:8.1f} ms  meilleur {best * 1000:8.1f} ms  "
        f"cible < {target * 1000:.0f} ms  {verdict}  [{runs}]"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dossiers", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()

    load = os.getloadavg()[0]
    print(f"machine : {os.cpu_count()} cœurs, charge moyenne sur 1 min au départ : {load:.2f}")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        data = root / "data"
        start = time.perf_counter()
        doc = large_dossier_file()
        payload = dossier_file.dump(doc)
        generated = time.perf_counter() - start
        big = root / "gros.charte"
        big.write_bytes(payload)
        print(
            f"dossier généré : {len(payload) / 1e6:.2f} Mo, {len(doc.dossier.partners)} partenaires, "
            f"{len(doc.dossier.charter.commitments)} engagements de charte, "
            f"{len(doc.dossier.conventions[0].parties)} parties à la convention, {len(doc.versions)} versions "
            f"({generated:.1f} s pour le générer)"
        )

        _cli("list", "--data-dir", str(data))  # create the database first: migrations are not part of import
        imports = []
        for run in range(options.runs):
            folder = root / f"import-{run}"
            _cli("list", "--data-dir", str(folder))
            elapsed, result = _cli("import", str(big), "--data-dir", str(folder))
            assert result.stdout.strip().splitlines()[-1] == doc.dossier.id
            imports.append(elapsed)
        _line("charte-app import (processus entier)", imports, 3.0)

        # 50 large dossiers: the same content under other ids and titles. Stored through the repository
        # straight from the JSON (no decoding): how they got there does not matter to the figures below.
        raw = json.loads(payload)
        service = DossierService.open(data)
        try:
            start = time.perf_counter()
            for i in range(options.dossiers):
                _store_copy(service, raw, i)
            filled = time.perf_counter() - start
            size = (data / "charte-app.sqlite3").stat().st_size / 1e6
            print(f"{options.dossiers} gros dossiers enregistrés en {filled:.1f} s (base : {size:.0f} Mo)")

            lists = []
            for _ in range(options.runs + 7):
                elapsed, result = _cli("list", "--data-dir", str(data))
                assert len(result.stdout.splitlines()) == options.dossiers
                lists.append(elapsed)
            _line(f"charte-app list ({options.dossiers} dossiers, processus)", lists, 0.5)

            target_id = "00000000-0000-4000-8000-000000000001"
            freezes = []
            for run in range(options.runs + 7):
                start = time.perf_counter()
                service.freeze_version(target_id, f"Version de mesure {run + 1}")
                freezes.append(time.perf_counter() - start)
            _line("freeze_version (en processus)", freezes, 0.1)

            start = time.perf_counter()
            dossier = service.load_draft(target_id)
            loaded = time.perf_counter() - start
            start = time.perf_counter()
            service.save_draft(dossier)
            saved = time.perf_counter() - start
            print(f"{'load_draft / save_draft (en processus)':<42} {loaded * 1000:.1f} ms / {saved * 1000:.1f} ms")
        finally:
            service.close()
    print(f"charge moyenne sur 1 min à la fin : {os.getloadavg()[0]:.2f} (d'autres processus faussent les mesures)")


if __name__ == "__main__":
    main()
