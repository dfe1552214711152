#!/usr/bin/env python3
"""Set up charte-app on a fresh machine, then start it or run the whole test suite.

    python3 scripts/dev.py run [ARGS…]   set up, then start the application
    python3 scripts/dev.py test [ARGS…]  set up (with test tools), then ruff, mypy and every test
    python3 scripts/dev.py lock [--upgrade]  rewrite locks/*.txt from pyproject.toml
    python3 scripts/dev.py bundle [--force]  build dist/charte-app/ (PyInstaller, packaging/charte-app.spec)
    python3 scripts/dev.py package       build dist/charte-app_<version>_amd64.deb from the bundle (Debian, Ubuntu)

Needs only Python 3.11+. On Debian/Ubuntu it installs, through apt-get, the
system libraries Qt needs (and, for the tests, LibreOffice with the Liberation
fonts, poppler, Xvfb and xdotool) when they are missing. Everything Python goes into ``.venv`` beside
this folder, from the locks: exact versions with the hashes of every
platform's files (``locks/runtime.txt``, and ``locks/build.txt`` for the editable
install's back end; ``locks/test.txt`` with the test and postgresql extras), so that
every machine, CI and a bundle get the very packages that were tested. The bundle is
built in ``build/bundle-venv`` from ``locks/bundle.txt`` (the runtime packages,
PyInstaller and psycopg). ``pyproject.toml`` keeps the compatible ranges the locks
are resolved from.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
LOCKS = ROOT / "locks"
#: Each lock: the pyproject extras and the extra requirement files (locks/*.in) it is resolved from.
#: runtime is what a user's environment gets (no build back end); build is the back end the editable
#: install of the project needs (hatchling, editables); bundle the runtime with PyInstaller and the
#: PostgreSQL driver (team mode in the bundle); test everything, for the developers' .venv.
LOCKS_FROM: dict[str, tuple[list[str], list[str]]] = {
    "test": (["test", "postgresql"], ["locks/build.in"]),
    "runtime": ([], []),
    "build": ([], ["locks/build.in"]),
    "bundle": (["postgresql"], ["locks/bundle.in"]),
}

# Qt's runtime needs on a bare Debian (offscreen and xcb platforms).
RUNTIME_DEBS = [
    "libegl1",
    "libgl1",
    "libxkbcommon0",
    "libfontconfig1",
    "libdbus-1-3",
    "libglib2.0-0",
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-shape0",
    "libxcb-xinerama0",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-image0",
    "libxcb-xkb1",
    "libcups2",  # printing; the bundle leaves it (and its GnuTLS, Kerberos…) to the system
    "fonts-dejavu-core",
]
# The tests also open documents in a real LibreOffice, read PDFs, run the app under Xvfb
# type into it with real keystrokes (xdotool) and run the store on a throwaway PostgreSQL server
# (tests/pg_server.py); the desktop integration files are checked with the freedesktop validators.
TEST_DEBS = [
    "libreoffice-writer-nogui",
    "libreoffice-calc-nogui",  # the partners' forms opened as a partner would: .xlsx → .ods and PDF
    "poppler-utils",
    "xvfb",
    "xdotool",
    "postgresql",
    "appstream",
    "desktop-file-utils",
    "shared-mime-info",
    "xdg-utils",  # xdg-mime: which program opens a .charte after install-desktop.sh (tests/test_linux_install.py)
    "icu-devtools",  # the bundle's reduced ICU data (packaging/pyinstaller/icu_data.py), with gcc
    "gcc",
]
# The DOCX asks for Arial. Without a metric twin LibreOffice sets it in DejaVu Sans (wider: more
# pages) and the LibreOffice tests measure the wrong font. Liberation Sans 2 is the font the PDF
# embeds; Debian 12's « fonts-liberation » is still version 1 (no U+202F, the narrow no-break space
# before ; ! ?), so its « fonts-liberation2 » is wanted, and later releases' fonts-liberation
# (version 2, with fonts-liberation2 a transitional name) when that name is gone.
LIBERATION_DEBS = ("fonts-liberation2", "fonts-liberation")


def say(message: str) -> None:
    print(f"[dev] {message}", flush=True)


def run(*cmd: str | Path, **kwargs: object) -> None:
    subprocess.run([str(c) for c in cmd], check=True, **kwargs)  # type: ignore[call-overload]


def missing_debs(names: list[str]) -> list[str]:
    out = []
    for name in names:
        res = subprocess.run(["dpkg-query", "-W", "-f=${Status}", name], capture_output=True, text=True)
        if "install ok installed" not in res.stdout:
            out.append(name)
    return out


def liberation_deb() -> str:
    """The first name of LIBERATION_DEBS this system's apt knows (an unknown name fails the whole install)."""
    for name in LIBERATION_DEBS:
        res = subprocess.run(["apt-cache", "show", name], capture_output=True, text=True)
        if res.returncode == 0 and res.stdout.strip():
            return name
    return LIBERATION_DEBS[-1]


