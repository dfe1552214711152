"""Where a partner is still cited in a dossier: so it is never removed silently."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from charte_app.domain import Dossier

from .i18n import plural


def partner_uses(dossier: Dossier, partner_id: str) -> list[str]:
    """French descriptions of every place citing ``partner_id`` (empty: safe to remove)."""
    uses: list[str] = []
    charter = dossier.charter
    count = sum(1 for c in charter.commitments if c.partner == partner_id)
    if count:
        uses.append(
            plural(
                QCoreApplication.translate("References", "%n engagements de la charte (étape 7)", "", count),
                "%n engagement de la charte (étape 7)",
                count,
            )
        )
    for body in charter.governance.bodies:
        if partner_id in body.members:
            uses.append(
                QCoreApplication.translate("References", "membre de l'instance « {name} » (étape 8)").format(
                    name=body.name
                )
            )
    if partner_id in charter.signature.signatories:
        uses.append(QCoreApplication.translate("References", "signataire de la charte (étape 9)"))
    for conv in dossier.conventions:
        cited = (
            partner_id in conv.parties
            or any(c.partner == partner_id for c in conv.commitments)
            or any(c.partner == partner_id for c in conv.contributions)
        )
        if cited:
            uses.append(
                QCoreApplication.translate(
                    "References", "partie, engagement ou contribution de la convention « {title} » (étape 10)"
                ).format(title=conv.title)
            )
    return uses


def objective_uses(dossier: Dossier, objective_id: str) -> list[str]:
    """Where an objective (or one of its indicators) is still cited."""
    uses: list[str] = []
    count = sum(1 for c in dossier.charter.commitments if objective_id in c.objectives)
    if count:
        uses.append(
            plural(
                QCoreApplication.translate("References", "%n engagements de la charte (étape 7)", "", count),
                "%n engagement de la charte (étape 7)",
                count,
            )
        )
    objective = next((o for o in dossier.charter.objectives if o.id == objective_id), None)
    if objective is not None:
        for indicator in objective.indicators:
            uses += indicator_uses(dossier, indicator.id)
    return uses


def indicator_uses(dossier: Dossier, indicator_id: str) -> list[str]:
    """Conventions that follow an indicator of the charter."""
    return [
        QCoreApplication.translate("References", "indicateur suivi par la convention « {title} » (étape 10)").format(
            title=conv.title
        )
        for conv in dossier.conventions
        if indicator_id in conv.indicators
    ]
