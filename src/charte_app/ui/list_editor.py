"""A master list of model records (values, rules, objectives, bodies) with add/move/remove and a detail area.

The view comes from ``forms/list_editor.ui``; this controller keeps the list in
step with a model list through the :class:`DossierEditor` (every change undoable)
and tells the page which record is current so it can bind its detail form.
New records get an id derived from the title the user typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidgetItem, QWidget

from . import dialogs
from .editor import DossierEditor
from .generated.ui_list_editor import Ui_ListEditor
from .ids import unique_id


class ListEditor(QWidget):
    """Master list over ``items()``; ``current_changed`` fires when another record is shown."""

    current_changed = Signal()
    #: A record was just added (the page may move the focus to its detail).
    added = Signal(object)

    def __init__(
        self,
        editor: DossierEditor,
        items: Callable[[], list[Any]],
        *,
        list_label: str,
        placeholder: str,
        label_of: Callable[[Any], str],
        create: Callable[[str, str], Any],
        texts: dict[str, str],
        uses_of: Callable[[Any], list[str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``create(id, title)`` builds a record; ``texts`` gives French undo names: add, remove, move.

        ``uses_of(record)`` lists where a record is still cited; such a record is not removed.
        """
        super().__init__(parent)
        self._uses_of = uses_of
        self.form = Ui_ListEditor()
        self.form.setupUi(self)
        self.editor, self._items, self._label_of, self._create, self._texts = editor, items, label_of, create, texts
        self.form.listLabel.setText(list_label)
        self.form.itemList.setAccessibleName(list_label.replace("&", "").rstrip(" :"))
        self.form.newTitleEdit.setPlaceholderText(placeholder)
        self.form.newTitleEdit.setAccessibleName(placeholder)
        self._shown: list[int] = []  # ids of the records on screen, to rebuild only when the list changed

        self.form.addButton.clicked.connect(self.add_from_edit)
        self.form.newTitleEdit.returnPressed.connect(self.add_from_edit)
        self.form.upButton.clicked.connect(lambda: self.move_current(-1))
        self.form.downButton.clicked.connect(lambda: self.move_current(+1))
        self.form.removeButton.clicked.connect(self.remove_current)
        self.form.itemList.currentRowChanged.connect(self._row_changed)
        for keys, slot in (
            ("Alt+Up", lambda: self.move_current(-1)),
            ("Alt+Down", lambda: self.move_current(+1)),
            (QKeySequence.StandardKey.Delete, self.remove_current),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.form.itemList)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self._update_buttons()

    # --- what the page needs -------------------------------------------------
    def current(self) -> Any | None:
        row = self.form.itemList.currentRow()
        items = self._items()
        return items[row] if 0 <= row < len(items) else None

    def set_detail(self, widget: QWidget) -> None:
        self.form.detailLayout.addWidget(widget)

    def select(self, item: Any) -> None:
        rows = [i for i, x in enumerate(self._items()) if x is item]
        if rows:
            self.form.itemList.setCurrentRow(rows[0])

    def refresh(self) -> None:
        """Follow the model: rebuild when records were added, removed or moved, else relabel."""
        items = self._items()
        ids = [id(x) for x in items]
        widget = self.form.itemList
        if ids != self._shown:
            current = self.current()
            row = widget.currentRow()
            widget.blockSignals(True)
            widget.clear()
            for item in items:
                widget.addItem(QListWidgetItem(self._label_of(item)))
            self._shown = ids
            keep = next((i for i, x in enumerate(items) if x is current), max(0, min(row, len(items) - 1)))
            widget.setCurrentRow(keep if items else -1)
            widget.blockSignals(False)
            self._update_buttons()
            self.current_changed.emit()
        else:
            self.relabel()

    def relabel(self, item: Any | None = None) -> None:
        """Update the text of one record's row (all rows when ``item`` is None)."""
        for row, record in enumerate(self._items()):
            if item is None or record is item:
                entry = self.form.itemList.item(row)
                label = self._label_of(record)
                if entry is not None and entry.text() != label:
                    entry.setText(label)

    def shows(self, target: object) -> bool:
        """Whether ``target`` is one of the records listed (for cheap, targeted refreshes)."""
        return any(x is target for x in self._items())

    # --- actions -------------------------------------------------------------
    def add_from_edit(self) -> None:
        title = self.form.newTitleEdit.text().strip()
        if not title:
            self.form.newTitleEdit.setFocus()
            self.form.newTitleEdit.setPlaceholderText(
                QCoreApplication.translate("ListEditor", "Tapez d'abord un titre, puis Entrée")
            )
            return
        items = self._items()
        record = self._create(unique_id(title, (getattr(x, "id", "") for x in items)), title)
        self.editor.append_item(items, record, self._texts["add"])
        self.form.newTitleEdit.clear()
        self.refresh()
        self.select(record)
        self.added.emit(record)

    def move_current(self, delta: int) -> None:
        row = self.form.itemList.currentRow()
        items = self._items()
        target = row + delta
        if row < 0 or not 0 <= target < len(items):
            return
        record = items[row]
        self.editor.move_item(items, row, target, self._texts["move"])
        self.refresh()
        self.select(record)

    def remove_current(self) -> None:
        row = self.form.itemList.currentRow()
        if row < 0:
            return
        uses = self._uses_of(self._items()[row]) if self._uses_of else []
        if uses:
            dialogs.show_error(
                self,
                QCoreApplication.translate("ListEditor", "Élément encore cité"),
                QCoreApplication.translate(
                    "ListEditor",
                    "« {name} » ne peut pas être supprimé : il est encore cité ici :\n{uses}\n\n"
                    "Retirez-le d'abord de ces endroits, puis supprimez-le.",
                ).format(name=self._label_of(self._items()[row]), uses="\n".join(f"• {u}" for u in uses)),
            )
            return
        self.editor.remove_item(self._items(), row, self._texts["remove"])
        self.refresh()

    def _row_changed(self, _row: int) -> None:
        self._update_buttons()
        self.current_changed.emit()

    def _update_buttons(self) -> None:
        row, count = self.form.itemList.currentRow(), self.form.itemList.count()
        self.form.upButton.setEnabled(row > 0)
        self.form.downButton.setEnabled(0 <= row < count - 1)
        self.form.removeButton.setEnabled(row >= 0)
