"""Exports read back: content, order, totals, words, signatures, furniture, fonts, metadata.

Every document of the shared examples and of ``tests/data/documents/chalons.charte``
(a 5-party convention, a 7-signatory charter, a subsidy with advance and balance,
an avenant) is exported to PDF and DOCX, then read back with pdftotext and
python-docx.
"""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from charte_app.documents import page_foot, service
from charte_app.domain import short_fingerprint
from charte_app.domain.dossier_file import parse
from charte_app.domain.model import DossierFile

DATA = Path(__file__).parent / "data" / "documents"
W = re.compile(r"[\s\-\u00ad]+")  # pdftotext drops the hyphen of a word broken at a line end
FORBIDDEN = ("None", "null", "nan", "NaN", "{{", "}}", "{%", "&amp;", "&#", "&lt;")


def load(path: Path) -> DossierFile:
    file, _ = parse(path.read_bytes())
    return file


def squash(text: str) -> str:
    """Whitespace-free text: wrapping, justification and no-break spaces do not matter."""
    return W.sub("", text)


def pdf_pages(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, text=True)
    pages = out.stdout.replace("\u2010", "-").split("\f")  # the PDF draws no-break hyphens as U+2010
    return pages[:-1] if pages and not pages[-1].strip() else pages


def docx_paragraphs(path: Path) -> list[str]:
    """Top-level body paragraphs in order (tables excluded)."""
    document = docx.Document(str(path))
    return [p.text for p in document.paragraphs if p.text.strip()]


def docx_all_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                parts.append(cell.text)
    return "\n".join(parts)


def strip_furniture(page: str, furniture: list[str], boxes: list[str] = []) -> str:  # noqa: B006 - read only
    # Initials boxes are labelled with the parties' short names, also found in the body: line by line.
    flat = [item.replace("\u00a0", " ").replace("\u202f", " ") for item in furniture]

    def furniture_line(line: str) -> bool:
        text = line.strip()
        shortened = len(text) > 10 and text.endswith("…") and any(item.startswith(text[:-1].rstrip()) for item in flat)
        return text in boxes or shortened  # a title shortened to fit beside the initials boxes

    page = "\n".join(line for line in page.splitlines() if not furniture_line(line))
    for item in furniture:  # pdftotext prints no-break spaces as spaces
        page = page.replace(item, "").replace(item.replace("\u00a0", " ").replace("\u202f", " "), "")
    return re.sub(r"Page \d+ sur \d+", "", page)


@pytest.fixture(scope="module")
def chalons() -> DossierFile:
    return load(DATA / "chalons.charte")


@pytest.fixture(scope="module")
def examples() -> dict[str, DossierFile]:
    from conftest import EXAMPLES

    return {p.stem: load(p) for p in sorted(EXAMPLES.glob("*.charte"))}


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory, chalons: DossierFile, examples: dict[str, DossierFile]):
    """Every document of every dossier, in both formats (the draft, plus one stored version)."""
    folder = tmp_path_factory.mktemp("exports")
    data_dir = tmp_path_factory.mktemp("data")
    out: dict[str, dict[str, object]] = {}
    sources = {"chalons": chalons, **examples}
    for name, file in sources.items():
        for doc_id, _title in service.document_choices(file.dossier):
            key = f"{name}:{doc_id}"
            structure = service.build_document(file.dossier, doc_id, data_dir=data_dir)
            paths = {}
            for fmt in ("pdf", "docx"):
                paths[fmt] = service.export_document(
                    file.dossier, doc_id, fmt, folder / f"{name}-{doc_id}.{fmt}", data_dir=data_dir
                )
            out[key] = {"structure": structure, **paths}
    reims = examples["reims-croix-rouge"]
    version = reims.versions[-1]
    for fmt in ("pdf", "docx"):
        path = folder / f"reims-v{version.number}.{fmt}"
        service.export_document(version.snapshot, "charter", fmt, path, version=version, data_dir=data_dir)
    out["reims:version"] = {
        "structure": service.build_document(version.snapshot, "charter", version=version, data_dir=data_dir),
        "pdf": folder / f"reims-v{version.number}.pdf",
        "docx": folder / f"reims-v{version.number}.docx",
        "version": version,
    }
    return out


