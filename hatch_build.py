"""Hatch build hook: the wheel ships the compiled Qt catalogues (resources/translations/*.qm).

The .qm files are build products (not committed): without them an installed charte-app asked for
English stayed in French. The build environment holds only hatchling (pyproject's [build-system]; no
PySide6 downloaded, unpinned, just for one tool): the catalogues are compiled beforehand from the
locked environment (``scripts/build_assets.py``, run by every ``scripts/dev.py`` command), and the
hook checks they are there and newer than their .ts sources. A build that runs in an environment with
PySide6 (``--no-build-isolation`` from the locked venv) compiles stale ones with its ``lrelease``.
pyproject's force-include copies resources/ (and so the .qm) into the wheel.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def lrelease() -> str | None:
    """PySide6's lrelease binary, beside the PySide6 package of the build environment (None without PySide6)."""
    try:
        import PySide6
    except ImportError:
        return None
    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).exists():
            return str(folder / name)
    return None


def stale(ts: Path) -> bool:
    qm = ts.with_suffix(".qm")
    return not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime


class TranslationsBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        catalogues = sorted((Path(self.root) / "resources" / "translations").glob("*.ts"))
        if not catalogues:
            raise RuntimeError("no Qt catalogue (resources/translations/*.ts) to compile")
        todo = [ts for ts in catalogues if stale(ts)]
        if not todo:
            return
        tool = lrelease()
        if tool is None:
            names = ", ".join(ts.name for ts in todo)
            raise RuntimeError(
                f"{names}: no compiled .qm beside it; run `python3 scripts/build_assets.py` from the locked "
                "environment first (or build with --no-build-isolation there)"
            )
        for ts in todo:
            subprocess.run([tool, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
