"""The PyInstaller bundle (dist/charte-app/) runs every command and the window with nothing else installed.

Built once by ``python3 scripts/dev.py bundle``, which skips the build while its sources are unchanged (a
digest stamped in dist/charte-app/), so a repeated test run costs only the smoke tests. The programs run
from a scratch folder with an environment stripped of anything Python (no PYTHONPATH, no venv on PATH).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pypdf
import pytest

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "charte-app"
EXE = ".exe" if os.name == "nt" else ""
PROGRAM = DIST / f"charte-app{EXE}"
REIMS = "reims-croix-rouge.charte"


@pytest.fixture(scope="module")
def bundle() -> Path:
    started = time.monotonic()
    built = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "dev.py"), "bundle"],
        capture_output=True,
        text=True,
        timeout=1500,
        check=False,
    )
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    print(f"bundle ready in {time.monotonic() - started:.0f} s")
    return DIST


def bare_env(data: Path) -> dict[str, str]:
    """The user's environment without Python: only system folders on PATH, no PYTHON* variables."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "QT_"))}
    env["PATH"] = os.pathsep.join(p for p in os.environ.get("PATH", "").split(os.pathsep) if ".venv" not in p)
    env["CHARTE_APP_DATA_DIR"] = str(data)
    return env


def run(program: Path, *args: object, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(program), *map(str, args)], capture_output=True, text=True, cwd=cwd, env=bare_env(cwd / "data"),
        timeout=300, check=False,
    )  # fmt: skip


