"""The follow-up keys (issue 22): read and written exactly, checked with paths, periods, statuses."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from charte_app.domain import dossier_file, fingerprint, followup, periods
from charte_app.domain.codec import encode
from charte_app.domain.model import Indicator, Measure, Target
from charte_app.domain.problems import DossierRefused
from charte_app.domain.validation import validate_dossier


def _suivi(examples_dir: Path) -> dict[str, Any]:
    return json.loads((examples_dir / "reims-suivi.charte").read_bytes())


def test_example_reads_the_follow_up_keys_and_writes_them_back(examples_dir: Path) -> None:
    raw = _suivi(examples_dir)
    doc, problems = dossier_file.parse(json.dumps(raw))
    assert problems == []
    ind = doc.dossier.charter.objectives[0].indicators[0]
    assert (ind.unit, ind.direction, ind.baseline_value, ind.baseline_period) == (
        "jours",
        "decrease",
        "45",
        "2023-2024",
    )
    assert [(t.period, t.value) for t in ind.targets] == [("2024-2025", "30"), ("2025-2026", "15")]
    assert ind.measures[1].comment == "Une permanence au collège depuis janvier."
    review = doc.dossier.charter.reviews[0]
    assert (review.id, review.body, review.commitments[1].status) == ("bilan-2025", "copil", "in_progress")
    assert "follow_up_tolerance" not in json.dumps(dossier_file.to_json(doc))
    assert dossier_file.to_json(doc) == raw


def test_files_without_the_keys_keep_their_fingerprint(examples_dir: Path) -> None:
    raw = json.loads((examples_dir / "reims-croix-rouge.charte").read_bytes())
    doc, _ = dossier_file.parse(json.dumps(raw))
    ind = encode(doc.dossier.charter.objectives[0].indicators[0])
    assert not {"unit", "targets", "measures", "direction"} & set(ind)
    assert "reviews" not in encode(doc.dossier.charter)
    assert [fingerprint(v.snapshot) for v in doc.versions] == [v["fingerprint"] for v in raw["versions"]]


def _problems(raw: dict[str, Any]) -> list[tuple[str, str]]:
    """The problems of a file: its errors when it is refused, else its warnings."""
    try:
        _, problems = dossier_file.parse(json.dumps(raw))
    except DossierRefused as refused:
        problems = refused.problems
    return [(p.path, p.severity) for p in problems]


def test_unknown_partner_commitment_and_body_are_refused_with_their_path(examples_dir: Path) -> None:
    raw = _suivi(examples_dir)
    charter = raw["dossier"]["charter"]
    charter["objectives"][0]["indicators"][0]["measures"][0]["partner"] = "inconnu"
    charter["reviews"][0]["commitments"][1]["commitment"] = "c99"
    charter["reviews"][0]["body"] = "nulle-part"
    found = _problems(raw)
    base = "dossier.charter"
    assert (f"{base}.objectives[0].indicators[0].measures[0].partner", "error") in found
    assert (f"{base}.reviews[0].commitments[1].commitment", "error") in found
    assert (f"{base}.reviews[0].body", "error") in found


def test_bad_period_is_an_error_and_a_shorter_period_than_the_frequency_a_warning(examples_dir: Path) -> None:
    raw = _suivi(examples_dir)
    ind = raw["dossier"]["charter"]["objectives"][1]["indicators"][0]  # annuelle
    path = "dossier.charter.objectives[1].indicators[0]"
    ind["measures"][1]["period"] = "2026-03"
    assert _problems(raw) == [(f"{path}.measures[1].period", "warning")]
    ind["measures"][1]["period"] = "2025-T1"  # still shorter than a year
    assert _problems(raw) == [(f"{path}.measures[1].period", "warning")]
    ind["frequency"] = "trimestrielle"  # a quarterly indicator consolidated over the year: fine
    ind["measures"][1]["period"] = "2025-2026"
    assert _problems(raw) == []
    ind["measures"][0]["period"] = "2024-2026"
    ind["targets"][0]["period"] = "2026-T5"
    found = _problems(raw)
    assert (f"{path}.measures[0].period", "error") in found
    assert (f"{path}.targets[0].period", "error") in found


def test_a_value_that_is_not_a_number_is_kept_and_reported(examples_dir: Path) -> None:
    raw = _suivi(examples_dir)
    raw["dossier"]["charter"]["objectives"][0]["indicators"][0]["measures"][0]["value"] = "environ 30"
    doc, problems = dossier_file.parse(json.dumps(raw))
    assert [(p.path, p.severity) for p in problems] == [
        ("dossier.charter.objectives[0].indicators[0].measures[0].value", "warning")
    ]
    assert dossier_file.to_json(doc) == raw
    ind = doc.dossier.charter.objectives[0].indicators[0]
    assert followup.indicator_status(ind, "2024-2025") == "not_measured"


def test_validate_dossier_reports_a_bad_tolerance(examples_dir: Path) -> None:
    doc, _ = dossier_file.parse(json.dumps(_suivi(examples_dir)))
    doc.dossier.charter.follow_up_tolerance = "120"
    assert ("dossier.charter.follow_up_tolerance", "error") in [
        (p.path, p.severity) for p in validate_dossier(doc.dossier)
    ]


@pytest.mark.parametrize(
    ("text", "kind", "label"),
    [
        ("2026", "year", "2026"),
        ("2026-2027", "school_year", "2026-2027"),
        ("2026-S1", "semester", "1er semestre 2026"),
        ("2026-S2", "semester", "2e semestre 2026"),
        ("2026-T1", "quarter", "1er trimestre 2026"),
        ("2026-T3", "quarter", "3e trimestre 2026"),
        ("2026-03", "month", "mars 2026"),
    ],
)
def test_periods_parse_and_label(text: str, kind: str, label: str) -> None:
    period = periods.parse(text)
    assert period is not None and period.kind == kind
    assert periods.label(text) == label


@pytest.mark.parametrize("text", ["2026-2028", "2026-S3", "2026-T0", "2026-13", "26", "2026-3", "", "abc"])
def test_periods_refuse_other_forms(text: str) -> None:
    assert periods.parse(text) is None


def test_periods_order_in_time() -> None:
    assert periods.ordered(["2027", "2026-T2", "2026-2027", "2026", "2026-S1", "2026-03", "x"]) == [
        "2026",
        "2026-S1",
        "2026-03",
        "2026-T2",
        "2026-2027",
        "2027",
        "x",
    ]


@pytest.mark.parametrize(
    ("text", "number", "unit"),
    [
        ("45 jours", Decimal(45), "jours"),
        ("60 %", Decimal(60), "%"),
        ("80,4 %", Decimal("80.4"), "%"),
        ("1 200 enfants", Decimal(1200), "enfants"),
        ("-3,5", Decimal("-3.5"), ""),
    ],
)
def test_read_quantity(text: str, number: Decimal, unit: str) -> None:
    assert followup.read_quantity(text) == (number, unit)


def test_read_quantity_of_words_is_none_and_typed_text_is_kept() -> None:
    assert followup.read_quantity("environ trente") is None
    assert followup.parse_typed("environ trente") == "environ trente"
    assert followup.parse_typed("80,40 %") == "80.40"
    assert followup.parse_typed("  ") is None


def test_french_values() -> None:
    assert followup.french_value("80.4", "%") == "80,4\u00a0%"
    assert followup.french_value("38", "jours") == "38\u00a0jours"
    assert followup.french_value("12000.5") == "12\u202f000,5"


def _indicator(direction: str, target: str, value: str | None) -> Indicator:
    ind = Indicator(id="i", name="I", direction=direction, targets=[Target(period="2026", value=target)])  # type: ignore[arg-type]
    if value is not None:
        ind.measures.append(Measure(period="2026", value=value))
    return ind


@pytest.mark.parametrize(
    ("direction", "target", "value", "status"),
    [
        ("increase", "90", "86", "on_track"),  # within 5 % of 90 (85.5)
        ("increase", "90", "85", "behind"),
        ("decrease", "30", "31.5", "on_track"),
        ("decrease", "30", "32", "behind"),
        ("decrease", "30", "10", "on_track"),
        ("maintain", "50", "52", "on_track"),
        ("maintain", "50", "47", "behind"),
        ("increase", "90", None, "not_measured"),
    ],
)
def test_status_against_target(direction: str, target: str, value: str | None, status: str) -> None:
    assert followup.indicator_status(_indicator(direction, target, value), "2026", Decimal(5)) == status


def test_tolerance_setting_and_earlier_target() -> None:
    ind = _indicator("increase", "90", "80")
    assert followup.indicator_status(ind, "2026", Decimal(15)) == "on_track"
    ind.measures.append(Measure(period="2027", value="91"))
    assert followup.target_for(ind, "2027") == "90"
    assert followup.indicator_status(ind, "2027") == "on_track"
    ind.measures.append(Measure(period="2028", text="Un constat"))
    assert followup.indicator_status(ind, "2028") == "qualitative"


def test_summary_of_the_example(examples_dir: Path) -> None:
    doc, _ = dossier_file.parse(json.dumps(_suivi(examples_dir)))
    s = followup.summary(doc.dossier, "2024-2025")
    assert (s.on_track, s.behind, s.not_measured, s.done, s.late, s.reviewed) == (1, 1, 0, 1, 0, 2)
