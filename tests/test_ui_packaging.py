"""The Linux desktop entry and the AppStream metadata name the application and its icon."""

from __future__ import annotations

import configparser
import os
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
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    command, *arguments = entry["Exec"].split()
    assert command in project["gui-scripts"]  # the windowed launcher pyproject installs (and the bundle has)
    assert arguments == ["%f"]  # with or without a file: the launcher opens a bare file (tests/test_cli.py)
    assert entry["TryExec"] == command
    assert entry["MimeType"] == "application/x-charte-dossier;"
    assert "Version" not in entry  # "1.5" was refused: the key is the spec's version, optional
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
    assert "application/x-charte-dossier" in [m.text for m in root.iter("mediatype")]


def validator(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is missing: python3 scripts/dev.py test installs it (TEST_DEBS)"
    return found


def test_the_freedesktop_validators_accept_the_desktop_entry_and_the_appstream_metadata() -> None:
    checks = [
        [validator("desktop-file-validate"), str(PACKAGING / "charte-app.desktop")],
        [validator("appstreamcli"), "validate", "--no-net", str(PACKAGING / "io.github.charte_app.metainfo.xml")],
    ]
    for check in checks:
        result = subprocess.run(check, capture_output=True, text=True, check=False, timeout=60)
        assert result.returncode == 0, result.stdout + result.stderr
        assert "error" not in (result.stdout + result.stderr).lower(), result.stdout + result.stderr


def test_the_mime_type_of_charte_files_installs(tmp_path: Path) -> None:
    """update-mime-database takes the package and maps *.charte to the type, which is no kind of JSON (or
    of text): a text editor, which takes text/plain, would otherwise be offered the dossier first."""
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(PACKAGING / "charte-app-mime.xml", packages / "charte-app.xml")
    env = dict(os.environ, XDG_DATA_DIRS=str(tmp_path))  # in the search path: no note, any warning is one
    result = subprocess.run(
        [validator("update-mime-database"), str(tmp_path / "mime")],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0 and not result.stderr, result.stderr
    assert "application/x-charte-dossier:*.charte" in (tmp_path / "mime" / "globs2").read_text("utf-8")
    subclasses = tmp_path / "mime" / "subclasses"
    assert "application/x-charte-dossier" not in (subclasses.read_text("utf-8") if subclasses.exists() else "")
    assert desktop_entry()["MimeType"].split(";")[0] == "application/x-charte-dossier"


def test_the_icons_come_in_every_hicolor_size_and_as_a_windows_ico(qtbot: object) -> None:
    import struct

    from PySide6.QtGui import QImage

    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        image = QImage(str(PACKAGING / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "charte-app.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel() and image.pixelColor(0, 0).alpha() == 0  # transparent corners
    data = (PACKAGING / "windows" / "charte-app.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1) and count >= 6
    sides = set()
    for index in range(count):
        width, _h, _c, _r, _planes, _bits, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + length <= len(data)
        sides.add(width or 256)
    assert {16, 32, 48, 256} <= sides


def test_the_icon_is_an_svg_qt_can_render(qtbot: object) -> None:
    from PySide6.QtGui import QIcon

    from charte_app.ui.app import icon_path

    assert icon_path().suffix == ".svg"
    ET.parse(icon_path())
    assert not QIcon(str(icon_path())).pixmap(64, 64).isNull()
