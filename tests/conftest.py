"""Shared fixtures: headless Qt, example dossiers, a fresh data directory per test."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from charte_app.domain.dossier_file import parse
from charte_app.domain.model import DossierFile
from pg_server import pg_server, pg_url  # noqa: F401  (PostgreSQL fixtures, for any test module)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Compiled document templates go to a cache folder of this test session, not the user's.
if "CHARTE_APP_CACHE_DIR" not in os.environ:
    os.environ["CHARTE_APP_CACHE_DIR"] = tempfile.mkdtemp(prefix="charte-app-test-cache-")
    atexit.register(shutil.rmtree, os.environ["CHARTE_APP_CACHE_DIR"], True)

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT.parent / "shared" / "examples"
if not EXAMPLES.is_dir():  # a copy shipped with the tests keeps the suite runnable anywhere
    EXAMPLES = Path(__file__).resolve().parent / "data" / "examples"


@pytest.fixture
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture
def chalons() -> DossierFile:
    """The Châlons dossier of ``tests/data/documents`` (conventions of every kind)."""
    file, _ = parse((Path(__file__).parent / "data" / "documents" / "chalons.charte").read_bytes())
    return file


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    monkeypatch.setenv("CHARTE_APP_DATA_DIR", str(path))
    monkeypatch.delenv("CHARTE_APP_DATABASE_URL", raising=False)
    return path
