"""Aide › Guide: the co-construction path, step by step, inside the application (French and English).

The guide follows the field's good practice (``shared/domain.md``): map the
actors, share a diagnosis, write the common goal, decide the evaluation at the
start, then the charter, its governance, its versions and the signature. Each
section names the wizard step where it is done; a link opens that step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from .widgets.fit import fit_to_screen


class GuideDialog(QDialog):
    """A non-modal window with the guide; ``go_to(step_id)`` is called when a step link is clicked."""

    def __init__(self, go_to: Callable[[str], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("Guide – co-construire une charte et ses conventions"))
        self._go_to = go_to
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideBrowser")
        self.browser.setAccessibleName(self.tr("Guide"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link)
        self.browser.setHtml(self.html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 760, 640)

    def _link(self, url: QUrl) -> None:
        if url.scheme() == "step" and self._go_to is not None:
            self._go_to(url.path())

    def html(self) -> str:
        sections = [
            (
                self.tr("Avant de commencer"),
                self.tr(
                    "Une coopération ne se décrète pas : elle se construit avec ceux qui agissent déjà auprès des "
                    "enfants et des familles. Prévoyez plusieurs réunions ; l'application garde chaque brouillon "
                    "et chaque version, et le « mode réunion » (menu Affichage) agrandit tout pour le projecteur."
                ),
                "",
            ),
            (
                self.tr("1. Cartographier les acteurs"),
                self.tr(
                    "Listez tous les acteurs concernés (Ville, Éducation nationale, Département, CAF, associations, "
                    "santé…), leurs champs d'intervention et ce qu'ils font déjà. Le type de partenaire est deviné "
                    "d'après son nom ; vérifiez-le."
                ),
                "partners",
            ),
            (
                self.tr("2. Partager le diagnostic"),
                self.tr("Écrivez ensemble une lecture commune des enjeux du territoire."),
                "diagnosis",
            ),
            (
                self.tr("3. Écrire le but commun"),
                self.tr("La transformation que les partenaires veulent, formulée ensemble (un « scénario idéal »)."),
                "goal",
            ),
            (
                self.tr("4. Décider l'évaluation dès le départ"),
                self.tr(
                    "Chaque objectif a ses indicateurs : valeur de départ, cible, source, fréquence. La "
                    "bibliothèque propose des indicateurs types à adapter."
                ),
                "objectives",
            ),
            (
                self.tr("5 et 6. Valeurs, règles et glossaire"),
                self.tr(
                    "Les valeurs sur lesquelles on ne transige pas, les règles (partage d'informations, "
                    "confidentialité, décision) et un glossaire commun pour les mots qui ne veulent pas dire la "
                    "même chose pour tous."
                ),
                "rules",
            ),
            (
                self.tr("7. Intérêts et engagements"),
                self.tr("Ce que chaque partenaire gagne à participer et ce à quoi il s'engage."),
                "commitments",
            ),
            (
                self.tr("8. Gouvernance"),
                self.tr(
                    "Un comité de pilotage, un comité technique, une coordination légitime qui peut solliciter les "
                    "partenaires ; la communication permanente et l'évaluation."
                ),
                "governance",
            ),
            (
                self.tr("9. Durée, révision et signatures"),
                self.tr("La date de début, la durée, le lieu et les signataires."),
                "duration",
            ),
            (
                self.tr("10. Conventions (si besoin)"),
                self.tr(
                    "Quand des moyens sont mis en commun (financements, personnel, locaux), une convention les "
                    "formalise ; un avenant la modifie."
                ),
                "conventions",
            ),
            (
                self.tr("11. Aperçu et export"),
                self.tr(
                    "Relisez chaque document tel qu'il sera imprimé ; exportez-le en PDF ou en Word. « Ce qui "
                    "manque encore », sous la liste des étapes, dit ce qu'il reste à faire."
                ),
                "preview",
            ),
            (
                self.tr("12. Versions, avis et signature"),
                self.tr(
                    "Créez une version pour la faire relire : son empreinte figure sur chaque page. Notez "
                    "l'avis de chaque partenaire dans l'historique ; la version est validée quand tous ont répondu. "
                    "Imprimez alors les originaux et faites-les signer. Les résultats de l'évaluation font évoluer "
                    "la charte : une nouvelle version."
                ),
                "signing",
            ),
            (
                self.tr("13. Suivi et bilan"),
                self.tr(
                    "Saisissez les valeurs des indicateurs par période, notez l'état des engagements au bilan du "
                    "comité, exportez le bilan et préparez la prochaine version à partir des ajustements."
                ),
                "follow_up",
            ),
        ]
        heading = self.tr("Le parcours de co-construction")
        from .steps.registry import step_classes  # late: the guide is opened from the Help menu only

        # Each link names the step as the wizard's side list does: the guide and the list always agree.
        steps = {cls.step_id: (row + 1, cls.translated_title()) for row, cls in enumerate(step_classes())}
        parts = [f"<h2>{heading}</h2>"]
        for title, text, step in sections:
            link = ""
            if step in steps:
                number, name = steps[step]
                words = self.tr("Ouvrir l'étape {number} – {title}").format(number=number, title=name)
                link = f" <a href='step:{step}'>{words}</a>"
            parts.append(f"<h3>{title}</h3><p>{text}{link}</p>")
        return "".join(parts)
