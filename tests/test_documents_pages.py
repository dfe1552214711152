"""Pages a person can match and initial (issue 19, item 8), read back from the PDF and the DOCX.

- the running title is the dossier's ``short_title``, printed whole, else the title shortened at a
  word boundary (never "sp…");
- one initials box per party, labelled with a complete label ("Paraphe de la CAF", or the short
  name), a grid of boxes for many parties that leaves the body most of the page;
- names in headings and signature blocks never split at their hyphen ("Bas- / Rhin");
- no ordinary space before ":" (nor ; ! ?), across changes of formatting too;
- a short table is never split across pages.
"""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path
from typing import Any

import docx
import pytest
from pypdf import PdfReader

from charte_app.documents import markup, page_foot, service
from charte_app.documents.docx_writer import write_docx
from charte_app.documents.pdf_writer import write_pdf
from charte_app.documents.structure import (
    Cell,
    Document,
    Furniture,
    Metadata,
    Paragraph,
    Row,
    Run,
    Section,
    Table,
)
from charte_app.documents.typography import punctuate
from charte_app.domain.dossier_file import parse
from charte_app.domain.model import Dossier

DATA = Path(__file__).parent / "data" / "documents"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LONG_TITLE = (
    "Convention cadre de prévention spécialisée et de protection de l'enfance infanto-juvénile "
    "du Bas-Rhin et de la Haute-Marne pour les années 2026 à 2029"
)


def _chalons() -> Dossier:
    return parse((DATA / "chalons.charte").read_text(encoding="utf-8"))[0].dossier


def _five_parties() -> Dossier:
    """The five-party framework convention with long hyphenated names, some without a short name."""
    dossier = _chalons()
    names = {
        "ville": ("Ville de Saint-Dizier-sur-Marne-et-Blaise", "la Ville"),
        "cd51": ("Département du Bas-Rhin", "le Département"),
        "caf51": ("Caisse d'allocations familiales du Haut-Rhin et du Bas-Rhin", "la CAF"),
        "sauvegarde": ("Centre médico-psychologique infanto-juvénile de Saint-Dizier", None),
        "dsden": ("Direction des services départementaux de l'Éducation nationale du Bas-Rhin", "la DSDEN"),
    }
    for pid, (name, short) in names.items():
        partner = dossier.partner(pid)
        assert partner is not None
        partner.name, partner.short_name = name, short
    sauvegarde = dossier.partner("sauvegarde")
    assert sauvegarde is not None
    sauvegarde.representative.function = "Directrice du centre médico-psychologique infanto-juvénile"
    conv = dossier.convention("conv-prevention")
    assert conv is not None
    conv.title = LONG_TITLE
    return dossier


def _forty_parties(short_title: str | None = None) -> tuple[Dossier, str]:
    """The 40-party sample, each party with its own short name (as a convention must define them)."""
    from charte_app.samples import large_dossier_file

    dossier = large_dossier_file(versions=1).dossier
    conv = max(dossier.conventions, key=lambda c: len(c.parties))
    assert len(conv.parties) == 40
    for number, partner in enumerate(dossier.partners, start=1):
        partner.short_name = f"{(partner.short_name or 'le partenaire')} {number}"
    conv.title = LONG_TITLE
    conv.short_title = short_title
    return dossier, conv.id


def _pdf_pages(path: Path, layout: bool = True) -> list[str]:
    args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [str(path), "-"]
    out = subprocess.run(args, capture_output=True, check=True, text=True).stdout
    pages = out.replace("\u2010", "-").replace("\u00a0", " ").split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2011", "-").split())


