"""The right frame for each convention (issue 19): nothing printed that the dossier does not say.

Own-initiative considérant only when the dossier says so; payment terms the user chose or a
visible blank; money over every budget year; obligations that outlive the end date; « subvention »
wording and the visa of the granting decision; staff made available only with a host; premises with
their beneficiary, conditions and value; withdrawal in multi-party conventions; cross-references by
number. Every document is read back from the PDF and the DOCX.
"""

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
from charte_app.documents.structure import Paragraph, Run, Section
from charte_app.documents.xref import ref, resolve
from charte_app.domain import fingerprint
from charte_app.domain.dossier_file import parse
from charte_app.domain.model import (
    Annex,
    AuthorisingDecision,
    Contribution,
    Convention,
    Dossier,
    Payment,
    Version,
)

DATA = Path(__file__).parent / "data" / "documents"
BLANK = "…"


def _chalons() -> Dossier:
    return parse((DATA / "chalons.charte").read_text(encoding="utf-8"))[0].dossier


def _subsidy_dossier(**changes: object) -> Dossier:
    """The Ville gives the MJC (an association) 20 000 € for 2026–2027: a one-way subsidy."""
    dossier = _chalons()
    conv = dossier.convention("conv-subvention")
    assert conv is not None
    conv.contributions = [
        Contribution(
            id="sub",
            partner="ville",
            kind="financial",
            description="Subvention de fonctionnement",
            amount=Decimal("20000.00"),
            year=2026,
            budget_line="65-6574",
        )
    ]
    conv.legal_basis = []  # the sample types some visas itself
    for key, value in changes.items():
        setattr(conv, key, value)
    return dossier


def _conv(dossier: Dossier, doc: str = "conv-subvention") -> Convention:
    conv = dossier.convention(doc)
    assert conv is not None
    return conv


def _final(dossier: Dossier) -> Version:
    return Version(
        number=2,
        label="Comité",
        created_at="2026-06-29T10:00:00+02:00",
        status="approved",
        fingerprint=fingerprint(dossier),
        snapshot=dossier,
    )


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2011", "-").split())


def _squash(text: str) -> str:
    """PDF lines wrap anywhere (and may break a word at its hyphen): compare without spaces or hyphens."""
    return re.sub(r"[\s\u00a0\u202f\u00ad\u2010\u2011-]+", "", text)


class Printed:
    """One document exported as PDF and DOCX, read back."""

    def __init__(self, dossier: Dossier, doc: str, folder: Path, version: Version | None = None) -> None:
        pdf = service.export_document(dossier, doc, "pdf", folder / "d.pdf", version=version, data_dir=folder)
        out = service.export_document(dossier, doc, "docx", folder / "d.docx", version=version, data_dir=folder)
        run = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True, text=True)
        self.pdf = run.stdout
        self.docx = docx.Document(str(out))
        parts = [p.text for p in self.docx.paragraphs]
        for table in self.docx.tables:
            parts += [cell.text for row in table.rows for cell in row.cells]
        self.word = _flat("\n".join(parts))
        self.structure = service.build_document(dossier, doc, version=version, data_dir=folder)

    def has(self, phrase: str) -> bool:
        """In both the DOCX and the PDF."""
        in_word = _flat(phrase) in self.word
        in_pdf = _squash(phrase) in _squash(self.pdf)
        assert in_word == in_pdf, (phrase, in_word, in_pdf)
        return in_word

    def table(self, first_header: str, column: str) -> list[list[str]]:
        """Rows of the DOCX table whose header starts with ``first_header`` and has ``column``."""
        for table in self.docx.tables:
            header = [c.text for c in table.rows[0].cells]
            if header[0] == first_header and any(column in h for h in header):
                return [[_flat(c.text) for c in row.cells] for row in table.rows[1:]]
        raise AssertionError(f"no table {first_header} / {column}")

    def number(self, key: str) -> str:
        return next(s.number for s in self.structure.sections if s.key == key)

    def headings(self) -> list[str]:
        return [h.split(" – ", 1)[1] for h in self.structure.headings() if h.startswith("Article")]


# 1. The own-initiative considérant


