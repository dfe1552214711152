"""Fitting widgets into a 1366×768 laptop screen: tab bars, table columns, long line edits, dialog sizes.

Each helper is applied once to a widget and keeps working when the window or
the font (meeting mode) changes: nothing is hidden behind scroll arrows,
nothing is cut at its end without the full text being reachable.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTabBar, QTableView, QTabWidget, QWidget

#: Columns never shrink below this many average characters (enough to recognise "Délai de paiement").
MIN_COLUMN_CHARS = 12


def fit_tabs(tabs: QTabWidget) -> None:
    """Every tab stays visible: no scroll arrows; when the bar is too narrow the titles elide in the middle.

    Each tab should carry a tooltip with its full title (``setTabToolTip``): an elided title stays readable.
    """
    tabs.setUsesScrollButtons(False)
    bar = tabs.tabBar()
    bar.setExpanding(False)
    keeper = _ElideWhenNarrow(bar)
    bar.installEventFilter(keeper)
    for index in range(tabs.count()):
        if not tabs.tabToolTip(index):
            tabs.setTabToolTip(index, tabs.tabText(index).replace("&&", "\0").replace("&", "").replace("\0", "&"))


class _ElideWhenNarrow(QObject):
    """Elides tab titles only when the bar is too narrow for them.

    Qt counts the mnemonic "&" when it elides, so a title shown at exactly its own width would
    lose letters ("An…es"): eliding stays off while every title fits.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QTabBar) and event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            fits = watched.sizeHint().width() <= watched.width()
            mode = Qt.TextElideMode.ElideNone if fits else Qt.TextElideMode.ElideMiddle
            if watched.elideMode() != mode:
                watched.setElideMode(mode)
        return False


def tabs_fit(tabs: QTabWidget) -> bool:
    """True when every tab of ``tabs`` shows its whole title (used by the tests at 1366×768)."""
    bar = tabs.tabBar()
    return not bar.usesScrollButtons() and bar.sizeHint().width() <= bar.width() + 1


def fit_columns(view: QAbstractItemView, header: QHeaderView | None = None) -> None:
    """Cut cell texts in the middle ("Circonscription…nationale") and give each column a useful minimum width."""
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    if isinstance(view, QTableView):
        view.setWordWrap(False)  # one line per row: a wrapped cell would be elided line by line ("auth…y (town, …")
    if header is None:
        header = getattr(view, "horizontalHeader", lambda: None)()
    if header is None:
        return
    header.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    header.setMinimumSectionSize(view.fontMetrics().averageCharWidth() * MIN_COLUMN_CHARS)


class _StartShown(QObject):
    """Shows the start of a long line edit's text when it loses focus, and the whole text as its tooltip."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QLineEdit) and event.type() in (QEvent.Type.FocusOut, QEvent.Type.Show):
            _show_start(watched)
        return False


def _show_start(edit: QLineEdit) -> None:
    if not edit.hasFocus():
        edit.setCursorPosition(0)
    text = edit.text()
    wide = edit.fontMetrics().horizontalAdvance(text) > edit.width() - 12
    edit.setToolTip(text if wide else "")


def fit_line_edits(root: QWidget) -> None:
    """Long single-line fields show the beginning of their text (not "…bération du conseil") and a full tooltip."""
    keeper = root.findChild(_StartShown, "fitStartShown")
    if keeper is None:
        keeper = _StartShown(root)
        keeper.setObjectName("fitStartShown")
    for edit in root.findChildren(QLineEdit):
        if edit.echoMode() != QLineEdit.EchoMode.Normal or edit.property("fitStartShown"):
            continue
        edit.setProperty("fitStartShown", True)
        edit.installEventFilter(keeper)
        edit.editingFinished.connect(lambda e=edit: _show_start(e))
        # A value set by the program (not typed: not "modified") shows its beginning too.
        edit.textChanged.connect(lambda _t, e=edit: None if e.isModified() else _show_start(e))


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize a top-level window to ``width``×``height`` at most, never beyond the available screen area."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        width = min(width, area.width())
        height = min(height, area.height())
    widget.resize(width, height)
