"""Avenants from the difference (issue 19, item 6): an avenant restates only the articles whose
content differs from the convention it amends, cites the decision that authorised it, and gives the
reason of an effective date before the signature of that convention. Dossiers are built in code;
documents are read back from the PDF and the DOCX."""

from __future__ import annotations

import copy
import re
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import docx
import pytest

from charte_app.documents import service
from charte_app.documents.build import authorisation_parts
from charte_app.domain import fingerprint
from charte_app.domain.amendment import amended, changed_articles
from charte_app.domain.model import (
    Amends,
    AuthorisingDecision,
    Contribution,
    Convention,
    ConventionCommitment,
    ConventionSignature,
    Disputes,
    Dossier,
    Partner,
    Payment,
    Renewal,
    Representative,
    Termination,
    Version,
)

SIGNED_ON = date(2026, 9, 15)


def _dossier() -> Dossier:
    """A Ville funds an association over 2026-2029; the avenant is added by each test."""
    ville = Partner(
        id="ville",
        name="Ville de Reims",
        kind="local_authority",
        short_name="la Ville",
        address="9 place de l'Hôtel de Ville, 51100 Reims",
        representative=Representative(civility="M.", name="Arnaud Robinet", function="Maire"),
        authority="par délibération du conseil municipal du 9 décembre 2025",
    )
    asso = Partner(
        id="asso",
        name="Association Lire et Faire Lire",
        kind="association",
        short_name="l'Association",
        address="3 rue Chanzy, 51100 Reims",
        representative=Representative(civility="Mme", name="Lina Morel", function="Présidente"),
        authority="en vertu des statuts",
    )
    original = Convention(
        id="conv",
        title="Convention de partenariat pour la lecture 2026-2029",
        kind="partnership",
        parties=["ville", "asso"],
        object="La présente convention a pour objet le soutien de l'action de lecture.",
        start=date(2026, 9, 1),
        end=date(2029, 8, 31),
        renewal=Renewal(tacit=False),
        commitments=[
            ConventionCommitment(id="k1", partner="ville", text="Mettre une salle à disposition"),
            ConventionCommitment(id="k2", partner="asso", text="Animer deux ateliers par semaine"),
        ],
        contributions=[
            Contribution(
                id="f1",
                partner="ville",
                kind="financial",
                description="Subvention de fonctionnement",
                amount=Decimal("20000.00"),
                year=2026,
                recipient="asso",
                schedule=[Payment(due=date(2026, 10, 1), amount=Decimal("20000.00"), condition="à la signature")],
            )
        ],
        governance="Un comité de suivi se réunit deux fois par an.",
        evaluation="Un bilan annuel est présenté au comité de suivi.",
        termination=Termination(notice_months=3),
        disputes=Disputes(court="Tribunal administratif de Châlons-en-Champagne", amicable_first=True),
        signature=ConventionSignature(place="Reims", date=SIGNED_ON),
    )
    avenant = Convention(
        id="avenant",
        title="Avenant n° 1",
        kind="amendment",
        amends=Amends(convention="conv", number=1, signed_on=SIGNED_ON),
        parties=["ville", "asso"],
        object="Le présent avenant a pour objet de modifier la convention initiale.",
        signature=ConventionSignature(place="Reims"),
    )
    return Dossier(
        id="5b0c6a2e-8f1d-4c3a-9e7b-1d2f3a4b5c6d",
        title="Lecture",
        partners=[ville, asso],
        conventions=[original, avenant],
    )


def _avenant(dossier: Dossier) -> Convention:
    conv = dossier.convention("avenant")
    assert conv is not None
    return conv


def _original(dossier: Dossier) -> Convention:
    conv = dossier.convention("conv")
    assert conv is not None
    return conv


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


def _version(dossier: Dossier, status: str) -> Version:
    return Version(
        number=1,
        label="Version validée",
        created_at="2026-10-01T10:00:00Z",
        status=status,  # type: ignore[arg-type]
        fingerprint=fingerprint(dossier),
        snapshot=dossier,
    )


def _texts(tmp_path: Path, dossier: Dossier, *, status: str | None = None) -> dict[str, str]:
    """The avenant printed to PDF and DOCX, read back (one flat text each)."""
    version = _version(dossier, status) if status else None
    out: dict[str, str] = {}
    for fmt, read in (("pdf", _pdf_text), ("docx", _docx_text)):
        path = tmp_path / f"avenant-{status or 'draft'}.{fmt}"
        service.export_document(dossier, "avenant", fmt, path, version=version, data_dir=tmp_path / "data")  # type: ignore[arg-type]
        out[fmt] = read(path)
    return out


def _numbers(dossier: Dossier) -> dict[str, str]:
    original = service.build_document(dossier, "conv", data_dir=None)
    return {s.key: s.number for s in original.sections if s.kind == "article"}


# -- The difference itself ----------------------------------------------------------------------------


def test_an_avenant_that_states_nothing_changes_nothing() -> None:
    dossier = _dossier()
    assert changed_articles(_original(dossier), _avenant(dossier)) == []


