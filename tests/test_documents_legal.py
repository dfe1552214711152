"""Conventions a legal service signs as they are (issue 9): content by kind, who pays whom,
avenants, typography, version marking, fonts. Documents are read back from PDF and DOCX."""

from __future__ import annotations

import io
import re
import subprocess
import zipfile
from decimal import Decimal
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from charte_app.documents import service
from charte_app.documents.build import version_line
from charte_app.documents.typography import punctuate, siret
from charte_app.domain import fingerprint, validate_dossier
from charte_app.domain.dossier_file import parse
from charte_app.domain.model import BankDetails, Contribution, Dossier, ExtraArticle, Version

DATA = Path(__file__).parent / "data" / "documents"


def _chalons() -> Dossier:
    return parse((DATA / "chalons.charte").read_text(encoding="utf-8"))[0].dossier


def _pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, text=True)
    return out.stdout.replace("\u2010", "-")  # the PDF draws no-break hyphens as U+2010


def _docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2011", "-").split())


def _subsidy(amount: str, *, years: tuple[int, ...] = (2026,)) -> Dossier:
    """The Ville pays the MJC (an association) ``amount`` a year: a financial convention."""
    dossier = _chalons()
    conv = dossier.convention("conv-subvention")
    assert conv is not None
    conv.legal_basis = []
    conv.contributions = [
        Contribution(
            id=f"c{y}", partner="ville", kind="financial", description="Subvention", amount=Decimal(amount), year=y
        )
        for y in years
    ]
    mjc = dossier.partner("mjc")
    assert mjc is not None
    mjc.bank_details = BankDetails(holder="MJC Jean Jaurès", iban="FR76 3000 6000 0112 3456 7890 189", bic="AGRIFRPP")
    mjc.siret = "73282932000074"
    return dossier


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    folder = tmp_path_factory.mktemp("legal")
    data_dir = folder / "data"
    above, below = _subsidy("45000.00"), _subsidy("12000.00")
    cases = {"above": (above, "conv-subvention"), "below": (below, "conv-subvention")}
    chalons = _chalons()
    cases["framework"] = (chalons, "conv-prevention")
    cases["avenant"] = (chalons, "avenant-1")
    out: dict[str, dict[str, Path]] = {}
    for key, (dossier, doc) in cases.items():
        out[key] = {}
        for fmt in ("pdf", "docx"):
            path = folder / f"{key}.{fmt}"
            service.export_document(dossier, doc, fmt, path, data_dir=data_dir)  # type: ignore[arg-type]
            out[key][fmt] = path
    return out


def test_subsidy_above_23000_carries_the_law(exports: dict[str, dict[str, Path]]) -> None:
    for fmt, read in (("pdf", _pdf_text), ("docx", _docx_text)):
        text = _flat(read(exports["above"][fmt]))
        assert "loi n° 2000-321 du 12 avril 2000" in text and "notamment son article 10" in text, fmt
        assert "décret n° 2001-495 du 6 juin 2001" in text, fmt
        assert "loi n° 2021-1109 du 24 août 2021" in text, fmt
        # The dossier does not say whose initiative the project is: no considérant says it (issue 19).
        assert "à sa propre initiative" not in text, fmt
        assert "compte rendu financier" in text and "arrêté du 11 octobre 2006" in text, fmt
        assert "six mois suivant la fin de chaque exercice" in text and "rapport d’activité" in text, fmt
        assert "sur pièces et sur place" in text and "L. 1611-4" in text, fmt
        assert "Reversement" in text and "sont reversées au financeur" in text, fmt
        assert (
            "Respect des symboles de la République" in text
            and "retrait de la contribution par décision motivée" in text
        ), fmt
        assert "IBAN FR76 3000 6000 0112 3456 7890 189" in text and "AGRIFRPP" in text, fmt
        assert "SIRET 732 829 320 00074" in text, fmt


def test_subsidy_below_23000_keeps_cer_but_not_the_transparency_visas(exports: dict[str, dict[str, Path]]) -> None:
    text = _flat(_docx_text(exports["below"]["docx"]))
    assert "2001-495" not in text and "notamment son article 10" not in text
    assert "loi n° 2021-1109" in text and "Contrat d’engagement républicain" in text


def test_every_contribution_names_payer_recipient_and_terms(exports: dict[str, dict[str, Path]]) -> None:
    document = docx.Document(str(exports["framework"]["docx"]))
    schedule = next(
        t for t in document.tables if t.rows[0].cells[0].text == "Versée par" and "Condition" in t.rows[0].cells[4].text
    )
    rows = [[c.text for c in row.cells] for row in schedule.rows[1:]]
    payers = {r[0] for r in rows}
    assert payers == {
        "Ville de Châlons-en-Champagne",
        "Département de la Marne",
        "Caisse d’allocations familiales de la Marne",
    }
    assert all(r[1] == "Association départementale de prévention spécialisée" for r in rows)
    assert all(r[4].strip() for r in rows)  # every one has its condition of payment
    text = _flat(_docx_text(exports["framework"]["docx"]))
    assert "sous réserve du vote des crédits" in text  # 2026-2029: several budget years