def test_every_document_of_every_dossier_is_exported(exported: dict) -> None:
    assert {
        "chalons:charter",
        "chalons:conv-prevention",
        "chalons:conv-subvention",
        "chalons:avenant-1",
        "epernay-psychomotricite:charter",
        "epernay-psychomotricite:conv-psychomot",
        "reims-croix-rouge:charter",
        "reims:version",
    } <= set(exported)
    for entry in exported.values():
        assert entry["pdf"].read_bytes().startswith(b"%PDF")
        assert zipfile.is_zipfile(entry["docx"])


def test_no_raw_or_missing_values_anywhere(exported: dict) -> None:
    for key, entry in exported.items():
        texts = ["\n".join(pdf_pages(entry["pdf"])), docx_all_text(entry["docx"]), service.to_html(entry["structure"])]
        for text in texts:
            for bad in FORBIDDEN:
                assert not re.search(rf"(?<![\w]){re.escape(bad)}(?![\w])", text), (key, bad)


def test_convention_skeleton_in_order(exported: dict) -> None:
    entry = exported["chalons:conv-prevention"]
    paragraphs = docx_paragraphs(entry["docx"])
    joined = "\n".join(paragraphs)
    assert joined.count("ce qui suit") == 1
    agreement = next(i for i, p in enumerate(paragraphs) if "Il est convenu ce qui suit" in p)
    assert paragraphs[agreement + 1].startswith("Article\u00a01er – Objet")
    assert "Entre les soussignés" in paragraphs[0]
    assert paragraphs.index("d’une part,") < paragraphs.index("d’autre part,") < agreement
    assert joined.count("d’une part,") == 1 and joined.count("d’autre part,") == 4
    headings = [h for h in entry["structure"].headings() if h.startswith("Article")]
    expected = [
        "Objet",
        "Engagements de la Ville de Châlons-en-Champagne",
        "Engagements du Département de la Marne",
        "Engagements de la Caisse d’allocations familiales de la Marne",
        "Engagements de l’Association départementale de prévention spécialisée",
        "Engagements de la Direction des services départementaux de l’Éducation nationale de la Marne",
        "Laïcité",  # extra article after the commitments
        "Moyens mis en commun",
        "Compte rendu financier",  # extra article after the means (replaces the standard one)
        "Modalités de versement",  # every contribution: payer, recipient, terms
        "Contrôle",
        "Reversement",
        "Contrat d’engagement républicain",
        "Gouvernance et suivi",
        "Évaluation",
        "Protection des données et secret professionnel partagé",
        "Assurances et responsabilités",
        "Communication",
        "Durée et entrée en vigueur",
        "Modification",
        "Résiliation",
        "Règlement des litiges",
        "Dispositions finales",  # extra article without a place: last
        "Pièces annexes",
    ]
    # Names in headings keep their hyphens whole (U+2011, drawn as a hyphen).
    assert [h.split(" – ", 1)[1].replace("\u2011", "-") for h in headings] == expected
    assert [h.split(" – ", 1)[0] for h in headings][:3] == ["Article\u00a01er", "Article\u00a02", "Article\u00a03"]
    assert [h for h in entry["structure"].headings() if h.startswith("Annexe")] == [
        "Annexe\u00a01 – Tableau des contributions",
        "Annexe\u00a02 – Fiche des indicateurs",
        "Annexe\u00a03 – Contrat d’engagement républicain",
    ]
    # Parties: address, representative, authority, short name; a missing deliberation is a visible blank.
    assert "La Ville de Châlons-en-Champagne, dont le siège est situé Place Foch" in joined
    assert (
        "représentée par M.\u00a0Benoist Apparu, Maire, dûment habilité par délibération du conseil municipal" in joined
    )
    assert "ci-après dénommée «\u00a0la Ville\u00a0»," in joined
    assert "ci-après dénommé «\u00a0le Département\u00a0»," in joined
    # A missing authority is a plain blank: "par délibération" would presume how the association decided.
    assert "M.\u00a0Karim Haddad, Président, dûment habilité …, ci-après" in joined
    assert "par délibération du … en date du …" not in joined
    assert "Vu le code général des collectivités territoriales\u202f;" in joined


