"""Designer forms: one mechanism (pyside6-uic, committed output, used by composition), never stale."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6 import QtWidgets
from pytestqt.qtbot import QtBot

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import build_assets  # noqa: E402 - the build script is the single mechanism under test

FORMS = sorted((ROOT / "forms").glob("*.ui"))


def test_every_compiled_form_matches_its_designer_file() -> None:
    stale = [str(f.relative_to(ROOT)) for f in build_assets.stale_forms()]
    assert stale == [], "recompile with: python scripts/build_assets.py --forms"


def test_compiled_forms_import_only_the_qt_names_they_use() -> None:
    """uic imports two dozen classes into every form; PySide builds each one, with its enums, on import
    (15 ms of the start for the main window's form). The compiled forms keep only the names they use."""
    import ast

    for path in sorted((ROOT / "src" / "charte_app" / "ui" / "generated").glob("ui_*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
        imported = [a.name for node in tree.body if isinstance(node, ast.ImportFrom) for a in node.names]
        assert imported and set(imported) <= used, (path.name, sorted(set(imported) - used))
    pruned = build_assets.used_imports_only(
        "from PySide6.QtCore import (QCoreApplication, QDate,\n    QMetaObject)\n"
        "from PySide6.QtGui import (QBrush, QColor)\n"
        "from PySide6.QtWidgets import (QApplication, QLabel)\n\n"
        "class Ui_Form(object):\n"
        "    def setupUi(self, Form):\n"
        "        self.label = QLabel(Form)\n"
        "        QMetaObject.connectSlotsByName(Form)\n"
    )
    assert pruned.splitlines()[:3] == [
        "from PySide6.QtCore import QMetaObject",
        "from PySide6.QtWidgets import QLabel",
        "",
    ]


@pytest.mark.parametrize("form", FORMS, ids=[f.stem for f in FORMS])
def test_every_form_builds_by_composition(qtbot: QtBot, form: Path) -> None:
    module = importlib.import_module(f"charte_app.ui.generated.ui_{form.stem}")
    [cls] = [obj for name, obj in vars(module).items() if name.startswith("Ui_")]
    top = ET.parse(form).getroot().find("widget")
    assert top is not None
    host = getattr(QtWidgets, top.get("class", "QWidget"))()
    qtbot.addWidget(host)
    ui = cls()
    ui.setupUi(host)
    assert not isinstance(host, cls)  # composed, never inherited


GENERATED = sorted((ROOT / "src" / "charte_app" / "ui" / "generated").glob("ui_*.py"))


@pytest.mark.parametrize("module", GENERATED, ids=[m.stem for m in GENERATED])
def test_each_generated_form_imports_alone(module: Path) -> None:
    """Issue 25: no circular import. The comparison's forms promote widgets of ``ui.versions``, whose
    package must not import the views that import those forms: each form imports first, in a fresh process."""
    name = f"charte_app.ui.generated.{module.stem}"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT / "src"))
    out = subprocess.run([sys.executable, "-c", f"import {name}"], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr


def test_views_compose_their_form_instead_of_inheriting_it() -> None:
    sources = (ROOT / "src" / "charte_app" / "ui").rglob("*.py")
    offenders = [
        str(p.relative_to(ROOT))
        for p in sources
        if "generated" not in p.parts and "(Ui_" in p.read_text("utf-8").replace(" ", "")
    ]
    assert offenders == []
