"""The annual evaluation report (bilan) of one period: PDF and DOCX from the neutral structure,
XLSX for partners who rework the numbers.

The PDF and the DOCX come from ``templates/bilan.j2`` rendered by the sandbox like every document
(:mod:`.engine`), parsed into the structure (:mod:`.markup`), with one chart per indicator
(:mod:`.charts`) attached to its ``@figure``. The XLSX has one row per indicator × period.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from ..domain import followup, periods
from ..domain.model import Dossier, Indicator
from ..errors import OutputError, UserError
from ..fsutil import atomic_write
from . import build as build_
from . import charts
from .structure import Document, Figure, Furniture, Metadata
from .typography import punctuate

ReportFormat = Literal["pdf", "docx", "xlsx"]
DASH = "—"


class NoSuchPeriod(UserError):
    """A period that is not one of the allowed forms."""


def _check_period(period: str) -> None:
    if periods.parse(period) is None:
        raise NoSuchPeriod(f"Période « {period} » invalide : {periods.FORMS} est attendue.")


def _previous(indicator: Indicator, period: str) -> str:
    key = periods.sort_key(period)
    earlier = [m for m in indicator.measures if periods.sort_key(m.period) < key and m.value is not None]
    earlier.sort(key=lambda m: periods.sort_key(m.period))
    return " ; ".join(f"{periods.label(m.period)} : {followup.french_value(m.value, indicator.unit)}" for m in earlier)


def report_context(dossier: Dossier, period: str) -> dict[str, Any]:
    """What ``bilan.j2`` prints, every value already in French words."""
    charter = dossier.charter
    tol = followup.tolerance(charter)
    review = followup.review_for(charter, period)
    body = next((b for b in charter.governance.bodies if review and b.id == review.body), None)
    objectives = []
    for o_index, obj in enumerate(charter.objectives):
        rows = []
        for i_index, ind in enumerate(obj.indicators):
            measure = followup.measure_for(ind, period)
            findings = []
            if measure is not None and measure.text:
                findings.append({"label": "Constat", "text": measure.text})
            if measure is not None and measure.comment:
                findings.append({"label": "Commentaire", "text": measure.comment})
            baseline = followup.french_value(ind.baseline_value, ind.unit) or (ind.baseline or "")
            if ind.baseline_period and baseline:
                baseline += f" ({periods.label(ind.baseline_period)})"
            rows.append(
                {
                    "key": f"chart-{o_index}-{i_index}",
                    "indicator": ind,
                    "name": ind.name,
                    "baseline": baseline or DASH,
                    "target": followup.french_value(followup.target_for(ind, period), ind.unit) or DASH,
                    "value": followup.french_value(measure.value if measure else None, ind.unit) or DASH,
                    "previous": _previous(ind, period) or DASH,
                    "status": followup.STATUS_LABELS[followup.indicator_status(ind, period, tol)],
                    "findings": findings,
                }
            )
        objectives.append({"title": obj.title, "indicators": rows})
    by_partner: dict[str, list[dict[str, str]]] = {}
    commitments = {c.id: c for c in charter.commitments}
    for item in review.commitments if review else []:
        commitment = commitments.get(item.commitment)
        if commitment is None:
            continue
        by_partner.setdefault(commitment.partner, []).append(
            {
                "text": commitment.text,
                "status": followup.COMMITMENT_STATUS_LABELS[item.status],
                "comment": item.comment or DASH,
            }
        )
    partners = []
    for partner in dossier.partners:
        if partner.id in by_partner:
            partners.append({"name": partner.name, "commitments": by_partner[partner.id]})
    if review is not None and review.date is not None:
        from .typography import date_markup

        review_line = f"Bilan du {date_markup(review.date)}" + (f" – {body.name}" if body else "")
    else:
        review_line = "Bilan non encore tenu"
    return {
        "dossier": dossier,
        "period_label": periods.label(period),
        "review_line": review_line,
        "tolerance": followup.french_value(followup.stored_text(tol), "%"),
        "counts": followup.summary(dossier, period),
        "reviewed": review is not None and bool(review.commitments),
        "objectives": objectives,
        "partners": partners,
        "summary": review.summary if review else None,
        "adjustments": list(review.adjustments) if review else [],
    }


def build_report(dossier: Dossier, period: str, *, data_dir: Path | None = None) -> Document:
    """The report's neutral structure, its charts attached."""
    from ..paths import data_dir as default_data_dir

    _check_period(period)
    context = report_context(dossier, period)
    sections = build_._sections("bilan.j2", context, data_dir or default_data_dir())
    drawings = {row["key"]: row["indicator"] for objective in context["objectives"] for row in objective["indicators"]}
    for section in sections:
        for block in section.blocks:
            if isinstance(block, Figure) and block.key in drawings:
                block.drawing = charts.indicator_chart(drawings[block.key], upto=period)
    title = punctuate(f"Bilan de la coopération – {periods.label(period)}")
    return Document(
        kind="report",
        sections=sections,
        # Not a version of the charter: no « projet » mark, no fingerprint; the running title says what it is.
        furniture=Furniture(
            footer_title=punctuate(f"{dossier.title} – bilan {periods.label(period)}"),
            draft_mark="Bilan de suivi – document de travail",  # else the head would print « Empreinte : … »
        ),
        metadata=Metadata(
            title=title,
            author=dossier.coordinator.organisation or dossier.programme or "charte-app",
            subject=dossier.title,
            keywords="bilan",
            created=datetime.now(UTC).replace(microsecond=0),
        ),
    )


