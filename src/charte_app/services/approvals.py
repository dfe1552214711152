"""Partners' decisions on a version: one per partner, a changed one a new dated entry with its
history (``domain.decisions``), none changing on a signed version nor, once recorded, on an approved one.
"""

from __future__ import annotations

import json
from typing import Any

from ..domain.codec import decode
from ..domain.decisions import FROZEN_STATUSES, replacing, same_decision
from ..domain.model import Approval
from ..domain.text import text_problem
from ..errors import Immutable, UserError
from ..storage.concurrency import retried
from ..storage.convert import approval_json, stored_approval
from .drafts import now_iso
from .lazy import check_snapshot
from .versions import VersionService


def _as_approval(row: Any) -> Approval:
    """A stored decision (a row, or one read from a file) as the model's :class:`Approval`."""
    return decode(Approval, approval_json(row), "", [])


class ApprovalService(VersionService):
    """Drafts, versions and decisions (see :class:`~charte_app.services.dossiers.DossierService`)."""

    @retried
    def record_approval(self, dossier_id: str, number: int, approval: Approval, *, author: str | None = None) -> None:
        """Record a partner's decision on a version.

        A partner has one decision per version; a changed one is a new dated entry, the earlier one
        kept in its history (``domain.decisions``: when, and by ``author``), never overwritten. Decisions
        are the partners' opinions on a shared version: on an approved one a recorded decision no longer
        changes (a missing one may still be recorded), on a signed one nothing does."""
        reason = text_problem(approval.comment or "")
        if reason is not None:
            raise UserError(f"Commentaire de la validation : {reason}")
        with self._store.transaction() as repo:
            repo.lock_dossier(dossier_id)  # two decisions at once: each sees the other's (one per partner)
            row = repo.version(dossier_id, number, with_snapshot=True)
            check_snapshot(row.number, row.label, row.fingerprint, row.snapshot)
            partners = {p["id"] for p in json.loads(row.snapshot).get("partners", [])}
            if approval.partner not in partners:
                raise UserError(
                    f"« {approval.partner} » n'est pas un partenaire de la version n° {number} : "
                    "la validation n'est pas enregistrée."
                )
            existing = next((a for a in repo.approvals([row.id])[row.id] if a.partner == approval.partner), None)
            if existing is not None:
                previous = _as_approval(existing)
                if same_decision(previous, approval):
                    return  # nothing changes: no entry in the history
                if row.status in FROZEN_STATUSES:
                    # A decision missing on an approved version may still be recorded; a recorded one stands.
                    word = "signée" if row.status == "signed" else "validée"
                    raise Immutable(
                        f"La version n° {number} est {word} : la décision de ce partenaire ne peut plus changer."
                    )
                approval = replacing(previous, approval, at=now_iso(), by=author)
            repo.set_approval(row, stored_approval(approval))
