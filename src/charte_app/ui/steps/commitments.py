"""Step 7 – Engagements: per partner, its interest in taking part and its commitments, linked to objectives."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidgetItem, QWidget

from charte_app.domain import CharterCommitment, Partner

from ..generated.ui_step_commitments import Ui_CommitmentsStep
from ..i18n import plural
from ..ids import unique_id
from ..widgets.fit import reserve_lines
from .base import StepContext
from .common import FormStep, filled


class CommitmentsStep(FormStep):
    step_title = str(QT_TRANSLATE_NOOP("CommitmentsStep", "Engagements"))
    step_id = "commitments"
    problem_paths = ("dossier.charter.commitments",)

    def __init__(self, ctx: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.form = Ui_CommitmentsStep()
        self.form.setupUi(self)
        # Two lines reserved whatever the names: the form under it no longer moves as commitments are
        # added (issue 21); the tooltip gives a longer list whole.
        reserve_lines(self.form.uncommittedLabel, 2)
        f, b = self.form, self.binder
        self._partners_shown: list[tuple[int, str]] = []
        self._objectives_shown: list[tuple[str, str]] = []
        b.plain(f.interestEdit, self.partner, "interest", self.tr("Modifier l'intérêt à participer"))
        b.plain(f.textEdit, self.commitment, "text", self.tr("Modifier le texte de l'engagement"), required=True)
        f.partnerList.currentRowChanged.connect(lambda _r: self._show_partner())
        f.commitmentList.currentRowChanged.connect(lambda _r: self._show_commitment())
        f.objectivesList.itemChanged.connect(self._objective_toggled)
        f.addButton.clicked.connect(self.add_commitment)
        f.newCommitmentEdit.returnPressed.connect(self.add_commitment)
        f.upButton.clicked.connect(lambda: self.move_commitment(-1))
        f.downButton.clicked.connect(lambda: self.move_commitment(+1))
        f.removeButton.clicked.connect(self.remove_commitment)
        for keys, slot in (
            ("Alt+Up", lambda: self.move_commitment(-1)),
            ("Alt+Down", lambda: self.move_commitment(+1)),
            (QKeySequence.StandardKey.Delete, self.remove_commitment),
        ):
            shortcut = QShortcut(QKeySequence(keys), f.commitmentList)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.refresh()

    # --- what is shown -----------------------------------------------------------
    def partner(self) -> Partner | None:
        row = self.form.partnerList.currentRow()
        partners = self.ctx.editor.dossier.partners
        return partners[row] if 0 <= row < len(partners) else None

    def commitments_of(self, partner: Partner | None) -> list[CharterCommitment]:
        if partner is None:
            return []
        return [c for c in self.ctx.editor.dossier.charter.commitments if c.partner == partner.id]

    def commitment(self) -> CharterCommitment | None:
        row = self.form.commitmentList.currentRow()
        mine = self.commitments_of(self.partner())
        return mine[row] if 0 <= row < len(mine) else None

    def refresh(self) -> None:
        dossier = self.ctx.editor.dossier
        counts: dict[str, int] = {}
        for c in dossier.charter.commitments:
            counts[c.partner] = counts.get(c.partner, 0) + 1
        rows = [(id(p), self._partner_label(p, counts.get(p.id, 0))) for p in dossier.partners]
        plist = self.form.partnerList
        if rows != self._partners_shown:
            row = plist.currentRow()
            plist.blockSignals(True)
            if [r[0] for r in rows] != [r[0] for r in self._partners_shown]:
                plist.clear()
                plist.addItems([label for _, label in rows])
            else:
                for i, (_, label) in enumerate(rows):
                    plist.item(i).setText(label)
            self._partners_shown = rows
            plist.setCurrentRow(min(max(row, 0), len(rows) - 1) if rows else -1)
            plist.blockSignals(False)
        idle = [p.label for p in dossier.partners if not counts.get(p.id)]
        if not dossier.partners:
            text = self.tr("Ajoutez d'abord les partenaires (étape 1).")
        elif idle:
            text = self.tr("Sans engagement pour l'instant : {names}.").format(names=", ".join(idle))
        else:
            text = self.tr("Chaque partenaire a au moins un engagement.")
        self.form.uncommittedLabel.setText(text)
        self.form.uncommittedLabel.setToolTip(text)
        self._show_partner()

    def _partner_label(self, partner: Partner, count: int) -> str:
        if count == 0:
            return self.tr("{name} – aucun engagement").format(name=partner.label)
        return f"{partner.label} – " + plural(self.tr("%n engagements", "", count), "%n engagement", count)

    def _show_partner(self) -> None:
        mine = self.commitments_of(self.partner())
        clist = self.form.commitmentList
        labels = [self._commitment_label(c) for c in mine]
        if [clist.item(i).text() for i in range(clist.count())] != labels:
            row = clist.currentRow()
            clist.blockSignals(True)
            if clist.count() != len(labels):
                clist.clear()
                clist.addItems(labels)
            else:
                for i, label in enumerate(labels):
                    clist.item(i).setText(label)
            clist.setCurrentRow(min(max(row, 0), len(labels) - 1) if labels else -1)
            clist.blockSignals(False)
        has = self.partner() is not None
        for w in (self.form.interestEdit, self.form.newCommitmentEdit, self.form.addButton):
            w.setEnabled(has)
        self._show_commitment()

    @staticmethod
    def _commitment_label(c: CharterCommitment) -> str:
        text = " ".join(c.text.split())
        return text if len(text) <= 90 else text[:89] + "…"

    def _show_commitment(self) -> None:
        self.binder.refresh()
        current = self.commitment()
        objectives = [(o.id, o.title) for o in self.ctx.editor.dossier.charter.objectives]
        olist = self.form.objectivesList
        olist.blockSignals(True)
        if objectives != self._objectives_shown or olist.count() != len(objectives):
            olist.clear()
            for ident, title in objectives:
                item = QListWidgetItem(title)
                item.setData(Qt.ItemDataRole.UserRole, ident)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                olist.addItem(item)
            self._objectives_shown = objectives
        for i in range(olist.count()):
            item = olist.item(i)
            on = current is not None and item.data(Qt.ItemDataRole.UserRole) in current.objectives
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        olist.blockSignals(False)
        has = current is not None
        olist.setEnabled(has)
        row, count = self.form.commitmentList.currentRow(), self.form.commitmentList.count()
        self.form.upButton.setEnabled(has and row > 0)
        self.form.downButton.setEnabled(has and row < count - 1)
        self.form.removeButton.setEnabled(has)

    def _on_changed(self, target: object, attr: object) -> None:
        if attr == "text" and isinstance(target, CharterCommitment):
            row = self.form.commitmentList.currentRow()
            item = self.form.commitmentList.item(row)
            if item is not None and target is self.commitment():
                item.setText(self._commitment_label(target))
        elif attr == "interest":
            self.binder.refresh()
        else:
            self.refresh()
        self.completeness_changed.emit()

    # --- actions -------------------------------------------------------------------
    def _objective_toggled(self, _item: QListWidgetItem) -> None:
        current = self.commitment()
        if current is None:
            return
        olist = self.form.objectivesList
        chosen = [
            olist.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(olist.count())
            if olist.item(i).checkState() == Qt.CheckState.Checked
        ]
        self.ctx.editor.set_field(current, "objectives", chosen, self.tr("Relier l'engagement aux objectifs"))

    def add_commitment(self) -> None:
        partner = self.partner()
        text = self.form.newCommitmentEdit.text().strip()
        if partner is None or not text:
            self.form.newCommitmentEdit.setFocus()
            return
        commitments = self.ctx.editor.dossier.charter.commitments
        ident = unique_id(f"{partner.id}-{text[:30]}", (c.id for c in commitments), "engagement")
        record = CharterCommitment(id=ident, partner=partner.id, text=text)
        # Keep a partner's commitments together: insert after its last one.
        last = max((i for i, c in enumerate(commitments) if c.partner == partner.id), default=len(commitments) - 1)
        self.ctx.editor.insert_item(
            commitments, last + 1, record, self.tr("Ajouter un engagement de {name}").format(name=partner.label)
        )
        self.form.newCommitmentEdit.clear()
        self.refresh()
        self.form.commitmentList.setCurrentRow(len(self.commitments_of(partner)) - 1)

    def move_commitment(self, delta: int) -> None:
        current = self.commitment()
        if current is None:
            return
        mine = self.commitments_of(self.partner())
        row = next(i for i, c in enumerate(mine) if c is current)
        if not 0 <= row + delta < len(mine):
            return
        commitments = self.ctx.editor.dossier.charter.commitments
        source = next(i for i, c in enumerate(commitments) if c is current)
        target = next(i for i, c in enumerate(commitments) if c is mine[row + delta])
        self.ctx.editor.move_item(commitments, source, target, self.tr("Déplacer un engagement"))
        self.refresh()
        self.form.commitmentList.setCurrentRow(row + delta)

    def remove_commitment(self) -> None:
        current = self.commitment()
        if current is None:
            return
        commitments = self.ctx.editor.dossier.charter.commitments
        index = next(i for i, c in enumerate(commitments) if c is current)
        self.ctx.editor.remove_item(commitments, index, self.tr("Supprimer un engagement"))
        self.refresh()

    def missing(self) -> list[str]:
        dossier = self.ctx.editor.dossier
        if not dossier.partners:
            return [self.tr("des partenaires (étape 1)")]
        committed = {c.partner for c in dossier.charter.commitments}
        found = []
        for p in dossier.partners:
            if p.id not in committed:
                found.append(self.tr("« {name} » : ses engagements").format(name=p.name))
            if not filled(p.interest):
                found.append(self.tr("« {name} » : son intérêt à participer").format(name=p.name))
        return found

    def is_complete(self) -> bool:
        dossier = self.ctx.editor.dossier
        committed = {c.partner for c in dossier.charter.commitments}
        return (
            bool(dossier.partners)
            and all(p.id in committed and filled(p.interest) for p in dossier.partners)
            and not self.has_errors()
        )
