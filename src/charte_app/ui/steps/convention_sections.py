"""The sections of the convention editor (step 10), one tab each.

Each section is a view (a compiled Designer form, used by composition) plus
the little behaviour that ties it to the selected convention: a
:class:`~charte_app.ui.widgets.bindings.FieldBinder` for plain fields, and
explicit handlers for list edits. Every write goes through the editor, so it is
undoable. ``current()`` returns the convention shown (or None).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QPlainTextEdit, QTableView, QWidget

from charte_app.domain import Annex, Convention, ConventionCommitment, Dossier, ExtraArticle
from charte_app.domain.funding import is_subsidy, subsidised_associations
from charte_app.domain.model import AuthorisingDecision

from .. import labels_i18n
from ..clause_library import CLAUSE_FIELDS, clause_owner, load_library, unique_id
from ..editor import DossierEditor
from ..generated.ui_conventions_articles import Ui_ConventionArticlesForm
from ..generated.ui_conventions_clauses import Ui_ConventionClausesForm
from ..generated.ui_conventions_decisions import Ui_ConventionDecisionsForm
from ..generated.ui_conventions_general import Ui_ConventionGeneralForm
from ..generated.ui_conventions_parties import Ui_ConventionPartiesForm
from ..generated.ui_conventions_signature import Ui_ConventionSignatureForm
from ..widgets.bindings import FieldBinder, Lazy
from ..widgets.fit import grow_with_text, list_fits_rows
from ..widgets.list_table import Column, ListTableModel, select_item, setup_table

Current = Callable[[], Convention | None]


def _attr(getter: Current, *path: str) -> Callable[[], object | None]:
    """A binding target: the object at ``path`` under the current convention (None if absent)."""

    def target() -> object | None:
        obj: object | None = getter()
        for part in path:
            if obj is None:
                return None
            obj = getattr(obj, part)
        return obj

    return target


def party_choices(dossier: Dossier, conv: Convention | None) -> list[tuple[str, str]]:
    """(partner id, name) for the parties of ``conv`` first, then the dossier's other partners."""
    parties = conv.parties if conv else []
    ordered = [p for p in parties if dossier.partner(p)] + [p.id for p in dossier.partners if p.id not in parties]
    return [(pid, dossier.partner(pid).name) for pid in ordered]  # type: ignore[union-attr]