@pytest.mark.parametrize(
    ("initiative", "preamble", "printed"),
    [
        (None, None, False),  # never by default
        (None, "Le projet ne relève pas de l'initiative de la Ville.", False),  # not from the preamble's words
        ("public_partner", None, False),
        ("beneficiary", None, True),
    ],
)
def test_own_initiative_only_when_the_dossier_says_beneficiary(
    tmp_path: Path, initiative: str | None, preamble: str | None, printed: bool
) -> None:
    doc = Printed(_subsidy_dossier(initiative=initiative, preamble=preamble), "conv-subvention", tmp_path)
    assert doc.has("à sa propre initiative") is printed
    assert doc.has("présente un intérêt public local") is printed
    if printed:
        assert doc.has("Considérant que le projet décrit à l’article 1er a été conçu et est mis en œuvre par la MJC")


# 2. Payment terms: chosen, or a blank


def _terms_dossier() -> Dossier:
    dossier = _subsidy_dossier()
    base = {"partner": "ville", "kind": "financial", "year": 2026, "amount": Decimal("10000.00")}
    _conv(dossier).contributions = [
        Contribution(id="none", description="Sans modalités", **base),  # type: ignore[arg-type]
        Contribution(id="sign", description="À la signature", payment_terms="on_signature", **base),  # type: ignore[arg-type]
        Contribution(
            id="adv",
            description="Avance et solde",
            payment_terms="advance_and_balance",
            advance_percent=30,
            **base,  # type: ignore[arg-type]
        ),
        Contribution(id="adv0", description="Avance sans part", payment_terms="advance_and_balance", **base),  # type: ignore[arg-type]
        Contribution(id="rep", description="Sur compte rendu", payment_terms="on_report", **base),  # type: ignore[arg-type]
    ]
    return dossier


def test_payment_terms_are_the_ones_chosen_or_a_visible_blank(tmp_path: Path) -> None:
    doc = Printed(_terms_dossier(), "conv-subvention", tmp_path)
    assert not doc.has("versement unique") and not doc.has("deux mois suivant la signature")
    rows = doc.table("Versée par", "Condition")
    conditions = [r[4] for r in rows]
    assert conditions == [
        BLANK,
        "en une fois, à la signature de la présente convention",
        "une avance de 30 % (3 000,00 €) à la signature de la présente convention, "
        "le solde après réception du compte rendu financier",
        "une avance de … % (…) à la signature de la présente convention, "
        "le solde après réception du compte rendu financier",
        "en une fois, après réception du compte rendu financier",
    ]
    assert all(r[1] == "MJC Jean Jaurès" for r in rows)  # the recipient is always named
    assert doc.has("une avance de 30 % (3 000,00 €) à la signature de la présente convention")


def test_recipient_stated_inferred_or_blank(tmp_path: Path) -> None:
    dossier = _chalons()
    conv = _conv(dossier, "conv-prevention")
    conv.contributions = [
        Contribution(id="a", partner="ville", kind="financial", description="Inférée", amount=Decimal(1), year=2026),
        Contribution(
            id="b",
            partner="ville",
            kind="financial",
            description="Déclarée",
            amount=Decimal(2),
            year=2026,
            recipient="cd51",
        ),
    ]
    doc = Printed(dossier, "conv-prevention", tmp_path)
    rows = doc.table("Versée par", "Condition")
    assert [r[1] for r in rows] == ["Association départementale de prévention spécialisée", "Département de la Marne"]
    # Two associations among the other parties: nobody can be inferred, a visible blank.
    dossier.partners.append(copy.deepcopy(dossier.partners[3]))
    dossier.partners[-1].id, dossier.partners[-1].name = "asso2", "Association des centres sociaux"
    conv.parties.append("asso2")
    rows = Printed(dossier, "conv-prevention", tmp_path).table("Versée par", "Condition")
    assert rows[0][1] == BLANK and rows[1][1] == "Département de la Marne"


# 3. Money over the whole convention


