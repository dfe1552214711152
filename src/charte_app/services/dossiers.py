"""Every use case on dossiers: the only door the UI and the CLI use to reach the store.

Each public method is one user action and one transaction. A write first takes its
dossier's lock, and a clash with another writer (team mode on PostgreSQL) runs the
action again from the start (``@retried``, see :mod:`charte_app.storage.concurrency`).
Domain objects go in and out; rows and SQL never leave :mod:`charte_app.storage`. Whatever enters
the database has been fully validated first, so an import is all or nothing
and a stored draft or version is always a valid dossier.

Re-importing a dossier already stored never loses anything silently: a file whose
working draft differs from the local one is refused unless the caller chose to
replace the local draft (kept aside, restorable: :meth:`DossierService.list_replaced_drafts`)
or to import the file as a copy. Partner decisions are history: an import adds the
missing ones and refuses a file that contradicts a recorded one.

Every read of a version's content checks the stored snapshot against its fingerprint
(:func:`.lazy.check_snapshot`): an altered version is refused, never printed as genuine.
"""

from __future__ import annotations

from ..errors import DraftConflict
from .approvals import ApprovalService
from .drafts import (
    DossierSummary,
    DraftService,
    DraftState,
    Progress,
    ReplacedDraft,
    SavedDraft,
    _new_id,
    now_iso,
    who_saves,
)
from .imports import COPY_MARK, DRAFT_CHOICES, DraftChoice, HistoryConflict, ImportResult, ImportService
from .versions import VersionRef, VersionService


class DossierService(ImportService):
    """Dossiers, drafts and versions of one installation: every use case, in layers by subject
    (:class:`DraftService` ← :class:`VersionService` ← :class:`ApprovalService` ← :class:`ImportService`)."""


__all__ = [
    "COPY_MARK",
    "DRAFT_CHOICES",
    "ApprovalService",
    "DossierService",
    "DossierSummary",
    "DraftChoice",
    "DraftConflict",
    "DraftService",
    "DraftState",
    "HistoryConflict",
    "ImportResult",
    "ImportService",
    "Progress",
    "ReplacedDraft",
    "SavedDraft",
    "VersionRef",
    "VersionService",
    "_new_id",
    "now_iso",
    "who_saves",
]
