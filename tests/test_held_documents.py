"""Only documents the dossier has: a charter nobody filled in is not printed, previewed or compared.

A dossier made for one subsidy has a charter record with a title and nothing else; printing it gave
two pages of « … ». Export, preview (and so printing), and ``compare --document`` now refuse a
document the dossier does not hold, listing the ones it holds.
"""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from charte_app import cli
from charte_app.documents import service as documents
from charte_app.domain.dossier_file import dump, parse
from charte_app.domain.held import charter_held, held_documents
from charte_app.domain.model import (
    Body,
    Charter,
    CharterCommitment,
    DossierFile,
    ExtraArticle,
    GlossaryEntry,
    Objective,
    Rule,
    Value,
)
from charte_app.errors import NotFound
from charte_app.services.dossiers import DossierService

CHALONS = Path(__file__).parent / "data" / "documents" / "chalons.charte"
SUBSIDY_TITLE = "Convention financière relative à l’action « Coup de pouce lecture »"  # as printed (’)


def chalons() -> DossierFile:
    file, _ = parse(CHALONS.read_bytes())
    return file


def subsidy_only() -> DossierFile:
    """The Châlons dossier cut down to its subsidy: the charter keeps its title (required) and nothing else."""
    file = chalons()
    dossier = file.dossier
    dossier.charter = Charter(title=dossier.charter.title)
    dossier.conventions = [c for c in dossier.conventions if c.id == "conv-subvention"]
    return file


@pytest.fixture
def subsidy_file(tmp_path: Path) -> Path:
    path = tmp_path / "subvention.charte"
    path.write_bytes(dump(subsidy_only()))
    return path


# -- the domain's rule ---------------------------------------------------------------------------


def test_a_full_dossier_holds_its_charter_then_every_convention() -> None:
    dossier = chalons().dossier
    assert held_documents(dossier) == ["charter", "conv-prevention", "conv-subvention", "avenant-1"]
    assert [key for key, _ in documents.document_choices(dossier)] == held_documents(dossier)


def test_a_subsidy_only_dossier_holds_no_charter() -> None:
    dossier = subsidy_only().dossier
    assert held_documents(dossier) == ["conv-subvention"]
    assert documents.document_choices(dossier) == [("conv-subvention", SUBSIDY_TITLE.replace("’", "'"))]


def test_title_visas_duration_signature_and_blank_text_are_not_a_charter() -> None:
    charter = Charter(title="Charte de coopération", short_title="Charte", legal_basis=["Vu le code de l'éducation"])
    charter.duration.start = date(2026, 9, 1)
    charter.duration.months = 36
    charter.signature.place = "Châlons-en-Champagne"
    charter.signature.signatories = ["ville"]
    charter.preamble = " \n "
    charter.evaluation = ""
    assert not charter_held(charter)


ARTICLES = {
    "preamble": lambda c: setattr(c, "preamble", "Les partenaires du PRE…"),
    "values": lambda c: c.values.append(Value(id="v", title="Respect des familles")),
    "rules": lambda c: c.rules.append(Rule(id="r", title="Secret partagé", text="Seules les informations…")),
    "objectives": lambda c: c.objectives.append(Objective(id="o", title="Repérer plus tôt")),
    "commitments": lambda c: c.commitments.append(CharterCommitment(id="k", partner="ville", text="Coordonner.")),
    "glossary": lambda c: c.glossary.append(GlossaryEntry(term="PRE", definition="Programme de réussite éducative")),
    "governance body": lambda c: c.governance.bodies.append(Body(id="b", name="Comité de pilotage")),
    "coordinator role": lambda c: setattr(c.governance, "coordinator_role", "Anime le réseau."),
    "communication": lambda c: setattr(c, "communication", "Une lettre par trimestre."),
    "evaluation": lambda c: setattr(c, "evaluation", "Bilan annuel."),
    "joining": lambda c: setattr(c, "joining", "Tout partenaire peut adhérer."),
    "extra article": lambda c: c.extra_articles.append(ExtraArticle(id="x", title="Divers", text="Texte.")),
}


@pytest.mark.parametrize("article", sorted(ARTICLES))
def test_any_article_with_content_makes_a_charter(article: str) -> None:
    charter = Charter(title="Charte de coopération")
    ARTICLES[article](charter)
    assert charter_held(charter)


# -- the documents service -----------------------------------------------------------------------


def test_export_and_build_refuse_the_charter_a_dossier_does_not_hold(tmp_path: Path, data_dir: Path) -> None:
    dossier = subsidy_only().dossier
    out = tmp_path / "charte.pdf"
    with pytest.raises(NotFound) as caught:
        documents.export_document(dossier, "charter", "pdf", out, data_dir=data_dir)
    assert caught.value.message == (
        "Ce dossier ne contient pas de charte. Documents disponibles : "
        f"conv-subvention ({SUBSIDY_TITLE.replace('’', chr(39))})."
    )
    assert not out.exists()
    with pytest.raises(NotFound, match="ne contient pas de charte"):
        documents.build_document(dossier, "charter", data_dir=data_dir)
    with pytest.raises(NotFound, match="« conv-inconnue ».*Documents disponibles : conv-subvention"):
        documents.build_document(dossier, "conv-inconnue", data_dir=data_dir)
    empty = copy.deepcopy(dossier)
    empty.conventions = []
    with pytest.raises(NotFound, match="ni charte ni convention"):
        documents.build_document(empty, "charter", data_dir=data_dir)


