"""The domain's validation messages in the UI's language.

The domain stays free of Qt and speaks French; its messages are repeated here
as templates ("{v1}" stands for a value taken from the message) inside
``QT_TRANSLATE_NOOP`` markers for Qt Linguist. :func:`translate_message` finds
the template a message was made from and fills in the translation; a message
it does not know stays French (a test checks every template is matched).
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from . import i18n

TEMPLATES = [
    QT_TRANSLATE_NOOP(
        "Validation", "identifiant « {v1} » invalide : lettres minuscules, chiffres et tirets seulement."
    ),
    QT_TRANSLATE_NOOP("Validation", "identifiant en double « {v1} » dans la liste des {v2}."),
    QT_TRANSLATE_NOOP("Validation", "référence inconnue « {v1} » : aucun {v2} ne porte cet identifiant."),
    QT_TRANSLATE_NOOP("Validation", "« {v1} » n'est pas un horodatage ISO 8601 (ex. 2026-06-29T11:00:00+02:00)."),
    QT_TRANSLATE_NOOP("Validation", "horodatage trop long."),
    QT_TRANSLATE_NOOP(
        "Validation",
        "l'identifiant du dossier « {v1} » n'est pas un UUID (forme 8-4-4-4-12, chiffres hexadécimaux en minuscules).",
    ),
    QT_TRANSLATE_NOOP("Validation", "cet IBAN n'est pas valide : vérifiez le numéro."),
    QT_TRANSLATE_NOOP("Validation", "un partenaire ne se verse pas sa propre contribution."),
    QT_TRANSLATE_NOOP("Validation", "le titre du dossier est vide."),
    QT_TRANSLATE_NOOP("Validation", "adresse électronique invalide."),
    QT_TRANSLATE_NOOP("Validation", "le nom du partenaire est vide."),
    QT_TRANSLATE_NOOP("Validation", "un SIRET compte exactement 14 chiffres."),
    QT_TRANSLATE_NOOP("Validation", "la clé de contrôle du SIRET est fausse : vérifiez le numéro."),
    QT_TRANSLATE_NOOP("Validation", "identifiant d'indicateur « {v1} » déjà utilisé par un autre objectif."),
    QT_TRANSLATE_NOOP("Validation", "la durée doit être d'au moins un mois."),
    QT_TRANSLATE_NOOP("Validation", "une convention a au moins une partie."),
    QT_TRANSLATE_NOOP("Validation", "la partie « {v1} » figure deux fois."),
    QT_TRANSLATE_NOOP("Validation", "la date de fin ({v1}) précède la date de début ({v2})."),
    QT_TRANSLATE_NOOP("Validation", "un avenant doit indiquer la convention qu'il modifie."),
    QT_TRANSLATE_NOOP("Validation", "un avenant ne peut se modifier lui-même."),
    QT_TRANSLATE_NOOP("Validation", "le numéro d'avenant commence à 1."),
    QT_TRANSLATE_NOOP("Validation", "année {v1} invraisemblable."),
    QT_TRANSLATE_NOOP("Validation", "un échéancier suppose un montant total."),
    QT_TRANSLATE_NOOP("Validation", "les échéances totalisent {v1} alors que le montant est de {v2}."),
    QT_TRANSLATE_NOOP("Validation", "montant de l'échéance manquant."),
    QT_TRANSLATE_NOOP("Validation", "le préavis ne peut être négatif."),
    QT_TRANSLATE_NOOP("Validation", "le nombre de renouvellements ne peut être négatif."),
    QT_TRANSLATE_NOOP("Validation", "l'avance est un pourcentage entre 1 et 99."),
    QT_TRANSLATE_NOOP("Validation", "il faut au moins un exemplaire original."),
    QT_TRANSLATE_NOOP(
        "Validation", "la date de début « {v1} » est hors limites : une date entre 1900 et 2199 est attendue."
    ),
    QT_TRANSLATE_NOOP(
        "Validation", "la date de fin « {v1} » est hors limites : une date entre 1900 et 2199 est attendue."
    ),
    QT_TRANSLATE_NOOP(
        "Validation", "la date d'échéance « {v1} » est hors limites : une date entre 1900 et 2199 est attendue."
    ),
    QT_TRANSLATE_NOOP(
        "Validation", "la date de signature « {v1} » est hors limites : une date entre 1900 et 2199 est attendue."
    ),
    QT_TRANSLATE_NOOP("Validation", "la date « {v1} » est hors limites : une date entre 1900 et 2199 est attendue."),
    QT_TRANSLATE_NOOP("Validation", "le nombre d'exemplaires originaux vaut {v1} : c'est au plus 100."),
    QT_TRANSLATE_NOOP("Validation", "la durée en mois vaut {v1} : c'est au plus 600."),
    QT_TRANSLATE_NOOP("Validation", "le préavis en mois vaut {v1} : c'est au plus 120."),
    QT_TRANSLATE_NOOP("Validation", "le nombre de renouvellements vaut {v1} : c'est au plus 99."),
    QT_TRANSLATE_NOOP("Validation", "le numéro de la convention modifiée vaut {v1} : c'est au plus 999."),
    QT_TRANSLATE_NOOP("Validation", "« {v1} » n'est pas partie à cette convention."),
    QT_TRANSLATE_NOOP("Validation", "le numéro de version commence à 1."),
    QT_TRANSLATE_NOOP("Validation", "la version n° {v1} figure deux fois."),
    QT_TRANSLATE_NOOP("Validation", "les versions doivent être rangées de la plus ancienne à la plus récente."),
    QT_TRANSLATE_NOOP("Validation", "empreinte mal formée (sha256:<64 chiffres hexadécimaux>)."),
    QT_TRANSLATE_NOOP(
        "Validation", "l'empreinte ne correspond pas au contenu de la version : le fichier a été modifié."
    ),
    QT_TRANSLATE_NOOP("Validation", "la version appartient à un autre dossier."),
    QT_TRANSLATE_NOOP("Validation", "« {v1} » n'est pas une date : tapez par exemple 15/09/2026 ou 15 septembre 2026."),
    # Actor map (domain.validation._actor_map)
    QT_TRANSLATE_NOOP("Validation", "identifiant « {v1} » déjà porté par un partenaire."),
    QT_TRANSLATE_NOOP("Validation", "le nom de l'acteur est vide."),
    QT_TRANSLATE_NOOP("Validation", "l'acteur « {v1} » porte le nom d'un partenaire : fusionnez-les."),
    QT_TRANSLATE_NOOP("Validation", "un lien ne peut relier un acteur à lui-même."),
    QT_TRANSLATE_NOOP(
        "Validation", "la position ({v1}, {v2}) sort du cadre de la carte (0 à 1000) : elle est ramenée au bord."
    ),
    # The follow-up's messages (domain/followup.py, issue 22).
    QT_TRANSLATE_NOOP("Validation", "deux cibles pour la période « {v1} »."),
    QT_TRANSLATE_NOOP("Validation", "deux mesures pour la période « {v1} »."),
    QT_TRANSLATE_NOOP("Validation", "identifiant en double « {v1} » dans la liste des bilans."),
    QT_TRANSLATE_NOOP("Validation", "la période « {v1} » ne correspond pas à la fréquence « {v2} » de l'indicateur."),
    QT_TRANSLATE_NOOP("Validation", "période « {v1} » invalide : {v2} est attendue."),
    QT_TRANSLATE_NOOP("Validation", "référence inconnue « {v1} » : aucun engagement ne porte cet identifiant."),
    QT_TRANSLATE_NOOP("Validation", "référence inconnue « {v1} » : aucun partenaire ne porte cet identifiant."),
    QT_TRANSLATE_NOOP("Validation", "référence inconnue « {v1} » : aucune instance ne porte cet identifiant."),
    QT_TRANSLATE_NOOP("Validation", "tolérance « {v1} » invalide : un pourcentage entre 0 et 100 est attendu."),
    QT_TRANSLATE_NOOP("Validation", "« {v1} » n'est pas un nombre : la valeur est gardée telle quelle."),
]


#: The French nouns the domain puts inside its messages ("dans la liste des partenaires").
NOUNS = [
    QT_TRANSLATE_NOOP("Validation", "annexes"),
    QT_TRANSLATE_NOOP("Validation", "articles"),
    QT_TRANSLATE_NOOP("Validation", "contributions"),
    QT_TRANSLATE_NOOP("Validation", "conventions"),
    QT_TRANSLATE_NOOP("Validation", "engagements"),
    QT_TRANSLATE_NOOP("Validation", "indicateurs"),
    QT_TRANSLATE_NOOP("Validation", "instances"),
    QT_TRANSLATE_NOOP("Validation", "objectifs"),
    QT_TRANSLATE_NOOP("Validation", "partenaires"),
    QT_TRANSLATE_NOOP("Validation", "règles"),
    QT_TRANSLATE_NOOP("Validation", "valeurs"),
    QT_TRANSLATE_NOOP("Validation", "convention"),
    QT_TRANSLATE_NOOP("Validation", "indicateur de la charte"),
    QT_TRANSLATE_NOOP("Validation", "objectif"),
    QT_TRANSLATE_NOOP("Validation", "partenaire"),
    # Actor map
    QT_TRANSLATE_NOOP("Validation", "acteurs"),
    QT_TRANSLATE_NOOP("Validation", "liens"),
    QT_TRANSLATE_NOOP("Validation", "partenaire ou acteur"),
]


def _value(text: str) -> str:
    """A value taken from a message: one of the domain's nouns is translated, anything else kept."""
    return QCoreApplication.translate("Validation", text) if text in {str(n) for n in NOUNS} else text


@cache
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    compiled = []
    for template in TEMPLATES:
        text = str(template)
        parts = re.split(r"(\{v\d\})", text)
        regex = "".join(f"(?P<{p[1:-1]}>.+?)" if re.fullmatch(r"\{v\d\}", p) else re.escape(p) for p in parts)
        compiled.append((re.compile(f"^{regex}$"), text))
    return compiled


def translate_message(message: str) -> str:
    """``message`` (French, from the domain's validation) in the current language."""
    if i18n.current_language() == "fr":
        return message
    for pattern, template in _patterns():
        found = pattern.match(message)
        if found:
            values = {key: _value(value) for key, value in found.groupdict().items()}
            return QCoreApplication.translate("Validation", template).format(**values)
    return message
