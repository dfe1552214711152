"""French amounts: parsing "15 000,50", formatting "15 000,50 €", and a checked input field.

Amounts are :class:`~decimal.Decimal` in the model (never floats). The parser
accepts what people type in France — spaces (ordinary, no-break, narrow
no-break) as thousands separators, a comma (or a dot) as the decimal mark, an
optional trailing "€" — and refuses negative or malformed input with a French
message saying what is expected.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import QWidget

from charte_app.domain.codec import MAX_INTEGER_DIGITS

from .checked_field import CheckedLineEdit, capital

NARROW_NBSP = "\u202f"
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_NUMBER = re.compile(r"^\d+([.,]\d*)?$")
_CENT = Decimal("0.01")


class AmountError(ValueError):
    """Input that is not a valid amount; ``str(err)`` is a French explanation."""


def parse_decimal(text: str, *, places: int = 2, what: str = "montant") -> Decimal | None:
    """Parse a French decimal ("15 000,50"). Empty text means no value (None).

    Raises :class:`AmountError` for negative numbers, letters, several decimal marks
    or more than ``places`` decimals.
    """
    cleaned = _SPACES.sub("", text.strip()).removesuffix("€").strip()
    if not cleaned:
        return None
    if cleaned[0] in "-−–":
        raise AmountError(f"un {what} ne peut pas être négatif.")
    if cleaned.startswith("+"):
        cleaned = cleaned[1:]
    if not _NUMBER.match(cleaned):
        raise AmountError(f"« {text.strip()} » n'est pas un {what} : tapez des chiffres, par exemple 15 000,50.")
    integer, _, decimals = cleaned.replace(",", ".").partition(".")
    if len(decimals) > places:
        raise AmountError(f"un {what} a au plus {places} décimales (virgule décimale, par exemple 15 000,50).")
    if len(integer.lstrip("0")) > MAX_INTEGER_DIGITS:  # the same bound as a `.charte` file's
        raise AmountError(f"un {what} a au plus {MAX_INTEGER_DIGITS} chiffres avant la virgule.")
    try:
        value = Decimal(f"{integer}.{decimals or '0'}")
    except InvalidOperation:  # pragma: no cover - the pattern above already excludes it
        raise AmountError(f"« {text.strip()} » n'est pas un {what}.") from None
    return value


def parse_amount(text: str) -> Decimal | None:
    """An amount in euros, stored with two decimals (``Decimal("15000.50")``)."""
    value = parse_decimal(text)
    return None if value is None else value.quantize(_CENT)


def parse_fte(text: str) -> Decimal | None:
    """A full-time equivalent ("0,6"), kept as typed (``Decimal("0.6")``)."""
    value = parse_decimal(text, what="nombre d'ETP")
    if value is None:
        return None
    # normalize() alone would write 10 as 1E+1; whole numbers keep their plain form.
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def format_decimal(value: Decimal | None, *, places: int | None = 2, sep: str = NARROW_NBSP) -> str:
    """French writing of a number: thousands separated, comma decimal. None gives ""."""
    if value is None:
        return ""
    if places is None:
        text = format(value.normalize(), "f")
        integer, _, decimals = text.partition(".")
    else:
        integer, _, decimals = f"{value:.{places}f}".partition(".")
    sign = "-" if integer.startswith("-") else ""
    digits = integer.lstrip("-")
    groups: list[str] = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    body = sign + sep.join(groups)
    return f"{body},{decimals}" if decimals else body


def format_amount(value: Decimal | None, *, euro: bool = True) -> str:
    """ "15 000,50 €" (narrow no-break spaces), "" for no value."""
    if value is None:
        return ""
    text = format_decimal(value)
    return f"{text}{NARROW_NBSP}€" if euro else text


class AmountField(CheckedLineEdit):
    """A line edit for an amount with its French error message underneath.

    ``valueEdited`` carries the new :class:`Decimal` (or None when emptied) each time the
    user types a *valid* amount; invalid input only shows the message and emits nothing,
    so it never reaches the model.
    """

    def __init__(
        self, parent: QWidget | None = None, *, parser: Callable[[str], Decimal | None] = parse_amount
    ) -> None:
        super().__init__(parent)
        self._parser = parser
        self.line_edit.setPlaceholderText(self.tr("ex. 15 000,50"))
        self.line_edit.textEdited.connect(self._on_edited)
        # The room of its longest messages: letters, a negative amount, too many decimals or digits.
        self.reserve_for(["15 000,5O €", "-1", "1,123456789", "9" * 40])

    def message_for(self, text: str) -> str:
        try:
            self._parser(text)
        except AmountError as exc:
            return capital(str(exc))
        return ""

    def value(self) -> Decimal | None:
        """The value shown, or None when empty or invalid."""
        try:
            return self._parser(self.line_edit.text())
        except AmountError:
            return None

    def is_invalid(self) -> bool:
        return bool(self.error_label.text())

    def set_value(self, value: Decimal | None) -> None:
        """Show a model value (no signal)."""
        self.line_edit.setText(format_decimal(value, sep=" ", places=2 if self._parser is parse_amount else None))
        self._show("")

    def _on_edited(self, text: str) -> None:
        try:
            value = self._parser(text)
        except AmountError as exc:
            self._show(capital(str(exc)))
            return
        self._show("")
        self.valueEdited.emit(value)
