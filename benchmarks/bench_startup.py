#!/usr/bin/env python3
"""Startup, memory and typing figures of the desktop application (prints figures; not a test).

    .venv/bin/python benchmarks/bench_startup.py [--runs 5] [--keys 200]
    .venv/bin/python benchmarks/bench_startup.py --cli [--runs 10] [--bundle dist/charte-app]

* start-up: time from process start to the main window shown with the last dossier open,
  against a bare PySide6 window started the same way in the same run (target ≤ 3×);
* memory: RSS with the large generated dossier open, before and after visiting every step
  (target ≤ 300 MB);
* typing: UI-thread time per keystroke on the large dossier (target ≤ 16 ms), and the
  time of one autosave of it (which runs when the user pauses, not per keystroke).

Runs under Xvfb (started here on :99 when no DISPLAY is set), like a real X11 desktop.

``--cli``: wall time of the commands that open no window (``--version``, ``list`` on a fresh data dir),
from the venv's ``charte-app`` against the bundle's (column ``bundle``; target: within 50 ms), and
whether either loaded Qt (the dynamic loader's trace, ``LD_DEBUG=files``).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHOWN = "SHOWN"

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 720)
window.show()
while not (window.windowHandle() and window.windowHandle().isExposed()):
    app.processEvents()
import time
print(f"CPU {1000 * time.process_time():.0f}", flush=True)
print("SHOWN", flush=True)
"""

APP = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from charte_app.ui.app import start
application = start(Path(sys.argv[1]), None, None)
window = application.window
assert window.dossier_open(), "the last dossier did not reopen"
while not (window.windowHandle() and window.windowHandle().isExposed()):
    QApplication.processEvents()
print("SHOWN", flush=True)
application.service.close()
"""

# ``charte-app open FILE`` on a fresh data dir, as run_app does it (start, then the event loop):
# SHOWN once the window is painted with the file's dossier in it (start's on_shown), STORED
# once the import is in the database and the stored dossier open.
OPEN = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from charte_app.ui.app import start
import time
def shown():
    print(f"CPU {1000 * time.process_time():.0f}", flush=True)
    print("SHOWN", flush=True)
application = start(Path(sys.argv[1]), None, Path(sys.argv[2]), on_shown=shown)
assert application.window.dossier_open(), "the file was not imported"
print("STORED", flush=True)
application.service.close()
"""

PHASES = """
import time
T0 = time.perf_counter()
import sys
from pathlib import Path
def mark(label):
    print(f"PHASE {1000 * (time.perf_counter() - T0):6.0f} ms  {label}")
from PySide6.QtWidgets import QApplication
mark("PySide6 imported")
import charte_app
mark("charte_app package")
from charte_app.ui import app as ui_app
mark("UI modules imported")
qapp = ui_app.create_qapplication()
mark("QApplication created")
from charte_app.services.dossiers import DossierService
service = DossierService.open(Path(sys.argv[1]))
service.get_setting("language")
mark("service opened, first query (sqlite3 driver: no SQLAlchemy on a current file)")
application = ui_app.Application(qapp, service, Path(sys.argv[1]))
window = application.build_window()
mark("main window built (home, wizard and its first page)")
window.show()
window.open_last()
mark("last dossier loaded into the wizard")
while not (window.windowHandle() and window.windowHandle().isExposed()):
    QApplication.processEvents()
mark("window exposed (first paint)")
service.close()
"""

PROBE = """
import statistics, sys, time
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from charte_app.ui.app import start

def rss_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")

keys = int(sys.argv[2])
application = start(Path(sys.argv[1]), None, None)
window = application.window
QApplication.processEvents()
print(f"RSS_OPEN {rss_mb():.0f}")
wizard = window.wizard
for row in range(len(wizard.pages)):
    wizard.form.stepList.setCurrentRow(row)
    QApplication.processEvents()
print(f"RSS_ALL_STEPS {rss_mb():.0f}")

def typing(widget, label):
    widget.setFocus()
    times = []
    for i in range(keys):
        key = "abcdefghij"[i % 10]
        t0 = time.perf_counter()
        QTest.keyClick(widget, key)
        QApplication.processEvents()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    p95 = times[int(len(times) * 0.95) - 1]
    print(f"KEYS {label} median={statistics.median(times):.2f} p95={p95:.2f} max={times[-1]:.2f}")

window.autosaver.enabled = False  # per-keystroke cost only; the save is timed below
wizard.go_to("partners")
page = wizard.page("partners")
page.form.partnerTable.selectRow(20)
typing(page.form.nameEdit, "partner-name")
wizard.go_to("diagnosis")
typing(wizard.page("diagnosis").form.diagnosisEdit, "diagnosis-text")
wizard.go_to("commitments")
page = wizard.page("commitments")
page.form.partnerList.setCurrentRow(5)
typing(page.form.textEdit, "commitment-text")
window.autosaver.enabled = True
window.autosaver._edited()
t0 = time.perf_counter()
state = window.autosaver.flush()
print(f"AUTOSAVE {(time.perf_counter() - t0) * 1000:.0f} {state.value}")
application.service.close()
"""


