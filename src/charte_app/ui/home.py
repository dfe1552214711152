"""Home screen: the dossiers in the store; search, create, open, import, save as, delete.

The view comes from ``forms/home.ui``. It receives the :class:`DossierService`
and asks the main window (through signals) to open a dossier; it never holds
a database session.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from charte_app.domain import DossierRefused
from charte_app.errors import DecisionConflict, ImportDraftConflict, UserError
from charte_app.services.dossiers import HistoryConflict

from . import dialogs, labels_i18n
from .generated.ui_home import Ui_HomeView
from .ids import slugify
from .labels_i18n import format_timestamp
from .widgets.fit import fit_columns

if TYPE_CHECKING:
    from charte_app.services.dossiers import DossierService, DossierSummary, DraftChoice

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class DossierTableModel(QAbstractTableModel):
    """The store's dossiers: title, territory, last change, versions, latest status."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[DossierSummary] = []

    def set_rows(self, rows: list[DossierSummary]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return [
            self.tr("Titre"),
            self.tr("Territoire"),
            self.tr("Dernière modification"),
            self.tr("Versions"),
            self.tr("Dernière version"),
        ][section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == SORT_ROLE:
            return [
                row.title.lower(),
                (row.territory or "").lower(),
                row.updated_at,
                row.version_count,
                row.latest_status or "",
            ][col]
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if col == 0:
            to_fix = ""
            if row.problem_count == 1:
                to_fix = self.tr(" – 1 point à corriger")
            elif row.problem_count > 1:
                to_fix = self.tr(" – {count} points à corriger").format(count=row.problem_count)
            return row.title + (self.tr(" (archivé)") if row.archived else "") + to_fix
        if col == 1:
            return row.territory or ""
        if col == 2:
            return format_timestamp(row.updated_at)
        if col == 3:
            return str(row.version_count)
        return labels_i18n.version_status(row.latest_status) or self.tr("aucune")


class HomeView(QWidget):
    """Lists the dossiers; emits ``open_requested`` with a dossier id."""

    open_requested = Signal(str)

    def __init__(self, service: DossierService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.form = Ui_HomeView()
        self.form.setupUi(self)
        f = self.form
        self._style_heading()
        self.model = DossierTableModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(SORT_ROLE)
        f.dossierTable.setModel(self.proxy)
        f.dossierTable.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        header = f.dossierTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        fit_columns(f.dossierTable)  # long titles elide in the middle; the tooltip gives them whole
        f.dossierTable.verticalHeader().hide()

        f.searchEdit.textChanged.connect(self.proxy.setFilterFixedString)
        f.archivedCheck.toggled.connect(lambda _on: self.reload())
        f.createButton.clicked.connect(self.create_dossier)
        f.newTitleEdit.returnPressed.connect(self.create_dossier)
        f.openButton.clicked.connect(self.open_selected)
        f.dossierTable.activated.connect(lambda _index: self.open_selected())
        f.importButton.clicked.connect(self.import_file)
        f.exportButton.clicked.connect(self.export_selected)
        f.deleteButton.clicked.connect(self.delete_selected)
        f.dossierTable.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    def _style_heading(self) -> None:
        heading = self.font()
        heading.setBold(True)
        heading.setPointSizeF(heading.pointSizeF() * 1.4)
        self.form.headingLabel.setFont(heading)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # "mode réunion"
            self._style_heading()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        # The search field's clear button comes with the first show, not with the window: its icon
        # loads the icon theme (12 ms), and a window opening on a dossier paints without this view.
        if not self.form.searchEdit.isClearButtonEnabled():
            self.form.searchEdit.setClearButtonEnabled(True)
        super().showEvent(event)

    # --- list ------------------------------------------------------------------------
    def reload(self) -> None:
        selected = self.selected_id()
        self.model.set_rows(self.service.list_dossiers(include_archived=self.form.archivedCheck.isChecked()))
        if selected:
            self.select(selected)
        elif self.proxy.rowCount():
            self.form.dossierTable.selectRow(0)
        self._update_buttons()

    def select(self, dossier_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole) == dossier_id:
                self.form.dossierTable.selectRow(row)
                return

    def selected_id(self) -> str | None:
        rows = self.form.dossierTable.selectionModel().selectedRows() if self.form.dossierTable.model() else []
        return rows[0].data(Qt.ItemDataRole.UserRole) if rows else None

    def _selected_title(self) -> str:
        rows = self.form.dossierTable.selectionModel().selectedRows()
        return self.model.rows[self.proxy.mapToSource(rows[0]).row()].title if rows else ""

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        for button in (self.form.openButton, self.form.exportButton, self.form.deleteButton):
            button.setEnabled(has)

    # --- actions ------------------------------------------------------------------------
    def create_dossier(self) -> None:
        title = self.form.newTitleEdit.text().strip()
        if not title:
            self.form.newTitleEdit.setFocus()
            dialogs.show_error(
                self, self.tr("Nouveau dossier"), self.tr("Tapez d'abord le titre du dossier, puis « Créer ».")
            )
            return
        try:
            dossier = self.service.create_dossier(title)
        except DossierRefused as exc:
            dialogs.show_refused(self, self.tr("Nouveau dossier"), exc, self.tr("Corrigez le titre puis réessayez."))
            return
        self.form.newTitleEdit.clear()
        self.reload()
        self.open_requested.emit(dossier.id)

    def open_selected(self) -> None:
        dossier_id = self.selected_id()
        if dossier_id:
            self.open_requested.emit(dossier_id)

    def import_file(self) -> None:
        path = dialogs.open_charte_file(self)
        if path is None:
            return
        dossier_id = import_into(self, self.service, path)
        if dossier_id:
            self.reload()
            self.open_requested.emit(dossier_id)

    def export_selected(self) -> None:
        dossier_id = self.selected_id()
        if not dossier_id:
            return
        path = dialogs.save_charte_file(self, slugify(self._selected_title(), "dossier") + ".charte")
        if path is None:
            return
        try:
            self.service.export_file(dossier_id, path)
        except DossierRefused as exc:  # a draft stored with points to fix: other installations would refuse it
            dialogs.show_refused(
                self, self.tr("Enregistrement impossible"), exc, self.tr("Corrigez-les, puis enregistrez à nouveau.")
            )
            return
        except UserError as exc:
            dialogs.show_error(
                self,
                self.tr("Enregistrement impossible"),
                self.tr(
                    "{message}\n\nChoisissez un autre dossier de destination ou fermez le fichier s'il est "
                    "ouvert ailleurs, puis réessayez."
                ).format(message=exc.message),
            )
            return
        dialogs.show_info(
            self, self.tr("Dossier enregistré"), self.tr("Le dossier a été enregistré dans\n{path}").format(path=path)
        )

    def delete_selected(self) -> None:
        dossier_id = self.selected_id()
        if not dossier_id:
            return
        title = self._selected_title()
        if not dialogs.confirm(
            self,
            self.tr("Supprimer un dossier"),
            self.tr(
                "Supprimer le dossier « {title} » ?\n\nSi l'une de ses versions a été signée, le dossier n'est pas "
                "supprimé mais archivé : il reste consultable (case « Afficher les dossiers archivés »)."
            ).format(title=title),
            self.tr("Supprimer"),
        ):
            return
        try:
            outcome = self.service.delete_dossier(dossier_id)
        except UserError as exc:
            dialogs.show_error(self, self.tr("Suppression impossible"), exc.message)
            return
        if outcome == "archived":
            dialogs.show_info(
                self,
                self.tr("Dossier archivé"),
                self.tr(
                    "« {title} » a une version signée : il a été archivé, pas supprimé. Cochez « Afficher les "
                    "dossiers archivés » pour le retrouver."
                ).format(title=title),
            )
        self.reload()


def import_into(parent: QWidget, service: DossierService, path: Any) -> str | None:
    """Import a `.charte` file; a French dialog lists every faulty path when it is refused.

    When the dossier is already stored with another working draft, the user chooses: replace the
    draft (the local one is kept, restorable), import the file as a copy, or cancel (nothing imported).
    """
    choice: DraftChoice = "refuse"
    while True:
        try:
            result = service.import_file(path, on_draft_conflict=choice)
        except ImportDraftConflict as exc:
            answer = dialogs.ask_draft_conflict(parent, exc.title)
            if answer not in ("replace", "copy"):
                return None
            choice = "replace" if answer == "replace" else "copy"
            continue
        except (DecisionConflict, HistoryConflict) as exc:
            # Recorded history never changes: the file's own history can only live beside it, as a copy.
            message = exc.french() if isinstance(exc, HistoryConflict) else exc.message
            if choice == "copy" or not dialogs.confirm(
                parent,
                QCoreApplication.translate("Dialogs", "Import refusé"),
                QCoreApplication.translate(
                    "Dialogs", "{message}\n\nImporter plutôt le fichier comme un nouveau dossier (copie) ?"
                ).format(message=message),
                QCoreApplication.translate("Dialogs", "Importer une copie"),
            ):
                return None
            choice = "copy"
            continue
        except DossierRefused as exc:
            dialogs.show_refused(
                parent,
                QCoreApplication.translate("Dialogs", "Fichier refusé"),
                exc,
                QCoreApplication.translate(
                    "Dialogs",
                    "Rien n'a été importé. Corrigez ces valeurs dans le fichier (ou demandez à son auteur un "
                    "fichier exporté par l'application), puis importez-le de nouveau.",
                ),
            )
            return None
        except UserError as exc:
            dialogs.show_error(
                parent,
                QCoreApplication.translate("Dialogs", "Import impossible"),
                QCoreApplication.translate(
                    "Dialogs", "{message}\n\nVérifiez le chemin du fichier et vos droits de lecture."
                ).format(message=exc.message),
            )
            return None
        return result.dossier_id