def test_financial_totals_schedules_and_words(exported: dict) -> None:
    entry = exported["chalons:conv-prevention"]
    text = docx_all_text(entry["docx"])
    pdf = "\n".join(pdf_pages(entry["pdf"]))
    for amount in (
        "45\u202f000,00\u00a0€",
        "50\u202f000,00\u00a0€",
        "120\u202f000,00\u00a0€",
        "182\u202f345,67\u00a0€",
    ):
        assert amount in text
        assert squash(amount) in squash(pdf)
    assert "Total Ville de Châlons-en-Champagne" in text and "Total général" in text
    assert "cent quatre-vingt-deux mille trois cent quarante-cinq euros et soixante-sept centimes (182" in text
    assert "cinquante mille euros (50" in text
    assert (
        "1er\u00a0octobre 2026" in text and "avance à la signature" in text and "solde sur production du bilan" in text
    )
    assert "2,5\u00a0ETP" in text and "2,7\u00a0ETP" in text
    assert "Local au centre social Vallée Saint-Pierre" in text  # a row of the table of premises
    assert "préavis de six\u00a0(6)\u00a0mois" in text and "lettre recommandée avec accusé de réception" in text
    assert "mise en demeure" in text
    assert "conclue pour une durée de trois\u00a0(3)\u00a0ans, jusqu’au 31\u00a0août 2029" in text
    assert "tacite reconduction" in text and "deux\u00a0(2)\u00a0fois au plus" in text
    assert "solution amiable avant toute action contentieuse" in text
    assert "devant le Tribunal administratif de Châlons-en-Champagne" in text
    assert "article L.\u00a0121-6-2" in text and "226-13" in text
    assert "Délai entre repérage et premier rendez-vous" in text  # linked indicators


def test_subsidy_with_advance_and_balance(exported: dict) -> None:
    entry = exported["chalons:conv-subvention"]
    text = docx_all_text(entry["docx"])
    assert "30\u202f000,00\u00a0€" in text and "trente mille euros (30" in text
    assert "18\u202f000,00\u00a0€" in text and "avance à la signature de la convention" in text
    assert "12\u202f000,00\u00a0€" in text and "solde sur production du compte rendu financier" in text
    assert "Coup de pouce lecture" in text and "«\u00a0Coup de pouce lecture\u00a0»" in text
    assert "en deux exemplaires originaux" in text
    assert "Fait à Châlons-en-Champagne, le ………………" in text  # no date yet: a line to fill in
    assert "d’un\u00a0(1)\u00a0mois" in text
    assert "solution amiable" not in text  # amicable_first false


def test_avenant_cites_original_and_restates_only_changes(exported: dict) -> None:
    entry = exported["chalons:avenant-1"]
    structure = entry["structure"]
    text = docx_all_text(entry["docx"])
    assert structure.metadata.title == "Avenant n°\u00a01 à la convention du 15\u00a0septembre 2026"
    assert (
        "Vu la convention de partenariat relative à la prévention spécialisée 2026-2029, signée le 15\u00a0septembre 2026"
        in text
    )
    assert text.count("ce qui suit") == 1
    headings = [h.split(" – ", 1)[1] for h in structure.headings() if h.startswith("Article")]
    assert headings == [
        "Objet de l’avenant",
        "Moyens mis en commun",
        "Évaluation",
        "Modalités de versement",
        "Autres stipulations et prise d’effet",
    ]
    # The means article is restated whole, as amended: the Département's raised contribution among the others.
    assert "135\u202f000,00\u00a0€" in text and "45\u202f000,00\u00a0€" in text
    assert "cent quatre-vingt-dix-sept mille trois cent quarante-cinq euros et soixante-sept centimes" in text
    assert "Résiliation" not in text  # only the articles it changes
    for name in ("Pour la Ville de Châlons-en-Champagne", "Pour la Direction des services départementaux"):
        assert name in text


