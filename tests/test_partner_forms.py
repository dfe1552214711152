"""Partners' forms: written as XLSX, filled as a partner would (openpyxl, LibreOffice), collected three-way."""

from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from charte_app import cli
from charte_app.domain.model import Dossier
from charte_app.exchange.collect import collect_file, compare
from charte_app.exchange.forms import FormRefused, build_form, read_form
from charte_app.samples import small_dossier
from charte_app.services.dossiers import DossierService

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.fixture
def stored(data_dir: Path) -> Dossier:
    dossier = small_dossier()
    with DossierService.open(data_dir) as service:
        service.save_draft(dossier)
        return service.load_draft(dossier.id)


def _form(tmp_path: Path, dossier: Dossier, partner: str = "p000", name: str = "form.xlsx", **kw: Any) -> Path:
    path = tmp_path / name
    path.write_bytes(build_form(dossier, partner, **kw))
    return path


def _fill(path: Path, answers: dict[str, Any], out: Path | None = None) -> Path:
    """Type answers in « Votre réponse » as a partner would (by key; the first row of a repeated key)."""
    wb = load_workbook(path)
    ws = wb["Formulaire"]
    todo = dict(answers)
    for row in ws.iter_rows(min_row=3):
        key = row[0].value
        if key in todo:
            row[3].value = todo.pop(key)
    assert not todo, todo
    target = out or path
    wb.save(target)
    return target


def test_the_form_has_instructions_locked_cells_keys_lists_and_a_hidden_sheet(stored: Dossier, tmp_path: Path) -> None:
    wb = load_workbook(_form(tmp_path, stored, revision=4))
    assert wb.sheetnames == ["Mode d'emploi", "Formulaire", "charte-app"]
    assert "Comment remplir" in "\n".join(str(c.value) for c in wb["Mode d'emploi"]["A"])
    ws = wb["Formulaire"]
    assert ws.protection.sheet and wb["charte-app"].protection.sheet
    assert wb["charte-app"].sheet_state == "veryHidden"
    assert ws.column_dimensions["A"].hidden
    assert [c.value for c in ws[2]] == ["Clé", "Rubrique", "Précisions", "Votre réponse"]
    keys = [r[0].value for r in ws.iter_rows(min_row=3) if r[0].value]
    partner = stored.partner("p000")
    assert partner is not None
    assert "interest" in keys and keys.count("commitment:new") == 3
    own = [c.id for c in stored.charter.commitments if c.partner == "p000"]
    assert own and all(f"commitment:{cid}" in keys for cid in own)
    contribs = [c for conv in stored.conventions for c in conv.contributions if c.partner == "p000"]
    assert contribs and f"contribution:{contribs[0].id}:amount" in keys
    for row in ws.iter_rows(min_row=3):
        answer_cell = row[3]
        assert answer_cell.protection.locked is (not row[0].value)
        assert row[1].protection.locked
    lists = [dv.formula1 for dv in ws.data_validations.dataValidation if dv.type == "list"]
    assert any("Contribution financière" in f for f in lists) and any("Mme" in f for f in lists)
    meta = {r[0]: r[1] for r in wb["charte-app"].iter_rows(max_row=9, values_only=True)}
    assert meta["dossier"] == stored.id and meta["partner"] == "p000" and meta["revision"] == "4"


def test_an_unknown_partner_gets_no_form(stored: Dossier) -> None:
    with pytest.raises(Exception, match="n'est pas dans ce dossier"):
        build_form(stored, "nobody")


def test_a_form_returned_unchanged_proposes_nothing(stored: Dossier, tmp_path: Path) -> None:
    assert compare(read_form(_form(tmp_path, stored)), stored).lines() == []


def test_answers_are_applied_once_marked_with_the_partner_and_the_date(
    stored: Dossier, tmp_path: Path, data_dir: Path
) -> None:
    contrib = next(c for conv in stored.conventions for c in conv.contributions if c.partner == "p000")
    path = _fill(
        _form(tmp_path, stored),
        {
            "interest": "Mieux suivre les enfants du quartier",
            f"contribution:{contrib.id}:amount": 12345.5,
            f"contribution:{contrib.id}:payment_terms": "En une fois à la signature",
            "commitment:new": "Accueillir deux stagiaires",
        },
    )
    with DossierService.open(data_dir) as service:
        found, applied = collect_file(service, path)
        assert not applied and len(found.proposals) == 4
        assert service.load_draft(stored.id).partners[0].interest == stored.partners[0].interest
        found, applied = collect_file(service, path, apply=True)
        assert applied
        draft = service.load_draft(stored.id)
        again, applied_again = collect_file(service, path, apply=True)
        assert not applied_again and again.lines() == []
    partner = draft.partner("p000")
    assert partner is not None and partner.interest == "Mieux suivre les enfants du quartier"
    assert partner.extra["received_from"][0]["partner"] == "p000"
    changed = next(c for conv in draft.conventions for c in conv.contributions if c.id == contrib.id)
    assert changed.amount == Decimal("12345.50") and changed.payment_terms == "on_signature"
    assert {m["field"] for m in changed.extra["received_from"]} == {"amount", "payment_terms"}
    added = [c for c in draft.charter.commitments if c.text == "Accueillir deux stagiaires"]
    assert len(added) == 1 and added[0].partner == "p000"