def test_a_field_restated_identically_is_not_a_change() -> None:
    dossier = _dossier()
    original, avenant = _original(dossier), _avenant(dossier)
    avenant.end = original.end  # the case of issue 19: « article 13 modifié » with the same end date
    avenant.governance = "Un comité de suivi  se réunit\ndeux fois par an."  # white space aside: the same
    avenant.termination = Termination(notice_months=3)
    avenant.contributions = [copy.deepcopy(original.contributions[0])]
    avenant.commitments = [ConventionCommitment(id="other-id", partner="asso", text="Animer deux ateliers par semaine")]
    assert changed_articles(original, avenant) == []


def test_each_changed_field_names_its_article_in_the_conventions_order() -> None:
    dossier = _dossier()
    original, avenant = _original(dossier), _avenant(dossier)
    avenant.end = date(2030, 8, 31)
    avenant.disputes = Disputes(amicable_first=False)
    avenant.evaluation = "Un bilan annuel et un bilan final sont présentés."
    avenant.commitments = [ConventionCommitment(id="k2", partner="asso", text="Animer trois ateliers par semaine")]
    assert changed_articles(original, avenant) == ["commitments-asso", "evaluation", "duration", "disputes"]
    avenant.renewal = Renewal(tacit=False)  # the same as the original's: still one change of duration
    assert "duration" in changed_articles(original, avenant)


def test_contributions_merge_by_id_and_money_changes_the_payment_article() -> None:
    dossier = _dossier()
    original, avenant = _original(dossier), _avenant(dossier)
    raised = copy.deepcopy(original.contributions[0])
    raised.amount = Decimal("25000.00")
    raised.schedule = [Payment(due=date(2026, 10, 1), amount=Decimal("25000.00"), condition="à la signature")]
    avenant.contributions = [raised]
    assert changed_articles(original, avenant) == ["means", "payment"]
    # The article restated is the whole article as amended: the raised contribution replaces its original.
    assert [c.amount for c in amended(original, avenant).contributions] == [Decimal("25000.00")]
    # Added premises change the means, not the payments.
    avenant.contributions = [Contribution(id="l1", partner="ville", kind="premises", description="Une salle")]
    assert changed_articles(original, avenant) == ["means"]
    assert [c.id for c in amended(original, avenant).contributions] == ["f1", "l1"]
    # Only the schedule changes: only the payment article.
    later = copy.deepcopy(original.contributions[0])
    later.schedule = [Payment(due=date(2027, 1, 15), amount=Decimal("20000.00"), condition="à la signature")]
    avenant.contributions = [later]
    assert changed_articles(original, avenant) == ["payment"]


def test_without_the_original_everything_stated_is_a_change() -> None:
    dossier = _dossier()
    avenant = _avenant(dossier)
    avenant.governance = "Un comité."
    assert changed_articles(None, avenant) == ["governance"]


# -- The avenant as printed ---------------------------------------------------------------------------


def test_the_same_end_date_is_not_restated_and_an_empty_avenant_shows_a_blank(tmp_path: Path) -> None:
    dossier = _dossier()
    _avenant(dossier).end = _original(dossier).end
    for fmt, text in _texts(tmp_path, dossier).items():
        assert "Durée" not in text and "prend fin" not in text, fmt
        assert "remplacé" not in text and "modifié comme suit" not in text, fmt
        # Its object, then a visible blank article: the avenant changes nothing yet.
        assert "Article 1er – Objet de l’avenant" in text.replace("1 er", "1er"), fmt
        assert "Article 2 – Stipulations modifiées …" in text, fmt
        assert "Article 3 – Autres stipulations et prise d’effet" in text, fmt


def test_a_changed_end_date_restates_the_duration_article_by_its_number(tmp_path: Path) -> None:
    dossier = _dossier()
    _avenant(dossier).end = date(2030, 8, 31)
    number = _numbers(dossier)["duration"]
    for fmt, text in _texts(tmp_path, dossier).items():
        assert "Article 2 – Durée et entrée en vigueur" in text, fmt
        assert f"L’article {number} de la convention initiale est remplacé par les stipulations suivantes :" in text
        assert "prend effet le 1er septembre 2026" in text.replace("1 er", "1er"), fmt
        assert "jusqu’au 31 août 2030" in text, fmt
        assert "Stipulations modifiées" not in text, fmt
        assert "Gouvernance" not in text and "Résiliation" not in text, fmt  # unchanged: not restated


def test_changed_commitments_restate_only_that_partys_article(tmp_path: Path) -> None:
    dossier = _dossier()
    _avenant(dossier).commitments = [
        ConventionCommitment(id="k2", partner="asso", text="Animer trois ateliers par semaine")
    ]
    numbers = _numbers(dossier)
    for fmt, text in _texts(tmp_path, dossier).items():
        assert f"L’article {numbers['commitments-asso']} de la convention initiale est remplacé" in text, fmt
        assert "animer trois ateliers par semaine." in text, fmt
        assert "Engagements de la Ville" not in text and "mettre une salle" not in text.lower(), fmt


