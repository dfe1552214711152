"""History panel of a dossier: versions, status, partners' decisions, restore and compare.

Owns the view of a dossier's versions and the few-click recording of a
partner's decision during a meeting (pick the partner, optionally a comment,
click "Approuve" / "Avec réserves" / "Refuse"). Every change goes through the
:class:`~charte_app.services.dossiers.DossierService` it is given (one call,
one transaction) and the panel reloads from it: what is shown is what is
stored. A signed version is frozen: its status, label and decisions controls
are disabled (and the service refuses them anyway). Restoring and comparing
only read a version, so they stay available. The layout is ``forms/history.ui``.
"""

from __future__ import annotations

import getpass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QInputDialog, QPushButton, QTableWidget, QTableWidgetItem, QWidget

from charte_app.domain.decisions import FROZEN_STATUSES, earlier_decisions
from charte_app.domain.model import Approval, Dossier, Version
from charte_app.domain.problems import DossierRefused
from charte_app.errors import AlteredVersion, UserError
from charte_app.ui import dialogs, labels_i18n
from charte_app.ui.generated.ui_history import Ui_HistoryPanel
from charte_app.ui.i18n import plural
from charte_app.ui.labels_i18n import format_timestamp
from charte_app.ui.widgets.fit import fit_columns, fit_table_columns

if TYPE_CHECKING:
    from charte_app.services.dossiers import DossierService

STATUS_ORDER = ("draft", "shared", "approved", "signed")
# What the "advance" button says for the status it moves to.
# Marked for Qt Linguist (lupdate cannot see through ``self.tr(ADVANCE_TEXT[...])``).
ADVANCE_TEXT = {
    "shared": str(QT_TRANSLATE_NOOP("HistoryPanel", "Marquer comme partagée")),
    "approved": str(QT_TRANSLATE_NOOP("HistoryPanel", "Marquer comme validée")),
    "signed": str(QT_TRANSLATE_NOOP("HistoryPanel", "Marquer comme signée…")),
}
DECISION_BUTTONS = (("approved", "Approuve"), ("reserved", "Avec réserves"), ("refused", "Refuse"))
NUMBER_ROLE = Qt.ItemDataRole.UserRole


