"""Fichier › Formulaires partenaires…, Intégrer les réponses…, Importer les remarques d'un document Word….

Thin dialogs over ``charte_app.exchange``: the forms are written by ``exchange.forms``, the answers
compared by ``exchange.collect`` against the open draft, and the accepted ones applied by the window
through the editor as one undoable step (:func:`apply_answers`). The file pickers are module-level
functions so that tests can replace them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from charte_app.domain.model import Dossier
from charte_app.exchange.collect import Collected, Conflict, Proposal, operations
from charte_app.exchange.fields import display
from charte_app.exchange.remarks import ArticleRemarks

from .editor import DossierEditor

ALL = "*"


def ask_form_file(parent: QWidget, suggested: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, parent.tr("Enregistrer le formulaire"), suggested, parent.tr("Classeur Excel (*.xlsx)")
    )
    return Path(name) if name else None


def ask_forms_folder(parent: QWidget) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, parent.tr("Dossier des formulaires"), str(Path.home()))
    return Path(name) if name else None


def ask_returned_form(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, parent.tr("Formulaire rempli par un partenaire"), str(Path.home()), parent.tr("Classeur (*.xlsx *.ods)")
    )
    return Path(name) if name else None


def ask_word_copy(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, parent.tr("Document Word annoté"), str(Path.home()), parent.tr("Document Word (*.docx)")
    )
    return Path(name) if name else None


class PartnerFormsDialog(QDialog):
    """Which partner (or all of them) and, optionally, which period of indicator values."""

    def __init__(self, dossier: Dossier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Formulaires partenaires"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Un classeur par partenaire, à joindre à un courriel : identité, intérêt, engagements, "
                    "contributions, et les valeurs des indicateurs d'une période."
                )
            )
        )
        form = QFormLayout()
        self.partner = QComboBox()
        self.partner.addItem(self.tr("Tous les partenaires (un fichier chacun)"), ALL)
        for p in dossier.partners:
            self.partner.addItem(p.name, p.id)
        form.addRow(self.tr("Partenaire :"), self.partner)
        self.period = QLineEdit()
        self.period.setPlaceholderText(self.tr("facultatif : 2026, 2026-2027, 2026-S1…"))
        form.addRow(self.tr("Période des indicateurs :"), self.period)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choice(self) -> tuple[str, str | None]:
        """(partner id or ALL, period or None)."""
        return str(self.partner.currentData()), self.period.text().strip() or None


class CollectDialog(QDialog):
    """The changes a returned form proposes: each with a box to accept it; conflicts side by side, unticked."""

    def __init__(self, collected: Collected, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.collected = collected
        self.setWindowTitle(self.tr("Intégrer les réponses"))
        self.resize(900, 480)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("Réponses de {partner}, reçues le {date}. Cochez celles à intégrer au brouillon.").format(
                    partner=collected.partner_name, date=collected.received.strftime("%d/%m/%Y")
                )
            )
        )
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [self.tr("Rubrique"), self.tr("Envoyé"), self.tr("Brouillon actuel"), self.tr("Réponse du partenaire")]
        )
        self.tree.setWordWrap(True)
        self.items: list[tuple[QTreeWidgetItem, Proposal | Conflict]] = []
        for p in collected.proposals:
            sent = "" if p.key == "commitment:new" else display(p.field, p.current)
            item = QTreeWidgetItem([p.label, sent, sent, display(p.field, p.answer)])
            item.setCheckState(0, Qt.CheckState.Checked)
            self.tree.addTopLevelItem(item)
            self.items.append((item, p))
        for c in collected.conflicts:
            now = self.tr("supprimé du brouillon") if c.current is None else display(c.field, c.current)
            item = QTreeWidgetItem(
                [
                    self.tr("Conflit : {label}").format(label=c.label),
                    display(c.field, c.sent),
                    now,
                    display(c.field, c.answer),
                ]
            )
            item.setToolTip(0, self.tr("Modifié dans le brouillon depuis l'envoi : cochez pour prendre la réponse."))
            if c.current is None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            else:
                item.setCheckState(0, Qt.CheckState.Unchecked)
            for col in range(4):
                item.setBackground(col, QBrush(QColor("#fde2e1")))
            self.tree.addTopLevelItem(item)
            self.items.append((item, c))
        for u in collected.unreadable:
            item = QTreeWidgetItem([u.label, "", "", u.message])
            item.setForeground(3, QBrush(QColor("#a00000")))
            self.tree.addTopLevelItem(item)
        for col, width in enumerate((220, 180, 180)):
            self.tree.setColumnWidth(col, width)
        for index in range(self.tree.topLevelItemCount()):  # long texts are elided: whole in the tooltip
            row = self.tree.topLevelItem(index)
            for col in (1, 2, 3):
                if row is not None and row.text(col) and not row.toolTip(col):
                    row.setToolTip(col, row.text(col))
        layout.addWidget(self.tree)
        if not (collected.proposals or collected.conflicts or collected.unreadable):
            layout.addWidget(QLabel(self.tr("Ce formulaire ne propose aucune modification du brouillon.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Intégrer la sélection"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accepted_changes(self) -> list[Proposal | Conflict]:
        return [change for item, change in self.items if item.checkState(0) == Qt.CheckState.Checked]


def apply_answers(editor: DossierEditor, collected: Collected, accepted: list[Proposal | Conflict], text: str) -> int:
    """The accepted changes applied to the open draft as one undoable step; returns how many."""
    ops = operations(collected, editor.dossier, accepted)
    if not ops:
        return 0
    with editor.macro(text):
        for op in ops:
            if op.kind == "set":
                editor.set_field(op.target, op.attr, op.value, text)
            else:
                editor.append_item(op.target, op.value, text)
    return len(accepted)


def _french_date(iso: str) -> str:
    """« 30/11/2026 » from an ISO timestamp; as written when it is not one."""
    if len(iso) >= 10 and iso[4] == "-" and iso[7] == "-":
        return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}"
    return iso


class RemarksDialog(QDialog):
    """A partner's Word remarks, per article: author, date, text (taken into the draft by hand)."""

    def __init__(self, name: str, groups: list[ArticleRemarks], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Remarques de « {name} »").format(name=name))
        self.resize(820, 520)
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Article et remarque"), self.tr("Auteur"), self.tr("Date")])
        self.tree.setWordWrap(True)
        kinds = {"comment": self.tr("Commentaire"), "insertion": self.tr("Ajout"), "deletion": self.tr("Suppression")}
        for group in groups:
            top = QTreeWidgetItem([group.heading])
            self.tree.addTopLevelItem(top)
            for remark in group.remarks:
                text = f"{kinds[remark.kind]} : {remark.text.strip()}"
                child = QTreeWidgetItem([text, remark.author, _french_date(remark.date)])
                child.setToolTip(0, remark.text.strip())
                top.addChild(child)
            top.setExpanded(True)
        self.tree.setColumnWidth(0, 480)
        self.tree.setColumnWidth(1, 200)
        layout.addWidget(self.tree)
        if not groups:
            layout.addWidget(QLabel(self.tr("Ce document ne contient ni commentaire ni modification suivie.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
