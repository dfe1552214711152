"""Issue 21: a newcomer's walk with the real main window at 1366×768, from an empty data dir to a PDF.

Create a dossier from the home screen, five partners typed in step 1, every other step filled
minimally (the sample's charter and convention over these partners: typing each field is what the
step tests do), every step and every convention section shown, a version frozen, the decisions
opened, a PDF exported; in French, then in English and meeting mode. At each screen: no horizontal
scroll bar visible in the page and no one-line label cut at its end.

With ``CHARTE_APP_SHOTS=<folder>`` each screen is saved there as a PNG (to look at; CI leaves it unset).
"""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments

from __future__ import annotations

import os
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QTableView, QWidget
from pytestqt.qtbot import QtBot

from charte_app.samples import _charter, _convention
from charte_app.services.dossiers import DossierService
from charte_app.ui import i18n, version_dialog
from charte_app.ui.main_window import MainWindow
from charte_app.ui.steps import preview as preview_module
from charte_app.ui.versions import HistoryDialog
from charte_app.ui.widgets.fit import header_elided
from test_ui_support import add_partner, create_dossier, go, recorder, service, window  # noqa: F401

PARTNERS = (
    "Ville de Reims",
    "Département de la Marne",
    "Caisse d'allocations familiales de la Marne",
    "Association Prévention Spécialisée Châtillons",
    "Collège Université",
)
ROOT = Path(__file__).resolve().parent.parent


def _shots() -> Path | None:
    folder = os.environ.get("CHARTE_APP_SHOTS")
    if not folder:
        return None
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    return path


def _cut_labels(root: QWidget) -> list[str]:
    """Visible one-line plain labels whose text is wider than the label (cut at the end, unreadable)."""
    cut = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or label.wordWrap() or label.textFormat() == Qt.TextFormat.RichText:
            continue
        text = label.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        if not text or "\n" in text or "<" in text or label.pixmap().width() > 0:
            continue
        if label.property("fitOneLine") and label.toolTip() == label.text():
            continue  # a title deliberately on one line (never pushes the page): whole in its tooltip
        if label.fontMetrics().horizontalAdvance(text) > label.contentsRect().width() + 1:
            cut.append(f"{label.objectName() or '?'}: {text}")
    return cut


def _cut_headers(root: QWidget) -> list[str]:
    """Column titles of the visible tables narrower than their text (bold when highlighted)."""
    return [
        f"{view.objectName()}: {title}"
        for view in root.findChildren(QTableView)
        if view.isVisible() and view.model() is not None
        for title in header_elided(view)
    ]


def _sideways(root: QWidget) -> list[str]:
    """Visible scroll areas in ``root`` showing a horizontal scroll bar."""
    return [
        area.objectName() or type(area).__name__
        for area in root.findChildren(QAbstractScrollArea)
        if area.isVisible() and area.horizontalScrollBar().isVisible()
    ]


class Walk:
    def __init__(self, window: MainWindow, tag: str) -> None:
        self.window = window
        self.tag = tag
        self.folder = _shots()
        self.count = 0

    def check(self, name: str, root: QWidget | None = None) -> None:
        page = root if root is not None else self.window.centralWidget()
        assert page is not None
        for _turn in range(10):  # a font or style change (meeting mode) lays out over a few event-loop turns
            QTest.qWait(30)
            if not _sideways(page) and not _cut_labels(page) and not _cut_headers(page):
                break
        self.count += 1
        if self.folder is not None:
            (root or self.window).grab().save(str(self.folder / f"{self.tag}-{self.count:02d}-{name}.png"))
        assert _sideways(page) == [], (
            name,
            _sideways(page),
            [
                (
                    a.objectName(),
                    a.horizontalScrollBar().maximum(),
                    a.viewport().width(),
                    a.horizontalHeader().length() if hasattr(a, "horizontalHeader") else 0,
                )
                for a in page.findChildren(QAbstractScrollArea)
            ],
        )
        assert _cut_labels(page) == [], (name, _cut_labels(page))
        assert _cut_headers(page) == [], (name, _cut_headers(page))


