"""Step 10 — Conventions: the dossier's partnership conventions and their avenants.

The page lists the conventions (avenants under the convention they amend) and,
under them, the sections of the selected one (a list like the steps', every title
whole): general terms, parties and commitments,
financial means with schedules and live totals, other pooled means, clauses
(prefilled from the clause library), extra articles and annexes, signature, and
the decisions only the parties can make (the completeness check asks for them).
Each section scrolls on its own, so the page stays usable at 1280×720.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QListWidgetItem, QMenu, QMessageBox, QScrollArea, QWidget

from charte_app.domain import Convention

from .. import labels_i18n
from ..clause_library import new_amendment, new_convention
from ..generated.ui_conventions import Ui_ConventionsForm
from ..i18n import plural
from ..widgets.fit import one_line
from .base import StepContext, StepPage
from .convention_means import FinanceSection, MeansSection
from .convention_sections import (
    ArticlesSection,
    ClausesSection,
    DecisionsSection,
    GeneralSection,
    PartiesSection,
    Section,
    SignatureSection,
)


def inform(parent: QWidget, title: str, message: str) -> None:
    """A French information box (module-level so tests can replace it)."""
    QMessageBox.information(parent, title, message)


class ConventionsPage(StepPage):
    step_id = "conventions"
    step_title = str(QT_TRANSLATE_NOOP("ConventionsPage", "Conventions"))  # known before the page is built
    problem_paths = ("dossier.conventions",)

    def __init__(self, ctx: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.form = Ui_ConventionsForm()
        self.form.setupUi(self)
        self._current: Convention | None = None
        self._shown_rows: list[tuple[int, str]] = []
        f, editor, current = self.form, ctx.editor, self.current
        self.general = GeneralSection(editor, current)
        self.parties = PartiesSection(editor, current)
        self.finance = FinanceSection(editor, current)
        self.means = MeansSection(editor, current)
        self.clauses = ClausesSection(editor, current)
        self.articles = ArticlesSection(editor, current)
        self.signature = SignatureSection(editor, current)
        self.decisions = DecisionsSection(editor, current)
        self.sections: list[Section] = [
            self.general,
            self.parties,
            self.finance,
            self.means,
            self.clauses,
            self.articles,
            self.signature,
            self.decisions,
        ]
        titles = [
            self.tr("&Général"),
            self.tr("&Parties"),
            self.tr("Fi&nances"),
            self.tr("&Moyens"),
            self.tr("C&lauses"),
            self.tr("Anne&xes"),
            self.tr("&Signature"),
            self.tr("&Décisions"),
        ]
        tips = [
            self.tr("Général : type, intitulé, visas, préambule, objet, durée"),
            self.tr("Parties et engagements de chacune"),
            self.tr("Moyens financiers : montants et échéanciers"),
            self.tr("Autres moyens : personnel, locaux, matériel"),
            self.tr("Clauses : suivi, évaluation, données, résiliation, litiges"),
            self.tr("Articles supplémentaires et annexes"),
            self.tr("Signature : lieu, date, exemplaires originaux"),
            self.tr("Décisions des parties : initiative du projet, délibération, retrait d'une partie, titre court"),
        ]
        # A list of sections under the conventions, like the steps: every title whole at 1280×720
        # (eight tabs read « G…l », « Fi…es »), and the editor gets the whole width (issue 21).
        for index, (section, title, tip) in enumerate(zip(self.sections, titles, tips, strict=True)):
            f.sections.addWidget(self._scrolled(section))
            item = QListWidgetItem(title.replace("&", ""))
            item.setToolTip(tip)
            f.sectionList.addItem(item)
            letter = title[title.index("&") + 1]
            shortcut = QShortcut(QKeySequence(f"Alt+{letter}"), self)  # the tabs' mnemonics, kept
            shortcut.activated.connect(lambda i=index: f.sections.setCurrentIndex(i))
        f.sectionList.currentRowChanged.connect(lambda row: f.sections.setCurrentIndex(max(row, 0)))
        f.sections.currentChanged.connect(self._section_shown)
        f.sectionList.setCurrentRow(0)
        self._fit_section_list()
        one_line(f.headingLabel)  # a long title never wraps and pushes the editor down
        f.splitter.setStretchFactor(0, 0)
        f.splitter.setStretchFactor(1, 1)
        f.splitter.setSizes([190, 1000])  # the editor needs the width; titles wrap in the list
        self.kind_menu = QMenu(self)
        for code, label in labels_i18n.convention_kinds():
            if code != "amendment":
                action = self.kind_menu.addAction(label)
                action.triggered.connect(lambda _=False, k=code: self.add_convention(k))
        f.addConventionButton.setMenu(self.kind_menu)
        f.addAmendmentButton.clicked.connect(self.add_amendment)
        f.removeConventionButton.clicked.connect(self.remove_convention)
        f.conventionList.currentItemChanged.connect(self._selection_changed)
        self._stale_sections: set[int] = set()
        self.refresh()

    def _section_shown(self, index: int) -> None:
        lst = self.form.sectionList
        if lst.currentRow() != index:
            lst.blockSignals(True)
            lst.setCurrentRow(index)
            lst.blockSignals(False)
        self._refresh_shown_section()

    def _fit_section_list(self) -> None:
        """The section list is as tall as its rows and as wide as its longest title (follows meeting mode)."""
        lst = self.form.sectionList
        lst.doItemsLayout()
        rows = sum(lst.sizeHintForRow(row) for row in range(lst.count()))
        lst.setFixedHeight(rows + 2 * lst.frameWidth() + 2)
        widest = max(lst.fontMetrics().horizontalAdvance(lst.item(i).text()) for i in range(lst.count()))
        lst.setMinimumWidth(widest + 2 * lst.frameWidth() + 16)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_section_list()
        super().changeEvent(event)

    @staticmethod
    def _scrolled(widget: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(widget)
        return area

    # --- StepPage hooks ------------------------------------------------------------
    def guidance(self) -> str:
        return self.tr(
            "<p>Une <b>convention de partenariat</b> formalise ce que les partenaires mettent en commun "
            "(financements, personnel, locaux, matériel) autour des objectifs de la charte.</p>"
            "<ul><li><b>Parties</b> : choisissez-les dans l'ordre où elles apparaîtront ; la première est "
            "« d'une part », les autres « d'autre part ».</li>"
            "<li><b>Objet</b> : une phrase claire pour l'article 1.</li>"
            "<li><b>Moyens</b> : pour chaque contribution financière, le montant, l'année, la ligne budgétaire "
            "et l'échéancier (avance à la signature, solde sur bilan). L'échéancier doit totaliser le montant. "
            "Une convention est obligatoire pour une subvention de plus de 23 000 € à une association.</li>"
            "<li><b>Clauses</b> : les textes types (secret partagé, art. L. 121-6-2 du CASF ; résiliation par "
            "lettre recommandée avec accusé de réception ; tribunal administratif) se modifient librement.</li>"
            "<li><b>Avenant</b> : pour modifier une convention signée, créez un avenant signé par les mêmes "
            "parties ; il ne reprend que les articles modifiés.</li>"
            "<li><b>Originaux</b> : un exemplaire original par partie, sauf usage contraire.</li></ul>"
        )

    def refresh(self) -> None:
        conventions = self.ctx.editor.dossier.conventions
        if self._current is not None and not any(c is self._current for c in conventions):
            self._current = None  # removed (or undone): show another one
        if self._current is None and conventions:
            self._current = conventions[0]
        self._fill_list()
        has = self._current is not None
        self.form.detailStack.setCurrentWidget(self.form.detailPage if has else self.form.emptyPage)
        self.form.removeConventionButton.setEnabled(has)
        self.form.addAmendmentButton.setEnabled(any(c.kind != "amendment" for c in conventions))
        self.form.headingLabel.setText(self._heading())
        # Only the tab in view follows each keystroke; the others catch up when shown.
        self._stale_sections = set(range(len(self.sections)))
        self._refresh_shown_section()

    def _refresh_shown_section(self) -> None:
        index = self.form.sections.currentIndex()
        if index in self._stale_sections:
            self._stale_sections.discard(index)
            self.sections[index].refresh()

    def needs_input(self) -> bool:
        """Conventions are optional: a dossier may hold a charter alone."""
        return bool(self.ctx.editor.dossier.conventions)

    def missing(self) -> list[str]:
        found = []
        for conv in self.ctx.editor.dossier.conventions:
            name = conv.title or self.tr("(sans intitulé)")
            if not conv.parties:
                found.append(self.tr("« {name} » : ses parties").format(name=name))
            if not conv.object.strip():
                found.append(self.tr("« {name} » : son objet (article 1)").format(name=name))
        return found

    def is_complete(self) -> bool:
        """No convention is fine (a charter alone); each one needs parties, an object and no error."""
        conventions = self.ctx.editor.dossier.conventions
        if any(not c.parties or not c.object.strip() for c in conventions):
            return False
        return not any(p.severity == "error" for p in self.problems())

    # --- list ----------------------------------------------------------------------
    def current(self) -> Convention | None:
        return self._current

    def _ordered(self) -> list[tuple[Convention, int]]:
        """Conventions with their avenants right after them (depth 1), in dossier order otherwise."""
        conventions = self.ctx.editor.dossier.conventions
        ids = {c.id for c in conventions}
        out: list[tuple[Convention, int]] = []
        for conv in conventions:
            if conv.kind == "amendment" and conv.amends and conv.amends.convention in ids:
                continue
            out.append((conv, 0))
            out += [
                (a, 1)
                for a in conventions
                if a.kind == "amendment" and a.amends and a.amends.convention == conv.id and a is not conv
            ]
        return out

    def _fill_list(self) -> None:
        ordered = self._ordered()
        rows = [(id(c), ("    ↳ " if depth else "") + (c.title or self.tr("(sans intitulé)"))) for c, depth in ordered]
        lst = self.form.conventionList
        if rows != self._shown_rows:
            lst.blockSignals(True)
            lst.clear()
            for (_key, text), (conv, _depth) in zip(rows, ordered, strict=True):
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, conv.id)
                item.setToolTip(labels_i18n.convention_kind(conv.kind))
                lst.addItem(item)
            lst.blockSignals(False)
            self._shown_rows = rows
        row = next((i for i, (c, _d) in enumerate(ordered) if c is self._current), -1)
        if lst.currentRow() != row:
            lst.blockSignals(True)
            lst.setCurrentRow(row)
            lst.blockSignals(False)

    def _heading(self) -> str:
        conv = self._current
        if conv is None:
            return ""
        kind = labels_i18n.convention_kind(conv.kind)
        parties = len(conv.parties)
        count = plural(self.tr("%n parties", "", parties), "%n partie", parties)
        return f"{kind} · {count} · {conv.title or '…'}"

    def _selection_changed(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        conv_id = item.data(Qt.ItemDataRole.UserRole)
        chosen = self.ctx.editor.dossier.convention(conv_id)
        if chosen is not None and chosen is not self._current:
            self.select(chosen)

    def select_record(self, obj: object) -> bool:
        if isinstance(obj, Convention) and any(c is obj for c in self.ctx.editor.dossier.conventions):
            self.select(obj)
            return True
        return False

    def select(self, conv: Convention | None) -> None:
        """Show ``conv`` in the editor tabs."""
        self._current = conv
        self.refresh()

    # --- actions ---------------------------------------------------------------------
    def add_convention(self, kind: str) -> Convention:
        editor = self.ctx.editor
        conv = new_convention(editor.dossier, kind)
        editor.append_item(editor.dossier.conventions, conv, self.tr("Ajouter une convention"))
        self.select(conv)
        self.form.sections.setCurrentIndex(0)
        self.general.form.titleEdit.setFocus()
        self.general.form.titleEdit.selectAll()
        return conv

    def add_amendment(self) -> Convention | None:
        editor, conv = self.ctx.editor, self._current
        if conv is not None and conv.kind == "amendment" and conv.amends:
            conv = editor.dossier.convention(conv.amends.convention or "")
        if conv is None or conv.kind == "amendment":
            conv = next((c for c in editor.dossier.conventions if c.kind != "amendment"), None)
        if conv is None:
            return None
        amendment = new_amendment(editor.dossier, conv)
        editor.append_item(editor.dossier.conventions, amendment, self.tr("Ajouter un avenant"))
        self.select(amendment)
        self.form.sections.setCurrentIndex(0)
        return amendment

    def remove_convention(self) -> None:
        editor, conv = self.ctx.editor, self._current
        if conv is None:
            return
        amended_by = [c.title for c in editor.dossier.conventions if c.amends and c.amends.convention == conv.id]
        if amended_by:
            inform(
                self,
                self.tr("Suppression impossible"),
                self.tr("Cette convention est modifiée par : {names}.\nSupprimez d'abord ses avenants.").format(
                    names=", ".join(amended_by)
                ),
            )
            return
        index = next(i for i, c in enumerate(editor.dossier.conventions) if c is conv)
        editor.remove_item(editor.dossier.conventions, index, self.tr("Supprimer la convention"))
