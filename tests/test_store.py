"""The store: drafts, versions, approvals, settings, units of work, and immutability.

Immutability is checked twice: through the repository (a French ``Immutable``
error before anything is sent) and with raw SQL, which the database's own
triggers must refuse.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from charte_app.domain import fingerprint
from charte_app.domain.model import Approval
from charte_app.errors import Immutable, NotFound
from charte_app.samples import small_dossier
from charte_app.services.dossiers import DossierService
from charte_app.storage import Store
from charte_app.storage.convert import stored_approval
from charte_app.storage.location import DATABASE_FILE
from storage_cases import FORBIDDEN_RAW_SQL, FORBIDDEN_SQLITE_SQL, freeze_signed_history


@pytest.fixture
def service(data_dir: Path) -> DossierService:
    svc = DossierService.open(data_dir)
    yield svc
    svc.close()


@pytest.fixture
def frozen(service: DossierService) -> tuple[DossierService, str]:
    """A dossier with version 1 (shared) and version 2 (signed, approved by the first partner)."""
    return service, freeze_signed_history(service)


def raw(data_dir: Path) -> sqlite3.Connection:
    """A plain connection, as any other program could open, with the usual pragmas."""
    conn = sqlite3.connect(data_dir / DATABASE_FILE)
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def test_new_database_has_wal_foreign_keys_and_busy_timeout(data_dir: Path) -> None:
    store = Store.open(data_dir)
    try:
        with store.transaction() as repo:
            session = repo.session
            assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert session.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
    finally:
        store.close()


def test_draft_autosave_replaces_the_draft_and_keeps_summary_columns(service: DossierService) -> None:
    dossier = small_dossier(title="Brouillon")
    service.save_draft(dossier)
    dossier.title = "Brouillon modifié"
    dossier.territory = "Épernay"
    service.save_draft(dossier)
    loaded = service.load_draft(dossier.id)
    assert loaded == dossier
    (summary,) = service.list_dossiers()
    assert (summary.title, summary.territory, summary.version_count) == ("Brouillon modifié", "Épernay", 0)


def test_freeze_numbers_versions_and_fingerprints_the_draft(service: DossierService) -> None:
    dossier = small_dossier()
    service.save_draft(dossier)
    first = service.freeze_version(dossier.id, "Premier projet", author="Coordination PRE")
    dossier.common_goal = "Un but commun réécrit."
    service.save_draft(dossier)
    second = service.freeze_version(dossier.id, "Deuxième projet", status="shared")
    assert (first.number, second.number) == (1, 2)
    assert first.fingerprint == fingerprint(first.snapshot) == fingerprint(service.get_version(dossier.id, 1).snapshot)
    assert second.snapshot.common_goal == "Un but commun réécrit."
    assert first.fingerprint != second.fingerprint
    assert [v.status for v in service.list_versions(dossier.id)] == ["draft", "shared"]
    # the draft keeps moving; the versions do not
    dossier.common_goal = "Encore autre chose."
    service.save_draft(dossier)
    assert service.get_version(dossier.id, 2).snapshot.common_goal == "Un but commun réécrit."


def test_repository_refuses_changes_to_a_signed_version(frozen: tuple[DossierService, str]) -> None:
    service, dossier_id = frozen
    with pytest.raises(Immutable, match="signée"):
        service.relabel_version(dossier_id, 2, "Autre libellé")
    with pytest.raises(Immutable, match="signée"):
        service.delete_version(dossier_id, 2)
    with pytest.raises(Immutable, match="signée"):
        service.set_version_status(dossier_id, 2, "approved")
    partner = service.get_version(dossier_id, 2).snapshot.partners[0].id
    with pytest.raises(Immutable, match="signée"):
        service.record_approval(dossier_id, 2, Approval(partner=partner, decision="refused"))
    assert service.get_version(dossier_id, 2).label == "Version signée"


def test_status_only_moves_forward(frozen: tuple[DossierService, str]) -> None:
    service, dossier_id = frozen
    service.set_version_status(dossier_id, 1, "approved")
    with pytest.raises(Immutable, match="ne peut qu'avancer"):
        service.set_version_status(dossier_id, 1, "shared")
    assert service.get_version(dossier_id, 1).status == "approved"


def test_unsigned_version_can_be_relabelled_and_deleted(frozen: tuple[DossierService, str]) -> None:
    service, dossier_id = frozen
    service.relabel_version(dossier_id, 1, "Projet du 3 juin")
    assert service.get_version(dossier_id, 1).label == "Projet du 3 juin"
    service.delete_version(dossier_id, 1)
    assert [v.number for v in service.list_versions(dossier_id)] == [2]
    with pytest.raises(NotFound):
        service.get_version(dossier_id, 1)


def test_one_decision_per_partner(frozen: tuple[DossierService, str]) -> None:
    service, dossier_id = frozen
    partners = [p.id for p in service.get_version(dossier_id, 1).snapshot.partners]
    service.record_approval(dossier_id, 1, Approval(partner=partners[0], decision="reserved", comment="À préciser."))
    service.record_approval(dossier_id, 1, Approval(partner=partners[1], decision="approved"))
    service.record_approval(dossier_id, 1, Approval(partner=partners[0], decision="approved"))
    approvals = service.get_version(dossier_id, 1).approvals
    assert [(a.partner, a.decision, a.comment) for a in approvals] == [
        (partners[0], "approved", None),
        (partners[1], "approved", None),
    ]


@pytest.mark.parametrize("statement", FORBIDDEN_RAW_SQL + FORBIDDEN_SQLITE_SQL)
def test_database_triggers_refuse_raw_sql(frozen: tuple[DossierService, str], data_dir: Path, statement: str) -> None:
    service, dossier_id = frozen

    def history() -> list[object]:
        # get_version checks each snapshot against its fingerprint: a rewritten one would raise
        versions = [service.get_version(dossier_id, v.number) for v in service.list_versions(dossier_id)]
        return [(v.number, v.label, v.status, v.fingerprint, v.approvals, v.snapshot) for v in versions]

    before = history()
    conn = raw(data_dir)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(statement)
        conn.rollback()
    finally:
        conn.close()
    assert history() == before


def test_raw_sql_may_still_change_what_is_allowed(frozen: tuple[DossierService, str], data_dir: Path) -> None:
    conn = raw(data_dir)
    try:
        conn.execute("UPDATE versions SET label = 'Projet revu', status = 'approved' WHERE number = 1")
        conn.commit()
    finally:
        conn.close()
    service, dossier_id = frozen
    version = service.get_version(dossier_id, 1)
    assert (version.label, version.status) == ("Projet revu", "approved")


def test_orm_update_through_the_session_is_refused_by_the_database(frozen: tuple[DossierService, str]) -> None:
    service, dossier_id = frozen
    with pytest.raises(IntegrityError):
        with service._store.transaction() as repo:
            repo.session.execute(text("UPDATE versions SET snapshot = '{}'"))


def test_transaction_rolls_back_as_a_whole(service: DossierService) -> None:
    dossier = small_dossier()
    service.save_draft(dossier)
    with pytest.raises(RuntimeError):
        with service._store.transaction() as repo:
            repo.update_draft(dossier.id, title="Titre perdu", territory=None, updated_at="2030-01-01", draft="{}")
            repo.set_setting("theme", "sombre")
            raise RuntimeError("panne au milieu de l'action")
    assert service.load_draft(dossier.id) == dossier
    assert service.get_setting("theme") is None
    assert service.list_dossiers()[0].title == dossier.title


def test_signed_version_gets_its_approvals_before_its_signature(service: DossierService) -> None:
    """A file may bring a signed version with approvals: stored whole despite the triggers."""
    dossier = small_dossier()
    service.save_draft(dossier)
    version = service.freeze_version(dossier.id, "Projet")
    version.approvals = [Approval(partner=dossier.partners[0].id, decision="approved")]
    version.status = "signed"
    version.number = 2
    from charte_app.storage.convert import stored_version

    with service._store.transaction() as repo:
        repo.add_version(dossier.id, stored_version(version))
    stored = service.get_version(dossier.id, 2)
    assert stored.status == "signed"
    assert [a.partner for a in stored.approvals] == [dossier.partners[0].id]
    with pytest.raises(Immutable):
        with service._store.transaction() as repo:
            repo.set_approval(repo.version(dossier.id, 2), stored_approval(Approval(partner=dossier.partners[1].id)))


def test_settings(service: DossierService) -> None:
    assert service.get_setting("langue", "fr") == "fr"
    service.set_setting("langue", "en")
    assert service.get_setting("langue") == "en"
    service.set_setting("langue", None)
    assert service.get_setting("langue") is None


def test_concurrent_freezes_from_two_processes_number_versions_uniquely(data_dir: Path) -> None:
    """Two installations of the app on one database (two engines) freezing at the same time."""
    import threading

    first = DossierService.open(data_dir)
    second = DossierService.open(data_dir)
    dossier = small_dossier()
    first.save_draft(dossier)
    failures: list[BaseException] = []

    def freeze(service: DossierService, name: str) -> None:
        try:
            for i in range(5):
                service.freeze_version(dossier.id, f"{name} {i}")
        except BaseException as exc:  # reported below: a thread's exception would otherwise vanish
            failures.append(exc)

    threads = [threading.Thread(target=freeze, args=(s, n)) for s, n in ((first, "A"), (second, "B"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert failures == []
        assert [v.number for v in first.list_versions(dossier.id)] == list(range(1, 11))
    finally:
        first.close()
        second.close()


def test_a_database_locked_by_another_program_is_a_french_error(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from charte_app.errors import UserError
    from charte_app.storage import engine

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)  # do not wait the real ten seconds
    service = DossierService.open(data_dir)
    dossier = small_dossier()
    service.save_draft(dossier)
    other = sqlite3.connect(data_dir / DATABASE_FILE, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        dossier.diagnosis = "Modifié pendant le verrou."
        with pytest.raises(UserError, match="occupée par un autre programme"):
            service.save_draft(dossier)
    finally:
        other.execute("ROLLBACK")
        other.close()
    service.save_draft(dossier)  # once the lock is gone, the same action succeeds
    assert service.load_draft(dossier.id).diagnosis == "Modifié pendant le verrou."
    service.close()


def test_light_reads_return_exactly_what_the_orm_path_returns(
    frozen: tuple[DossierService, str], data_dir: Path
) -> None:
    """On a SQLite file at the current schema, the start-up reads use the standard driver (no engine);
    once the engine exists they run in a unit of work. Both give the same answers, errors included."""
    service, dossier_id = frozen
    other = small_dossier()
    other.id, other.title = "0f6c3a52-7c1e-4b0e-9a57-5b8f1d2c3e4f", "Autre dossier"
    service.save_draft(other)
    assert service.delete_dossier(dossier_id) == "archived"  # signed version: archived, still listed with archives
    service.set_setting("langue", "en")
    service.set_setting("vide", "")
    orm = service._store
    assert orm._engine is not None  # created the database: the SQLAlchemy path
    light = Store.open(data_dir)
    assert light._engine is None  # already at head: the standard driver
    try:
        for store in (orm, light):
            with pytest.raises(NotFound, match="absent"):
                store.draft("absent")
        assert light.draft(dossier_id) == orm.draft(dossier_id)
        assert light.draft(other.id) == orm.draft(other.id)
        with orm.transaction(readonly=True) as repo:  # the mapped row, as the ORM reads it
            assert orm.draft(other.id) == repo.dossier(other.id, with_draft=True).draft
            assert orm.setting("langue") == repo.get_setting("langue") == "en"
        for key in ("langue", "vide", "jamais posé"):
            assert light.setting(key) == orm.setting(key)
        assert light.setting("vide") == ""
        assert light.setting("jamais posé") is None
        for archived in (False, True):
            assert light.summaries(archived) == orm.summaries(archived)
        assert [s.id for s in light.summaries(True)] != [s.id for s in light.summaries(False)]
        assert light._engine is None  # every read above went through the standard driver
    finally:
        light.close()


def test_light_reads_write_nothing(data_dir: Path) -> None:
    service = DossierService.open(data_dir)
    service.save_draft(small_dossier())
    service.close()
    light = Store.open(data_dir)
    assert light._engine is None
    from charte_app.errors import UserError

    with pytest.raises(UserError, match="lecture seule"):  # query_only: a read that would write is refused
        light._read("DELETE FROM dossiers")
    assert len(light.summaries()) == 1
    light.close()


def test_opening_and_reading_a_current_database_does_not_import_sqlalchemy(data_dir: Path) -> None:
    """What the application reads before its first paint (settings, the list, the last draft)."""
    import subprocess
    import sys

    service = DossierService.open(data_dir)
    dossier = small_dossier()
    service.save_draft(dossier)
    service.set_setting("last_dossier", dossier.id)
    service.close()
    code = (
        "import sys; from charte_app.services.dossiers import DossierService; "
        f"s = DossierService.open({str(data_dir)!r}); "
        "last = s.get_setting('last_dossier'); s.get_setting('language', 'fr'); s.list_dossiers(); "
        "print(s.load_draft(last).title, 'sqlalchemy' in sys.modules); "
        "[None for _ in s.warm_up()]; print('sqlalchemy.orm' in sys.modules); "
        "print(s.load_draft(last).title, s._store._engine is not None)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == [f"{dossier.title} False", "True", f"{dossier.title} True"]