def test_a_field_changed_by_the_coordinator_meanwhile_is_a_conflict(
    stored: Dossier, tmp_path: Path, data_dir: Path
) -> None:
    path = _fill(_form(tmp_path, stored), {"interest": "Version du partenaire"})
    with DossierService.open(data_dir) as service:
        draft = service.load_draft(stored.id)
        draft.partners[0].interest = "Version du coordinateur"
        service.save_draft(draft)
        found, applied = collect_file(service, path, apply=True)
        assert not applied
        assert service.load_draft(stored.id).partners[0].interest == "Version du coordinateur"
    (conflict,) = found.conflicts
    assert "Version du coordinateur" in conflict.line() and "Version du partenaire" in conflict.line()


def test_wrong_types_are_listed_and_not_applied(stored: Dossier, tmp_path: Path) -> None:
    contrib = next(c for conv in stored.conventions for c in conv.contributions if c.partner == "p000")
    path = _fill(
        _form(tmp_path, stored),
        {
            f"contribution:{contrib.id}:amount": "douze mille",
            f"contribution:{contrib.id}:year": "l'an prochain",
            f"contribution:{contrib.id}:kind": "Un chèque",
            "interest": "Valable",
        },
    )
    found = compare(read_form(path), stored)
    assert [p.key for p in found.proposals] == ["interest"]
    messages = " ".join(u.message for u in found.unreadable)
    assert "n'est pas un montant" in messages and "n'est pas une année" in messages and "pas dans la liste" in messages


def test_french_amounts_typed_as_text_are_read(stored: Dossier, tmp_path: Path) -> None:
    contrib = next(c for conv in stored.conventions for c in conv.contributions if c.partner == "p000")
    path = _fill(_form(tmp_path, stored), {f"contribution:{contrib.id}:amount": "12\u202f500,00 €"})
    (proposal,) = compare(read_form(path), stored).proposals
    assert proposal.answer == "12500.00"


def test_extra_rows_are_refused(stored: Dossier, tmp_path: Path) -> None:
    path = _form(tmp_path, stored)
    wb = load_workbook(path)
    ws = wb["Formulaire"]
    ws.insert_rows(8)
    ws.cell(row=8, column=4, value="Un engagement de plus")
    wb.save(path)
    with pytest.raises(FormRefused, match="modifié hors des réponses"):
        read_form(path)
    wb = load_workbook(_form(tmp_path, stored))
    ws = wb["Formulaire"]
    ws.cell(row=ws.max_row + 2, column=4, value="Encore un")
    wb.save(path)
    with pytest.raises(FormRefused, match="modifié hors des réponses"):
        read_form(path)


def test_a_changed_question_is_refused(stored: Dossier, tmp_path: Path) -> None:
    path = _form(tmp_path, stored)
    wb = load_workbook(path)
    wb["Formulaire"].cell(row=5, column=2, value="Autre chose")
    wb.save(path)
    with pytest.raises(FormRefused, match="case B5"):
        read_form(path)


def test_a_deleted_key_column_is_refused(stored: Dossier, tmp_path: Path) -> None:
    path = _form(tmp_path, stored)
    wb = load_workbook(path)
    wb["Formulaire"].delete_cols(1)
    wb.save(path)
    with pytest.raises(FormRefused, match="colonne des clés"):
        read_form(path)


def test_a_form_of_another_dossier_or_not_stored_is_refused(stored: Dossier, tmp_path: Path, data_dir: Path) -> None:
    other = small_dossier("Autre coopération", seed=5)
    path = _form(tmp_path, other)
    with pytest.raises(FormRefused, match="pas de « "):
        compare(read_form(path), stored)
    with DossierService.open(data_dir) as service, pytest.raises(FormRefused, match="n'est pas dans le dossier de"):
        collect_file(service, path)


def test_an_unknown_partner_is_refused(stored: Dossier, tmp_path: Path) -> None:
    path = _form(tmp_path, stored)
    stored.partners = [p for p in stored.partners if p.id != "p000"]
    with pytest.raises(FormRefused, match="n'est plus dans le dossier"):
        compare(read_form(path), stored)


def test_what_is_not_a_form_is_refused(tmp_path: Path) -> None:
    from openpyxl import Workbook

    plain = tmp_path / "classeur.xlsx"
    Workbook().save(plain)
    text = tmp_path / "notes.xlsx"
    text.write_text("bonjour")
    for path in (plain, text):
        with pytest.raises(FormRefused, match="n'est pas un formulaire"):
            read_form(path)


