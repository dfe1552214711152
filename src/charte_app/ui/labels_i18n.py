"""Translatable names of the format's coded values (the French ones live in ``domain.labels``),
and how the UI spells timestamps.

The domain stays free of Qt, so its French labels are repeated here inside
``QT_TRANSLATE_NOOP`` markers for Qt Linguist; a test checks both lists agree.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from charte_app.domain import labels

_MARKED = [
    QT_TRANSLATE_NOOP("Labels", "Collectivité (commune, EPCI)"),
    QT_TRANSLATE_NOOP("Labels", "Département"),
    QT_TRANSLATE_NOOP("Labels", "Région"),
    QT_TRANSLATE_NOOP("Labels", "Service de l'État"),
    QT_TRANSLATE_NOOP("Labels", "Éducation nationale"),
    QT_TRANSLATE_NOOP("Labels", "Caisse d'allocations familiales"),
    QT_TRANSLATE_NOOP("Labels", "Santé"),
    QT_TRANSLATE_NOOP("Labels", "Association"),
    QT_TRANSLATE_NOOP("Labels", "Établissement public"),
    QT_TRANSLATE_NOOP("Labels", "Entreprise"),
    QT_TRANSLATE_NOOP("Labels", "Autre"),
    QT_TRANSLATE_NOOP("Labels", "Partage d'informations"),
    QT_TRANSLATE_NOOP("Labels", "Confidentialité"),
    QT_TRANSLATE_NOOP("Labels", "Éthique et déontologie"),
    QT_TRANSLATE_NOOP("Labels", "Prise de décision"),
    QT_TRANSLATE_NOOP("Labels", "Fonctionnement"),
    QT_TRANSLATE_NOOP("Labels", "Autres règles"),
    QT_TRANSLATE_NOOP("Labels", "Brouillon"),
    QT_TRANSLATE_NOOP("Labels", "Partagée"),
    QT_TRANSLATE_NOOP("Labels", "Validée"),
    QT_TRANSLATE_NOOP("Labels", "Signée"),
    QT_TRANSLATE_NOOP("Labels", "Approuvée"),
    QT_TRANSLATE_NOOP("Labels", "Avec réserves"),
    QT_TRANSLATE_NOOP("Labels", "Refusée"),
    QT_TRANSLATE_NOOP("Labels", "Convention de partenariat"),
    QT_TRANSLATE_NOOP("Labels", "Convention cadre"),
    QT_TRANSLATE_NOOP("Labels", "Convention financière"),
    QT_TRANSLATE_NOOP("Labels", "Convention de mise à disposition"),
    QT_TRANSLATE_NOOP("Labels", "Avenant"),
]


def marked() -> list[str]:
    """The French labels marked for translation (for the drift test)."""
    return [str(text) for text in _MARKED]


def _tr(french: str) -> str:
    return QCoreApplication.translate("Labels", french)


def partner_kinds() -> list[tuple[str, str]]:
    return [(code, _tr(text)) for code, text in labels.PARTNER_KINDS.items()]


def rule_topics() -> list[tuple[str, str]]:
    return [(code, _tr(text)) for code, text in labels.RULE_TOPICS.items()]


def convention_kinds() -> list[tuple[str, str]]:
    return [(code, _tr(text)) for code, text in labels.CONVENTION_KINDS.items()]


def convention_kind(code: str | None) -> str:
    return _tr(labels.CONVENTION_KINDS.get(code or "", code or ""))


def version_statuses() -> list[tuple[str, str]]:
    return [(code, _tr(text)) for code, text in labels.VERSION_STATUSES.items()]


def partner_kind(code: str | None) -> str:
    return _tr(labels.PARTNER_KINDS.get(code or "", code or ""))


def rule_topic(code: str | None) -> str:
    return _tr(labels.RULE_TOPICS.get(code or "", "")) if code else ""


def version_status(code: str | None) -> str:
    return _tr(labels.VERSION_STATUSES.get(code or "", code or "")) if code else ""


def decision(code: str | None) -> str:
    return _tr(labels.DECISIONS.get(code or "", code or "")) if code else ""


def format_timestamp(value: str | None) -> str:
    """ISO timestamp → "22/11/2026 14:05" in local time ("" when unknown)."""
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%d/%m/%Y %H:%M")