def _footer_texts(path: Path) -> list[str]:
    """Each paragraph of the DOCX footer, Word's non-breaking hyphens read as hyphens."""
    footer = docx.Document(str(path)).sections[0].footer._element
    out = []
    for p in footer.iter(f"{W}p"):
        parts = []
        for node in p.iter():
            if node.tag == f"{W}t" and node.text:
                parts.append(node.text)
            elif node.tag == f"{W}noBreakHyphen":
                parts.append("-")
            elif node.tag == f"{W}br":
                parts.append("\n")
        out.append("".join(parts))
    return out


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    folder = tmp_path_factory.mktemp("pages")
    data_dir = folder / "data"
    five = _five_parties()
    forty, forty_id = _forty_parties()
    forty_short, _ = _forty_parties(short_title="Convention cadre PRE 2026-2029")
    chalons = _chalons()
    chalons.charter.short_title = None
    cases = {
        "five": (five, "conv-prevention"),
        "forty": (forty, forty_id),
        "forty_short": (forty_short, forty_id),
        "two": (chalons, "conv-subvention"),
        "charter": (forty, "charter"),
    }
    out: dict[str, dict[str, Path]] = {}
    for key, (dossier, doc) in cases.items():
        out[key] = {}
        for fmt in ("pdf", "docx"):
            path = folder / f"{key}.{fmt}"
            service.export_document(dossier, doc, fmt, path, data_dir=data_dir)  # type: ignore[arg-type]
            out[key][fmt] = path
    return out


# -- running title ---------------------------------------------------------------------------------


def test_shortened_title_cuts_at_a_word(exports: dict[str, dict[str, Path]]) -> None:
    title = _flat(punctuate(LONG_TITLE))
    for key in ("five", "forty"):
        pages = _pdf_pages(exports[key]["pdf"])
        for page in pages:
            lines = [_flat(line) for line in page.splitlines() if "Page " in line and " sur " in line]
            assert lines, key
            head = re.sub(r"\s*Page \d+ sur \d+.*$", "", lines[-1]).strip()
            assert head.endswith("…"), (key, head)
            kept = head[:-1].rstrip()
            assert title.startswith(kept) and title[len(kept)] == " ", (key, head)  # a whole word, never "sp…"
            assert kept.split()[-1] not in {"de", "la", "du", "et", "pour", "les"}, head
        # Word prints the same label in its footer.
        footer = [_flat(t) for t in _footer_texts(exports[key]["docx"])]
        assert any(t.startswith(head) for t in footer), (key, footer)


def test_short_title_is_printed_whole(exports: dict[str, dict[str, Path]]) -> None:
    pages = _pdf_pages(exports["forty_short"]["pdf"])
    for page in pages:
        assert "Convention cadre PRE 2026-2029" in _flat(page)
        assert "…" not in "".join(line for line in page.splitlines() if "Page " in line)
    assert any("Convention cadre PRE 2026-2029" in _flat(t) for t in _footer_texts(exports["forty_short"]["docx"]))


def test_shorten_and_wrap_never_cut_a_word() -> None:
    text = "Convention cadre de prévention spécialisée de la Marne"
    for room in range(40, 260, 7):
        short = page_foot.shorten(text, 7.5, room, "italic")
        if short != text:
            assert short.endswith("…") and text.startswith(short[:-1]) and text[len(short) - 1] == " ", short
        lines = page_foot.wrap(text, 7.5, room)
        assert lines is None or " ".join(lines) == text
    # A given short title is never shortened: smaller, then on two lines.
    title = page_foot.running_title("Convention cadre de prévention spécialisée", True, 90)
    assert " ".join(title.lines) == "Convention cadre de prévention spécialisée"


# -- initials --------------------------------------------------------------------------------------


def test_two_parties_say_whose_initials(exports: dict[str, dict[str, Path]]) -> None:
    for page in _pdf_pages(exports["two"]["pdf"]):
        flat = _flat(page)
        assert "Paraphe de la Ville" in flat and "Paraphe de la MJC" in flat
        assert "Paraphe la" not in flat and "Paraphe l’" not in flat
    footer = _flat(" ".join(_footer_texts(exports["two"]["docx"])))
    assert "Paraphe de la Ville" in footer and "Paraphe de la MJC" in footer


