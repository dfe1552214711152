"""Verify dialog: choose a PDF, say which stored version of which dossier it comes from.

Owns the dialog only; the check is :func:`charte_app.diff.verify_pdf`, run
against the :class:`DossierService` given to the dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from charte_app.diff.verify import VerifyResult, verify_pdf
from charte_app.errors import UserError

if TYPE_CHECKING:
    from charte_app.services.dossiers import DossierService


def choose_pdf(parent: QWidget | None) -> Path | None:
    """Ask for a PDF (a module function so tests can replace it)."""
    name, _ = QFileDialog.getOpenFileName(parent, "Vérifier un PDF", "", "PDF (*.pdf);;Tous les fichiers (*)")
    return Path(name) if name else None


class VerifyDialog(QDialog):
    """Checks a printed or e-mailed PDF against the stored versions."""

    def __init__(self, service: DossierService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.last_result: VerifyResult | None = None  # not `result`: QDialog.result() exists
        self.setWindowTitle(self.tr("Vérifier un PDF"))
        self.setMinimumWidth(560)

        intro = QLabel(
            self.tr(
                "Choisissez un PDF exporté par l'application : son empreinte, imprimée sur chaque page, dit "
                "de quelle version enregistrée il provient."
            )
        )
        intro.setWordWrap(True)
        self.path = QLineEdit()
        self.path.setObjectName("verifyPath")
        self.path.setPlaceholderText(self.tr("Chemin du fichier PDF"))
        self.browse = QPushButton(self.tr("Choisir un PDF…"))
        self.browse.setObjectName("verifyBrowse")
        self.check = QPushButton(self.tr("Vérifier"))
        self.check.setObjectName("verifyRun")
        self.check.setDefault(True)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        row.addWidget(self.check)

        self.outcome = QLabel()
        self.outcome.setObjectName("verifyOutcome")
        self.outcome.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("verifyMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(
            self.message.textInteractionFlags() | self.message.textInteractionFlags().TextSelectableByMouse
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.outcome)
        layout.addWidget(self.message, 1)
        layout.addWidget(buttons)

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
        if self.last_result.matches:
            self.outcome.setText(self.tr("✔ Ce PDF correspond à une version enregistrée"))
        else:
            self.outcome.setText(self.tr("✘ Ce PDF ne correspond à aucune version enregistrée"))
        self.message.setText(self.last_result.message)
        return self.last_result
