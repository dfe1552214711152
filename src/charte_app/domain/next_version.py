"""« Préparer la prochaine version »: what a period's review proposes to change in the draft.

Owns the change list a coordinator ticks before it is applied to the working draft (never to a
stored version): a target for the next period of every indicator behind its target (the target
is kept, so the next version states it again for a period still to come), the commitments the
review found late, not started or dropped, and the review's adjustments. The format has no « à
revoir » mark on a commitment: those commitments and the adjustments are written, one line each,
into the charter's evaluation clause, where the next version prints them and the comparison of
versions shows them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from . import followup, periods
from .model import Charter, Dossier, Indicator, Target

ChangeKind = Literal["target", "commitment", "adjustment"]

#: The statuses of a commitment that call for revising it.
TO_REVISE = ("late", "not_started", "dropped")


@dataclass(frozen=True)
class ProposedChange:
    """One line of the change list: what it says, and what applying it does."""

    kind: ChangeKind
    label: str  # what the coordinator reads beside the checkbox (French)
    indicator_id: str | None = None
    period: str | None = None  # the next period, for a target
    value: str | None = None  # the target's decimal string
    line: str | None = None  # the line written into the evaluation clause


def next_period(text: str) -> str | None:
    """The period of the same kind that follows ``text`` (« 2026-T4 » → « 2027-T1 »); None if not a period."""
    period = periods.parse(text)
    if period is None:
        return None
    year = period.start.year
    if period.kind == "year":
        return str(year + 1)
    if period.kind == "school_year":
        return f"{year + 1}-{year + 2}"
    if period.kind == "semester":
        return f"{year}-S2" if period.start.month == 1 else f"{year + 1}-S1"
    if period.kind == "quarter":
        quarter = (period.start.month - 1) // 3 + 1
        return f"{year}-T{quarter + 1}" if quarter < 4 else f"{year + 1}-T1"
    month = period.start.month
    return f"{year}-{month + 1:02d}" if month < 12 else f"{year + 1}-01"


def heading(period: str) -> str:
    return f"Ajustements issus du bilan {periods.label(period)} :"


def propose(dossier: Dossier, period: str) -> list[ProposedChange]:
    """The changes the review of ``period`` proposes, in the order the dialog lists them."""
    charter = dossier.charter
    tol = followup.tolerance(charter)
    following = next_period(period)
    changes: list[ProposedChange] = []
    for ind in charter.indicators():
        if followup.indicator_status(ind, period, tol) != "behind" or following is None:
            continue
        target = followup.target_for(ind, period)
        if target is None or any(t.period == following for t in ind.targets):
            continue  # a target already stated for the next period is the coordinator's choice
        shown = followup.french_value(target, ind.unit)
        changes.append(
            ProposedChange(
                "target",
                f"« {ind.name} » est en retard : reconduire la cible {shown} pour {periods.label(following)}",
                indicator_id=ind.id,
                period=following,
                value=target,
            )
        )
    review = followup.review_for(charter, period)
    if review is not None:
        commitments = {c.id: c for c in charter.commitments}
        for item in review.commitments:
            commitment = commitments.get(item.commitment)
            if commitment is None or item.status not in TO_REVISE:
                continue
            partner = dossier.partner(commitment.partner)
            who = partner.name if partner else commitment.partner
            status = followup.COMMITMENT_STATUS_LABELS[item.status]
            why = f"{status}" + (f", {item.comment}" if item.comment else "")
            line = f"Engagement à revoir – {who} : {commitment.text} ({why})."
            changes.append(ProposedChange("commitment", line, line=line))
        for text in review.adjustments:
            if text.strip():
                changes.append(ProposedChange("adjustment", text.strip(), line=text.strip()))
    return changes


def _indicator(charter: Charter, indicator_id: str | None) -> Indicator | None:
    return next((i for i in charter.indicators() if i.id == indicator_id), None)


@dataclass(frozen=True)
class Plan:
    """What applying a chosen change list does: targets to add, and the evaluation clause's new text."""

    targets: list[tuple[Indicator, Target]]
    evaluation: str | None  # None: the clause is unchanged


def plan(dossier: Dossier, period: str, chosen: list[ProposedChange]) -> Plan:
    """The edits ``chosen`` makes (the UI applies them as one undoable step)."""
    charter = dossier.charter
    targets: list[tuple[Indicator, Target]] = []
    for change in chosen:
        ind = _indicator(charter, change.indicator_id)
        if change.kind == "target" and ind is not None and change.period and change.value is not None:
            targets.append((ind, Target(period=change.period, value=change.value)))
    lines = [f"– {c.line}" for c in chosen if c.kind != "target" and c.line]
    evaluation = None
    if lines:
        block = "\n".join([heading(period), *lines])
        current = (charter.evaluation or "").rstrip()
        evaluation = f"{current}\n\n{block}" if current else block
    return Plan(targets, evaluation)
