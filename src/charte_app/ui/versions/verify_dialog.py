"""Verify dialog: choose a PDF, say which stored version of which dossier it comes from.

Owns the dialog only (its layout is ``forms/verify_dialog.ui``); the check is :func:`charte_app.diff.verify_pdf`, run
against the :class:`DossierService` given to the dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from charte_app.diff.verify import VerifyResult, verify_pdf
from charte_app.errors import UserError
from charte_app.ui.generated.ui_verify_dialog import Ui_VerifyDialog

if TYPE_CHECKING:
    from charte_app.services.dossiers import DossierService


def choose_pdf(parent: QWidget | None) -> Path | None:
    """Ask for a PDF (a module function so tests can replace it)."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("VerifyDialog", "Vérifier un PDF"),
        "",
        QCoreApplication.translate("VerifyDialog", "PDF (*.pdf);;Tous les fichiers (*)"),
    )
    return Path(name) if name else None


class VerifyDialog(QDialog):
    """Checks a printed or e-mailed PDF against the stored versions."""

    def __init__(self, service: DossierService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.last_result: VerifyResult | None = None  # not `result`: QDialog.result() exists
        self.form = Ui_VerifyDialog()
        self.form.setupUi(self)
        f = self.form
        self.path = f.verifyPath
        self.browse = f.verifyBrowse
        self.check = f.verifyRun
        self.outcome = f.verifyOutcome
        self.message = f.verifyMessage
        self.message.setTextInteractionFlags(
            self.message.textInteractionFlags() | self.message.textInteractionFlags().TextSelectableByMouse
        )
        f.buttons.rejected.connect(self.reject)

        self.browse.clicked.connect(self._browse)
        self.check.clicked.connect(self._check)
        self.path.returnPressed.connect(self._check)

    def _browse(self) -> None:
        path = choose_pdf(self)
        if path is not None:
            self.verify_path(path)

    def _check(self) -> None:
        text = self.path.text().strip()
        if text:
            self.verify_path(Path(text))

    def verify_path(self, path: Path) -> VerifyResult | None:
        """Check ``path`` and show the answer; None when the file could not be checked."""
        self.path.setText(str(path))
        try:
            self.last_result = verify_pdf(path, self.service)
        except UserError as err:
            self.last_result = None
            self.outcome.setText(self.tr("⚠ Vérification impossible"))
            self.message.setText(err.message)
            return None
        if self.last_result.proven:
            self.outcome.setText(self.tr("✔ Ce PDF correspond à une version enregistrée"))
        elif self.last_result.matches or self.last_result.probable:
            # Some pages, or the text under another layout, are a version's: said, never vouched for.
            self.outcome.setText(self.tr("≈ Ce PDF n'est pas identique à la version qu'il cite"))
        else:
            self.outcome.setText(self.tr("✘ Ce PDF ne correspond à aucune version enregistrée"))
        self.message.setText(self.last_result.message)
        return self.last_result