def test_five_parties_labels_are_whole(exports: dict[str, dict[str, Path]]) -> None:
    document = service.build_document(_five_parties(), "conv-prevention")
    foot = page_foot.of(document.furniture)
    assert len(foot.boxes) == 5
    labels = [_flat(" ".join(box.lines)) for box in foot.boxes]
    assert "Centre médico-psychologique infanto-juvénile de Saint-Dizier" in " ".join(labels)  # no short name
    for label in labels:
        assert "…" not in label
    for page in _pdf_pages(exports["five"]["pdf"]):
        for box in foot.boxes:
            for line in box.lines:
                assert _flat(line) in _flat(page), line
    footer = "\n".join(_footer_texts(exports["five"]["docx"]))
    for box in foot.boxes:
        assert _flat("\n".join(box.lines)) in _flat(footer)


def test_forty_parties_get_a_grid_of_labelled_boxes(exports: dict[str, dict[str, Path]]) -> None:
    dossier, conv_id = _forty_parties()
    document = service.build_document(dossier, conv_id)
    assert document.furniture.initials_boxes() != ["Paraphes"]
    foot = page_foot.of(document.furniture)
    assert len(foot.boxes) == 40 and not foot.side and foot.rows >= 2
    # One box per party, every label whole, the body keeps most of the page.
    assert len({(b.row, b.column) for b in foot.boxes}) == 40
    assert foot.bottom_margin_cm < 7.5
    pages = _pdf_pages(exports["forty"]["pdf"])
    for page in (pages[0], pages[-1]):
        flat = _flat(page)
        for number in range(1, 41):
            assert re.search(rf"\b{number}\b", flat)
        for box in foot.boxes:
            assert _flat(" ".join(box.lines)) in flat or all(_flat(x) in flat for x in box.lines), box
    # The PDF draws one rectangle per box on every page.
    reader = PdfReader(exports["forty"]["pdf"])
    content = reader.pages[0].get_contents()
    assert content is not None
    assert content.get_data().count(b" re") >= 40
    # Word: a table in the footer, one bordered cell per party, its label whole.
    footer = docx.Document(str(exports["forty"]["docx"])).sections[0].footer
    table = footer.tables[0]
    boxed = [c for row in table.rows[1:] for c in row.cells if c._tc.find(f".//{W}tcBorders") is not None]
    assert len(boxed) == 40
    texts = {_flat(c.text) for c in boxed}
    assert all("…" not in t for t in texts)
    assert {_flat(" ".join(b.lines)) for b in foot.boxes} == texts
    section = docx.Document(str(exports["forty"]["docx"])).sections[0]
    assert section.bottom_margin is not None
    assert abs(section.bottom_margin.cm - foot.bottom_margin_cm) < 0.01  # the body ends where the PDF's does


def test_many_parties_count() -> None:
    """5, 12 and 40 parties: one box each, rows of at most ten, never a shared box."""
    for count in (5, 12, 40):
        labels = [f"La partie {n}" for n in range(count)]
        foot = page_foot.layout("Convention", initials=labels, initials_long=[f"Paraphe de {x}" for x in labels])
        assert len(foot.boxes) == count
        assert foot.columns <= page_foot.GRID_MAX_COLUMNS
        assert sorted((b.row, b.column) for b in foot.boxes) == sorted({(b.row, b.column) for b in foot.boxes})


def test_a_charter_has_no_initials(exports: dict[str, dict[str, Path]]) -> None:
    for page in _pdf_pages(exports["charter"]["pdf"]):
        assert "Paraphe" not in page


# -- hyphenated names ------------------------------------------------------------------------------

_NAMES = ("Bas-Rhin", "Haut-Rhin", "infanto-juvénile", "Saint-Dizier", "médico-psychologique", "Haute-Marne")


def _split_at_hyphen(text: str) -> list[str]:
    """Names whose first part ends a line ("Bas-" then, on the next line, "Rhin"), in ``pdftotext
    -layout``'s text (without ``-layout`` pdftotext joins such lines and drops the hyphen)."""
    found = []
    for name in _NAMES:
        first, second = name.split("-", 1)
        if re.search(rf"{re.escape(first)}-(?!{re.escape(second.split('-')[0])})", text):
            found.append(name)
    return found