def test_no_clause_printed_twice(exports: dict[str, dict[str, Path]]) -> None:
    for key in ("above", "framework"):
        paragraphs = [p.text for p in docx.Document(str(exports[key]["docx"])).paragraphs if len(p.text) > 60]
        assert len(paragraphs) == len(set(paragraphs)), key
    dossier = _chalons()
    conv = dossier.convention("conv-prevention")
    assert conv is not None
    conv.data_protection = "Les Parties respectent le RGPD.\n\n- Partage limité au strict nécessaire."
    conv.termination.text = "Chaque partie peut résilier par lettre recommandée, avec un préavis de six mois."
    texts = service.build_document(dossier, "conv-prevention").texts()
    joined = "\n".join(texts)
    assert "Les Parties respectent le RGPD." in texts and "Partage limité au strict nécessaire." in texts
    assert "règlement (UE) 2016/679" not in joined  # the standard text is replaced, not repeated
    assert joined.count("préavis") == 1


def test_avenant_cites_the_articles_it_replaces(exports: dict[str, dict[str, Path]]) -> None:
    text = _flat(_docx_text(exports["avenant"]["docx"]))
    original = service.build_document(_chalons(), "conv-prevention")
    numbers = {s.key: s.number for s in original.sections if s.kind == "article"}
    assert f"L’article {numbers['means']} de la convention initiale est remplacé par les stipulations suivantes" in text
    assert f"Vu l’article {numbers['amendment']} de la convention initiale, relatif à sa modification" in text
    assert "Les autres stipulations de la convention initiale demeurent inchangées." in text
    assert "la présente convention prend effet" not in text.lower()
    assert text.count("prend effet") == 1
    assert text.count("Avenant n° 1 à la convention du 15 septembre 2026") == 1


def test_parties_defined_once_and_signature_blocks(exports: dict[str, dict[str, Path]]) -> None:
    text = _docx_text(exports["framework"]["docx"])
    assert text.count("«\u00a0les Parties\u00a0»") == 1
    dossier = _chalons()
    ville = dossier.partner("ville")
    assert ville is not None
    ville.representative.name, ville.representative.function = "Anne Roy", "adjointe au maire"
    ville.representative.civility = "Mme"
    ville.representative.delegation = "par délégation du Maire, arrêté n° 2026-14 du 5 janvier 2026"
    page = next(
        b for b in service.build_document(dossier, "conv-prevention").blocks() if type(b).__name__ == "SignaturePage"
    )
    first = page.blocks[0]  # type: ignore[union-attr]
    assert first.lines() == [
        "Pour la Ville de Châlons\u2011en\u2011Champagne",  # a name never split at its hyphens
        "Mme\u00a0Anne Roy",
        "L’Adjointe au maire",
        "Par délégation du Maire, arrêté n°\u00a02026\u201114 du 5\u00a0janvier 2026",
    ]
    assert page.blocks[1].lines()[1:] == ["Mme\u00a0Sophie Lambert", "La Présidente du Conseil départemental"]  # type: ignore[union-attr]


def test_extra_articles_follow_their_anchor_and_rules_keep_bullets() -> None:
    dossier = _chalons()
    charter = dossier.charter
    rule = charter.rules[0]
    rule.text = (
        "Les informations partagées sont :\n- strictement nécessaires ;\n- transmises avec l'accord de la famille."
    )
    charter.extra_articles = [ExtraArticle(id="x1", title="Article après une règle", text="Texte.", after=rule.id)]
    document = service.build_document(dossier, "charter")
    headings = [h.split(" – ", 1)[1] for h in document.headings() if h.startswith("Article")]
    assert headings[headings.index("Règles communes") + 1] == "Article après une règle"
    bullets = [b.text for b in document.blocks() if getattr(b, "style", "") == "bullet"]
    assert "strictement nécessaires\u202f;" in bullets and "transmises avec l’accord de la famille." in bullets


@pytest.mark.parametrize(
    ("raw", "printed"),
    [
        ("une durée de un (1) an", "une durée d’un\u00a0(1)\u00a0an"),
        ("l'article L. 121-6-2 du code", "l’article L.\u00a0121\u20116\u20112 du code"),
        ("120 enfants", "120\u00a0enfants"),
        ("51000 Châlons", "51000\u00a0Châlons"),
        ('«la "grande" maison»', "«\u00a0la “grande” maison\u00a0»"),
        ("Fin…. Titre. : suite", "Fin… Titre\u00a0: suite"),
        ("écrire à jean.o'neil@ville.fr", "écrire à jean.o'neil@ville.fr"),
    ],
)
def test_french_typography(raw: str, printed: str) -> None:
    assert punctuate(raw) == printed


