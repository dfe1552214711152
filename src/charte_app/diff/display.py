"""How the comparison spells values: dates, amounts, yes/no, coded values, references.

Owns only which display string a comparison uses for each kind of value; the
French typography itself (dates, amounts, spaces) lives in one place,
``charte_app.documents.typography``, which imports no writer. ``None`` stays
``None`` here, so that a missing value compares as missing, not as a blank.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ..documents import typography


def french_date(value: date | None) -> str | None:
    # Comparisons are also read as plain text (e-mail, scripts): a date keeps ordinary spaces there.
    return None if value is None else typography.date_text(value).replace(typography.NBSP, " ")


def number(value: Decimal | None, places: int | None = None) -> str | None:
    return None if value is None else typography.number(value, places)


def amount(value: Decimal | None) -> str | None:
    return None if value is None else typography.amount(value)


def yes_no(value: bool | None) -> str | None:
    return None if value is None else ("oui" if value else "non")


def integer(value: int | None) -> str | None:
    return None if value is None else str(value)


def joined(values: list[str], sep: str = "\n") -> str | None:
    return sep.join(values) if values else None


def of_partner(label: str, short: bool) -> str:
    """ "de" + a partner's name with French contractions: du Département, de la CAF."""
    if short:
        lowered = label[:4].lower()
        if lowered.startswith("le "):
            return "du " + label[3:]
        if lowered.startswith("les "):
            return "des " + label[4:]
        if lowered.startswith(("la ", "l'", "l’")):
            return "de " + label
    return "– " + label