def ensure_system_packages(with_tests: bool) -> None:
    if not sys.platform.startswith("linux") or not shutil.which("apt-get") or not shutil.which("dpkg-query"):
        return
    wanted = RUNTIME_DEBS + ([*TEST_DEBS, liberation_deb()] if with_tests else [])
    todo = missing_debs(wanted)
    if not todo:
        return
    sudo: list[str] = [] if os.geteuid() == 0 else (["sudo"] if shutil.which("sudo") else [])
    if os.geteuid() != 0 and not sudo:
        say(f"paquets système manquants (installez-les) : {' '.join(todo)}")
        return
    say(f"installation des paquets système : {' '.join(todo)}")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    run(*sudo, "apt-get", "update", "-qq", env=env)
    run(*sudo, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *todo, env=env)


def lock_digest(name: str) -> str:
    """What an install from lock ``name`` depends on: the lock itself and the project's metadata."""
    text = (ROOT / "pyproject.toml").read_bytes() + (LOCKS / f"{name}.txt").read_bytes() + name.encode()
    if name == "runtime":
        text += (LOCKS / "build.txt").read_bytes()
    return hashlib.sha256(text).hexdigest()


def ensure_venv(with_tests: bool) -> None:
    if not PY.exists():
        say("création de l'environnement .venv")
        venv.EnvBuilder(with_pip=True).create(VENV)
    name = "test" if with_tests else "runtime"
    stamp = VENV / ".charte-app-installed"
    installed = stamp.read_text() if stamp.exists() else ""
    # The test lock holds every runtime package: a test install serves `run` too (no reinstall back and forth).
    if installed in {lock_digest(n) for n in (["test"] if with_tests else ["runtime", "test"])}:
        return
    say(f"installation de charte-app et de ses dépendances (locks/{name}.txt)")
    pip = [PY, "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    run(*pip, "--require-hashes", "-r", LOCKS / f"{name}.txt", cwd=ROOT)
    if name == "runtime":  # the test lock holds the build back end already
        run(*pip, "--require-hashes", "-r", LOCKS / "build.txt", cwd=ROOT)
    build_assets()  # the .qm catalogues the editable install's build hook checks
    # The project itself, editable; its build back end (hatchling) came from a lock too.
    run(*pip, "--no-deps", "--no-build-isolation", "-e", ".", cwd=ROOT)
    stamp.write_text(lock_digest(name))


def write_locks(options: list[str]) -> None:
    """Resolve pyproject.toml into locks/*.txt for every platform (uv comes with the test extra)."""
    ensure_venv(with_tests=True)
    for name, (extras, inputs) in LOCKS_FROM.items():  # test first: the others are constrained by it
        project = [] if name == "build" else ["pyproject.toml"]
        same = ["--constraint", "locks/test.txt"] if name != "test" else []
        run(
            BIN / "uv", "pip", "compile", *project, *inputs, *[f"--extra={e}" for e in extras], *same, *options,
            "--universal", "--python-version=3.11", "--generate-hashes", "--quiet",
            "--custom-compile-command=python3 scripts/dev.py lock", f"--output-file=locks/{name}.txt",
            cwd=ROOT, env=dict(os.environ, UV_NO_CONFIG="1"),
        )  # fmt: skip
    say("locks/*.txt écrits ; relancez `python3 scripts/dev.py test`.")


def build_assets(python: Path = PY) -> None:
    """Compile translations (.ts → .qm) with ``python``'s PySide6; see scripts/build_assets.py."""
    script = ROOT / "scripts" / "build_assets.py"
    if script.exists():
        run(python, script, cwd=ROOT)


#: What the bundle is built from: a change in any of these makes `bundle` build again.
BUNDLE_SOURCES = ["src", "templates", "resources", "packaging", "locks/bundle.txt", "pyproject.toml"]
#: The bundle is built in its own environment, from locks/bundle.txt (the runtime packages, PyInstaller and
#: the PostgreSQL driver): nothing of the test tools (pytest, Pygments…) can slip into it.
BUNDLE_VENV = ROOT / "build" / "bundle-venv"
BUNDLE_BIN = BUNDLE_VENV / ("Scripts" if os.name == "nt" else "bin")
BUNDLE_PY = BUNDLE_BIN / ("python.exe" if os.name == "nt" else "python")
DIST = ROOT / "dist" / "charte-app"
BUNDLE_STAMP = DIST / ".charte-app-sources"


def bundle_digest() -> str:
    """sha256 of every file the bundle is made of (paths and contents; caches and .qm builds aside)."""
    digest = hashlib.sha256()
    for name in BUNDLE_SOURCES:
        base = ROOT / name
        files = [base] if base.is_file() else sorted(p for p in base.rglob("*") if p.is_file())
        for path in files:
            if "__pycache__" in path.parts or path.suffix in {".pyc", ".qm"}:
                continue
            digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def ensure_bundle_venv() -> None:
    """build/bundle-venv: locks/bundle.txt, then the project (editable: its metadata gives --version)."""
    stamp = BUNDLE_VENV / ".charte-app-installed"
    digest = hashlib.sha256((LOCKS / "bundle.txt").read_bytes() + (LOCKS / "build.txt").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    say("environnement du bundle : build/bundle-venv (locks/bundle.txt)")
    if not BUNDLE_PY.exists():
        venv.EnvBuilder(with_pip=True).create(BUNDLE_VENV)
    pip = [BUNDLE_PY, "-m", "pip", "install", "-q", "--disable-pip-version-check", "--require-hashes"]
    run(*pip, "-r", LOCKS / "bundle.txt", cwd=ROOT)
    run(*pip, "-r", LOCKS / "build.txt", cwd=ROOT)  # hatchling, for the project's install only (never bundled)
    build_assets(BUNDLE_PY)  # the .qm catalogues the install's build hook checks
    run(BUNDLE_PY, "-m", "pip", "install", "-q", "--disable-pip-version-check", "--no-deps",
        "--no-build-isolation", "-e", ".", cwd=ROOT)  # fmt: skip
    stamp.write_text(digest)


def bundle(options: list[str]) -> int:
    """dist/charte-app/ with PyInstaller from the locked environment; skipped when its sources are unchanged."""
    digest = bundle_digest()
    if "--force" not in options and BUNDLE_STAMP.exists() and BUNDLE_STAMP.read_text() == digest:
        say(f"{DIST.relative_to(ROOT)} est à jour")
        return 0
    ensure_bundle_venv()
    build_assets(BUNDLE_PY)  # the .qm catalogues the bundle ships
    spec = ROOT / "packaging" / "charte-app.spec"
    work = ROOT / "build" / "pyinstaller"
    shutil.rmtree(DIST, ignore_errors=True)  # PyInstaller leaves what a previous build had and this one has not
    run(BUNDLE_PY, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level=WARN",
        f"--distpath={DIST.parent}", f"--workpath={work}", spec, cwd=ROOT)  # fmt: skip
    for link in [p for p in DIST.rglob("*") if p.is_symlink() and not p.exists()]:
        link.unlink()  # PyInstaller's links to the Qt libraries the spec left out (EGLFS…)
    if os.name != "nt":  # one program: the launcher is the same executable under its -gui name
        (DIST / "charte-app-gui").symlink_to("charte-app")
    if sys.platform.startswith("linux"):  # the per-user desktop integration (no root), beside the program
        desktop_files(DIST / "share")
        shutil.copy2(ROOT / "packaging" / "linux" / "install-desktop.sh", DIST / "install-desktop.sh")
    BUNDLE_STAMP.write_text(digest)
    say(f"{DIST.relative_to(ROOT)} construit : {DIST / 'charte-app'}")
    return 0


def desktop_files(share: Path) -> None:
    """The freedesktop files under ``share`` (a /usr/share): launcher, .charte type, icons, AppStream."""
    packaging = ROOT / "packaging"
    for source, target in (
        (packaging / "charte-app.desktop", share / "applications" / "charte-app.desktop"),
        (packaging / "charte-app-mime.xml", share / "mime" / "packages" / "charte-app.xml"),
        (packaging / "io.github.charte_app.metainfo.xml", share / "metainfo" / "io.github.charte_app.metainfo.xml"),
        (ROOT / "resources" / "charte-app.svg", share / "icons" / "hicolor" / "scalable" / "apps" / "charte-app.svg"),
    ):
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    for icon in sorted((packaging / "icons" / "hicolor").glob("*/apps/charte-app.png")):
        target = share / "icons" / "hicolor" / icon.relative_to(packaging / "icons" / "hicolor")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(icon, target)


def project_version() -> str:
    import tomllib

    return str(tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"])


#: What the .deb needs from the system: Qt's libraries that the wheels do not carry (RUNTIME_DEBS' libraries).
DEB_DEPENDS = (
    "libc6 (>= 2.31), libegl1, libgl1, libfontconfig1, libdbus-1-3, libglib2.0-0, libxkbcommon0, "
    "libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0, libxcb-xinerama0, "
    "libxcb-randr0, libxcb-render-util0, libxcb-image0, libxcb-xkb1, libcups2, fonts-dejavu-core"
)
# Maintainer scripts: shared-mime-info and desktop-file-utils also refresh through dpkg triggers; called here
# (when present) so that a system without the triggers sees the .charte type and the launcher at once.
DEB_REFRESH = """#!/bin/sh
set -e
if [ "$1" = "configure" ] || [ "$1" = "remove" ] || [ "$1" = "purge" ]; then
    if command -v update-mime-database >/dev/null 2>&1; then update-mime-database /usr/share/mime || true; fi
    if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q /usr/share/applications || true; fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true; fi
fi
exit 0
"""


# What lintian reports that is the nature of a self-contained program (the bundle), not a packaging slip.
LINTIAN_OVERRIDES = """\
# The bundle is one self-contained folder (PyInstaller): Python, Qt and the libraries it was tested with.
charte-app: dir-or-file-in-opt *
charte-app: embedded-library *
charte-app: shared-library-lacks-prerequisites *
charte-app: hardening-no-pie *
# The PDF embeds these very fonts (metric twins of Arial), whatever the system has installed.
charte-app: duplicate-font-file *
"""


def build_deb(bundle_dir: Path, out_dir: Path, version: str, stage: Path) -> Path:
    """``out_dir/charte-app_<version>_amd64.deb`` from a built bundle folder: /opt/charte-app, /usr/bin links,
    the desktop files under /usr/share, and the maintainer scripts (dpkg-deb, files owned by root)."""
    import gzip

    if stage.exists():
        shutil.rmtree(stage)
    opt = stage / "opt" / "charte-app"
    # The per-user integration (install-desktop.sh, share/) is for the bare bundle; the package installs system-wide.
    top = {".charte-app-sources", "install-desktop.sh", "share"}
    shutil.copytree(
        bundle_dir, opt, symlinks=True, ignore=lambda d, names: top & set(names) if Path(d) == bundle_dir else []
    )
    usr = stage / "usr"
    (usr / "bin").mkdir(parents=True)
    for name in ("charte-app", "charte-app-gui"):  # the launcher is the program under its -gui name
        (usr / "bin" / name).symlink_to("/opt/charte-app/charte-app")
    desktop_files(usr / "share")
    doc = usr / "share" / "doc" / "charte-app"
    doc.mkdir(parents=True)
    licence = (ROOT / "LICENSE").read_text("utf-8")
    (doc / "copyright").write_text(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: charte-app\n\nFiles: *\nCopyright: charte-app\nLicense: MIT\n"
        + "".join(f" {line}\n" if line.strip() else " .\n" for line in licence.splitlines()),
        "utf-8",
    )
    changelog = f"charte-app ({version}) unstable; urgency=medium\n\n  * Release {version}.\n\n -- charte-app <charte-app@users.noreply.github.com>  Mon, 07 Dec 2026 00:00:00 +0000\n"
    (doc / "changelog.gz").write_bytes(gzip.compress(changelog.encode(), compresslevel=9, mtime=0))  # native
    overrides = usr / "share" / "lintian" / "overrides"
    overrides.mkdir(parents=True)
    (overrides / "charte-app").write_text(LINTIAN_OVERRIDES, "utf-8")
    for path in stage.rglob("*"):  # 0755 directories and programs, 0644 data (whatever the umask was)
        if path.is_symlink():
            continue
        library = ".so" in path.suffixes or path.suffix == ".py"  # lintian: shared libraries are not executable
        path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) and not library else 0o644)
    size_kb = sum(p.stat().st_size for p in stage.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    debian = stage / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(
        f"Package: charte-app\nVersion: {version}\nArchitecture: amd64\nSection: misc\nPriority: optional\n"
        f"Maintainer: charte-app <charte-app@users.noreply.github.com>\nInstalled-Size: {size_kb}\n"
        f"Depends: {DEB_DEPENDS}\nHomepage: https://github.com/charte-app/charte-app\n"
        "Description: cooperation charters and partnership agreements (PRE)\n"
        " Co-construct cooperation charters and partnership agreements with the\n"
        " partners of a Programme de Réussite Éducative, keep their versions,\n"
        " compare and print them (PDF, DOCX).\n",
        "utf-8",
    )
    for script in ("postinst", "postrm"):
        (debian / script).write_text(DEB_REFRESH, "utf-8")
        (debian / script).chmod(0o755)
    sums = []
    for path in sorted(p for p in stage.rglob("*") if p.is_file() and not p.is_symlink() and debian not in p.parents):
        sums.append(f"{hashlib.md5(path.read_bytes()).hexdigest()}  {path.relative_to(stage).as_posix()}\n")
    (debian / "md5sums").write_text("".join(sums), "utf-8")
    (debian / "md5sums").chmod(0o644)
    (debian / "control").chmod(0o644)
    out_dir.mkdir(parents=True, exist_ok=True)
    deb = out_dir / f"charte-app_{version}_amd64.deb"
    run("dpkg-deb", "--root-owner-group", "-Zxz", "--build", stage, deb)
    return deb


def package(options: list[str]) -> int:
    """dist/charte-app_<version>_amd64.deb from the (re)built bundle."""
    if not sys.platform.startswith("linux") or not shutil.which("dpkg-deb"):
        say("le paquet .deb se construit sur Debian ou Ubuntu (dpkg-deb introuvable)")
        return 1
    code = bundle(options)
    if code:
        return code
    deb = build_deb(DIST, ROOT / "dist", project_version(), ROOT / "build" / "deb")
    say(f"{deb.relative_to(ROOT)} construit ; installez-le avec : sudo apt install ./{deb.relative_to(ROOT)}")
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test", "lock", "bundle", "package"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    with_tests = command == "test"
    if sys.version_info < (3, 11):
        say("Python 3.11 ou plus récent est nécessaire.")
        return 1
    if command == "lock":
        write_locks(rest)
        return 0
    ensure_system_packages(with_tests)
    if command == "bundle":
        return bundle(rest)
    if command == "package":
        return package(rest)
    ensure_venv(with_tests)
    build_assets()
    if command == "run":
        return subprocess.call([str(BIN / "charte-app"), *rest])
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for check in ([BIN / "ruff", "check", "src", "tests", "scripts", "benchmarks"], [BIN / "mypy"]):
        if subprocess.call([str(c) for c in check], cwd=ROOT) != 0:
            say(f"échec de {Path(check[0]).name} : corrigez les erreurs ci-dessus.")
            return 1
    code = subprocess.call([str(PY), "-m", "pytest", *rest], cwd=ROOT, env=env)
    return 0 if code == 5 and rest else code  # 5 = no test selected by the caller's own filter


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except subprocess.CalledProcessError as exc:
        say(f"la commande a échoué ({exc.returncode}) : {' '.join(map(str, exc.cmd))}")
        sys.exit(1)
