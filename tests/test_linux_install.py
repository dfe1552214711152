"""Linux installs: the per-user desktop integration of the bundle (packaging/linux/install-desktop.sh) and
the Debian package (``python3 scripts/dev.py package``), built here from a stand-in bundle folder.

The real bundle's package is installed and run in tests/test_bundle.py; here the layout, the launcher's
absolute path and the file association are checked in seconds. ``xdg-mime`` (xdg-utils) is absent from
the test machines: the association is read where xdg-mime itself reads it (mimeapps.list, and the
mimeinfo.cache update-desktop-database writes); when xdg-mime is there its answer is checked too.
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
TYPE = "application/x-charte-dossier"


def dev() -> ModuleType:
    spec = importlib.util.spec_from_file_location("charte_dev", ROOT / "scripts" / "dev.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fake_bundle(folder: Path) -> Path:
    """A bundle folder as ``dev.py bundle`` leaves it, its program a script that says its name and arguments."""
    folder.mkdir(parents=True)
    program = folder / "charte-app"
    program.write_text('#!/bin/sh\necho "$(basename "$0") $*"\n', "utf-8")
    program.chmod(0o755)
    (folder / "charte-app-gui").symlink_to("charte-app")
    (folder / "_internal").mkdir()
    (folder / "_internal" / "libexample.so.1").write_bytes(b"\x7fELF")
    (folder / ".charte-app-sources").write_text("digest", "utf-8")
    dev().desktop_files(folder / "share")
    shutil.copy2(ROOT / "packaging" / "linux" / "install-desktop.sh", folder / "install-desktop.sh")
    return folder


def read_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment, method-assign] - keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def exec_arguments(value: str) -> list[str]:
    """Exec= as the Desktop Entry Specification reads it: a string (\\\\ → \\), then shell-like quoted words."""
    return shlex.split(value.replace("\\\\", "\\"))


def test_the_per_user_install_points_the_launcher_at_the_moved_bundle(tmp_path: Path) -> None:
    """No root, a folder with spaces, accents, a quote and a percent sign: the launcher runs that very program."""
    bundle = fake_bundle(tmp_path / 'Mes programmes "Éducation" 100%' / "charte-app")
    data, config = tmp_path / "data", tmp_path / "config"
    env = dict(os.environ, XDG_DATA_HOME=str(data), XDG_CONFIG_HOME=str(config), HOME=str(tmp_path / "home"))
    done = subprocess.run(
        [str(bundle / "install-desktop.sh")], capture_output=True, text=True, env=env, check=False, timeout=60
    )
    assert done.returncode == 0, done.stderr
    desktop = data / "applications" / "charte-app.desktop"
    entry = read_entry(desktop)
    program = str(bundle.resolve() / "charte-app-gui")
    assert exec_arguments(entry["Exec"].replace("%%", "%")) == [program, "%f"]
    assert entry["TryExec"] == program
    run = subprocess.run([*exec_arguments(entry["Exec"].replace("%%", "%"))[:1], "dossier.charte"],
                         capture_output=True, text=True, check=True)  # fmt: skip
    assert run.stdout.split() == ["charte-app-gui", "dossier.charte"]  # the -gui name: the launcher
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True, check=False)
        assert checked.returncode == 0, checked.stdout + checked.stderr
    # The type: *.charte known, not a kind of text; the launcher registered for it and chosen by default.
    assert f"{TYPE}:*.charte" in (data / "mime" / "globs2").read_text("utf-8")
    assert TYPE not in (data / "mime" / "subclasses").read_text("utf-8")
    assert f"{TYPE}=charte-app.desktop;" in (data / "applications" / "mimeinfo.cache").read_text("utf-8")
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / "charte-app.png").is_file()
    if shutil.which("xdg-mime"):
        query = subprocess.run(["xdg-mime", "query", "default", TYPE], capture_output=True, text=True, env=env)
        assert query.stdout.strip() == "charte-app.desktop"
    else:
        assert f"{TYPE}=charte-app.desktop" in (config / "mimeapps.list").read_text("utf-8").splitlines()
    # Again (after a move, say): one default line, not two; then --remove takes it all away.
    assert (
        subprocess.run([str(bundle / "install-desktop.sh")], env=env, capture_output=True, check=False).returncode == 0
    )
    if not shutil.which("xdg-mime"):
        assert (config / "mimeapps.list").read_text("utf-8").count(TYPE) == 1
    removed = subprocess.run(
        [str(bundle / "install-desktop.sh"), "--remove"], env=env, capture_output=True, check=False
    )
    assert removed.returncode == 0
    assert not desktop.exists() and not (data / "mime" / "packages" / "charte-app.xml").exists()
    assert "*.charte" not in (data / "mime" / "globs2").read_text("utf-8")


def test_the_deb_installs_the_program_links_and_desktop_files(tmp_path: Path) -> None:
    module = dev()
    bundle = fake_bundle(tmp_path / "bundle")
    deb = module.build_deb(bundle, tmp_path / "out", "1.2.3", tmp_path / "stage")
    assert deb.name == "charte-app_1.2.3_amd64.deb"
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    lines = {line.split()[-1] if " -> " not in line else line.split()[-3]: line for line in listing.splitlines()}
    for path in (
        "./opt/charte-app/charte-app",
        "./opt/charte-app/_internal/libexample.so.1",
        "./usr/share/applications/charte-app.desktop",
        "./usr/share/mime/packages/charte-app.xml",
        "./usr/share/metainfo/io.github.charte_app.metainfo.xml",
        "./usr/share/icons/hicolor/256x256/apps/charte-app.png",
        "./usr/share/icons/hicolor/scalable/apps/charte-app.svg",
        "./usr/share/doc/charte-app/copyright",
        "./usr/share/doc/charte-app/changelog.gz",
        "./usr/share/lintian/overrides/charte-app",
    ):
        assert path in lines, path
        assert " root/root " in lines[path]
    assert lines["./opt/charte-app/charte-app"].startswith("-rwxr-xr-x")
    assert lines["./opt/charte-app/_internal/libexample.so.1"].startswith("-rw-r--r--")
    for name in ("charte-app", "charte-app-gui"):
        assert lines[f"./usr/bin/{name}"].endswith(f"./usr/bin/{name} -> /opt/charte-app/charte-app")
    # What the bare bundle carries for a per-user install stays out of a system package.
    assert not [p for p in lines if "install-desktop" in p or p.startswith("./opt/charte-app/share")]
    assert "./opt/charte-app/.charte-app-sources" not in lines
    control = subprocess.run(["dpkg-deb", "-f", str(deb)], capture_output=True, text=True, check=True).stdout
    assert "Package: charte-app" in control and "Version: 1.2.3" in control and "Architecture: amd64" in control
    assert "libxcb-cursor0" in control
    scripts = tmp_path / "control"
    subprocess.run(["dpkg-deb", "-e", str(deb), str(scripts)], check=True)
    for script in ("postinst", "postrm"):
        text = (scripts / script).read_text("utf-8")
        assert "update-mime-database /usr/share/mime" in text and "update-desktop-database" in text
        assert os.access(scripts / script, os.X_OK)
        assert subprocess.run(["sh", "-n", str(scripts / script)], check=False).returncode == 0
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    # /usr/bin/charte-app-gui → /opt/charte-app/charte-app: the program, called by its launcher name.
    target = os.readlink(root / "usr" / "bin" / "charte-app-gui")
    link = tmp_path / "charte-app-gui"
    link.symlink_to(root / target.lstrip("/"))
    assert subprocess.run([str(link), "x.charte"], capture_output=True, text=True, check=True).stdout.split() == [
        "charte-app-gui",
        "x.charte",
    ]
    assert read_entry(root / "usr/share/applications/charte-app.desktop")["Exec"] == "charte-app-gui %f"


def test_dev_py_names_the_package_command() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "dev.py")], capture_output=True, text=True)
    assert "package" in done.stdout and done.returncode == 2