def format_day(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def _as_date(value: object) -> date | None:
    return value if isinstance(value, date) else None


def ask_label(parent: QWidget | None, current: str) -> str | None:
    """Ask for a version's new label (a module function so tests can replace it)."""
    text, ok = QInputDialog.getText(parent, "Renommer la version", "Libellé de la version :", text=current)
    return text if ok else None


def version_label(version: Version) -> str:
    return f"Version {version.number} – {version.label}"


class HistoryPanel(QWidget):
    """The versions of one dossier; emits ``restored(Dossier)`` and ``compare_requested(old, new|None)``."""

    restored = Signal(object)  # the Dossier that became the working draft
    compare_requested = Signal(int, object)  # older version number, newer number or None for the draft
    versions_changed = Signal()  # a status or a decision was stored

    def __init__(self, service: DossierService, dossier_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.dossier_id = dossier_id
        self.versions: list[Version] = []

        self.form = Ui_HistoryPanel()
        self.form.setupUi(self)
        f = self.form

        self.title = f.historyTitle
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)

        self.table = f.versionsTable
        self.advance_button = f.advanceStatus
        self.relabel_button = f.relabelVersion
        self.restore_button = f.restoreVersion
        self.compare_button = f.compareVersions
        self.frozen_note = f.frozenNote

        # Decisions of the partners on the selected version.
        self.approvals_box = f.approvalsBox
        self.approvals = f.approvalsTable
        fit_columns(self.table)
        fit_columns(self.approvals)
        # Columns inside the table's width, the label and the partner's name taking the room: in meeting
        # mode the history scrolled sideways on a 1366×768 screen (issue 21).
        fit_table_columns(self.table, 1)
        fit_table_columns(self.approvals, 0)

        self.partner = f.decisionPartner
        self.decision_date = f.decisionDate
        self.decision_date.setDate(QDate.currentDate())
        self.comment = f.decisionComment
        self.decision_buttons: dict[str, QPushButton] = {
            code: getattr(f, f"decide_{code}") for code, _text in DECISION_BUTTONS
        }
        for button in self.decision_buttons.values():
            button.clicked.connect(self._decide)

        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.partner.currentIndexChanged.connect(lambda _i: self._update_decision_controls())
        self.approvals.itemSelectionChanged.connect(self._approval_row_selected)
        self.advance_button.clicked.connect(self.advance_status)
        self.relabel_button.clicked.connect(self.relabel_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.compare_button.clicked.connect(self.compare_selected)
        self.reload()

    # -- data ---------------------------------------------------------------------------------
    def reload(self, keep: int | None = None) -> None:
        """Read the versions again from the service and show them (keeping ``keep`` selected)."""
        if keep is None:
            numbers = self.selected_numbers()
            keep = numbers[0] if numbers else None
        try:
            draft = self.service.load_draft(self.dossier_id)
            self.versions = self.service.list_versions(self.dossier_id)
        except UserError as err:
            dialogs.show_error(self, self.tr("Historique indisponible"), err.message)
            self.versions = []
            draft = None
        title = draft.title if draft is not None else ""
        self.title.setText(self.tr("Versions du dossier « {title} »").format(title=title))
        blocker = QSignalBlocker(self.table)
        self.table.setRowCount(len(self.versions))
        for row, version in enumerate(reversed(self.versions)):  # newest first
            decided = len(version.approvals)
            approved = sum(1 for a in version.approvals if a.decision == "approved")
            try:
                partners: int | None = len(version.snapshot.partners)
            except AlteredVersion:  # listed all the same; selecting it says what is wrong
                partners = None
            cells = [
                str(version.number),
                version.label,
                format_timestamp(version.created_at),
                version.author or "",
                labels_i18n.version_status(version.status),
                plural(self.tr("%n approuvées", "", approved), "%n approuvée", approved)
                + ", "
                # "1/3 décisions": the noun agrees with the number of partners, written after the slash.
                + plural(self.tr("%n décisions", "", partners or 2), "%n décision", partners or 2).replace(
                    str(partners or 2),
                    f"{decided}/{partners or '?'}",
                    1,  # unknown partners: "2/? décisions"
                ),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # the whole text of a cell elided in the middle
                item.setData(NUMBER_ROLE, version.number)
                if column == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        del blocker
        target = keep if keep is not None else (self.versions[-1].number if self.versions else None)
        if target is not None:
            self.select_version(target)
        # Always: selecting the row that was already selected emits nothing, yet its data changed.
        self._selection_changed()

    def version(self, number: int) -> Version | None:
        return next((v for v in self.versions if v.number == number), None)

    def select_version(self, number: int, *, add: bool = False) -> None:
        """Select a version's row (``add``: keep the current selection, as a Ctrl+click)."""
        for row in range(self.table.rowCount()):
            if self._key(self.table, row) == number:
                if add:
                    index = self.table.model().index(row, 0)
                    flags = self.table.selectionModel().SelectionFlag
                    self.table.selectionModel().select(index, flags.Select | flags.Rows)
                else:
                    self.table.selectRow(row)
                return

    @staticmethod
    def _key(table: QTableWidget, row: int) -> Any:
        """The version number (or partner id) a row stands for."""
        item = table.item(row, 0)
        return item.data(NUMBER_ROLE) if item is not None else None

    def selected_numbers(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        numbers = [self._key(self.table, r) for r in rows]
        return sorted(numbers)

    def current_version(self) -> Version | None:
        numbers = self.selected_numbers()
        return self.version(numbers[-1]) if len(numbers) == 1 else None

    # -- state of the controls ----------------------------------------------------------------
    def _selection_changed(self) -> None:
        numbers = self.selected_numbers()
        version = self.current_version()
        signed = version is not None and version.status == "signed"
        nxt = self._next_status(version)
        self.advance_button.setEnabled(version is not None and nxt is not None and not signed)
        self.advance_button.setText(self.tr(ADVANCE_TEXT[nxt]) if nxt else self.tr("Faire avancer le statut"))
        self.relabel_button.setEnabled(version is not None and not signed)
        self.restore_button.setEnabled(version is not None)
        self.compare_button.setEnabled(len(numbers) in (1, 2))
        self.compare_button.setText(
            self.tr("Comparer les deux versions") if len(numbers) == 2 else self.tr("Comparer avec le brouillon")
        )
        self.frozen_note.setVisible(signed)
        self._fill_approvals(version)
        self._update_decision_controls()

    def _update_decision_controls(self) -> None:
        """Decisions are the partners' opinions on a shared version: on an approved (« Validée ») one a
        recorded decision no longer changes (a missing one may still be recorded), on a signed one nothing
        does (the service refuses them too); the buttons say why they are disabled."""
        version = self.current_version()
        usable = version is not None and version.status != "signed" and self.partner.count() > 0
        for widget in (self.partner, self.decision_date, self.comment):
            widget.setEnabled(usable)
        decided = version is not None and any(a.partner == self.partner.currentData() for a in version.approvals)
        frozen = version is not None and (version.status == "signed" or (version.status in FROZEN_STATUSES and decided))
        why = (
            self.tr("La version {n} est {status} : les décisions des partenaires ne changent plus.").format(
                n=version.number, status=labels_i18n.version_status(version.status).lower()
            )
            if frozen and version is not None
            else ""
        )
        for button in self.decision_buttons.values():
            button.setEnabled(usable and not frozen)
            button.setToolTip(why)

    @staticmethod
    def _next_status(version: Version | None) -> str | None:
        if version is None or version.status not in STATUS_ORDER:
            return None
        index = STATUS_ORDER.index(version.status)
        return STATUS_ORDER[index + 1] if index + 1 < len(STATUS_ORDER) else None

    def _fill_approvals(self, version: Version | None) -> None:
        self.approvals_box.setTitle(
            self.tr("Décisions des partenaires sur la version {n}").format(n=version.number)
            if version
            else self.tr("Décisions des partenaires (sélectionnez une version)")
        )
        blocker = QSignalBlocker(self.approvals)
        current_partner = self.partner.currentData()
        self.partner.clear()
        try:
            partners = version.snapshot.partners if version else []
        except AlteredVersion as err:  # its content no longer matches its fingerprint: nothing of it is shown
            dialogs.show_error(self, self.tr("Version modifiée dans la base"), err.message)
            partners = []
        decisions = {a.partner: a for a in version.approvals} if version else {}
        rows: list[tuple[str, list[str], bool]] = []  # partner id, cells, replaced (struck through)
        for partner in partners:
            approval = decisions.get(partner.id)
            rows.append(
                (
                    partner.id,
                    [
                        partner.name,
                        labels_i18n.decision(approval.decision) if approval else self.tr("— en attente"),
                        format_day(approval.date) if approval else "",
                        (approval.comment or "") if approval else "",
                    ],
                    False,
                )
            )
            # The decisions it replaced stay visible, newest first, struck through, with who changed them and when.
            for earlier in reversed(earlier_decisions(approval) if approval else []):
                changed = self.tr("remplacée le {when}").format(when=format_timestamp(earlier.replaced_at))
                if earlier.replaced_by:
                    changed = self.tr("remplacée le {when} par {who}").format(
                        when=format_timestamp(earlier.replaced_at), who=earlier.replaced_by
                    )
                comment = f"{earlier.comment} – {changed}" if earlier.comment else changed
                rows.append(
                    (partner.id, ["", labels_i18n.decision(earlier.decision), format_day(earlier.date), comment], True)
                )
            self.partner.addItem(partner.name, partner.id)
        self.approvals.setRowCount(len(rows))
        for row, (pid, cells, replaced) in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(NUMBER_ROLE, pid)
                if replaced and column in (1, 2):
                    font = item.font()
                    font.setStrikeOut(True)
                    item.setFont(font)
                    item.setForeground(QColor("#6b6b6b"))
                    item.setToolTip(self.tr("Décision remplacée : {text}").format(text=text))
                self.approvals.setItem(row, column, item)
        del blocker
        index = self.partner.findData(current_partner)
        if index >= 0:
            self.partner.setCurrentIndex(index)

    def _approval_row_selected(self) -> None:
        rows = self.approvals.selectionModel().selectedRows()
        if rows:
            pid = self._key(self.approvals, rows[0].row())
            self.partner.setCurrentIndex(max(self.partner.findData(pid), 0))

    # -- actions ------------------------------------------------------------------------------
    def _decide(self) -> None:
        button = self.sender()
        decision = button.property("decision") if button is not None else None
        if isinstance(decision, str):
            self.record_decision(decision)

    def record_decision(self, decision: str) -> bool:
        """Store the selected partner's decision on the selected version; True when stored."""
        version = self.current_version()
        partner = self.partner.currentData()
        if version is None or partner is None or version.status == "signed":
            return False  # a signed version's decisions are final (the buttons are disabled too)
        approval = Approval(
            partner=partner,
            decision=decision,  # type: ignore[arg-type]
            date=_as_date(self.decision_date.date().toPython()),
            comment=self.comment.text().strip() or None,
        )
        previous = next((a for a in version.approvals if a.partner == partner), None)
        if previous is not None and previous.decision != decision:
            name = self.partner.currentText()
            if not dialogs.confirm(
                self,
                self.tr("Changer une décision"),
                self.tr(
                    "« {partner} » a déjà rendu sa décision sur la version {n} « {label} » : {old}{when}.\n\n"
                    "La remplacer par « {new} » ? L'ancienne décision reste visible, barrée, dans l'historique."
                ).format(
                    partner=name,
                    n=version.number,
                    label=version.label,
                    old=labels_i18n.decision(previous.decision),
                    when=self.tr(" le {day}").format(day=format_day(previous.date)) if previous.date else "",
                    new=labels_i18n.decision(decision),
                ),
                self.tr("Remplacer la décision"),
            ):
                return False
        try:
            self.service.record_approval(self.dossier_id, version.number, approval, author=self._author())
        except UserError as err:
            dialogs.show_error(self, self.tr("Décision non enregistrée"), err.message)
            return False
        self.comment.clear()
        self.reload(keep=version.number)
        self._select_next_pending(partner)
        self.versions_changed.emit()
        return True

    def _author(self) -> str | None:
        """Who records a decision: the dossier's coordinator, else the session's user name."""
        try:
            name = self.service.load_draft(self.dossier_id).coordinator.name
        except UserError:
            name = None
        if name:
            return name
        try:
            return getpass.getuser()
        except (OSError, KeyError):  # no user name known to the system
            return None

    def _select_next_pending(self, after: str) -> None:
        """The form moves on to the next partner with no decision yet (in order, wrapping around)."""
        version = self.current_version()
        if version is None:
            return
        decided = {a.partner for a in version.approvals}
        ids = [self.partner.itemData(i) for i in range(self.partner.count())]
        start = ids.index(after) + 1 if after in ids else 0
        for pid in ids[start:] + ids[:start]:
            if pid not in decided:
                self.partner.setCurrentIndex(self.partner.findData(pid))
                for row in range(self.approvals.rowCount()):  # the table shows the same partner
                    if self._key(self.approvals, row) == pid:
                        self.approvals.selectRow(row)
                return

    def advance_status(self) -> bool:
        version = self.current_version()
        nxt = self._next_status(version)
        if version is None or nxt is None:
            return False
        if nxt == "approved" and not self._confirm_missing_decisions(version):
            return False
        if nxt == "signed" and not dialogs.confirm(
            self,
            self.tr("Signer la version"),
            self.tr(
                "Marquer la version {n} comme signée ? C'est définitif : elle ne pourra plus être modifiée, "
                "renommée ni supprimée."
            ).format(n=version.number),
            self.tr("Marquer comme signée"),
        ):
            return False
        try:
            self.service.set_version_status(self.dossier_id, version.number, nxt)
        except DossierRefused as refused:  # approved/signed: the documents still have blanks (NotReady)
            dialogs.show_error(self, self.tr("Statut inchangé"), refused.french())
            return False
        except UserError as err:
            dialogs.show_error(self, self.tr("Statut inchangé"), err.message)
            return False
        self.reload(keep=version.number)
        self.versions_changed.emit()
        return True

    @staticmethod
    def signatories_without_decision(version: Version) -> list[str]:
        """Names of the signatories (all partners when none is named) with no decision on ``version``."""
        snapshot = version.snapshot
        wanted = snapshot.charter.signature.signatories or [p.id for p in snapshot.partners]
        decided = {a.partner for a in version.approvals}
        names = {p.id: p.name for p in snapshot.partners}
        return [names.get(pid, pid) for pid in wanted if pid not in decided]

    def _confirm_missing_decisions(self, version: Version) -> bool:
        """A version becomes "Validée" with every signatory's decision, or on the user's explicit word."""
        missing = self.signatories_without_decision(version)
        if not missing:
            return True
        names = "\n".join(f"– {name}" for name in missing)
        count = len(missing)
        intro = (
            self.tr("Un signataire n'a pas encore donné sa décision sur la version {n} :")
            if count == 1
            else self.tr("%n signataires n'ont pas encore donné leur décision sur la version {n} :", "", count)
        ).format(n=version.number)
        return dialogs.confirm(
            self,
            self.tr("Décisions manquantes"),
            f"{intro}\n{names}\n\n" + self.tr("Marquer quand même la version comme validée ?"),
            self.tr("Valider quand même"),
        )

    def relabel_selected(self) -> bool:
        version = self.current_version()
        if version is None or version.status == "signed":
            return False
        label = ask_label(self, version.label)
        if label is None or label.strip() == version.label:
            return False
        try:
            self.service.relabel_version(self.dossier_id, version.number, label.strip())
        except UserError as err:
            dialogs.show_error(self, self.tr("Libellé inchangé"), err.message)
            return False
        self.reload(keep=version.number)
        self.versions_changed.emit()
        return True

    def restore_selected(self) -> Dossier | None:
        version = self.current_version()
        if version is None:
            return None
        if not dialogs.confirm(
            self,
            self.tr("Restaurer la version"),
            self.tr(
                "Le brouillon de travail sera remplacé par le contenu de la version {n} « {label} ». "
                "Les versions enregistrées ne changent pas."
            ).format(n=version.number, label=version.label),
            self.tr("Restaurer"),
        ):
            return None
        try:
            dossier = self.service.restore_version(self.dossier_id, version.number)
        except UserError as err:
            dialogs.show_error(self, self.tr("Restauration impossible"), err.message)
            return None
        self.restored.emit(dossier)
        return dossier

    def compare_selected(self) -> None:
        numbers = self.selected_numbers()
        if len(numbers) == 2:
            self.compare_requested.emit(numbers[0], numbers[1])
        elif len(numbers) == 1:
            self.compare_requested.emit(numbers[0], None)
