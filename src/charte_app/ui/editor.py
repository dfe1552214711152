"""The editing controller: every change to the open dossier goes through here.

Widgets never mutate the domain model directly; they call :class:`DossierEditor`,
which wraps each change in a :class:`QUndoCommand` (so Ctrl+Z / Ctrl+Y work
across all wizard steps, with French action names) and emits ``changed`` so
views refresh and the autosaver schedules a save.

Successive keystrokes in one field merge into a single undo step.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from charte_app.domain import Dossier, Problem, validate_dossier
from charte_app.domain.dates import with_typed
from charte_app.domain.text import clean_text

_SET_FIELD_ID = 1001


class _SetField(QUndoCommand):
    def __init__(self, editor: DossierEditor, target: Any, attr: str, value: Any, text: str) -> None:
        super().__init__(text)
        self._editor = editor
        self._target = target
        self._attr = attr
        self._old = getattr(target, attr)
        self._new = value

    def id(self) -> int:
        return _SET_FIELD_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _SetField) or other._target is not self._target or other._attr != self._attr:
            return False
        self._new = other._new
        return True

    def extend(self, target: Any, attr: str, value: Any) -> bool:
        """Take the next edit of the same field in place, as ``mergeWith`` would; False for another field."""
        if target is not self._target or attr != self._attr:
            return False
        self._new = value
        self.redo()
        return True

    def redo(self) -> None:
        setattr(self._target, self._attr, self._new)
        self._editor._notify(self._target, self._attr)

    def undo(self) -> None:
        setattr(self._target, self._attr, self._old)
        self._editor._notify(self._target, self._attr)


class _SetDate(QUndoCommand):
    """A date field: its value and the text typed there that is not a date (``extra["typed"]``), together."""

    def __init__(
        self, editor: DossierEditor, target: Any, attr: str, value: Any, extra: dict[str, Any], text: str
    ) -> None:
        super().__init__(text)
        self._editor, self._target, self._attr = editor, target, attr
        self._old = (getattr(target, attr), target.extra)
        self._new = (value, extra)

    def extend(self, target: Any, attr: str, value: Any, extra: dict[str, Any]) -> bool:
        """Take the next keystroke in the same field in place (see :meth:`DossierEditor._merge_candidate`)."""
        if target is not self._target or attr != self._attr:
            return False
        self._new = (value, extra)
        self.redo()
        return True

    def redo(self) -> None:
        self._apply(*self._new)

    def undo(self) -> None:
        self._apply(*self._old)

    def _apply(self, value: Any, extra: dict[str, Any]) -> None:
        setattr(self._target, self._attr, value)
        self._target.extra = extra
        self._editor._notify(self._target, self._attr)


class _ListEdit(QUndoCommand):
    """Insert, remove or move one item of a list held by the model."""

    def __init__(self, editor: DossierEditor, items: list[Any], op: str, a: int, b: Any, text: str) -> None:
        super().__init__(text)
        self._editor, self._items, self._op, self._a, self._b = editor, items, op, a, b

    def redo(self) -> None:
        if self._op == "insert":
            self._items.insert(self._a, self._b)
        elif self._op == "remove":
            self._b = self._items.pop(self._a)
        else:  # move
            self._items.insert(self._b, self._items.pop(self._a))
        self._editor._notify(self._items, None)

    def undo(self) -> None:
        if self._op == "insert":
            self._items.pop(self._a)
        elif self._op == "remove":
            self._items.insert(self._a, self._b)
        else:
            self._items.insert(self._a, self._items.pop(self._b))
        self._editor._notify(self._items, None)


class DossierEditor(QObject):
    """Holds the open dossier and its undo stack; the only writer of the model."""

    #: Something in the dossier changed (edit, undo, redo). Arguments: the object and attribute touched
    #: (attribute None for a list edit); views refresh what shows that object.
    changed = Signal(object, object)
    #: A different dossier was loaded (or restored): views rebuild entirely.
    reloaded = Signal()
    #: The stored versions of the open dossier changed (one created, a status or a decision stored):
    #: every view listing them reads them again at once.
    versions_changed = Signal()

    def __init__(self, dossier: Dossier | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.dossier = dossier or Dossier()
        self._silent = 0
        self._macro_depth = 0  # QUndoStack does not tell whether a macro is open
        self._problems: list[Problem] | None = None  # cache, dropped on every change
        #: The object and attribute the latest change touched (an undo shows where it happened).
        self.last_touched: tuple[Any, str | None] | None = None

    def load(self, dossier: Dossier) -> None:
        """Open another dossier; history starts afresh."""
        self.undo_stack.clear()
        self.dossier = dossier
        self._problems = None
        self.reloaded.emit()

    # --- edits -------------------------------------------------------------
    def set_field(self, target: Any, attr: str, value: Any, text: str) -> None:
        """Set ``target.attr`` to ``value`` as one undoable step named ``text`` (French).

        Text (typed or pasted) passes the import's hygiene first (:func:`clean_text`): the model
        never holds a character or a length that a `.charte` file would be refused for."""
        if isinstance(value, str):
            value = clean_text(value, attr)
        elif isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            value = [clean_text(v) for v in value]
        if getattr(target, attr) == value:
            return
        top = self._merge_candidate()
        if isinstance(top, _SetField) and top.extend(target, attr, value):
            return
        self.undo_stack.push(_SetField(self, target, attr, value, text))

    def set_date(self, target: Any, attr: str, value: date | None, typed: str | None, text: str) -> None:
        """Set the date ``target.attr`` and the text typed there that is not a date (None: none), one undoable step.

        Typed text is never thrown away (issue 21): the record keeps it until a date is typed
        (``domain.dates``); the validation lists it and the documents' check blocks approval."""
        typed = clean_text(typed, "typed")[:200] if typed else None  # a date is short: a paste is not kept whole
        if typed:
            value = None
        extra = with_typed(target.extra, attr, typed)
        if getattr(target, attr) == value and extra == target.extra:
            return
        top = self._merge_candidate()
        if isinstance(top, _SetDate) and top.extend(target, attr, value, extra):
            return
        self.undo_stack.push(_SetDate(self, target, attr, value, extra, text))

    def _merge_candidate(self) -> QUndoCommand | None:
        """The command a pushed edit would merge with, when QUndoStack.push would try (no macro, no redo).

        Keystrokes merge here rather than through push(): PySide6 never frees the Python side of a
        command that Qt deletes after merging it, and each one holds the whole text of its field, so
        typing a long text in one field grew memory with the square of its length.
        """
        stack = self.undo_stack
        if self._macro_depth or stack.index() == 0 or stack.index() != stack.count():
            return None
        return stack.command(stack.index() - 1)

    def insert_item(self, items: list[Any], index: int, item: Any, text: str) -> None:
        self.undo_stack.push(_ListEdit(self, items, "insert", index, item, text))

    def append_item(self, items: list[Any], item: Any, text: str) -> None:
        self.insert_item(items, len(items), item, text)

    def remove_item(self, items: list[Any], index: int, text: str) -> None:
        self.undo_stack.push(_ListEdit(self, items, "remove", index, None, text))

    def move_item(self, items: list[Any], source: int, target: int, text: str) -> None:
        if source == target or not (0 <= target < len(items)):
            return
        self.undo_stack.push(_ListEdit(self, items, "move", source, target, text))

    @contextlib.contextmanager
    def macro(self, text: str) -> Iterator[None]:
        """Group several edits into one undo step."""
        self.undo_stack.beginMacro(text)
        self._macro_depth += 1
        try:
            yield
        finally:
            self._macro_depth -= 1
            self.undo_stack.endMacro()

    # --- queries -----------------------------------------------------------
    def problems(self) -> list[Problem]:
        """Every problem of the current dossier (errors and warnings); computed once per change."""
        if self._problems is None:
            self._problems = validate_dossier(self.dossier)
        return list(self._problems)

    def path_of(self, target: Any, attr: str | None = None) -> str | None:
        """Where ``target`` (an object or a list of the model) lies: "dossier.partners[2].siret"; None if gone."""
        found = _find(self.dossier, target, "dossier", set())
        if found is None:
            return None
        return f"{found}.{attr}" if attr else found

    def chain_of(self, target: Any) -> list[Any]:
        """The model objects from the dossier down to ``target`` (empty when it is no longer there)."""
        path = self.path_of(target)
        if path is None:
            return []
        chain: list[Any] = [self.dossier]
        node: Any = self.dossier
        for name, index in re.findall(r"\.([a-z_]+)|\[(\d+)\]", path.removeprefix("dossier")):
            node = getattr(node, name) if name else node[int(index)]
            chain.append(node)
        return chain

    def _notify(self, target: Any, attr: str | None) -> None:
        self.last_touched = (target, attr)
        self._problems = None
        self.changed.emit(target, attr)


def _find(node: Any, target: Any, path: str, seen: set[int]) -> str | None:
    """Depth-first search of ``target`` by identity among the model's dataclasses and lists."""
    if node is target:
        return path
    if id(node) in seen:
        return None
    seen.add(id(node))
    if isinstance(node, list):
        for index, item in enumerate(node):
            found = _find(item, target, f"{path}[{index}]", seen)
            if found is not None:
                return found
        return None
    fields = getattr(node, "__dataclass_fields__", None)
    if not fields:
        return None
    for name in fields:
        found = _find(getattr(node, name), target, f"{path}.{name}", seen)
        if found is not None:
            return found
    return None
