"""The library of typical values, rules and indicators a coordinator picks from, then edits.

Drawn from the field's good practice (``shared/domain.md``): families informed
and agreeing first, sharing only what is strictly necessary, looking for
strengths, confidentiality binding on every member, decisions taken together;
indicators with a baseline, a target, a source and a frequency decided at the
start. Each entry becomes an ordinary record of the dossier once picked: the
library is a starting point, never a constraint. Texts are French, marked for
translation.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from charte_app.domain.model import RuleTopic

_CONTEXT = "Library"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for Qt Linguist; translated when read (:func:`_t`)."""
    return text


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


@dataclass(frozen=True)
class TypicalValue:
    title: str
    description: str


@dataclass(frozen=True)
class TypicalRule:
    title: str
    text: str
    topic: RuleTopic


@dataclass(frozen=True)
class TypicalIndicator:
    name: str
    baseline: str
    target: str
    source: str
    frequency: str


_VALUES = [
    (
        QT_TRANSLATE_NOOP("Library", "Les familles d'abord"),
        QT_TRANSLATE_NOOP(
            "Library",
            "Les familles sont informées et donnent leur accord avant toute démarche qui les concerne ; "
            "elles sont associées aux décisions.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Library", "Partir des ressources"),
        QT_TRANSLATE_NOOP(
            "Library",
            "Chaque partenaire cherche les forces de l'enfant et de sa famille, pas seulement les difficultés.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Library", "Confiance et écoute"),
        QT_TRANSLATE_NOOP(
            "Library",
            "Les partenaires prennent le temps de se connaître, s'écoutent et nomment ouvertement les problèmes.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Library", "Respect des missions de chacun"),
        QT_TRANSLATE_NOOP(
            "Library",
            "Chaque partenaire agit dans son cadre d'intervention ; les postures professionnelles différentes "
            "sont une richesse.",
        ),
    ),
]

_RULES: list[tuple[str, str, RuleTopic]] = [
    (
        QT_TRANSLATE_NOOP("Library", "Partager le strict nécessaire"),
        QT_TRANSLATE_NOOP(
            "Library",
            "Seules les informations strictement nécessaires à l'accompagnement sont partagées, après information "
            "et accord de la famille (art. L. 121-6-2 du code de l'action sociale et des familles).",
        ),
        "information_sharing",
    ),
    (
        QT_TRANSLATE_NOOP("Library", "Confidentialité"),
        QT_TRANSLATE_NOOP(
            "Library",
            "Chaque membre des instances est tenu à la confidentialité sur les situations évoquées ; aucune "
            "information nominative ne figure dans les comptes rendus.",
        ),
        "confidentiality",
    ),
    (
        QT_TRANSLATE_NOOP("Library", "Éthique des échanges"),
        QT_TRANSLATE_NOOP(
            "Library",
            "Les situations sont présentées avec respect, en distinguant les faits des interprétations.",
        ),
        "ethics",
    ),
    (
        QT_TRANSLATE_NOOP("Library", "Décider ensemble"),
        QT_TRANSLATE_NOOP(
            "Library",
            "Les décisions du comité de pilotage sont prises par consensus ; à défaut, à la majorité des "
            "partenaires présents.",
        ),
        "decision_making",
    ),
    (
        QT_TRANSLATE_NOOP("Library", "Un référent par partenaire"),
        QT_TRANSLATE_NOOP(
            "Library",
            "Chaque partenaire désigne un référent et son suppléant, joignables par la coordination.",
        ),
        "operation",
    ),
]

_INDICATORS = [
    (
        QT_TRANSLATE_NOOP("Library", "Enfants accompagnés dans l'année"),
        QT_TRANSLATE_NOOP("Library", "nombre de l'année précédente"),
        QT_TRANSLATE_NOOP("Library", "à fixer ensemble"),
        QT_TRANSLATE_NOOP("Library", "bilan d'activité du programme"),
        QT_TRANSLATE_NOOP("Library", "annuelle"),
    ),
    (
        QT_TRANSLATE_NOOP("Library", "Parcours sans rupture à l'entrée au collège"),
        QT_TRANSLATE_NOOP("Library", "part constatée à la rentrée"),
        QT_TRANSLATE_NOOP("Library", "à fixer ensemble"),
        QT_TRANSLATE_NOOP("Library", "suivi des parcours, Éducation nationale"),
        QT_TRANSLATE_NOOP("Library", "annuelle"),
    ),
    (
        QT_TRANSLATE_NOOP("Library", "Familles ayant donné leur accord au partage"),
        QT_TRANSLATE_NOOP("Library", "part en début de charte"),
        QT_TRANSLATE_NOOP("Library", "toutes les familles accompagnées"),
        QT_TRANSLATE_NOOP("Library", "dossiers de la coordination"),
        QT_TRANSLATE_NOOP("Library", "semestrielle"),
    ),
    (
        QT_TRANSLATE_NOOP("Library", "Présence des partenaires au comité technique"),
        QT_TRANSLATE_NOOP("Library", "présence moyenne de l'année précédente"),
        QT_TRANSLATE_NOOP("Library", "chaque partenaire à chaque réunion"),
        QT_TRANSLATE_NOOP("Library", "feuilles d'émargement"),
        QT_TRANSLATE_NOOP("Library", "à chaque réunion"),
    ),
]


def typical_values() -> list[TypicalValue]:
    return [TypicalValue(_t(title), _t(text)) for title, text in _VALUES]


def typical_rules() -> list[TypicalRule]:
    return [TypicalRule(_t(title), _t(text), topic) for title, text, topic in _RULES]


def typical_indicators() -> list[TypicalIndicator]:
    return [TypicalIndicator(*(_t(part) for part in entry)) for entry in _INDICATORS]
