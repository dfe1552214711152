"""The built wheel, installed alone into a fresh environment, shows the English UI and exports a document.

The editable install of the test run reads resources/ from the source tree, which hid a wheel without
its compiled catalogues (.qm). Here the wheel is built, installed with ``--no-deps`` into a virtual
environment holding only the runtime lock's packages (``--require-hashes``, as a Windows package or CI
installs them), and used from outside the source tree. The environment is kept under build/ and made
again only when the runtime lock changes; the wheel is rebuilt and reinstalled on every run.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "locks" / "runtime.txt"
ENV = ROOT / "build" / "wheel-test-env"
BIN = ENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")

ENGLISH_CHECK = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
import charte_app
from charte_app.ui import i18n

assert Path(charte_app.__file__).resolve().is_relative_to(Path(sys.prefix).resolve()), charte_app.__file__
app = QApplication([])
loaded = i18n.install(app, "en")
assert "charte_app_en" in loaded, loaded
context, source, english = sys.argv[1:4]
assert QCoreApplication.translate(context, source) == english, QCoreApplication.translate(context, source)
print("english ok")
"""


def _run(*cmd: str | Path, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [str(c) for c in cmd], capture_output=True, text=True, check=False, timeout=900, **kwargs
    )


def _fresh_env_with_the_runtime_lock() -> None:
    digest = hashlib.sha256(LOCK.read_bytes()).hexdigest()
    stamp = ENV / ".runtime-lock"
    if PYTHON.exists() and stamp.exists() and stamp.read_text() == digest:
        return
    shutil.rmtree(ENV, ignore_errors=True)
    venv.EnvBuilder(with_pip=False).create(ENV)
    uv = Path(sys.executable).parent / "uv"  # from the test lock; its cache makes a re-creation quick
    done = _run(uv, "pip", "install", "--python", PYTHON, "--require-hashes", "-r", LOCK, "--quiet", cwd=ROOT)
    assert done.returncode == 0, done.stderr
    stamp.write_text(digest)


@pytest.fixture(scope="module")
def installed_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    _fresh_env_with_the_runtime_lock()
    out = tmp_path_factory.mktemp("wheel")
    # Built as a release is (an isolated build would download its back end: the test lock has it).
    built = _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", out, ROOT)
    assert built.returncode == 0, built.stderr
    (wheel,) = out.glob("charte_app-*.whl")
    uv = Path(sys.executable).parent / "uv"
    done = _run(uv, "pip", "install", "--python", PYTHON, "--no-deps", "--reinstall", "--quiet", wheel)
    assert done.returncode == 0, done.stderr
    return wheel


def _a_translated_message() -> tuple[str, str, str]:
    import xml.etree.ElementTree as ET

    root = ET.parse(ROOT / "resources" / "translations" / "charte_app_en.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and translation.get("type") is None:
                if message.get("numerus") != "yes":
                    return context.findtext("name", ""), message.findtext("source", ""), translation.text
    raise AssertionError("no finished translation in the catalogue")


def test_the_installed_wheel_shows_the_english_ui(installed_wheel: Path, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    check = _run(PYTHON, "-c", ENGLISH_CHECK, *_a_translated_message(), cwd=tmp_path, env=env)
    assert check.returncode == 0 and "english ok" in check.stdout, check.stderr


def test_the_installed_wheel_exports_a_pdf(installed_wheel: Path, tmp_path: Path, examples_dir: Path) -> None:
    output = tmp_path / "charte.pdf"
    command = BIN / ("charte-app.exe" if os.name == "nt" else "charte-app")
    source = examples_dir / "reims-croix-rouge.charte"
    args = ["export", source, "--document", "charter", "--format", "pdf", "--output", output]
    done = _run(command, *args, "--data-dir", tmp_path / "data", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert output.read_bytes().startswith(b"%PDF-")
    version = _run(command, "--version", cwd=tmp_path)
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert version.stdout.strip() == f"charte-app {project['version']}"


def test_the_wheel_ships_the_catalogues_and_no_designer_forms(installed_wheel: Path) -> None:
    import zipfile

    names = zipfile.ZipFile(installed_wheel).namelist()
    assert "charte_app/_data/resources/translations/charte_app_en.qm" in names
    assert not [n for n in names if n.endswith(".ui")], "forms/*.ui are compiled into ui/generated"


def test_the_wheel_build_needs_no_pyside6(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """[build-system] asks for hatchling only: the .qm come compiled from the locked environment, and a
    build without them (and without PySide6's lrelease) says what to run instead of downloading Qt."""
    import importlib.util

    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert not [r for r in project["build-system"]["requires"] if "pyside" in r.lower()]
    spec = importlib.util.spec_from_file_location("charte_hatch_build", ROOT / "hatch_build.py")
    assert spec and spec.loader
    hook_module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook_module)
    monkeypatch.setattr(hook_module, "lrelease", lambda: None)
    translations = tmp_path / "resources" / "translations"
    translations.mkdir(parents=True)
    (translations / "charte_app_en.ts").write_text("<TS/>", "utf-8")

    class Hook(hook_module.TranslationsBuildHook):  # type: ignore[misc, name-defined]
        def __init__(self) -> None:
            pass

        root = str(tmp_path)
        target_name = "wheel"

    with pytest.raises(RuntimeError, match="build_assets.py"):
        Hook().initialize("standard", {})
    (translations / "charte_app_en.qm").write_bytes(b"compiled")
    os.utime(translations / "charte_app_en.ts", (1, 1))  # the source older than its compiled catalogue
    Hook().initialize("standard", {})  # nothing to compile, nothing asked for