class Section(QWidget):
    """A tab of the convention editor."""

    def __init__(self, editor: DossierEditor, current: Current, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.current = current
        self.binder = FieldBinder(editor)

    @property
    def dossier(self) -> Dossier:
        return self.editor.dossier

    def refresh(self) -> None:
        self.binder.refresh()


class GeneralSection(Section):
    """Kind, title, avenant reference, "Vu …" lines, preamble, object, dates and renewal."""

    def __init__(self, editor: DossierEditor, current: Current, parent: QWidget | None = None) -> None:
        super().__init__(editor, current, parent)
        self.form = Ui_ConventionGeneralForm()
        self.form.setupUi(self)
        f, b = self.form, self.binder
        for code, label in labels_i18n.convention_kinds():
            f.kindCombo.addItem(label, code)
        f.kindCombo.activated.connect(self._kind_chosen)
        f.amendsCombo.activated.connect(self._amended_chosen)
        b.line(f.titleEdit, current, "title", self.tr("Modifier l'intitulé de la convention"), required=True)
        b.spin(f.amendsNumberSpin, _attr(current, "amends"), "number", self.tr("Modifier le numéro de l'avenant"))
        b.date(f.amendsSignedField, _attr(current, "amends"), "signed_on", self.tr("Modifier la date de la convention"))
        b.lines(f.legalBasisEdit, current, "legal_basis", self.tr("Modifier les visas"))
        b.plain(f.preambleEdit, current, "preamble", self.tr("Modifier le préambule"))
        b.plain(f.objectEdit, current, "object", self.tr("Modifier l'objet de la convention"), required=True)
        b.date(f.startField, current, "start", self.tr("Modifier la date de début"))
        b.date(f.endField, current, "end", self.tr("Modifier la date de fin"))
        f.endField.expect_warnings((self.tr("La date de fin précède la date de début."),))
        # Visas, preamble and object as tall as their text: the section scrolls as one page, with no
        # box scrolling inside it (three lines showed in meeting mode at 1366×768, issue 21).
        f.legalBasisEdit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)  # a long visa wraps, no sideways bar
        for edit in (f.legalBasisEdit, f.preambleEdit, f.objectEdit):
            grow_with_text(edit, 3)
        b.check(f.tacitCheck, _attr(current, "renewal"), "tacit", self.tr("Modifier la reconduction tacite"))
        b.spin(f.maxRenewalsSpin, _attr(current, "renewal"), "max_renewals", self.tr("Modifier les reconductions"))

    def refresh(self) -> None:
        conv, f = self.current(), self.form
        super().refresh()
        f.kindCombo.setEnabled(conv is not None)
        f.kindCombo.setCurrentIndex(f.kindCombo.findData(conv.kind) if conv else -1)
        is_amendment = conv is not None and conv.kind == "amendment"
        f.amendsGroup.setVisible(is_amendment)
        if is_amendment:
            self._fill_amended(conv)  # type: ignore[arg-type]
        inverted = bool(conv and conv.start and conv.end and conv.end < conv.start)
        f.endField.set_warning(self.tr("La date de fin précède la date de début.") if inverted else "")
        missing = conv is not None and not conv.object.strip()
        f.objectMessage.setText(self.tr("L'objet (article 1) est obligatoire.") if missing else "")
        f.objectMessage.setVisible(missing)

    def _fill_amended(self, conv: Convention) -> None:
        combo = self.form.amendsCombo
        combo.clear()
        for other in self.dossier.conventions:
            if other is not conv and other.kind != "amendment":
                combo.addItem(other.title or other.id, other.id)
        wanted = conv.amends.convention if conv.amends else None
        combo.setCurrentIndex(combo.findData(wanted))

    def _kind_chosen(self, _index: int) -> None:
        conv = self.current()
        kind = self.form.kindCombo.currentData()
        if conv is None or kind == conv.kind:
            return
        from charte_app.domain import Amends

        # An avenant must cite the convention it amends; other kinds carry no such reference.
        with self.editor.macro(self.tr("Changer le type de convention")):
            self.editor.set_field(conv, "kind", kind, self.tr("Changer le type de convention"))
            if kind == "amendment" and conv.amends is None:
                # Cite a convention straight away so the dossier stays valid (and autosaved).
                original = next(
                    (c.id for c in self.dossier.conventions if c is not conv and c.kind != "amendment"), None
                )
                amends = Amends(convention=original, number=1)
                self.editor.set_field(conv, "amends", amends, self.tr("Changer le type de convention"))
            elif kind != "amendment" and conv.amends is not None:
                self.editor.set_field(conv, "amends", None, self.tr("Changer le type de convention"))

    def _amended_chosen(self, _index: int) -> None:
        conv = self.current()
        if conv is not None and conv.amends is not None:
            self.editor.set_field(
                conv.amends,
                "convention",
                self.form.amendsCombo.currentData(),
                self.tr("Changer la convention modifiée"),
            )