def test_a_raised_contribution_restates_the_whole_means_article(tmp_path: Path) -> None:
    dossier = _dossier()
    original = _original(dossier)
    original.contributions.append(
        Contribution(id="l1", partner="ville", kind="premises", description="Salle du centre Croix-Rouge")
    )
    raised = copy.deepcopy(original.contributions[0])
    raised.amount = Decimal("25000.00")
    raised.schedule = [Payment(due=date(2026, 10, 1), amount=Decimal("25000.00"), condition="à la signature")]
    _avenant(dossier).contributions = [raised]
    for fmt, text in _texts(tmp_path, dossier).items():
        assert "25 000,00 €" in text and "20 000,00 €" not in text, fmt
        assert "La Ville de Reims : salle du centre Croix-Rouge." in text, (
            fmt
        )  # the premises the avenant does not change stay
        assert "Modalités de versement" in text, fmt


def test_the_visa_of_the_authorising_decision(tmp_path: Path) -> None:
    dossier = _dossier()
    avenant = _avenant(dossier)
    avenant.end = date(2030, 8, 31)
    avenant.authorisation = AuthorisingDecision(
        body="le conseil municipal", date=date(2027, 3, 2), reference="délibération n° 2027-45"
    )
    for fmt, text in _texts(tmp_path, dossier).items():
        assert (
            "Vu la délibération n° 2027-45 du conseil municipal en date du 2 mars 2027 autorisant la signature du "
            "présent avenant." in text
        ), fmt
    # Missing parts are visible blanks.
    avenant.authorisation = AuthorisingDecision(body="la commission permanente du Département")
    for fmt, text in _texts(tmp_path, dossier).items():
        assert (
            "Vu la délibération n° … de la commission permanente du Département en date du … autorisant la "
            "signature du présent avenant." in text
        ), fmt


def test_without_an_authorisation_the_visa_is_blank_in_a_draft_and_left_out_when_final(tmp_path: Path) -> None:
    dossier = _dossier()
    _avenant(dossier).end = date(2030, 8, 31)
    for fmt, text in _texts(tmp_path, dossier).items():
        assert "Vu la délibération n° … de … en date du … autorisant la signature du présent avenant." in text, fmt
    for fmt, text in _texts(tmp_path, dossier, status="approved").items():
        assert "autorisant la signature" not in text, fmt
        assert "relatif à sa modification." in text, fmt  # the last visa ends the list


def test_authorisation_references_read_as_decisions() -> None:
    conv = Convention(id="a", title="A", object="O")
    conv.authorisation = AuthorisingDecision(reference="2027-45", body="Conseil départemental")
    visa = authorisation_parts(conv, final=True)
    assert visa is not None
    assert visa["reference"] == "la délibération n°\u00a02027-45" and visa["body"] == "du Conseil départemental"
    conv.authorisation = AuthorisingDecision(reference="décision n° 12 du directeur", body="l'assemblée générale")
    visa = authorisation_parts(conv, final=True)
    assert visa is not None
    assert visa["reference"] == "la décision n° 12 du directeur" and visa["body"] == "de l'assemblée générale"


def test_a_retroactive_effect_prints_its_reason(tmp_path: Path) -> None:
    dossier = _dossier()
    avenant = _avenant(dossier)
    avenant.end = date(2030, 8, 31)
    avenant.start = date(2026, 9, 1)  # before the signature of the convention (15 September 2026)
    avenant.retroactivity = "Afin de couvrir les ateliers menés depuis la rentrée scolaire."
    for fmt, text in _texts(tmp_path, dossier).items():
        assert (
            "Le présent avenant prend effet le 1er septembre 2026, afin de couvrir les ateliers menés depuis la "
            "rentrée scolaire." in text.replace("1 er", "1er")
        ), fmt
    # After the signature: the date alone, whatever the dossier says of retroactivity.
    avenant.start = date(2026, 10, 1)
    for fmt, text in _texts(tmp_path, dossier).items():
        assert "Le présent avenant prend effet le 1er octobre 2026." in text.replace("1 er", "1er"), fmt
        assert "rentrée scolaire" not in text, fmt


@pytest.mark.parametrize("status", ["approved", "signed"])
def test_a_final_avenant_prints_no_blank_article(tmp_path: Path, status: str) -> None:
    dossier = _dossier()
    avenant = _avenant(dossier)
    avenant.end = date(2030, 8, 31)
    avenant.authorisation = AuthorisingDecision(
        body="le conseil municipal", date=date(2027, 3, 2), reference="délibération n° 2027-45"
    )
    for fmt, text in _texts(tmp_path, dossier, status=status).items():
        assert "Stipulations modifiées" not in text, fmt
        # No blank in the body (the date of signature is a line to fill in: "le ………………").
        assert not re.search(r"(?<![…\w])…(?![…\w])", text), fmt
