"""Signatories (issue 19, item 7): every signatory prints capacity and delegation in the parties
block and in the signature block, a missing authority is a plain blank (never a presumed « par
délibération »), and a body without legal personality is signed for by its legal person. Dossiers
are built in code; documents are read back from the PDF and the DOCX."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import docx
import pytest

from charte_app.documents import service
from charte_app.documents.naming import delegation_phrase, possessive
from charte_app.domain import fingerprint
from charte_app.domain.model import (
    Amends,
    Charter,
    CharterSignature,
    Convention,
    ConventionSignature,
    Dossier,
    Partner,
    PartnerKind,
    Representative,
    Version,
)
from charte_app.domain.signatories import lacks_legal_personality


def _dossier() -> Dossier:
    """A Ville signed for by an adjointe, an association by its director, a CMP by its hospital."""
    ville = Partner(
        id="ville",
        name="Ville de Reims",
        kind="local_authority",
        short_name="la Ville",
        address="9 place de l'Hôtel de Ville, 51100 Reims",
        representative=Representative(
            civility="Mme",
            name="Anne Roy",
            function="adjointe au maire",
            delegation="par délégation du Maire, arrêté n° 2026-14 du 5 janvier 2026",
        ),
        authority="par délibération du conseil municipal du 9 décembre 2025",
    )
    asso = Partner(
        id="asso",
        name="Association Lire et Faire Lire",
        kind="association",
        short_name="l'Association",
        address="3 rue Chanzy, 51100 Reims",
        representative=Representative(
            civility="Mme",
            name="Lina Morel",
            function="directrice",
            delegation="délégation du Président du 3 mars 2025",
        ),
    )
    cmp_ = Partner(
        id="cmp",
        name="CMP infanto-juvénile de Reims",
        kind="health",
        short_name="le CMP",
        address="45 rue Cognacq-Jay, 51100 Reims",
        representative=Representative(civility="M.", name="Paul Weber", function="directeur"),
        authority="par décision du directeur du 2 février 2026",
        legal_person="Centre hospitalier universitaire de Reims",
    )
    conv = Convention(
        id="conv",
        title="Convention de partenariat pour la santé des enfants",
        kind="partnership",
        parties=["ville", "asso", "cmp"],
        object="La présente convention a pour objet la coordination des parcours.",
        start=date(2026, 9, 1),
        end=date(2027, 8, 31),
        governance="Un comité de suivi.",
        evaluation="Un bilan annuel.",
        signature=ConventionSignature(place="Reims"),
    )
    avenant = Convention(
        id="avenant",
        title="Avenant n° 1",
        kind="amendment",
        amends=Amends(convention="conv", number=1, signed_on=date(2026, 9, 15)),
        parties=["ville", "asso", "cmp"],
        object="Le présent avenant prolonge la convention.",
        end=date(2028, 8, 31),
        signature=ConventionSignature(place="Reims"),
    )
    charter = Charter(
        title="Charte de coopération", preamble="Les partenaires coopèrent.", signature=CharterSignature(place="Reims")
    )
    return Dossier(
        id="7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f",
        title="Santé des enfants",
        partners=[ville, asso, cmp_],
        charter=charter,
        conventions=[conv, avenant],
    )


def _flat(text: str) -> str:
    return " ".join(
        text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2011", "-").replace("\u2010", "-").split()
    )


def _pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, text=True)
    return _flat(out.stdout)


def _docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return _flat("\n".join(parts))


def _texts(tmp_path: Path, dossier: Dossier, document: str, status: str | None = None) -> dict[str, str]:
    version = None
    if status:
        version = Version(
            number=1,
            label="Version validée",
            created_at="2026-10-01T10:00:00Z",
            status=status,  # type: ignore[arg-type]
            fingerprint=fingerprint(dossier),
            snapshot=dossier,
        )
    out: dict[str, str] = {}
    for fmt, read in (("pdf", _pdf_text), ("docx", _docx_text)):
        path = tmp_path / f"{document}-{status or 'draft'}.{fmt}"
        service.export_document(dossier, document, fmt, path, version=version, data_dir=tmp_path / "data")  # type: ignore[arg-type]
        out[fmt] = read(path)
    return out


def _signature_lines(dossier: Dossier, document: str) -> list[list[str]]:
    page = next(b for b in service.build_document(dossier, document).blocks() if type(b).__name__ == "SignaturePage")
    return [[_flat(line) for line in block.lines()] for block in page.blocks]  # type: ignore[attr-defined]


@pytest.mark.parametrize("document", ["conv", "avenant"])
def test_capacity_and_delegation_in_the_parties_block(tmp_path: Path, document: str) -> None:
    for fmt, text in _texts(tmp_path, _dossier(), document).items():
        assert (
            "La Ville de Reims, dont le siège est situé 9 place de l’Hôtel de Ville, 51100 Reims, représentée par "
            "Mme Anne Roy, adjointe au maire, agissant par délégation du Maire, arrêté n° 2026-14 du 5 janvier 2026, "
            "dûment habilitée par délibération du conseil municipal du 9 décembre 2025, ci-après dénommée « la Ville »"
            in text
        ), fmt
        # An association's director acts by delegation of the president: no presumed deliberation.
        assert (
            "représentée par Mme Lina Morel, directrice, agissant par délégation du Président du 3 mars 2025, "
            "dûment habilitée …, ci-après dénommée « l’Association »" in text
        ), fmt
        assert "par délibération du … en date du …" not in text, fmt


@pytest.mark.parametrize("document", ["conv", "avenant", "charter"])
def test_capacity_and_delegation_in_the_signature_blocks(document: str) -> None:
    dossier = _dossier()
    dossier.charter.signature.signatories = ["ville", "asso", "cmp"]
    blocks = _signature_lines(dossier, document)
    assert blocks[0] == [
        "Pour la Ville de Reims",
        "Mme Anne Roy",
        "L’Adjointe au maire",
        "Par délégation du Maire, arrêté n° 2026-14 du 5 janvier 2026",
    ]
    assert blocks[1] == [
        "Pour l’Association Lire et Faire Lire",
        "Mme Lina Morel",
        "La Directrice",
        "Par délégation du Président du 3 mars 2025",
    ]


def test_a_missing_authority_is_left_out_of_a_final_version(tmp_path: Path) -> None:
    for fmt, text in _texts(tmp_path, _dossier(), "conv", status="approved").items():
        assert "agissant par délégation du Président du 3 mars 2025, ci-après dénommée « l’Association »" in text, fmt
        assert "dûment habilitée …" not in text, fmt


@pytest.mark.parametrize("document", ["conv", "avenant"])
def test_a_body_without_legal_personality_is_introduced_by_its_legal_person(tmp_path: Path, document: str) -> None:
    for fmt, text in _texts(tmp_path, _dossier(), document).items():
        assert (
            "Le Centre hospitalier universitaire de Reims, pour son CMP infanto-juvénile de Reims, dont le siège est "
            "situé 45 rue Cognacq-Jay, 51100 Reims, représenté par M. Paul Weber, directeur, dûment habilité par "
            "décision du directeur du 2 février 2026, ci-après dénommé « le CMP »" in text
        ), fmt
        assert "Pour le Centre hospitalier universitaire de Reims" in text, fmt
        assert "Pour le CMP" not in text, fmt


@pytest.mark.parametrize("document", ["conv", "avenant", "charter"])
def test_the_legal_person_signs_with_the_body_named_under_it(tmp_path: Path, document: str) -> None:
    dossier = _dossier()
    assert _signature_lines(dossier, document)[2] == [
        "Pour le Centre hospitalier universitaire de Reims",
        "CMP infanto-juvénile de Reims",
        "M. Paul Weber",
        "Le Directeur",
    ]
    # Read back from both files: the body right under its legal person.
    for fmt, text in _texts(tmp_path, dossier, document).items():
        assert "Pour le Centre hospitalier universitaire de Reims CMP infanto-juvénile de Reims" in text, fmt


def test_a_body_without_legal_person_signs_in_its_own_name_until_told() -> None:
    dossier = _dossier()
    cmp_ = dossier.partner("cmp")
    assert cmp_ is not None
    cmp_.legal_person = None
    assert _signature_lines(dossier, "conv")[2][:2] == ["Pour le CMP infanto-juvénile de Reims", "M. Paul Weber"]


@pytest.mark.parametrize(
    ("name", "kind", "lacks"),
    [
        ("CMP infanto-juvénile de Reims", "health", True),
        ("CMPP de Châlons-en-Champagne", "health", True),
        ("Centre médico-psychologique de Sézanne", "health", True),
        ("Circonscription de Reims 2", "national_education", True),
        ("UTAS de Reims Nord", "department", True),
        ("Service de protection maternelle et infantile", "department", True),
        ("Direction des services départementaux de l'Éducation nationale de la Marne", "national_education", True),
        ("École élémentaire Jean Jaurès", "national_education", True),
        ("Maison départementale des solidarités d'Épernay", "department", True),
        ("Préfecture de la Marne", "state_service", True),
        ("Ville de Reims", "local_authority", False),
        ("Commune de Sillery", "local_authority", False),
        ("Département de la Marne", "department", False),
        ("Caisse d'allocations familiales de la Marne", "family_allowance_fund", False),
        ("CAF de la Marne", "family_allowance_fund", False),
        ("Centre hospitalier universitaire de Reims", "health", False),
        ("Association Lire et Faire Lire", "association", False),
        ("École des parents et des éducateurs", "association", False),
        ("Collège Université", "national_education", False),  # an EPLE is a legal person
        ("CCAS de Reims", "public_body", False),
        ("La Sauvegarde de la Marne", "association", False),
    ],
)
def test_lacks_legal_personality(name: str, kind: PartnerKind, lacks: bool) -> None:
    assert lacks_legal_personality(Partner(id="p", name=name, kind=kind)) is lacks


@pytest.mark.parametrize(
    ("typed", "phrase"),
    [
        ("par délégation du Maire, arrêté n° 2026-14", "par délégation du Maire, arrêté n° 2026-14"),
        ("Par délégation du Président.", "par délégation du Président"),
        ("délégation du Président du 3 mars 2025", "par délégation du Président du 3 mars 2025"),
        ("arrêté n° 2026-14 du 5 janvier 2026", "par délégation (arrêté n° 2026-14 du 5 janvier 2026)"),
        ("en vertu de l'arrêté du 5 janvier 2026", "en vertu de l'arrêté du 5 janvier 2026"),
        ("", ""),
        (None, ""),
    ],
)
def test_delegation_phrase(typed: str | None, phrase: str) -> None:
    assert delegation_phrase(typed) == phrase


def test_possessive_of_a_body() -> None:
    assert possessive(Partner(id="a", name="CMP de Reims", kind="health")) == "son CMP de Reims"
    assert possessive(Partner(id="b", name="Circonscription de Reims 2")) == "sa circonscription de Reims 2"
    assert possessive(Partner(id="c", name="École Jean Jaurès")) == "son école Jean Jaurès"
    assert possessive(Partner(id="d", name="Services de PMI")) == "ses services de PMI"
