"""Periods of the follow-up: parse, order, compare with a frequency, label in French.

A period is a string of the `.charte` file (shared/dossier-format.md « Follow-up and actor map »):
``"2026"`` (calendar year), ``"2026-2027"`` (school year, September to August), ``"2026-S1"`` /
``"2026-S2"`` (semesters), ``"2026-T1"``…``"2026-T4"`` (quarters), ``"2026-03"`` (month).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Literal

from .dates import MONTH_NAMES

PeriodKind = Literal["year", "school_year", "semester", "quarter", "month"]

_PATTERN = re.compile(r"^(\d{4})(?:-(?:(\d{4})|S([12])|T([1-4])|(\d{2})))?$")
#: The forms, in words, for messages.
FORMS = "« 2026 », « 2026-2027 », « 2026-S1 », « 2026-T1 » ou « 2026-03 »"


@dataclass(frozen=True)
class Period:
    """A parsed period (order them with :func:`sort_key`)."""

    start: date
    end: date
    kind: PeriodKind
    text: str

    @property
    def label(self) -> str:
        return label(self.text)


def parse(text: str) -> Period | None:
    """The period ``text`` names, or None when it is not one of the allowed forms."""
    m = _PATTERN.match(text or "")
    if m is None:
        return None
    year = int(m.group(1))
    if year < 1900 or year > 2199:
        return None
    second, semester, quarter, month = m.group(2), m.group(3), m.group(4), m.group(5)
    if second is not None:
        if int(second) != year + 1:
            return None
        return Period(date(year, 9, 1), date(year + 1, 8, 31), "school_year", text)
    if semester is not None:
        first = 1 if semester == "1" else 7
        return Period(date(year, first, 1), _month_end(year, first + 5), "semester", text)
    if quarter is not None:
        first = 3 * (int(quarter) - 1) + 1
        return Period(date(year, first, 1), _month_end(year, first + 2), "quarter", text)
    if month is not None:
        number = int(month)
        if not 1 <= number <= 12:
            return None
        return Period(date(year, number, 1), _month_end(year, number), "month", text)
    return Period(date(year, 1, 1), date(year, 12, 31), "year", text)


def _month_end(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date.fromordinal(date(year, month + 1, 1).toordinal() - 1)


def sort_key(text: str) -> tuple[int, date, int, str]:
    """Periods in time order (by first day, the longer first); texts that are not periods last."""
    period = parse(text)
    if period is None:
        return (1, date.max, 0, text)
    return (0, period.start, -period.end.toordinal(), text)


def ordered(texts: list[str]) -> list[str]:
    """The distinct periods of ``texts`` in time order."""
    return sorted(set(texts), key=sort_key)


def label(text: str) -> str:
    """The period in French words: « 2026 », « 2026-2027 », « 1er semestre 2026 », « mars 2026 »."""
    period = parse(text)
    if period is None:
        return text
    year = period.start.year
    if period.kind == "school_year":
        return f"{year}-{year + 1}"
    if period.kind == "semester":
        return f"{_ordinal(1 if period.start.month == 1 else 2)} semestre {year}"
    if period.kind == "quarter":
        return f"{_ordinal((period.start.month - 1) // 3 + 1)} trimestre {year}"
    if period.kind == "month":
        return f"{MONTH_NAMES[period.start.month - 1]} {year}"
    return str(year)


def _ordinal(n: int) -> str:
    return "1er" if n == 1 else f"{n}e"


def _folded(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))


def frequency_kinds(frequency: str | None) -> frozenset[PeriodKind] | None:
    """The period kinds an indicator's frequency (free text: « annuelle », « trimestrielle »…) calls
    for, or None when the text says nothing we recognise (then every period is accepted)."""
    if not frequency:
        return None
    folded = _folded(frequency)
    if "semestr" in folded:
        return frozenset({"semester"})
    if "trimestr" in folded:
        return frozenset({"quarter"})
    if "mensu" in folded or "mois" in folded:
        return frozenset({"month"})
    if "annu" in folded or "an" == folded.strip() or "scolaire" in folded:
        return frozenset({"year", "school_year"})
    return None


_LENGTH: dict[str, int] = {"month": 1, "quarter": 3, "semester": 6, "year": 12, "school_year": 12}


def matches_frequency(text: str, frequency: str | None) -> bool:
    """Whether a measure of period ``text`` fits the frequency: a period of the kind it calls for,
    or a longer one (a quarterly indicator consolidated over the year). A shorter period (a monthly
    value of an annual indicator) does not. True when the frequency or the period is not recognised."""
    kinds = frequency_kinds(frequency)
    period = parse(text)
    if kinds is None or period is None or period.kind in kinds:
        return True
    return _LENGTH[period.kind] > max(_LENGTH[kind] for kind in kinds)
