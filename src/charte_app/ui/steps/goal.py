"""Step 3 – But commun: the charter's title (and short title), the common goal, the preamble and its legal basis."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from ..generated.ui_step_goal import Ui_GoalStep
from .base import StepContext
from .common import FormStep, filled


class GoalStep(FormStep):
    step_title = str(QT_TRANSLATE_NOOP("GoalStep", "But commun"))
    step_id = "goal"
    problem_paths = (
        "dossier.common_goal",
        "dossier.charter.title",
        "dossier.charter.short_title",
        "dossier.charter.preamble",
        "dossier.charter.legal_basis",
    )

    def __init__(self, ctx: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.form = Ui_GoalStep()
        self.form.setupUi(self)
        f, b = self.form, self.binder
        dossier = lambda: ctx.editor.dossier  # noqa: E731 - the dossier object changes on reload
        charter = lambda: ctx.editor.dossier.charter  # noqa: E731
        b.line(f.charterTitleEdit, charter, "title", self.tr("Modifier le titre de la charte"), required=True)
        b.line(f.charterShortTitleEdit, charter, "short_title", self.tr("Modifier le titre court de la charte"))
        b.plain(f.goalEdit, dossier, "common_goal", self.tr("Modifier le but commun"))
        b.plain(f.preambleEdit, charter, "preamble", self.tr("Modifier le préambule"))
        b.lines(f.legalEdit, charter, "legal_basis", self.tr("Modifier les références juridiques"))
        self.refresh()

    def missing(self) -> list[str]:
        d = self.ctx.editor.dossier
        wanted = ((d.common_goal, self.tr("le but commun")), (d.charter.title, self.tr("le titre de la charte")))
        return [text for value, text in wanted if not filled(value)]

    def is_complete(self) -> bool:
        d = self.ctx.editor.dossier
        return filled(d.common_goal) and filled(d.charter.title) and not self.has_errors()
