"""Checks of single fields as the user types: French messages shown next to the field.

The domain's :func:`~charte_app.domain.validate_dossier` stays the authority
(nothing it refuses is saved); these checks only say *earlier* and more
precisely what is wrong with one value.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from charte_app.domain.siret import siret_checksum_ok, siret_compact
from charte_app.domain.validation import EMAIL_PATTERN


def siret_message(text: str) -> str:
    """ "" when the SIRET is fine (or empty), else a French explanation."""
    digits = siret_compact(text)
    if not digits:
        return ""
    if not digits.isdigit():
        return QCoreApplication.translate("Checks", "Un SIRET ne contient que des chiffres (14).")
    if len(digits) != 14:
        return QCoreApplication.translate("Checks", "Un SIRET compte 14 chiffres ; vous en avez tapé {count}.").format(
            count=len(digits)
        )
    if not siret_checksum_ok(digits):
        return QCoreApplication.translate(
            "Checks", "La clé de contrôle de ce SIRET est fausse : vérifiez le numéro (avis de situation INSEE)."
        )
    return ""


def email_message(text: str) -> str:
    """ "" when the e-mail address looks right (or is empty), else a French explanation."""
    value = text.strip()
    if not value or EMAIL_PATTERN.match(value):
        return ""
    return QCoreApplication.translate("Checks", "Adresse électronique invalide : elle s'écrit nom@domaine.fr.")
