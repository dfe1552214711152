"""Between domain records and stored columns, losslessly.

A version is split into columns (number, label, author, status…), its
snapshot as canonical JSON text, and an ``extra`` JSON object holding what the
columns cannot say: keys this application does not model, and optional keys
the source file wrote as an explicit ``null`` or an explicit empty list. The
inverse functions rebuild exactly the JSON the file had, so fingerprints and
exported files are unchanged by a trip through the database.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from ..domain import jsontext
from ..domain.canonical import canonical_json
from ..domain.codec import encode
from ..domain.model import Approval, Dossier, DossierFile, Version

VERSION_COLUMNS = ("number", "label", "created_at", "author", "status", "fingerprint")
APPROVAL_COLUMNS = ("partner", "decision", "date", "comment")
FILE_COLUMNS = ("format", "format_version", "dossier")


@dataclass
class StoredApproval:
    partner: str
    decision: str
    date: str | None = None
    comment: str | None = None
    extra: str = "{}"


@dataclass
class StoredVersion:
    number: int
    label: str
    created_at: str
    status: str
    fingerprint: str
    snapshot: str  # canonical JSON: its sha256 is the fingerprint
    author: str | None = None
    extra: str = "{}"
    approvals: list[StoredApproval] = field(default_factory=list)


def _split(encoded: dict[str, Any], columns: tuple[str, ...], skip: tuple[str, ...] = ()) -> dict[str, Any]:
    """What the columns cannot hold: unknown keys, and known optional keys spelled out as null."""
    return {k: v for k, v in encoded.items() if k not in skip and (k not in columns or v is None)}


def stored_approval(approval: Approval) -> StoredApproval:
    encoded = encode(approval)
    return StoredApproval(
        partner=approval.partner,
        decision=approval.decision,
        date=encoded.get("date"),
        comment=approval.comment,
        extra=jsontext.dumps(_split(encoded, APPROVAL_COLUMNS), ensure_ascii=False),
    )


def approval_json(row: StoredApproval | Any) -> dict[str, Any]:
    out: dict[str, Any] = jsontext.loads(row.extra)
    out["partner"] = row.partner
    out["decision"] = row.decision
    for key in ("date", "comment"):
        value = getattr(row, key)
        if value is not None:
            out[key] = value
    return out


def stored_version(version: Version, snapshot_text: str | None = None) -> StoredVersion:
    """Columns of ``version``; pass the snapshot's canonical JSON when at hand to skip re-encoding it."""
    light = dataclasses.replace(version, snapshot=Dossier(), approvals=[])
    extra = _split(encode(light), VERSION_COLUMNS, skip=("snapshot",))
    if version.approvals:
        extra.pop("approvals", None)  # rebuilt from the approval rows
    snapshot = snapshot_text if snapshot_text is not None else canonical_json(encode(version.snapshot))
    return StoredVersion(
        number=version.number,
        label=version.label,
        created_at=version.created_at,
        status=version.status,
        fingerprint=version.fingerprint,
        snapshot=snapshot,
        author=version.author,
        extra=jsontext.dumps(extra, ensure_ascii=False),
        approvals=[stored_approval(a) for a in version.approvals],
    )


def version_json(row: Any, approvals: list[Any], snapshot: str | None) -> dict[str, Any]:
    """The file form of a stored version (``snapshot`` omitted when None)."""
    out: dict[str, Any] = jsontext.loads(row.extra)
    for key in VERSION_COLUMNS:
        value = getattr(row, key)
        if value is not None:
            out[key] = value
    if approvals:
        out["approvals"] = [approval_json(a) for a in approvals]
    if snapshot is not None:
        out["snapshot"] = jsontext.loads(snapshot)
    return out


def file_extra(doc: DossierFile) -> str:
    """Top-level keys of a `.charte` file besides the dossier (unknown keys, an explicit empty list)."""
    light = dataclasses.replace(doc, dossier=Dossier(), versions=[])
    return jsontext.dumps(_split(encode(light), FILE_COLUMNS, skip=FILE_COLUMNS), ensure_ascii=False)
