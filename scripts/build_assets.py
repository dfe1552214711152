#!/usr/bin/env python3
"""Build the UI assets: Designer forms → Python, Qt Linguist catalogues → .qm.

    python scripts/build_assets.py             compile translations (.ts → .qm)
    python scripts/build_assets.py --forms     recompile every form (forms/X.ui → ui/generated/ui_X.py)
    python scripts/build_assets.py --check     exit 1 when a compiled form is stale (CI)
    python scripts/build_assets.py --update-ts refresh the .ts catalogues from the sources (pyside6-lupdate)
    python scripts/build_assets.py --icons     render resources/charte-app.svg into the PNG and .ico icons

Forms are compiled with ``pyside6-uic`` and the result is committed, so the
application needs no Designer tool at run time; ``--check`` (and
``tests/test_ui_forms.py``) catch a form edited without recompiling. The compiled code
imports only the Qt names it uses (:func:`used_imports_only`).
``scripts/dev.py`` runs the default action at set-up.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
GENERATED = ROOT / "src" / "charte_app" / "ui" / "generated"
TRANSLATIONS = ROOT / "resources" / "translations"
ICON_SVG = ROOT / "resources" / "charte-app.svg"
HICOLOR = ROOT / "packaging" / "icons" / "hicolor"
ICO = ROOT / "packaging" / "windows" / "charte-app.ico"
#: The hicolor theme's usual application sizes (freedesktop icon theme spec), and what Windows asks an .ico for.
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
UI_SOURCES = ROOT / "src" / "charte_app" / "ui"
#: The line uic stamps with its own version; ignored when comparing.
VERSION_MARK = "Created by: Qt User Interface Compiler"


def tool(name: str) -> str:
    """A PySide6 tool from the running interpreter's environment (or the PATH)."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} introuvable : installez PySide6 dans cet environnement.")
    return found


def compiled_path(form: Path) -> Path:
    return GENERATED / f"ui_{form.stem}.py"


def uic(form: Path, output: Path) -> None:
    subprocess.run([tool("pyside6-uic"), str(form), "-o", str(output)], check=True)
    output.write_text(used_imports_only(output.read_text("utf-8")), "utf-8")


def used_imports_only(source: str) -> str:
    """``source`` with its PySide6 imports reduced to the names the code uses.

    uic imports the same two dozen classes into every form (gradients, QPalette, QDateTime…).
    PySide builds a class, with all its enums, when its name is first imported: the main window's
    form spent 15 ms of every start on classes it never uses."""
    tree = ast.parse(source)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = source.splitlines(keepends=True)
    for node in reversed(tree.body):  # bottom up: the line numbers above stay valid
        if not (isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6")):
            continue
        names = [alias.name for alias in node.names if (alias.asname or alias.name) in used]
        assert node.end_lineno is not None and all(alias.asname is None for alias in node.names)
        kept = f"from {node.module} import {', '.join(names)}\n" if names else ""
        lines[node.lineno - 1 : node.end_lineno] = [kept]
    return "".join(lines)


def _comparable(text: str) -> list[str]:
    return [line for line in text.splitlines() if VERSION_MARK not in line]


def stale_forms() -> list[Path]:
    """Forms whose committed Python differs from a fresh compilation (or is missing)."""
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        for form in sorted(FORMS.glob("*.ui")):
            fresh = Path(tmp) / f"ui_{form.stem}.py"
            uic(form, fresh)
            target = compiled_path(form)
            if not target.exists() or _comparable(target.read_text("utf-8")) != _comparable(fresh.read_text("utf-8")):
                stale.append(form)
    return stale


def compile_forms() -> None:
    GENERATED.mkdir(parents=True, exist_ok=True)
    for form in sorted(FORMS.glob("*.ui")):
        uic(form, compiled_path(form))
        print(f"[assets] {form.relative_to(ROOT)} → {compiled_path(form).relative_to(ROOT)}")


def release_translations() -> None:
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        print(f"[assets] {ts.relative_to(ROOT)} → {qm.name}")


def render_icon(size: int) -> bytes:
    """The SVG icon rendered at ``size`` × ``size`` pixels, as PNG bytes (Qt's SVG renderer, transparent)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        render_icon.app = QGuiApplication([])  # type: ignore[attr-defined]  # kept alive
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(ICON_SVG)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_file(images: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG-compressed image per size (Vista and later read PNG entries)."""
    import struct

    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def render_icons() -> None:
    """packaging/icons/hicolor/<N>x<N>/apps/charte-app.png and packaging/windows/charte-app.ico (committed)."""
    rendered = {size: render_icon(size) for size in sorted(set(ICON_SIZES) | set(ICO_SIZES))}
    for size in ICON_SIZES:
        target = HICOLOR / f"{size}x{size}" / "apps" / "charte-app.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(rendered[size])
        print(f"[assets] {target.relative_to(ROOT)}")
    ICO.parent.mkdir(parents=True, exist_ok=True)
    ICO.write_bytes(ico_file({size: rendered[size] for size in ICO_SIZES}))
    print(f"[assets] {ICO.relative_to(ROOT)}")


def update_catalogues() -> None:
    """Extract every French source string (Python and forms) into each .ts, keeping translations."""
    sources = [str(p) for p in sorted(UI_SOURCES.rglob("*.py")) if "generated" not in p.parts]
    sources += [str(p) for p in sorted(FORMS.glob("*.ui"))]
    for ts in sorted(TRANSLATIONS.glob("charte_app_*.ts")):  # qtbase_fix_*.ts holds Qt's strings, by hand
        plurals = _plural_translations(ts.read_text("utf-8"))
        subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(ts)], check=True)
        ts.write_text(_keep_plurals(ts.read_text("utf-8"), plurals), "utf-8")