def child(code: str, *args: str, env: dict[str, str]) -> tuple[float, list[str]]:
    """Run ``code`` in a fresh interpreter; seconds until it prints SHOWN, and all its output."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    shown = float("nan")
    lines = []
    for line in proc.stdout:
        if line.strip() == SHOWN and shown != shown:
            shown = time.perf_counter() - start
        lines.append(line.rstrip())
    proc.wait(timeout=300)
    if proc.returncode:
        raise SystemExit(f"child failed ({proc.returncode}):\n{proc.stderr.read() if proc.stderr else ''}")
    return shown, lines


def prepare(folder: Path, large: bool) -> str:
    """A data directory whose last opened dossier is the small or the large generated one."""
    from charte_app.samples import large_dossier_file, small_dossier
    from charte_app.services.dossiers import DossierService

    with DossierService.open(folder) as service:
        if large:
            result = service.import_dossier_file(large_dossier_file())
            dossier_id = result.dossier_id
        else:
            dossier = small_dossier()
            service.save_draft(dossier)
            dossier_id = dossier.id
        service.set_setting("last_dossier", dossier_id)
    return dossier_id


def open_figures(runs: int, env: dict[str, str], tmp: Path, bare_ms: float) -> None:
    """``charte-app open FILE`` on a fresh data dir: the Reims example and the large file (10 MB, 30 versions)."""
    from charte_app.domain.dossier_file import dump
    from charte_app.samples import large_dossier_file

    example = ROOT.parent / "shared" / "examples" / "reims-croix-rouge.charte"
    if not example.is_file():
        example = ROOT / "tests" / "data" / "examples" / "reims-croix-rouge.charte"
    large = tmp / "grand-dossier.charte"
    large.write_bytes(dump(large_dossier_file()))
    for label, path in (("Reims example", example), ("large file, 10 MB", large)):
        times, whole, cpu, bare_cpu, pairs = [], [], [], [], []
        for run in range(runs):
            fresh = tmp / f"fresh-{large == path}-{run}"
            begun = time.perf_counter()
            shown, lines = child(OPEN, str(fresh), str(path), env=env)
            whole.append(time.perf_counter() - begun)
            times.append(shown)
            cpu.append(_cpu(lines))
            bare_shown, bare_lines = child(BARE, env=env)  # side by side: the same load for both
            bare_cpu.append(_cpu(bare_lines))
            pairs.append(shown / bare_shown)
        ms, stored = statistics.median(times) * 1000, statistics.median(whole) * 1000
        own, bare = statistics.median(cpu), statistics.median(bare_cpu)
        print(
            f"open FILE, fresh data dir, {label:17}: {ms:7.0f} ms painted with the dossier ({ms / bare_ms:.2f}× bare; "
            f"target ≤ 3×); CPU until painted {own:.0f} ms vs bare {bare:.0f} ms ({own / bare:.2f}×); "
            f"imported, stored and closed: {stored:.0f} ms"
        )
        print(f"  {_pairs(pairs)}")


def _pairs(ratios: list[float]) -> str:
    """Each run against the bare window launched beside it: the machine's speed changes from minute to
    minute, and a ratio of two medians taken minutes apart carries that change."""
    ratios = sorted(ratios)
    return (
        f"each run / the bare window launched beside it: median {statistics.median(ratios):.2f}×, "
        f"from {ratios[0]:.2f}× to {ratios[-1]:.2f}×"
    )


def _cpu(lines: list[str]) -> float:
    """The CPU milliseconds a child printed when its window was shown (steadier than wall time on a shared machine)."""
    return next(float(line.split()[1]) for line in lines if line.startswith("CPU "))


def ensure_display() -> subprocess.Popen[bytes] | None:
    if os.environ.get("DISPLAY"):
        return None
    if not shutil.which("Xvfb"):
        raise SystemExit("Xvfb introuvable : installez le paquet xvfb ou lancez sous un serveur X.")
    xvfb = subprocess.Popen(["Xvfb", ":99", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"])
    os.environ["DISPLAY"] = ":99"
    time.sleep(1.0)
    return xvfb


CLI_COMMANDS = (["--version"], ["list"])


def loads_qt(program: Path, arguments: list[str], env: dict[str, str]) -> bool:
    """Whether the dynamic loader opened Qt's core library during the command."""
    traced = subprocess.run(
        [str(program), *arguments], env=dict(env, LD_DEBUG="files"), capture_output=True, text=True, check=False
    )
    return "libQt6Core" in traced.stderr