class PartiesSection(Section):
    """Parties chosen and ordered among the dossier's partners; the commitments of each party."""

    def __init__(self, editor: DossierEditor, current: Current, parent: QWidget | None = None) -> None:
        super().__init__(editor, current, parent)
        self.form = Ui_ConventionPartiesForm()
        self.form.setupUi(self)
        self._shown: tuple[object, ...] = ()
        f = self.form
        f.addPartyButton.clicked.connect(self.add_party)
        f.availableList.itemDoubleClicked.connect(lambda _item: self.add_party())
        f.removePartyButton.clicked.connect(self.remove_party)
        f.partyUpButton.clicked.connect(lambda: self.move_party(-1))
        f.partyDownButton.clicked.connect(lambda: self.move_party(+1))
        for lst in (f.availableList, f.partiesList):
            # Long names wrap inside the list: no sideways scrolling in a half-width list (issue 21).
            lst.setWordWrap(True)
            lst.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            lst.setResizeMode(QListView.ResizeMode.Adjust)
        columns = [
            Column(
                self.tr("Partie"),
                "partner",
                self.tr("Changer la partie qui s'engage"),
                "choice",
                lambda: party_choices(self.dossier, self.current()),
            ),
            Column(self.tr("Engagement"), "text", self.tr("Modifier un engagement"), required=True),
        ]
        self.commitments = ListTableModel(editor, columns, _attr(current, "commitments"), parent=self)  # type: ignore[arg-type]
        setup_table(f.commitmentsTable, self.commitments, 1)
        self.commitments.message.connect(f.commitmentsMessage.setText)
        f.addCommitmentButton.clicked.connect(self.add_commitment)
        f.removeCommitmentButton.clicked.connect(self.remove_commitment)
        f.commitmentUpButton.clicked.connect(lambda: self.move_commitment(-1))
        f.commitmentDownButton.clicked.connect(lambda: self.move_commitment(+1))

    def refresh(self) -> None:
        conv, f = self.current(), self.form
        super().refresh()
        self.setEnabled(conv is not None)
        parties = conv.parties if conv else []
        # Rebuild the two lists only when what they show changed (not on every keystroke elsewhere).
        shown = (tuple(parties), tuple((p.id, p.name) for p in self.dossier.partners))
        if shown != self._shown:
            self._shown = shown
            self._fill_lists(parties)
        f.partiesMessage.setText(self._outsiders_message(conv))
        before = f.commitmentsTable.currentIndex()
        valid = before.isValid() and before.row() < self.commitments.rowCount()
        item = self.commitments.item(before.row()) if valid else None
        if self.commitments.sync() and item is not None:
            select_item(f.commitmentsTable, self.commitments, item)

    def _fill_lists(self, parties: list[str]) -> None:
        f = self.form
        chosen_available = self._selected_id(f.availableList)
        chosen_party = self._selected_id(f.partiesList)
        f.availableList.clear()
        f.partiesList.clear()
        for partner in self.dossier.partners:
            if partner.id not in parties:
                self._add_row(f.availableList, partner.id, partner.name, chosen_available)
        for i, pid in enumerate(parties):
            party = self.dossier.partner(pid)
            name = party.name if party else pid
            side = self.tr("d'une part") if i == 0 else self.tr("d'autre part")
            self._add_row(f.partiesList, pid, f"{i + 1}. {name} ({side})", chosen_party)

    def _outsiders_message(self, conv: Convention | None) -> str:
        """Partners who commit or contribute without being parties (a warning, not a block)."""
        if conv is None:
            return ""
        if not conv.parties:
            return self.tr("Une convention a au moins une partie : choisissez-la dans la liste de gauche.")
        outsiders = {c.partner for c in conv.commitments} | {c.partner for c in conv.contributions}
        outsiders -= set(conv.parties)
        names = sorted((self.dossier.partner(p).name if self.dossier.partner(p) else p) for p in outsiders)  # type: ignore[union-attr]
        if not names:
            return ""
        return self.tr("Ne sont pas parties mais s'engagent ou contribuent : {names}. Ajoutez-les aux parties.").format(
            names=", ".join(names)
        )

    @staticmethod
    def _add_row(widget: QListWidget, pid: str, text: str, selected: str | None) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, pid)
        widget.addItem(item)
        if pid == selected:
            widget.setCurrentItem(item)

    @staticmethod
    def _selected_id(widget: QListWidget) -> str | None:
        item = widget.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def add_party(self) -> None:
        conv, pid = self.current(), self._selected_id(self.form.availableList)
        if conv is None or pid is None:
            return
        self.editor.append_item(conv.parties, pid, self.tr("Ajouter une partie"))
        self._select_party(pid)

    def remove_party(self) -> None:
        conv, pid = self.current(), self._selected_id(self.form.partiesList)
        if conv is None or pid is None:
            return
        self.editor.remove_item(conv.parties, conv.parties.index(pid), self.tr("Retirer une partie"))

    def move_party(self, step: int) -> None:
        conv, pid = self.current(), self._selected_id(self.form.partiesList)
        if conv is None or pid is None:
            return
        index = conv.parties.index(pid)
        self.editor.move_item(conv.parties, index, index + step, self.tr("Changer l'ordre des parties"))
        self._select_party(pid)

    def _select_party(self, pid: str) -> None:
        lst = self.form.partiesList
        for row in range(lst.count()):
            if lst.item(row).data(Qt.ItemDataRole.UserRole) == pid:
                lst.setCurrentRow(row)

    def add_commitment(self) -> None:
        conv = self.current()
        if conv is None:
            return
        if not conv.parties:
            self.form.commitmentsMessage.setText(self.tr("Ajoutez d'abord les parties à la convention."))
            return
        partner = self._selected_id(self.form.partiesList) or conv.parties[0]
        commitment = ConventionCommitment(id=unique_id("engagement", conv.commitments), partner=partner, text="")
        self.editor.append_item(conv.commitments, commitment, self.tr("Ajouter un engagement"))
        self._edit_new(self.form.commitmentsTable, self.commitments, commitment, 1)

    def remove_commitment(self) -> None:
        conv, index = self.current(), self.form.commitmentsTable.currentIndex()
        if conv is None or not index.isValid():
            return
        item = self.commitments.item(index.row())
        self.editor.remove_item(conv.commitments, conv.commitments.index(item), self.tr("Supprimer un engagement"))

    def move_commitment(self, step: int) -> None:
        conv, index = self.current(), self.form.commitmentsTable.currentIndex()
        if conv is None or not index.isValid():
            return
        item = self.commitments.item(index.row())
        pos = conv.commitments.index(item)
        self.editor.move_item(conv.commitments, pos, pos + step, self.tr("Changer l'ordre des engagements"))
        select_item(self.form.commitmentsTable, self.commitments, item)

    @staticmethod
    def _edit_new(view: QTableView, model: ListTableModel, item: object, column: int) -> None:
        """Select a record just added and open its main cell for typing."""
        model.sync()
        select_item(view, model, item)
        row = model.row_of(item)
        if row >= 0:
            view.setFocus()
            view.setCurrentIndex(model.index(row, column))
            view.edit(model.index(row, column))


