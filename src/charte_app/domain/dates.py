"""Dates as people type them in French, and the text of a date that did not parse.

One parser for every date field of the application (the wizard's fields and table cells, the
CLI): « 15/09/2026 », « 15-09-2026 », « 15.09.2026 », « 15 septembre 2026 », « 15 sept. 2026 »,
« 1er octobre 2026 », ISO « 2026-09-15 ».

Text typed in a date field that is not a date is never thrown away: the record keeps it in its
``typed`` extension key (``{"date": null, "typed": {"date": "15 sept 2062x"}}``,
docs/format-extensions.md), the validation reports it as an error at the field's path, and the
field shows it again after a restart. A valid date typed later removes it.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .model import Dossier

#: The extension key of a record holding the text typed in its date fields that did not parse.
TYPED = "typed"

_NUMERIC = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_WORDS = re.compile(r"^(?:le\s+)?(\d{1,2})\s*(?:er|e|re)?\s+([a-z]+)\.?\s+(\d{4})$")

#: The months' French names, as printed (« 15 septembre 2026 »): the documents' dates and the periods' labels.
MONTH_NAMES = (
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

# Month names and their usual abbreviations, accents folded ("févr." → "fevr").
_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("janvier", "janv", "jan"),
        ("fevrier", "fevr", "fev"),
        ("mars", "mar"),
        ("avril", "avr"),
        ("mai",),
        ("juin",),
        ("juillet", "juil"),
        ("aout",),
        ("septembre", "sept", "sep"),
        ("octobre", "oct"),
        ("novembre", "nov"),
        ("decembre", "dec"),
    ),
    start=1,
):
    for _name in _names:
        _MONTHS[_name] = _number

EXAMPLE = "15/09/2026 ou 15 septembre 2026"


class DateError(ValueError):
    """Text that is not a date; ``str(err)`` is a French explanation."""


def _folded(text: str) -> str:
    """Lower case, accents removed, spaces collapsed (no-break spaces included)."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.split())


def parse_french_date(text: str) -> date | None:
    """The date ``text`` means; None for empty text; :class:`DateError` (French) otherwise."""
    cleaned = " ".join(text.split())
    if not cleaned:
        return None
    folded = _folded(cleaned)
    if m := _NUMERIC.match(folded):
        day, month, year = (int(g) for g in m.groups())
    elif m := _ISO.match(folded):
        year, month, day = (int(g) for g in m.groups())
    elif (m := _WORDS.match(folded)) and m.group(2) in _MONTHS:
        day, month, year = int(m.group(1)), _MONTHS[m.group(2)], int(m.group(3))
    else:
        raise DateError(f"« {cleaned} » n'est pas une date : tapez par exemple {EXAMPLE}.")
    try:
        return date(year, month, day)
    except ValueError:
        raise DateError(f"date impossible : le {day:02d}/{month:02d}/{year} n'existe pas.") from None


def looks_complete(text: str) -> bool:
    """Whether the user seems to have finished typing a date (a wrong one deserves a message now)."""
    folded = _folded(text)
    return bool(_NUMERIC.match(folded) or _ISO.match(folded) or _WORDS.match(folded))


def format_date(value: date | None) -> str:
    """The way the fields show a date: « 15/09/2026 »."""
    return value.strftime("%d/%m/%Y") if value else ""


def typed_text(record: Any, attr: str) -> str | None:
    """The text typed in ``record.attr`` that is not a date (None when the field holds a date or nothing)."""
    typed = record.extra.get(TYPED) if record is not None else None
    if isinstance(typed, dict):
        value = typed.get(attr)
        return value if isinstance(value, str) and value else None
    return None


def not_a_date(text: str) -> str:
    """The problem of a date field holding ``text``, which is not a date."""
    return f"« {text} » n'est pas une date : tapez par exemple {EXAMPLE}."


def typed_dates(dossier: Dossier, path: str = "dossier") -> list[tuple[str, str]]:
    """Every date field holding typed text that is not a date: (its JSON path, the text)."""
    charter = f"{path}.charter"
    records: list[tuple[Any, str]] = [
        (dossier.charter.duration, f"{charter}.duration"),
        (dossier.charter.signature, f"{charter}.signature"),
    ]
    for i, conv in enumerate(dossier.conventions):
        cpath = f"{path}.conventions[{i}]"
        records += [(conv, cpath), (conv.signature, f"{cpath}.signature")]
        if conv.amends is not None:
            records.append((conv.amends, f"{cpath}.amends"))
        if conv.authorisation is not None:
            records.append((conv.authorisation, f"{cpath}.authorisation"))
        for j, contrib in enumerate(conv.contributions):
            for k, payment in enumerate(contrib.schedule):
                records.append((payment, f"{cpath}.contributions[{j}].schedule[{k}]"))
    found = []
    for record, rpath in records:
        typed = record.extra.get(TYPED) if record.extra else None
        if isinstance(typed, dict):
            found += [(f"{rpath}.{attr}", text) for attr, text in typed.items() if isinstance(text, str) and text]
    return found


def with_typed(extra: dict[str, Any], attr: str, text: str | None) -> dict[str, Any]:
    """A copy of a record's ``extra`` holding ``text`` as what was typed in ``attr`` (removed when None)."""
    out = dict(extra)
    typed = dict(out.get(TYPED) or {}) if isinstance(out.get(TYPED), dict) else {}
    if text:
        typed[attr] = text
    else:
        typed.pop(attr, None)
    if typed:
        out[TYPED] = typed
    else:
        out.pop(TYPED, None)
    return out
