"""The same store on a real PostgreSQL server: migrations, files, versions, guards, CLI.

Each test gets an empty database of its own on the session's throwaway server (see ``pg_server``).
The database's triggers are checked with raw SQL sent through SQLAlchemy, as any other program could.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import DBAPIError

from charte_app.domain import DossierRefused, fingerprint
from charte_app.domain.canonical import PREFIX, canonical_json
from charte_app.domain.model import Approval
from charte_app.errors import (
    AlteredVersion,
    DecisionConflict,
    Immutable,
    ImportDraftConflict,
    NewerDatabase,
    NotFound,
    UserError,
)
from charte_app.samples import small_dossier
from charte_app.services.dossiers import DossierService, VersionRef
from charte_app.storage import Store
from charte_app.storage.location import DATABASE_FILE
from charte_app.storage.migrate import HEAD
from storage_cases import (
    FORBIDDEN_POSTGRESQL_SQL,
    FORBIDDEN_RAW_SQL,
    freeze_signed_history,
    two_sessions_never_overwrite_each_other,
)

EXAMPLES = ["epernay-psychomotricite.charte", "reims-croix-rouge.charte"]
REIMS = "reims-croix-rouge.charte"
REIMS_ID = "6b0c3c6e-2d7a-4c5e-9d8e-0b3f8d3c1a01"
EPERNAY_ID = "0f7d2a54-8a53-4b0c-8f4a-7e52c9a0b002"
TABLES = {"alembic_version", "dossiers", "versions", "approvals", "settings", "replaced_drafts"}


@pytest.fixture
def service(pg_url: str, data_dir: Path) -> Iterator[DossierService]:
    svc = DossierService.open(data_dir, pg_url)
    yield svc
    svc.close()


@pytest.fixture
def frozen(service: DossierService) -> tuple[DossierService, str]:
    """A dossier with version 1 (shared) and version 2 (signed, approved by the first partner)."""
    return service, freeze_signed_history(service)


def execute(url: str, *statements: str) -> None:
    """Run statements in one transaction on a connection of their own (another program's)."""
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            for statement in statements:
                conn.execute(text(statement))
    finally:
        engine.dispose()


def database_state(url: str) -> dict[str, object]:
    """Everything a migration or a write could change: tables with their rows, triggers, functions."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            tables = sorted(inspect(conn).get_table_names())
            state: dict[str, object] = {
                name: conn.execute(text(f'SELECT t::text FROM "{name}" t ORDER BY 1')).scalars().all()
                for name in tables
            }
            state["triggers"] = (
                conn.execute(text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1")).scalars().all()
            )
            state["functions"] = (
                conn.execute(
                    text(
                        "SELECT proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                        "WHERE n.nspname = 'public' ORDER BY 1"
                    )
                )
                .scalars()
                .all()
            )
            state["indexes"] = (
                conn.execute(text("SELECT indexname FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1"))
                .scalars()
                .all()
            )
        return state
    finally:
        engine.dispose()


def _history(service: DossierService, dossier_id: str) -> list[tuple[object, ...]]:
    # get_version checks each snapshot against its fingerprint: a rewritten one would raise
    versions = [service.get_version(dossier_id, v.number) for v in service.list_versions(dossier_id)]
    return [(v.number, v.label, v.status, v.fingerprint, v.approvals, v.snapshot) for v in versions]


# -- schema -----------------------------------------------------------------------------------------


def test_migrations_create_the_schema_on_an_empty_database(pg_url: str, data_dir: Path) -> None:
    assert database_state(pg_url) == {"triggers": [], "functions": [], "indexes": []}
    Store.open(data_dir, pg_url).close()
    state = database_state(pg_url)
    assert set(state) - {"triggers", "functions", "indexes"} == TABLES
    assert state["alembic_version"] == [f"({HEAD})"]
    assert state["triggers"] == [
        "approvals_guard",
        "approvals_insert_guard",
        "approvals_truncate_guard",
        "dossiers_guard",
        "dossiers_truncate_guard",
        "versions_guard",
        "versions_insert_guard",
        "versions_truncate_guard",
    ]
    assert state["functions"] == [
        "charte_approvals_guard",
        "charte_approvals_insert_guard",
        "charte_dossiers_guard",
        "charte_truncate_guard",
        "charte_versions_guard",
        "charte_versions_insert_guard",
    ]
    assert {"ix_versions_fingerprint", "ix_versions_dossier_id", "uq_versions_dossier_number"} <= set(
        state["indexes"]  # type: ignore[arg-type]
    )
    assert list(data_dir.iterdir()) == []  # neither a SQLite file nor a backup beside the server database
    Store.open(data_dir, pg_url).close()  # already at the head: opened again, left as it was
    assert database_state(pg_url) == state


def test_a_database_of_a_newer_charte_app_is_refused_untouched(pg_url: str, data_dir: Path) -> None:
    Store.open(data_dir, pg_url).close()
    execute(pg_url, "UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = database_state(pg_url)
    with pytest.raises(NewerDatabase) as refused:
        DossierService.open(data_dir, pg_url)
    assert "plus récente" in refused.value.message
    assert database_state(pg_url) == before
    assert before["alembic_version"] == ["(9999_from_the_future)"]


def test_a_foreign_database_is_refused_untouched(pg_url: str, data_dir: Path) -> None:
    execute(pg_url, "CREATE TABLE dossiers (id integer PRIMARY KEY)", "INSERT INTO dossiers VALUES (7)")
    before = database_state(pg_url)
    with pytest.raises(UserError, match="pas été créée par charte-app"):
        DossierService.open(data_dir, pg_url)
    assert database_state(pg_url) == before


# -- files ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", EXAMPLES)
def test_example_round_trips_losslessly(
    service: DossierService, pg_url: str, examples_dir: Path, tmp_path: Path, name: str
) -> None:
    original = json.loads((examples_dir / name).read_bytes())
    result = service.import_file(examples_dir / name)
    assert result.created and result.added_versions == len(original.get("versions", []))
    out = tmp_path / "out.charte"
    service.export_file(result.dossier_id, out)
    assert json.loads(out.read_bytes()) == original
    doc = service.to_file(result.dossier_id)
    for version, raw in zip(doc.versions, original.get("versions", []), strict=True):
        assert fingerprint(version.snapshot) == raw["fingerprint"] == version.fingerprint
    engine = create_engine(pg_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT fingerprint, snapshot FROM versions ORDER BY number")).all()
    finally:
        engine.dispose()
    assert [f for f, _ in rows] == [v["fingerprint"] for v in original.get("versions", [])]
    for stored_fingerprint, snapshot in rows:  # the stored text is the canonical JSON the print hashes
        assert stored_fingerprint == "sha256:" + hashlib.sha256(snapshot.encode("utf-8")).hexdigest()


def test_both_examples_are_listed(service: DossierService, examples_dir: Path) -> None:
    assert service.list_dossiers() == []
    for name in EXAMPLES:
        service.import_file(examples_dir / name)
    listed = {s.id: s for s in service.list_dossiers()}
    assert set(listed) == {REIMS_ID, EPERNAY_ID}
    reims, epernay = listed[REIMS_ID], listed[EPERNAY_ID]
    assert (reims.title, reims.version_count, reims.latest_status, reims.archived) == (
        "Coopération éducative – quartier Croix-Rouge",
        2,
        "approved",
        False,
    )
    assert (epernay.version_count, epernay.latest_status, epernay.archived) == (0, None, False)
    assert type(reims.version_count) is int and type(reims.archived) is bool
    updated = [s.updated_at for s in service.list_dossiers()]
    assert updated == sorted(updated, reverse=True)


def test_a_refused_file_leaves_nothing(service: DossierService, examples_dir: Path, tmp_path: Path) -> None:
    raw = json.loads((examples_dir / REIMS).read_bytes())
    raw["dossier"]["charter"]["commitments"][0]["partner"] = "inconnu"
    bad = tmp_path / "bad.charte"
    bad.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(DossierRefused) as refused:
        service.import_file(bad)
    assert "dossier.charter.commitments[0].partner" in refused.value.french()
    assert service.list_dossiers(include_archived=True) == []


def _long_created_at(raw: dict) -> None:
    raw["versions"][1]["created_at"] = "2026-06-01T10:00:00.123456789+02:00[Europe/Paris]"  # VARCHAR(40)


def _nul_in_title(raw: dict) -> None:
    raw["dossier"]["title"] = "Coopération\u0000éducative"  # PostgreSQL's text holds no NUL character


@pytest.mark.parametrize(
    ("change", "path"),
    [(_long_created_at, "versions[1].created_at"), (_nul_in_title, "dossier.title")],
)
def test_a_value_postgresql_would_refuse_is_refused_before_the_database_on_every_back_end(
    service: DossierService, examples_dir: Path, tmp_path: Path, change: object, path: str
) -> None:
    """SQLite would store such values as they are: validation refuses them first, so both back ends agree."""
    raw = json.loads((examples_dir / REIMS).read_bytes())
    change(raw)  # type: ignore[operator]
    source = tmp_path / "valeur.charte"
    source.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(DossierRefused) as refused:
        service.import_file(source)
    assert path in refused.value.french()
    assert service.list_dossiers(include_archived=True) == []


def test_a_value_the_server_refuses_on_save_is_a_french_error_and_changes_nothing(
    service: DossierService, examples_dir: Path
) -> None:
    """The unit of work's safety net: a value only PostgreSQL refuses becomes a French error."""
    service.import_file(examples_dir / REIMS)
    draft = service.load_draft(REIMS_ID)
    draft.title = "Titre\x00nul"  # refused by the service's text hygiene before the server sees it (issue 10)
    with pytest.raises(DossierRefused, match="U\\+0000"):
        service.save_draft(draft)
    # A settings key longer than its VARCHAR(200) column: SQLite stores it, only the server refuses it.
    with pytest.raises(UserError, match="refusé une valeur") as refused:
        service.set_setting("k" * 201, "valeur")
    assert "rien n'a été enregistré" in refused.value.message
    assert service.get_setting("k" * 201) is None
    assert service.list_dossiers()[0].title == "Coopération éducative – quartier Croix-Rouge"


def test_an_import_failing_half_way_is_rolled_back_whole(
    service: DossierService, examples_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dossier and its first version are already sent to the server when the second one fails."""
    from charte_app.storage.repository import Repository

    original = Repository.add_version
    calls: list[int] = []

    def add_version_then_fail(self: Repository, dossier_id: str, version: object) -> object:
        calls.append(1)
        if len(calls) == 2:
            assert self.session.execute(text("SELECT COUNT(*) FROM versions")).scalar() == 1
            raise RuntimeError("panne au milieu de l'import")
        return original(self, dossier_id, version)  # type: ignore[arg-type]

    monkeypatch.setattr(Repository, "add_version", add_version_then_fail)
    with pytest.raises(RuntimeError, match="panne"):
        service.import_file(examples_dir / REIMS)
    monkeypatch.undo()
    assert service.list_dossiers(include_archived=True) == []
    with pytest.raises(NotFound):
        service.load_draft(REIMS_ID)
    assert service.import_file(examples_dir / REIMS).added_versions == 2  # the same file, whole, afterwards


def test_find_by_fingerprint(service: DossierService, examples_dir: Path) -> None:
    for name in EXAMPLES:
        service.import_file(examples_dir / name)
    full = service.get_version(REIMS_ID, 1).fingerprint
    expected = [
        VersionRef(
            REIMS_ID,
            "Coopération éducative – quartier Croix-Rouge",
            1,
            "Projet présenté au comité technique",
            "shared",
            full,
        )
    ]
    assert service.find_by_fingerprint(full) == expected
    assert service.find_by_fingerprint(full.removeprefix("sha256:")[:16].upper()) == expected
    second = service.get_version(REIMS_ID, 2).fingerprint
    assert [(r.number, r.status) for r in service.find_by_fingerprint(second[:20])] == [(2, "approved")]
    assert service.find_by_fingerprint("sha256:" + "0" * 64) == []
    assert service.find_by_fingerprint("zz%") == []
    assert service.find_by_fingerprint("") == []


# -- drafts and versions ----------------------------------------------------------------------------


def test_two_sessions_on_the_server_never_overwrite_each_other(pg_url: str, data_dir: Path) -> None:
    two_sessions_never_overwrite_each_other(lambda: DossierService.open(data_dir, pg_url))


def test_save_draft_replaces_the_draft_and_keeps_its_errors(service: DossierService) -> None:
    dossier = small_dossier(title="Brouillon")
    service.save_draft(dossier)
    dossier.title = "Brouillon modifié"
    dossier.territory = "Épernay"
    service.save_draft(dossier)
    assert service.load_draft(dossier.id) == dossier
    (summary,) = service.list_dossiers()
    assert (summary.title, summary.territory, summary.version_count) == ("Brouillon modifié", "Épernay", 0)
    assert summary.updated_at == dossier.updated_at
    dossier.charter.commitments[0].partner = "personne"
    assert [p.path for p in service.save_draft(dossier).problems] == ["dossier.charter.commitments[0].partner"]
    assert service.open_draft(dossier.id).problems[0].path == "dossier.charter.commitments[0].partner"
    assert service.list_dossiers()[0].problem_count == 1
    with pytest.raises(DossierRefused):
        service.freeze_version(dossier.id, "v1")


def test_freeze_numbers_versions_and_fingerprints_the_draft(service: DossierService) -> None:
    dossier = small_dossier()
    service.save_draft(dossier)
    first = service.freeze_version(dossier.id, "Premier projet", author="Coordination PRE")
    dossier.common_goal = "Un but commun réécrit."
    service.save_draft(dossier)
    second = service.freeze_version(dossier.id, "Deuxième projet", status="shared")
    assert (first.number, second.number) == (1, 2)
    assert first.fingerprint == fingerprint(first.snapshot) == service.get_version(dossier.id, 1).fingerprint
    assert first.fingerprint != second.fingerprint
    assert [(v.number, v.status, v.author) for v in service.list_versions(dossier.id)] == [
        (1, "draft", "Coordination PRE"),
        (2, "shared", None),
    ]
    dossier.common_goal = "Encore autre chose."
    service.save_draft(dossier)  # the draft keeps moving; the versions do not
    assert service.get_version(dossier.id, 2).snapshot.common_goal == "Un but commun réécrit."
    (summary,) = service.list_dossiers()
    assert (summary.version_count, summary.latest_status) == (2, "shared")


def test_approvals_one_decision_per_partner(frozen: tuple[DossierService, str]) -> None:
    service, dossier_id = frozen
    partners = [p.id for p in service.get_version(dossier_id, 1).snapshot.partners]
    service.record_approval(dossier_id, 1, Approval(partner=partners[0], decision="reserved", comment="À préciser."))
    service.record_approval(dossier_id, 1, Approval(partner=partners[1], decision="approved"))
    service.record_approval(dossier_id, 1, Approval(partner=partners[0], decision="approved"))
    assert [(a.partner, a.decision, a.comment) for a in service.get_version(dossier_id, 1).approvals] == [
        (partners[0], "approved", None),
        (partners[1], "approved", None),
    ]
    with pytest.raises(UserError, match="n'est pas un partenaire"):
        service.record_approval(dossier_id, 1, Approval(partner="inconnu"))
    assert [a.partner for a in service.get_version(dossier_id, 2).approvals] == [partners[0]]


def test_status_only_moves_forward(frozen: tuple[DossierService, str]) -> None:
    service, dossier_id = frozen
    service.set_version_status(dossier_id, 1, "approved")
    with pytest.raises(Immutable, match="ne peut qu'avancer"):
        service.set_version_status(dossier_id, 1, "shared")
    assert service.get_version(dossier_id, 1).status == "approved"
    service.set_version_status(dossier_id, 1, "signed")
    assert [v.status for v in service.list_versions(dossier_id)] == ["signed", "signed"]


def test_repository_refuses_changes_to_a_signed_version(frozen: tuple[DossierService, str]) -> None:
    service, dossier_id = frozen
    before = _history(service, dossier_id)
    partner = service.get_version(dossier_id, 2).snapshot.partners[1].id
    for action in (
        lambda: service.relabel_version(dossier_id, 2, "Autre libellé"),
        lambda: service.delete_version(dossier_id, 2),
        lambda: service.set_version_status(dossier_id, 2, "approved"),
        lambda: service.record_approval(dossier_id, 2, Approval(partner=partner, decision="refused")),
    ):
        with pytest.raises(Immutable, match="signée"):
            action()
    assert _history(service, dossier_id) == before
    assert service.delete_dossier(dossier_id) == "archived"
    assert service.list_dossiers() == [] and service.list_dossiers(include_archived=True)[0].archived
    assert _history(service, dossier_id) == before


def test_unsigned_versions_and_dossiers_can_still_change(frozen: tuple[DossierService, str]) -> None:
    service, dossier_id = frozen
    service.relabel_version(dossier_id, 1, "Projet du 3 juin")
    assert service.get_version(dossier_id, 1).label == "Projet du 3 juin"
    service.delete_version(dossier_id, 1)
    assert [v.number for v in service.list_versions(dossier_id)] == [2]
    plain = small_dossier(seed=1)
    service.save_draft(plain)
    service.freeze_version(plain.id, "Projet")
    assert service.delete_dossier(plain.id) == "deleted"
    with pytest.raises(NotFound):
        service.load_draft(plain.id)


@pytest.mark.parametrize("statement", FORBIDDEN_RAW_SQL + FORBIDDEN_POSTGRESQL_SQL)
def test_database_triggers_refuse_raw_sql(frozen: tuple[DossierService, str], pg_url: str, statement: str) -> None:
    service, dossier_id = frozen
    before = _history(service, dossier_id)
    with pytest.raises(DBAPIError) as refused:
        execute(pg_url, statement)
    assert getattr(refused.value.orig, "sqlstate", None) == "P0001"  # RAISE EXCEPTION in a guard trigger
    assert _history(service, dossier_id) == before


def test_raw_sql_may_still_change_what_is_allowed(frozen: tuple[DossierService, str], pg_url: str) -> None:
    service, dossier_id = frozen
    execute(pg_url, "UPDATE versions SET label = 'Projet revu', status = 'approved' WHERE number = 1")
    version = service.get_version(dossier_id, 1)
    assert (version.label, version.status) == ("Projet revu", "approved")


def test_raw_update_inside_a_unit_of_work_is_refused_and_rolled_back(frozen: tuple[DossierService, str]) -> None:
    service, dossier_id = frozen
    before = _history(service, dossier_id)
    with pytest.raises(DBAPIError):
        with service._store.transaction() as repo:
            repo.set_setting("theme", "sombre")
            repo.session.execute(text("UPDATE versions SET snapshot = '{}'"))
    assert _history(service, dossier_id) == before
    assert service.get_setting("theme") is None  # the whole unit of work is gone with it


def test_settings(service: DossierService) -> None:
    assert service.get_setting("langue", "fr") == "fr"
    service.set_setting("langue", "en")
    assert service.get_setting("langue") == "en"
    service.set_setting("langue", None)
    assert service.get_setting("langue") is None


# -- command line -----------------------------------------------------------------------------------


def cli(*args: str | Path, data_dir: Path, env_url: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHARTE_APP_")}
    env["CHARTE_APP_DATA_DIR"] = str(data_dir)
    if env_url is not None:
        env["CHARTE_APP_DATABASE_URL"] = env_url
    result = subprocess.run(
        [sys.executable, "-m", "charte_app.cli", *map(str, args)], capture_output=True, text=True, env=env, timeout=120
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def test_cli_end_to_end_with_database_url(pg_url: str, data_dir: Path, examples_dir: Path, tmp_path: Path) -> None:
    imported = cli("--database-url", pg_url, "import", examples_dir / REIMS, data_dir=data_dir)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.strip().splitlines()[-1] == REIMS_ID
    assert cli("import", examples_dir / EXAMPLES[0], "--database-url", pg_url, data_dir=data_dir).returncode == 0

    listed = cli("list", "--database-url", pg_url, data_dir=data_dir)
    assert listed.returncode == 0, listed.stderr
    rows = sorted(line.split("\t") for line in listed.stdout.splitlines())
    assert [REIMS_ID, "Coopération éducative – quartier Croix-Rouge", "2"] in rows and len(rows) == 2

    frozen = cli("version", REIMS_ID, "--label", "Pour signature", "--status", "signed", "--database-url", pg_url,
                 data_dir=data_dir)  # fmt: skip
    assert frozen.returncode == 0, frozen.stderr
    assert frozen.stdout.strip() == "3" and "Version n° 3" in frozen.stderr

    out = tmp_path / "copie.charte"
    saved = cli("save", REIMS_ID, "--output", out, data_dir=data_dir, env_url=pg_url)  # the URL from the environment
    assert saved.returncode == 0, saved.stderr
    written = json.loads(out.read_bytes())
    original = json.loads((examples_dir / REIMS).read_bytes())
    assert written["versions"][:2] == original["versions"]
    assert [(v["number"], v["status"], v["label"]) for v in written["versions"]][2] == (3, "signed", "Pour signature")
    third = written["versions"][2]
    assert third["fingerprint"] == PREFIX + hashlib.sha256(canonical_json(third["snapshot"]).encode()).hexdigest()
    with DossierService.open(data_dir, pg_url) as service:  # what the CLI stored, seen by the application
        found = [(r.dossier_id, r.number, r.status) for r in service.find_by_fingerprint(third["fingerprint"])]
        assert (REIMS_ID, 3, "signed") in found  # (version 2 too, when the draft frozen was its content)
        assert service.get_version(REIMS_ID, 3).fingerprint == third["fingerprint"]

    missing = cli("save", "inconnu", "--output", out, "--database-url", pg_url, data_dir=data_dir)
    assert missing.returncode == 1 and "Aucun dossier" in missing.stderr
    assert not (data_dir / DATABASE_FILE).exists()  # everything went to the server


# -- re-import and altered versions (issue 8, items 6 and 8) -------------------------------------


def test_reimport_replace_keeps_the_draft_and_a_contradicting_decision_is_refused(
    service: DossierService, pg_url: str, examples_dir: Path, tmp_path: Path
) -> None:
    service.import_file(examples_dir / REIMS)
    raw = json.loads((examples_dir / REIMS).read_bytes())
    raw["dossier"]["diagnosis"] = "Diagnostic revu par le partenaire."
    changed = tmp_path / "retour.charte"
    changed.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ImportDraftConflict):
        service.import_file(changed)
    assert service.import_file(changed, on_draft_conflict="replace").outcome == "replaced"
    (kept,) = service.list_replaced_drafts(REIMS_ID)
    assert service.restore_replaced_draft(REIMS_ID, kept.id).diagnosis != "Diagnostic revu par le partenaire."
    raw["versions"][1]["approvals"][0]["decision"] = "refused"
    changed.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(DecisionConflict, match="Ville de Reims"):
        service.import_file(changed, on_draft_conflict="replace")
    assert service.get_version(REIMS_ID, 2).approvals[0].decision == "approved"
    copy = service.import_file(changed, on_draft_conflict="copy")
    assert copy.outcome == "copied" and len(service.list_versions(copy.dossier_id)) == 2
    assert service.delete_dossier(copy.dossier_id) == "deleted"


def test_a_version_altered_behind_the_guards_is_refused_when_read(
    frozen: tuple[DossierService, str], pg_url: str
) -> None:
    service, dossier_id = frozen
    # Only the owner of the tables can switch the guards off; the reads must still catch it.
    execute(
        pg_url,
        "ALTER TABLE versions DISABLE TRIGGER USER",
        "UPDATE versions SET snapshot = replace(snapshot, 'Diagnostic', 'Diagnostique') WHERE number = 2",
        "ALTER TABLE versions ENABLE TRIGGER USER",
    )
    for read in (
        lambda: service.get_version(dossier_id, 2),
        lambda: service.to_file(dossier_id),
        lambda: service.list_versions(dossier_id)[1].snapshot,
        lambda: service.find_by_fingerprint(service.list_versions(dossier_id)[1].fingerprint),
    ):
        with pytest.raises(AlteredVersion, match="La version n° 2 « Version signée »"):
            read()