def test_every_year_amount_is_due_for_each_budget_year(tmp_path: Path) -> None:
    dossier = _subsidy_dossier(start=date(2026, 1, 1), end=date(2028, 12, 31))
    item = _conv(dossier).contributions[0]
    item.every_year, item.payment_terms, item.year = True, "on_report", None
    doc = Printed(dossier, "conv-subvention", tmp_path)
    rows = doc.table("Versée par", "Imputation")
    assert [r[3] for r in rows if not r[0].startswith("Total")] == ["2026", "2027", "2028"]
    totals = {r[0]: r[5] for r in rows if r[0].startswith("Total")}
    assert totals["Total de l’exercice 2027"] == "20 000,00 €"
    assert totals["Total général"] == "60 000,00 €"
    assert doc.has("une subvention d’un montant total de soixante mille euros (60 000,00 €)")
    schedule = doc.table("Versée par", "Condition")
    assert [r[2] for r in schedule] == ["exercice 2026", "exercice 2027", "exercice 2028"]
    assert doc.has("sous réserve du vote des crédits correspondants")
    # Above 23 000 € in total, but 20 000 € a year: not above the threshold of loi n° 2000-321.
    assert not doc.has("décret n° 2001-495")


def test_every_year_on_signature_does_not_pay_later_years_at_signature(tmp_path: Path) -> None:
    dossier = _subsidy_dossier(start=date(2026, 1, 1), end=date(2027, 12, 31))
    item = _conv(dossier).contributions[0]
    item.every_year, item.payment_terms = True, "on_signature"
    conditions = [r[4] for r in Printed(dossier, "conv-subvention", tmp_path).table("Versée par", "Condition")]
    assert conditions == ["en une fois, à la signature de la présente convention", "en une fois, le …"]


# 4. Payments due after the end date


def test_obligations_outlive_a_payment_due_after_the_end(tmp_path: Path) -> None:
    dossier = _subsidy_dossier()
    conv = _conv(dossier)
    doc = Printed(dossier, "conv-subvention", tmp_path)
    assert not doc.has("demeurent applicables au-delà de ce terme")
    conv.contributions[0].schedule = [
        Payment(due=date(2026, 10, 1), amount=Decimal("12000.00"), condition="avance"),
        Payment(due=date(2027, 10, 1), amount=Decimal("8000.00"), condition="solde sur compte rendu"),
    ]
    doc = Printed(dossier, "conv-subvention", tmp_path)
    numbers = [doc.number(k) for k in ("payment", "reports", "control", "repayment")]
    assert numbers == ["3", "4", "5", "6"]
    assert doc.has(
        "les stipulations des articles 3 (modalités de versement), 4 (justificatifs et compte rendu financier), "
        "5 (contrôle) et 6 (reversement) demeurent applicables au-delà de ce terme, jusqu’à l’exécution complète"
    )


def test_a_balance_on_the_last_years_report_keeps_the_obligations(tmp_path: Path) -> None:
    dossier = _subsidy_dossier(start=date(2026, 1, 1), end=date(2026, 12, 31))
    _conv(dossier).contributions[0].payment_terms = "advance_and_balance"
    assert Printed(dossier, "conv-subvention", tmp_path).has("demeurent applicables au-delà de ce terme")
    _conv(dossier).contributions[0].payment_terms = "on_signature"
    assert not Printed(dossier, "conv-subvention", tmp_path).has("demeurent applicables au-delà de ce terme")


# 5. The subsidy frame


def test_a_one_way_subsidy_is_worded_as_a_subsidy(tmp_path: Path) -> None:
    dossier = _subsidy_dossier(
        authorisation=AuthorisingDecision(
            body="le conseil municipal", date=date(2026, 3, 12), reference="délibération n° 2026-45"
        ),
        annexes=[
            Annex(id="projet", title="Projet de l'association", text="Le projet."),
            Annex(id="budget", title="Budget prévisionnel de l'action", text="Le budget."),
        ],
    )
    doc = Printed(dossier, "conv-subvention", tmp_path)
    assert "Montant et conditions d’utilisation de la subvention" in doc.headings()
    assert "Moyens mis en commun" not in doc.headings()
    assert doc.has(
        "la Ville de Châlons-en-Champagne attribue à la MJC Jean Jaurès une subvention d’un montant total de "
        "vingt mille euros (20 000,00 €)"
    )
    assert doc.has("utiliser la subvention exclusivement pour la réalisation de l’objet défini à l’article 1er")
    assert doc.has(f"de le justifier dans les conditions prévues à l’article {doc.number('reports')}")
    assert doc.has("Vu la délibération n° 2026-45 du conseil municipal en date du 12 mars 2026")
    assert doc.has(
        "Le projet subventionné est précisé par les pièces annexées suivantes : annexe 1 (Projet de l’association), "
        "annexe 2 (Budget prévisionnel de l’action)."
    )
    assert doc.has("annexe 1 : Projet de l’association")
    # No project annex in the dossier: none is invented.
    _conv(dossier).annexes = []
    doc = Printed(dossier, "conv-subvention", tmp_path)
    assert not doc.has("Le projet subventionné") and not doc.has("Budget prévisionnel")


