"""Step 13 — Suivi et bilan: the follow-up after signing, typed like a spreadsheet.

Per objective, a table indicator × period where values are typed the French way (« 80,4 »), each
cell coloured and described by its status against the period's target (``domain.followup``); the
chart of the selected indicator, the very drawing the report prints (``documents.charts``, SVG
through QtSvg); the steering committee's review of a period (date, body, status and comment per
commitment, summary, adjustments); the report's preview and export (``documents.report``) and
« Préparer la prochaine version » (``domain.next_version``). Every edit goes through the editor
(undo, autosave) into the working draft: a stored version is never touched.
"""

from __future__ import annotations

import importlib
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from charte_app.domain import followup, next_version, periods
from charte_app.domain.model import CommitmentReview, Indicator, Measure, Review, Target

from .. import dialogs
from ..widgets.bindings import FieldBinder
from ..widgets.date_field import DateField
from ..widgets.fit import fit_table_columns
from .base import NothingToFillPage, StepContext

_CTX = "FollowUpPage"
#: What a cell says of its status (screen wording; the report says « conforme » for « dans la cible »).
STATUS_TEXTS: dict[str, str] = {
    "on_track": str(QT_TRANSLATE_NOOP("FollowUpPage", "dans la cible")),
    "behind": str(QT_TRANSLATE_NOOP("FollowUpPage", "en retard")),
    "not_measured": str(QT_TRANSLATE_NOOP("FollowUpPage", "non mesuré")),
    "no_target": str(QT_TRANSLATE_NOOP("FollowUpPage", "sans cible")),
    "qualitative": str(QT_TRANSLATE_NOOP("FollowUpPage", "constat qualitatif")),
}
COMMITMENT_TEXTS: dict[str, str] = {
    "": str(QT_TRANSLATE_NOOP("FollowUpPage", "non examiné")),
    "done": str(QT_TRANSLATE_NOOP("FollowUpPage", "réalisé")),
    "in_progress": str(QT_TRANSLATE_NOOP("FollowUpPage", "en cours")),
    "late": str(QT_TRANSLATE_NOOP("FollowUpPage", "en retard")),
    "not_started": str(QT_TRANSLATE_NOOP("FollowUpPage", "non commencé")),
    "dropped": str(QT_TRANSLATE_NOOP("FollowUpPage", "abandonné")),
}
#: Cell colours: light enough for black text, told apart by their words too (tooltip, line below).
COLOURS = {"on_track": "#d6efd6", "behind": "#f9d9c0", "qualitative": "#dde8f6", "invalid": "#f6c6c6"}
_STATUS_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def choose_report_file(parent: QWidget | None, suggested: str) -> tuple[Path, str] | None:
    """The file the report is exported to and its format (pdf, docx, xlsx); None when cancelled."""
    filters = {
        "pdf": QCoreApplication.translate("FollowUpPage", "Document PDF (*.pdf)"),
        "docx": QCoreApplication.translate("FollowUpPage", "Document Word (*.docx)"),
        "xlsx": QCoreApplication.translate("FollowUpPage", "Classeur Excel (*.xlsx)"),
    }
    name, chosen = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("FollowUpPage", "Exporter le bilan"), suggested, ";;".join(filters.values())
    )
    if not name:
        return None
    fmt = next((key for key, text in filters.items() if text == chosen), Path(name).suffix.lstrip(".").lower())
    if fmt not in filters:
        fmt = "pdf"
    path = Path(name)
    return (path if path.suffix.lower() == f".{fmt}" else path.with_suffix(f".{fmt}")), fmt


