"""A QListWidget of partners with check boxes, bound to a list of partner ids in the model."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from ..editor import DossierEditor


class PartnerChecklist:
    """Shows every partner of the dossier, checked when its id is in ``getattr(target(), attr)``.

    Checking keeps the dossier's partner order, so documents list members and signatories in
    the order of the actor map.
    """

    def __init__(
        self, editor: DossierEditor, widget: QListWidget, target: Callable[[], Any], attr: str, text: str
    ) -> None:
        self.editor, self.widget, self.target, self.attr, self.text = editor, widget, target, attr, text
        self._shown: list[tuple[str, str]] = []
        # Room around each row: check boxes one under the other no longer touch, and the first one is
        # not drawn against the list's frame (clipped).
        widget.setSpacing(2)
        widget.itemChanged.connect(self._toggled)

    def refresh(self) -> None:
        obj = self.target()
        partners = [(p.id, p.label) for p in self.editor.dossier.partners]
        w = self.widget
        w.blockSignals(True)
        if partners != self._shown:
            w.clear()
            for ident, label in partners:
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, ident)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                w.addItem(item)
            self._shown = partners
        chosen = set(getattr(obj, self.attr)) if obj is not None else set()
        for i in range(w.count()):
            item = w.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        w.blockSignals(False)
        w.setEnabled(obj is not None)

    def check_all(self) -> None:
        obj = self.target()
        if obj is not None:
            ids = [p.id for p in self.editor.dossier.partners]
            self.editor.set_field(obj, self.attr, ids, self.text)

    def _toggled(self, _item: QListWidgetItem) -> None:
        obj = self.target()
        if obj is None:
            return
        checked = {
            self.widget.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.widget.count())
            if self.widget.item(i).checkState() == Qt.CheckState.Checked
        }
        # Unknown ids (none expected) are kept so a toggle never drops data silently.
        known = {p.id for p in self.editor.dossier.partners}
        ids = [p.id for p in self.editor.dossier.partners if p.id in checked]
        ids += [x for x in getattr(obj, self.attr) if x not in known]
        self.editor.set_field(obj, self.attr, ids, self.text)
