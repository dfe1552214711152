"""Issue 21, point 13: the keyboard. Tab walks every step in reading order (top to bottom, left to right,
a column after the one on its left), the focused text box or list shows it, and every menu action has
a shortcut shown in its menu."""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from charte_app.samples import small_dossier
from charte_app.services.dossiers import DossierService
from charte_app.ui.main_window import MainWindow
from test_ui_support import go, recorder, service, window  # noqa: F401

#: Pixels two boxes may disagree by and still be « on the same line ».
TOLERANCE = 4


def _inside(widget: QWidget | None, root: QWidget) -> bool:
    while widget is not None:
        if widget is root:
            return True
        widget = widget.parentWidget()
    return False


def _takes_tab(widget: QWidget, root: QWidget) -> bool:
    return (
        _inside(widget, root)
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.isVisibleTo(root)
        and widget.isEnabled()
        and not widget.visibleRegion().isEmpty()
    )


def _rect(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, widget.rect().topLeft()), widget.size())


def tab_walk(qtbot: QtBot, root: QWidget, limit: int = 80) -> list[QWidget]:
    """The widgets of ``root`` the Tab key goes through, from the first one of its focus chain."""
    first = root.nextInFocusChain()
    while first is not root and not _takes_tab(first, root):
        first = first.nextInFocusChain()
    if first is root:
        return []
    first.setFocus(Qt.FocusReason.TabFocusReason)
    seen = [first]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        current = QApplication.focusWidget()
        if current is None or not _inside(current, root) or current in seen:
            break
        seen.append(current)
    return seen


def out_of_order(widgets: list[QWidget], root: QWidget) -> list[str]:
    """Steps of the walk that go back up, or back left on the same line, without starting a new column."""
    wrong = []
    for a, b in zip(widgets, widgets[1:], strict=False):
        ra, rb = _rect(a, root), _rect(b, root)
        same_line = rb.top() < ra.bottom() - TOLERANCE and ra.top() < rb.bottom() - TOLERANCE
        new_column = rb.left() >= ra.right() - TOLERANCE
        down = rb.top() >= ra.top() - TOLERANCE
        if new_column or (down and not (same_line and rb.left() < ra.left() - TOLERANCE)):
            continue
        wrong.append(f"{a.objectName() or type(a).__name__} → {b.objectName() or type(b).__name__}")
    return wrong


def test_tab_walks_every_step_in_reading_order(
    qtbot: QtBot, window: MainWindow, service: DossierService, tmp_path: Path
) -> None:
    dossier = small_dossier()
    service.save_draft(dossier)
    assert window.open_dossier(dossier.id)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    problems = {}
    for cls in window.wizard._classes:
        page = go(window, cls.step_id)
        QApplication.processEvents()
        walk = tab_walk(qtbot, page)
        assert walk, cls.step_id
        wrong = out_of_order(walk, page)
        # the first stop is the topmost control (the library button at the top of a list step comes first)
        top = min(_rect(w, page).top() for w in walk)
        if _rect(walk[0], page).top() > top + TOLERANCE:
            wrong.insert(0, f"starts at {walk[0].objectName()} below the top")
        if wrong:
            problems[cls.step_id] = wrong
    assert problems == {}


def _menu_actions(window: MainWindow) -> list[QAction]:
    found = []
    pending = [menu_action.menu() for menu_action in window.form.menubar.actions()]
    while pending:
        menu = pending.pop()
        for action in menu.actions():
            if action.menu() is not None:
                pending.append(action.menu())
            elif not action.isSeparator():
                found.append(action)
    return found


def test_every_menu_action_has_its_own_shortcut(window: MainWindow) -> None:
    actions = _menu_actions(window)
    assert len(actions) >= 20
    missing = [a.text() for a in actions if a.shortcut().isEmpty()]
    assert missing == []
    keys = [a.shortcut().toString() for a in actions]
    assert len(set(keys)) == len(keys), keys  # no two actions on one shortcut
    assert window.print_originals_action.shortcut().toString() == "Ctrl+P"


def test_the_focused_text_box_and_step_list_show_it_and_nothing_moves(
    qtbot: QtBot, window: MainWindow, service: DossierService, tmp_path: Path
) -> None:
    dossier = small_dossier()
    service.save_draft(dossier)
    assert window.open_dossier(dossier.id)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page = go(window, "diagnosis")
    box = page.form.diagnosisEdit
    step_list = window.wizard.form.stepList
    for widget in (box, step_list):
        window.wizard.form.nextButton.setFocus()
        QApplication.processEvents()
        before, inner = widget.grab().toImage(), widget.contentsRect()
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        QApplication.processEvents()
        after = widget.grab().toImage()
        assert widget.contentsRect() == inner  # the text stays where it was
        corner = (0, widget.height() // 2)  # the left edge of the frame
        assert before.pixelColor(*corner) != after.pixelColor(*corner), widget.objectName()
        assert after.pixelColor(*corner) == widget.palette().highlight().color()
        after.save(str(tmp_path / f"{widget.objectName()}-focused.png"))