# -- the command line (in-process) ---------------------------------------------------------------


def test_cli_export_refuses_the_charter_and_prints_the_convention(
    subsidy_file: Path, tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "charte.pdf"
    base = ["--data-dir", str(data_dir), "export", str(subsidy_file), "--format", "pdf", "--output", str(out)]
    assert cli.main([*base, "--document", "charter"]) == 1
    err = capsys.readouterr().err
    assert "Ce dossier ne contient pas de charte. Documents disponibles : conv-subvention (Convention financière" in err
    assert not out.exists()
    assert cli.main([*base, "--document", "conv-subvention"]) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_cli_compare_refuses_a_document_neither_side_holds(
    subsidy_file: Path, tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--data-dir", str(data_dir), "compare", "--from", "draft", "--to", "draft", "--format", "text"]
    assert cli.main([*base, str(subsidy_file), "--output", "-", "--document", "charter"]) == 1
    assert "Ce dossier ne contient pas de charte. Documents disponibles : conv-subvention" in capsys.readouterr().err
    assert cli.main([*base, str(subsidy_file), "--output", "-", "--document", "conv-subvention"]) == 0
    capsys.readouterr()
    # A charter one side holds can be compared: version 1 had it, the draft no longer does.
    service = DossierService.open(data_dir)
    try:
        dossier_id = service.import_file(CHALONS).dossier_id
        service.freeze_version(dossier_id, "Avec la charte")
        draft = service.load_draft(dossier_id)
        draft.charter = Charter(title=draft.charter.title)
        service.save_draft(draft)
    finally:
        service.close()
    argv = ["--data-dir", str(data_dir), "compare", dossier_id, "--from", "1", "--to", "draft"]
    assert cli.main([*argv, "--format", "text", "--output", "-", "--document", "charter"]) == 0
    assert "Charte" in capsys.readouterr().out


# -- the wizard's step 11 (preview, export, print) -----------------------------------------------


def test_preview_lists_only_the_documents_held(qtbot: QtBot, data_dir: Path, subsidy_file: Path) -> None:
    from charte_app.ui.editor import DossierEditor
    from charte_app.ui.steps.base import StepContext
    from charte_app.ui.steps.preview import PreviewPage

    service = DossierService.open(data_dir)
    try:
        dossier_id = service.import_file(subsidy_file).dossier_id
        editor = DossierEditor(service.load_draft(dossier_id))
        page = PreviewPage(StepContext(editor=editor, service=service, data_dir=data_dir))
        qtbot.addWidget(page)
        page.show()
        qtbot.waitExposed(page)
        combo = page.form.documentCombo
        assert [combo.itemData(i) for i in range(combo.count())] == ["conv-subvention"]
        assert "Coup de pouce lecture" in page.form.previewBrowser.toPlainText()
        # Once the charter says something it can be previewed; emptied again, it leaves the list.
        values = editor.dossier.charter.values
        editor.append_item(values, Value(id="v1", title="Respect des familles"), "Ajouter une valeur")
        qtbot.waitUntil(lambda: combo.findData("charter") >= 0)
        editor.remove_item(values, 0, "Retirer la valeur")
        qtbot.waitUntil(lambda: combo.findData("charter") < 0)
        # A dossier with nothing to print: nothing shown, nothing to export or print.
        with editor.macro("Vider"):
            editor.remove_item(editor.dossier.conventions, 0, "Retirer la convention")
        page.rebuild()
        assert combo.count() == 0
        assert page.form.previewBrowser.toPlainText() == ""
        assert not page.form.exportPdfButton.isEnabled() and not page.form.printButton.isEnabled()
        assert "Rien à afficher" in page.form.messageLabel.text()
    finally:
        service.close()


def test_compare_dialog_offers_the_charter_only_when_a_side_holds_it(qtbot: QtBot, data_dir: Path) -> None:
    from charte_app.ui.versions.compare_dialog import CompareDialog

    service = DossierService.open(data_dir)
    try:
        file = subsidy_only()
        path = data_dir / "subvention.charte"
        path.write_bytes(dump(file))
        dossier_id = service.import_file(path).dossier_id
        service.freeze_version(dossier_id, "Subvention seule")
        dialog = CompareDialog(service, dossier_id, 1, None)
        qtbot.addWidget(dialog)
        keys = [dialog.document.itemData(i) for i in range(dialog.document.count())]
        assert "charter" not in keys and "conv-subvention" in keys
        draft = service.load_draft(dossier_id)
        draft.charter.preamble = "Les partenaires du PRE…"
        service.save_draft(draft)
        dialog = CompareDialog(service, dossier_id, 1, None)
        qtbot.addWidget(dialog)
        assert dialog.document.findData("charter") >= 0
    finally:
        service.close()
