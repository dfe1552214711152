"""Step 8 – Gouvernance (bodies and their members, coordinator's role), communication, évaluation, adhésion."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from charte_app.domain import Body

from ..generated.ui_body_detail import Ui_BodyDetail
from ..generated.ui_step_governance import Ui_GovernanceStep
from ..list_editor import ListEditor
from ..widgets.fit import fit_tabs
from .base import StepContext
from .checklist import PartnerChecklist
from .common import FormStep, filled


class GovernanceStep(FormStep):
    step_title = str(QT_TRANSLATE_NOOP("GovernanceStep", "Gouvernance"))
    step_id = "governance"
    problem_paths = (
        "dossier.charter.governance",
        "dossier.charter.communication",
        "dossier.charter.evaluation",
        "dossier.charter.joining",
        "dossier.charter.extra_articles",
    )

    def __init__(self, ctx: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.form = Ui_GovernanceStep()
        self.form.setupUi(self)
        fit_tabs(self.form.tabs)
        bodies: Callable[[], list[Any]] = lambda: ctx.editor.dossier.charter.governance.bodies  # noqa: E731
        self.bodies = ListEditor(
            ctx.editor,
            bodies,
            list_label=self.tr("&Liste des instances :"),
            placeholder=self.tr("Nouvelle instance, puis Entrée"),
            label_of=lambda body: body.name or "…",
            create=lambda ident, name: Body(id=ident, name=name),
            texts={
                "add": self.tr("Ajouter une instance"),
                "remove": self.tr("Supprimer une instance"),
                "move": self.tr("Déplacer une instance"),
            },
        )
        self.detail = Ui_BodyDetail()
        detail_widget = QWidget()
        self.detail.setupUi(detail_widget)
        self.bodies.set_detail(detail_widget)
        self.form.bodiesHostLayout.addWidget(self.bodies)
        self.bodies.current_changed.connect(self._show_body)
        self.bodies.added.connect(lambda _b: self.detail.roleEdit.setFocus())
        cur, b, d = self.bodies.current, self.binder, self.detail
        b.line(d.nameEdit, cur, "name", self.tr("Modifier le nom de l'instance"), required=True)
        b.line(d.meetsEdit, cur, "meets", self.tr("Modifier le rythme des réunions"))
        b.plain(d.roleEdit, cur, "role", self.tr("Modifier le rôle de l'instance"))
        self.members = PartnerChecklist(ctx.editor, d.membersList, cur, "members", self.tr("Modifier les membres"))
        charter = lambda: ctx.editor.dossier.charter  # noqa: E731
        governance = lambda: ctx.editor.dossier.charter.governance  # noqa: E731
        f = self.form
        b.plain(f.coordinatorRoleEdit, governance, "coordinator_role", self.tr("Modifier le rôle de la coordination"))
        b.plain(f.communicationEdit, charter, "communication", self.tr("Modifier la communication"))
        b.plain(f.evaluationEdit, charter, "evaluation", self.tr("Modifier l'évaluation"))
        b.plain(f.joiningEdit, charter, "joining", self.tr("Modifier l'adhésion de nouveaux partenaires"))
        self.refresh()

    def refresh(self) -> None:
        self.bodies.refresh()
        self._show_body()

    def _show_body(self) -> None:
        self.binder.refresh()
        self.members.refresh()

    def _on_changed(self, target: object, attr: object) -> None:
        if attr is not None and attr != "members" and target is not self.ctx.editor.dossier:
            self.bodies.relabel()
            self.binder.refresh()
        else:
            self.refresh()
        self.completeness_changed.emit()

    def missing(self) -> list[str]:
        governance = self.ctx.editor.dossier.charter.governance
        found = []
        if not governance.bodies:
            found.append(self.tr("au moins une instance (onglet Instances), par exemple un comité de pilotage"))
        for body in governance.bodies:
            if not body.members:
                found.append(self.tr("« {name} » : ses membres").format(name=body.name or "…"))
        if not filled(governance.coordinator_role):
            found.append(self.tr("le rôle de la coordination (onglet Coordination et communication)"))
        return found

    def is_complete(self) -> bool:
        charter = self.ctx.editor.dossier.charter
        bodies = charter.governance.bodies
        return (
            bool(bodies)
            and all(body.members for body in bodies)
            and filled(charter.governance.coordinator_role)
            and not self.has_errors()
        )
