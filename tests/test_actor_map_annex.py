"""Issue 23, parts 5 and 6: the charter's annex « Carte des acteurs » (map, legend, fields of action)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from charte_app.documents import structure
from charte_app.documents.service import build_document, export_document, to_html
from charte_app.domain import dossier_file, fingerprint
from charte_app.domain.model import Dossier, Link, Version


def _dossier(examples_dir: Path, name: str = "reims-suivi.charte") -> Dossier:
    return dossier_file.parse((examples_dir / name).read_bytes())[0].dossier


def _annex(document: structure.Document) -> structure.Section:
    return next(s for s in document.sections if s.key == "carte-des-acteurs")


def test_the_charter_ends_with_the_map_and_the_fields_grid(examples_dir: Path) -> None:
    document = build_document(_dossier(examples_dir), "charter")
    annex = _annex(document)
    assert annex is document.sections[-1] and annex.kind == "annex" and annex.page_break_before
    assert annex.heading is not None and annex.heading.text == "Annexe\u00a01 – Carte des acteurs"
    drawings = [b for b in annex.blocks if isinstance(b, structure.Drawing)]
    assert len(drawings) == 1 and "Centre médico-psycho-pédagogique de Reims" in drawings[0].description
    table = next(b for b in annex.blocks if isinstance(b, structure.Table))
    assert [c.text for c in table.header.cells] == [
        "Champ d'action",
        "Partenaires",
        "Acteurs à mobiliser",
        "Observation",
    ]
    missing = next(r for r in table.rows if r.cells[0].text == "soins psychiques des enfants")
    assert [c.text for c in missing.cells[1:]] == [
        "—",
        "Centre médico-psycho-pédagogique de Reims",
        "compétence absente du partenariat",
    ]


def test_overlapping_fields_are_marked_to_coordinate(examples_dir: Path) -> None:
    dossier = _dossier(examples_dir)
    dossier.partners[1].fields_of_action.append("Accueils périscolaires")  # the Ville's, spelled otherwise
    table = next(b for b in _annex(build_document(dossier, "charter")).blocks if isinstance(b, structure.Table))
    row = next(r for r in table.rows if r.cells[0].text == "accueils périscolaires")
    assert row.cells[3].text == "à coordonner" and "la Ville" in row.cells[1].text


@pytest.mark.parametrize("name", ["reims-croix-rouge.charte", "epernay-psychomotricite.charte"])
def test_a_dossier_without_a_map_prints_its_charter_as_before(examples_dir: Path, name: str) -> None:
    dossier = _dossier(examples_dir, name)
    document = build_document(dossier, "charter")
    assert "Carte des acteurs" not in " ".join(document.headings())
    dossier.links.append(Link(id="l", source=dossier.partners[0].id, to=dossier.partners[1].id, kind="information"))
    assert "Annexe\u00a01 – Carte des acteurs" in build_document(dossier, "charter").headings()


def test_the_pdf_draws_the_map_as_vectors(examples_dir: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "charte.pdf"
    export_document(_dossier(examples_dir), "charter", "pdf", out)
    reader = PdfReader(out)
    pages = [p for p in reader.pages if "Carte des acteurs" in (p.extract_text() or "")]
    assert pages
    page = pages[0]
    text = page.extract_text() or ""
    assert "le collectif POP" in text and "Financement" in text  # names and legend are text
    resources = page.get("/Resources") or {}
    xobjects = resources.get("/XObject") or {}
    assert not any(xobjects[name].get("/Subtype") == "/Image" for name in xobjects)  # no bitmap


def test_the_docx_holds_the_map_as_an_image(examples_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "charte.docx"
    export_document(_dossier(examples_dir), "charter", "docx", out)
    with zipfile.ZipFile(out) as package:
        media = [n for n in package.namelist() if n.startswith("word/media/") and n.endswith(".png")]
        assert media
        png = package.read(media[0])
        body = package.read("word/document.xml").decode("utf-8")
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and int.from_bytes(png[16:20], "big") >= 1200
    assert 'descr="Carte des acteurs' in body and "soins psychiques des enfants" in body
    assert body.index("Carte des acteurs") < body.index("soins psychiques des enfants")


def test_the_preview_shows_the_same_drawing_as_svg(examples_dir: Path) -> None:
    html = to_html(build_document(_dossier(examples_dir), "charter"))
    assert '<figure role="img" aria-label="Carte des acteurs' in html
    assert "<svg" in html and ">la CAF</text>" in html and "<?xml" not in html


def test_a_version_with_its_map_prints_again_byte_for_byte(examples_dir: Path, tmp_path: Path) -> None:
    """``verify`` proves a PDF by printing its version again: the map must not change between runs."""
    dossier = _dossier(examples_dir)
    version = Version(
        number=1, label="v1", created_at="2026-03-01T10:00:00+01:00", fingerprint=fingerprint(dossier), snapshot=dossier
    )
    for fmt in ("pdf", "docx"):
        a, b = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"
        export_document(dossier, "charter", fmt, a, version=version)  # type: ignore[arg-type]
        export_document(dossier, "charter", fmt, b, version=version)  # type: ignore[arg-type]
        assert a.read_bytes() == b.read_bytes(), fmt
