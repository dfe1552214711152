"""Keyboard and screen-reader reach: names on widgets, mnemonics, shortcuts, tab order."""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from charte_app.ui.main_window import MainWindow
from test_ui_support import (  # noqa: F401 - fixtures
    add_partner,
    create_dossier,
    recorder,
    service,
    window,
)

INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QAbstractButton)


def _inside(widget: QWidget, kinds: tuple[type, ...]) -> bool:
    parent = widget.parent()
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parent()
    return False


def unnamed_inputs(root: QWidget) -> list[str]:
    """Input widgets a screen reader could not name: no accessible name and no label pointing at them."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget, QAbstractButton) and widget.text():
            continue  # a button's text is its name
        if _inside(widget, (QComboBox, QAbstractSpinBox, QLineEdit)):
            continue  # parts of a combo (popup list), spin box or line edit (clear button)
        if widget.parentWidget() is not None and widget.parentWidget().inherits("QAbstractScrollArea"):
            continue  # scroll bars and viewports
        if not widget.accessibleName() and id(widget) not in buddies:
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_input_of_home_and_steps_1_to_9_has_a_name(qtbot: QtBot, window: MainWindow) -> None:
    assert unnamed_inputs(window.home) == []
    create_dossier(qtbot, window, "Accessibilité")
    for page in window.wizard.pages[:9]:
        assert unnamed_inputs(page) == [], page.step_id


def test_menus_have_mnemonics_and_main_actions_have_shortcuts(window: MainWindow) -> None:
    for menu_action in window.form.menubar.actions():
        assert "&" in menu_action.text()
        for action in menu_action.menu().actions():
            assert action.isSeparator() or "&" in action.text() or action.menu() is not None, action.text()
    f = window.form
    shortcuts = {a.shortcut().toString() for a in (f.actionNew, f.actionImport, f.actionQuit, f.actionMeetingMode)}
    assert shortcuts == {"Ctrl+N", "Ctrl+O", "Ctrl+Q", "F11"}
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Y" in [s.toString() for s in window.redo_action.shortcuts()]


def test_tab_walks_the_partner_form_in_reading_order(qtbot: QtBot, window: MainWindow) -> None:
    create_dossier(qtbot, window, "Tabulation")
    page = add_partner(qtbot, window, "Ville de Vitry-le-François")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    f = page.form
    f.nameEdit.setFocus()
    seen = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget().objectName())
    assert seen == ["shortNameEdit", "kindCombo", "addressEdit", "siretEdit", "authorityEdit"]


def test_step_navigation_from_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    create_dossier(qtbot, window, "Navigation")
    window.form.actionNextStep.trigger()
    window.form.actionNextStep.trigger()
    assert window.wizard.current_page().step_id == "goal"
    window.form.actionPreviousStep.trigger()
    assert window.wizard.current_page().step_id == "diagnosis"
    assert window.form.actionNextStep.shortcut().toString() == "Ctrl+PgDown"


def test_ctrl_z_in_the_home_search_box_stays_a_text_undo(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    search = window.home.form.searchEdit
    search.setFocus()
    qtbot.keyClicks(search, "abc")
    qtbot.keyClick(search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert search.text() == ""  # the field's own undo (typing is one undo step)


def test_the_undo_filter_only_watches_wizard_fields_that_had_the_focus(qtbot: QtBot, window: MainWindow) -> None:
    """The Ctrl+Z filter is put on a wizard field when it takes the focus, not on the application: a
    filter on the application is called for every event of every object (and costs the first paint)."""
    from charte_app.ui import shortcuts

    watched: list[QObject] = []

    class Recording(shortcuts.UndoShortcutFilter):  # a subclass: PySide caches a class's Python overrides
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            watched.append(obj)
            return super().eventFilter(obj, event)

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    # The application's filter was made for an earlier test's window: this test watches a fresh one.
    earlier = app.findChildren(shortcuts.UndoShortcutFilter)
    for old in earlier:
        app.focusChanged.disconnect(old.watch)
    fresh = Recording(app)
    app.focusChanged.connect(fresh.watch)
    try:
        create_dossier(qtbot, window, "Dossier au clavier")
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        window.repaint()
        assert watched == []  # painted, shown, a dossier created: no event went through Python
        page = window.wizard.current_page()
        field = next(e for e in page.findChildren(QLineEdit) if e.isVisible() and e.isEnabled())
        field.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
        qtbot.keyClick(field, Qt.Key.Key_A)
        assert watched and {id(obj) for obj in watched} == {id(field)}
        watched.clear()
        window.show_home()
        search = window.home.form.searchEdit
        search.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is search)
        qtbot.keyClick(search, Qt.Key.Key_B)
        assert all(obj is not search for obj in watched)  # outside the wizard: the field's own undo
    finally:
        app.focusChanged.disconnect(fresh.watch)
        for old in earlier:
            app.focusChanged.connect(old.watch)