class ClausesSection(Section):
    """Clauses prefilled from the clause library, each with "Reprendre le texte type"."""

    def __init__(self, editor: DossierEditor, current: Current, parent: QWidget | None = None) -> None:
        super().__init__(editor, current, parent)
        self.form = Ui_ConventionClausesForm()
        self.form.setupUi(self)
        f, b = self.form, self.binder
        self.library = load_library()
        for key in CLAUSE_FIELDS:
            edit = getattr(f, f"{key}Edit")
            title = self.library.clauses[key].title
            b.plain(edit, self._owner_getter(key), CLAUSE_FIELDS[key][-1], self.tr("Modifier : {}").format(title))
            getattr(f, f"{key}ResetButton").clicked.connect(lambda _=False, k=key: self.reset_clause(k))
        b.spin(f.noticeSpin, _attr(current, "termination"), "notice_months", self.tr("Modifier le préavis"))
        b.line(f.courtEdit, _attr(current, "disputes"), "court", self.tr("Modifier la juridiction compétente"))
        b.check(f.amicableCheck, _attr(current, "disputes"), "amicable_first", self.tr("Modifier le règlement amiable"))
        f.disputesResetButton.clicked.connect(self.reset_disputes)
        f.indicatorsList.itemChanged.connect(self._indicator_toggled)
        # The section scrolls as a whole: no box scrolling inside it (issue 21).
        for key in CLAUSE_FIELDS:
            grow_with_text(getattr(f, f"{key}Edit"))
        f.indicatorsList.setWordWrap(False)  # one line per row (its height is counted in rows)
        f.indicatorsList.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        f.indicatorsList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._filling = False
        self._shown: tuple[object, ...] = ()

    def _owner_getter(self, key: str) -> Callable[[], object | None]:
        def target() -> object | None:
            conv = self.current()
            return clause_owner(conv, key)[0] if conv else None

        return target

    def reset_clause(self, key: str) -> None:
        conv = self.current()
        if conv is None:
            return
        owner, attr = clause_owner(conv, key)
        clause = self.library.clauses[key]
        with self.editor.macro(self.tr("Reprendre le texte type : {}").format(clause.title)):
            self.editor.set_field(owner, attr, clause.text, self.tr("Reprendre le texte type"))
            if key == "termination" and conv.termination.notice_months is None:
                self.editor.set_field(conv.termination, "notice_months", self.library.notice_months, "")

    def reset_disputes(self) -> None:
        conv = self.current()
        if conv is None:
            return
        with self.editor.macro(self.tr("Reprendre le texte type : litiges")):
            self.editor.set_field(conv.disputes, "court", self.library.court, "")
            self.editor.set_field(conv.disputes, "amicable_first", self.library.amicable_first, "")

    def refresh(self) -> None:
        super().refresh()
        conv = self.current()
        self.setEnabled(conv is not None)
        objectives = self.dossier.charter.objectives
        shown = (
            tuple(conv.indicators) if conv else None,
            tuple((o.title, tuple((i.id, i.name) for i in o.indicators)) for o in objectives),
        )
        if shown == self._shown:
            return  # nothing the list shows has changed
        self._shown = shown
        self._filling = True
        try:
            lst = self.form.indicatorsList
            lst.clear()
            chosen = set(conv.indicators) if conv else set()
            for objective in self.dossier.charter.objectives:
                for indicator in objective.indicators:
                    item = QListWidgetItem(f"{indicator.name} — {objective.title}")
                    item.setData(Qt.ItemDataRole.UserRole, indicator.id)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Checked if indicator.id in chosen else Qt.CheckState.Unchecked)
                    lst.addItem(item)
            if lst.count() == 0:
                placeholder = QListWidgetItem(self.tr("La charte n'a pas encore d'indicateur (étape « Objectifs »)."))
                placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
                lst.addItem(placeholder)
            list_fits_rows(lst)
        finally:
            self._filling = False

    def _indicator_toggled(self, _item: QListWidgetItem) -> None:
        conv = self.current()
        if self._filling or conv is None:
            return
        lst = self.form.indicatorsList
        checked = [
            lst.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(lst.count())
            if lst.item(i).checkState() == Qt.CheckState.Checked
        ]
        # Keep ids the list cannot show (an indicator removed from the charter) so nothing is lost silently.
        known = {lst.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lst.count())}
        kept = [i for i in conv.indicators if i not in known]
        self.editor.set_field(conv, "indicators", kept + checked, self.tr("Choisir les indicateurs suivis"))


