"""Step 9 – Durée, révision et signatures: start, months, review, place, date, signatories."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from ..generated.ui_step_duration import Ui_DurationStep
from .base import StepContext
from .checklist import PartnerChecklist
from .common import FormStep, filled


class DurationStep(FormStep):
    step_title = str(QT_TRANSLATE_NOOP("DurationStep", "Durée, révision et signatures"))
    step_id = "duration"
    problem_paths = ("dossier.charter.duration", "dossier.charter.signature")

    def __init__(self, ctx: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.form = Ui_DurationStep()
        self.form.setupUi(self)
        f, b = self.form, self.binder
        duration = lambda: ctx.editor.dossier.charter.duration  # noqa: E731 - the dossier changes on reload
        signature = lambda: ctx.editor.dossier.charter.signature  # noqa: E731
        f.startEdit.line_edit.setAccessibleName(self.tr("Date de début"))
        f.dateEdit.line_edit.setAccessibleName(self.tr("Date de signature"))
        f.startLabel.setBuddy(f.startEdit.line_edit)
        f.dateLabel.setBuddy(f.dateEdit.line_edit)
        b.date(f.startEdit, duration, "start", self.tr("Modifier la date de début"))
        b.spin(f.monthsSpin, duration, "months", self.tr("Modifier la durée"))
        b.plain(f.reviewEdit, duration, "review", self.tr("Modifier la révision"))
        b.line(f.placeEdit, signature, "place", self.tr("Modifier le lieu de signature"))
        b.date(f.dateEdit, signature, "date", self.tr("Modifier la date de signature"))
        self.signatories = PartnerChecklist(
            ctx.editor, f.signatoriesList, signature, "signatories", self.tr("Modifier les signataires")
        )
        f.allButton.clicked.connect(self.signatories.check_all)
        self.refresh()

    def refresh(self) -> None:
        self.binder.refresh()
        self.signatories.refresh()

    def missing(self) -> list[str]:
        charter = self.ctx.editor.dossier.charter
        wanted = (
            (charter.duration.start is not None, self.tr("la date de début")),
            (bool(charter.duration.months), self.tr("la durée en mois")),
            (filled(charter.signature.place), self.tr("le lieu de signature")),
            (bool(charter.signature.signatories), self.tr("les signataires")),
        )
        return [text for done, text in wanted if not done]

    def is_complete(self) -> bool:
        charter = self.ctx.editor.dossier.charter
        return (
            charter.duration.start is not None
            and bool(charter.duration.months)
            and filled(charter.signature.place)
            and bool(charter.signature.signatories)
            and not self.has_errors()
        )
