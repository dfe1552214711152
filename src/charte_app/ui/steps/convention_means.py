"""Pooled means of a convention: financial lines with their schedules, staff, premises, equipment.

The totals per partner and overall, and whether a schedule adds up, are plain
functions of the domain objects (no Qt), so the documents and the tests agree
with what the page shows.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QTableView, QVBoxLayout, QWidget

from charte_app.domain import Contribution, Convention, Payment
from charte_app.domain.labels import CONTRIBUTION_KINDS

from ..clause_library import unique_id
from ..editor import DossierEditor
from ..generated.ui_conventions_finance import Ui_ConventionFinanceForm
from ..generated.ui_conventions_means import Ui_ConventionMeansForm
from ..widgets.amount import format_amount
from ..widgets.fit import compact_height, fit_messages, reserve_lines, reserve_messages
from ..widgets.list_table import Column, ListTableModel, parse_cell, select_item, setup_table
from .convention_sections import Current, PartiesSection, Section, party_choices

OTHER_KINDS = ("premises", "equipment", "other")
#: The payment-terms choice meaning "the schedule below" (``payment_terms`` stays None).
SCHEDULE = "schedule"
#: The financial table's columns shown in the detail row under it rather than in the table (issue 21:
#: six columns cut « Ligne budgétaire » and the partners' names at 1280×720).
BUDGET_LINE_COLUMN, RECIPIENT_COLUMN = 3, 5
#: Typed texts whose messages the message boxes reserve room for (every kind of refusal, a date typed long).
SAMPLE_INPUTS = ("quinze mille euros", "-5", "12,345", "2O26", "1850", "31/02/2027", "15 sept 2026")


def financial_totals(conv: Convention) -> tuple[dict[str, Decimal], Decimal]:
    """Sum of the financial contributions per partner (in the order they first appear) and overall."""
    per_partner: dict[str, Decimal] = {}
    for contrib in conv.contributions:
        if contrib.kind == "financial" and contrib.amount is not None:
            per_partner[contrib.partner] = per_partner.get(contrib.partner, Decimal(0)) + contrib.amount
    return per_partner, sum(per_partner.values(), Decimal(0))


def schedule_gap(contrib: Contribution) -> Decimal | None:
    """Amount minus the sum of the schedule, or None when there is no schedule to check."""
    if not contrib.schedule:
        return None
    scheduled = sum((p.amount or Decimal(0) for p in contrib.schedule), Decimal(0))
    return (contrib.amount or Decimal(0)) - scheduled


def schedule_message(contrib: Contribution) -> str:
    """The French warning when a schedule does not add up to its contribution ("" when it does)."""
    gap = schedule_gap(contrib)
    if not gap:
        return ""
    scheduled = (contrib.amount or Decimal(0)) - gap
    return (
        f"L'échéancier ne correspond pas au montant : les échéances totalisent {format_amount(scheduled)} "
        f"pour un montant de {format_amount(contrib.amount or Decimal(0))} "
        f"({'il manque' if gap > 0 else 'excédent de'} {format_amount(abs(gap))})."
    )


class FinanceSection(Section):
    """Financial contributions, the schedule of the selected one, and live totals."""

    def __init__(self, editor: DossierEditor, current: Current, parent: QWidget | None = None) -> None:
        super().__init__(editor, current, parent)
        self.form = Ui_ConventionFinanceForm()
        self.form.setupUi(self)
        f = self.form
        parties = Column(
            self.tr("Partenaire"),
            "partner",
            self.tr("Changer le partenaire d'une contribution"),
            "choice",
            lambda: party_choices(self.dossier, self.current()),
        )
        self.lines = ListTableModel(
            editor,
            [
                parties,
                Column(self.tr("Objet"), "description", self.tr("Modifier l'objet d'une contribution"), required=True),
                Column(self.tr("Année"), "year", self.tr("Modifier l'année d'une contribution"), "year"),
                Column(self.tr("Ligne budgétaire"), "budget_line", self.tr("Modifier la ligne budgétaire")),
                Column(
                    self.tr("Montant (€)"), "amount", self.tr("Modifier un montant"), "amount", placeholder="15 000,00"
                ),
                # Who receives the money (docs/format-extensions.md); empty: the document infers it.
                Column(
                    self.tr("Versée à"),
                    "recipient",
                    self.tr("Changer le bénéficiaire d'une contribution"),
                    "choice",
                    lambda: [("", self.tr("(déduit des parties)")), *party_choices(self.dossier, self.current())],
                ),
            ],
            lambda: conv.contributions if (conv := self.current()) else None,
            row_filter=lambda c: c.kind == "financial",
            row_problem=schedule_message,
            parent=self,
        )
        self.schedule = ListTableModel(
            editor,
            [
                Column(
                    self.tr("Échéance"),
                    "due",
                    self.tr("Modifier la date d'une échéance"),
                    "date",
                    placeholder="jj/mm/aaaa",
                ),
                Column(self.tr("Montant (€)"), "amount", self.tr("Modifier le montant d'une échéance"), "amount"),
                Column(self.tr("Condition"), "condition", self.tr("Modifier la condition d'une échéance")),
            ],
            lambda: line.schedule if (line := self.selected_line()) else None,
            parent=self,
        )
        setup_table(f.financialTable, self.lines, 1)
        setup_table(f.scheduleTable, self.schedule, 2)
        self._arrange()
        self._detail_row()
        self._line_error = ""
        self._schedule_error = ""
        self._schedule_chosen: Contribution | None = None
        self.lines.message.connect(self._on_line_message)
        self.schedule.message.connect(self._on_schedule_message)
        f.financialTable.selectionModel().currentRowChanged.connect(lambda *_: self._line_selected())
        f.addFinancialButton.clicked.connect(self.add_line)
        f.removeFinancialButton.clicked.connect(self.remove_line)
        f.addPaymentButton.clicked.connect(self.add_payment)
        f.removePaymentButton.clicked.connect(self.remove_payment)
        # The terms the parties chose for the selected line (docs/format-extensions.md), under the table
        # rather than in more columns: the table already fills the width of a 1366×768 screen.
        f.paymentTermsCombo.addItem(self.tr("échéancier ci-dessous"), SCHEDULE)
        f.paymentTermsCombo.addItem(self.tr("en une fois à la signature"), "on_signature")
        f.paymentTermsCombo.addItem(
            self.tr("avance à la signature et solde sur compte rendu financier"), "advance_and_balance"
        )
        f.paymentTermsCombo.addItem(self.tr("en une fois après le compte rendu financier"), "on_report")
        f.paymentTermsCombo.activated.connect(lambda _i: self._terms_chosen())
        b = self.binder
        b.spin(f.advanceSpin, self.selected_line, "advance_percent", self.tr("Modifier le pourcentage de l'avance"))
        b.check(
            f.everyYearCheck, self.selected_line, "every_year", self.tr("Modifier « chaque année de la convention »")
        )

    def _arrange(self) -> None:
        """The schedule and the totals side by side, every message in a box of fixed height (issue 21).

        At 1280×720 the totals were below the fold and a schedule error pushed « Ajouter une échéance »
        down under the pointer; the advance and « chaque année » go on their own row so that the
        section is never wider than the editor.
        """
        f = self.form
        terms = QHBoxLayout()
        for widget in (f.advanceLabel, f.advanceSpin, f.everyYearCheck):
            f.paymentLayout.removeWidget(widget)
            terms.addWidget(widget)
        terms.addStretch(1)
        layout = f.financeLayout
        layout.insertLayout(layout.indexOf(f.paymentTermsHint), terms)
        side = QHBoxLayout()
        column = QVBoxLayout()
        start = layout.indexOf(f.scheduleLabel)
        for widget in (f.scheduleLabel, f.scheduleTable):
            layout.removeWidget(widget)
            column.addWidget(widget)
        layout.removeItem(f.scheduleButtons)
        column.addLayout(f.scheduleButtons)
        side.addLayout(column, 3)
        layout.removeWidget(f.totalsLabel)
        f.totalsLabel.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        f.totalsLabel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        side.addWidget(f.totalsLabel, 2)
        layout.insertLayout(start, side, 2)
        # The schedule's message under the schedule and the totals: the whole width, fewer lines to reserve.
        layout.removeWidget(f.scheduleMessage)
        layout.insertWidget(layout.indexOf(side) + 1, f.scheduleMessage)
        layout.setStretchFactor(f.financialTable, 1)
        # The contribution message goes under its buttons, like the schedule's.
        layout.removeWidget(f.financialMessage)
        layout.insertWidget(layout.indexOf(f.financialButtons) + 1, f.financialMessage)
        for label in (f.paymentTermsHint, f.scheduleLabel):
            reserve_lines(label, 2)  # the schedule's title names the selected line: any length
        # Every message read whole (issue 21): each box is as high as the longest it may show at its width.
        reserve_messages(f.financialMessage, lambda: self._samples(self.lines))
        reserve_messages(
            f.scheduleMessage, lambda: [f"{m}\n{self._mismatch_sample()}" for m in self._samples(self.schedule)]
        )
        # The tables take the height left, not their preferred 190 px: the section fits 1280×720 unscrolled.
        for table in (f.financialTable, f.scheduleTable):
            compact_height(table)
        f.financialLabel.setWordWrap(True)
        f.paymentTermsCombo.setMinimumContentsLength(12)  # the chosen terms elide; the list shows them whole
        for table in (f.financialTable, f.scheduleTable):  # the header and two whole rows at least
            rows = max(26, table.fontMetrics().height() + 10) * 2
            table.setMinimumHeight(table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth())

    def _detail_row(self) -> None:
        """« Ligne budgétaire » and « Versée à » of the selected line, under the table (issue 21)."""
        f = self.form
        f.financialTable.setColumnHidden(BUDGET_LINE_COLUMN, True)
        f.financialTable.setColumnHidden(RECIPIENT_COLUMN, True)
        row = QHBoxLayout()
        self.budget_label = QLabel(self.tr("&Ligne budgétaire :"))
        self.budget_edit = QLineEdit()
        self.budget_edit.setObjectName("budgetLineEdit")
        self.budget_edit.setAccessibleName(self.tr("Ligne budgétaire"))
        self.budget_edit.setPlaceholderText("65-6574")
        self.budget_label.setBuddy(self.budget_edit)
        self.recipient_label = QLabel(self.tr("Versée à :"))
        self.recipient_combo = QComboBox()
        self.recipient_combo.setObjectName("recipientCombo")
        self.recipient_combo.setAccessibleName(self.tr("Versée à"))
        self.recipient_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.recipient_combo.setMinimumContentsLength(10)  # the chosen name elides; the list shows it whole
        self.recipient_label.setBuddy(self.recipient_combo)
        row.addWidget(self.budget_label)
        row.addWidget(self.budget_edit, 2)
        row.addWidget(self.recipient_label)
        row.addWidget(self.recipient_combo, 3)
        layout = f.financeLayout
        layout.insertLayout(layout.indexOf(f.financialMessage) + 1, row)
        self.binder.line(self.budget_edit, self.selected_line, "budget_line", self.tr("Modifier la ligne budgétaire"))
        self.recipient_combo.activated.connect(lambda _i: self._recipient_chosen())

    def _recipient_chosen(self) -> None:
        line = self.selected_line()
        if line is not None:
            value = self.recipient_combo.currentData() or None
            self.editor.set_field(line, "recipient", value, self.tr("Changer le bénéficiaire d'une contribution"))

    def _show_recipient(self, line: Contribution | None) -> None:
        combo = self.recipient_combo
        combo.clear()
        combo.addItem(self.tr("(déduit des parties)"), "")
        for pid, name in party_choices(self.dossier, self.current()):
            combo.addItem(name, pid)
            combo.setItemData(combo.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(combo.findData(line.recipient or ""), 0) if line else -1)
        for widget in (combo, self.recipient_label, self.budget_edit, self.budget_label):
            widget.setEnabled(line is not None)

    @staticmethod
    def _samples(model: ListTableModel) -> list[str]:
        """The messages a refused or doubtful cell of ``model`` brings (see ListTableModel.setData)."""
        found = []
        for column in model.columns:
            if column.kind not in ("amount", "date", "year"):
                continue
            for text in SAMPLE_INPUTS:
                try:
                    parse_cell(column, text)
                except ValueError as exc:
                    found.append(f"{column.header} : {exc}")
        return found

    def _mismatch_sample(self) -> str:
        sample = Contribution(kind="financial", amount=Decimal("150000.50"), schedule=[Payment(amount=Decimal("1"))])
        return schedule_message(sample)

    # --- selection -------------------------------------------------------------
    def selected_line(self) -> Contribution | None:
        index = self.form.financialTable.currentIndex()
        if not index.isValid() or index.row() >= self.lines.rowCount():
            return None
        return self.lines.item(index.row())

    def _line_selected(self) -> None:
        self._schedule_error = ""
        self.schedule.sync()
        self.binder.refresh()
        self._update_messages()

    def _terms_chosen(self) -> None:
        line = self.selected_line()
        code = self.form.paymentTermsCombo.currentData()
        if line is not None:
            value = None if code == SCHEDULE else code
            self._schedule_chosen = line if code == SCHEDULE else None  # keep showing the choice made
            self.editor.set_field(line, "payment_terms", value, self.tr("Choisir les modalités de versement"))
            self._update_messages()

    # --- refresh -----------------------------------------------------------------
    def refresh(self) -> None:
        super().refresh()
        conv = self.current()
        self.setEnabled(conv is not None)
        keep = self.selected_line()
        if self.lines.sync():
            select_item(self.form.financialTable, self.lines, keep)
        if keep is None and self.lines.rowCount():
            select_item(self.form.financialTable, self.lines, self.lines.item(0))
        self.schedule.sync()
        self._update_messages()

    def _on_line_message(self, text: str) -> None:
        self._line_error = text
        if not text:
            self._schedule_error = ""  # a successful edit of the line answers "give the amount first"
        self._update_messages()

    def _on_schedule_message(self, text: str) -> None:
        self._schedule_error = text
        self._update_messages()

    def _update_messages(self) -> None:
        f, line, conv = self.form, self.selected_line(), self.current()
        f.financialMessage.setText(self._line_error)
        fit_messages(f.financialMessage)
        f.financialMessage.setVisible(bool(self._line_error))
        mismatch = schedule_message(line) if line else ""
        text = "\n".join(t for t in (self._schedule_error, mismatch) if t)
        f.scheduleMessage.setText(text)
        fit_messages(f.scheduleMessage)
        f.scheduleMessage.setVisible(bool(text))
        self._show_terms(line)
        self._show_recipient(line)
        f.scheduleTable.setEnabled(line is not None)
        f.addPaymentButton.setEnabled(line is not None)
        f.removePaymentButton.setEnabled(line is not None)
        f.scheduleLabel.setText(
            self.tr("Éc&héancier de « {} »").format(line.description or self.tr("contribution sans objet"))
            if line
            else self.tr("Éc&héancier (choisissez une contribution)")
        )
        f.totalsLabel.setText(self.totals_html(conv) if conv else "")

    def _show_terms(self, line: Contribution | None) -> None:
        """The terms of the selected line: a schedule, when there is one, is what the document prints."""
        f = self.form
        combo = f.paymentTermsCombo
        scheduled = bool(line and line.schedule)
        if line is None:
            combo.setCurrentIndex(-1)
        elif scheduled or (line.payment_terms is None and line is self._schedule_chosen):
            combo.setCurrentIndex(combo.findData(SCHEDULE))
        else:
            combo.setCurrentIndex(combo.findData(line.payment_terms) if line.payment_terms else -1)
        combo.setEnabled(line is not None and not scheduled)
        advance = line is not None and not scheduled and line.payment_terms == "advance_and_balance"
        f.advanceSpin.setEnabled(advance)
        f.advanceLabel.setEnabled(advance)
        if line is None:
            hint = ""
        elif scheduled:
            hint = self.tr("Les échéances ci-dessous fixent le versement (supprimez-les pour choisir un autre mode).")
        elif line.payment_terms is None:
            hint = self.tr(
                "Choisissez comment cette contribution est versée, ou ajoutez ses échéances ci-dessous : "
                "aucune modalité n'est imprimée à votre place."
            )
        elif advance and line.advance_percent is None:
            hint = self.tr("Indiquez la part de l'avance versée à la signature (en %).")
        else:
            hint = ""
        f.paymentTermsHint.setText(hint)
        f.paymentTermsHint.setVisible(bool(hint))

    def totals_html(self, conv: Convention) -> str:
        per_partner, total = financial_totals(conv)
        if not per_partner:
            return self.tr("Aucune contribution financière chiffrée pour l'instant.")
        rows = "".join(
            f"<tr><td>{self._name(pid)}</td><td align='right'>{format_amount(amount)}</td></tr>"
            for pid, amount in per_partner.items()
        )
        # Titles outside the f-strings: the catalogue tools read tr("…") calls, not tr('…') inside an f-string
        # (the English window said « Totaux par partenaire »).
        heading, grand = self.tr("Totaux par partenaire"), self.tr("Total général")
        return (
            f"<b>{heading}</b><table cellspacing='0' cellpadding='2'>{rows}"
            f"<tr><td><b>{grand}</b></td><td align='right'><b>{format_amount(total)}</b></td></tr>"
            "</table>"
        )

    def _name(self, pid: str) -> str:
        partner = self.dossier.partner(pid)
        return partner.name if partner else pid

    # --- edits -------------------------------------------------------------------
    def add_line(self) -> None:
        conv = self.current()
        if conv is None:
            return
        if not conv.parties:
            self._on_line_message(self.tr("Ajoutez d'abord les parties à la convention (onglet « Parties »)."))
            return
        line = Contribution(
            id=unique_id("contribution", conv.contributions),
            partner=conv.parties[0],
            kind="financial",
            description="",
            year=conv.start.year if conv.start else None,
        )
        self.editor.append_item(conv.contributions, line, self.tr("Ajouter une contribution financière"))
        PartiesSection._edit_new(self.form.financialTable, self.lines, line, 1)

    def remove_line(self) -> None:
        conv, line = self.current(), self.selected_line()
        if conv is None or line is None:
            return
        self.editor.remove_item(
            conv.contributions, conv.contributions.index(line), self.tr("Supprimer une contribution financière")
        )

    def add_payment(self) -> None:
        line = self.selected_line()
        if line is None:
            return
        if line.amount is None:
            self._on_schedule_message(self.tr("Indiquez d'abord le montant de la contribution, puis ses échéances."))
            return
        # Prefill what remains to schedule, the usual case (advance, then balance); never an empty amount,
        # which the dossier would refuse.
        gap = schedule_gap(line) if line.schedule else line.amount
        payment = Payment(amount=gap if gap is not None and gap > 0 else Decimal("0.00"))
        self.editor.append_item(line.schedule, payment, self.tr("Ajouter une échéance"))
        PartiesSection._edit_new(self.form.scheduleTable, self.schedule, payment, 0)

    def remove_payment(self) -> None:
        line, index = self.selected_line(), self.form.scheduleTable.currentIndex()
        if line is None or not index.isValid():
            return
        self.editor.remove_item(line.schedule, index.row(), self.tr("Supprimer une échéance"))


class MeansSection(Section):
    """Staff (with FTE), premises, equipment and other means made available."""

    def __init__(self, editor: DossierEditor, current: Current, parent: QWidget | None = None) -> None:
        super().__init__(editor, current, parent)
        self.form = Ui_ConventionMeansForm()
        self.form.setupUi(self)
        f = self.form

        def partner_column() -> Column:
            return Column(
                self.tr("Partenaire"),
                "partner",
                self.tr("Changer le partenaire d'un moyen"),
                "choice",
                lambda: party_choices(self.dossier, self.current()),
            )

        def contributions() -> list[Contribution] | None:
            conv = self.current()
            return conv.contributions if conv else None

        self.staff = ListTableModel(
            editor,
            [
                partner_column(),
                Column(self.tr("Poste, qualification"), "description", self.tr("Modifier un moyen"), required=True),
                Column(self.tr("ETP"), "fte", self.tr("Modifier les ETP"), "fte", placeholder="0,5"),
            ],
            contributions,
            row_filter=lambda c: c.kind == "staff",
            parent=self,
        )
        kinds = [(k, CONTRIBUTION_KINDS[k]) for k in OTHER_KINDS]
        self.other = ListTableModel(
            editor,
            [
                partner_column(),
                Column(self.tr("Nature"), "kind", self.tr("Changer la nature d'un moyen"), "choice", lambda: kinds),
                Column(self.tr("Description"), "description", self.tr("Modifier un moyen"), required=True),
            ],
            contributions,
            row_filter=lambda c: c.kind in OTHER_KINDS,
            parent=self,
        )
        setup_table(f.staffTable, self.staff, 1)
        setup_table(f.otherTable, self.other, 2)
        self.staff.message.connect(f.staffMessage.setText)
        self.other.message.connect(f.otherMessage.setText)
        f.addStaffButton.clicked.connect(lambda: self.add("staff", f.staffTable, self.staff))
        f.addPremisesButton.clicked.connect(lambda: self.add("premises", f.otherTable, self.other))
        f.addEquipmentButton.clicked.connect(lambda: self.add("equipment", f.otherTable, self.other))
        f.removeStaffButton.clicked.connect(lambda: self.remove(f.staffTable, self.staff))
        f.removeOtherButton.clicked.connect(lambda: self.remove(f.otherTable, self.other))
        # The line selected last, in either table, is the one the detail below the tables edits: who hosts
        # the staff or benefits from the premises, on which conditions, for what value.
        self._mean: Contribution | None = None
        for view, model in ((f.staffTable, self.staff), (f.otherTable, self.other)):
            # Any cell made current, or clicked again after using the other table, shows its line.
            view.selectionModel().currentChanged.connect(
                lambda index, _previous, model=model: self._mean_selected(model, index.row())
            )
            view.pressed.connect(lambda index, model=model: self._mean_selected(model, index.row()))
        f.recipientCombo.activated.connect(lambda _i: self._recipient_chosen())
        b = self.binder
        b.plain(f.conditionsEdit, self.selected_mean, "conditions", self.tr("Modifier les conditions d'un moyen"))
        b.amount(f.valueField, self.selected_mean, "value", self.tr("Modifier la valorisation d'un moyen"))

    def selected_mean(self) -> Contribution | None:
        """The staff, premises or equipment line the detail edits (None when gone or none chosen)."""
        conv, mean = self.current(), self._mean
        if conv is None or mean is None or not any(c is mean for c in conv.contributions):
            return None
        return mean if mean.kind != "financial" else None

    def _mean_selected(self, model: ListTableModel, row: int) -> None:
        if 0 <= row < model.rowCount():
            self._mean = model.item(row)
        self.binder.refresh()
        self._show_detail()

    def _recipient_chosen(self) -> None:
        mean = self.selected_mean()
        if mean is not None:
            value = self.form.recipientCombo.currentData() or None
            text = self.tr("Choisir l'hôte ou le bénéficiaire d'un moyen")
            self.editor.set_field(mean, "recipient", value, text)

    def _show_detail(self) -> None:
        f, mean = self.form, self.selected_mean()
        f.meanDetailGroup.setEnabled(mean is not None)
        combo = f.recipientCombo
        combo.clear()
        if mean is None:
            f.meanDetailGroup.setTitle(self.tr("Moyen sélectionné (choisissez une ligne dans un tableau)"))
            return
        staff = mean.kind == "staff"
        name = mean.description.strip() or self.tr("sans description")
        f.meanDetailGroup.setTitle(self.tr("Moyen sélectionné : « {name} »").format(name=name))
        f.recipientLabel.setText(self.tr("Acc&ueilli par :") if staff else self.tr("Au &bénéfice de :"))
        combo.addItem(self.tr("(non précisé)"), "")
        for pid, label in party_choices(self.dossier, self.current()):
            if pid != mean.partner:
                combo.addItem(label, pid)
        if mean.recipient and combo.findData(mean.recipient) < 0:
            combo.addItem(mean.recipient, mean.recipient)  # a reference the dossier no longer resolves
        combo.setCurrentIndex(combo.findData(mean.recipient) if mean.recipient else -1)

    def refresh(self) -> None:
        super().refresh()
        self.setEnabled(self.current() is not None)
        for view, model in ((self.form.staffTable, self.staff), (self.form.otherTable, self.other)):
            index = view.currentIndex()
            keep = model.item(index.row()) if index.isValid() and index.row() < model.rowCount() else None
            if model.sync():
                select_item(view, model, keep)
        if self.selected_mean() is None:
            # Another convention, or the line was removed: show the first line of a table, if any.
            tables = ((self.form.staffTable, self.staff), (self.form.otherTable, self.other))
            first = next(((view, model) for view, model in tables if model.rowCount()), None)
            self._mean = first[1].item(0) if first else None
            if first:
                select_item(first[0], first[1], self._mean)
            self.binder.refresh()
        self._show_detail()

    def add(self, kind: str, view: QTableView, model: ListTableModel) -> None:
        conv = self.current()
        if conv is None:
            return
        message = self.form.staffMessage if kind == "staff" else self.form.otherMessage
        if not conv.parties:
            message.setText(self.tr("Ajoutez d'abord les parties à la convention (onglet « Parties »)."))
            return
        item = Contribution(id=unique_id("moyen", conv.contributions), partner=conv.parties[0], description="")
        item.kind = kind  # type: ignore[assignment]  # one of OTHER_KINDS or "staff", from our own buttons
        self.editor.append_item(conv.contributions, item, self.tr("Ajouter : {}").format(CONTRIBUTION_KINDS[kind]))
        PartiesSection._edit_new(view, model, item, 1 if kind == "staff" else 2)

    def remove(self, view: QTableView, model: ListTableModel) -> None:
        conv, index = self.current(), view.currentIndex()
        if conv is None or not index.isValid():
            return
        item = model.item(index.row())
        self.editor.remove_item(conv.contributions, conv.contributions.index(item), self.tr("Supprimer un moyen"))
