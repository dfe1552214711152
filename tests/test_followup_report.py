"""The annual evaluation report (issue 22): PDF, DOCX and XLSX read back, the CLI, the charts."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from charte_app.cli import main
from charte_app.documents import charts, report
from charte_app.documents.structure import Figure
from charte_app.domain import dossier_file
from charte_app.domain.model import Dossier, Measure


def _suivi(examples_dir: Path) -> Dossier:
    doc, _ = dossier_file.parse((examples_dir / "reims-suivi.charte").read_bytes())
    return doc.dossier


def _pdf_text(path: Path) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(text.replace("\u202f", " ").replace("\xa0", " ").split())


def test_pdf_report_prints_summary_tables_reviews_and_a_vector_chart(examples_dir: Path, tmp_path: Path) -> None:
    dossier = _suivi(examples_dir)
    out = report.export_report(dossier, "2024-2025", "pdf", tmp_path / "bilan.pdf", data_dir=tmp_path)
    text = _pdf_text(out)
    assert "Bilan de la coopération – 2024-2025" in text
    assert "Bilan du 26 juin 2025 – Comité de pilotage" in text
    assert "tolérance de 5 %" in text
    assert "33 jours" in text and "71,5 %" in text and "en retard" in text and "conforme" in text
    assert "Désigner un référent par école" in text and "Calendrier des réunions" in text
    assert "Associer le collectif POP" in text
    assert "Valeur mesurée" in text  # the chart's legend: vector text, not a picture
    structure = report.build_report(dossier, "2024-2025", data_dir=tmp_path)
    figures = [b for s in structure.sections for b in s.blocks if isinstance(b, Figure)]
    assert len(figures) == 2 and all(f.drawing is not None for f in figures)


def test_later_period_lists_previous_values_and_qualitative_findings(examples_dir: Path, tmp_path: Path) -> None:
    dossier = _suivi(examples_dir)
    text = _pdf_text(report.export_report(dossier, "2025-2026", "pdf", tmp_path / "b.pdf", data_dir=tmp_path))
    assert "2024-2025 : 33 jours" in text
    assert "Les parents du collectif présentent le contrat" in text
    assert "constat qualitatif" in text
    assert "Aucun bilan des engagements" in text


def test_docx_report_has_the_tables_and_the_charts_as_pictures(examples_dir: Path, tmp_path: Path) -> None:
    from docx import Document as OpenDocx

    out = report.export_report(_suivi(examples_dir), "2024-2025", "docx", tmp_path / "b.docx", data_dir=tmp_path)
    doc = OpenDocx(str(out))
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    assert any("33" in c and "jours" in c for c in cells)
    assert "en retard" in cells
    pictures = [r for r in doc.part.rels.values() if r.reltype.endswith("/image")]
    assert len(pictures) == 2
    texts = [p.text for p in doc.paragraphs]
    assert texts.index("Engagements des partenaires") > texts.index("Synthèse")


def test_xlsx_has_one_row_per_indicator_and_period_with_numbers(examples_dir: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    dossier = _suivi(examples_dir)
    dossier.charter.objectives[0].indicators[0].measures.append(Measure(period="2026-2027", value="environ 20"))
    out = report.export_report(dossier, "2026-2027", "xlsx", tmp_path / "b.xlsx")
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:5] == ("Objectif", "Indicateur", "Unité", "Sens", "Période")
    assert len(rows) == 1 + 2 * 3  # two indicators × three periods
    delay = [r for r in rows[1:] if r[1].startswith("Délai")]
    assert [(r[4], r[7], r[8], r[10]) for r in delay] == [
        ("2024-2025", 30, 33, "en retard"),
        ("2025-2026", 15, 22, "en retard"),
        ("2026-2027", 15, "environ 20", "non mesuré"),  # not a number: kept as typed
    ]
    assert isinstance(delay[0][8], (int, float)) and delay[0][3] == "à la baisse"


def test_cli_report_from_a_file(examples_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "bilan.xlsx"
    code = main(
        [
            "--data-dir",
            str(tmp_path / "data"),
            "report",
            str(examples_dir / "reims-suivi.charte"),
            "--period",
            "2024-2025",
            "--format",
            "xlsx",
            "--output",
            str(out),
        ]
    )
    assert code == 0 and out.stat().st_size > 0


def test_a_bad_period_is_refused_in_french(examples_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(report.NoSuchPeriod, match="Période « 2025-13 » invalide"):
        report.export_report(_suivi(examples_dir), "2025-13", "pdf", tmp_path / "b.pdf")
    assert not (tmp_path / "b.pdf").exists()


def test_one_drawing_gives_svg_and_png(examples_dir: Path) -> None:
    ind = _suivi(examples_dir).charter.objectives[0].indicators[0]
    drawing = charts.indicator_chart(ind)
    svg = charts.drawing_svg(drawing)
    assert svg.startswith("<svg") and "22 jours" in svg.replace("\xa0", " ")
    png = charts.drawing_png(drawing)
    assert png.startswith(b"\x89PNG")
    from PIL import Image

    assert Image.open(io.BytesIO(png)).size == (int(charts.WIDTH * 3), int(charts.HEIGHT * 3))


def test_axis_of_positive_values_never_goes_below_zero() -> None:
    from decimal import Decimal

    low, high, tick = charts._scale(Decimal(2), Decimal(45))
    assert (low, high, tick) == (0, 60, 20)
    assert charts._scale(Decimal(15), Decimal(45))[0] == 10  # an axis need not start at zero
