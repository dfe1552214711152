"""A new convention starts from what the charter already says (issue 21, point 11): no Qt here."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from charte_app.domain import CharterCommitment, validate_dossier
from charte_app.domain.prefill import as_visa, charter_end, merged_visas, prefill_from_charter
from charte_app.samples import small_dossier
from charte_app.ui.clause_library import load_library, new_convention


def _dossier():  # three partners, a charter signed by all three, with place, period, visas, commitments
    dossier = small_dossier()
    charter = dossier.charter
    charter.signature.place = "Reims"
    charter.signature.signatories = [p.id for p in dossier.partners]
    charter.duration.start = date(2026, 9, 1)
    charter.duration.months = 36
    charter.legal_basis = [
        "Loi n° 2005-32 du 18 janvier 2005 de programmation pour la cohésion sociale, article 128",
        "Article L. 121-6-2 du code de l'action sociale et des familles",
        "Circulaire du 27 avril 2005 relative aux programmes de réussite éducative",
    ]
    first, second, third = (p.id for p in dossier.partners)
    charter.commitments = [
        CharterCommitment(id="c1", partner=first, text="Coordonner le programme."),
        CharterCommitment(id="c2", partner=first, text="Réunir le comité de pilotage."),
        CharterCommitment(id="c3", partner=third, text="Accueillir les familles."),
    ]
    dossier.conventions = []
    return dossier


def test_new_convention_takes_place_period_parties_commitments_and_visas_from_the_charter() -> None:
    dossier = _dossier()
    first, second, third = (p.id for p in dossier.partners)
    conv = new_convention(dossier, "framework")
    assert conv.signature.place == "Reims"
    assert (conv.start, conv.end) == (date(2026, 9, 1), date(2029, 8, 31))
    assert conv.parties == [first, second, third]  # every signatory, not only the first partner
    assert [(c.partner, c.text) for c in conv.commitments] == [
        (first, "Coordonner le programme.\nRéunir le comité de pilotage."),
        (third, "Accueillir les familles."),
    ]
    assert len({c.id for c in conv.commitments}) == 2
    # the library's 2005 law once (not twice), then what else the charter cites, as visas
    assert conv.legal_basis == [
        *load_library().legal_basis_for("framework"),
        "Vu l'article L. 121-6-2 du code de l'action sociale et des familles",
        "Vu la circulaire du 27 avril 2005 relative aux programmes de réussite éducative",
    ]
    dossier.conventions.append(conv)
    assert not [p for p in validate_dossier(dossier) if p.severity == "error"]  # a valid dossier, autosaved


def test_a_financial_convention_keeps_its_own_visas_before_the_charter_s() -> None:
    conv = new_convention(_dossier(), "financial")
    assert conv.legal_basis[: len(load_library().legal_basis_for("financial"))] == load_library().legal_basis_for(
        "financial"
    )
    assert conv.legal_basis[-1].startswith("Vu la circulaire du 27 avril 2005")


def test_a_charter_without_signatories_or_dates_gives_the_first_partner_and_no_dates() -> None:
    dossier = _dossier()
    dossier.charter.signature.signatories = []
    dossier.charter.signature.place = None
    dossier.charter.duration.start = None
    conv = new_convention(dossier, "partnership")
    assert conv.parties == [dossier.partners[0].id]
    assert conv.start is None and conv.end is None and conv.signature.place is None


def test_values_the_convention_already_holds_are_kept() -> None:
    dossier = _dossier()
    conv = new_convention(dossier, "partnership")
    conv.signature.place = "Châlons"
    conv.start = date(2027, 1, 1)
    conv.parties = [dossier.partners[1].id]
    again = prefill_from_charter(dossier, conv)
    assert again.signature.place == "Châlons" and again.start == date(2027, 1, 1)
    assert again.parties[0] == dossier.partners[1].id and len(again.parties) == 3


def test_charter_end_is_the_day_before_the_anniversary() -> None:
    dossier = _dossier()
    dossier.charter.duration.start, dossier.charter.duration.months = date(2026, 1, 31), 1
    assert charter_end(dossier.charter) == date(2026, 2, 27)  # 31 Jan + 1 month = 28 Feb, minus a day
    dossier.charter.duration.months = None
    assert charter_end(dossier.charter) is None


def test_references_become_visas_with_their_article() -> None:
    assert as_visa("Loi n° 2000-321 du 12 avril 2000") == "Vu la loi n° 2000-321 du 12 avril 2000"
    assert (
        as_visa("Code général des collectivités territoriales") == "Vu le code général des collectivités territoriales"
    )
    assert as_visa("Décret n° 2001-495 du 6 juin 2001") == "Vu le décret n° 2001-495 du 6 juin 2001"
    assert as_visa("Vu la convention cadre") == "Vu la convention cadre"
    assert as_visa("  ") == ""
    dossier = _dossier()
    dossier.charter.legal_basis = [
        "Vu la loi n° 2005-32",
        "",
        "Article L. 121-6-2 du CASF",
        "Article L. 121-6-2 du CASF",
    ]
    assert merged_visas([], dossier.charter) == ["Vu la loi n° 2005-32", "Vu l'article L. 121-6-2 du CASF"]


def test_the_suggested_charter_title_says_cooperation_once() -> None:
    from charte_app.domain.prefill import suggested_charter_title

    assert (
        suggested_charter_title("Coopération éducative – quartier des Châtillons")
        == "Charte de coopération éducative – quartier des Châtillons"
    )
    assert suggested_charter_title("Reims – Croix-Rouge") == "Charte de coopération – Reims – Croix-Rouge"
    assert suggested_charter_title("Charte du PRE de Sézanne") == "Charte du PRE de Sézanne"
    assert suggested_charter_title("Coopération") == "Charte de coopération"
    assert suggested_charter_title("  ") == "Charte de coopération"


def test_a_new_dossier_gets_that_title(tmp_path: Path) -> None:
    from charte_app.services.dossiers import DossierService

    with DossierService.open(tmp_path) as service:
        dossier = service.create_dossier("Coopération éducative – Épernay")
    assert dossier.charter.title == "Charte de coopération éducative – Épernay"
