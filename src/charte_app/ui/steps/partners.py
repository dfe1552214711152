"""Step 1 – Partenaires: the actor map (who, what they do, what they gain, who signs)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QScrollArea, QTabWidget, QWidget

from charte_app.domain import BankDetails, Partner, Person, Representative
from charte_app.domain.labels import guess_partner_kind

from .. import dialogs, labels_i18n
from ..checks import email_message, siret_message
from ..editor import DossierEditor
from ..generated.ui_step_partners import Ui_PartnersStep
from ..ids import unique_id
from ..references import partner_uses
from ..widgets.checked_field import reserve_line, set_message_samples
from ..widgets.fit import fit_columns, fit_table_columns
from .base import StepContext
from .common import FormStep, filled, show_message

AnyIndex = QModelIndex | QPersistentModelIndex


#: Columns of the partner table left to the form under it: address, authority, contact, fields, interest.
OVERVIEW_HIDDEN = (2, 5, 6, 7, 8)


class PartnerTableModel(QAbstractTableModel):
    """The actor map, read-only: one row per partner (edited in the form below the table)."""

    def __init__(self, editor: DossierEditor) -> None:
        super().__init__()
        self.editor = editor
        self._rows: list[int] = []

    def headers(self) -> list[str]:
        return [
            self.tr("Nom"),
            self.tr("Type"),
            self.tr("Adresse"),
            self.tr("SIRET"),
            self.tr("Représentant"),
            self.tr("Habilitation"),
            self.tr("Contact"),
            self.tr("Champs d'action"),
            self.tr("Intérêt à participer"),
        ]

    def partners(self) -> list[Partner]:
        return self.editor.dossier.partners

    def sync(self) -> None:
        ids = [id(p) for p in self.partners()]
        if ids != self._rows:
            self.beginResetModel()
            self._rows = ids
            self.endResetModel()

    def row_changed(self, partner: object) -> None:
        for row, p in enumerate(self.partners()):
            if p is partner:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 9

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.partners()):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        p = self.partners()[index.row()]
        column = index.column()
        if column == 4:
            rep = " ".join(x for x in (p.representative.civility, p.representative.name) if x)
            if p.representative.function:
                rep = f"{rep}, {p.representative.function}" if rep else p.representative.function
            value: str | None = rep
        elif column == 6:
            value = " – ".join(x for x in (p.contact.name, p.contact.email, p.contact.phone) if x)
        elif column == 1:
            value = labels_i18n.partner_kind(p.kind)
        elif column == 7:
            value = ", ".join(p.fields_of_action)
        else:
            value = (p.name, None, p.address, p.siret, None, p.authority, None, None, p.interest)[column]
        text = value or ""
        return text if role == Qt.ItemDataRole.ToolTipRole else text.replace("\n", " ")


class _WholeDetail(QObject):
    """Keeps the detail's scroll area at least as tall as the form it holds (on its layout's every change)."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self.area = area

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.FontChange, QEvent.Type.Show):
            inner = self.area.widget()
            layout = inner.layout() if inner is not None else None
            if layout is not None:
                height = layout.minimumSize().height() + 2 * self.area.frameWidth()
                if self.area.minimumHeight() != height:
                    self.area.setMinimumHeight(height)
        return False


