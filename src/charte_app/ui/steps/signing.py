"""Step 12 — Versions, avis et signature: the path from a finished draft to signed originals.

Step 11 shows and exports the documents; this page carries what comes after, in
order: freeze a version (the version dialog), record each partner's decision
(the history's decisions), print the originals of the approved version (step 11's
printing), then the follow-up. The actions themselves belong to the main window,
which hands them over in ``ctx.extras`` (``create_version``, ``record_decisions``,
``print_originals``): this page only says where the dossier stands and offers
them. It reads versions through the service, never SQL.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from charte_app.domain import Version
from charte_app.errors import UserError

from .. import labels_i18n
from .base import NothingToFillPage, StepContext

#: The main window's actions this page offers (keys of ``StepContext.extras``).
ACTIONS = ("create_version", "record_decisions", "print_originals", "open_follow_up")


class SigningPage(NothingToFillPage):
    step_id = "signing"
    step_title = str(QT_TRANSLATE_NOOP("SigningPage", "Versions, avis et signature"))  # known before the page is built

    def __init__(self, ctx: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        self.status_label = QLabel()
        self.status_label.setObjectName("signingStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status_label)
        self.buttons: dict[str, QPushButton] = {}
        rows = [
            (
                self.tr("1. Créer une version"),
                self.tr(
                    "Figez le texte pour le faire relire : la version porte une empreinte, imprimée sur chaque "
                    "page, qui prouve qu'un exemplaire papier correspond au texte validé."
                ),
                "create_version",
                self.tr("&Créer une version…"),
            ),
            (
                self.tr("2. Noter les avis des partenaires"),
                self.tr(
                    "Dans l'historique, notez l'avis de chaque partenaire (approuvée, réserves, refusée). La version "
                    "est validée quand tous l'ont approuvée ; un avis noté reste dans l'historique."
                ),
                "record_decisions",
                self.tr("&Noter les avis…"),
            ),
            (
                self.tr("3. Imprimer les originaux"),
                self.tr(
                    "Imprimez la dernière version : un original par partie, chacun paraphé à chaque page et signé. "
                    "Marquez ensuite la version comme signée dans l'historique."
                ),
                "print_originals",
                self.tr("&Imprimer les originaux…"),
            ),
            (
                self.tr("4. Suivre et évaluer"),
                self.tr(
                    "Après la signature, le comité de pilotage suit les engagements et mesure les indicateurs "
                    "(étape 4) à l'étape « Suivi et bilan » ; les résultats de l'évaluation font évoluer la charte : "
                    "préparez la prochaine version, puis créez-la."
                ),
                "open_follow_up",
                self.tr("Ouvrir le &suivi"),
            ),
        ]
        for heading, text, action, button_text in rows:
            layout.addWidget(self._row(heading, text, action, button_text))
        layout.addStretch(1)
        ctx.editor.versions_changed.connect(self._versions_changed)

    def showEvent(self, event: QShowEvent) -> None:
        # Read when shown, not when built: pages are built in idle time, and the versions are read
        # through the database layer, which the start-up does not load.
        self.refresh()
        super().showEvent(event)

    def _versions_changed(self) -> None:
        if self.isVisible():
            self.refresh()

    def _row(self, heading: str, text: str, action: str, button_text: str) -> QWidget:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.NoFrame)
        row = QHBoxLayout(frame)
        row.setContentsMargins(0, 6, 0, 6)
        words = QVBoxLayout()
        title = QLabel(f"<b>{heading}</b>")
        body = QLabel(text)
        body.setWordWrap(True)
        words.addWidget(title)
        words.addWidget(body)
        row.addLayout(words, 1)
        if action:
            button = QPushButton(button_text)
            button.setObjectName(f"{action}Button")
            button.clicked.connect(lambda _checked=False, a=action: self.run(a))
            self.buttons[action] = button
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return frame

    def run(self, action: str) -> None:
        """Run one of the main window's actions (nothing when the window gave none: a page tested alone)."""
        handler: Callable[[], object] | None = self.ctx.extras.get(action)
        if handler is not None:
            handler()

    # --- StepPage hooks ------------------------------------------------------------------
    def guidance(self) -> str:
        return self.tr(
            "<p>Quand « Ce qui manque encore » ne liste plus rien, le dossier peut être soumis aux partenaires.</p>"
            "<ol><li><b>Créez une version</b> : le texte est figé, le brouillon reste modifiable.</li>"
            "<li><b>Notez l'avis</b> de chaque partenaire dans l'historique des versions.</li>"
            "<li>Une fois la version validée, <b>imprimez les originaux</b> et faites-les signer.</li>"
            "<li>Le <b>suivi</b> fait vivre la charte : l'évaluation conduit à une nouvelle version.</li></ol>"
        )

    def latest_version(self) -> Version | None:
        service, dossier = self.ctx.service, self.ctx.editor.dossier
        if service is None or not dossier.id:
            return None
        try:
            versions = service.list_versions(dossier.id)
        except UserError:
            return None  # a dossier not stored yet has no version
        return versions[-1] if versions else None

    def _on_reloaded(self) -> None:
        if self.isVisible():
            self.refresh()

    def _on_changed(self, target: object, attr: object) -> None:
        """An edit of the draft changes no version: nothing to show anew."""

    def refresh(self) -> None:
        version = self.latest_version()
        if version is None:
            self.status_label.setText(
                self.tr("Aucune version n'est encore créée : commencez par l'étape 1 ci-dessous.")
            )
        else:
            partners = {p.id for p in version.snapshot.partners}
            decided = {a.partner for a in version.approvals if a.partner in partners}
            self.status_label.setText(
                self.tr("Dernière version : n° {n} « {label} », {status} – avis notés : {decided} sur {total}.").format(
                    n=version.number,
                    label=version.label,
                    status=labels_i18n.version_status(version.status).lower(),
                    decided=len(decided),
                    total=len(partners),
                )
            )
        has_version = version is not None
        why = "" if has_version else self.tr("Créez d'abord une version (étape 1 ci-dessus).")
        keys: dict[str, str] = self.ctx.extras.get("shortcuts", {})
        for action, button in self.buttons.items():
            needs_version = action not in ("create_version", "open_follow_up")
            button.setEnabled(has_version or not needs_version)
            # the same action in the menus, and its shortcut, said where the button is
            button.setToolTip(why if needs_version and not has_version else keys.get(action, ""))
