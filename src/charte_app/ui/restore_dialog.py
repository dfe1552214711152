"""« Restaurer une sauvegarde… »: the list of backups to choose from (thin: the work is in services.backups).

:func:`choose_backup` lists the backups of the installation's database and
returns the one the user picked (None when cancelled, or when there is none,
which the user is told). The swap itself, closing and reopening the database,
is :meth:`charte_app.ui.app.Application.restore_backup`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from charte_app.errors import UserError
from charte_app.services import backups as backup_service
from charte_app.services.backups import Backup
from charte_app.storage.backups import DAILY, human_size

from . import dialogs
from .generated.ui_restore_dialog import Ui_RestoreDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("RestoreDialog", text)


def kind_text(backup: Backup) -> str:
    if backup.kind == DAILY:
        return _tr("Quotidienne")
    return _tr("Avant mise à jour (schéma {revision})").format(revision=backup.revision or "?")


class RestoreDialog(QDialog):
    """The backups, newest first and selected; OK means "restore this one"."""

    def __init__(self, backups: list[Backup], folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_RestoreDialog()
        self.form.setupUi(self)
        self.backups = backups
        f = self.form
        table = f.backupTable
        table.setRowCount(len(backups))
        for row, backup in enumerate(backups):
            cells = (backup.created.strftime("%d/%m/%Y %H:%M"), kind_text(backup), human_size(backup.size))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(str(backup.path))
                table.setItem(row, column, item)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        if backups:
            table.selectRow(0)
        f.folderLabel.setText(self.tr("Dossier des sauvegardes : {folder}").format(folder=folder))
        f.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Restaurer"))
        f.buttons.accepted.connect(self.accept)
        f.buttons.rejected.connect(self.reject)
        table.itemSelectionChanged.connect(self._selection_changed)
        table.doubleClicked.connect(lambda _index: self.accept())
        self._selection_changed()
        self.resize(620, 380)

    def _selection_changed(self) -> None:
        ok = self.form.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.chosen() is not None)

    def chosen(self) -> Backup | None:
        rows = self.form.backupTable.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None


def choose_backup(parent: QWidget | None, data_dir: Path | None, database_url: str | None) -> Backup | None:
    """Ask which backup to restore; None when cancelled or when there is nothing to restore."""
    try:
        found = backup_service.list_backups(data_dir, database_url)
        folder = backup_service.backups_folder(data_dir, database_url)
    except UserError as exc:  # a server database: no local backups
        dialogs.show_error(parent, _tr("Restaurer une sauvegarde"), exc.message)
        return None
    if not found:
        dialogs.show_info(
            parent,
            _tr("Restaurer une sauvegarde"),
            _tr(
                "Aucune sauvegarde n'existe encore dans « {folder} ». charte-app en fait une chaque jour où la base "
                "est modifiée, et une avant chaque mise à jour."
            ).format(folder=folder),
        )
        return None
    dialog = RestoreDialog(found, folder, parent)
    try:
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
