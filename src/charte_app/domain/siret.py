"""SIRET numbers (14 digits with a Luhn checksum, La Poste excepted) and IBAN checks."""

from __future__ import annotations

_LA_POSTE_SIREN = "356000000"


def siret_checksum_ok(digits: str) -> bool:
    """True when ``digits`` (14 digits) passes the SIRET checksum."""
    if len(digits) != 14 or not digits.isdigit():
        return False
    if digits.startswith(_LA_POSTE_SIREN):
        # La Poste's establishments share one SIREN; their rule is a digit sum multiple of 5.
        return sum(int(c) for c in digits) % 5 == 0
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def iban_ok(iban: str) -> bool:
    """True when ``iban`` (spaces allowed) passes the ISO 13616 mod-97 check."""
    compact = iban.replace(" ", "").upper()
    if not 15 <= len(compact) <= 34 or not compact[:2].isalpha() or not compact.isalnum():
        return False
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1
