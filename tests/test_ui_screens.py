"""Every screen at 1366×768 (the coordinators' laptops) and in "mode réunion": screenshots and a clipping check.

Screenshots go to pytest's temporary folder, and to ``$CHARTE_SHOTS`` when set
(``CHARTE_SHOTS=/tmp/shots``) so a human can look at them. The automatic
check catches the usual defects: a label, button or check box narrower than
the text it must show, and a widget spilling out of its parent.
"""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from charte_app.samples import small_dossier
from charte_app.services.dossiers import DossierService
from charte_app.ui.main_window import MainWindow
from test_ui_support import recorder, service, window  # noqa: F401 - fixtures


def clipped_widgets(root: QWidget) -> list[str]:
    """Visible labels and buttons too narrow for their text, and children overflowing their parent."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
            if widget.width() < widget.minimumSizeHint().width() - 1:
                problems.append(f"{name}: {widget.width()} < {widget.minimumSizeHint().width()} ({widget.text()!r})")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.width() < widget.minimumSizeHint().width() - 1:
                problems.append(f"{name}: {widget.width()} < {widget.minimumSizeHint().width()} ({widget.text()!r})")
        parent = widget.parentWidget()
        if parent is not None and parent.isVisibleTo(root) and not parent.inherits("QAbstractScrollArea"):
            if widget.geometry().right() > parent.width() + 1 and not parent.inherits("QScrollArea"):
                if parent.objectName() != "qt_scrollarea_viewport" and not widget.inherits("QMenu"):
                    problems.append(f"{name} overflows {type(parent).__name__} {parent.objectName()!r}")
    return problems


def shots_dirs(tmp_path: Path) -> list[Path]:
    dirs = [tmp_path / "shots"]
    if os.environ.get("CHARTE_SHOTS"):
        dirs.append(Path(os.environ["CHARTE_SHOTS"]))
    for d in dirs:
        d.mkdir(parents=True, exist_ok=True)
    return dirs


def grab(window: MainWindow, name: str, dirs: list[Path]) -> None:
    QApplication.processEvents()
    image = window.grab()
    assert image.width() == 1366 and image.height() == 768
    for d in dirs:
        assert image.save(str(d / f"{name}.png"))


@pytest.mark.parametrize("meeting", [False, True], ids=["normal", "reunion"])
def test_every_step_renders_at_1366x768(
    qtbot: QtBot, window: MainWindow, service: DossierService, tmp_path: Path, meeting: bool
) -> None:
    dossier = small_dossier()
    service.save_draft(dossier)
    dirs = shots_dirs(tmp_path)
    suffix = "-reunion" if meeting else ""
    window.form.actionMeetingMode.setChecked(meeting)
    try:
        window.show_home()
        window.resize(1366, 768)
        grab(window, f"00-accueil{suffix}", dirs)
        if not meeting:
            assert clipped_widgets(window) == []
        assert window.open_dossier(dossier.id)
        pages = window.wizard.pages  # what the idle turns would build anyway, so every mark is real
        window.wizard.update_status()
        for row, page in enumerate(pages):
            window.wizard.form.stepList.setCurrentRow(row)
            grab(window, f"{row + 1:02d}-{page.step_id}{suffix}", dirs)
            if not meeting and page.step_id in {p.step_id for p in window.wizard.pages[:9]}:
                assert clipped_widgets(window) == [], page.step_id
    finally:
        window.form.actionMeetingMode.setChecked(False)