class PartnersStep(FormStep):
    step_title = str(QT_TRANSLATE_NOOP("PartnersStep", "Partenaires"))
    step_id = "partners"
    problem_paths = ("dossier.partners", "dossier.actors", "dossier.links")  # the map: actors and links

    def __init__(self, ctx: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.form = Ui_PartnersStep()
        self.form.setupUi(self)
        f = self.form
        self.table_model = PartnerTableModel(ctx.editor)
        f.partnerTable.setModel(self.table_model)
        fit_columns(f.partnerTable)
        # The table is the overview (name, type, SIRET, representative); the form under it shows every
        # field of the selected partner. Five more columns made the names elide in the middle and the
        # table scroll sideways at 1366×768 (issue 21).
        for column in OVERVIEW_HIDDEN:
            f.partnerTable.setColumnHidden(column, True)
        fit_table_columns(f.partnerTable, 0)
        self._size_columns()
        # The room of the longest message each checked field can show, so it is read whole (issue 21).
        reserve_line(f.siretMessage, one_line=True)
        set_message_samples(
            f.siretMessage, [siret_message(t) for t in ("4430618410003A", "4430618410003", "44306184100038")]
        )
        reserve_line(f.emailMessage, one_line=True)
        set_message_samples(f.emailMessage, [email_message("x")])
        # The form under the table is shown whole: when the step is too short (meeting mode at 1366×768)
        # the step scrolls as one page rather than the form inside its own small area (issue 21).
        inner = f.detailScroll.widget()
        inner.installEventFilter(_WholeDetail(f.detailScroll))
        f.partnersSplitter.setStretchFactor(0, 2)
        f.partnersSplitter.setStretchFactor(1, 3)
        self._add_map_tabs()
        for code, label in labels_i18n.partner_kinds():
            f.kindCombo.addItem(label, code)
        f.civilityCombo.addItem("", None)
        f.civilityCombo.addItem("M.", "M.")
        f.civilityCombo.addItem("Mme", "Mme")

        cur = self.current

        def rep() -> Representative | None:
            partner = cur()
            return partner.representative if partner else None

        def contact() -> Person | None:
            partner = cur()
            return partner.contact if partner else None

        b = self.binder
        b.line(f.nameEdit, cur, "name", self.tr("Modifier le nom du partenaire"), required=True)
        b.line(f.shortNameEdit, cur, "short_name", self.tr("Modifier le nom court du partenaire"))
        b.combo(f.kindCombo, cur, "kind", self.tr("Modifier le type du partenaire"))
        b.line(f.addressEdit, cur, "address", self.tr("Modifier l'adresse du partenaire"))
        b.line(f.siretEdit, cur, "siret", self.tr("Modifier le SIRET"))
        b.line(f.authorityEdit, cur, "authority", self.tr("Modifier l'habilitation du représentant"))
        b.combo(f.civilityCombo, rep, "civility", self.tr("Modifier la civilité du représentant"))
        b.line(f.representativeEdit, rep, "name", self.tr("Modifier le représentant"))
        b.line(f.functionEdit, rep, "function", self.tr("Modifier la fonction du représentant"))
        b.line(f.delegationEdit, rep, "delegation", self.tr("Modifier la délégation de signature"))
        # Extension: the legal person that signs for a body without legal personality (a CMP's hospital).
        b.line(f.legalPersonEdit, cur, "legal_person", self.tr("Modifier la personne morale qui signe"))
        # Bank details are optional (docs/format-extensions.md): created on the first keystroke.
        self._bank_fields = [
            (f.ibanEdit, "iban", self.tr("Modifier l'IBAN du partenaire")),
            (f.bicEdit, "bic", self.tr("Modifier le BIC du partenaire")),
        ]
        for widget, attr, text in self._bank_fields:
            widget.textEdited.connect(lambda value, attr=attr, text=text: self._bank_edited(attr, value, text))
        b.line(f.contactEdit, contact, "name", self.tr("Modifier l'interlocuteur"))
        b.line(f.emailEdit, contact, "email", self.tr("Modifier le courriel de l'interlocuteur"))
        b.line(f.phoneEdit, contact, "phone", self.tr("Modifier le téléphone de l'interlocuteur"))
        b.lines(f.fieldsEdit, cur, "fields_of_action", self.tr("Modifier les champs d'action"))
        b.plain(f.interestEdit, cur, "interest", self.tr("Modifier l'intérêt à participer"))
        f.siretEdit.textChanged.connect(self._check_fields)
        f.emailEdit.textChanged.connect(self._check_fields)

        f.addButton.clicked.connect(self.add_partner)
        f.newNameEdit.returnPressed.connect(self.add_partner)
        f.upButton.clicked.connect(lambda: self.move_partner(-1))
        f.downButton.clicked.connect(lambda: self.move_partner(+1))
        f.removeButton.clicked.connect(self.remove_partner)
        f.partnerTable.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.table_model.modelReset.connect(self._reconnect_selection)
        for keys, slot in (
            ("Alt+Up", lambda: self.move_partner(-1)),
            ("Alt+Down", lambda: self.move_partner(+1)),
            (QKeySequence.StandardKey.Delete, self.remove_partner),
        ):
            shortcut = QShortcut(QKeySequence(keys), f.partnerTable)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        # The detail's scroll area is no Tab stop of its own: Tab goes from the last field out of the page
        # (the fields it holds scroll into view when they take the focus).
        f.detailScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._tabs_first()
        self.refresh()

    def _tabs_first(self) -> None:
        """The view tabs sit above the table: their bar and its corner buttons come first when tabbing,
        then the step's controls in the order they had (created last, they would otherwise come after the form)."""
        bar = self.viewTabs.tabBar()
        chain: list[QWidget] = []
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self:  # the chain is a ring through the page
            takes_tab = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            if takes_tab and self.isAncestorOf(widget) and widget is not bar and not widget.isAncestorOf(bar):
                chain.append(widget)
            widget = widget.nextInFocusChain()
        # The buttons in the tabs' corner come right after the bar, on the same line (reading order).
        added = [self.addActorButton, self.addLinkButton]
        chain = added + [w for w in chain if w not in added]
        previous: QWidget = bar
        for widget in chain:
            QWidget.setTabOrder(previous, widget)
            previous = widget

    def _add_map_tabs(self) -> None:
        """The table, the actor map and the fields of action grid side by side in tabs (issue 23)."""
        from ..actor_map_view import ActorMapView, FieldsGridView

        f = self.form
        layout = f.partnersLayout
        index = layout.indexOf(f.partnersSplitter)
        stretch = layout.stretch(index)
        layout.removeWidget(f.partnersSplitter)
        self.viewTabs = QTabWidget(self)
        self.viewTabs.addTab(f.partnersSplitter, self.tr("Tableau"))
        self.mapView = ActorMapView(self.ctx.editor, self.viewTabs)
        self.viewTabs.addTab(self.mapView, self.tr("Carte des acteurs"))
        self.fieldsGrid = FieldsGridView(self.ctx.editor, self.viewTabs)
        self.viewTabs.addTab(self.fieldsGrid, self.tr("Champs d'action"))
        self.fieldsGrid.setAccessibleName(self.tr("Champs d'action"))  # read by screen readers, like its tab
        layout.insertWidget(index, self.viewTabs, stretch)
        # From the table too, the map's own dialogs: one operation wherever it starts.
        # In the tabs' corner, seen from every tab: the partners' own row under the table is full at 1366×768.
        corner = QWidget(self.viewTabs)
        row = QHBoxLayout(corner)
        row.setContentsMargins(0, 0, 0, 2)
        self.addActorButton = QPushButton(self.tr("Ajouter un acteur…"), corner)
        self.addActorButton.clicked.connect(self.mapView.ask_actor)
        self.addLinkButton = QPushButton(self.tr("Ajouter un lien…"), corner)
        self.addLinkButton.clicked.connect(self.mapView.ask_link)
        row.addWidget(self.addActorButton)
        row.addWidget(self.addLinkButton)
        self.viewTabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)

    def _size_columns(self) -> None:
        """Rows as tall as the text (follows "mode réunion"); the widths follow the table (fit_table_columns)."""
        table = self.form.partnerTable
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        # At least six partner rows in view, in meeting mode too (three showed at 1366×768, issue 21):
        # the form under the table scrolls instead.
        rows = 6 * table.verticalHeader().defaultSectionSize()
        table.setMinimumHeight(rows + table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._size_columns()
        super().changeEvent(event)

    # --- model ↔ view ----------------------------------------------------------
    def current(self) -> Partner | None:
        row = self.form.partnerTable.currentIndex().row()
        partners = self.ctx.editor.dossier.partners
        return partners[row] if 0 <= row < len(partners) else None

    def select_record(self, obj: object) -> bool:
        if isinstance(obj, Partner) and any(p is obj for p in self.ctx.editor.dossier.partners):
            self.select(obj)
            return True
        return False

    def select(self, partner: Partner) -> None:
        for row, p in enumerate(self.ctx.editor.dossier.partners):
            if p is partner:
                self.form.partnerTable.setCurrentIndex(self.table_model.index(row, 0))
                self.form.partnerTable.selectRow(row)

    def refresh(self) -> None:
        current = self.current()
        self.table_model.sync()
        partners = self.ctx.editor.dossier.partners
        if current is not None and current in partners:
            self.select(current)
        elif partners and self.current() is None:
            self.select(partners[0])
        self._show_current()

    def _reconnect_selection(self) -> None:
        # A model reset keeps the selection model; nothing to reconnect, but the detail must follow.
        self._show_current()

    def _bank_edited(self, attr: str, value: str, text: str) -> None:
        partner = self.current()
        if partner is None:
            return
        cleaned = value.strip() or None
        if partner.bank_details is None:
            if cleaned is not None:
                bank = BankDetails()
                setattr(bank, attr, cleaned)
                self.ctx.editor.set_field(partner, "bank_details", bank, text)
        else:
            self.ctx.editor.set_field(partner.bank_details, attr, cleaned, text)

    def _show_bank(self) -> None:
        """Bank fields follow the model without clobbering what is being typed."""
        partner = self.current()
        bank = partner.bank_details if partner else None
        for widget, attr, _text in self._bank_fields:
            value = getattr(bank, attr) if bank is not None else None
            if (widget.text().strip() or None) != value:
                widget.setText(value or "")

    def _show_current(self) -> None:
        self.binder.refresh()
        self._show_bank()
        has = self.current() is not None
        self.form.detailContents.setEnabled(has)
        row = self.form.partnerTable.currentIndex().row()
        self.form.upButton.setEnabled(has and row > 0)
        self.form.downButton.setEnabled(has and row < len(self.ctx.editor.dossier.partners) - 1)
        self.form.removeButton.setEnabled(has)
        self._check_fields()

    def _check_fields(self) -> None:
        f = self.form
        show_message(f.siretMessage, f.siretEdit, siret_message(f.siretEdit.text()))
        show_message(f.emailMessage, f.emailEdit, email_message(f.emailEdit.text()))
        # Each field and its message exactly as high as the room reserved for the message now: a
        # reservation made while the detail was hidden left the SIRET row 14 px taller, and the first
        # message then moved every field below it (issue 21, point 3).
        for holder in (f.siretField, f.emailField):
            holder.setFixedHeight(holder.layout().sizeHint().height())

    def _on_changed(self, target: object, attr: object) -> None:
        if attr is not None and target is not self.ctx.editor.dossier:
            # A field edit (often a keystroke): repaint one row, re-read the detail.
            partner = next(
                (
                    p
                    for p in self.ctx.editor.dossier.partners
                    if target in (p, p.representative, p.contact)
                    or (p.bank_details is not None and target is p.bank_details)
                ),
                None,
            )
            if partner is not None:
                self.table_model.row_changed(partner)
            self.binder.refresh()
            self._show_bank()
            self._check_fields()
        else:
            self.refresh()
        self.completeness_changed.emit()

    # --- actions ---------------------------------------------------------------
    def add_partner(self) -> None:
        name = self.form.newNameEdit.text().strip()
        if not name:
            self.form.newNameEdit.setFocus()
            return
        partners = self.ctx.editor.dossier.partners
        partner = Partner(
            id=unique_id(name, (p.id for p in partners), "partenaire"),
            name=name,
            kind=guess_partner_kind(name),  # type: ignore[arg-type]  # "Ville de …": a local authority
        )
        self.ctx.editor.append_item(partners, partner, self.tr("Ajouter le partenaire « {name} »").format(name=name))
        self.form.newNameEdit.clear()
        self.refresh()
        self.select(partner)

    def move_partner(self, delta: int) -> None:
        partner = self.current()
        if partner is None:
            return
        partners = self.ctx.editor.dossier.partners
        row = partners.index(partner)
        if not 0 <= row + delta < len(partners):
            return
        self.ctx.editor.move_item(partners, row, row + delta, self.tr("Déplacer un partenaire"))
        self.refresh()
        self.select(partner)

    def remove_partner(self) -> None:
        partner = self.current()
        if partner is None:
            return
        uses = partner_uses(self.ctx.editor.dossier, partner.id)
        if uses:
            dialogs.show_error(
                self,
                self.tr("Partenaire encore cité"),
                self.tr(
                    "« {name} » ne peut pas être supprimé : il est encore cité ici :\n{uses}\n\n"
                    "Retirez-le d'abord de ces endroits, puis supprimez-le."
                ).format(name=partner.name, uses="\n".join(f"• {u}" for u in uses)),
            )
            return
        if not dialogs.confirm(
            self,
            self.tr("Supprimer un partenaire"),
            self.tr("Supprimer « {name} » de la carte des acteurs ? (Édition › Annuler le rétablit.)").format(
                name=partner.name
            ),
            self.tr("Supprimer"),
        ):
            return
        partners = self.ctx.editor.dossier.partners
        self.ctx.editor.remove_item(
            partners, partners.index(partner), self.tr("Supprimer le partenaire « {name} »").format(name=partner.name)
        )
        self.refresh()

    # --- completeness ------------------------------------------------------------
    def missing(self) -> list[str]:
        partners = self.ctx.editor.dossier.partners
        found = []
        if len(partners) < 2:
            found.append(self.tr("au moins deux partenaires"))
        for p in partners:
            if not filled(p.name):
                found.append(self.tr("le nom de chaque partenaire"))
            elif not filled(p.representative.name):
                found.append(self.tr("« {name} » : le représentant qui signe").format(name=p.name))
        return found

    def is_complete(self) -> bool:
        partners = self.ctx.editor.dossier.partners
        return (
            len(partners) >= 2
            and all(filled(p.name) and filled(p.representative.name) for p in partners)
            and not self.has_errors()
        )