def test_names_never_split_at_their_hyphen(exports: dict[str, dict[str, Path]]) -> None:
    document = service.build_document(_five_parties(), "conv-prevention")
    signature = [b for s in document.sections for b in s.blocks if hasattr(b, "made_at")]
    assert signature
    lines = [line for page in signature for block in page.blocks for line in block.lines()]  # type: ignore[attr-defined]
    assert any("Bas\u2011Rhin" in line for line in lines)
    assert not any(re.search(r"[^\W\d_]-[^\W\d_]", line) for line in lines)
    for heading in document.headings():
        assert not re.search(r"[^\W\d_]-[^\W\d_]", heading), heading
    # The PDF: the hyphen is drawn (U+2010, a glyph the embedded font has) and never ends a line there.
    raw = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-layout", str(exports["five"]["pdf"]), "-"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    assert "Bas\u2010Rhin" in raw
    pages = _pdf_pages(exports["five"]["pdf"])
    signature_pages = [p for p in pages if "Signature et cachet" in p]
    assert signature_pages
    for page in signature_pages:
        assert _split_at_hyphen(page) == [], _split_at_hyphen(page)
    # Word: w:noBreakHyphen in the signature table.
    body = docx.Document(str(exports["five"]["docx"])).element.body
    signature_xml = "".join(
        t.xml for t in body.iter(f"{W}tbl") if "Signature et cachet" in "".join(x.text or "" for x in t.iter(f"{W}t"))
    )
    assert "noBreakHyphen" in signature_xml
    assert not re.search(r">[^<]*(Bas|Haut)-Rhin", signature_xml)


def test_hyphens_break_in_a_narrow_block() -> None:
    """Without no-break hyphens, reportlab breaks "Saint-Dizier" in a narrow signature column."""
    from charte_app.documents.structure import SignatureBlock, SignaturePage

    blocks = [
        SignatureBlock(
            f"Pour {'de la Ville ' * (k // 3)}{'abc' * (k % 3)} Saint-Dizier-sur-Marne infanto-juvénile du Bas-Rhin",
            "Directrice du centre médico-psychologique infanto-juvénile",
            "Mme A. B.",
        )
        for k in range(1, 30)
    ]
    page = SignaturePage([Run("Fait à Saint-Dizier")], blocks)
    document = _document([Section("signature", blocks=[page])])
    from charte_app.documents.build import _keep_headings_whole

    _keep_headings_whole(document.sections)
    text = _pdf_text_of(write_pdf(document), layout=True)
    assert _split_at_hyphen(text) == []
    assert "Saint-Dizier-sur-Marne" in _flat(text)


# -- colons ----------------------------------------------------------------------------------------


def test_no_space_before_a_colon_across_formatting() -> None:
    runs = markup.runs("<b>Engagement n° 1 – Respect des lois</b> : l'association s'engage")
    assert runs[0].text.endswith("lois") and runs[1].text.startswith("\u00a0: ")
    runs = markup.runs("<b>Label </b>: texte ; <i>suite</i> ! fin")
    assert "".join(r.text for r in runs) == "Label\u00a0: texte\u202f; suite\u202f! fin"
    runs = markup.runs("<i>Composition :</i> la Ville")
    assert runs[0].text == "Composition\u00a0:"


def test_no_ordinary_space_before_a_colon_anywhere(exports: dict[str, dict[str, Path]]) -> None:
    dossier = _chalons()
    document = service.build_document(dossier, "conv-subvention")  # a subsidy: the CER annex
    texts = document.texts()
    assert any("Engagement n°" in t for t in texts)
    for text in texts:
        assert not re.search(r" [:;!?](\s|$)", text), text
    for key in ("two", "five", "forty"):
        path = exports[key]["docx"]
        word = docx.Document(str(path))
        every = [p.text for p in word.paragraphs] + [c.text for t in word.tables for row in t.rows for c in row.cells]
        every += [p.text for p in word.sections[0].header.paragraphs] + _footer_texts(path)
        for text in every:
            assert not re.search(r" [:;!?](\s|$)", text), (key, text)
        # In the PDF a no-break space reads as a space: the colon never begins a line.
        for page in _pdf_pages(exports[key]["pdf"], layout=False):
            assert not any(line.strip().startswith((":", ";")) for line in page.splitlines()), key


