"""Two-way bindings between input widgets and fields of the domain model.

A binding reads ``getattr(target(), attr)`` into its widget on :meth:`FieldBinder.refresh`
and turns each user edit into ``editor.set_field(...)`` — an undoable, merged
step. ``target`` is a callable because the object shown changes (another
convention selected, an undo that removed it); when it returns None the widget
is cleared and disabled.

Refreshing never clobbers what the user is typing: a widget is rewritten only
when the model holds something else than what the widget means (so the cursor
stays put while typing "15 000,5"), and invalid text stays on screen with its
message until the user fixes it or another object is shown.

An optional nested record (a convention's authorising decision) is bound through a
:class:`Lazy` target: its widgets stay enabled while the record is absent, and the first
edit creates it — one undoable step — with the value typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from charte_app.domain.dates import typed_text
from charte_app.domain.text import clean_text

from ..editor import DossierEditor
from .amount import AmountField
from .date_field import DateField

Target = Callable[[], Any]


class Lazy:
    """A binding target for ``owner().attr``, an optional record created on the first edit.

    Calling it returns the record (None while absent); :meth:`create` attaches a new one
    through the editor, so the creation is undoable like any other edit."""

    def __init__(self, owner: Target, attr: str, factory: Callable[[], Any]) -> None:
        self.owner, self.attr, self.factory = owner, attr, factory

    def __call__(self) -> Any:
        owner = self.owner()
        return getattr(owner, self.attr) if owner is not None else None

    def create(self, editor: DossierEditor, field: str, value: Any, text: str) -> Any:
        """A new record holding ``field = value``, attached to its owner in one step (None without owner)."""
        owner = self.owner()
        if owner is None:
            return None
        record = self.factory()
        # Text passes the same hygiene as any edit (DossierEditor.set_field) before it lands in the record.
        setattr(record, field, clean_text(value, field) if isinstance(value, str) else value)
        editor.set_field(owner, self.attr, record, text)
        return record


class _Binding:
    def __init__(
        self,
        binder: FieldBinder,
        widget: QWidget,
        target: Target,
        attr: str,
        text: str,
        read: Callable[[], Any],
        write: Callable[[Any], None],
        invalid: Callable[[], bool] = lambda: False,
    ) -> None:
        self.binder, self.widget, self.target, self.attr, self.text = binder, widget, target, attr, text
        self.read, self.write, self.invalid = read, write, invalid
        self.shown: Any = None  # the object whose value the widget shows

    def refresh(self) -> None:
        obj = self.target()
        pending = obj is None and isinstance(self.target, Lazy) and self.target.owner() is not None
        self.widget.setEnabled(obj is not None or pending)
        if obj is None:
            if pending and self.shown is self.target and (self.invalid() or self.read() is None):
                return  # absent record, nothing valid typed yet: leave the text being typed alone
            self.shown = self.target if pending else None
            self._write(None)
            return
        value = getattr(obj, self.attr)
        if obj is self.shown and (self.invalid() or self.read() == value):
            return
        self.shown = obj
        self._write(value)

    def _write(self, value: Any) -> None:
        self.binder.updating = True
        try:
            self.write(value)
        finally:
            self.binder.updating = False

    def edited(self, value: Any) -> None:
        if self.binder.updating:
            return
        obj = self.target()
        if obj is None and isinstance(self.target, Lazy) and value is not None:
            # The first value of an absent record creates it, holding that value: one undoable step.
            self.shown = self.target.create(self.binder.editor, self.attr, value, self.text)
            return
        if obj is None:
            return
        self.shown = obj
        self.binder.editor.set_field(obj, self.attr, value, self.text)


class _DateBinding(_Binding):
    """A :class:`DateField` bound to a date and to the text typed there that is not a date."""

    def __init__(self, binder: FieldBinder, field: DateField, target: Target, attr: str, text: str) -> None:
        super().__init__(
            binder, field, target, attr, text, field.state, lambda v: field.set_state(*(v or (None, None)))
        )

    def refresh(self) -> None:
        obj = self.target()
        pending = obj is None and isinstance(self.target, Lazy) and self.target.owner() is not None
        self.widget.setEnabled(obj is not None or pending)
        if obj is None:
            if pending and self.shown is self.target and self.read() != (None, None):
                return  # absent record, something typed: leave it alone
            self.shown = self.target if pending else None
            self._write(None)
            return
        value = (getattr(obj, self.attr), typed_text(obj, self.attr))
        if obj is self.shown and self.read() == value:
            return
        self.shown = obj
        self._write(value)

    def edited_entry(self, value: Any, typed: str | None) -> None:
        if self.binder.updating:
            return
        obj = self.target()
        if obj is None and isinstance(self.target, Lazy) and (value is not None or typed):
            obj = self.target.create(self.binder.editor, self.attr, value, self.text)
            self.shown = obj
            if obj is None or not typed:
                return
        if obj is None:
            return
        self.shown = obj
        self.binder.editor.set_date(obj, self.attr, value, typed, self.text)


class FieldBinder:
    """Keeps a set of widgets in step with model fields through a :class:`DossierEditor`."""

    def __init__(self, editor: DossierEditor) -> None:
        self.editor = editor
        self.updating = False
        self._bindings: list[_Binding] = []

    def widget_for(self, obj: Any, attr: str) -> QWidget | None:
        """The widget showing ``obj.attr`` (the first bound to ``attr`` when ``obj`` is not shown now)."""
        candidates = [b for b in self._bindings if b.attr == attr]
        shown = next((b for b in candidates if b.target() is obj), None)
        chosen = shown or (candidates[0] if candidates else None)
        return chosen.widget if chosen is not None else None

    def refresh(self) -> None:
        for binding in self._bindings:
            binding.refresh()

    def _add(self, binding: _Binding) -> _Binding:
        self._bindings.append(binding)
        return binding

    def line(self, widget: QLineEdit, target: Target, attr: str, text: str, *, required: bool = False) -> None:
        """A one-line text; empty means None unless the field is required (then "")."""

        def read() -> str | None:
            value = widget.text()
            return value if value or required else None

        b = self._add(_Binding(self, widget, target, attr, text, read, lambda v: widget.setText(v or "")))
        widget.textEdited.connect(lambda _t: b.edited(read()))

    def plain(self, widget: QPlainTextEdit, target: Target, attr: str, text: str, *, required: bool = False) -> None:
        """A multi-line text (paragraphs separated by a blank line)."""

        def read() -> str | None:
            value = widget.toPlainText()
            return value if value or required else None

        b = self._add(_Binding(self, widget, target, attr, text, read, lambda v: widget.setPlainText(v or "")))
        widget.textChanged.connect(lambda: b.edited(read()))

    def lines(self, widget: QPlainTextEdit, target: Target, attr: str, text: str) -> None:
        """A list of strings edited one per line (e.g. the "Vu …" references)."""

        def read() -> list[str]:
            return [line.strip() for line in widget.toPlainText().splitlines() if line.strip()]

        def write(value: list[str] | None) -> None:
            widget.setPlainText("\n".join(value or []))

        b = self._add(_Binding(self, widget, target, attr, text, read, write))
        # Blank lines being typed are not an edit of the list; compare before writing.
        widget.textChanged.connect(lambda: b.edited(read()) if read() != getattr(b.target(), attr, None) else None)

    def amount(self, field: AmountField, target: Target, attr: str, text: str) -> None:
        b = self._add(_Binding(self, field, target, attr, text, field.value, field.set_value, field.is_invalid))
        field.valueEdited.connect(b.edited)

    def date(self, field: DateField, target: Target, attr: str, text: str) -> None:
        """A date; text that is not a date is kept as typed (``domain.dates``), never thrown away."""
        b = _DateBinding(self, field, target, attr, text)
        self._add(b)
        field.entryEdited.connect(b.edited_entry)

    def spin(self, widget: QSpinBox, target: Target, attr: str, text: str) -> None:
        """An optional integer: the spin box's minimum (shown as its special text) means None."""

        def read() -> int | None:
            value = widget.value()
            return None if value == widget.minimum() and widget.specialValueText() else value

        def write(value: int | None) -> None:
            widget.setValue(widget.minimum() if value is None else value)

        b = self._add(_Binding(self, widget, target, attr, text, read, write))
        widget.valueChanged.connect(lambda _v: b.edited(read()))

    def check(self, widget: QCheckBox, target: Target, attr: str, text: str) -> None:
        """An optional boolean; an unset value shows unchecked."""
        b = self._add(
            _Binding(self, widget, target, attr, text, widget.isChecked, lambda v: widget.setChecked(bool(v)))
        )
        widget.toggled.connect(b.edited)

    def combo(self, widget: QComboBox, target: Target, attr: str, text: str) -> None:
        """A coded value: each item's data is the code stored in the model."""

        def write(value: Any) -> None:
            widget.setCurrentIndex(max(widget.findData(value), 0) if value is not None else -1)

        b = self._add(_Binding(self, widget, target, attr, text, widget.currentData, write))
        widget.activated.connect(lambda _i: b.edited(widget.currentData()))