XLSX_HEADERS = [
    "Objectif",
    "Indicateur",
    "Unité",
    "Sens",
    "Période",
    "Situation de départ",
    "Période de départ",
    "Cible",
    "Valeur",
    "Constat",
    "État",
    "Source",
    "Partenaire",
    "Saisi le",
    "Commentaire",
]


def write_xlsx(dossier: Dossier, period: str | None = None) -> bytes:
    """One row per indicator × period (every period of the follow-up, up to ``period``); numbers as numbers."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    charter = dossier.charter
    tol = followup.tolerance(charter)
    all_periods = followup.follow_up_periods(charter)
    if period is not None:
        _check_period(period)
        limit = periods.sort_key(period)
        all_periods = [p for p in all_periods if periods.sort_key(p) <= limit] or [period]
    book = Workbook()
    sheet = book.active
    sheet.title = "Suivi des indicateurs"
    sheet.append(XLSX_HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    names = {p.id: p.name for p in dossier.partners}
    for obj, ind in followup.indicators_with_objective(charter):
        for p in all_periods:
            measure = followup.measure_for(ind, p)
            value: Any = None
            if measure is not None and measure.value is not None:
                number = followup.decimal_value(measure.value)
                value = float(number) if number is not None else measure.value
            target = followup.decimal_value(followup.target_for(ind, p))
            baseline = followup.decimal_value(ind.baseline_value)
            sheet.append(
                [
                    obj.title,
                    ind.name,
                    ind.unit or "",
                    followup.DIRECTION_LABELS.get(ind.direction or "", ""),
                    periods.label(p),
                    float(baseline) if baseline is not None else (ind.baseline_value or None),
                    periods.label(ind.baseline_period) if ind.baseline_period else None,
                    float(target) if target is not None else None,
                    value,
                    measure.text if measure else None,
                    followup.STATUS_LABELS[followup.indicator_status(ind, p, tol)],
                    measure.source if measure else None,
                    names.get(measure.partner or "", measure.partner) if measure else None,
                    measure.entered_on if measure else None,
                    measure.comment if measure else None,
                ]
            )
    for column, width in zip(
        "ABCDEFGHIJKLMNO", (28, 40, 10, 12, 18, 12, 14, 10, 10, 30, 16, 20, 24, 12, 30), strict=True
    ):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in (row[5], row[7], row[8]):
            if isinstance(cell.value, float):
                cell.number_format = "# ##0.##"
        if row[13].value is not None:
            row[13].number_format = "DD/MM/YYYY"
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def export_report(
    dossier: Dossier, period: str, fmt: ReportFormat, output: Path, *, data_dir: Path | None = None
) -> Path:
    """Write the report of ``period`` to ``output`` atomically; returns ``output``."""
    from .service import render_bytes

    _check_period(period)
    if fmt == "xlsx":
        data = write_xlsx(dossier, period)
    elif fmt in ("pdf", "docx"):
        data = render_bytes(build_report(dossier, period, data_dir=data_dir), fmt, data_dir=data_dir)
    else:
        raise OutputError(f"Format « {fmt} » inconnu : choisissez pdf, docx ou xlsx.")
    atomic_write(Path(output), data)
    return Path(output)
