"""Cases shared by the SQLite and the PostgreSQL store tests, so both back ends face the same list."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from charte_app.domain.model import Approval
from charte_app.samples import small_dossier
from charte_app.services.dossiers import DossierService


def freeze_signed_history(service: DossierService) -> str:
    """Store a dossier with version 1 (shared) and version 2 (signed, approved by the first partner)."""
    dossier = small_dossier()
    service.save_draft(dossier)
    service.freeze_version(dossier.id, "Projet partagé", status="shared")
    dossier.diagnosis = "Diagnostic revu en comité."
    service.save_draft(dossier)
    service.freeze_version(dossier.id, "Version signée", status="approved")
    service.record_approval(dossier.id, 2, Approval(partner=dossier.partners[0].id, decision="approved"))
    service.set_version_status(dossier.id, 2, "signed")
    return dossier.id


#: Raw SQL the guard triggers must refuse on a dossier with version 1 shared and version 2 signed and
#: approved (fixture ``frozen`` in each test module): no statement may change a version's content,
#: a signed version's label, status or decisions, or delete what holds a signed version.
FORBIDDEN_RAW_SQL = [
    "UPDATE versions SET snapshot = '{}' WHERE number = 1",
    "UPDATE versions SET fingerprint = 'sha256:00' WHERE number = 1",
    "UPDATE versions SET number = 9 WHERE number = 1",
    "UPDATE versions SET label = 'autre' WHERE number = 2",
    "UPDATE versions SET status = 'approved' WHERE number = 2",
    "UPDATE versions SET status = 'draft' WHERE number = 1",
    "DELETE FROM versions WHERE number = 2",
    "DELETE FROM approvals WHERE version_id = (SELECT id FROM versions WHERE number = 2)",
    "UPDATE approvals SET decision = 'refused'",
    "INSERT INTO approvals (version_id, position, partner, decision, extra) "
    "SELECT id, 9, 'p000', 'refused', '{}' FROM versions WHERE number = 2",
    "DELETE FROM dossiers",
    # Upserts that would rewrite a stored version or a signed version's decisions: the update guards
    # refuse them, and since revision 0003 the insert guards too, before the conflict is even resolved.
    "INSERT INTO versions (id, dossier_id, number, label, created_at, status, fingerprint, snapshot, extra) "
    "SELECT id, dossier_id, number, label, created_at, status, fingerprint, '{}', extra FROM versions "
    "WHERE number = 2 ON CONFLICT (id) DO UPDATE SET snapshot = excluded.snapshot",
    "INSERT INTO versions (dossier_id, number, label, created_at, status, fingerprint, snapshot, extra) "
    "SELECT dossier_id, number, label, created_at, 'draft', fingerprint, '{}', extra FROM versions "
    "WHERE number = 1 ON CONFLICT (dossier_id, number) DO UPDATE SET snapshot = excluded.snapshot",
    "INSERT INTO approvals (id, version_id, position, partner, decision, extra) "
    "SELECT a.id, (SELECT id FROM versions WHERE number = 1), 0, a.partner, 'refused', '{}' "
    "FROM approvals a JOIN versions v ON v.id = a.version_id WHERE v.number = 2 "
    "ON CONFLICT (id) DO UPDATE SET version_id = excluded.version_id, decision = excluded.decision",
]

_REWRITE_SIGNED = (
    "SELECT id, dossier_id, number, label, created_at, status, fingerprint, replace(snapshot, 'a', 'A'), extra "
    "FROM versions WHERE number = 2"
)
_COLUMNS = "(id, dossier_id, number, label, created_at, status, fingerprint, snapshot, extra)"

#: SQLite's own ways to rewrite a row: its REPLACE conflict resolution deletes the old row without firing
#: delete triggers, so only the BEFORE INSERT guards of revision 0003 stop them.
FORBIDDEN_SQLITE_SQL = [
    f"INSERT OR REPLACE INTO versions {_COLUMNS} {_REWRITE_SIGNED}",
    f"REPLACE INTO versions {_COLUMNS} {_REWRITE_SIGNED}",
    # same dossier and number, a new id: the unique constraint's REPLACE would delete the signed version
    "INSERT OR REPLACE INTO versions (dossier_id, number, label, created_at, status, fingerprint, snapshot, extra) "
    "SELECT dossier_id, number, label, created_at, 'draft', fingerprint, '{}', extra FROM versions WHERE number = 2",
    "INSERT OR REPLACE INTO versions (dossier_id, number, label, created_at, status, fingerprint, snapshot, extra) "
    "SELECT dossier_id, number, label, created_at, status, fingerprint, '{}', extra FROM versions WHERE number = 1",
    # a signed version's decision moved onto an unsigned version (the row of the signed one deleted)
    "INSERT OR REPLACE INTO approvals (id, version_id, position, partner, decision, extra) "
    "SELECT a.id, (SELECT id FROM versions WHERE number = 1), 0, a.partner, 'refused', '{}' "
    "FROM approvals a JOIN versions v ON v.id = a.version_id WHERE v.number = 2",
]

#: PostgreSQL's TRUNCATE skips row triggers: a statement guard (revision 0003) refuses it.
FORBIDDEN_POSTGRESQL_SQL = [
    "TRUNCATE versions CASCADE",
    "TRUNCATE approvals",
    "TRUNCATE dossiers CASCADE",
]


def two_sessions_never_overwrite_each_other(open_service: Callable[[], DossierService]) -> None:
    """Two sessions edit one draft: the second save is refused with who and when, nothing is lost,
    and a save from the newer revision goes through (same case on SQLite and PostgreSQL)."""
    from charte_app.errors import DraftConflict

    with open_service() as first, open_service() as second:
        dossier = small_dossier()
        first.save_draft(dossier)
        mine, theirs = first.open_draft(dossier.id), second.open_draft(dossier.id)
        theirs.dossier.diagnosis = "Diagnostic de l'autre session"
        after = second.save_draft(theirs.dossier, base_revision=theirs.revision)
        assert after.revision == theirs.revision + 1
        mine.dossier.common_goal = "But commun modifié"
        with pytest.raises(DraftConflict) as conflict:
            first.save_draft(mine.dossier, base_revision=mine.revision)
        assert conflict.value.revision == after.revision
        assert "a enregistré ce dossier" in conflict.value.message and conflict.value.saved_by
        stored = first.load_draft(dossier.id)
        assert stored.diagnosis == "Diagnostic de l'autre session" and stored.common_goal != "But commun modifié"
        assert first.save_draft(mine.dossier, base_revision=after.revision).revision == after.revision + 1