def test_charter_content(exported: dict) -> None:
    entry = exported["chalons:charter"]
    structure = entry["structure"]
    text = docx_all_text(entry["docx"])
    headings = [h.split(" – ", 1)[1] for h in structure.headings() if h.startswith("Article")]
    assert headings == [
        "Diagnostic partagé et but commun",
        "Valeurs et principes partagés",
        "Règles communes",
        "Formation commune",  # extra article after the rules
        "Objectifs et indicateurs de suivi",
        "Intérêt et engagements des partenaires",
        "Glossaire commun",
        "Gouvernance et suivi",
        "Communication",
        "Évaluation",
        "Adhésion de nouveaux partenaires",
        "Durée et révision",
    ]
    subheadings = [p.text for s in structure.sections for p in s.blocks if getattr(p, "style", "") == "subheading"]
    topics = [
        t
        for t in subheadings
        if t
        in {
            "Partage d’informations",
            "Confidentialité",
            "Éthique et déontologie",
            "Prise de décision",
            "Fonctionnement",
            "Autres règles",
        }
    ]
    assert topics == [
        "Partage d’informations",
        "Confidentialité",
        "Éthique et déontologie",
        "Prise de décision",
        "Fonctionnement",
        "Autres règles",
    ]
    assert "Délai entre repérage et premier rendez-vous" in text and "45\u00a0jours" in text and "trimestrielle" in text
    assert "Intérêt à participer" in text and "trente-six\u00a0(36)\u00a0mois" in text
    assert "Parcours" in text and "deux fois par an" in text
    assert "en sept exemplaires originaux" in text and "le 15\u00a0septembre 2026" in text
    assert "Résiliation" not in text and "Tribunal" not in text
    blocks = [b for s in structure.sections for b in s.blocks if type(b).__name__ == "SignaturePage"]
    assert len(blocks) == 1 and len(blocks[0].blocks) == 7


def test_signature_blocks_in_both_formats(exported: dict) -> None:
    entry = exported["chalons:conv-prevention"]
    pdf = squash("\n".join(pdf_pages(entry["pdf"])))
    text = docx_all_text(entry["docx"])
    expected = [
        "Pour la Ville de Châlons-en-Champagne",
        "Pour le Département de la Marne",
        "Pour la Caisse d’allocations familiales de la Marne",
        "Pour l’Association départementale de prévention spécialisée",
        "Pour la Direction des services départementaux de l’Éducation nationale de la Marne",
    ]
    for line in [*expected, "Signature et cachet", "Mme\u00a0Sophie Lambert", "Présidente du Conseil départemental"]:
        assert line in text
        assert squash(line) in pdf
    assert "Fait à Châlons-en-Champagne, le 15\u00a0septembre 2026, en cinq exemplaires originaux." in text


def test_signature_page_never_leaves_made_at_alone(exported: dict) -> None:
    """Every page holding signatures also holds the "Fait à" line, and never without a block."""
    for key in ("chalons:conv-prevention", "chalons:charter", "epernay-psychomotricite:conv-psychomot"):
        pages = pdf_pages(exported[key]["pdf"])
        for page in pages:
            if "Fait à" in page:
                assert "Signature et cachet" in page, key
            if "Signature et cachet" in page:
                assert "Fait à" in page, key


def test_same_headings_and_paragraphs_in_docx_and_pdf(exported: dict) -> None:
    for key, entry in exported.items():
        furniture = entry["structure"].furniture
        items = [furniture.footer_title, furniture.draft_mark or "", furniture.version_line or ""]
        foot = page_foot.of(furniture)
        boxes = [line.replace("\u2011", "-") for box in foot.boxes for line in box.lines]
        items.append(f"Empreinte : {furniture.fingerprint}")
        pdf = squash("".join(strip_furniture(p, [i for i in items if i], boxes) for p in pdf_pages(entry["pdf"])))
        cursor = 0
        for paragraph in docx_paragraphs(entry["docx"]):
            needle = squash(paragraph)
            found = pdf.find(needle, cursor)
            assert found >= 0, (key, paragraph)
            cursor = found + len(needle)
        # The structure is what both writers rendered.
        assert [squash(t) for t in docx_paragraphs(entry["docx"])] == [
            squash(("–" if b.style == "bullet" else "") + b.text.replace("\u2011", "-"))
            for b in entry["structure"].blocks()
            if hasattr(b, "style") and b.text.strip() and b.style not in ("title", "subtitle")
        ]


