"""verify_pdf: which stored version an exported PDF comes from, via the fingerprint on its pages (the forgeries of
issue 20 are in test_verify_forgeries.py)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas

from charte_app.diff import verify_pdf
from charte_app.documents.service import export_document
from charte_app.domain.canonical import short_fingerprint
from charte_app.errors import UserError
from charte_app.services.dossiers import DossierService
from diff_helpers import EXAMPLES


@pytest.fixture
def service(data_dir: Path) -> Iterator[DossierService]:
    with DossierService.open(data_dir) as svc:
        yield svc


@pytest.fixture
def reims_id(service: DossierService) -> str:
    return service.import_file(EXAMPLES / "reims-croix-rouge.charte").dossier_id


def _export(service: DossierService, dossier_id: str, number: int, out: Path, data_dir: Path) -> Path:
    version = service.get_version(dossier_id, number)
    return export_document(version.snapshot, "charter", "pdf", out, version=version, data_dir=data_dir)


def _simple_pdf(path: Path, lines: list[str]) -> Path:
    canvas = Canvas(str(path))
    y = 800
    for line in lines:
        canvas.drawString(72, y, line)
        y -= 20
    canvas.showPage()
    canvas.save()
    return path


def test_an_exported_version_is_recognised(
    service: DossierService, reims_id: str, data_dir: Path, tmp_path: Path
) -> None:
    pdf = _export(service, reims_id, 2, tmp_path / "charte-v2.pdf", data_dir)
    version = service.get_version(reims_id, 2)
    result = verify_pdf(pdf, service)
    assert [(m.dossier_id, m.number) for m in result.matches] == [(reims_id, 2)]
    prefix = short_fingerprint(version.fingerprint)
    assert result.fingerprints == [prefix]
    assert result.pages[prefix] == list(range(1, len(PdfReader(pdf).pages) + 1))  # printed on every page
    assert result.proven and result.verdict == "identique"
    assert result.message.startswith(
        "Identique : ce PDF est le document « Charte de coopération des acteurs de la réussite éducative du quartier "
        "Croix-Rouge » de la version 2 « Version validée en comité de pilotage du 29 juin 2026 » du dossier "
        "« Coopération éducative – quartier Croix-Rouge » (statut : Validée), produit de nouveau depuis la version, "
        f"octet pour octet. Empreinte : {prefix}.\nVérifié : ses "
    )


def test_a_pdf_of_another_version_names_that_version(
    service: DossierService, reims_id: str, data_dir: Path, tmp_path: Path
) -> None:
    pdf = _export(service, reims_id, 1, tmp_path / "charte-v1.pdf", data_dir)
    result = verify_pdf(pdf, service)
    assert [(m.dossier_id, m.number, m.status) for m in result.matches] == [(reims_id, 1, "shared")]
    assert "version 1 « Projet présenté au comité technique »" in result.message
    assert "(statut : Partagée)" in result.message


def test_an_unrelated_pdf_matches_none(service: DossierService, reims_id: str, tmp_path: Path) -> None:
    pdf = _simple_pdf(tmp_path / "facture.pdf", ["Facture n° 2026-114", "Montant : 1 250,00 EUR"])
    result = verify_pdf(pdf, service)
    assert result.matches == []
    assert result.message.startswith("Aucune version : aucune empreinte de version n'a été trouvée dans ce PDF")


def test_a_draft_export_carries_no_fingerprint(
    service: DossierService, reims_id: str, data_dir: Path, tmp_path: Path
) -> None:
    draft = service.load_draft(reims_id)
    pdf = export_document(draft, "charter", "pdf", tmp_path / "projet.pdf", data_dir=data_dir)
    result = verify_pdf(pdf, service)
    assert result.matches == [] and result.fingerprints == []


def test_an_unknown_fingerprint_matches_none(service: DossierService, reims_id: str, tmp_path: Path) -> None:
    pdf = _simple_pdf(tmp_path / "autre.pdf", ["Version 3 – Projet d'une autre base", "Empreinte : 0123456789abcdef"])
    result = verify_pdf(pdf, service)
    assert result.matches == []
    assert result.fingerprints == ["0123456789abcdef"]
    assert result.message == (
        "Aucune version : l'empreinte 0123456789abcdef ne correspond à aucune version enregistrée : ce document ne provient "
        "pas d'une version de cette base."
    )


def test_a_page_that_only_cites_a_fingerprint_is_not_vouched_for(
    service: DossierService, reims_id: str, tmp_path: Path
) -> None:
    # The digits split by the text extraction ("Empreinte :" then a space inside the digits) are still
    # found, but a citation proves nothing: the text is not the version's (issue 10).
    prefix = short_fingerprint(service.get_version(reims_id, 1).fingerprint)
    pdf = _simple_pdf(tmp_path / "scan.pdf", ["Version 1 – Projet", f"Empreinte: {prefix[:8]} {prefix[8:]}"])
    result = verify_pdf(pdf, service)
    assert result.fingerprints == [prefix]
    assert result.matches == [] and not result.proven and result.probable == []
    assert result.message.startswith(
        f"Non prouvé : ce PDF cite l'empreinte {prefix} de la version 1 « Projet présenté au comité technique »"
    )
    assert "mais ce n'est pas son document « Charte de coopération" in result.message
    assert "- ce PDF compte 1 page, le document de la version en compte 4 ;" in result.message
    assert "- page 1 : le rendu diffère sur presque toute la hauteur de la page" in result.message


def test_pages_of_two_versions_stapled_together(
    service: DossierService, reims_id: str, data_dir: Path, tmp_path: Path
) -> None:
    one = _export(service, reims_id, 1, tmp_path / "v1.pdf", data_dir)
    two = _export(service, reims_id, 2, tmp_path / "v2.pdf", data_dir)
    writer = PdfWriter()
    writer.add_page(PdfReader(one).pages[0])
    writer.add_page(PdfReader(two).pages[0])
    buffer = io.BytesIO()
    writer.write(buffer)
    mixed = tmp_path / "mixed.pdf"
    mixed.write_bytes(buffer.getvalue())
    result = verify_pdf(mixed, service)
    assert sorted(m.number for m in result.matches) == [1, 2] and not result.proven
    assert result.message.startswith("Non prouvé : les pages de ce PDF portent 2 empreintes différentes")
    assert (
        "(page 1) est celle de la version 1" in result.message
        and "(page 2) est celle de la version 2" in result.message
    )
    assert "identique à son document « Charte de coopération" in result.message


def test_not_a_pdf_is_a_french_error(service: DossierService, tmp_path: Path) -> None:
    text = tmp_path / "notes.pdf"
    text.write_text("ceci n'est pas un PDF", encoding="utf-8")
    with pytest.raises(UserError, match="« notes.pdf » n'est pas un fichier PDF"):
        verify_pdf(text, service)
    broken = tmp_path / "casse.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50)
    with pytest.raises(UserError, match="PDF illisible ou endommagé"):
        verify_pdf(broken, service)
    with pytest.raises(UserError, match="introuvable"):
        verify_pdf(tmp_path / "absent.pdf", service)


def test_a_genuine_export_with_its_first_page_replaced_is_not_vouched_for(
    service: DossierService, reims_id: str, data_dir: Path, tmp_path: Path
) -> None:
    genuine = PdfReader(_export(service, reims_id, 2, tmp_path / "v2.pdf", data_dir))
    prefix = short_fingerprint(service.get_version(reims_id, 2).fingerprint)
    forged_page = PdfReader(
        _simple_pdf(
            tmp_path / "p1.pdf",
            [f"Version 2 – Empreinte : {prefix}", "Article 1 – Les partenaires cèdent leurs locaux à la société X."],
        )
    ).pages[0]
    writer = PdfWriter()
    writer.add_page(forged_page)
    for page in genuine.pages[1:]:
        writer.add_page(page)
    forged = tmp_path / "forged.pdf"
    with forged.open("wb") as handle:
        writer.write(handle)
    result = verify_pdf(forged, service)
    assert not result.proven and result.verdict == "non prouvé"
    assert "mais ce n'est pas son document « Charte de coopération" in result.message
    assert "- page 1 : le rendu diffère sur presque toute la hauteur de la page" in result.message
    assert "- page 1 : une police qui n'est pas celle du document (« Helvetica »)" in result.message
    assert f"Rendu identique à l'écran : {_pages_text_of(len(genuine.pages))}." in result.message


def _pages_text_of(count: int) -> str:
    return "pages 2, 3" if count == 3 else f"pages 2 à {count}"


def test_another_dossiers_draft_citing_the_fingerprint_is_not_vouched_for(
    service: DossierService, reims_id: str, data_dir: Path, tmp_path: Path
) -> None:
    prefix = short_fingerprint(service.get_version(reims_id, 2).fingerprint)
    other = service.import_file(EXAMPLES / "epernay-psychomotricite.charte").dossier_id
    draft = service.load_draft(other)
    draft.charter.preamble = f"Empreinte : {prefix}"
    pdf = export_document(draft, "charter", "pdf", tmp_path / "autre.pdf", data_dir=data_dir)
    result = verify_pdf(pdf, service)
    assert result.fingerprints == [prefix] and not result.proven and result.matches == []
    assert result.message.startswith(f"Non prouvé : ce PDF cite l'empreinte {prefix} de la version 2")
    assert "- page 1 : le rendu diffère sur presque toute la hauteur" in result.message
    assert "une police « AAAAAA+LiberationSans » qui n'est pas la nôtre (autres caractères dessinés)" in result.message


def test_the_cli_exits_0_only_for_a_proven_match(
    service: DossierService, reims_id: str, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from charte_app.cli import main

    genuine = _export(service, reims_id, 1, tmp_path / "v1.pdf", data_dir)
    prefix = short_fingerprint(service.get_version(reims_id, 1).fingerprint)
    cited = _simple_pdf(tmp_path / "cite.pdf", [f"Empreinte : {prefix}"])
    service.close()
    assert main(["verify", str(genuine), "--data-dir", str(data_dir)]) == 0
    assert capsys.readouterr().out.startswith("Identique : ce PDF est le document")
    assert main(["verify", str(cited), "--data-dir", str(data_dir)]) == 1
    assert capsys.readouterr().err.startswith(f"Non prouvé : ce PDF cite l'empreinte {prefix}")


def test_a_pdf_printed_by_libreoffice_from_our_docx_is_probable_not_proven(
    service: DossierService, reims_id: str, data_dir: Path, tmp_path: Path
) -> None:
    import shutil
    import subprocess

    version = service.get_version(reims_id, 2)
    docx_path = export_document(
        version.snapshot, "charter", "docx", tmp_path / "v2.docx", version=version, data_dir=data_dir
    )
    soffice = shutil.which("soffice") or shutil.which("libreoffice") or "soffice"  # installed by scripts/dev.py
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "out"),
            str(docx_path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    result = verify_pdf(tmp_path / "out" / "v2.pdf", service)
    assert not result.proven and result.matches == []
    assert [r.number for r in result.probable] == [2], result.message
    assert result.message.startswith("Probable : ce PDF a été exporté par un traitement de texte (LibreOffice")
    assert "Certitude moindre" in result.message
    assert "son texte est celui de la version" not in result.message


def test_a_fifo_or_a_device_to_verify_is_refused_without_blocking(service: DossierService, tmp_path: Path) -> None:
    import os
    import threading

    fifo = tmp_path / "tube.pdf"
    os.mkfifo(fifo)
    errors: list[str] = []

    def check() -> None:
        try:
            verify_pdf(fifo, service)
        except UserError as error:
            errors.append(error.message)

    worker = threading.Thread(target=check, daemon=True)
    worker.start()
    worker.join(10)
    assert not worker.is_alive() and "n'est pas un fichier ordinaire" in errors[0]
    with pytest.raises(UserError, match="n'est pas un fichier ordinaire"):
        verify_pdf(Path("/dev/zero"), service)
