"""Step 2 – Diagnostic partagé, with the dossier's identity (title, territory, coordination)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from ..checks import email_message
from ..generated.ui_step_diagnosis import Ui_DiagnosisStep
from ..widgets.checked_field import reserve_line, set_message_samples
from .base import StepContext
from .common import FormStep, filled, show_message


class DiagnosisStep(FormStep):
    step_title = str(QT_TRANSLATE_NOOP("DiagnosisStep", "Diagnostic partagé"))
    step_id = "diagnosis"
    problem_paths = (
        "dossier.id",
        "dossier.title",
        "dossier.territory",
        "dossier.programme",
        "dossier.coordinator",
        "dossier.diagnosis",
    )

    def __init__(self, ctx: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.form = Ui_DiagnosisStep()
        self.form.setupUi(self)
        f, b = self.form, self.binder
        dossier = lambda: ctx.editor.dossier  # noqa: E731 - the dossier object changes on reload
        coordinator = lambda: ctx.editor.dossier.coordinator  # noqa: E731
        b.line(f.titleEdit, dossier, "title", self.tr("Modifier le titre du dossier"), required=True)
        b.line(f.territoryEdit, dossier, "territory", self.tr("Modifier le territoire"))
        b.line(f.programmeEdit, dossier, "programme", self.tr("Modifier le programme"))
        b.line(f.coordNameEdit, coordinator, "name", self.tr("Modifier le nom du coordinateur"))
        b.line(f.coordOrgEdit, coordinator, "organisation", self.tr("Modifier la structure du coordinateur"))
        b.line(f.coordEmailEdit, coordinator, "email", self.tr("Modifier le courriel du coordinateur"))
        b.line(f.coordPhoneEdit, coordinator, "phone", self.tr("Modifier le téléphone du coordinateur"))
        b.plain(f.diagnosisEdit, dossier, "diagnosis", self.tr("Modifier le diagnostic partagé"))
        f.coordEmailEdit.textChanged.connect(self._check_fields)
        reserve_line(f.coordEmailMessage, one_line=True)
        set_message_samples(f.coordEmailMessage, [email_message("x")])  # its message, read whole
        self.refresh()

    def refresh(self) -> None:
        self.binder.refresh()
        self._check_fields()

    def _check_fields(self) -> None:
        f = self.form
        show_message(f.coordEmailMessage, f.coordEmailEdit, email_message(f.coordEmailEdit.text()))

    def missing(self) -> list[str]:
        d = self.ctx.editor.dossier
        wanted = (
            (d.title, self.tr("le titre du dossier")),
            (d.territory, self.tr("le territoire")),
            (d.diagnosis, self.tr("le diagnostic partagé")),
        )
        return [text for value, text in wanted if not filled(value)]

    def is_complete(self) -> bool:
        d = self.ctx.editor.dossier
        return filled(d.title) and filled(d.territory) and filled(d.diagnosis) and not self.has_errors()
