"""French dates typed as "01/09/2026": parsing, formatting and a checked input field.

A :class:`~PySide6.QtWidgets.QDateEdit` cannot be empty and silently corrects
impossible dates; drafts need both an empty date ("du ….") and a clear message
when "31/02/2026" is typed, so this field is a line edit with its own parser.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtWidgets import QWidget

from .checked_field import CheckedLineEdit, capital

_FRENCH = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


class DateError(ValueError):
    """Text that is not a date; ``str(err)`` is a French explanation."""


def parse_date(text: str) -> date | None:
    """ "01/09/2026" (or ISO "2026-09-01") → date; empty → None; else :class:`DateError`."""
    cleaned = text.strip()
    if not cleaned:
        return None
    if m := _FRENCH.match(cleaned):
        day, month, year = (int(g) for g in m.groups())
    elif m := _ISO.match(cleaned):
        year, month, day = (int(g) for g in m.groups())
    else:
        raise DateError(f"« {cleaned} » n'est pas une date : tapez jj/mm/aaaa, par exemple 01/09/2026.")
    try:
        return date(year, month, day)
    except ValueError:
        raise DateError(f"date impossible : le {day:02d}/{month:02d}/{year} n'existe pas.") from None


def format_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def looks_complete(text: str) -> bool:
    """Whether the user has finished typing a date (so a wrong one deserves a message now)."""
    return bool(_FRENCH.match(text.strip()) or _ISO.match(text.strip()))


class DateField(CheckedLineEdit):
    """A date input ("jj/mm/aaaa") with its French error message underneath.

    ``valueEdited`` carries a valid :class:`date` (or None when emptied). An impossible
    date is reported as soon as it is fully typed; a malformed one when the field is left.
    :meth:`set_warning` lets the page add a message about the value's relation to other
    fields (an end before the start), which does not block the edit.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line_edit.setPlaceholderText(self.tr("jj/mm/aaaa"))
        self._error = ""
        self._warning = ""
        self.line_edit.textEdited.connect(self._on_edited)
        self.line_edit.editingFinished.connect(self._on_finished)

    def value(self) -> date | None:
        try:
            return parse_date(self.line_edit.text())
        except DateError:
            return None

    def is_invalid(self) -> bool:
        try:
            parse_date(self.line_edit.text())
        except DateError:
            return True
        return False

    def set_value(self, value: date | None) -> None:
        """Show a model value (no signal)."""
        self.line_edit.setText(format_date(value))
        self._error = ""
        self._update()

    def set_warning(self, message: str) -> None:
        """A non-blocking remark about the value (shown when there is no error)."""
        self._warning = message
        self._update()

    def error(self) -> str:
        return self._error or self._warning

    def _on_edited(self, text: str) -> None:
        try:
            value = parse_date(text)
        except DateError as exc:
            # Half-typed dates are normal; only a complete but impossible one is flagged now.
            self._error = capital(str(exc)) if looks_complete(text) else ""
            self._update()
            return
        self._error = ""
        self._update()
        self.valueEdited.emit(value)

    def _on_finished(self) -> None:
        try:
            parse_date(self.line_edit.text())
        except DateError as exc:
            self._error = capital(str(exc))
            self._update()

    def _update(self) -> None:
        self._show(self._error or self._warning)