def test_real_pooling_keeps_moyens_mis_en_commun(tmp_path: Path) -> None:
    headings = Printed(_chalons(), "conv-prevention", tmp_path).headings()
    assert "Moyens mis en commun" in headings
    assert "Montant et conditions d’utilisation de la subvention" not in headings


def test_authorisation_visa_blank_in_a_draft_left_out_in_a_final_version(tmp_path: Path) -> None:
    dossier = _subsidy_dossier()
    assert Printed(dossier, "conv-subvention", tmp_path).has("Vu la délibération n° … de … en date du …")
    final = Printed(dossier, "conv-subvention", tmp_path, _final(dossier))
    assert not final.has("Vu la délibération")
    _conv(dossier).authorisation = AuthorisingDecision(body="la commission permanente du Département")
    doc = Printed(dossier, "conv-subvention", tmp_path, _final(dossier))
    assert doc.has("Vu la délibération n° … de la commission permanente du Département en date du …")


# 6. Staff, premises, equipment


def test_staff_is_made_available_only_to_a_host(tmp_path: Path) -> None:
    dossier = _chalons()
    doc = Printed(dossier, "conv-prevention", tmp_path)
    assert not doc.has("Mise à disposition de personnel") and not doc.has("autorité hiérarchique")
    assert doc.has("Personnel affecté par chaque partie à l’action")
    staff = _conv(dossier, "conv-prevention").contributions
    educator = next(c for c in staff if c.id == "s2")
    educator.recipient, educator.conditions = "sauvegarde", "deux demi-journées par semaine, durée de la convention"
    doc = Printed(dossier, "conv-prevention", tmp_path)
    assert doc.has("Mise à disposition de personnel")
    assert doc.has("demeurent sous l’autorité hiérarchique de leur employeur")
    hosted = doc.table("Employeur", "Accueilli par")
    assert hosted[0] == [
        "Direction des services départementaux de l’Éducation nationale de la Marne",
        "Association départementale de prévention spécialisée",
        "Assistante sociale scolaire",
        "deux demi-journées par semaine, durée de la convention",
        "0,2 ETP",
    ]
    assert len(hosted) == 2 and hosted[1][-1] == "0,2 ETP"  # the total
    own = doc.table("Partie", "ETP")
    assert own[0][:2] == ["Association départementale de prévention spécialisée", "Éducateur spécialisé"]


def test_premises_and_equipment_name_beneficiary_conditions_and_value(tmp_path: Path) -> None:
    dossier = _chalons()
    means = _conv(dossier, "conv-prevention").contributions
    room = next(c for c in means if c.id == "l1")
    room.recipient, room.conditions, room.value = "sauvegarde", "le mercredi, pour trois ans", Decimal("4800")
    rows = Printed(dossier, "conv-prevention", tmp_path).table("Mis à disposition par", "Bénéficiaire")
    assert rows[0] == [
        "Ville de Châlons-en-Champagne",
        "Association départementale de prévention spécialisée",
        "Local au centre social Vallée Saint-Pierre",
        "le mercredi, pour trois ans",
        "4 800,00 €",
    ]
    assert rows[1] == ["Caisse d’allocations familiales de la Marne", BLANK, "Véhicule de neuf places", BLANK, BLANK]
    final = Printed(dossier, "conv-prevention", tmp_path, _final(dossier))
    rows = final.table("Mis à disposition par", "Bénéficiaire")
    assert rows[1] == ["Caisse d’allocations familiales de la Marne", "–", "Véhicule de neuf places", "–", "–"]
    room.value = None  # nothing valued: the column is left out of a final version
    rows = Printed(dossier, "conv-prevention", tmp_path, _final(dossier)).table("Mis à disposition par", "Bénéficiaire")
    assert all(len(r) == 4 for r in rows)
    room.conditions = None  # premises: conditions are needed, a blank even in a final version
    rows = Printed(dossier, "conv-prevention", tmp_path, _final(dossier)).table("Mis à disposition par", "Bénéficiaire")
    assert rows[0][3] == BLANK


