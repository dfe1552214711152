"""Issue 21, point 9: a changed decision is a new dated entry; the history travels with the file.

The earlier decision is kept in the decision's ``replaced`` key (``domain.decisions``): in the
database, in the `.charte` file, and across an import that brings a later change.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from charte_app.domain.decisions import earlier_decisions
from charte_app.domain.model import Approval
from charte_app.errors import DecisionConflict, Immutable
from charte_app.services.dossiers import DossierService
from diff_helpers import EXAMPLES

REIMS_ID_FILE = EXAMPLES / "reims-croix-rouge.charte"


def _caf(service: DossierService, dossier_id: str) -> Approval:
    return next(a for a in service.get_version(dossier_id, 1).approvals if a.partner == "caf-marne")


def test_a_changed_decision_keeps_the_earlier_one_through_the_database_and_the_file(
    data_dir: Path, tmp_path: Path
) -> None:
    with DossierService.open(data_dir) as service:
        dossier_id = service.import_file(REIMS_ID_FILE).dossier_id
        first = Approval(partner="caf-marne", decision="approved", date=date(2026, 6, 1), comment="Accord")
        service.record_approval(dossier_id, 1, first)
        service.record_approval(dossier_id, 1, first)  # the same again: nothing to keep
        assert earlier_decisions(_caf(service, dossier_id)) == []
        service.record_approval(
            dossier_id, 1, Approval(partner="caf-marne", decision="refused", date=date(2026, 6, 9)), author="Léa Martin"
        )
        caf = _caf(service, dossier_id)
        assert caf.decision == "refused"
        [earlier] = earlier_decisions(caf)
        assert (earlier.decision, earlier.date, earlier.comment, earlier.replaced_by) == (
            "approved",
            date(2026, 6, 1),
            "Accord",
            "Léa Martin",
        )
        exported = tmp_path / "dossier.charte"
        service.export_file(dossier_id, exported)
    other = tmp_path / "autre"
    other.mkdir()
    with DossierService.open(other) as service:
        service.import_file(exported)
        caf = _caf(service, dossier_id)
        assert caf.decision == "refused" and [e.decision for e in earlier_decisions(caf)] == ["approved"]


def test_an_import_brings_a_later_change_and_keeps_a_change_made_here(data_dir: Path, tmp_path: Path) -> None:
    before = tmp_path / "avant.charte"
    after = tmp_path / "apres.charte"
    with DossierService.open(data_dir) as service:
        dossier_id = service.import_file(REIMS_ID_FILE).dossier_id
        service.record_approval(dossier_id, 1, Approval(partner="caf-marne", decision="reserved"))
        service.export_file(dossier_id, before)
        service.record_approval(dossier_id, 1, Approval(partner="caf-marne", decision="approved"))
        service.export_file(dossier_id, after)
    # A partner's copy with the earlier decision receives the later change: no conflict.
    elsewhere = tmp_path / "ailleurs"
    elsewhere.mkdir()
    with DossierService.open(elsewhere) as service:
        service.import_file(before)
        assert _caf(service, dossier_id).decision == "reserved"
        service.import_file(after)
        caf = _caf(service, dossier_id)
        assert caf.decision == "approved" and [e.decision for e in earlier_decisions(caf)] == ["reserved"]
        # The older file again: the change recorded here stands.
        service.import_file(before)
        assert _caf(service, dossier_id).decision == "approved"
    # A decision changed without a trace is still a contradiction.
    third = tmp_path / "troisieme"
    third.mkdir()
    with DossierService.open(third) as service:
        service.import_file(REIMS_ID_FILE)
        service.record_approval(dossier_id, 1, Approval(partner="caf-marne", decision="refused"))
        with pytest.raises(DecisionConflict):
            service.import_file(before)
    shutil.rmtree(third)


def test_recorded_decisions_of_an_approved_version_cannot_change(data_dir: Path) -> None:
    with DossierService.open(data_dir) as service:
        dossier_id = service.import_file(REIMS_ID_FILE).dossier_id
        assert service.get_version(dossier_id, 2).status == "approved"
        with pytest.raises(Immutable, match="validée"):
            service.record_approval(dossier_id, 2, Approval(partner="ville-reims", decision="refused"))
