"""What a document needs before partners approve or sign it (domain.completeness), and where it is enforced:
versions frozen or moved to approved/signed, imports, and ``charte-app check``."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from charte_app.cli import main
from charte_app.documents.typography import LONG_BLANK
from charte_app.domain import dossier_file, fingerprint
from charte_app.domain.completeness import NotReady, blocking, check
from charte_app.domain.held import CHARTER, held_documents
from charte_app.domain.model import (
    Amends,
    AuthorisingDecision,
    Charter,
    Contribution,
    Convention,
    Dossier,
    DossierFile,
    Partner,
    Representative,
    Version,
)
from charte_app.samples import small_dossier
from charte_app.services.dossiers import DossierService


@pytest.fixture
def service(data_dir: Path) -> DossierService:
    svc = DossierService.open(data_dir)
    yield svc
    svc.close()


def complete() -> Dossier:
    dossier = small_dossier()
    assert blocking(check(dossier, status="signed")) == [], [g.line() for g in blocking(check(dossier))]
    return dossier


def conv(d: Dossier) -> Convention:
    return d.conventions[0]


def as_subsidy(d: Dossier) -> Dossier:
    """The Ville pays an association: a subsidy (initiative, granting decision, project annexes)."""
    d.partners[1].kind, d.partners[1].name = "association", "Association Lire et grandir"
    return d


def _financial(d: Dossier) -> Contribution:
    return next(c for c in conv(d).contributions if c.kind == "financial")


def _no_schedule(d: Dossier) -> None:
    _financial(d).schedule = []


def _advance_without_percent(d: Dossier) -> None:
    _financial(d).schedule = []
    _financial(d).payment_terms = "advance_and_balance"


def _third_party(d: Dossier) -> None:
    conv(d).parties.append(next(p.id for p in d.partners if p.id not in conv(d).parties))


def _premises_without_beneficiary(d: Dossier) -> None:
    conv(d).contributions.append(
        Contribution(id="loc", partner=conv(d).parties[0], kind="premises", description="Salle")
    )


def _every_year_without_dates(d: Dossier) -> None:
    _financial(d).every_year = True
    conv(d).end = None


def _no_bodies(d: Dossier) -> None:
    d.charter.governance.bodies = []
    d.charter.governance.coordinator_role = None


def _blank_indicator_source(d: Dossier) -> None:
    d.charter.objectives[0].indicators[0].source = "  "


# (what the user left out, the path the check names)
MISSING: list[tuple[Callable[[Dossier], None], str]] = [
    (lambda d: setattr(d.charter, "preamble", None), "dossier.charter.preamble"),
    (_no_bodies, "dossier.charter.governance"),
    (lambda d: setattr(d.charter, "evaluation", ""), "dossier.charter.evaluation"),
    (lambda d: setattr(d.charter.duration, "start", None), "dossier.charter.duration.start"),
    (lambda d: setattr(d.charter, "commitments", []), "dossier.charter.commitments"),
    (lambda d: setattr(d.charter.signature, "place", None), "dossier.charter.signature.place"),
    (_blank_indicator_source, "dossier.charter.objectives[0].indicators[0].source"),
    (lambda d: setattr(d, "common_goal", None), "dossier.common_goal"),
    (lambda d: setattr(conv(d), "governance", None), "dossier.conventions[0].governance"),
    (lambda d: setattr(conv(d), "evaluation", None), "dossier.conventions[0].evaluation"),
    (lambda d: setattr(conv(d), "end", None), "dossier.conventions[0].end"),
    (lambda d: setattr(conv(d), "commitments", []), "dossier.conventions[0].commitments"),
    (lambda d: setattr(conv(d).termination, "notice_months", None), "dossier.conventions[0].termination.notice_months"),
    (lambda d: setattr(conv(d).disputes, "court", None), "dossier.conventions[0].disputes.court"),
    (_no_schedule, "dossier.conventions[0].contributions[0].payment_terms"),
    (_advance_without_percent, "dossier.conventions[0].contributions[0].advance_percent"),
    (_third_party, "dossier.conventions[0].withdrawal"),
    (_premises_without_beneficiary, "dossier.conventions[0].contributions[4].recipient"),
    (_every_year_without_dates, "dossier.conventions[0].start"),
    (lambda d: setattr(conv(as_subsidy(d)), "initiative", None), "dossier.conventions[0].initiative"),
    (lambda d: setattr(conv(as_subsidy(d)), "authorisation", None), "dossier.conventions[0].authorisation"),
    (
        lambda d: setattr(conv(as_subsidy(d)).authorisation, "reference", None),
        "dossier.conventions[0].authorisation.reference",
    ),
    (lambda d: setattr(d.partners[0], "authority", None), "dossier.partners[0].authority"),
    (lambda d: setattr(d.partners[1], "bank_details", None), "dossier.partners[1].bank_details.iban"),
    (lambda d: setattr(d.partners[1].representative, "name", ""), "dossier.partners[1].representative.name"),
]


@pytest.mark.parametrize(("leave_out", "path"), MISSING, ids=[path for _, path in MISSING])
def test_each_missing_decision_blocks_approval_and_is_named(leave_out: Callable[[Dossier], None], path: str) -> None:
    dossier = complete()
    leave_out(dossier)
    gaps = blocking(check(dossier))
    assert path in [g.path for g in gaps], [g.line() for g in gaps]
    gap = next(g for g in gaps if g.path == path)
    assert gap.article and gap.document_title and gap.message  # document, article and why, in French
    assert gap.line().startswith(gap.document_title)


def test_the_sample_convention_needs_its_contributions_indices() -> None:
    # The parametrised paths above name contributions by index: keep the sample's order honest.
    kinds = [c.kind for c in conv(complete()).contributions]
    assert kinds[0] == "financial" and len(kinds) == 4


def test_payment_terms_or_a_schedule_answer_the_question() -> None:
    dossier = complete()
    _no_schedule(dossier)
    _financial(dossier).payment_terms = "on_report"
    assert "dossier.conventions[0].contributions[0].payment_terms" not in [g.path for g in check(dossier)]
    _financial(dossier).payment_terms = "advance_and_balance"
    _financial(dossier).advance_percent = 60
    assert blocking(check(dossier)) == []


def test_public_initiative_is_a_warning_of_requalification() -> None:
    dossier = as_subsidy(complete())
    assert blocking(check(dossier)) == []
    conv(dossier).initiative = "public_partner"
    gaps = [g for g in check(dossier) if g.path == "dossier.conventions[0].initiative"]
    assert [g.level for g in gaps] == ["warning"]
    assert "marché public" in gaps[0].message


def test_years_no_contribution_covers_are_listed_and_every_year_covers_them() -> None:
    dossier = complete()
    conv(dossier).start, conv(dossier).end = date(2026, 1, 1), date(2028, 12, 31)
    years = [g for g in check(dossier) if g.path == "dossier.conventions[0].contributions"]
    assert len(years) == 1 and "2027, 2028" in years[0].message
    _financial(dossier).every_year = True
    assert not [g for g in check(dossier) if g.path == "dossier.conventions[0].contributions"]


def _avenant(d: Dossier) -> Convention:
    original = conv(d)
    avenant = copy.deepcopy(original)
    avenant.id, avenant.kind, avenant.title = "avenant-1", "amendment", "Avenant n° 1"
    avenant.amends = Amends(convention=original.id, number=1, signed_on=date(2026, 9, 15))
    avenant.start = date(2026, 10, 1)
    avenant.commitments, avenant.contributions = [], []
    avenant.end = date(2030, 8, 31)  # the only change: one more year
    d.conventions.append(avenant)
    return avenant


def test_an_avenant_needs_a_real_change_and_no_unexplained_retroactivity() -> None:
    dossier = complete()
    avenant = _avenant(dossier)
    assert blocking(check(dossier, document=avenant.id)) == []
    avenant.start = date(2026, 9, 1)  # before the signature of the convention it amends
    paths = [g.path for g in blocking(check(dossier, document=avenant.id))]
    assert "dossier.conventions[1].retroactivity" in paths
    avenant.retroactivity = "pour couvrir la rentrée scolaire, les actions ayant débuté le 1er septembre"
    assert blocking(check(dossier, document=avenant.id)) == []
    avenant.end = conv(dossier).end  # « Article 13 modifié » with the same end date: nothing changes
    gaps = blocking(check(dossier, document=avenant.id))
    assert [g.path for g in gaps] == ["dossier.conventions[1]"]
    assert "ne modifie aucun article" in gaps[0].message


@pytest.mark.parametrize(
    ("function", "kind", "delegation", "warned"),
    [
        ("Maire", "local_authority", None, False),
        ("Adjointe au maire déléguée à l'éducation", "local_authority", None, True),
        ("Adjointe au maire déléguée à l'éducation", "local_authority", "par délégation du Maire", False),
        ("Présidente", "association", None, False),
        ("Vice-président", "department", None, True),
        ("Directeur", "family_allowance_fund", None, False),
        ("Directrice", "association", None, True),
        ("Inspectrice de l'Éducation nationale", "national_education", None, True),
    ],
)
def test_a_missing_delegation_is_a_warning_for_who_is_not_the_legal_representative(
    function: str, kind: str, delegation: str | None, warned: bool
) -> None:
    dossier = complete()
    partner = dossier.partners[0]
    partner.kind = kind  # type: ignore[assignment]
    partner.representative = Representative(
        civility="Mme", name="Claire Martin", function=function, delegation=delegation
    )
    gaps = [g for g in check(dossier) if g.path == "dossier.partners[0].representative.delegation"]
    assert bool(gaps) is warned
    assert all(g.level == "warning" for g in gaps)


def test_bodies_without_legal_personality_and_directors_by_deliberation_are_warned() -> None:
    dossier = complete()
    cmp_ = dossier.partners[2]
    cmp_.name, cmp_.kind = "CMP infanto-juvénile de Reims", "health"
    assert "dossier.partners[2].legal_person" in [g.path for g in check(dossier) if g.level == "warning"]
    cmp_.legal_person = "Établissement public de santé mentale de la Marne"
    assert "dossier.partners[2].legal_person" not in [g.path for g in check(dossier)]
    association = Partner(
        id="asso",
        name="Association Sport et Quartiers",
        kind="association",
        representative=Representative(civility="M.", name="Paul Leroy", function="Directeur"),
        authority="par délibération du conseil d'administration du 3 mars 2026",
    )
    dossier.partners.append(association)
    conv(dossier).parties.append("asso")
    warned = [g for g in check(dossier) if g.path == "dossier.partners[3].authority"]
    assert warned and warned[0].level == "warning" and "délégation de son président" in warned[0].message


def test_a_wrong_check_digit_blocks_signed_only() -> None:
    dossier = complete()
    digits = dossier.partners[0].siret.replace(" ", "")  # type: ignore[union-attr]
    dossier.partners[0].siret = digits[:-1] + str((int(digits[-1]) + 1) % 10)
    path = "dossier.partners[0].siret"
    assert path in [g.path for g in blocking(check(dossier, status="signed"))]
    assert path not in [g.path for g in blocking(check(dossier, status="approved"))]
    assert path in [g.path for g in check(dossier, status="approved")]


def test_only_the_documents_the_dossier_holds_are_checked() -> None:
    dossier = complete()
    dossier.charter = Charter(title="Charte")  # a title alone: no charter to print
    assert held_documents(dossier) == [conv(dossier).id]
    assert all(g.document != CHARTER for g in check(dossier))
    assert CHARTER in held_documents(complete())


# -- where it is enforced ---------------------------------------------------------------------------


def test_a_version_cannot_be_frozen_approved_or_signed_with_a_blank(service: DossierService) -> None:
    dossier = complete()
    dossier.charter.evaluation = None
    conv(dossier).governance = None
    service.save_draft(dossier)
    for status in ("approved", "signed"):
        with pytest.raises(NotReady) as refused:
            service.freeze_version(dossier.id, "Validée en comité", status=status)
        text = refused.value.french()
        assert "Évaluation" in text and "Gouvernance et suivi" in text
        assert "dossier.charter.evaluation" in text and "dossier.conventions[0].governance" in text
    assert service.list_versions(dossier.id) == []  # nothing stored
    shared = service.freeze_version(dossier.id, "Projet", status="shared")  # a shared version may hold blanks
    with pytest.raises(NotReady):
        service.set_version_status(dossier.id, shared.number, "approved")
    assert service.get_version(dossier.id, shared.number).status == "shared"
    dossier.charter.evaluation = "Bilan annuel en comité de pilotage."
    conv(dossier).governance = "Un comité de suivi se réunit deux fois par an."
    service.save_draft(dossier)
    approved = service.freeze_version(dossier.id, "Version validée", status="approved")
    service.set_version_status(dossier.id, approved.number, "signed")
    assert service.get_version(dossier.id, approved.number).status == "signed"


def test_signed_is_refused_for_a_wrong_siret_that_approved_accepts(service: DossierService) -> None:
    dossier = complete()
    digits = dossier.partners[0].siret.replace(" ", "")  # type: ignore[union-attr]
    dossier.partners[0].siret = digits[:-1] + str((int(digits[-1]) + 1) % 10)
    service.save_draft(dossier)
    version = service.freeze_version(dossier.id, "Validée", status="approved")
    with pytest.raises(NotReady) as refused:
        service.set_version_status(dossier.id, version.number, "signed")
    assert "SIRET" in refused.value.french()
    assert service.get_version(dossier.id, version.number).status == "approved"


def _file_with(dossier: Dossier, status: str) -> DossierFile:
    snapshot = copy.deepcopy(dossier)
    version = Version(
        number=1,
        label="Validée",
        created_at="2026-06-01T10:00:00+02:00",
        status=status,  # type: ignore[arg-type]
        fingerprint=fingerprint(snapshot),
        snapshot=snapshot,
    )
    return DossierFile(dossier=dossier, versions=[version])


def test_an_import_cannot_bring_in_an_approved_version_with_blanks(service: DossierService, tmp_path: Path) -> None:
    dossier = as_subsidy(complete())
    conv(dossier).initiative = None
    path = tmp_path / "incomplet.charte"
    path.write_bytes(dossier_file.dump(_file_with(dossier, "approved")))
    with pytest.raises(NotReady) as refused:
        service.import_file(path)
    assert "Version 1" in refused.value.french() and "dossier.conventions[0].initiative" in refused.value.french()
    assert service.list_dossiers(include_archived=True) == []
    path.write_bytes(dossier_file.dump(_file_with(dossier, "shared")))
    assert service.import_file(path).created


# -- charte-app check -----------------------------------------------------------------------------------


def test_check_command_lists_what_blocks_and_exits_1(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dossier = complete()
    conv(dossier).governance = None
    _no_schedule(dossier)
    path = tmp_path / "d.charte"
    path.write_bytes(dossier_file.dump(DossierFile(dossier=dossier)))
    assert main(["--data-dir", str(data_dir), "check", str(path)]) == 1
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert any("Gouvernance et suivi" in line and "dossier.conventions[0].governance" in line for line in lines)
    assert any("payment_terms" in line and "aucune n'est imprimée à votre place" in line for line in lines)
    assert "2 point(s) à compléter avant d'approuver" in err
    assert main(["--data-dir", str(data_dir), "check", str(path), "--document", CHARTER]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "check", str(path), "--document", "nope"]) == 1
    assert "Documents disponibles : charter (" in capsys.readouterr().err


def test_check_command_on_a_stored_dossier_and_for_signature(
    service: DossierService, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dossier = complete()
    service.save_draft(dossier)
    assert main(["--data-dir", str(data_dir), "check", dossier.id, "--for", "signed"]) == 0
    assert "Rien n'empêche de signer" in capsys.readouterr().err
    _financial(dossier).amount = None
    _financial(dossier).schedule = []
    service.save_draft(dossier)
    assert main(["--data-dir", str(data_dir), "check", dossier.id]) == 1
    assert "amount" in capsys.readouterr().out


# -- what the documents print ------------------------------------------------------------------------------


def _approved(dossier: Dossier, status: str = "approved") -> Version:
    return Version(
        number=3,
        label="Validée en comité",
        created_at="2026-06-01T10:00:00+02:00",
        status=status,  # type: ignore[arg-type]
        fingerprint=fingerprint(dossier),
        snapshot=dossier,
    )


def _texts(dossier: Dossier, document: str, version: Version | None) -> str:
    from charte_app.documents.service import build_document

    return "\n".join(build_document(dossier, document, version=version).texts())


def _bare(dossier: Dossier) -> Dossier:
    """Every optional text left out: what a final document must then leave out, not print as « … »."""
    dossier.charter.communication = None
    dossier.charter.joining = None
    dossier.charter.glossary = []
    dossier.charter.legal_basis = []
    dossier.charter.duration.review = None
    for partner in dossier.partners:
        partner.interest = None
    return dossier


@pytest.mark.parametrize("status", ["approved", "signed"])
def test_a_version_the_check_accepts_prints_no_blank(status: str) -> None:
    dossier = _bare(complete())
    assert blocking(check(dossier, status=status)) == []
    for document in held_documents(dossier):
        text = _texts(dossier, document, _approved(dossier, status))
        shown = [t for t in text.replace(LONG_BLANK, "").splitlines() if "…" in t]  # the date is written by hand
        assert shown == [], document


def test_optional_charter_articles_print_their_blank_in_a_draft_and_are_left_out_when_final() -> None:
    dossier = _bare(complete())
    draft = _texts(dossier, CHARTER, None)
    assert "Communication" in draft and "Adhésion de nouveaux partenaires" in draft
    final = _texts(dossier, CHARTER, _approved(dossier))
    assert "Communication" not in final and "Adhésion de nouveaux partenaires" not in final
    dossier.charter.communication = "Une lettre trimestrielle aux familles."
    assert "Une lettre trimestrielle aux familles." in _texts(dossier, CHARTER, _approved(dossier))


def _no_preamble(d: Dossier) -> Dossier:
    conv(d).preamble = None
    return d


def _every_year_on_report(d: Dossier) -> Dossier:
    for c in conv(d).contributions:
        if c.kind == "financial":
            c.every_year, c.year, c.schedule, c.payment_terms = True, None, [], "on_report"
    return d


def _three_parties(d: Dossier) -> Dossier:
    _third_party(d)
    conv(d).withdrawal = "convention_ends"
    return d


def _with_avenant(d: Dossier) -> Dossier:
    avenant = _avenant(d)
    avenant.authorisation = AuthorisingDecision(
        body="le conseil municipal", date=date(2026, 9, 20), reference="2026-80"
    )
    return d


VARIANTS: list[Callable[[Dossier], Dossier]] = [
    as_subsidy,
    _no_preamble,
    _every_year_on_report,
    _three_parties,
    _with_avenant,
]


@pytest.mark.parametrize("variant", VARIANTS, ids=[v.__name__ for v in VARIANTS])
def test_every_kind_of_convention_the_check_accepts_prints_no_blank_when_final(
    variant: Callable[[Dossier], Dossier],
) -> None:
    dossier = variant(_bare(complete()))
    assert blocking(check(dossier, status="signed")) == [], [g.line() for g in blocking(check(dossier))]
    for document in held_documents(dossier):
        text = _texts(dossier, document, _approved(dossier, "signed"))
        shown = [t for t in text.replace(LONG_BLANK, "").splitlines() if "…" in t]
        assert shown == [], document


def test_every_year_paid_on_signature_needs_a_schedule_for_the_later_years() -> None:
    dossier = _every_year_on_report(complete())
    for c in conv(dossier).contributions:
        c.payment_terms = "on_signature" if c.kind == "financial" else None
    paths = [g.path for g in blocking(check(dossier))]
    assert "dossier.conventions[0].contributions[0].schedule" in paths


def test_two_parties_designated_alike_block_approval() -> None:
    dossier = complete()
    first, second = (dossier.partner(pid) for pid in conv(dossier).parties[:2])
    assert first is not None and second is not None
    second.short_name = first.label.upper()  # « ci-après dénommée « la Ville » » twice
    gaps = [g for g in blocking(check(dossier)) if g.path == "dossier.conventions[0].parties"]
    assert gaps and "ci-après dénommées" in gaps[0].message
