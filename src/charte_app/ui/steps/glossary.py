"""The common glossary (term, definition), edited in step 6 next to the rules it is printed with.

Partners come with different vocabularies ("accompagnement", "suivi", "information
préoccupante"…): the charter prints the glossary as its own article. Each edit is an
undoable step of the dossier editor; a term is required, the definition may come later.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from charte_app.domain.model import GlossaryEntry

from ..editor import DossierEditor
from ..widgets.checked_field import reserve_line
from ..widgets.list_table import Column, ListTableModel, select_item, setup_table


class _CompactTable(QTableView):
    """Prefers its minimum height: it grows into spare room but never makes the step scroll at 1366×768."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), max(self.minimumHeight(), 1))


class GlossaryBox(QGroupBox):
    """A table of the charter's glossary entries, with "Ajouter" and "Supprimer"."""

    def __init__(self, editor: DossierEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setObjectName("glossaryBox")
        self.setTitle(self.tr("Glossaire commun (imprimé avec la charte)"))
        self.model = ListTableModel(
            editor,
            [
                Column(self.tr("Terme"), "term", self.tr("Modifier un terme du glossaire"), required=True),
                Column(self.tr("Définition partagée"), "definition", self.tr("Modifier une définition du glossaire")),
            ],
            lambda: editor.dossier.charter.glossary,
            parent=self,
        )
        self.table = _CompactTable()
        self.table.setObjectName("glossaryTable")
        self.table.setAccessibleName(self.tr("Glossaire commun"))
        setup_table(self.table, self.model, 1)
        # Small by default: the rules above keep their room at 1366×768; the table grows with the page.
        self.table.setMinimumHeight(3 * self.table.fontMetrics().height())
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.new_term = QLineEdit()
        self.new_term.setObjectName("newTermEdit")
        self.new_term.setPlaceholderText(self.tr("Nouveau terme, puis Entrée"))
        self.new_term.setAccessibleName(self.tr("Nouveau terme du glossaire"))
        self.add_button = QPushButton(self.tr("Ajouter le terme"))
        self.remove_button = QPushButton(self.tr("Supprimer le terme"))
        self.message = QLabel()
        self.message.setObjectName("glossaryMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        reserve_line(self.message)
        self.model.message.connect(self.message.setText)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_term, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        # Said in the tooltip, not in a line of its own: the step keeps its room at 1366×768.
        self.setToolTip(
            self.tr(
                "Les mots que les partenaires n'emploient pas de la même façon : une définition commune évite "
                "les malentendus."
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.new_term.returnPressed.connect(self.add_term)
        self.add_button.clicked.connect(self.add_term)
        self.remove_button.clicked.connect(self.remove_selected)

    def sync(self) -> None:
        self.model.sync()

    def add_term(self) -> None:
        term = self.new_term.text().strip()
        if not term:
            self.new_term.setFocus()
            return
        entry = GlossaryEntry(term=term, definition="")
        self.editor.append_item(self.editor.dossier.charter.glossary, entry, self.tr("Ajouter un terme au glossaire"))
        self.new_term.clear()
        self.select(entry)
        index = self.model.index(self.model.row_of(entry), 1)
        self.table.setCurrentIndex(index)
        self.table.edit(index)  # the definition is typed right away

    def select(self, entry: GlossaryEntry) -> bool:
        self.model.sync()
        if self.model.row_of(entry) < 0:
            return False
        select_item(self.table, self.model, entry)
        return True

    def remove_selected(self) -> None:
        row = self.table.currentIndex().row()
        glossary = self.editor.dossier.charter.glossary
        if 0 <= row < self.model.rowCount():
            entry = self.model.item(row)
            index = next(i for i, e in enumerate(glossary) if e is entry)
            self.editor.remove_item(glossary, index, self.tr("Supprimer un terme du glossaire"))
