"""The bundle's reduced ICU data (packaging/pyinstaller/icu_data.py) answers Qt as the full one does.

Qt asks ICU for collation (the dossiers sorted by name, in French), case mapping and the legacy
encodings; the reduced library (8 MB instead of 31) keeps root, French and English. The same probe
runs with PySide6's own library and with the reduced one put first on the loader's path.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging" / "pyinstaller"))

from icu_data import TOOLS, reduced_library  # noqa: E402

PROBE = """
from PySide6.QtCore import QCollator, QLocale, QStringDecoder
words = ["Zoé", "école", "Ecole", "éducation", "Œuvre", "oeuvre", "Île", "ile", "zèbre", "Ça", "cote",
         "côte", "coté", "côté", "10", "9", "a-b", "ab", "Ærø", "Ångström", "Straße", "strasse"]
for lang in ("fr_FR", "fr_CA", "en_GB", "de_DE"):
    collator = QCollator(QLocale(lang))
    print(lang, sorted(words, key=collator.sortKey))
    collator.setNumericMode(True)
    collator.setCaseSensitivity(collator.caseSensitivity().CaseInsensitive)
    print(sorted(words, key=collator.sortKey), collator.compare("École", "école"))
print(QLocale("fr_FR").toUpper("straße île ǆ"), QLocale("fr_FR").toLower("ÉCOLE"))
for name in ("windows-1252", "ISO-8859-15", "ISO-8859-1", "IBM850", "macintosh", "Shift_JIS"):
    print(name, QStringDecoder(name).isValid())
"""


def probe(env: dict[str, str]) -> str:
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or any(shutil.which(t) is None for t in TOOLS),
    reason="Linux build step; icu-devtools and gcc come with python3 scripts/dev.py test (TEST_DEBS)",
)
def test_the_reduced_icu_data_sorts_and_maps_case_like_the_full_one(tmp_path: Path) -> None:
    (full,) = (Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*")
    small = reduced_library(full, tmp_path / "icu")
    assert small is not None and small.name == full.name
    assert small.stat().st_size < full.stat().st_size / 3
    env = {k: v for k, v in os.environ.items() if k != "LD_LIBRARY_PATH"}
    expected = probe(env)
    traced = subprocess.run([sys.executable, "-c", "import PySide6.QtCore"], capture_output=True, text=True,
                            env=dict(env, LD_LIBRARY_PATH=str(small.parent), LD_DEBUG="libs"), check=False)  # fmt: skip
    assert f"calling init: {small}" in traced.stderr  # the reduced library is the one loaded
    reduced = probe(dict(env, LD_LIBRARY_PATH=str(small.parent)))
    # Everything alike but the East Asian multi-byte encodings, which are what was dropped on purpose.
    assert [line for line in reduced.splitlines() if not line.startswith("Shift_JIS")] == [
        line for line in expected.splitlines() if not line.startswith("Shift_JIS")
    ]
    assert "windows-1252 True" in reduced and "ISO-8859-15 True" in reduced and "IBM850 True" in reduced
    assert "Shift_JIS False" in reduced
