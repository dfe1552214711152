""" "Créer une version": freeze the working draft as an immutable, numbered version.

The dialog asks for a label (required), a status and an author (prefilled with
the dossier's coordinator). On OK it saves the draft first — the version must be
exactly what the user sees — then calls ``service.freeze_version``. A "Signée"
version is final (it can no longer be changed or deleted), so the user confirms
it explicitly. Errors are French and keep the dialog open.

Choosing "Validée" or "Signée" lists, under the status, what the documents still
need (``domain.completeness``, the very list the service refuses with and that
``charte-app check`` prints); while one point blocks, the version cannot be created
with that status.

The main window's action calls :func:`ask_and_freeze` (with the open editor) or
:func:`create_version` (with a dossier id whose draft is already stored).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from charte_app.domain import Dossier, DossierRefused, Version
from charte_app.domain.completeness import FINAL_STATUSES, NotReady, check
from charte_app.errors import UserError

from . import labels_i18n
from .editor import DossierEditor
from .generated.ui_version_dialog import Ui_VersionDialog
from .i18n import plural
from .validation_i18n import translate_message

if TYPE_CHECKING:
    from charte_app.services.dossiers import DossierService

log = logging.getLogger(__name__)


# --- modal boxes, module-level so tests can replace them -------------------------------------
def confirm_signed(parent: QWidget, label: str) -> bool:
    """Ask before freezing a final, signed version; the safe answer is the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(parent.tr("Version signée"))
    box.setText(parent.tr("La version « {label} » sera enregistrée comme signée.").format(label=label))
    box.setInformativeText(
        parent.tr(
            "Une version signée est définitive : elle ne pourra plus être modifiée, renommée ni supprimée. Continuer ?"
        )
    )
    yes = box.addButton(parent.tr("Enregistrer comme signée"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is yes


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


class VersionDialog(QDialog):
    """Label, status, author; OK freezes the version (``self.version`` then holds it)."""

    def __init__(
        self, service: DossierService, dossier: Dossier, parent: QWidget | None = None, *, save_first: bool = True
    ) -> None:
        super().__init__(parent)
        self.form = Ui_VersionDialog()
        self.form.setupUi(self)
        self.service, self.dossier, self.save_first = service, dossier, save_first
        self.version: Version | None = None
        self._blocking = 0  # points that keep the chosen status from being given
        self._gap_lines: list[str] = []
        f = self.form
        for code, label in labels_i18n.version_statuses():
            f.statusCombo.addItem(label, code)
        f.authorEdit.setText(dossier.coordinator.name or "")
        f.statusCombo.currentIndexChanged.connect(self._status_changed)
        f.labelEdit.textChanged.connect(self._label_changed)
        f.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Créer la &version"))
        f.buttons.accepted.connect(self.accept)
        f.buttons.rejected.connect(self.reject)
        self._status_changed()
        self._label_changed()
        self.resize(520, self.sizeHint().height())

    def _hint(self, status: str) -> str:
        """What a status means (literal strings, so Qt Linguist finds them)."""
        return {
            "draft": self.tr("Brouillon : un état de travail, pour garder une trace ou comparer plus tard."),
            "shared": self.tr("Partagée : envoyée aux partenaires pour relecture ; chacun pourra l'approuver."),
            "approved": self.tr("Validée : approuvée par les partenaires, prête à être signée."),
            "signed": self.tr(
                "Signée : la version signée par les parties. Elle sera définitive : ni modifiable ni supprimable."
            ),
        }[status]

    def _status_changed(self) -> None:
        status = self.form.statusCombo.currentData()
        self.form.statusHint.setText(self._hint(status))
        self._blocking = 0
        self._gap_lines = []
        view = self.form.gapsView
        if status in FINAL_STATUSES:
            gaps = check(self.dossier, status=status)
            self._blocking = sum(1 for g in gaps if g.level == "blocking")
            head = (
                plural(
                    self.tr("%n points à compléter avant ce statut :", "", self._blocking),
                    "%n point à compléter avant ce statut :",
                    self._blocking,
                )
                if self._blocking
                else self.tr("Rien n'empêche ce statut.")
            )
            self._gap_lines = [g.line() for g in gaps]
            view.setPlainText("\n".join([head, *(f"- {line}" for line in self._gap_lines)]))
        view.setVisible(status in FINAL_STATUSES)
        if status in FINAL_STATUSES and self._gap_lines:
            # Room for the list: a dozen lines without scrolling, the dialog grows to show them.
            view.setMinimumHeight(view.fontMetrics().lineSpacing() * 12)
            self.resize(max(self.width(), 640), max(self.height(), self.sizeHint().height()))
        self._label_changed()

    def gap_lines(self) -> list[str]:
        """The list shown under the status (tests, screen readers): the check's own lines."""
        return list(self._gap_lines)

    def _label_changed(self) -> None:
        ok = bool(self.form.labelEdit.text().strip())
        self.form.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok and not self._blocking)
        if ok:
            self.form.errorLabel.setText("")

    def accept(self) -> None:
        """Save the draft, freeze it; stay open with a French message when that fails."""
        label = self.form.labelEdit.text().strip()
        status = self.form.statusCombo.currentData()
        author = self.form.authorEdit.text().strip() or None
        if not label:
            self.form.errorLabel.setText(self.tr("Donnez un libellé à la version."))
            self.form.labelEdit.setFocus()
            return
        if status == "signed" and not confirm_signed(self, label):
            return
        dossier = self.dossier
        try:
            if self.save_first:
                self.service.save_draft(dossier)  # the version is exactly what is on screen
            self.version = self.service.freeze_version(dossier.id, label, status, author)
        except NotReady as exc:
            self._fail(exc.french())
            return
        except DossierRefused as exc:
            self._fail(
                self.tr("Le dossier contient des erreurs à corriger avant de créer une version :\n{}").format(
                    "\n".join(f"- {translate_message(p.message)}" for p in exc.problems[:8])
                )
            )
            return
        except UserError as exc:
            self._fail(exc.message)
            return
        except Exception:
            log.exception("freezing a version failed")
            self._fail(self.tr("Une erreur inattendue a empêché de créer la version ; votre dossier n'est pas touché."))
            return
        super().accept()

    def _fail(self, message: str) -> None:
        self.form.errorLabel.setText(message)
        show_error(self, self.tr("Version non créée"), message)


def ask_and_freeze(parent: QWidget | None, service: DossierService, editor: DossierEditor) -> Version | None:
    """Show the dialog; the version frozen, or None if the user cancelled."""
    return _run(VersionDialog(service, editor.dossier, parent))


def create_version(parent: QWidget | None, service: DossierService, dossier_id: str) -> Version | None:
    """Same dialog for a dossier whose draft is already stored (e.g. just autosaved)."""
    try:
        dossier = service.load_draft(dossier_id)
    except UserError as exc:
        show_error(parent, QCoreApplication.translate("VersionDialog", "Version non créée"), exc.message)
        return None
    return _run(VersionDialog(service, dossier, parent, save_first=False))


def _run(dialog: VersionDialog) -> Version | None:
    try:
        dialog.exec()
        return dialog.version
    finally:
        dialog.deleteLater()
