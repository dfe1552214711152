"""French dates typed as "01/09/2026" or "15 sept. 2026": a checked input field with a calendar.

A :class:`~PySide6.QtWidgets.QDateEdit` cannot be empty, silently corrects
impossible dates and refuses free text; drafts need an empty date ("du …."), the
usual French forms (« 15 septembre 2026 », « 1er oct. 2026 ») and text that is not
a date kept as typed (issue 21), so this field is a line edit, parsed by the
domain (:mod:`charte_app.domain.dates`), with a button opening a calendar.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from charte_app.domain.dates import DateError, format_date, looks_complete
from charte_app.domain.dates import parse_french_date as parse_date

from .checked_field import CheckedLineEdit, capital

__all__ = ["DateError", "DateField", "format_date", "looks_complete", "parse_date"]


class DateField(CheckedLineEdit):
    """A date input with its French error message underneath and a calendar button beside it.

    ``valueEdited`` carries a valid :class:`date` (or None when emptied); ``entryEdited`` carries
    every edit as ``(date or None, typed text or None)``: text that is not a date is the second
    member, for the model to keep. An impossible date is reported as soon as it is fully typed; a
    malformed one when the field is left, or at once when it comes from the model.
    :meth:`set_warning` lets the page add a message about the value's relation to other fields
    (an end before the start), which does not block the edit.
    """

    entryEdited = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line_edit.setPlaceholderText(self.tr("jj/mm/aaaa"))
        self._error = ""
        self._warning = ""
        self.calendar_button = QToolButton(self)
        self.calendar_button.setObjectName("calendarButton")
        self.calendar_button.setText("\u25be")  # a small "open" arrow, as a combo box has
        self.calendar_button.setToolTip(self.tr("Choisir la date dans un calendrier"))
        self.calendar_button.setAccessibleName(self.tr("Calendrier"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field
        self.calendar_button.clicked.connect(self.open_calendar)
        self.calendar: QCalendarWidget | None = None
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.removeWidget(self.line_edit)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line_edit, 1)
        row.addWidget(self.calendar_button)
        layout.insertLayout(0, row)
        self.line_edit.textEdited.connect(self._on_edited)
        self.line_edit.editingFinished.connect(self._on_finished)
        # The room of its longest messages: a word that is not a date, an impossible day.
        self.expect_warnings(())

    # --- values -------------------------------------------------------------
    def value(self) -> date | None:
        try:
            return parse_date(self.line_edit.text())
        except DateError:
            return None

    def state(self) -> tuple[date | None, str | None]:
        """What the field means for the model: (date, None), or (None, the text) when it is not a date."""
        text = self.line_edit.text()
        try:
            return parse_date(text), None
        except DateError:
            return None, " ".join(text.split())

    def is_invalid(self) -> bool:
        return self.state()[1] is not None

    def set_value(self, value: date | None) -> None:
        """Show a model value (no signal)."""
        self.set_state(value, None)

    def set_state(self, value: date | None, typed: str | None) -> None:
        """Show a model value, or the text typed there that is not a date, with its message (no signal)."""
        self.line_edit.setText(typed if typed else format_date(value))
        self._error = ""
        if typed:
            try:
                parse_date(typed)
            except DateError as exc:
                self._error = capital(str(exc))
        self._update()

    def message_for(self, text: str) -> str:
        try:
            parse_date(text)
        except DateError as exc:
            return capital(str(exc))
        return ""

    def expect_warnings(self, warnings: tuple[str, ...]) -> None:
        """Reserve room for these remarks of :meth:`set_warning` too (they then never move the form)."""
        self.reserve_for(["15 septembre 2O26", "31/02/2026"], warnings)

    def set_warning(self, message: str) -> None:
        """A non-blocking remark about the value (shown when there is no error)."""
        self._warning = message
        self._update()

    def error(self) -> str:
        return self._error or self._warning

    # --- calendar -----------------------------------------------------------
    def open_calendar(self) -> None:
        """A calendar under the field, on the date shown (today when none); a click picks the date."""
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)  # closes on a click elsewhere or Échap
            self.calendar.setObjectName("datePicker")
            self.calendar.setGridVisible(True)
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
        shown = self.value() or date.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.calendar.adjustSize()
        self.calendar.move(self.line_edit.mapToGlobal(self.line_edit.rect().bottomLeft()))
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, picked: QDate) -> None:
        if self.calendar is not None:
            self.calendar.hide()
        value = date(picked.year(), picked.month(), picked.day())
        self.line_edit.setText(format_date(value))
        self.line_edit.setFocus()
        self._on_edited(self.line_edit.text())

    # --- typing ---------------------------------------------------------------
    def _on_edited(self, text: str) -> None:
        try:
            value = parse_date(text)
        except DateError as exc:
            # Half-typed dates are normal; only a complete but impossible one is flagged now. The text
            # is kept all the same (the model stores it), so nothing typed is lost.
            self._error = capital(str(exc)) if looks_complete(text) else ""
            self._update()
            self.entryEdited.emit(None, " ".join(text.split()))
            return
        self._error = ""
        self._update()
        self.valueEdited.emit(value)
        self.entryEdited.emit(value, None)

    def _on_finished(self) -> None:
        try:
            parse_date(self.line_edit.text())
        except DateError as exc:
            self._error = capital(str(exc))
            self._update()

    def _update(self) -> None:
        self._show(self._error or self._warning)
