"""The Linux desktop entry and the AppStream metadata name the application and its icon."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment, method-assign] - keys are case-sensitive
    parser.read(PACKAGING / "charte-app.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_launches_the_app_with_its_icon() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Charte" and entry["Name[fr]"] == "Charte"
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["scripts"]
    command = entry["Exec"].split()[0]
    assert command in scripts  # the console script pyproject installs
    assert entry["TryExec"] == command
    assert entry["Terminal"] == "false"
    assert (ROOT / "resources" / f"{entry['Icon']}.svg").is_file()
    categories = entry["Categories"]
    assert categories.endswith(";") and "Office" in categories.split(";")
    for key in ("Keywords", "Categories"):
        assert entry[key].endswith(";")


def test_appstream_metadata_names_the_app_its_launcher_and_icon() -> None:
    path = PACKAGING / "io.github.charte_app.metainfo.xml"
    root = ET.parse(path).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == "io.github.charte_app"
    assert root.findtext("name") == desktop_entry()["Name"]
    assert root.findtext("launchable") == "charte-app.desktop"
    assert (PACKAGING / root.findtext("launchable", "")).is_file()
    assert (ROOT / "resources" / f"{root.findtext('icon')}.svg").is_file()
    version = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    assert version in [r.get("version") for r in root.iter("release")]
    assert root.find("summary[@{http://www.w3.org/XML/1998/namespace}lang='fr']") is not None
    if shutil.which("appstreamcli"):  # the reference validator, when the system has it
        result = subprocess.run(
            ["appstreamcli", "validate", "--no-net", str(path)], capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stdout + result.stderr


def test_the_icon_is_an_svg_qt_can_render(qtbot: object) -> None:
    from PySide6.QtGui import QIcon

    from charte_app.ui.app import icon_path

    assert icon_path().suffix == ".svg"
    ET.parse(icon_path())
    assert not QIcon(str(icon_path())).pixmap(64, 64).isNull()
