"""Compare dialog: pick two versions (or a version and the draft) and a document, see them side by side.

The layout is ``forms/compare_dialog.ui``. Owns the choice of what to compare and the export of the comparison (PDF
with inline marks, DOCX with tracked changes, text). Reads through the
service it is given; the comparison itself is :func:`charte_app.diff.compare_dossiers`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from charte_app.diff import Comparison, compare_dossiers, write_comparison
from charte_app.diff.export import Format
from charte_app.domain.held import charter_held
from charte_app.domain.model import Dossier
from charte_app.errors import UserError
from charte_app.ui import dialogs
from charte_app.ui.generated.ui_compare_dialog import Ui_CompareDialog

from .compare_view import ComparisonView
from .history import version_label

if TYPE_CHECKING:
    from charte_app.services.dossiers import DossierService

DRAFT = -1  # combo data of the working draft
WHOLE = ""  # combo data of the whole dossier
EXPORT_FILTERS = {  # marked for Qt Linguist, translated where shown
    "pdf": QT_TRANSLATE_NOOP("CompareDialog", "PDF (*.pdf)"),
    "docx": QT_TRANSLATE_NOOP("CompareDialog", "Document Word avec suivi des modifications (*.docx)"),
    "text": QT_TRANSLATE_NOOP("CompareDialog", "Texte (*.txt)"),
}
SUFFIX: dict[Format, str] = {"pdf": ".pdf", "docx": ".docx", "text": ".txt"}


def choose_export_path(parent: QWidget | None, fmt: Format, suggested: str) -> Path | None:
    """Ask where to write an export (a module function so tests can replace it)."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("CompareDialog", "Exporter la comparaison"),
        suggested,
        QCoreApplication.translate("CompareDialog", str(EXPORT_FILTERS[fmt])),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(SUFFIX[fmt])