def test_siret_grouped() -> None:
    assert siret("73282932000074") == "732\u00a0829\u00a0320\u00a000074"


def test_version_line_says_the_status_in_words() -> None:
    v = Version(
        number=30, label="Version 30", created_at="2026-06-29T10:00:00+02:00", status="shared", fingerprint="sha256:ab"
    )
    assert version_line(v) == "Version\u00a030 – version soumise aux partenaires pour avis"
    v.label, v.status = "Validée en comité", "signed"
    assert version_line(v) == "Version\u00a030 – Validée en comité – version signée"


def test_version_fingerprint_and_dates_in_files(tmp_path: Path) -> None:
    dossier = _chalons()
    version = Version(
        number=2,
        label="Comité",
        created_at="2026-06-29T10:00:00+02:00",
        status="approved",
        fingerprint=fingerprint(dossier),
        snapshot=dossier,
    )
    pdf = service.export_document(
        dossier, "conv-subvention", "pdf", tmp_path / "v.pdf", version=version, data_dir=tmp_path
    )
    out = service.export_document(
        dossier, "conv-subvention", "docx", tmp_path / "v.docx", version=version, data_dir=tmp_path
    )
    meta = PdfReader(pdf).metadata
    assert meta["/Fingerprint"] == version.fingerprint
    assert meta["/CreationDate"].startswith("D:20260629080000")
    custom = zipfile.ZipFile(out).read("docProps/custom.xml").decode()
    assert 'name="Empreinte"' in custom and version.fingerprint in custom
    props = docx.Document(str(out)).core_properties
    assert props.created is not None and props.created.year == 2026
    for page in _pdf_text(pdf).split("\f")[:-1]:
        assert "version approuvée" in page


def test_recipient_and_bank_details_round_trip_and_validate() -> None:
    dossier = _subsidy("30000.00")
    conv = dossier.convention("conv-subvention")
    assert conv is not None
    conv.contributions[0].recipient = "nobody"
    assert any(p.path.endswith("contributions[0].recipient") for p in validate_dossier(dossier))
    conv.contributions[0].recipient = "mjc"
    mjc = dossier.partner("mjc")
    assert mjc is not None and mjc.bank_details is not None
    mjc.bank_details.iban = "FR76 0000"
    assert any(p.path.endswith("bank_details.iban") for p in validate_dossier(dossier))
    from charte_app.domain import decode, encode

    data = encode(dossier)
    assert data["conventions"][1]["contributions"][0]["recipient"] == "mjc"
    problems: list = []
    again = decode(Dossier, data, "dossier", problems)
    assert not problems and again == dossier


def test_word_layout_rules(exports: dict[str, dict[str, Path]]) -> None:
    document = docx.Document(str(exports["framework"]["docx"]))
    # "Et" between two parties never ends a page alone: it keeps with the next party.
    ands = [p for p in document.paragraphs if p.text == "Et"]
    assert ands and all(p.paragraph_format.keep_with_next for p in ands)
    # Both "Signature et cachet" of a pair share one row, hence one height.
    signature = next(t for t in document.tables if t.rows[0].cells[0].text.startswith("Fait à"))
    captions = [row for row in signature.rows if "Signature et cachet" in row.cells[0].text]
    assert len(captions) == 3
    assert all(row.cells[1].text in ("Signature et cachet", "") for row in captions)
    # A row before a subtotal keeps with it.
    financial = next(t for t in document.tables if t.rows[0].cells[0].text == "Versée par")
    before_total = [
        financial.rows[i]
        for i in range(1, len(financial.rows) - 1)
        if financial.rows[i + 1].cells[0].text.startswith("Total")
    ]
    assert before_total and all(
        r.cells[0].paragraphs[0].paragraph_format.keep_with_next
        for r in before_total
        if not r.cells[0].text.startswith("Total")
    )
    # The footer rule is a paragraph of its own above the footer table.
    footer = document.sections[0].footer._element
    assert footer[0].tag.endswith("}p") and "w:bottom" in footer[0].xml and footer[1].tag.endswith("}tbl")


def test_pdf_fonts_are_liberation_named_arial_in_word(exports: dict[str, dict[str, Path]]) -> None:
    fonts = subprocess.run(
        ["pdffonts", str(exports["above"]["pdf"])], capture_output=True, text=True, check=True
    ).stdout
    assert "LiberationSans" in fonts and "DejaVu" not in fonts and "Helvetica" not in fonts
    styles = zipfile.ZipFile(exports["above"]["docx"]).read("word/styles.xml").decode()
    assert 'w:ascii="Arial"' in styles and "DejaVu" not in styles