class ArticlesSection(Section):
    """Extra articles and annexes: a table of titles and the text of the selected one."""

    def __init__(self, editor: DossierEditor, current: Current, parent: QWidget | None = None) -> None:
        super().__init__(editor, current, parent)
        self.form = Ui_ConventionArticlesForm()
        self.form.setupUi(self)
        f, b = self.form, self.binder
        self.articles = ListTableModel(
            editor,
            [
                Column(
                    self.tr("Titre de l'article"), "title", self.tr("Modifier le titre d'un article"), required=True
                ),
                Column(self.tr("Placé après"), "after", self.tr("Déplacer un article"), "choice", self.anchors),
            ],
            _attr(current, "extra_articles"),  # type: ignore[arg-type]
            parent=self,
        )
        tables = [
            ("", "—"),
            ("contributions", self.tr("Tableau des contributions")),
            ("indicators", self.tr("Fiche des indicateurs")),
        ]
        self.annexes = ListTableModel(
            editor,
            [
                Column(self.tr("Titre de l'annexe"), "title", self.tr("Modifier le titre d'une annexe"), required=True),
                Column(
                    self.tr("Tableau joint"), "table", self.tr("Changer le tableau joint"), "choice", lambda: tables
                ),
            ],
            _attr(current, "annexes"),  # type: ignore[arg-type]
            parent=self,
        )
        setup_table(f.articlesTable, self.articles, 0)
        setup_table(f.annexesTable, self.annexes, 0)
        self.articles.message.connect(f.articlesMessage.setText)
        self.annexes.message.connect(f.annexesMessage.setText)
        b.plain(f.articleTextEdit, lambda: self._selected(f.articlesTable, self.articles), "text",
                self.tr("Modifier le texte d'un article"), required=True)  # fmt: skip
        b.plain(f.annexTextEdit, lambda: self._selected(f.annexesTable, self.annexes), "text",
                self.tr("Modifier le texte d'une annexe"))  # fmt: skip
        f.articlesTable.selectionModel().currentRowChanged.connect(lambda *_: self.binder.refresh())
        f.annexesTable.selectionModel().currentRowChanged.connect(lambda *_: self.binder.refresh())
        f.addArticleButton.clicked.connect(self.add_article)
        f.removeArticleButton.clicked.connect(
            lambda: self._remove(f.articlesTable, self.articles, self.tr("Supprimer un article"))
        )
        f.addAnnexButton.clicked.connect(self.add_annex)
        f.removeAnnexButton.clicked.connect(
            lambda: self._remove(f.annexesTable, self.annexes, self.tr("Supprimer une annexe"))
        )

    def anchors(self) -> list[tuple[str, str]]:
        """Where an extra article may go: after a standard article of the convention, or another extra one."""
        standard = [
            ("", self.tr("à la fin, avant les annexes")),
            ("preamble", self.tr("au début, avant l'objet")),
            ("object", self.tr("l'article « Objet »")),
            ("commitments", self.tr("les engagements des parties")),
            ("means", self.tr("les moyens mis en commun")),
            ("governance", self.tr("la gouvernance")),
            ("evaluation", self.tr("l'évaluation")),
            ("data_protection", self.tr("la protection des données")),
            ("insurance", self.tr("les assurances")),
            ("communication", self.tr("la communication")),
            ("duration", self.tr("la durée")),
            ("amendment", self.tr("la modification")),
            ("termination", self.tr("la résiliation")),
            ("disputes", self.tr("les litiges")),
        ]
        conv = self.current()
        others = [(a.id, f"« {a.title} »") for a in (conv.extra_articles if conv else [])]
        return standard + others

    @staticmethod
    def _selected(view: QTableView, model: ListTableModel) -> object | None:
        index = view.currentIndex()
        return model.item(index.row()) if index.isValid() and index.row() < model.rowCount() else None

    def refresh(self) -> None:
        self.setEnabled(self.current() is not None)
        for view, model in ((self.form.articlesTable, self.articles), (self.form.annexesTable, self.annexes)):
            keep = self._selected(view, model)
            if model.sync():
                select_item(view, model, keep)
        super().refresh()

    def add_article(self) -> None:
        conv = self.current()
        if conv is None:
            return
        article = ExtraArticle(id=unique_id("article", conv.extra_articles), title=self.tr("Nouvel article"), text="")
        self.editor.append_item(conv.extra_articles, article, self.tr("Ajouter un article"))
        PartiesSection._edit_new(self.form.articlesTable, self.articles, article, 0)

    def add_annex(self) -> None:
        conv = self.current()
        if conv is None:
            return
        annex = Annex(id=unique_id("annexe", conv.annexes), title=self.tr("Nouvelle annexe"))
        self.editor.append_item(conv.annexes, annex, self.tr("Ajouter une annexe"))
        PartiesSection._edit_new(self.form.annexesTable, self.annexes, annex, 0)

    def _remove(self, view: QTableView, model: ListTableModel, text: str) -> None:
        item, items = self._selected(view, model), model.source()
        if item is not None and items is not None:
            self.editor.remove_item(items, items.index(item), text)