# -- short tables ----------------------------------------------------------------------------------


def _document(sections: list[Section]) -> Document:
    return Document(
        kind="convention",
        sections=sections,
        furniture=Furniture(footer_title="Essai", draft_mark="Projet – document de travail"),
        metadata=Metadata(title="Essai", author="test", subject="test"),
    )


def _pdf_text_of(data: bytes, layout: bool = False) -> str:
    args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + ["-", "-"]
    out = subprocess.run(args, input=data, capture_output=True, check=True).stdout.decode()
    return out.replace("\u2010", "-")


def _short_table_document(filler: int, rows: int = 2, intro: bool = True) -> Document:
    body: list[Any] = [Paragraph([Run(f"Ligne de remplissage numéro {i}.")]) for i in range(filler)]
    table = Table(
        widths=[3, 2, 2],
        header=Row([Cell([Run("Échéance")]), Cell([Run("Exercice")]), Cell([Run("Montant")], "right")]),
        rows=[
            Row([Cell([Run(f"Versement {n}")]), Cell([Run("2026")]), Cell([Run("1 000,00 €")], "right")])
            for n in range(1, rows + 1)
        ],
    )
    if intro:
        body.append(Paragraph([Run("L'échéancier est le suivant :")], keep_with_next=True))
    body.append(table)
    body.append(Paragraph([Run("Fin du document.")]))
    return _document([Section("article", heading=Paragraph([Run("Article 1 – Versements")], "heading"), blocks=body)])


@pytest.mark.parametrize(("rows", "intro"), [(2, True), (3, True), (2, False), (3, False)])
def test_short_table_never_split_in_pdf(rows: int, intro: bool) -> None:
    """Wherever the table falls on the page, its rows stay on one page, with the line announcing it."""
    split_seen = False
    for filler in range(36, 48):
        pages = _pdf_text_of(write_pdf(_short_table_document(filler, rows, intro))).split("\f")
        holding = [i for i, page in enumerate(pages) if re.search(r"Versement \d|Échéance", page)]
        assert len(set(holding)) == 1, (filler, holding)
        page = pages[holding[0]]
        assert all(f"Versement {n}" in page for n in range(1, rows + 1))
        assert not intro or "L'échéancier est le suivant" in page.replace("’", "'")
        split_seen = split_seen or holding[0] > 0
    assert split_seen  # the range does push the table to the next page


def test_long_table_may_split_but_short_tables_keep_together_in_docx() -> None:
    data = write_docx(_short_table_document(3, rows=3))
    body = docx.Document(io.BytesIO(data)).element.body
    table = next(body.iter(f"{W}tbl"))
    rows = table.findall(f"{W}tr")
    assert all(r.find(f"{W}trPr/{W}cantSplit") is not None for r in rows)
    keeps = [all(p.find(f"{W}pPr/{W}keepNext") is not None for p in r.iter(f"{W}p")) for r in rows]
    assert keeps == [True, True, True, False]  # every row but the last stays with the next
    intro = [p for p in body.iter(f"{W}p") if "échéancier" in "".join(t.text or "" for t in p.iter(f"{W}t"))]
    assert intro and intro[0].find(f"{W}pPr/{W}keepNext") is not None
    long_table = docx.Document(io.BytesIO(write_docx(_short_table_document(3, rows=8)))).element.body
    rows = next(long_table.iter(f"{W}tbl")).findall(f"{W}tr")
    assert not all(p.find(f"{W}pPr/{W}keepNext") is not None for p in rows[3].iter(f"{W}p"))