def test_cli_signature_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from charte_app import cli

    out = tmp_path / "signer.pdf"
    base = ["export", str(DATA / "chalons.charte"), "--document", "conv-subvention", "--data-dir", str(tmp_path)]
    assert cli.main([*base, "--format", "pdf", "--output", str(out), "--signature-fields"]) == 0
    reader = PdfReader(out)
    fields = reader.get_fields() or {}
    assert sorted(fields) == ["Signature – MJC Jean Jaurès", "Signature – Ville de Châlons-en-Champagne"]
    # The fields sit on the signature page, inside the text column.
    page_of = {}
    for number, page in enumerate(reader.pages, start=1):
        for annot in page.get("/Annots") or []:
            page_of[annot.get_object()["/T"]] = number
    signature_page = next(i for i, t in enumerate(_pdf_text(out).split("\f"), start=1) if "Fait à" in t)
    assert set(page_of.values()) == {signature_page}
    assert cli.main([*base, "--format", "docx", "--output", str(tmp_path / "x.docx"), "--signature-fields"]) == 2
    assert "qu'en PDF" in capsys.readouterr().err


def test_interest_keeps_its_bullets_and_convention_anchors() -> None:
    dossier = _chalons()
    ville = dossier.partner("ville")
    assert ville is not None
    ville.interest = "Sécuriser les parcours.\n\n- repérer plus tôt ;\n- associer les familles."
    texts = service.build_document(dossier, "charter").texts()
    start = texts.index("Intérêt à participer\u00a0: Sécuriser les parcours.")
    assert texts[start + 1 : start + 3] == ["repérer plus tôt\u202f;", "associer les familles."]
    conv = dossier.convention("conv-prevention")
    assert conv is not None
    conv.extra_articles = [
        ExtraArticle(id="x", title="Après une contribution", text="Texte.", after=conv.contributions[0].id)
    ]
    headings = [
        h.split(" – ", 1)[1]
        for h in service.build_document(dossier, "conv-prevention").headings()
        if h.startswith("Article")
    ]
    assert headings[headings.index("Moyens mis en commun") + 1] == "Après une contribution"


def test_a_draft_carries_its_export_time(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    dossier = _chalons()
    pdf = service.export_document(dossier, "conv-subvention", "pdf", tmp_path / "d.pdf", data_dir=tmp_path)
    out = service.export_document(dossier, "conv-subvention", "docx", tmp_path / "d.docx", data_dir=tmp_path)
    year = datetime.now(UTC).year
    assert PdfReader(pdf).metadata["/CreationDate"].startswith(f"D:{year}")  # not reportlab's 2000-01-01
    created = docx.Document(str(out)).core_properties.created
    assert created is not None and created.year == year  # not python-docx's 2013 template date
    assert "/Fingerprint" not in PdfReader(pdf).metadata


def test_forty_parties_each_get_an_initials_box() -> None:
    """Every party has its own labelled box, whatever their number (a grid beyond a row: see
    test_documents_pages); never one "Paraphes" box shared by all."""
    from charte_app.documents.docx_writer import write_docx
    from charte_app.samples import large_dossier_file

    dossier = large_dossier_file().dossier
    conv = max(dossier.conventions, key=lambda c: len(c.parties))
    assert len(conv.parties) > 8
    document = service.build_document(dossier, conv.id)
    assert len(document.furniture.initials_boxes()) == len(conv.parties)
    assert "Paraphes" not in document.furniture.initials_boxes()
    footer = docx.Document(io.BytesIO(write_docx(document))).sections[0].footer
    cells = [c.text for row in footer.tables[0].rows[1:] for c in row.cells if c.text]
    assert len(cells) == len(conv.parties)


def test_registered_agrees_with_the_party() -> None:
    """ "immatriculé" for "le Département", "immatriculée" for "la Ville", never followed by a blank
    (the masculine ending was an empty text, which the templates print as "…")."""
    dossier = _chalons()
    for partner_id, number in (("cd51", "22510001700018"), ("ville", "21510108000016")):
        partner = dossier.partner(partner_id)
        assert partner is not None
        partner.siret = number
    text = _flat(
        " ".join(b.text for b in service.build_document(dossier, "conv-prevention").blocks() if hasattr(b, "runs"))
    )
    registered = dict(
        re.findall(r"\b(Ville|Département) de [^,]*, dont le siège est situé [^,]*(?:, [^,]*)?, (\S+) sous", text)
    )
    assert registered == {"Ville": "immatriculée", "Département": "immatriculé"}
    assert "immatriculé…" not in text
