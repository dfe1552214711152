"""SIRET numbers (python-stdnum's ``fr.siret`` rules: separators, Luhn key, La Poste's exception) and IBAN checks
(python-stdnum's ``iban``).

python-stdnum is a small pure-Python library with no dependency: the domain stays free of Qt and SQLAlchemy.
It is the reference for every SIRET, but it is imported only for a SIRET written with characters other
than ASCII (its Unicode look-alike table: fullwidth digits, typographic dashes…). A SIRET of plain ASCII
digits and separators, i.e. every SIRET of a real file, is checked here by the very rules stdnum applies
(``tests/test_siret.py`` compares both on generated values): importing stdnum costs more than reading a
file (it pulls in ``ssl`` and ``pydoc``), and its per-character cleaning was most of a file's validation
(a SIRET per partner, in the draft and in every version read).
"""

from __future__ import annotations

import re

#: What stdnum's SIRET cleaning does to an ASCII text: it deletes spaces and dots; its look-alike table
#: maps no other ASCII character but the grave accent (to an apostrophe), which this pattern excludes.
_ASCII_FAST = re.compile(r"[\x00-\x5f\x61-\x7f]*")
_SEPARATORS = str.maketrans("", "", " .")
#: La Poste's establishments share the SIREN 356 000 000: their key is a digit sum multiple of 5,
#: except the head office's, which follows the Luhn rule.
_LA_POSTE = "356000000"
_LA_POSTE_HEAD_OFFICE = "35600000000048"


def _pasted_separators(value: str) -> str:
    # stdnum removes spaces and dots; dashes and no-break spaces (pasted from a document) are separators too.
    return value.replace("-", " ").replace("\u00a0", " ").replace("\u202f", " ")


def siret_compact(value: str) -> str:
    """The SIRET without its separators: "404.833.048.00022" → "40483304800022" (spaces, dots, dashes)."""
    text = _pasted_separators(value)
    if _ASCII_FAST.fullmatch(text):
        return text.translate(_SEPARATORS).strip()
    from stdnum.fr import siret as stdnum_siret

    return str(stdnum_siret.compact(text))


def _luhn_ok(digits: str) -> bool:
    """stdnum's ``luhn.validate`` for ASCII digits: the key digit makes the weighted sum a multiple of 10."""
    total = 0
    for i, char in enumerate(reversed(digits)):
        value = ord(char) - 48
        if i % 2:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def siret_checksum_ok(value: str) -> bool:
    """True when ``value`` (14 digits, separators allowed) passes the SIRET check.

    The Luhn key, or for La Poste's establishments (one SIREN for them all) the rule stdnum knows.
    """
    digits = siret_compact(value)
    if len(digits) != 14 or not digits.isdigit():
        return False
    if not digits.isascii():  # other Unicode digits: stdnum decides (it refuses them)
        from stdnum import exceptions as stdnum_errors
        from stdnum.fr import siret as stdnum_siret

        try:
            stdnum_siret.validate(digits)
        except stdnum_errors.ValidationError:
            return False
        return True
    # stdnum's fr.siret.validate, step by step: the key, then the SIREN's own key.
    if digits.startswith(_LA_POSTE) and digits != _LA_POSTE_HEAD_OFFICE:
        if sum(ord(c) - 48 for c in digits) % 5 != 0:
            return False
    elif not _luhn_ok(digits):
        return False
    return _luhn_ok(digits[:9])


def siret_key_wrong(value: str) -> bool:
    """Fourteen digits whose check key is wrong (a typo); a value of another shape is another problem."""
    digits = siret_compact(value)
    return len(digits) == 14 and digits.isdigit() and not siret_checksum_ok(digits)


def siret_format(value: str) -> str:
    """ "404 833 048 00022" for a 14-digit SIRET (whatever its separators); anything else unchanged."""
    digits = siret_compact(value)
    if len(digits) != 14 or not digits.isdigit():
        return value
    if not digits.isascii():
        from stdnum.fr import siret as stdnum_siret

        return str(stdnum_siret.format(digits))
    return f"{digits[:3]} {digits[3:6]} {digits[6:9]} {digits[9:]}"


#: stdnum's IBAN registry entry for France (``iban.dat``: ``FR bban="5!n5!n11!c2!n"``), as a pattern on
#: the compact, upper-case IBAN; stdnum has no further French check (no ``stdnum.fr.iban``).
_FRENCH_IBAN = re.compile(r"FR[0-9]{2}[0-9]{5}[0-9]{5}[A-Z0-9]{11}[0-9]{2}")
_IBAN_SEPARATORS = str.maketrans("", "", " -.")


def iban_ok(iban: str) -> bool:
    """True when ``iban`` (spaces allowed) is a valid IBAN by python-stdnum's ``iban`` module: the
    ISO 13616 mod-97 key, and the country's registered length and BBAN format (a 26-character French
    IBAN, the country « XX » or letters in a German account number are refused).

    A French IBAN in ASCII, nearly every IBAN here, is checked by stdnum's rules for France without
    importing stdnum (as for a SIRET, see above: ``tests/test_siret.py`` compares both on generated
    values); any other is stdnum's to decide.
    """
    compact = iban.translate(_IBAN_SEPARATORS).strip().upper() if iban.isascii() else ""
    if compact.startswith("FR"):
        return (
            bool(_FRENCH_IBAN.fullmatch(compact))
            and int("".join(str(int(c, 36)) for c in compact[4:] + compact[:4])) % 97 == 1
        )
    from stdnum import iban as stdnum_iban

    return bool(stdnum_iban.is_valid(iban))
