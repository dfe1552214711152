"""Versions: freezing the working draft into an immutable, fingerprinted version, reading versions
(each checked against its fingerprint), moving their status forward, relabelling, restoring one as the
working draft, deleting one, and finding a version by its fingerprint (``verify``).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

from ..domain import jsontext
from ..domain.canonical import PREFIX
from ..domain.codec import decode
from ..domain.completeness import FINAL_STATUSES, refuse_incomplete
from ..domain.model import Dossier, Version
from ..domain.problems import Problem
from ..domain.text import length_problem, text_problem
from ..domain.validation import errors, refuse_unfinished
from ..errors import UserError
from ..storage.concurrency import retried
from ..storage.convert import stored_version, version_json
from ..storage.store import STATUS_ORDER
from .drafts import DraftService, _put_draft, now_iso
from .lazy import check_snapshot, decode_dossier, lazy_version

_HEX = re.compile(r"^[0-9a-f]*$")


@dataclass(frozen=True)
class VersionRef:
    dossier_id: str
    title: str
    number: int
    label: str
    status: str
    fingerprint: str


def _clean_label(text: str | None, what: str) -> None:
    """A version's label or author, or an approval's note: the same characters as a dossier's text."""
    if text is None:
        return
    reason = text_problem(text) or length_problem(text, "label")
    if reason is not None:
        raise UserError(f"{what} : {reason}")


def _decode_version(data: dict[str, Any]) -> Version:
    problems: list[Problem] = []
    version = decode(Version, data, "version", problems)
    if errors(problems):
        raise RuntimeError(f"stored version does not decode: {problems[:3]}")
    return version


class VersionService(DraftService):
    """Drafts and versions (see :class:`~charte_app.services.dossiers.DossierService`)."""

    @retried
    def freeze_version(self, dossier_id: str, label: str, status: str = "draft", author: str | None = None) -> Version:
        """Snapshot the current draft as a new, immutable version numbered after the last one."""
        if status not in STATUS_ORDER:
            raise UserError(f"Statut « {status} » inconnu : {', '.join(STATUS_ORDER)}.")
        if not label.strip():
            raise UserError("Le libellé d'une version ne peut pas être vide.")
        _clean_label(label, "Libellé de la version")
        _clean_label(author, "Auteur de la version")
        with self._store.transaction() as repo:
            repo.lock_dossier(dossier_id)  # the number is allocated after the previous writer committed
            draft = repo.dossier(dossier_id, with_draft=True).draft
            content = decode_dossier(draft)
            refuse_unfinished(content, "la version")
            refuse_incomplete(content, status)
            # The draft is stored as canonical JSON: it *is* the snapshot, and its hash the fingerprint.
            fingerprint = PREFIX + hashlib.sha256(draft.encode("utf-8")).hexdigest()
            number = repo.max_number(dossier_id) + 1
            version_data: dict[str, Any] = {
                "number": number,
                "label": label,
                "created_at": now_iso(),
                "status": status,
                "fingerprint": fingerprint,
                "snapshot": jsontext.loads(draft),
            }
            if author is not None:
                version_data["author"] = author
            version = _decode_version(version_data)
            stored = stored_version(version, draft)
            repo.add_version(dossier_id, stored)
        return version

    def list_versions(self, dossier_id: str) -> list[Version]:
        """Every version, oldest first. Snapshots are decoded only when read (see :mod:`.lazy`)."""
        with self._store.transaction(readonly=True) as repo:
            repo.dossier(dossier_id)
            rows = repo.versions(dossier_id)
            approvals = repo.approvals([r.id for r in rows])
            return [lazy_version(version_json(r, approvals[r.id], None), r.snapshot) for r in rows]

    def get_version(self, dossier_id: str, number: int) -> Version:
        read = self._store.version_rows(dossier_id, number)  # the standard driver, before any write
        if read is not None:
            row, approvals = read
            check_snapshot(row.number, row.label, row.fingerprint, row.snapshot)
            return _decode_version(version_json(row, approvals, row.snapshot))
        with self._store.transaction(readonly=True) as repo:
            row = repo.version(dossier_id, number, with_snapshot=True)
            check_snapshot(row.number, row.label, row.fingerprint, row.snapshot)
            data = version_json(row, repo.approvals([row.id])[row.id], row.snapshot)
        return _decode_version(data)

    @retried
    def set_version_status(self, dossier_id: str, number: int, status: str) -> None:
        """Move a version's status forward; approved and signed need documents without a blank (:class:`NotReady`)."""
        with self._store.transaction() as repo:
            repo.lock_dossier(dossier_id)
            row = repo.version(dossier_id, number, with_snapshot=status in FINAL_STATUSES)
            if status in FINAL_STATUSES and row.status != "signed":
                check_snapshot(row.number, row.label, row.fingerprint, row.snapshot)
                refuse_incomplete(decode_dossier(row.snapshot), status)
            repo.set_status(row, status)

    @retried
    def relabel_version(self, dossier_id: str, number: int, label: str) -> None:
        _clean_label(label, "Libellé de la version")
        with self._store.transaction() as repo:
            repo.lock_dossier(dossier_id)
            repo.relabel(repo.version(dossier_id, number), label)

    @retried
    def restore_version(self, dossier_id: str, number: int) -> Dossier:
        """Make a version's content the working draft again; the history is left as it is."""
        with self._store.transaction() as repo:
            repo.lock_dossier(dossier_id)
            row = repo.version(dossier_id, number, with_snapshot=True)
            check_snapshot(row.number, row.label, row.fingerprint, row.snapshot)
            dossier = decode_dossier(row.snapshot)
            _put_draft(repo, dossier_id, dossier, now_iso())
        return dossier

    @retried
    def delete_version(self, dossier_id: str, number: int) -> None:
        with self._store.transaction() as repo:
            repo.lock_dossier(dossier_id)
            repo.delete_version(repo.version(dossier_id, number))

    def find_by_fingerprint(self, prefix: str) -> list[VersionRef]:
        """Versions whose fingerprint starts with ``prefix`` (with or without ``sha256:``).

        Each match is checked against its stored content: an altered version is refused
        (:class:`AlteredVersion`), so ``verify`` never vouches for a text that is not the genuine one.
        """
        hex_part = prefix.strip().lower().removeprefix(PREFIX)
        if not hex_part or not _HEX.match(hex_part):
            return []
        with self._store.transaction(readonly=True) as repo:
            found = repo.find_by_fingerprint(PREFIX + hex_part)
            for row, _title in found:
                check_snapshot(row.number, row.label, row.fingerprint, row.snapshot)  # loads the snapshot
            return [
                VersionRef(row.dossier_id, title, row.number, row.label, row.status, row.fingerprint)
                for row, title in found
            ]
