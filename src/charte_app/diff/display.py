"""How the comparison spells values: dates, amounts, yes/no, coded values, references.

Owns only the display strings compared and shown in a comparison (not the
documents' typography, which lives in ``charte_app.documents``); kept here so
the diff package does not depend on a writer to compare two dossiers.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
NNBSP = "\u202f"  # narrow no-break space: French thousands separator


def french_date(value: date | None) -> str | None:
    if value is None:
        return None
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {MONTHS[value.month - 1]} {value.year}"


def number(value: Decimal | None, places: int | None = None) -> str | None:
    if value is None:
        return None
    text = f"{value:,.{places}f}" if places is not None else f"{value:,f}"
    return text.replace(",", NNBSP).replace(".", ",")


def amount(value: Decimal | None) -> str | None:
    text = number(value, 2)
    return None if text is None else f"{text}\u00a0€"


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