def test_cli_form_of_a_charte_file(examples_dir: Path, tmp_path: Path, data_dir: Path) -> None:
    out = tmp_path / "f.xlsx"
    source = examples_dir / "reims-suivi.charte"
    args = ["form", str(source), "--partner", "caf-marne", "--period", "2025-2026", "--output", str(out)]
    assert cli.main([*args, "--data-dir", str(data_dir)]) == 0
    form = read_form(out)
    assert form.revision is None and form.period == "2025-2026" and form.partner_id == "caf-marne"
    assert any(r.key == "measure:i-parents:2025-2026" for r in form.layout)
    assert cli.main([*args[:2], "--partner", "personne", "--output", str(out), "--data-dir", str(data_dir)]) == 1


def test_cli_form_and_collect(
    stored: Dossier, tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "f.xlsx"
    assert cli.main(["form", stored.id, "--partner", "p001", "--output", str(out), "--data-dir", str(data_dir)]) == 0
    _fill(out, {"interest": "Réponse de la CLI"})
    capsys.readouterr()
    assert cli.main(["collect", str(out), "--data-dir", str(data_dir)]) == 0
    printed = capsys.readouterr()
    assert printed.out.startswith("interest\t") and "Réponse de la CLI" in printed.out
    assert "--apply" in printed.err
    assert cli.main(["collect", str(out), "--apply", "--data-dir", str(data_dir)]) == 0
    assert cli.main(["collect", str(out), "--apply", "--data-dir", str(data_dir)]) == 0
    assert "Rien à intégrer" in capsys.readouterr().err
    folder = tmp_path / "tous"
    assert cli.main(["form", stored.id, "--all", "--output", str(folder), "--data-dir", str(data_dir)]) == 0
    assert len(list(folder.glob("*.xlsx"))) == len(stored.partners)
    (tmp_path / "autre.xlsx").write_bytes(b"PK\x03\x04 nothing")
    assert cli.main(["collect", str(tmp_path / "autre.xlsx"), "--data-dir", str(data_dir)]) == 1
    assert "endommagé" in capsys.readouterr().err


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed: no .ods can be made")
@pytest.mark.parametrize("suffix", ["ods", "xlsx"])
def test_a_form_saved_by_libreoffice_is_collected(stored: Dossier, tmp_path: Path, suffix: str) -> None:
    path = _fill(_form(tmp_path, stored), {"interest": "Réponse\nsur deux lignes", "commitment:new": "Un atelier"})
    subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            suffix,
            "--outdir",
            str(tmp_path / "saved"),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    found = compare(read_form(tmp_path / "saved" / f"form.{suffix}"), stored)
    assert sorted((p.key, p.answer) for p in found.proposals) == [
        ("commitment:new", "Un atelier"),
        ("interest", "Réponse\nsur deux lignes"),
    ]
    assert found.unreadable == [] and found.conflicts == []


def test_indicator_values_of_a_period_are_asked_shown_with_unit_baseline_target_and_collected(
    examples_dir: Path, tmp_path: Path, data_dir: Path
) -> None:
    with DossierService.open(data_dir) as service:
        dossier_id = service.import_file(examples_dir / "reims-suivi.charte").dossier_id
        dossier = service.load_draft(dossier_id)
        unchanged = _form(tmp_path, dossier, "ville-reims", "same.xlsx", period="2025-2026")
        ws = load_workbook(unchanged)["Formulaire"]
        rows = {r[0].value: r for r in ws.iter_rows(min_row=3) if r[0].value}
        assert rows["measure:i-delai:2025-2026"][3].value == 22
        assert (
            "jours" in rows["measure:i-delai:2025-2026"][2].value
            and "Cible : 15" in rows["measure:i-delai:2025-2026"][2].value
        )
        assert compare(read_form(unchanged), dossier).lines() == []  # "22" sent, 22 read back: no change
        path = _form(tmp_path, dossier, "ville-reims", period="2026-2027")
        _fill(
            path,
            {
                "measure:i-delai:2026-2027": 18.5,
                "measure-comment:i-delai:2026-2027": "Nouvelle permanence",
                "measure:i-parents:2026-2027": "beaucoup",
            },
        )
        found, applied = collect_file(service, path, apply=True)
        assert applied and [u.key for u in found.unreadable] == ["measure:i-parents:2026-2027"]
        draft = service.load_draft(dossier_id)
        again, applied_again = collect_file(service, path, apply=True)
        assert not applied_again and not again.proposals
    indicator = next(i for i in draft.charter.indicators() if i.id == "i-delai")
    measure = next(m for m in indicator.measures if m.period == "2026-2027")
    assert (measure.value, measure.comment, measure.partner) == ("18.5", "Nouvelle permanence", "ville-reims")
    assert measure.entered_on is not None and measure.extra["received_from"][0]["partner"] == "ville-reims"


def test_a_period_that_is_not_one_is_refused(stored: Dossier) -> None:
    with pytest.raises(Exception, match="n'est pas une période"):
        build_form(stored, "p000", period="l'an dernier")