def test_page_furniture_on_every_pdf_page(exported: dict) -> None:
    for key, entry in exported.items():
        structure = entry["structure"]
        pages = pdf_pages(entry["pdf"])
        assert len(pages) == len(PdfReader(entry["pdf"]).pages)
        for number, page in enumerate(pages, start=1):
            assert f"Page {number} sur {len(pages)}" in page, key
            assert squash(structure.furniture.footer_title[:25]) in squash(page), key
            if "version" in entry:
                assert "Empreinte : a294c4496c86c9fe" in page
                assert "Version 2 – Version validée en comité de pilotage du 29 juin 2026" in page.replace(
                    "\u00a0", " "
                )
                assert "Projet" not in page
            else:
                assert "Projet – document de travail" in page
            if structure.kind in ("convention", "amendment"):
                # Every party initials every page of a convention: one box per party, its label whole.
                foot = page_foot.of(structure.furniture)
                assert len(foot.boxes) == len(structure.furniture.initials) > 1, key
                for box in foot.boxes:
                    for line in box.lines:
                        assert line.replace("\u2011", "-") in page, (key, line)
            else:
                assert "Paraphe" not in page


def test_page_furniture_in_docx(exported: dict) -> None:
    entry = exported["chalons:conv-prevention"]
    document = docx.Document(str(entry["docx"]))
    section = document.sections[0]
    assert "Projet – document de travail" in "".join(p.text for p in section.header.paragraphs)
    footer_xml = section.footer._element.xml
    assert " PAGE " in footer_xml and " NUMPAGES " in footer_xml
    assert "Page " in footer_xml and " sur " in footer_xml
    for label in ("de la Ville", "du Département", "de la CAF", "de l’Association", "de la DSDEN"):
        assert f">Paraphe {label}<" in footer_xml, label  # one initials box per party, its label whole
    assert "Convention de partenariat relative à la prévention spécialisée 2026-2029" in footer_xml  # whole
    version = exported["reims:version"]
    header = docx.Document(str(version["docx"])).sections[0].header
    header_text = "".join(p.text for p in header.paragraphs)
    assert "Version\u00a02 – Version validée" in header_text
    assert short_fingerprint(version["version"].fingerprint) in header_text
    assert "Paraphe" not in docx.Document(str(version["docx"])).sections[0].footer._element.xml


def test_tables_repeat_headers_never_split_and_right_align_amounts(exported: dict) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = docx.Document(str(exported["chalons:conv-prevention"]["docx"]))
    financial = next(
        t
        for t in document.tables
        if t.rows[0].cells[0].text == "Versée par" and "Imputation" in t.rows[0].cells[4].text
    )
    header_xml = financial.rows[0]._tr.xml
    assert "w:tblHeader" in header_xml and "w:cantSplit" in header_xml
    assert all("w:cantSplit" in row._tr.xml for row in financial.rows)
    assert financial.rows[1].cells[5].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    signature = next(t for t in document.tables if t.rows[0].cells[0].text.startswith("Fait à"))
    assert "w:tblHeader" in signature.rows[0]._tr.xml
    assert all("w:cantSplit" in row._tr.xml for row in signature.rows)


