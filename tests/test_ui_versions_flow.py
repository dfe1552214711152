"""Issue 12, part 4: versions a coordinator can trust.

"Créer la version" confirms with the version's number, label and fingerprint;
every view listing versions (step 11, an open history) refreshes at once; a
version becomes "Validée" with a missing decision only when the user confirms
the list of missing signatories; the approval form moves to the next pending
partner.
"""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from charte_app.domain import short_fingerprint
from charte_app.domain.model import Approval
from charte_app.samples import small_dossier
from charte_app.services.dossiers import DossierService
from charte_app.ui import version_dialog
from charte_app.ui.main_window import MainWindow
from charte_app.ui.versions import HistoryPanel
from test_ui_support import DialogRecorder, go, recorder, service, window  # noqa: F401


@pytest.fixture
def freeze_without_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    """The "Créer une version" dialog answered "v-comité", status draft (its own tests drive it)."""

    def create(_parent: Any, svc: DossierService, dossier_id: str) -> Any:
        return svc.freeze_version(dossier_id, "v-comité")

    monkeypatch.setattr(version_dialog, "create_version", create)


def _version_rows(page: Any) -> list[str]:
    combo = page.form.versionCombo
    return [combo.itemText(i) for i in range(combo.count())]


def test_creating_a_version_confirms_it_and_refreshes_every_view(
    qtbot: QtBot,
    window: MainWindow,
    service: DossierService,
    recorder: DialogRecorder,
    freeze_without_dialog: None,
) -> None:
    dossier = small_dossier()
    service.save_draft(dossier)
    assert window.open_dossier(dossier.id)
    preview = go(window, "preview")
    QApplication.processEvents()
    assert len(_version_rows(preview)) == 1  # the working document only
    window._open_versions_view("history")
    panels = window.findChildren(HistoryPanel)
    assert len(panels) == 1 and panels[0].table.rowCount() == 0

    window.create_version()

    [version] = service.list_versions(dossier.id)
    [(title, text)] = recorder.infos
    assert title == "Version créée"
    assert f"version {version.number} « v-comité »" in text
    assert short_fingerprint(version.fingerprint) in text
    # Step 11 lists it now, without leaving the step; the open history too.
    assert len(_version_rows(preview)) == 2 and "v-comité" in _version_rows(preview)[1]
    assert panels[0].table.rowCount() == 1


def test_a_decision_recorded_in_the_history_shows_in_step_11(
    qtbot: QtBot, window: MainWindow, service: DossierService, recorder: DialogRecorder
) -> None:
    dossier = small_dossier()
    service.save_draft(dossier)
    service.freeze_version(dossier.id, "v1")
    assert window.open_dossier(dossier.id)
    preview = go(window, "preview")
    QApplication.processEvents()
    window._open_versions_view("history")
    [panel] = window.findChildren(HistoryPanel)
    panel.select_version(1)
    panel.advance_status()  # draft → shared
    assert "Partagée" in _version_rows(preview)[1]


def test_validating_with_missing_decisions_asks_with_their_names(
    qtbot: QtBot, service: DossierService, recorder: DialogRecorder
) -> None:
    dossier = small_dossier()
    service.save_draft(dossier)
    version = service.freeze_version(dossier.id, "v1", status="shared")
    first = dossier.partners[0]
    service.record_approval(dossier.id, 1, Approval(partner=first.id, decision="approved"))
    panel = HistoryPanel(service, dossier.id)
    qtbot.addWidget(panel)
    panel.select_version(1)
    signatories = dossier.charter.signature.signatories or [p.id for p in dossier.partners]
    missing = [p.name for p in dossier.partners if p.id in signatories and p.id != first.id]
    assert missing, "the sample has more than one signatory"

    recorder.confirm_answer = False
    assert panel.advance_status() is False
    [(title, text)] = recorder.confirms
    assert title == "Décisions manquantes"
    assert all(f"– {name}" in text for name in missing) and f"– {first.name}" not in text
    assert service.get_version(dossier.id, 1).status == "shared"

    recorder.confirm_answer = True
    assert panel.advance_status() is True
    assert service.get_version(dossier.id, 1).status == "approved"
    assert version.number == 1


def test_validating_with_every_decision_asks_nothing(
    qtbot: QtBot, service: DossierService, recorder: DialogRecorder
) -> None:
    dossier = small_dossier()
    service.save_draft(dossier)
    service.freeze_version(dossier.id, "v1", status="shared")
    for partner in dossier.partners:
        service.record_approval(dossier.id, 1, Approval(partner=partner.id, decision="approved"))
    panel = HistoryPanel(service, dossier.id)
    qtbot.addWidget(panel)
    panel.select_version(1)
    assert panel.advance_status() is True
    assert recorder.confirms == []
    assert service.get_version(dossier.id, 1).status == "approved"


def test_the_approval_form_moves_to_the_next_pending_partner(
    qtbot: QtBot, service: DossierService, recorder: DialogRecorder
) -> None:
    dossier = small_dossier()
    assert len(dossier.partners) >= 3
    service.save_draft(dossier)
    service.freeze_version(dossier.id, "v1", status="shared")
    third = dossier.partners[2]
    service.record_approval(dossier.id, 1, Approval(partner=dossier.partners[1].id, decision="approved"))
    panel = HistoryPanel(service, dossier.id)
    qtbot.addWidget(panel)
    panel.select_version(1)
    panel.partner.setCurrentIndex(panel.partner.findData(dossier.partners[0].id))
    assert panel.record_decision("approved")
    # The second partner has decided already: the form goes on to the third.
    assert panel.partner.currentData() == third.id
    selected = panel.approvals.selectionModel().selectedRows()
    assert [panel.approvals.item(i.row(), 0).text() for i in selected] == [third.name]


def test_the_decision_count_agrees_with_the_number_of_partners(
    qtbot: QtBot, service: DossierService, recorder: DialogRecorder
) -> None:
    dossier = small_dossier()
    service.save_draft(dossier)
    service.freeze_version(dossier.id, "v1", status="shared")
    panel = HistoryPanel(service, dossier.id)
    qtbot.addWidget(panel)
    partners = len(dossier.partners)
    assert partners > 1
    assert panel.table.item(0, 5).text() == f"0 approuvée, 0/{partners} décisions"