class CompareDialog(QDialog):
    """Two versions of a dossier side by side; the choice can change in place."""

    def __init__(
        self,
        service: DossierService,
        dossier_id: str,
        old: int | None = None,
        new: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.dossier_id = dossier_id
        self.form = Ui_CompareDialog()
        self.form.setupUi(self)
        f = self.form
        # Long version labels never widen the window beyond the screen: each choice shows its start,
        # the list and the tooltip show it whole.
        for combo in (f.compareFrom, f.compareTo, f.compareDocument):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.currentTextChanged.connect(combo.setToolTip)
        self.comparison: Comparison | None = None
        self.labels = ("", "")
        self._export_folder: Path | None = None  # the folder of this dialog's last export

        self.versions = service.list_versions(dossier_id)
        self.draft = service.load_draft(dossier_id)
        self.old_choice = f.compareFrom
        self.new_choice = f.compareTo
        for combo in (self.old_choice, self.new_choice):
            for version in self.versions:
                combo.addItem(version_label(version), version.number)
            combo.addItem(self.tr("Brouillon actuel"), DRAFT)
        self.document = f.compareDocument
        self.document.addItem(self.tr("Tout le dossier"), WHOLE)
        # Only a charter some side holds (a subsidy-only dossier has a charter record with a title alone).
        if any(charter_held(d.charter) for d in [self.draft, *(v.snapshot for v in self.versions)]):
            self.document.addItem(self.tr("Charte de coopération"), "charter")
        for conv in self.draft.conventions:
            self.document.addItem(conv.title, conv.id)
        # A convention present only in the versions (removed since) can still be compared.
        known = {conv.id for conv in self.draft.conventions}
        for version in self.versions:
            for conv in version.snapshot.conventions:
                if conv.id not in known:
                    known.add(conv.id)
                    self.document.addItem(conv.title, conv.id)

        self._select(self.old_choice, old if old is not None else self._default_old())
        self._select(self.new_choice, new if new is not None else DRAFT)

        self.view: ComparisonView = f.comparisonView
        self.export_button = QPushButton(self.tr("Exporter…"))
        self.export_button.setObjectName("exportComparison")
        menu = QMenu(self.export_button)
        self.export_actions = {
            "pdf": menu.addAction(self.tr("PDF avec les modifications marquées")),
            "docx": menu.addAction(self.tr("Word / LibreOffice avec suivi des modifications")),
            "text": menu.addAction(self.tr("Texte (courriel, scripts)")),
        }
        for fmt, action in self.export_actions.items():
            action.setData(fmt)
        menu.triggered.connect(self._export_action)
        self.export_button.setMenu(menu)
        f.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        f.buttons.rejected.connect(self.reject)
        # Where the last export went, said in place (a line reserved from the start: nothing moves).
        self.saved_label = QLabel()
        self.saved_label.setObjectName("comparisonSaved")
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved_label.setFixedHeight(self.saved_label.fontMetrics().lineSpacing() + 4)
        self.saved_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        layout = self.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(layout.indexOf(f.buttons), self.saved_label)

        for combo in (self.old_choice, self.new_choice, self.document):
            combo.currentIndexChanged.connect(self._choice_changed)
        self.refresh()

    def _default_old(self) -> int:
        return self.versions[-1].number if self.versions else DRAFT

    @staticmethod
    def _select(combo: QComboBox, data: int) -> None:
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _side(self, combo: QComboBox) -> tuple[Dossier, str]:
        number = combo.currentData()
        if number == DRAFT:
            return self.draft, self.tr("Brouillon actuel")
        version = next(v for v in self.versions if v.number == number)
        return version.snapshot, version_label(version)

    def _choice_changed(self, _index: int) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Compare what the combos say and show it."""
        old, old_label = self._side(self.old_choice)
        new, new_label = self._side(self.new_choice)
        document = self.document.currentData() or None
        try:
            self.comparison = compare_dossiers(old, new, document=document)
        except UserError as err:
            dialogs.show_error(self, self.tr("Comparaison impossible"), err.message)
            return
        self.labels = (old_label, new_label)
        self.view.set_comparison(self.comparison, old_label=old_label, new_label=new_label)

    def _export_action(self, action: QAction) -> None:
        fmt = action.data()
        if fmt in SUFFIX:
            self.export(fmt)

    def suggested_path(self, fmt: Format) -> Path:
        """Where the save dialog proposes to write: the folder of the last export (else Documents), and a
        name saying what is compared (« Comparaison – Charte … – version 1 et brouillon.pdf »)."""
        from charte_app.documents.file_names import export_folder, file_stem

        what = self.document.currentText() if self.document.currentData() else self.draft.title
        old, new = (combo.currentData() for combo in (self.old_choice, self.new_choice))
        sides = [self.tr("brouillon") if n == DRAFT else self.tr("version {n}").format(n=n) for n in (old, new)]
        stem = self.tr("Comparaison – {what} – {old} et {new}").format(
            what=file_stem(what, 60), old=sides[0], new=sides[1]
        )
        folder = self._export_folder or export_folder()
        return folder / f"{file_stem(stem, 110, 'comparaison')}{SUFFIX[fmt]}"

    def export(self, fmt: Format, path: Path | None = None) -> Path | None:
        """Write the comparison shown as ``fmt``; asks where unless ``path`` is given."""
        if self.comparison is None:
            return None
        if path is None:
            path = choose_export_path(self, fmt, str(self.suggested_path(fmt)))
            if path is None:
                return None
        try:
            write_comparison(
                self.comparison,
                fmt,
                path,
                old_label=self.labels[0],
                new_label=self.labels[1],
            )
        except UserError as err:
            dialogs.show_error(self, self.tr("Export impossible"), err.message)
            return None
        self._export_folder = path.parent
        self.saved_label.setText(self.tr("Comparaison enregistrée : {path}").format(path=path))
        self.saved_label.setToolTip(str(path))
        return path