# A message whose source holds "%n" is a plural (Qt's numerus form). pyside6-lupdate 6.11 sees it in
# ``self.tr(text, "", n)`` but not in ``QCoreApplication.translate(context, text, "", n)``, which module
# functions use: without this, a refresh would turn such a message back into a singular one and drop
# its plural forms.
_MESSAGE = re.compile(r"<message( numerus=\"yes\")?>(.*?)</message>", re.S)
_SOURCE = re.compile(r"<source>([^<]*)</source>")
_TRANSLATION = re.compile(r"<translation[^>]*>.*?</translation>|<translation[^>]*/>", re.S)


def _plural_translations(text: str) -> dict[str, str]:
    """The ``<translation>`` element of every plural message, by source text."""
    found = {}
    for match in _MESSAGE.finditer(text):
        source, translation = _SOURCE.search(match.group(2)), _TRANSLATION.search(match.group(2))
        if match.group(1) and source and translation:
            found[source.group(1)] = translation.group(0)
    return found


def _keep_plurals(text: str, plurals: dict[str, str]) -> str:
    def fix(match: re.Match[str]) -> str:
        source = _SOURCE.search(match.group(2))
        if match.group(1) or source is None or "%n" not in source.group(1):
            return match.group(0)
        empty = (
            '<translation type="unfinished">\n            <numerusform></numerusform>\n            '
            "<numerusform></numerusform>\n        </translation>"
        )
        body = _TRANSLATION.sub(lambda _m: plurals.get(source.group(1), empty), match.group(2), count=1)
        return f'<message numerus="yes">{body}</message>'

    return _MESSAGE.sub(fix, text)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--forms", action="store_true", help="recompile every form")
    parser.add_argument("--check", action="store_true", help="fail when a compiled form is stale")
    parser.add_argument("--update-ts", action="store_true", help="refresh the .ts catalogues")
    parser.add_argument("--icons", action="store_true", help="render the PNG and .ico icons from the SVG")
    args = parser.parse_args(argv)
    os.chdir(ROOT)
    if args.icons:
        render_icons()
        return 0
    if args.update_ts:
        update_catalogues()
    if args.forms:
        compile_forms()
    if args.check:
        stale = stale_forms()
        for form in stale:
            print(f"[assets] formulaire non recompilé : {form.relative_to(ROOT)} (lancez --forms)")
        return 1 if stale else 0
    release_translations()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
