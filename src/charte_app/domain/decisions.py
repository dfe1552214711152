"""A partner's decision on a version, and the decisions it replaced.

A decision changed on a shared version (a partner first approved, then refused) is a new dated
entry: the earlier one is never overwritten, it is kept in the decision's ``replaced`` extension
key (docs/format-extensions.md) with when and by whom it was replaced, so the history panel can
show it struck through, the `.charte` file carries it, and an import can tell a later change of a
decision (its ``replaced`` holds the stored one) from a contradiction. Decisions are the partners'
opinions on a shared version: once the version is approved (« Validée ») or signed they are frozen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from .model import Approval

#: The extension key of an approval holding the decisions it replaced, oldest first.
REPLACED = "replaced"
#: Version statuses whose decisions can no longer change.
FROZEN_STATUSES = ("approved", "signed")


@dataclass(frozen=True)
class EarlierDecision:
    """A decision replaced by a later one of the same partner on the same version."""

    decision: str
    date: date | None
    comment: str | None
    replaced_at: str  # ISO timestamp of the change
    replaced_by: str | None  # who recorded the change


def earlier_decisions(approval: Approval) -> list[EarlierDecision]:
    """The decisions ``approval`` replaced, oldest first (entries that are not objects are skipped)."""
    found = []
    for entry in approval.extra.get(REPLACED) or []:
        if not isinstance(entry, dict) or not isinstance(entry.get("decision"), str):
            continue
        day = entry.get("date")
        try:
            parsed = date.fromisoformat(day) if isinstance(day, str) else None
        except ValueError:
            parsed = None
        found.append(
            EarlierDecision(
                entry["decision"],
                parsed,
                entry.get("comment") if isinstance(entry.get("comment"), str) else None,
                str(entry.get("replaced_at") or ""),
                entry.get("replaced_by") if isinstance(entry.get("replaced_by"), str) else None,
            )
        )
    return found


def same_decision(a: Approval, b: Approval) -> bool:
    """Whether two decisions say the same (decision, date and comment)."""
    return (a.decision, a.date, a.comment or None) == (b.decision, b.date, b.comment or None)


def replacing(previous: Approval, new: Approval, *, at: str, by: str | None) -> Approval:
    """``new`` as the partner's decision, ``previous`` (and what it replaced) kept in its history."""
    entry: dict[str, Any] = {"decision": previous.decision, "replaced_at": at}
    if previous.date is not None:
        entry["date"] = previous.date.isoformat()
    if previous.comment:
        entry["comment"] = previous.comment
    if by:
        entry["replaced_by"] = by
    history = [e for e in previous.extra.get(REPLACED) or [] if isinstance(e, dict)]
    extra = {k: v for k, v in new.extra.items() if k != REPLACED}
    extra[REPLACED] = [*history, entry]
    return Approval(partner=new.partner, decision=new.decision, date=new.date, comment=new.comment, extra=extra)


def supersedes(later: Approval, earlier: Approval) -> bool:
    """Whether ``later`` is a change of ``earlier`` (``earlier``'s decision is in ``later``'s history)."""
    return any(
        (e.decision, e.date, e.comment or None) == (earlier.decision, earlier.date, earlier.comment or None)
        for e in earlier_decisions(later)
    )