def _fill(window: MainWindow, service: DossierService) -> None:
    """Steps 2 to 10 filled minimally over the five partners typed in step 1."""
    window.autosaver.flush()
    dossier = window.editor.dossier
    rng = random.Random(1)
    dossier.diagnosis = "Des ruptures de parcours au passage au collège, faute de relais entre partenaires."
    dossier.common_goal = "Qu'aucun enfant ne connaisse de rupture dans son parcours éducatif."
    dossier.charter = _charter(rng, dossier.partners, 4)
    indicators = [ind.id for ind in dossier.charter.indicators()]
    dossier.conventions = [_convention(rng, dossier.partners, 3, indicators)]
    service.save_draft(dossier)
    assert window.open_dossier(dossier.id)


def _walk(qtbot: QtBot, window: MainWindow, service: DossierService, tmp_path: Path, walk: Walk, title: str) -> None:
    window.resize(1366, 768)
    # The help panel open in normal mode; meeting mode closes it (the page needs the room, F1 opens it).
    window.form.actionGuidance.setChecked(not window.form.actionMeetingMode.isChecked())
    window.show_home()
    walk.check("home")
    create_dossier(qtbot, window, title)
    for name in PARTNERS:
        add_partner(qtbot, window, name)
    walk.check("partners-typed")
    _fill(window, service)
    wizard = window.wizard
    for row in range(wizard.form.stepList.count()):
        step_id = wizard._classes[row].step_id
        page = go(window, step_id)
        walk.check(step_id)
        if step_id == "conventions":
            for section in range(1, page.form.sectionList.count()):
                page.form.sectionList.setCurrentRow(section)
                walk.check(f"conventions-{section}")
    # Step 12: a version frozen, then the decisions (the history) opened.
    step12 = go(window, "signing")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(version_dialog, "create_version", lambda _p, svc, did: svc.freeze_version(did, "comité"))
        qtbot.mouseClick(step12.buttons["create_version"], Qt.MouseButton.LeftButton)
    assert service.list_versions(window.editor.dossier.id)
    walk.check("version-frozen")
    qtbot.mouseClick(step12.buttons["record_decisions"], Qt.MouseButton.LeftButton)
    [history] = window.findChildren(HistoryDialog)  # the history, where each partner's decision is noted
    walk.check("decisions", history)
    history.close()
    # Step 11: a PDF exported.
    preview = go(window, "preview")
    target = tmp_path / f"{walk.tag}.pdf"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(preview_module, "ask_save_path", lambda *_a: str(target))
        preview.form.exportPdfButton.click()
    assert target.exists() and target.read_bytes().startswith(b"%PDF")
    walk.check("exported")


@pytest.fixture
def english() -> Iterator[None]:
    sys.path.insert(0, str(ROOT / "scripts"))
    import build_assets

    catalogue = ROOT / "resources" / "translations" / "charte_app_en.ts"
    qm = catalogue.with_suffix(".qm")
    if not qm.exists() or qm.stat().st_mtime < catalogue.stat().st_mtime:
        build_assets.release_translations()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    i18n.install(app, "en")
    try:
        yield
    finally:
        i18n.install(app, "fr")


def test_a_newcomer_walks_from_an_empty_data_dir_to_a_pdf_in_french(
    qtbot: QtBot, window: MainWindow, service: DossierService, tmp_path: Path
) -> None:
    walk = Walk(window, "fr")
    _walk(qtbot, window, service, tmp_path, walk, "Coopération éducative des Châtillons")
    assert walk.count >= 20


def test_the_same_walk_in_english_and_meeting_mode(
    qtbot: QtBot, english: Any, service: DossierService, data_dir: Path, recorder: Any, tmp_path: Path
) -> None:
    from test_ui_support import make_window

    window = make_window(qtbot, service, data_dir)
    window.form.actionMeetingMode.setChecked(True)
    try:
        walk = Walk(window, "en-meeting")
        _walk(qtbot, window, service, tmp_path, walk, "Educational cooperation")
        assert walk.count >= 20
    finally:
        window.form.actionMeetingMode.setChecked(False)
