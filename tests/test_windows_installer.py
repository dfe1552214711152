"""The Windows installer script (packaging/windows/charte-app.iss), checked where Inno Setup cannot run:
its version is pyproject's, an upgrade clears the old bundle, the Inno Setup it needs is stated and
enforced, and signing is a documented step (issue 25)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ISS = (ROOT / "packaging" / "windows" / "charte-app.iss").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")
PLACEHOLDER = r"C:\chemin\vers\certificat.pfx"


def test_the_installer_version_is_pyproject_version() -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert re.findall(r'^#define AppVersion "([^"]*)"$', ISS, re.M) == [version]
    assert "AppVersion={#AppVersion}" in ISS


def test_an_upgrade_removes_the_previous_bundle_first() -> None:
    section = re.search(r"^\[InstallDelete\]\n(.*?)(?=^\[)", ISS, re.M | re.S)
    assert section is not None
    assert 'Type: filesandordirs; Name: "{app}\\_internal"' in section.group(1)


def test_the_inno_setup_it_needs_is_stated_and_enforced() -> None:
    assert "#if VER < EncodeVer(6, 3, 0)\n  #error Inno Setup 6.3 or later is needed" in ISS
    assert "Inno Setup 6.3 ou plus récent" in README and "[Inno Setup 6]" not in README


def test_signing_is_a_documented_step() -> None:
    assert "#ifdef Sign\nSignTool=signtool\nSignedUninstaller=yes\n#endif" in ISS
    for text in (ISS, README):
        assert text.count(PLACEHOLDER) == 2  # the programs, then the installer
        assert "/DSign packaging\\windows\\charte-app.iss" in text