def cli_figures(runs: int, bundle: Path) -> None:
    venv_program = Path(sys.executable).with_name("charte-app")
    bundle_program = bundle / "charte-app"
    contenders = {"venv": venv_program, "bundle": bundle_program}
    missing = [str(p) for p in contenders.values() if not p.exists()]
    if missing:
        raise SystemExit(f"introuvable : {', '.join(missing)} (python3 scripts/dev.py bundle)")
    with tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_"))}
        env["CHARTE_APP_DATA_DIR"] = str(Path(tmp, "data"))
        print(f"CLI start-up, {runs} runs, medians in ms: wall, and CPU (user + system, steadier on a busy machine)")
        print(f"{'command':14} {'venv':>8} {'bundle':>8} {'Δ':>7}   {'CPU venv':>8} {'bundle':>8} {'Δ':>7}  Qt loaded")
        for arguments in CLI_COMMANDS:
            wall: dict[str, float] = {}
            cpu: dict[str, float] = {}
            for label, program in contenders.items():
                subprocess.run([str(program), *arguments], env=env, capture_output=True, check=True)  # warm
                times, cpus = [], []
                for _ in range(runs):
                    before = resource.getrusage(resource.RUSAGE_CHILDREN)
                    started = time.perf_counter()
                    subprocess.run([str(program), *arguments], env=env, capture_output=True, check=True)
                    times.append(time.perf_counter() - started)
                    after = resource.getrusage(resource.RUSAGE_CHILDREN)
                    cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
                wall[label], cpu[label] = statistics.median(times) * 1000, statistics.median(cpus) * 1000
            qt = [loads_qt(p, arguments, env) for p in contenders.values()]
            print(
                f"{' '.join(arguments):14} {wall['venv']:8.0f} {wall['bundle']:8.0f} {wall['bundle'] - wall['venv']:+7.0f}"
                f"   {cpu['venv']:8.0f} {cpu['bundle']:8.0f} {cpu['bundle'] - cpu['venv']:+7.0f}  {qt}"
            )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keys", type=int, default=200)
    parser.add_argument("--open-only", action="store_true", help="start-up and « open FILE » figures only")
    parser.add_argument("--cli", action="store_true", help="CLI start-up: the venv against the bundle")
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "charte-app")
    args = parser.parse_args(argv)
    if args.cli:
        cli_figures(args.runs, args.bundle)
        return 0
    sys.path.insert(0, str(ROOT / "src"))
    xvfb = ensure_display()
    try:
        env = dict(os.environ, QT_QPA_PLATFORM="xcb")
        env.pop("CHARTE_APP_DATA_DIR", None)
        # An installed application runs from byte-compiled modules (pip compiles them); so do both contenders.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        with tempfile.TemporaryDirectory() as tmp:
            small, large = Path(tmp, "small"), Path(tmp, "large")
            small.mkdir()
            large.mkdir()
            prepare(small, large=False)
            prepare(large, large=True)
            child(BARE, env=env)  # warm the disk cache for every contender alike
            child(APP, str(small), env=env)
            bare, app_small, app_large = [], [], []
            for _ in range(args.runs):
                bare.append(child(BARE, env=env)[0])
                app_small.append(child(APP, str(small), env=env)[0])
                app_large.append(child(APP, str(large), env=env)[0])
            b, s, lg = (statistics.median(x) * 1000 for x in (bare, app_small, app_large))
            print(f"display {os.environ['DISPLAY']} (QT_QPA_PLATFORM=xcb), {args.runs} runs, medians")
            print(f"bare PySide6 window shown        : {b:7.0f} ms")
            print(f"app, small dossier reopened       : {s:7.0f} ms  ({s / b:.2f}× bare; target ≤ 3×)")
            print(f"  {_pairs([a / z for a, z in zip(app_small, bare, strict=True)])}")
            print(f"app, large dossier reopened       : {lg:7.0f} ms  ({lg / b:.2f}× bare)")
            print(f"  {_pairs([a / z for a, z in zip(app_large, bare, strict=True)])}")
            open_figures(args.runs, env, Path(tmp), b)
            if args.open_only:
                return 0
            _, lines = child(PHASES, str(small), env=env)
            print("where the time goes (one run, small dossier):")
            for line in lines:
                if line.startswith("PHASE "):
                    print("  " + line[6:])
            _, lines = child(PROBE, str(large), str(args.keys), env=env)
            figures = dict(line.split(" ", 1) for line in lines if " " in line)
            print(f"RSS, large dossier open           : {figures['RSS_OPEN']} MB (target ≤ 300 MB)")
            print(f"RSS, after visiting every step    : {figures['RSS_ALL_STEPS']} MB")
            for line in lines:
                if line.startswith("KEYS "):
                    print(f"per keystroke ({line[5:]}) ms (target ≤ 16 ms)")
            ms, state = figures["AUTOSAVE"].split()
            print(f"one autosave of the large dossier : {ms} ms ({state}; runs when typing pauses)")
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
