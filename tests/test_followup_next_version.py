"""« Préparer la prochaine version » (issue 22, point 4): the change list a period's review proposes."""

from __future__ import annotations

from pathlib import Path

from charte_app.domain import dossier_file, next_version
from charte_app.domain.model import CommitmentReview, Dossier, Measure, Review, Target


def _suivi(examples_dir: Path) -> Dossier:
    doc, _ = dossier_file.parse((examples_dir / "reims-suivi.charte").read_bytes())
    return doc.dossier


def test_next_period_of_every_kind() -> None:
    assert [next_version.next_period(p) for p in ("2026", "2026-2027", "2026-S2", "2026-T4", "2026-12", "x")] == [
        "2027",
        "2027-2028",
        "2027-S1",
        "2027-T1",
        "2027-01",
        None,
    ]
    assert next_version.next_period("2026-T2") == "2026-T3" and next_version.next_period("2026-S1") == "2026-S2"


def test_behind_indicators_late_commitments_and_adjustments_become_changes(examples_dir: Path) -> None:
    dossier = _suivi(examples_dir)
    charter = dossier.charter
    ind = charter.indicators()[0]
    ind.direction, ind.unit = "increase", "%"
    ind.targets = [Target(period="2031", value="80")]
    ind.measures = [Measure(period="2031", value="60")]
    first, second = charter.commitments[0], charter.commitments[1]
    charter.reviews = [
        Review(
            id="bilan-2031",
            period="2031",
            commitments=[
                CommitmentReview(commitment=first.id, status="late", comment="pas de local"),
                CommitmentReview(commitment=second.id, status="done"),
            ],
            adjustments=["Réunir le comité deux fois par an.", "  "],
        )
    ]
    changes = next_version.propose(dossier, "2031")
    kinds = [c.kind for c in changes]
    assert kinds.count("target") >= 1 and kinds.count("commitment") == 1 and kinds.count("adjustment") == 1
    target = next(c for c in changes if c.indicator_id == ind.id)
    assert (target.period, target.value) == ("2032", "80") and "80\u00a0%" in target.label
    late = next(c for c in changes if c.kind == "commitment")
    assert first.text in late.label and "en retard, pas de local" in late.label
    assert not any(second.text in c.label for c in changes if c.kind == "commitment")

    before = charter.evaluation
    plan = next_version.plan(dossier, "2031", [target, late, changes[-1]])
    assert [(i.id, t.period, t.value) for i, t in plan.targets] == [(ind.id, "2032", "80")]
    assert plan.evaluation is not None and plan.evaluation.startswith((before or "").rstrip())
    assert "Ajustements issus du bilan 2031 :" in plan.evaluation
    assert "– Réunir le comité deux fois par an." in plan.evaluation and "pas de local" in plan.evaluation
    # nothing chosen: nothing changes
    assert next_version.plan(dossier, "2031", []) == next_version.Plan([], None)


def test_a_target_already_set_for_the_next_period_is_not_proposed_again(examples_dir: Path) -> None:
    dossier = _suivi(examples_dir)
    ind = dossier.charter.indicators()[0]
    ind.direction = "decrease"
    ind.targets = [Target(period="2031", value="30"), Target(period="2032", value="25")]
    ind.measures = [Measure(period="2031", value="45")]
    assert not [c for c in next_version.propose(dossier, "2031") if c.indicator_id == ind.id]
    ind.targets = ind.targets[:1]
    assert [c.value for c in next_version.propose(dossier, "2031") if c.indicator_id == ind.id] == ["30"]
    ind.measures = [Measure(period="2031", value="29")]  # lower is better: on track, nothing proposed
    assert not [c for c in next_version.propose(dossier, "2031") if c.indicator_id == ind.id]
