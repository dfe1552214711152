"""A real LibreOffice opens each DOCX: the text survives and the page fields are computed."""

from __future__ import annotations

import copy
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from charte_app.documents import service
from charte_app.domain.dossier_file import parse
from charte_app.domain.model import Contribution, Dossier, ExtraArticle

DATA = Path(__file__).parent / "data" / "documents"
# LibreOffice is installed by the test set-up (scripts/dev.py); its absence is a failure, not a skip.
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice") or "soffice"


# The DOCX asks for Arial; fontconfig gives LibreOffice its metric twin Liberation Sans, version 2 like
# the Liberation Sans the PDF embeds (version 1 has no U+202F, the narrow no-break space of « ; » « ? »).
# Without it LibreOffice sets the text in DejaVu Sans and every page count below measures the wrong font.
LIBERATION_MISSING = (
    "LibreOffice would set the DOCX in {found} instead of Liberation Sans 2 (Arial's metric twin): "
    "install the Debian package fonts-liberation2 (`python3 scripts/dev.py test` does), then run again."
)


def require_liberation() -> None:
    """Fail, saying why, when ``fc-match Arial`` is not Liberation Sans version 2 or later."""
    found = subprocess.run(
        ["fc-match", "-f", "%{family[0]}|%{fontversion}", "Arial"], capture_output=True, text=True, check=True
    ).stdout
    family, _, version = found.partition("|")
    if family != "Liberation Sans" or int(version or 0) < 0x20000:  # fontversion is 16.16 fixed point
        pytest.fail(LIBERATION_MISSING.format(found=f"{family} {int(version or 0) / 65536:.2f}"), pytrace=False)


def squash(text: str) -> str:
    # pdftotext joins a word hyphenated at a line end ("Châlons-" / "en-Champagne") without its hyphen.
    return re.sub(r"[\s\-\u00ad\u2011]+", "", text)  # Word's no-break hyphen too


def _legal_fixtures() -> list[tuple[str, Dossier, str]]:
    """Dossiers of issue 9: subsidies above and below 23 000 €, a charter with extra articles and bullets."""
    file, _ = parse((DATA / "chalons.charte").read_bytes())
    out: list[tuple[str, Dossier, str]] = []
    for amount in ("45000.00", "12000.00"):
        dossier = copy.deepcopy(file.dossier)
        conv = dossier.convention("conv-subvention")
        assert conv is not None
        conv.contributions = [
            Contribution(
                id="c", partner="ville", kind="financial", description="Subvention", amount=Decimal(amount), year=2026
            )
        ]
        out.append((f"subvention-{amount[:5]}", dossier, "conv-subvention"))
    dossier = copy.deepcopy(file.dossier)
    rule = dossier.charter.rules[0]
    rule.text = (
        "Les informations partagées sont :\n- strictement nécessaires ;\n- transmises avec l'accord de la famille."
    )
    dossier.charter.extra_articles.append(ExtraArticle(id="x9", title="Après une règle", text="Texte.", after=rule.id))
    out.append(("charte-extras", dossier, "charter"))
    return out


def test_libreoffice_converts_every_docx_and_keeps_the_text(tmp_path: Path, data_dir: Path) -> None:
    from conftest import EXAMPLES

    require_liberation()
    docs: list[Path] = []
    cases: list[tuple[str, Dossier, str]] = []
    for source in [DATA / "chalons.charte", *sorted(EXAMPLES.glob("*.charte"))]:
        file, _ = parse(source.read_bytes())
        cases += [
            (f"{source.stem}-{doc_id}", file.dossier, doc_id) for doc_id, _ in service.document_choices(file.dossier)
        ]
    cases += _legal_fixtures()
    for stem, dossier, doc_id in cases:
        docs.append(service.export_document(dossier, doc_id, "docx", tmp_path / f"{stem}.docx", data_dir=data_dir))
        service.export_document(dossier, doc_id, "pdf", tmp_path / f"{stem}.pdf", data_dir=data_dir)
    converted = tmp_path / "lo"
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(converted),
            *map(str, docs),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    for path in docs:
        pdf = converted / (path.stem + ".pdf")
        assert pdf.is_file(), path.name
        text = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        pages = [p for p in text.split("\f") if p.strip()]
        # Same metrics (Liberation Sans / Arial): at most one page more or less than the original PDF;
        # the breaks inside may differ (a table or a kept-together block moves: README,
        # benchmarks/bench_word_pdf.py), which is why the PDF is the copy that is initialled and signed.
        assert abs(len(pages) - len(PdfReader(path.with_suffix(".pdf")).pages)) <= 1, path.name
        # A paragraph running over two pages has the footer and header between its halves.
        footer = docx.Document(str(path)).sections[0].footer
        furniture = {"Projet – document de travail"}
        # The footer's title row and its initials boxes (a grid of rows for many parties, labels on lines).
        cells = [c.text.replace("\u00a0", " ") for t in footer.tables for row in t.rows for c in row.cells]
        furniture |= {part.strip() for text in cells for part in re.split(r"[\t\n]", text)}
        body = [
            line
            for line in text.splitlines()
            if line.strip().replace("\u00a0", " ") not in furniture
            and not re.fullmatch(r"Page \d+ sur \d+", line.strip())
        ]
        flat = squash("\n".join(body))
        cursor = 0
        for paragraph in docx.Document(str(path)).paragraphs:
            if not paragraph.text.strip():
                continue
            found = flat.find(squash(paragraph.text), cursor)
            assert found >= 0, (path.name, paragraph.text)
            cursor = found
        # PAGE / NUMPAGES fields are computed on every page; the draft mark is there too.
        for number, page in enumerate(pages, start=1):
            assert f"Page {number} sur {len(pages)}" in page, (path.name, number)
            assert "Projet – document de travail" in page
            # Word/LibreOffice layout too: the "Fait à" line and the blocks share every signature page.
            assert ("Fait à" in page) == ("Signature et cachet" in page), (path.name, number)


def test_the_docx_says_it_is_the_editable_copy_of_the_pdf(tmp_path: Path, data_dir: Path) -> None:
    """The PDF is the original initialled and signed; the DOCX's properties (Word: File › Info) say so."""
    from charte_app.diff import compare_dossiers, write_comparison

    file, _ = parse((DATA / "chalons.charte").read_bytes())
    for doc_id in ("charter", "conv-subvention"):
        out = service.export_document(file.dossier, doc_id, "docx", tmp_path / f"{doc_id}.docx", data_dir=data_dir)
        props = docx.Document(str(out)).core_properties
        assert props.comments.startswith("Copie modifiable – l'original à parapher et à signer est le PDF.")
        assert props.content_status == "Copie modifiable"
    # A comparison is nobody's original: it does not claim a PDF original.
    changed = copy.deepcopy(file.dossier)
    changed.charter.preamble = "Autre préambule."
    write_comparison(
        compare_dossiers(file.dossier, changed), "docx", tmp_path / "cmp.docx", old_label="v1", new_label="v2"
    )
    props = docx.Document(str(tmp_path / "cmp.docx")).core_properties
    assert "PDF" not in props.comments and props.content_status != "Copie modifiable"
