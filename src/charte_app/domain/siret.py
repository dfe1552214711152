"""SIRET numbers (through python-stdnum's ``fr.siret``: separators, Luhn key, La Poste's exception) and IBAN checks.

python-stdnum is a small pure-Python library with no dependency: the domain stays free of Qt and SQLAlchemy.
"""

from __future__ import annotations

from stdnum import exceptions as _stdnum_errors
from stdnum.fr import siret as _siret


def siret_compact(value: str) -> str:
    """The SIRET without its separators: "404.833.048.00022" → "40483304800022" (spaces, dots, dashes)."""
    # stdnum removes spaces and dots; dashes and no-break spaces (pasted from a document) are separators too.
    return str(_siret.compact(value.replace("-", " ").replace("\u00a0", " ").replace("\u202f", " ")))


def siret_checksum_ok(value: str) -> bool:
    """True when ``value`` (14 digits, separators allowed) passes the SIRET check.

    The Luhn key, or for La Poste's establishments (one SIREN for them all) the rule stdnum knows.
    """
    digits = siret_compact(value)
    if len(digits) != 14 or not digits.isdigit():
        return False
    try:
        _siret.validate(digits)
    except _stdnum_errors.ValidationError:
        return False
    return True


def siret_format(value: str) -> str:
    """ "404 833 048 00022" for a 14-digit SIRET (whatever its separators); anything else unchanged."""
    digits = siret_compact(value)
    if len(digits) != 14 or not digits.isdigit():
        return value
    return str(_siret.format(digits))


def iban_ok(iban: str) -> bool:
    """True when ``iban`` (spaces allowed) passes the ISO 13616 mod-97 check."""
    compact = iban.replace(" ", "").upper()
    if not 15 <= len(compact) <= 34 or not compact[:2].isalpha() or not compact.isalnum():
        return False
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1