def test_fonts_embedded_and_named(exported: dict) -> None:
    entry = exported["chalons:conv-prevention"]
    reader = PdfReader(entry["pdf"])
    embedded = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor")
            if descriptor is not None and any(k in descriptor.get_object() for k in ("/FontFile2", "/FontFile")):
                embedded.add(str(font["/BaseFont"]))
    assert any("LiberationSans" in name for name in embedded)
    assert all("Liberation" in name for name in embedded)
    fonts = subprocess.run(["pdffonts", str(entry["pdf"])], capture_output=True, text=True, check=True).stdout
    assert "LiberationSans-Bold" in fonts and " no " not in fonts.split("\n", 2)[2].replace("yes yes", "")
    styles = zipfile.ZipFile(entry["docx"]).read("word/styles.xml").decode()
    assert 'w:ascii="Arial"' in styles and 'w:val="fr-FR"' in styles


def test_metadata_in_both_formats(exported: dict) -> None:
    entry = exported["chalons:conv-prevention"]
    info = PdfReader(entry["pdf"]).metadata
    assert info.title == "Convention de partenariat relative à la prévention spécialisée 2026-2029"
    assert info.author == "Ville de Châlons-en-Champagne – PRE"
    assert info.subject.startswith("Réussite éducative – Châlons-en-Champagne")
    assert b"/Lang (fr-FR)" in entry["pdf"].read_bytes()
    props = docx.Document(str(entry["docx"])).core_properties
    assert props.title == info.title and props.author == info.author and props.subject == info.subject
    assert props.language == "fr-FR"
    version = exported["reims:version"]
    assert PdfReader(version["pdf"]).metadata.get("/Keywords") == version["version"].fingerprint


def test_html_preview_has_the_same_text(exported: dict) -> None:
    entry = exported["chalons:conv-prevention"]
    html = service.to_html(entry["structure"])
    assert html.startswith("<!DOCTYPE html>") and 'lang="fr"' in html
    assert "Il est convenu ce qui suit" in html and "Projet – document de travail" in html
    assert "<table" in html and "Pour la Ville de Châlons\u2011en\u2011Champagne" in html


def test_document_choices(chalons: DossierFile) -> None:
    assert service.document_choices(chalons.dossier) == [
        ("charter", "Charte de coopération pour la réussite éducative à Châlons-en-Champagne"),
        ("conv-prevention", "Convention de partenariat relative à la prévention spécialisée 2026-2029"),
        ("conv-subvention", "Convention financière relative à l'action « Coup de pouce lecture »"),
        ("avenant-1", "Avenant n°\u00a01 à la convention du 15\u00a0septembre 2026"),
    ]


def test_unknown_document_is_a_french_not_found(chalons: DossierFile, data_dir: Path) -> None:
    from charte_app.errors import NotFound

    with pytest.raises(NotFound, match="ne contient pas de document « inconnu »"):
        service.build_document(chalons.dossier, "inconnu", data_dir=data_dir)


def test_exports_are_deterministic(examples: dict[str, DossierFile], data_dir: Path, tmp_path: Path) -> None:
    # A stored version prints with its own date: the same bytes every time (a draft carries the export time).
    version = examples["reims-croix-rouge"].versions[-1]
    for fmt in ("pdf", "docx"):
        a = service.export_document(
            version.snapshot, "charter", fmt, tmp_path / f"a.{fmt}", version=version, data_dir=data_dir
        )
        b = service.export_document(
            version.snapshot, "charter", fmt, tmp_path / f"b.{fmt}", version=version, data_dir=data_dir
        )
        assert a.read_bytes() == b.read_bytes(), fmt


def test_html_preview_renders_in_qtextdocument(qapp, exported: dict) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextDocument

    entry = exported["chalons:conv-prevention"]
    document = QTextDocument()
    document.setHtml(service.to_html(entry["structure"]))
    text = document.toPlainText()
    for paragraph in docx_paragraphs(entry["docx"]):
        # Word's no-break hyphen reads back as "-"; the HTML keeps U+2011.
        assert squash(paragraph.replace("–\t", "–")) in squash(text.replace("\u2011", "-")), paragraph
    assert "Pour la Ville de Châlons-en-Champagne" in text.replace("\u2011", "-")
    assert "182 345,67 €" in text.replace("\u202f", " ").replace("\u00a0", " ")  # Qt's plain text has no NBSP