# 7. Multi-party conventions


@pytest.mark.parametrize(
    ("withdrawal", "phrase"),
    [
        ("others_continue", "ne met pas fin à la présente convention, qui se poursuit entre les autres Parties"),
        ("convention_ends", "met fin à la présente convention à l’égard de l’ensemble des Parties"),
        (None, "En cas de retrait de l’une des Parties : …"),
    ],
)
def test_multi_party_termination_and_withdrawal(tmp_path: Path, withdrawal: str | None, phrase: str) -> None:
    dossier = _chalons()
    _conv(dossier, "conv-prevention").withdrawal = withdrawal  # type: ignore[assignment]
    doc = Printed(dossier, "conv-prevention", tmp_path)
    assert doc.has("peut être résiliée par l’une des Parties")
    assert not doc.has("l’une ou l’autre")
    assert doc.has(phrase)
    if withdrawal is None:
        assert not Printed(dossier, "conv-prevention", tmp_path, _final(dossier)).has("En cas de retrait")


def test_two_parties_keep_l_une_ou_l_autre_and_no_withdrawal(tmp_path: Path) -> None:
    dossier = _subsidy_dossier()
    _conv(dossier).termination.text = None
    doc = Printed(dossier, "conv-subvention", tmp_path)
    assert doc.has("peut être résiliée par l’une ou l’autre des Parties")
    assert not doc.has("En cas de retrait")


# 8. Cross-references by number


def test_cross_references_are_article_numbers(tmp_path: Path) -> None:
    dossier = _chalons()  # its own "Compte rendu financier" article replaces the standard one
    doc = Printed(dossier, "conv-prevention", tmp_path)
    own = next(x.id for x in _conv(dossier, "conv-prevention").extra_articles if x.title == "Compte rendu financier")
    assert doc.has(f"dont l’emploi n’est pas justifié dans les conditions prévues à l’article {doc.number(own)} sont")
    assert not doc.has("relatif aux justificatifs")
    assert doc.has(f"Tout manquement entraîne les conséquences prévues à l’article {doc.number('cer')} de la présente")
    assert not doc.has("relatif au contrat d’engagement républicain :")
    assert "\ue000" not in doc.word and "\ue000" not in doc.pdf


def test_reference_marker_resolution() -> None:
    sections = [
        Section("article", "object", Paragraph([Run("Objet")]), number="1er"),
        Section("article", "reports", Paragraph([Run("Justificatifs")]), number="4"),
        Section(
            "other",
            blocks=[
                Paragraph([Run(f"voir l'article {ref('object')}, l'article {ref('reports')} et {ref('nowhere')}.")])
            ],
        ),
    ]
    resolve(sections)
    runs = sections[2].blocks[0].runs  # type: ignore[union-attr]
    assert "".join(r.text for r in runs) == "voir l'article\u00a01er, l'article\u00a04 et\u00a0…."
    assert [r.text for r in runs if r.superscript] == ["er"]
    assert str(ref("not a key!")) == BLANK


# Large dossiers


def test_forty_party_convention_prints_every_frame(tmp_path: Path) -> None:
    from charte_app.samples import large_dossier_file

    dossier = large_dossier_file(versions=1).dossier
    conv = dossier.conventions[0]
    doc = Printed(dossier, conv.id, tmp_path)
    assert doc.has("peut être résiliée par l’une des Parties") or doc.has("Résiliation par lettre recommandée")
    assert doc.has("Le retrait de l’une des Parties ne met pas fin à la présente convention")  # the sample's choice
    assert not doc.has("versement unique")
    assert not doc.has("Mise à disposition de personnel")  # no staff has a host
    assert "\ue000" not in doc.word


def test_bank_details_are_addressed_with_contracted_articles(tmp_path: Path) -> None:
    """« Les sommes dues au Département … au nom du Département », never « à le » / « de le »."""
    from charte_app.samples import small_dossier

    dossier = small_dossier()
    doc = Printed(dossier, dossier.conventions[0].id, tmp_path)
    assert doc.has(
        "Les sommes dues au Département de la Marne sont versées par virement sur le compte ouvert au nom du Département de la Marne"
    )
    assert not doc.has("à le ") and not doc.has("de le ")
