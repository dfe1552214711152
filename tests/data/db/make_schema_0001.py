"""Generate the frozen fixture of the first schema (revision 0001), holding the Reims example.

Run once when revision 0001 shipped; the resulting ``schema-0001.sqlite3`` is committed and must
never be regenerated with later code (it stands for the databases users already have).

    .venv/bin/python tests/data/db/make_schema_0001.py
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from charte_app.services.dossiers import DossierService
from charte_app.storage.engine import make_engine
from charte_app.storage.migrate import upgrade
from charte_app.storage.store import Store

HERE = Path(__file__).resolve().parent
EXAMPLE = HERE.parent / "examples" / "reims-croix-rouge.charte"


def main() -> None:
    target = HERE / "schema-0001.sqlite3"
    target.unlink(missing_ok=True)
    url = f"sqlite:///{target}"
    engine = make_engine(url)
    upgrade(engine, "0001")
    service = DossierService(Store(url, engine), HERE)
    service.import_file(EXAMPLE)
    service.set_setting("last_opened", "6b0c3c6e-2d7a-4c5e-9d8e-0b3f8d3c1a01")
    service.close()
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode=DELETE")  # one self-contained file in the repository
    conn.close()
    print(target)


if __name__ == "__main__":
    main()
