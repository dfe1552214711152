"""DossierService use cases: import (all or nothing, extending a known dossier), files, versions, archive."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from charte_app.domain import DossierRefused, dossier_file, fingerprint
from charte_app.domain.model import Approval
from charte_app.errors import Immutable, NotFound, OutputError
from charte_app.samples import large_dossier_file, small_dossier
from charte_app.services.dossiers import DossierService, DossierSummary, ImportResult, VersionRef
from storage_cases import two_sessions_never_overwrite_each_other

EXAMPLES = ["epernay-psychomotricite.charte", "reims-croix-rouge.charte"]
REIMS_ID = "6b0c3c6e-2d7a-4c5e-9d8e-0b3f8d3c1a01"


@pytest.fixture
def service(data_dir: Path) -> DossierService:
    svc = DossierService.open(data_dir)
    yield svc
    svc.close()


def _counts(service: DossierService) -> list[tuple[str, int]]:
    return [(s.id, s.version_count) for s in service.list_dossiers(include_archived=True)]


@pytest.mark.parametrize("name", EXAMPLES)
def test_example_round_trips_through_the_database(
    service: DossierService, examples_dir: Path, tmp_path: Path, name: str
) -> None:
    original = (examples_dir / name).read_bytes()
    result = service.import_file(examples_dir / name)
    assert isinstance(result, ImportResult) and result.created
    out = tmp_path / "out.charte"
    service.export_file(result.dossier_id, out)
    assert json.loads(out.read_bytes()) == json.loads(original)
    doc = service.to_file(result.dossier_id)
    assert dossier_file.to_json(doc) == json.loads(original)
    for version, raw in zip(doc.versions, json.loads(original)["versions"], strict=True):
        assert fingerprint(version.snapshot) == raw["fingerprint"] == version.fingerprint


def test_unknown_keys_survive_the_database(service: DossierService, examples_dir: Path, tmp_path: Path) -> None:
    raw = json.loads((examples_dir / "reims-croix-rouge.charte").read_bytes())
    raw["exported_by"] = {"app": "autre outil", "version": "7"}
    raw["dossier"]["color"] = "bleu"
    raw["versions"][0]["reviewer"] = "Mme Roux"
    raw["versions"][0]["author"] = None
    raw["versions"][1]["approvals"][0]["signature_scan"] = "scan-1.png"
    raw["versions"][1]["approvals"][0]["comment"] = None
    source = tmp_path / "in.charte"
    source.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    service.import_file(source)
    out = tmp_path / "out.charte"
    service.export_file(REIMS_ID, out)
    assert json.loads(out.read_bytes()) == raw


def test_refused_file_imports_nothing_and_names_every_path(
    service: DossierService, examples_dir: Path, tmp_path: Path
) -> None:
    raw = json.loads((examples_dir / "reims-croix-rouge.charte").read_bytes())
    raw["dossier"]["charter"]["governance"]["bodies"][1]["members"][2] = "inconnu"
    raw["dossier"]["charter"]["commitments"][0]["partner"] = "inconnu"
    bad = tmp_path / "bad.charte"
    bad.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(DossierRefused) as refused:
        service.import_file(bad)
    text = refused.value.french()
    assert "dossier.charter.governance.bodies[1].members[2]" in text
    assert "dossier.charter.commitments[0].partner" in text
    assert _counts(service) == []


def test_import_of_a_known_dossier_adds_the_new_versions(service: DossierService, tmp_path: Path) -> None:
    doc = large_dossier_file(partners=6, charter_commitments=10, convention_parties=3, versions=4, seed=3)
    short = dossier_file.parse(dossier_file.dump(doc))[0]
    short.versions = short.versions[:2]
    first, full = tmp_path / "v2.charte", tmp_path / "v4.charte"
    first.write_bytes(dossier_file.dump(short))
    full.write_bytes(dossier_file.dump(doc))
    assert service.import_file(first).added_versions == 2
    again = service.import_file(full)
    assert (again.created, again.added_versions) == (False, 2)
    assert [v.fingerprint for v in service.list_versions(doc.dossier.id)] == [v.fingerprint for v in doc.versions]
    assert service.load_draft(doc.dossier.id) == doc.dossier
    # importing the same file again changes nothing
    assert service.import_file(full).added_versions == 0
    assert _counts(service) == [(doc.dossier.id, 4)]


def test_import_of_a_diverging_history_is_refused(service: DossierService, examples_dir: Path, tmp_path: Path) -> None:
    service.import_file(examples_dir / "reims-croix-rouge.charte")
    service.save_draft(service.load_draft(REIMS_ID))
    service.freeze_version(REIMS_ID, "Troisième version locale")
    raw = json.loads((examples_dir / "reims-croix-rouge.charte").read_bytes())
    snapshot = raw["dossier"]
    snapshot["diagnosis"] = "Un autre diagnostic, écrit ailleurs."
    doc, _ = dossier_file.parse(json.dumps(raw))
    from charte_app.domain.model import Version

    doc.versions.append(
        Version(
            number=3,
            label="Troisième version d'ailleurs",
            created_at="2026-07-01T10:00:00+02:00",
            status="draft",
            fingerprint=fingerprint(doc.dossier),
            snapshot=doc.dossier,
        )
    )
    other = tmp_path / "other.charte"
    other.write_bytes(dossier_file.dump(doc))
    before = service.to_file(REIMS_ID)
    with pytest.raises(DossierRefused, match="ne prolonge pas") as refused:
        service.import_file(other)
    assert "versions (n° 3)" in refused.value.french()
    assert service.to_file(REIMS_ID) == before


def test_import_brings_new_approvals_on_a_known_version(
    service: DossierService, examples_dir: Path, tmp_path: Path
) -> None:
    service.import_file(examples_dir / "reims-croix-rouge.charte")
    raw = json.loads((examples_dir / "reims-croix-rouge.charte").read_bytes())
    raw["versions"][0]["approvals"].append({"partner": "caf-marne", "decision": "approved", "date": "2026-06-22"})
    raw["versions"][0]["status"] = "approved"
    back = tmp_path / "back.charte"
    back.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    service.import_file(back)
    version = service.get_version(REIMS_ID, 1)
    assert version.status == "approved"
    assert [a.partner for a in version.approvals] == ["dsden-51", "pop", "caf-marne"]


def test_create_list_and_load(service: DossierService) -> None:
    dossier = service.create_dossier("Coopération – Sézanne")
    assert service.load_draft(dossier.id) == dossier
    (summary,) = service.list_dossiers()
    assert summary == DossierSummary(
        id=dossier.id,
        title="Coopération – Sézanne",
        territory=None,
        updated_at=dossier.updated_at,
        version_count=0,
        latest_status=None,
        archived=False,
    )
    with pytest.raises(DossierRefused, match="titre"):
        service.create_dossier("   ")


def test_a_draft_with_errors_is_stored_and_what_needs_a_clean_dossier_lists_them(
    service: DossierService, tmp_path: Path
) -> None:
    from charte_app.documents.service import export_document

    dossier = small_dossier()
    service.save_draft(dossier)
    dossier.charter.commitments[0].partner = "personne"
    saved = service.save_draft(dossier)
    assert [p.path for p in saved.problems] == ["dossier.charter.commitments[0].partner"]
    # Stored, errors and all, and the list of what to fix is kept with it.
    state = service.open_draft(dossier.id)
    assert state.dossier.charter.commitments[0].partner == "personne"
    assert [p.path for p in state.problems] == ["dossier.charter.commitments[0].partner"]
    [summary] = service.list_dossiers()
    assert summary.problem_count == 1

    with pytest.raises(DossierRefused, match="Impossible de créer la version") as refused:
        service.freeze_version(dossier.id, "v1")
    assert "dossier.charter.commitments[0].partner" in refused.value.french()
    assert service.list_versions(dossier.id) == []
    with pytest.raises(DossierRefused, match="fichier .charte"):
        service.export_file(dossier.id, tmp_path / "x.charte")
    assert not (tmp_path / "x.charte").exists()
    with pytest.raises(DossierRefused, match="document"):
        export_document(state.dossier, "charter", "pdf", tmp_path / "x.pdf", data_dir=service.data_dir)
    assert not (tmp_path / "x.pdf").exists()

    dossier.charter.commitments[0].partner = dossier.partners[0].id
    assert service.save_draft(dossier).problems == []
    assert service.list_dossiers()[0].problem_count == 0
    assert service.freeze_version(dossier.id, "v1").number == 1


def test_a_save_from_an_older_revision_never_overwrites_a_newer_one(data_dir: Path) -> None:
    """Two sessions on one SQLite file (two windows, two processes); the same case runs on PostgreSQL."""
    two_sessions_never_overwrite_each_other(lambda: DossierService.open(data_dir))


def test_unknown_ids_are_not_found(service: DossierService, tmp_path: Path) -> None:
    for call in (
        lambda: service.load_draft("inconnu"),
        lambda: service.freeze_version("inconnu", "x"),
        lambda: service.get_version("inconnu", 1),
        lambda: service.list_versions("inconnu"),
        lambda: service.export_file("inconnu", tmp_path / "x.charte"),
        lambda: service.delete_dossier("inconnu"),
    ):
        with pytest.raises(NotFound, match="inconnu"):
            call()


def test_restore_version_makes_it_the_draft_and_keeps_history(service: DossierService) -> None:
    dossier = small_dossier()
    service.save_draft(dossier)
    service.freeze_version(dossier.id, "Avant")
    dossier.diagnosis = "Nouveau diagnostic."
    dossier.charter.commitments.pop()
    service.save_draft(dossier)
    service.freeze_version(dossier.id, "Après")
    restored = service.restore_version(dossier.id, 1)
    assert restored.diagnosis != "Nouveau diagnostic."
    assert len(restored.charter.commitments) == len(dossier.charter.commitments) + 1
    assert service.load_draft(dossier.id) == restored
    assert [v.label for v in service.list_versions(dossier.id)] == ["Avant", "Après"]


def test_delete_dossier_deletes_or_archives(service: DossierService, examples_dir: Path) -> None:
    plain = small_dossier()
    service.save_draft(plain)
    service.freeze_version(plain.id, "Projet")
    assert service.delete_dossier(plain.id) == "deleted"
    with pytest.raises(NotFound):
        service.load_draft(plain.id)
    service.import_file(examples_dir / "reims-croix-rouge.charte")
    service.set_version_status(REIMS_ID, 2, "signed")
    assert service.delete_dossier(REIMS_ID) == "archived"
    assert service.list_dossiers() == []
    (archived,) = service.list_dossiers(include_archived=True)
    assert archived.archived and archived.latest_status == "signed"
    assert service.get_version(REIMS_ID, 2).status == "signed"
    with pytest.raises(Immutable):
        service.delete_version(REIMS_ID, 2)


def test_find_by_fingerprint(service: DossierService, examples_dir: Path) -> None:
    service.import_file(examples_dir / "reims-croix-rouge.charte")
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
    assert service.find_by_fingerprint("zz%") == []
    assert service.find_by_fingerprint("") == []


def test_record_approval_refuses_an_unknown_partner(service: DossierService, examples_dir: Path) -> None:
    service.import_file(examples_dir / "reims-croix-rouge.charte")
    with pytest.raises(Exception, match="n'est pas un partenaire"):
        service.record_approval(REIMS_ID, 1, Approval(partner="inconnu"))


def test_freeze_refuses_an_unknown_status_or_empty_label(service: DossierService) -> None:
    dossier = service.create_dossier("Essai")
    with pytest.raises(Exception, match="Statut"):
        service.freeze_version(dossier.id, "x", status="final")
    with pytest.raises(Exception, match="libellé"):
        service.freeze_version(dossier.id, "  ")
    assert service.list_versions(dossier.id) == []


def test_export_to_a_missing_folder_is_a_french_error(service: DossierService, tmp_path: Path) -> None:
    dossier = service.create_dossier("Essai")
    with pytest.raises(OutputError, match="n'existe pas"):
        service.export_file(dossier.id, tmp_path / "absent" / "x.charte")


def test_list_does_not_load_sqlalchemy_when_the_schema_is_current(data_dir: Path) -> None:
    import subprocess
    import sys

    DossierService.open(data_dir).close()
    code = (
        "import sys; from charte_app.services.dossiers import DossierService; "
        f"s = DossierService.open({str(data_dir)!r}); s.list_dossiers(); "
        "print('sqlalchemy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_stored_snapshot_always_hashes_to_its_fingerprint(
    service: DossierService, examples_dir: Path, tmp_path: Path, data_dir: Path
) -> None:
    """The snapshot stored hashes to the fingerprint the file carries. An amount spelled with spaces
    around it is refused (issue 10: the same answer as in a draft), never normalised into a snapshot
    whose text would differ from the file's."""
    import hashlib
    import sqlite3

    from charte_app.domain.model import Version

    raw = json.loads((examples_dir / "epernay-psychomotricite.charte").read_bytes())
    doc, _ = dossier_file.parse(json.dumps(raw))
    doc.versions = [
        Version(
            number=1,
            label="Projet",
            created_at="2026-06-01T10:00:00+02:00",
            status="shared",
            fingerprint=fingerprint(doc.dossier),
            snapshot=doc.dossier,
        )
    ]
    written = dossier_file.to_json(doc)
    amount = written["versions"][0]["snapshot"]["conventions"][0]["contributions"][0]
    amount["amount"] = " 18000.00 "
    source = tmp_path / "espaces.charte"
    source.write_text(json.dumps(written, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(DossierRefused, match="sans espace"):
        service.import_file(source)
    amount["amount"] = "18000.00"
    source.write_text(json.dumps(written, ensure_ascii=False), encoding="utf-8")
    result = service.import_file(source)
    conn = sqlite3.connect(data_dir / "charte-app.sqlite3")
    try:
        ((stored_fingerprint, snapshot),) = conn.execute("SELECT fingerprint, snapshot FROM versions").fetchall()
    finally:
        conn.close()
    assert stored_fingerprint == "sha256:" + hashlib.sha256(snapshot.encode("utf-8")).hexdigest()
    assert service.get_version(result.dossier_id, 1).fingerprint == stored_fingerprint


def test_listed_versions_decode_their_snapshot_only_when_read(service: DossierService, examples_dir: Path) -> None:
    import copy
    import dataclasses

    from charte_app.domain import encode
    from charte_app.domain.model import Version

    service.import_file(examples_dir / "reims-croix-rouge.charte")
    listed = service.list_versions(REIMS_ID)
    assert all(isinstance(v, Version) for v in listed)
    assert all("_snapshot_text" in v.__dict__ for v in listed)  # nothing decoded yet
    eager = service.to_file(REIMS_ID).versions
    assert listed == eager and eager == listed
    assert [encode(v) for v in listed] == [encode(v) for v in eager]
    assert fingerprint(listed[0].snapshot) == listed[0].fingerprint
    assert "_snapshot_text" not in listed[0].__dict__  # decoded once, on that first read
    assert copy.deepcopy(listed[1]) == eager[1]
    relabelled = dataclasses.replace(listed[1], label="Autre")
    assert relabelled.snapshot == eager[1].snapshot and relabelled.label == "Autre"
    listed[1].snapshot = eager[0].snapshot
    assert listed[1].snapshot is eager[0].snapshot
