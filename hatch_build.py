"""Hatch build hook: the wheel ships the compiled Qt catalogues (resources/translations/*.qm).

The .qm files are build products (not committed): without this hook a wheel carried only the .ts
sources, and an installed charte-app asked for English stayed in French. They are compiled with
PySide6's ``lrelease`` from the build environment (PySide6-Essentials is a build requirement), into
the source tree's resources/translations/, which pyproject's force-include copies into the wheel.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def lrelease() -> str:
    """PySide6's lrelease binary, beside the PySide6 package of the build environment."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).exists():
            return str(folder / name)
    raise RuntimeError(f"lrelease not found in {folder}: PySide6-Essentials is needed to build the wheel")


class TranslationsBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        catalogues = sorted((Path(self.root) / "resources" / "translations").glob("*.ts"))
        if not catalogues:
            raise RuntimeError("no Qt catalogue (resources/translations/*.ts) to compile")
        tool = lrelease()
        for ts in catalogues:
            subprocess.run([tool, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
