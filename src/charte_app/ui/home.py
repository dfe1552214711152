"""Home screen: the dossiers in the store; search, create, open, import, save as, delete.

The view comes from ``forms/home.ui``. It receives the :class:`DossierService`
and asks the main window (through signals) to open a dossier; it never holds
a database session.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from charte_app.domain import DossierRefused
from charte_app.errors import DecisionConflict, ImportDraftConflict, UserError
from charte_app.services.dossiers import HistoryConflict

from . import dialogs, labels_i18n
from .generated.ui_home import Ui_HomeView
from .i18n import plural
from .ids import slugify
from .labels_i18n import format_timestamp
from .widgets.fit import fit_columns

if TYPE_CHECKING:
    from charte_app.services.dossiers import DossierService, DossierSummary, DraftChoice, Progress

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: How long one idle moment may spend checking dossiers for the « Avancement » column.
PROGRESS_SLICE_S = 0.03


class DossierTableModel(QAbstractTableModel):
    """The store's dossiers: title, territory, last change, how complete, points to fix, latest version."""

    #: The columns, in order.
    TITLE, TERRITORY, UPDATED, PROGRESS, TO_FIX, LATEST = range(6)

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[DossierSummary] = []
        self.progress: dict[str, Progress] = {}

    def set_rows(self, rows: list[DossierSummary]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def add_progress(self, progress: dict[str, Progress]) -> None:
        """How complete some dossiers are (computed by the service after the list is shown)."""
        self.progress.update(progress)
        if self.rows and progress:
            self.dataChanged.emit(self.index(0, self.PROGRESS), self.index(len(self.rows) - 1, self.PROGRESS))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                self.PROGRESS: self.tr("Ce qui manque aux documents avant de les faire valider"),
                self.TO_FIX: self.tr("Erreurs du brouillon (une valeur à corriger)"),
            }.get(section)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Titre"),
            self.tr("Territoire"),
            self.tr("Dernière modification"),
            self.tr("Avancement"),
            self.tr("À corriger"),
            self.tr("Dernière version"),
        ][section]

    def _progress_text(self, progress: Progress | None) -> str:
        if progress is None:
            return "…"  # being computed
        if progress.documents == 0:
            return self.tr("Aucun document")
        if progress.gaps == 0:
            return self.tr("Prêt à valider")
        return plural(self.tr("%n points à compléter", "", progress.gaps), "%n point à compléter", progress.gaps)

    def _progress_tip(self, progress: Progress | None) -> str:
        if progress is None or progress.documents == 0:
            return self._progress_text(progress)
        return self.tr("{text} – documents prêts : {ready} sur {total}").format(
            text=self._progress_text(progress), ready=progress.ready, total=progress.documents
        )

    def _latest_text(self, row: DossierSummary, *, whole: bool) -> str:
        if row.latest_number is None:
            return self.tr("aucune")
        status = labels_i18n.version_status(row.latest_status)
        if whole and row.latest_label:
            return self.tr("n° {n} « {label} » – {status}").format(
                n=row.latest_number, label=row.latest_label, status=status
            )
        return self.tr("n° {n} – {status}").format(n=row.latest_number, status=status)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        progress = self.progress.get(row.id)
        if role == SORT_ROLE:
            return [
                row.title.lower(),
                (row.territory or "").lower(),
                row.updated_at,
                -1 if progress is None else (progress.gaps if progress.documents else 1_000_000),
                row.problem_count,
                (row.latest_number or 0, row.latest_status or ""),
            ][col]
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.TO_FIX:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.TO_FIX and row.problem_count:
            return QColor("#b00020")
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        tip = role == Qt.ItemDataRole.ToolTipRole
        if col == self.TITLE:
            return row.title + (self.tr(" (archivé)") if row.archived else "")
        if col == self.TERRITORY:
            return row.territory or ""
        if col == self.UPDATED:
            return format_timestamp(row.updated_at)
        if col == self.PROGRESS:
            return self._progress_tip(progress) if tip else self._progress_text(progress)
        if col == self.TO_FIX:
            if tip:
                n = row.problem_count
                return plural(self.tr("%n points à corriger", "", n), "%n point à corriger", n)
            return str(row.problem_count)
        return self._latest_text(row, whole=tip)


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
        self._progress_stale = True
        self._progress_queue: list[DossierSummary] = []
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
        if self._progress_stale:
            QTimer.singleShot(0, self, self.fill_progress)  # after the list is painted

    def fill_progress(self) -> None:
        """How complete each listed dossier is. Its draft is read and checked by the service (which remembers
        the result per revision), a few dossiers per idle moment: the list stays responsive while fifty
        large dossiers are checked the first time, and a window opening on a dossier never pays for it."""
        self._progress_stale = False
        self._progress_queue = list(self.model.rows)
        self._progress_step()

    def _progress_step(self) -> None:
        deadline = time.perf_counter() + PROGRESS_SLICE_S
        found: dict[str, Progress] = {}
        try:
            while self._progress_queue and (not found or time.perf_counter() < deadline):
                found.update(self.service.progress([self._progress_queue.pop(0)]))
        except UserError:
            self._progress_queue = []  # the list itself stays; a damaged store says so at the next save
        self.model.add_progress(found)
        if self._progress_queue:
            QTimer.singleShot(0, self, self._progress_step)

    def progress_done(self) -> bool:
        return not self._progress_stale and not self._progress_queue

    # --- list ------------------------------------------------------------------------
    def reload(self) -> None:
        selected = self.selected_id()
        self.model.set_rows(self.service.list_dossiers(include_archived=self.form.archivedCheck.isChecked()))
        self._progress_stale = True
        if self.isVisible():
            self.fill_progress()
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
