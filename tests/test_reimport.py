"""Re-importing a dossier already stored: the working draft and partner decisions are never lost.

Exercised through ``charte-app import`` as a user would (in process: ``cli.main``), checking the exit
code, the French message and that the database did not change when the import is refused.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from charte_app import cli
from charte_app.domain import DossierFile
from charte_app.domain.model import Approval
from charte_app.services.dossiers import DossierService
from charte_app.storage.location import DATABASE_FILE

REIMS = "reims-croix-rouge.charte"
REIMS_ID = "6b0c3c6e-2d7a-4c5e-9d8e-0b3f8d3c1a01"
REIMS_TITLE = "Coopération éducative – quartier Croix-Rouge"


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err


def db_state(data_dir: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row the import could touch."""
    conn = sqlite3.connect(data_dir / DATABASE_FILE)
    try:
        return {
            table: conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in ("dossiers", "versions", "approvals", "replaced_drafts")
        }
    finally:
        conn.close()


def variant(examples_dir: Path, tmp_path: Path, change: Any, name: str = "variant.charte") -> Path:
    """The Reims example with ``change(raw)`` applied (a file a partner sends back)."""
    raw = json.loads((examples_dir / REIMS).read_bytes())
    change(raw)
    path = tmp_path / name
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def imported(data_dir: Path, examples_dir: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    code, out, _err = run(capsys, "import", examples_dir / REIMS, "--data-dir", data_dir)
    assert code == 0 and out.split()[-1] == REIMS_ID
    return data_dir


def edited_draft(raw: dict[str, Any]) -> None:
    raw["dossier"]["diagnosis"] = "Diagnostic revu par le partenaire."


def test_a_different_draft_is_refused_naming_the_dossier_and_both_choices(
    imported: Path, examples_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = db_state(imported)
    code, out, err = run(capsys, "import", variant(examples_dir, tmp_path, edited_draft), "--data-dir", imported)
    assert code == 1 and out == ""
    assert f"« {REIMS_TITLE} »" in err and "brouillon de travail diffère" in err and "rien n'a été importé" in err
    assert "--replace-draft" in err and "--as-copy" in err
    assert db_state(imported) == before


def test_replace_draft_keeps_the_replaced_one_listed_and_restorable(
    imported: Path, examples_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = DossierService.open(imported)
    try:
        local = original.load_draft(REIMS_ID)
    finally:
        original.close()
    code, out, err = run(
        capsys, "import", variant(examples_dir, tmp_path, edited_draft), "--replace-draft", "--data-dir", imported
    )
    assert code == 0 and out.split()[-1] == REIMS_ID
    assert "brouillon de travail a été remplacé" in err and "charte-app drafts" in err
    with DossierService.open(imported) as service:
        assert service.load_draft(REIMS_ID).diagnosis == "Diagnostic revu par le partenaire."
        assert len(service.list_dossiers()) == 1

    code, out, err = run(capsys, "drafts", REIMS_ID, "--data-dir", imported)
    assert code == 0
    (line,) = out.splitlines()
    number, when, title, reason = line.split("\t")
    assert (number, title) == ("1", REIMS_TITLE) and "import" in reason and when[:4].isdigit()

    code, _out, err = run(capsys, "drafts", REIMS_ID, "--restore", number, "--data-dir", imported)
    assert code == 0 and "de nouveau le brouillon de travail" in err
    with DossierService.open(imported) as service:
        assert service.load_draft(REIMS_ID).diagnosis == local.diagnosis
        kept = service.list_replaced_drafts(REIMS_ID)  # the partner's draft is kept in its turn
        assert [d.id for d in kept] == [1, 2] and "restauration du brouillon n° 1" in kept[1].reason
        assert decode_draft_diagnosis(service, 2) == "Diagnostic revu par le partenaire."
    code, _out, err = run(capsys, "drafts", REIMS_ID, "--restore", "9", "--data-dir", imported)
    assert code == 1 and "pas de brouillon remplacé n° 9" in err


def decode_draft_diagnosis(service: DossierService, draft_id: int) -> str | None:
    with service._store.transaction(readonly=True) as repo:
        return json.loads(repo.replaced_draft(REIMS_ID, draft_id).draft).get("diagnosis")


def test_as_copy_makes_a_new_dossier_with_the_versions(
    imported: Path, examples_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = db_state(imported)
    code, out, err = run(
        capsys, "import", variant(examples_dir, tmp_path, edited_draft), "--as-copy", "--data-dir", imported
    )
    assert code == 0 and "copie" in err
    copy_id = out.split()[-1]
    assert copy_id != REIMS_ID
    rows = sorted(line.split("\t") for line in run(capsys, "list", "--data-dir", imported)[1].splitlines())
    assert [REIMS_ID, REIMS_TITLE, "2"] in rows and [copy_id, f"{REIMS_TITLE} (copie)", "2"] in rows
    after = db_state(imported)
    assert [r for r in after["dossiers"] if r[0] == REIMS_ID] == before["dossiers"]  # the original is untouched
    with DossierService.open(imported) as service:
        assert service.load_draft(copy_id).diagnosis == "Diagnostic revu par le partenaire."
        versions = service.list_versions(copy_id)
        assert [v.snapshot.id for v in versions] == [copy_id, copy_id]
        assert [len(v.approvals) for v in versions] == [2, 5]
    # the copy travels: its file is a valid dossier another installation imports
    saved = tmp_path / "copie.charte"
    assert run(capsys, "save", copy_id, "--output", saved, "--data-dir", imported)[0] == 0
    elsewhere = tmp_path / "ailleurs"
    elsewhere.mkdir()
    assert run(capsys, "import", saved, "--data-dir", elsewhere)[1].split()[-1] == copy_id
    # a second copy gets its own title
    code, out, _err = run(
        capsys, "import", variant(examples_dir, tmp_path, edited_draft), "--as-copy", "--data-dir", imported
    )
    assert code == 0
    assert f"{REIMS_TITLE} (copie 2)" in run(capsys, "list", "--data-dir", imported)[1]


def test_the_same_draft_imports_new_versions_as_before(
    imported: Path, examples_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A partner imported the file, froze version 3 and sent the dossier back: the drafts are identical.
    partner_dir = tmp_path / "partenaire"
    partner_dir.mkdir()
    assert run(capsys, "import", examples_dir / REIMS, "--data-dir", partner_dir)[0] == 0
    assert run(capsys, "version", REIMS_ID, "--label", "Relue", "--data-dir", partner_dir)[0] == 0
    sent = tmp_path / "retour.charte"
    assert run(capsys, "save", REIMS_ID, "--output", sent, "--data-dir", partner_dir)[0] == 0
    draft_before = db_state(imported)["dossiers"]
    code, out, err = run(capsys, "import", sent, "--data-dir", imported)
    assert code == 0 and out.split()[-1] == REIMS_ID
    assert "1 nouvelle(s) version(s)" in err
    assert db_state(imported)["dossiers"] == draft_before  # the working draft is left as it is
    assert db_state(imported)["replaced_drafts"] == []
    assert run(capsys, "list", "--data-dir", imported)[1].split("\t")[-1].strip() == "3"


def test_a_draft_differing_only_by_its_save_time_is_the_same_draft(
    imported: Path, examples_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def resaved(raw: dict[str, Any]) -> None:
        raw["dossier"]["updated_at"] = "2027-01-05T10:00:00+01:00"

    code, _out, err = run(capsys, "import", variant(examples_dir, tmp_path, resaved), "--data-dir", imported)
    assert code == 0 and "Dossier déjà présent" in err


def test_a_contradicting_decision_refuses_the_import_naming_version_and_partner(
    imported: Path, examples_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def contradict(raw: dict[str, Any]) -> None:
        # version 2 is "approved" by the Ville de Reims; the file says "refused" (and moves nothing else)
        raw["versions"][1]["approvals"][0]["decision"] = "refused"

    before = db_state(imported)
    code, out, err = run(capsys, "import", variant(examples_dir, tmp_path, contradict), "--data-dir", imported)
    assert code == 1 and out == ""
    assert "version n° 2" in err and "« Ville de Reims »" in err
    assert "« approuvée »" in err and "« refusée »" in err and "rien n'a été importé" in err
    assert db_state(imported) == before
    # --replace-draft does not overrule history either
    code, _out, err = run(
        capsys, "import", variant(examples_dir, tmp_path, contradict), "--replace-draft", "--data-dir", imported
    )
    assert code == 1 and "« Ville de Reims »" in err
    assert db_state(imported) == before


def test_an_import_adds_missing_decisions_and_keeps_recorded_ones(
    imported: Path, examples_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def more_decisions(raw: dict[str, Any]) -> None:
        first = raw["versions"][0]
        first["approvals"].append({"partner": "ville-reims", "decision": "approved", "date": "2026-06-22"})
        # the same decision again with another comment is no contradiction: the recorded one stays
        first["approvals"][0]["comment"] = "Autre commentaire"

    code, _out, err = run(capsys, "import", variant(examples_dir, tmp_path, more_decisions), "--data-dir", imported)
    assert code == 0 and "1 nouvelle(s) décision(s)" in err
    with DossierService.open(imported) as service:
        approvals = service.get_version(REIMS_ID, 1).approvals
    assert [(a.partner, a.decision) for a in approvals] == [
        ("dsden-51", "reserved"),
        ("pop", "approved"),
        ("ville-reims", "approved"),
    ]
    assert approvals[0].comment == "Préciser le cadre légal du partage d'informations."


def test_service_choices(data_dir: Path, examples_dir: Path, tmp_path: Path) -> None:
    changed = variant(examples_dir, tmp_path, edited_draft)
    with DossierService.open(data_dir) as service:
        service.import_file(examples_dir / REIMS)
        service.record_approval(REIMS_ID, 1, Approval(partner="caf-marne", decision="approved"))
        with pytest.raises(ValueError):
            service.import_file(changed, on_draft_conflict="merge")  # type: ignore[arg-type]
        result = service.import_file(changed, on_draft_conflict="replace")
        assert (result.outcome, result.created, result.replaced_draft_id) == ("replaced", False, 1)
        # a decision recorded here and absent from the file is kept: the file only adds
        assert "caf-marne" in [a.partner for a in service.get_version(REIMS_ID, 1).approvals]
        copied = service.import_file(changed, on_draft_conflict="copy")  # same draft now: nothing to copy
        assert (copied.outcome, copied.dossier_id) == ("merged", REIMS_ID)
        doc: DossierFile = service.to_file(REIMS_ID)
        assert doc.dossier.diagnosis == "Diagnostic revu par le partenaire."


def test_a_file_that_does_not_continue_the_history_can_come_in_as_a_copy(
    imported: Path, examples_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def older(raw: dict[str, Any]) -> None:
        del raw["versions"][1]  # a file sent before version 2 was frozen

    path = variant(examples_dir, tmp_path, older)
    before = db_state(imported)
    code, _out, err = run(capsys, "import", path, "--data-dir", imported)
    assert code == 1 and "versions (n° 2)" in err and "--as-copy" in err
    assert db_state(imported) == before
    code, out, _err = run(capsys, "import", path, "--as-copy", "--data-dir", imported)
    assert code == 0
    rows = [line.split("\t") for line in run(capsys, "list", "--data-dir", imported)[1].splitlines()]
    assert [out.split()[-1], f"{REIMS_TITLE} (copie)", "1"] in rows