def test_the_bundle_exports_pdf_and_docx_and_compares(bundle: Path, tmp_path: Path, examples_dir: Path) -> None:
    source = examples_dir / REIMS
    assert run(PROGRAM, "--version", cwd=tmp_path).stdout.startswith("charte-app ")
    pdf, docx, diff = tmp_path / "charte.pdf", tmp_path / "charte.docx", tmp_path / "comparaison.docx"
    for fmt, output in (("pdf", pdf), ("docx", docx)):
        done = run(
            PROGRAM, "export", source, "--document", "charter", "--format", fmt, "--output", output, cwd=tmp_path
        )
        assert done.returncode == 0, done.stderr
    assert "Charte" in pypdf.PdfReader(pdf).pages[0].extract_text()
    signed = tmp_path / "a-signer.pdf"  # pyHanko (and its network stack, imported) in the bundle too
    done = run(PROGRAM, "export", source, "--document", "charter", "--format", "pdf", "--output", signed,
               "--signature-fields", cwd=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert pypdf.PdfReader(signed).get_fields()
    assert "word/document.xml" in zipfile.ZipFile(docx).namelist()
    done = run(
        PROGRAM, "compare", source, "--from", "1", "--to", "2", "--format", "docx", "--output", diff, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert b"<w:ins " in zipfile.ZipFile(diff).read("word/document.xml")  # tracked changes
    # The store: migrations (Alembic scripts read as files) create the database, an import lands in it.
    done = run(PROGRAM, "import", source, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert run(PROGRAM, "list", cwd=tmp_path).stdout.count("\t") == 2


def test_the_bundle_ships_the_english_catalogue(bundle: Path, qtbot: object) -> None:
    from PySide6.QtCore import QTranslator

    (catalogue,) = bundle.rglob("charte_app_en.qm")
    # Where ui.i18n looks for it: paths.bundled("resources") beside the frozen charte_app package.
    assert catalogue.relative_to(bundle).parts[-5:] == (
        "charte_app",
        "_data",
        "resources",
        "translations",
        catalogue.name,
    )
    translator = QTranslator()
    assert translator.load(str(catalogue)) and not translator.isEmpty()


def test_the_bundled_window_opens_offscreen(bundle: Path, tmp_path: Path) -> None:
    env = dict(bare_env(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen([str(PROGRAM)], cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        marker = tmp_path / "data" / "session.json"  # written once the window stands (ui.session.begin)
        deadline = time.monotonic() + 60
        while not marker.exists() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        assert marker.exists() and process.poll() is None, process.communicate(timeout=10)
    finally:
        process.terminate()  # SIGTERM: Python's default ends it at once (no unsaved work in an empty session)
        process.communicate(timeout=30)
    log = tmp_path / "data" / "charte-app.log"
    assert not log.exists() or "Traceback" not in log.read_text("utf-8")


def test_the_bundle_has_the_qt_plugins_it_needs(bundle: Path) -> None:
    """A desktop (xcb), tests and servers (offscreen), the SVG icon, printing, and Qt's own French/English."""
    (plugins,) = bundle.rglob("plugins/platforms")
    names = {p.name for p in plugins.parent.rglob("*") if p.is_file()}
    suffix = ".dll" if os.name == "nt" else ".so"
    prefix = "" if os.name == "nt" else "lib"
    for plugin in ("qxcb", "qoffscreen", "qsvg", "qsvgicon", "cupsprintersupport"):
        if plugin == "qxcb" and os.name == "nt":
            plugin = "qwindows"
        if plugin == "cupsprintersupport" and os.name == "nt":
            continue
        assert f"{prefix}{plugin}{suffix}" in names, plugin
    assert {"qtbase_en.qm", "qtbase_fr.qm"} <= {p.name for p in bundle.rglob("qtbase_*.qm")}


def test_the_bundle_has_reportlab_accelerators(bundle: Path) -> None:
    """reportlab imports its C accelerators only when they are there: a bundle without them still
    works, in pure Python, several times slower at measuring and drawing text."""
    assert list(bundle.rglob("_rl_accel*"))


def test_the_bundle_starts_without_setuptools_or_multiprocessing(bundle: Path) -> None:
    """setuptools is only cffi's build helper, multiprocessing an unused process pool: bundled, the runtime
    hooks PyInstaller adds for them imported them at every start (0.2 s of a 0.3 s ``--version``)."""
    from PyInstaller.archive.readers import CArchiveReader

    archive = CArchiveReader(str(PROGRAM))
    assert "pyi_rth_pyside6" not in archive.toc and "pyi_rth_charte_qt" in archive.toc  # Qt set up lazily
    assert "pyi_rth_setuptools" not in archive.toc and "pyi_rth_multiprocessing" not in archive.toc
    modules = archive.open_embedded_archive("PYZ.pyz").toc
    assert "charte_app.cli" in modules
    unused = ("setuptools", "pkg_resources", "distutils", "multiprocessing")
    assert not [name for name in modules if name.split(".")[0] in unused]


def test_cli_commands_load_no_qt(bundle: Path, tmp_path: Path) -> None:
    """PyInstaller's PySide6 hook loaded QtCore and ICU at every start (100-300 ms on ``--version``);
    packaging/pyinstaller/pyi_rth_charte_qt.py sets Qt up only once something imports it."""
    for arguments in (["--version"], ["list"]):
        env = dict(bare_env(tmp_path / "data"), LD_DEBUG="files")
        done = subprocess.run([str(PROGRAM), *arguments], env=env, capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr[-2000:]
        assert "libQt6Core" not in done.stderr, arguments


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="one program for both names on Linux only")
def test_one_program_is_both_the_command_and_the_launcher(bundle: Path) -> None:
    """Two identical 15 MB executables were shipped; the launcher is now the program under its -gui name."""
    assert (bundle / "charte-app-gui").is_symlink() and os.readlink(bundle / "charte-app-gui") == "charte-app"
    programs = {p.name for p in bundle.iterdir() if p.is_file() and not p.is_symlink() and os.access(p, os.X_OK)}
    assert programs == {"charte-app", "install-desktop.sh"}


def test_the_bundle_ships_only_what_it_uses(bundle: Path) -> None:
    """Qt's French and English catalogues only, no GTK theme (GTK, cairo, pango), no Pygments, stripped."""
    assert {p.name for p in bundle.rglob("*.qm") if "PySide6" in p.parts} == {"qtbase_fr.qm", "qtbase_en.qm"}
    assert not list(bundle.rglob("libqgtk3*")) and not list(bundle.rglob("libgtk-3*"))
    assert not list(bundle.rglob("libqeglfs*")) and not list(bundle.rglob("libqvnc*"))
    assert not list(bundle.rglob("pygments")) and not list(bundle.rglob("pytest"))
    assert not list(bundle.rglob("forms"))  # the UI uses the compiled forms (ui/generated)
    if sys.platform.startswith("linux"):
        python = next(bundle.rglob("libpython3*.so*"))
        assert b".symtab" not in python.read_bytes(), "not stripped"


def test_the_bundle_works_in_team_mode(bundle: Path, tmp_path: Path, examples_dir: Path, pg_url: str) -> None:
    """The PostgreSQL driver is in the bundle: a dossier imported into a team database, listed back."""
    source = examples_dir / REIMS
    done = run(PROGRAM, "import", source, "--database-url", pg_url, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    listed = run(PROGRAM, "list", "--database-url", pg_url, cwd=tmp_path)
    assert listed.returncode == 0 and listed.stdout.count("\t") == 2, listed.stderr


@pytest.mark.skipif(not shutil.which("dpkg-deb"), reason="the .deb is built on Debian and Ubuntu only")
def test_the_deb_installs_and_runs(bundle: Path, tmp_path: Path) -> None:
    """dev.py package: the .deb unpacked into a scratch root, its program run from /opt/charte-app."""
    built = subprocess.run([sys.executable, str(ROOT / "scripts" / "dev.py"), "package"],
                           capture_output=True, text=True, timeout=1500, check=False)  # fmt: skip
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    (deb,) = (ROOT / "dist").glob("charte-app_*_amd64.deb")
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    program = root / "opt" / "charte-app" / "charte-app"
    assert os.readlink(root / "usr" / "bin" / "charte-app") == "/opt/charte-app/charte-app"
    assert run(program, "--version", cwd=tmp_path).stdout.startswith("charte-app ")
    done = run(program, "list", cwd=tmp_path)
    assert done.returncode == 0 and (tmp_path / "data").is_dir(), done.stderr


@pytest.mark.skipif(not shutil.which("strace"), reason="the files the window opens are seen through strace")
def test_the_bundled_launcher_finds_qts_french_catalogue(bundle: Path, tmp_path: Path) -> None:
    """Qt finds its plugins and its own French catalogue through the qt.conf the lazy runtime hook
    (pyi_rth_charte_qt) registers once QtCore is imported; the launcher is the program's -gui name."""
    launcher = bundle / ("charte-app-gui" + EXE)
    trace = tmp_path / "trace"
    env = dict(bare_env(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen(["strace", "-f", "-e", "trace=openat", "-o", str(trace), str(launcher)], cwd=tmp_path,
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)  # fmt: skip
    try:
        marker = tmp_path / "data" / "session.json"
        deadline = time.monotonic() + 60
        while not marker.exists() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        assert marker.exists()
    finally:
        os.killpg(process.pid, signal.SIGTERM)  # strace and the window it traces
        process.wait(timeout=30)
    opened = [line for line in trace.read_text().splitlines() if "ENOENT" not in line]
    assert [line for line in opened if "translations/qtbase_fr.qm" in line and "PySide6" in line]
    assert [line for line in opened if "platforms/libqoffscreen.so" in line]