class SignatureSection(Section):
    """ "Fait à …, le …, en N exemplaires originaux"."""

    def __init__(self, editor: DossierEditor, current: Current, parent: QWidget | None = None) -> None:
        super().__init__(editor, current, parent)
        self.form = Ui_ConventionSignatureForm()
        self.form.setupUi(self)
        f, b = self.form, self.binder
        b.line(f.placeEdit, _attr(current, "signature"), "place", self.tr("Modifier le lieu de signature"))
        b.date(f.dateField, _attr(current, "signature"), "date", self.tr("Modifier la date de signature"))
        b.spin(f.originalsSpin, current, "originals", self.tr("Modifier le nombre d'originaux"))

    def refresh(self) -> None:
        super().refresh()
        conv = self.current()
        self.setEnabled(conv is not None)
        if conv is None:
            self.form.signatureHint.setText("")
            return
        from ..widgets.date_field import format_date

        self.form.originalsSpin.setSpecialValueText(self.tr("un par partie ({n})").format(n=max(len(conv.parties), 1)))
        self.form.signatureHint.setText(
            self.tr(
                "Le document se terminera par : « Fait à {place}, le {date}, en {n} exemplaires originaux », "
                "puis un bloc de signature par partie."
            ).format(  # fmt: skip
                place=conv.signature.place or "…",
                date=format_date(conv.signature.date) or "…",
                n=conv.effective_originals,
            )
        )