class _StatusDelegate(QStyledItemDelegate):
    """A combo of the commitment statuses in the review's « État » column."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        for key, text in COMMITMENT_TEXTS.items():
            combo.addItem(tr(text), key)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.UserRole) or ""), 0))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.UserRole)


class FollowUpPage(NothingToFillPage):
    step_id = "follow_up"
    step_title = str(QT_TRANSLATE_NOOP("FollowUpPage", "Suivi et bilan"))
    problem_paths = ("dossier.charter.reviews", "dossier.charter.follow_up_tolerance")

    def __init__(self, ctx: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._extra_periods: list[str] = []  # columns added and not yet measured (kept for the session)
        self._filling = False
        self._chart_key: tuple[Any, ...] | None = None
        self.binder = FieldBinder(ctx.editor)
        outer = QVBoxLayout(self)
        columns = QHBoxLayout()
        outer.addLayout(columns, 1)

        # --- left: indicators × periods, the chart --------------------------------------------
        left = QVBoxLayout()
        columns.addLayout(left, 3)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Objectif :")))
        self.objectiveCombo = QComboBox()
        self.objectiveCombo.setObjectName("objectiveCombo")
        self.objectiveCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.objectiveCombo.setMinimumContentsLength(12)
        top.addWidget(self.objectiveCombo, 1)
        tolerance_label = QLabel(self.tr("&Tolérance :"))
        top.addWidget(tolerance_label)
        self.toleranceSpin = QSpinBox()
        self.toleranceSpin.setObjectName("toleranceSpin")
        self.toleranceSpin.setRange(0, 100)
        self.toleranceSpin.setSuffix("\u00a0%")
        self.toleranceSpin.setToolTip(self.tr("Une valeur à moins de ce pourcentage de sa cible est dans la cible."))
        tolerance_label.setBuddy(self.toleranceSpin)
        top.addWidget(self.toleranceSpin)
        left.addLayout(top)
        add = QHBoxLayout()
        self.newPeriodEdit = QLineEdit()
        self.newPeriodEdit.setObjectName("newPeriodEdit")
        self.newPeriodEdit.setPlaceholderText(self.tr("Nouvelle période : 2027, 2027-S1, 2027-T1…"))
        add.addWidget(self.newPeriodEdit, 1)
        self.addPeriodButton = QPushButton(self.tr("Ajouter la &période"))
        self.addPeriodButton.setObjectName("addPeriodButton")
        add.addWidget(self.addPeriodButton)
        left.addLayout(add)
        self.periodMessage = QLabel()
        self.periodMessage.setObjectName("periodMessage")
        self.periodMessage.setWordWrap(True)
        self.periodMessage.setStyleSheet("color: #a40000")
        self.periodMessage.hide()
        left.addWidget(self.periodMessage)
        self.measuresTable = QTableWidget()
        self.measuresTable.setObjectName("measuresTable")
        self.measuresTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.measuresTable.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.measuresTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.measuresTable.verticalHeader().setMaximumWidth(260)
        self.measuresTable.setMinimumHeight(120)
        left.addWidget(self.measuresTable, 2)
        self.cellStatusLabel = QLabel()
        self.cellStatusLabel.setObjectName("cellStatusLabel")
        self.cellStatusLabel.setWordWrap(True)
        left.addWidget(self.cellStatusLabel)
        from PySide6.QtSvgWidgets import QSvgWidget  # the chart: the drawing the report prints

        self.chartView = QSvgWidget()
        self.chartView.setObjectName("chartView")
        self.chartView.setFixedSize(440, 120)  # the drawing's own size in points
        self.chartSvg = ""
        left.addWidget(self.chartView, 0, Qt.AlignmentFlag.AlignHCenter)

        # --- right: the review of a period ---------------------------------------------------
        box = QGroupBox(self.tr("Bilan du comité"))
        box.setObjectName("reviewBox")
        columns.addWidget(box, 2)
        right = QVBoxLayout(box)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Période :")))
        self.reviewPeriodCombo = QComboBox()
        self.reviewPeriodCombo.setObjectName("reviewPeriodCombo")
        self.reviewPeriodCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.reviewPeriodCombo.setMinimumContentsLength(10)
        row.addWidget(self.reviewPeriodCombo, 1)
        self.createReviewButton = QPushButton(self.tr("&Créer le bilan"))
        self.createReviewButton.setObjectName("createReviewButton")
        row.addWidget(self.createReviewButton)
        right.addLayout(row)
        form = QFormLayout()
        self.reviewDate = DateField()
        self.reviewDate.setObjectName("reviewDate")
        form.addRow(self.tr("Date :"), self.reviewDate)
        self.bodyCombo = QComboBox()
        self.bodyCombo.setObjectName("bodyCombo")
        self.bodyCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.bodyCombo.setMinimumContentsLength(12)
        form.addRow(self.tr("Instance :"), self.bodyCombo)
        right.addLayout(form)
        self.commitmentsTable = QTableWidget(0, 3)
        self.commitmentsTable.setObjectName("commitmentsTable")
        self.commitmentsTable.setHorizontalHeaderLabels(
            [self.tr("Engagement"), self.tr("État"), self.tr("Commentaire")]
        )
        # Every title whole, the commitment taking the room (as the other steps' tables).
        fit_table_columns(self.commitmentsTable, 0)
        self.commitmentsTable.setItemDelegateForColumn(1, _StatusDelegate(self.commitmentsTable))
        self.commitmentsTable.setMinimumHeight(90)
        self.commitmentsTable.verticalHeader().hide()
        self.commitmentsTable.setWordWrap(False)
        right.addWidget(self.commitmentsTable, 2)
        right.addWidget(QLabel(self.tr("Synthèse du comité :")))
        self.summaryEdit = QPlainTextEdit()
        self.summaryEdit.setObjectName("summaryEdit")
        self.summaryEdit.setMinimumHeight(44)
        right.addWidget(self.summaryEdit, 1)
        right.addWidget(QLabel(self.tr("Ajustements proposés (un par ligne) :")))
        self.adjustmentsEdit = QPlainTextEdit()
        self.adjustmentsEdit.setObjectName("adjustmentsEdit")
        self.adjustmentsEdit.setMinimumHeight(44)
        right.addWidget(self.adjustmentsEdit, 1)

        # --- the report and the next version ----------------------------------------------------
        actions = QHBoxLayout()
        self.previewReportButton = QPushButton(self.tr("&Aperçu du bilan"))
        self.previewReportButton.setObjectName("previewReportButton")
        self.exportReportButton = QPushButton(self.tr("E&xporter le bilan…"))
        self.exportReportButton.setObjectName("exportReportButton")
        self.prepareNextButton = QPushButton(self.tr("Préparer la prochaine &version…"))
        self.prepareNextButton.setObjectName("prepareNextButton")
        actions.addStretch(1)
        for button in (self.previewReportButton, self.exportReportButton, self.prepareNextButton):
            actions.addWidget(button)
        outer.addLayout(actions)

        review = lambda: self.current_review()  # noqa: E731 - the review shown changes
        # Not bound like other dates: a review's date is required by the format, so only a date is
        # stored (text that is not one stays on screen with the field's message, the date stays).
        self.reviewDate.valueEdited.connect(self._date_edited)
        self.binder.plain(self.summaryEdit, review, "summary", self.tr("Modifier la synthèse du bilan"))
        self.binder.lines(self.adjustmentsEdit, review, "adjustments", self.tr("Modifier les ajustements"))
        self.objectiveCombo.currentIndexChanged.connect(lambda _i: self._fill_measures())
        self.toleranceSpin.valueChanged.connect(self._tolerance_edited)
        self.addPeriodButton.clicked.connect(self.add_period)
        self.newPeriodEdit.returnPressed.connect(self.add_period)
        self.measuresTable.itemChanged.connect(self._measure_edited)
        self.measuresTable.currentCellChanged.connect(lambda *_a: self._show_current())
        self.reviewPeriodCombo.currentIndexChanged.connect(lambda _i: self._fill_review())
        self.createReviewButton.clicked.connect(self.create_review)
        self.bodyCombo.currentIndexChanged.connect(self._body_edited)
        self.commitmentsTable.itemChanged.connect(self._commitment_edited)
        self.previewReportButton.clicked.connect(self.preview_report)
        self.exportReportButton.clicked.connect(self.export_report)
        self.prepareNextButton.clicked.connect(self.prepare_next_version)
        self.refresh()

    # --- reading the model ------------------------------------------------------------------
    @property
    def charter(self) -> Any:
        return self.ctx.editor.dossier.charter

    def periods(self) -> list[str]:
        """The table's columns: every period of the follow-up and those added this session."""
        return periods.ordered(followup.follow_up_periods(self.charter) + self._extra_periods)

    def indicators(self) -> list[Indicator]:
        objectives = self.charter.objectives
        index = self.objectiveCombo.currentIndex()
        return list(objectives[index].indicators) if 0 <= index < len(objectives) else []

    def report_period(self) -> str | None:
        data = self.reviewPeriodCombo.currentData()
        return str(data) if data else None

    def current_review(self) -> Review | None:
        period = self.report_period()
        return followup.review_for(self.charter, period) if period else None

    # --- refreshing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        self._filling = True
        try:
            keep = self.objectiveCombo.currentIndex()
            self.objectiveCombo.blockSignals(True)
            self.objectiveCombo.clear()
            for obj in self.charter.objectives:
                self.objectiveCombo.addItem(obj.title or self.tr("(objectif sans titre)"))
            self.objectiveCombo.setCurrentIndex(min(max(keep, 0), self.objectiveCombo.count() - 1))
            self.objectiveCombo.blockSignals(False)
            self.toleranceSpin.blockSignals(True)
            self.toleranceSpin.setValue(int(followup.tolerance(self.charter)))
            self.toleranceSpin.blockSignals(False)
            chosen = self.report_period()
            self.reviewPeriodCombo.blockSignals(True)
            self.reviewPeriodCombo.clear()
            all_periods = self.periods()
            for text in all_periods:
                self.reviewPeriodCombo.addItem(periods.label(text), text)
            if chosen is None and all_periods:
                measured = [
                    p for p in all_periods if any(followup.measure_for(i, p) for i in self.charter.indicators())
                ]
                chosen = (measured or all_periods)[-1]
            self.reviewPeriodCombo.setCurrentIndex(max(self.reviewPeriodCombo.findData(chosen), 0))
            self.reviewPeriodCombo.blockSignals(False)
            self.bodyCombo.blockSignals(True)
            self.bodyCombo.clear()
            self.bodyCombo.addItem(self.tr("(aucune)"), "")
            for body in self.charter.governance.bodies:
                self.bodyCombo.addItem(body.name, body.id)
            self.bodyCombo.blockSignals(False)
        finally:
            self._filling = False
        self._fill_measures()
        self._fill_review()

    def _fill_measures(self) -> None:
        table = self.measuresTable
        inds, cols = self.indicators(), self.periods()
        row, column = table.currentRow(), table.currentColumn()
        self._filling = True
        table.blockSignals(True)
        try:
            table.clear()
            table.setRowCount(len(inds))
            table.setColumnCount(len(cols))
            table.setHorizontalHeaderLabels([periods.label(p) for p in cols])
            for r, ind in enumerate(inds):
                head = QTableWidgetItem(f"{ind.name} ({ind.unit})" if ind.unit else ind.name)
                head.setToolTip(head.text())  # a long name is cut in the header
                table.setVerticalHeaderItem(r, head)
            tol = followup.tolerance(self.charter)
            for r, ind in enumerate(inds):
                for c, period in enumerate(cols):
                    table.setItem(r, c, self._cell(ind, period, tol))
        finally:
            table.blockSignals(False)
            self._filling = False
        if inds and cols:
            table.setCurrentCell(min(max(row, 0), len(inds) - 1), min(max(column, 0), len(cols) - 1))
        self._show_current()

    def _cell(self, ind: Indicator, period: str, tol: Any) -> QTableWidgetItem:
        measure = followup.measure_for(ind, period)
        value = measure.value if measure else None
        item = QTableWidgetItem(
            followup.french_value(value, ind.unit) if value is not None else (measure.text or "" if measure else "")
        )
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        status = followup.indicator_status(ind, period, tol)
        key = "invalid" if value is not None and not followup.is_number(value) else status
        item.setData(_STATUS_ROLE, key)
        if key in COLOURS:
            item.setBackground(QBrush(QColor(COLOURS[key])))
        item.setToolTip(self.describe(ind, period, key))
        return item

    def describe(self, ind: Indicator, period: str, key: str) -> str:
        """What a cell says in words: its period, target and status (tooltip and the line below)."""
        target = followup.target_for(ind, period)
        words = [periods.label(period)]
        if target is not None:
            words.append(self.tr("cible : {target}").format(target=followup.french_value(target, ind.unit)))
        if key == "invalid":
            measure = followup.measure_for(ind, period)
            typed = measure.value if measure else ""
            words.append(
                self.tr("« {text} » n'est pas un nombre : la valeur est gardée telle quelle.").format(text=typed)
            )
        else:
            words.append(tr(STATUS_TEXTS[key]))
        return " – ".join(words)

    def _show_current(self) -> None:
        table, inds, cols = self.measuresTable, self.indicators(), self.periods()
        r, c = table.currentRow(), table.currentColumn()
        if not (0 <= r < len(inds)):
            self.cellStatusLabel.setText(
                self.tr("Ajoutez des indicateurs à cet objectif (étape 4) pour en suivre les valeurs.")
                if not inds
                else ""
            )
            self._show_chart(None)
            return
        ind = inds[r]
        if 0 <= c < len(cols):
            item = table.item(r, c)
            key = str(item.data(_STATUS_ROLE)) if item else "not_measured"
            self.cellStatusLabel.setText(f"<b>{ind.name}</b> – {self.describe(ind, cols[c], key)}")
        else:
            self.cellStatusLabel.setText(self.tr("Ajoutez une période pour saisir les valeurs mesurées."))
        self._show_chart(ind)

    def _show_chart(self, ind: Indicator | None) -> None:
        if ind is None:
            self.chartSvg = ""
            self.chartView.load(QByteArray())
            return
        key = (
            id(ind),
            tuple((m.period, m.value) for m in ind.measures),
            tuple((t.period, t.value) for t in ind.targets),
            ind.baseline_value,
            ind.baseline_period,
        )
        if key == self._chart_key:
            return
        self._chart_key = key
        charts = importlib.import_module("charte_app.documents.charts")
        drawings = importlib.import_module("charte_app.documents.drawings")
        self.chartSvg = drawings.svg_text(charts.indicator_chart(ind))
        self.chartView.load(QByteArray(self.chartSvg.encode("utf-8")))

    def _fill_review(self) -> None:
        review = self.current_review()
        has_period = self.report_period() is not None
        self.createReviewButton.setEnabled(has_period and review is None)
        for widget in (self.bodyCombo, self.commitmentsTable, self.reviewDate):
            widget.setEnabled(review is not None)
        if review is None or not self.reviewDate.line_edit.hasFocus() or self.reviewDate.value() != review.date:
            self.reviewDate.set_value(review.date if review else None)
        for button in (self.previewReportButton, self.exportReportButton, self.prepareNextButton):
            button.setEnabled(has_period)
        self.binder.refresh()
        self.bodyCombo.blockSignals(True)
        self.bodyCombo.setCurrentIndex(max(self.bodyCombo.findData(review.body if review and review.body else ""), 0))
        self.bodyCombo.blockSignals(False)
        table = self.commitmentsTable
        table.blockSignals(True)
        try:
            commitments = self.charter.commitments
            reviewed = {c.commitment: c for c in review.commitments} if review else {}
            names = {p.id: p.name for p in self.ctx.editor.dossier.partners}
            table.setRowCount(len(commitments))
            for r, commitment in enumerate(commitments):
                what = QTableWidgetItem(f"{names.get(commitment.partner, commitment.partner)} : {commitment.text}")
                what.setFlags(what.flags() & ~Qt.ItemFlag.ItemIsEditable)
                what.setToolTip(what.text())
                entry = reviewed.get(commitment.id)
                state = QTableWidgetItem(tr(COMMITMENT_TEXTS[entry.status if entry else ""]))
                state.setData(Qt.ItemDataRole.UserRole, entry.status if entry else "")
                comment = QTableWidgetItem(entry.comment or "" if entry else "")
                for c, item in enumerate((what, state, comment)):
                    table.setItem(r, c, item)
        finally:
            table.blockSignals(False)

    def _on_changed(self, target: object, attr: object) -> None:
        if isinstance(target, Review) and attr in ("summary", "adjustments"):
            self.binder.refresh()  # typing in the review: nothing else shows it
        elif isinstance(target, Review) and attr == "date":
            pass  # the field shows what was typed
        elif isinstance(target, Measure | Target) or (isinstance(target, list) and target is not self.charter.reviews):
            self._fill_measures()
            if not isinstance(target, Measure | Target):
                self._fill_review()
        else:
            self.refresh()
        self.completeness_changed.emit()

    # --- edits --------------------------------------------------------------------------------
    def _tolerance_edited(self, value: int) -> None:
        self.ctx.editor.set_field(self.charter, "follow_up_tolerance", str(value), self.tr("Modifier la tolérance"))

    def add_period(self) -> None:
        """Add the column of the period typed (validated: one of the forms of ``domain.periods``)."""
        text = self.newPeriodEdit.text().strip()
        if periods.parse(text) is None:
            self.periodMessage.setText(
                self.tr("Période « {text} » invalide : {forms} est attendue.").format(text=text, forms=periods.FORMS)
            )
            self.periodMessage.show()
            return
        self.periodMessage.hide()
        if text not in self.periods():
            self._extra_periods.append(text)
        self.newPeriodEdit.clear()
        self.refresh()
        column = self.periods().index(text)
        if self.measuresTable.rowCount():
            self.measuresTable.setCurrentCell(max(self.measuresTable.currentRow(), 0), column)

    def set_value(self, ind: Indicator, period: str, typed: str) -> None:
        """Store what was typed for ``ind`` in ``period`` (a number, text kept as typed, or nothing)."""
        value = followup.parse_typed(typed)
        measure = followup.measure_for(ind, period)
        text = self.tr("Saisir une valeur de « {name} »").format(name=ind.name)
        if measure is not None:
            with self.ctx.editor.macro(text):  # one cell, one undo step: a spreadsheet's edits never merge
                self.ctx.editor.set_field(measure, "value", value, text)
        elif value is not None:
            self.ctx.editor.append_item(ind.measures, Measure(period=period, value=value), text)

    def _measure_edited(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        inds, cols = self.indicators(), self.periods()
        r, c = item.row(), item.column()
        if 0 <= r < len(inds) and 0 <= c < len(cols):
            self.set_value(inds[r], cols[c], item.text())

    def create_review(self) -> None:
        period = self.report_period()
        if period is None or self.current_review() is not None:
            return
        taken = {r.id for r in self.charter.reviews}
        base = "bilan-" + period.lower()
        rid, n = base, 2
        while rid in taken:
            rid, n = f"{base}-{n}", n + 1
        body = self.charter.governance.bodies[0].id if self.charter.governance.bodies else None
        review = Review(id=rid, date=date.today(), period=period, body=body)  # the format requires a date
        self.ctx.editor.append_item(self.charter.reviews, review, self.tr("Créer le bilan"))

    def _date_edited(self, value: Any) -> None:
        review = self.current_review()
        if review is not None and value is not None:
            self.ctx.editor.set_field(review, "date", value, self.tr("Modifier la date du bilan"))

    def _body_edited(self) -> None:
        review = self.current_review()
        if review is not None:
            self.ctx.editor.set_field(
                review, "body", self.bodyCombo.currentData() or None, self.tr("Modifier l'instance du bilan")
            )

    def _commitment_edited(self, item: QTableWidgetItem) -> None:
        review = self.current_review()
        commitments = self.charter.commitments
        if review is None or not 0 <= item.row() < len(commitments) or item.column() == 0:
            return
        self.set_commitment(review, commitments[item.row()].id, item.column(), item)

    def set_commitment(self, review: Review, commitment_id: str, column: int, item: QTableWidgetItem) -> None:
        editor = self.ctx.editor
        entry = next((c for c in review.commitments if c.commitment == commitment_id), None)
        if column == 1:
            status: Any = str(item.data(Qt.ItemDataRole.UserRole) or "")  # a key of COMMITMENT_TEXTS
            text = self.tr("Modifier l'état d'un engagement")
            if entry is None and status:
                editor.append_item(review.commitments, CommitmentReview(commitment=commitment_id, status=status), text)
            elif entry is not None and not status:
                editor.remove_item(review.commitments, review.commitments.index(entry), text)
            elif entry is not None:
                editor.set_field(entry, "status", status, text)
        else:
            comment = item.text().strip() or None
            text = self.tr("Modifier le commentaire d'un engagement")
            if entry is None and comment:
                editor.append_item(
                    review.commitments, CommitmentReview(commitment=commitment_id, comment=comment), text
                )
            elif entry is not None:
                editor.set_field(entry, "comment", comment, text)

    # --- the report and the next version -----------------------------------------------------
    def _data_dir(self) -> Path | None:
        return self.ctx.data_dir

    def report_pdf(self) -> bytes:
        report = importlib.import_module("charte_app.documents.report")
        service = importlib.import_module("charte_app.documents.service")
        period = self.report_period() or ""
        document = report.build_report(self.ctx.editor.dossier, period, data_dir=self._data_dir())
        data: bytes = service.render_bytes(document, "pdf", data_dir=self._data_dir())
        return data

    def preview_report(self) -> QDialog | None:
        """« Aperçu du bilan »: the PDF's pages, as they will print."""
        if self.report_period() is None:
            return None
        try:
            pdf = self.report_pdf()
        except Exception as error:  # noqa: BLE001 - shown, never a crash (the report's own errors are French)
            dialogs.show_error(self, self.tr("Aperçu du bilan"), str(error))
            return None
        dialog = ReportPreview(pdf, self)
        dialog.show()
        return dialog

    def export_report(self) -> Path | None:
        """« Exporter le bilan… »: PDF, DOCX or XLSX, through the report's service."""
        period = self.report_period()
        if period is None:
            return None
        chosen = choose_report_file(self, f"bilan-{period}.pdf")
        if chosen is None:
            return None
        path, fmt = chosen
        report = importlib.import_module("charte_app.documents.report")
        try:
            written: Path = report.export_report(self.ctx.editor.dossier, period, fmt, path, data_dir=self._data_dir())
        except Exception as error:  # noqa: BLE001 - a disk or format error is shown, nothing is lost
            dialogs.show_error(self, self.tr("Exporter le bilan"), str(error))
            return None
        dialogs.show_info(self, self.tr("Exporter le bilan"), self.tr("Bilan écrit : « {path} ».").format(path=written))
        return written

    def prepare_next_version(self) -> QDialog | None:
        period = self.report_period()
        if period is None:
            return None
        changes = next_version.propose(self.ctx.editor.dossier, period)
        if not changes:
            dialogs.show_info(
                self,
                self.tr("Préparer la prochaine version"),
                self.tr(
                    "Le bilan de cette période ne propose aucun changement : aucun indicateur en retard, aucun engagement à revoir, aucun ajustement."
                ),
            )
            return None
        dialog = NextVersionDialog(changes, self)
        dialog.accepted.connect(lambda: self.apply_changes(period, dialog.chosen()))
        dialog.open()
        return dialog

    def apply_changes(self, period: str, chosen: list[next_version.ProposedChange]) -> None:
        """Apply the ticked changes to the draft as one undoable step."""
        plan = next_version.plan(self.ctx.editor.dossier, period, chosen)
        if not plan.targets and plan.evaluation is None:
            return
        editor = self.ctx.editor
        with editor.macro(self.tr("Préparer la prochaine version")):
            for ind, target in plan.targets:
                editor.append_item(ind.targets, target, self.tr("Ajouter une cible"))
            if plan.evaluation is not None:
                editor.set_field(self.charter, "evaluation", plan.evaluation, self.tr("Modifier l'évaluation"))

    # --- StepPage hooks ------------------------------------------------------------------------
    def guidance(self) -> str:
        return self.tr(
            "<p>Le suivi fait vivre la charte après la signature.</p>"
            "<ul><li>Saisissez chaque <b>valeur mesurée</b> dans le tableau, comme dans un tableur (« 80,4 ») ; "
            "une case vide n'est pas mesurée. La couleur dit l'état par rapport à la cible de la période, "
            "avec la tolérance indiquée.</li>"
            "<li>Le <b>bilan du comité</b> d'une période note l'état de chaque engagement, la synthèse et les "
            "ajustements.</li>"
            "<li><b>Préparer la prochaine version</b> reporte les ajustements dans le brouillon : la version "
            "suivante porte ce que l'évaluation a appris.</li></ul>"
        )


class ReportPreview(QDialog):
    """The report's pages as they print (rendered by pdfium)."""

    def __init__(self, pdf: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("FollowUpPage", "Aperçu du bilan"))
        self.resize(760, 640)
        layout = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setObjectName("reportPages")
        inner = QWidget()
        pages = QVBoxLayout(inner)
        import pypdfium2
        from PySide6.QtGui import QImage, QPixmap

        document = pypdfium2.PdfDocument(pdf)
        self.page_count = len(document)
        try:
            for index in range(self.page_count):
                image = document[index].render(scale=1.2).to_pil().convert("RGB")
                data = image.tobytes()
                qimage = QImage(data, image.width, image.height, image.width * 3, QImage.Format.Format_RGB888).copy()
                label = QLabel()
                label.setPixmap(QPixmap.fromImage(qimage))
                pages.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        finally:
            document.close()
        scroll.setWidget(inner)
        layout.addWidget(scroll)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class NextVersionDialog(QDialog):
    """The change list, one checkbox each (all ticked); OK applies the ticked ones."""

    def __init__(self, changes: list[next_version.ProposedChange], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("FollowUpPage", "Préparer la prochaine version"))
        self.resize(640, 400)
        self.changes = changes
        layout = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "FollowUpPage",
                "Cochez les changements à reporter dans le brouillon. Les cibles s'ajoutent aux indicateurs ; "
                "les engagements à revoir et les ajustements s'ajoutent à la clause d'évaluation. Une seule "
                "annulation défait le tout.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setObjectName("changesList")
        for change in changes:
            item = QListWidgetItem(change.label)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(QCoreApplication.translate("FollowUpPage", "Appliquer au brouillon"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[next_version.ProposedChange]:
        return [c for i, c in enumerate(self.changes) if self.list.item(i).checkState() == Qt.CheckState.Checked]
