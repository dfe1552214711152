"""The domain package imports neither Qt nor SQLAlchemy (checked in a fresh interpreter)."""

from __future__ import annotations

import subprocess
import sys


def test_domain_imports_no_qt_and_no_sqlalchemy() -> None:
    code = (
        "import sys\n"
        "import charte_app.domain, charte_app.domain.dossier_file, charte_app.samples\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'sqlalchemy', 'alembic'))\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
