"""Where the keyboard is: a visible frame around the focused text box or list.

Fusion marks a focused line edit, but a multi-line text box shows only its caret and a list
(the side list of steps) looks the same with or without the focus: someone working from the
keyboard lost track of where Tab had taken them. The style sheet below draws the focused box's
frame in the highlight colour, two pixels wide; the padding keeps the text where it was (the
frame is as wide focused or not: nothing moves when the focus arrives).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

#: Multi-line text boxes and lists: a 1 px frame, 2 px in the highlight colour when focused.
FOCUS_STYLE = """
QPlainTextEdit, QTextEdit, QListView, QTableView, QTreeView {
    border: 1px solid palette(mid); padding: 1px;
}
QPlainTextEdit:focus, QTextEdit:focus, QListView:focus, QTableView:focus, QTreeView:focus {
    border: 2px solid palette(highlight); padding: 0px;
}
"""


def show_focus(root: QWidget) -> None:
    """The focused text box or list inside ``root`` shows a frame in the highlight colour."""
    root.setStyleSheet(root.styleSheet() + FOCUS_STYLE)