class DecisionsSection(Section):
    """What only the parties can decide: whose initiative a subsidy funds, the decision that
    authorises the convention, what a party's withdrawal means, why an avenant is retroactive,
    and the running head of the pages. The completeness check blocks approval while one is missing
    (``domain.completeness``), so each question is shown whenever the convention needs its answer."""

    def __init__(self, editor: DossierEditor, current: Current, parent: QWidget | None = None) -> None:
        super().__init__(editor, current, parent)
        self.form = Ui_ConventionDecisionsForm()
        self.form.setupUi(self)
        f, b = self.form, self.binder
        f.initiativeCombo.addItem(
            self.tr("À l'initiative de l'association : elle a conçu le projet et le porte"), "beneficiary"
        )
        f.initiativeCombo.addItem(
            self.tr("À l'initiative de la personne publique : elle définit le besoin"), "public_partner"
        )
        f.withdrawalCombo.addItem(self.tr("la convention continue entre les autres parties"), "others_continue")
        f.withdrawalCombo.addItem(self.tr("la convention prend fin pour toutes les parties"), "convention_ends")
        b.combo(f.initiativeCombo, current, "initiative", self.tr("Choisir l'initiative du projet financé"))
        b.combo(f.withdrawalCombo, current, "withdrawal", self.tr("Choisir l'effet du retrait d'une partie"))
        decision = Lazy(current, "authorisation", AuthorisingDecision)
        b.line(f.authorisationBodyEdit, decision, "body", self.tr("Modifier l'instance qui autorise"))
        b.date(f.authorisationDateField, decision, "date", self.tr("Modifier la date de la décision"))
        b.line(f.authorisationReferenceEdit, decision, "reference", self.tr("Modifier la référence de la décision"))
        b.plain(f.retroactivityEdit, current, "retroactivity", self.tr("Modifier le motif de l'effet rétroactif"))
        b.line(f.shortTitleEdit, current, "short_title", self.tr("Modifier le titre court"))

    def refresh(self) -> None:
        super().refresh()
        conv, f = self.current(), self.form
        self.setEnabled(conv is not None)
        if conv is None:
            return
        amendment = conv.kind == "amendment"
        associations = subsidised_associations(self.dossier, conv)
        # The subsidy question is asked whenever a public partner pays an association, never hidden then.
        f.initiativeGroup.setVisible(bool(associations))
        if associations:
            names = ", ".join(p.name for p in associations)
            f.initiativeGroup.setTitle(self.tr("Subvention à : {names}").format(names=names))
        if amendment:
            f.authorisationHint.setText(
                self.tr(
                    "Imprimée dans les visas : « Vu la délibération … qui autorise sa signature ». "
                    "Un avenant doit la citer."
                )
            )
        elif is_subsidy(self.dossier, conv):
            f.authorisationHint.setText(
                self.tr(
                    "Imprimée dans les visas : « Vu la délibération … qui accorde la subvention ». "
                    "Une subvention doit la citer."
                )
            )
        else:
            f.authorisationHint.setText(
                self.tr("Imprimée dans les visas quand elle est renseignée : « Vu la délibération … ».")
            )
        f.withdrawalGroup.setVisible(len(conv.parties) >= 3 and not amendment)
        f.retroactivityGroup.setVisible(amendment)
        f.decisionsMessage.setText(self._missing(conv, bool(associations)))
        f.decisionsMessage.setVisible(bool(f.decisionsMessage.text()))

    def _missing(self, conv: Convention, subsidised: bool) -> str:
        """The choices of this tab the check still asks for, in one line."""
        wanted = []
        if subsidised and conv.initiative is None:
            wanted.append(self.tr("l'initiative du projet"))
        needs_decision = conv.kind == "amendment" or is_subsidy(self.dossier, conv)
        auth = conv.authorisation
        if needs_decision and (auth is None or not (auth.body and auth.date and auth.reference)):
            wanted.append(self.tr("la décision qui autorise (instance, date, référence)"))
        if conv.kind != "amendment" and len(conv.parties) >= 3 and conv.withdrawal is None:
            wanted.append(self.tr("l'effet du retrait d'une partie"))
        if not wanted:
            return ""
        return self.tr("À compléter avant validation : {items}.").format(items=" ; ".join(wanted))
