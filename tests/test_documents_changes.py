"""Runs marked inserted / deleted (for the comparison exports) through the same writers."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from pypdf import PdfReader

from charte_app.documents.docx_body import Change
from charte_app.documents.docx_writer import write_docx
from charte_app.documents.pdf_writer import write_pdf
from charte_app.documents.service import to_html
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


def marked() -> Document:
    para = Paragraph([Run("La subvention s'élève à "), Run("15 000 €", deleted=True), Run("18 000 €", inserted=True)])
    table = Table([3, 1], Row([Cell([Run("Partenaire")]), Cell([Run("Montant")], "right")]))
    table.rows.append(Row([Cell([Run("Ville")]), Cell([Run("18 000 €", inserted=True)], "right")]))
    return Document(
        kind="convention",
        sections=[
            Section(
                "article", key="means", heading=Paragraph([Run("Article 5 – Moyens")], "heading"), blocks=[para, table]
            )
        ],
        furniture=Furniture(footer_title="Comparaison", version_line="Version 3 – test", fingerprint="0" * 16),
        metadata=Metadata(title="Comparaison", author="PRE", subject="Comparaison des versions 2 et 3"),
    )


def test_docx_has_real_tracked_changes() -> None:
    data = write_docx(marked(), change=Change(author="Coordination PRE", date="2026-06-30T10:00:00Z"))
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    assert '<w:del w:id="1" w:author="Coordination PRE" w:date="2026-06-30T10:00:00Z">' in xml
    assert '<w:delText xml:space="preserve">15 000 €</w:delText>' in xml
    assert xml.count("<w:ins ") == 2
    # python-docx shows accepted text only when reading runs outside w:ins: the file is still valid.
    assert docx.Document(io.BytesIO(data)).paragraphs


def test_pdf_and_html_mark_the_changes(tmp_path: Path) -> None:
    data = write_pdf(marked())
    text = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert "15 000 €" in text and "18 000 €" in text
    html = to_html(marked())
    assert "<s><span" in html and "<u><span" in html
