"""Every use case on dossiers: the only door the UI and the CLI use to reach the store.

Each public method is one user action and one transaction. Domain objects go
in and out; rows and SQL never leave :mod:`charte_app.storage`. Whatever enters
the database has been fully validated first, so an import is all or nothing
and a stored draft or version is always a valid dossier.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ..domain import dossier_file
from ..domain.canonical import PREFIX, canonical_json
from ..domain.codec import decode, encode
from ..domain.model import FORMAT_NAME, FORMAT_VERSION, Approval, Charter, Dossier, DossierFile, Version
from ..domain.problems import DossierRefused, Problem
from ..domain.validation import errors, validate_dossier
from ..errors import UserError
from ..fsutil import atomic_write
from ..paths import data_dir as default_data_dir
from ..storage import Store, SummaryRow
from ..storage.convert import StoredVersion, file_extra, stored_approval, stored_version, version_json
from ..storage.store import STATUS_ORDER
from .lazy import decode_dossier, lazy_version

if TYPE_CHECKING:
    from ..storage.repository import Repository

log = logging.getLogger(__name__)

_HEX = re.compile(r"^[0-9a-f]*$")


#: One line of the dossier list: the store's summary row, read from summary columns only.
DossierSummary = SummaryRow


@dataclass(frozen=True)
class ImportResult:
    dossier_id: str
    warnings: list[Problem] = field(default_factory=list)
    created: bool = True  # False when the file brought new versions to a dossier already stored
    added_versions: int = 0


@dataclass(frozen=True)
class VersionRef:
    dossier_id: str
    title: str
    number: int
    label: str
    status: str
    fingerprint: str


def now_iso() -> str:
    """The current moment, ISO 8601 with the local offset, as the format wants timestamps."""
    return datetime.now().astimezone().isoformat(timespec="seconds")


def _draft_text(dossier: Dossier) -> str:
    return canonical_json(encode(dossier))


def _decode_version(data: dict[str, Any]) -> Version:
    problems: list[Problem] = []
    version = decode(Version, data, "version", problems)
    if errors(problems):
        raise RuntimeError(f"stored version does not decode: {problems[:3]}")
    return version


def _snapshot_texts(raw: Any, doc: DossierFile) -> list[str | None]:
    """Canonical JSON of each version's snapshot, taken from the file as written.

    Serialising the file's own JSON is much cheaper than encoding the decoded snapshot again. It is
    used only when its hash is the version's fingerprint (which validation checked against the decoded
    snapshot), so the stored text is exactly what encoding would have produced; otherwise None.
    """
    texts: list[str | None] = []
    for version, raw_version in zip(doc.versions, raw.get("versions") or [], strict=True):
        text = canonical_json(raw_version["snapshot"])
        digest = PREFIX + hashlib.sha256(text.encode("utf-8")).hexdigest()
        texts.append(text if digest == version.fingerprint else None)
    return texts


def _refuse_invalid(dossier: Dossier) -> list[Problem]:
    problems = validate_dossier(dossier)
    if errors(problems):
        raise DossierRefused(problems, "Le dossier ne peut pas être enregistré :")
    return problems


class DossierService:
    """Dossiers, drafts and versions of one installation."""

    def __init__(self, store: Store, data_dir: Path) -> None:
        self._store = store
        self.data_dir = data_dir

    @classmethod
    def open(cls, data_dir: Path | None = None, database_url: str | None = None) -> DossierService:
        try:
            folder = default_data_dir(data_dir)
        except OSError as exc:
            raise UserError(
                f"Le dossier des données « {data_dir or '(par défaut)'} » ne peut pas être créé ({exc.strerror or exc})."
            ) from None
        return cls(Store.open(folder, database_url), folder)

    def close(self) -> None:
        self._store.close()

    @property
    def database_url(self) -> str:
        """Where the database is (the SQLite file's URL, or the server's): backups are found from it."""
        return self._store.url

    def __enter__(self) -> DossierService:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- dossiers ---------------------------------------------------------------------------------

    def list_dossiers(self, include_archived: bool = False) -> list[DossierSummary]:
        return self._store.summaries(include_archived)

    def create_dossier(self, title: str) -> Dossier:
        moment = now_iso()
        dossier = Dossier(
            id=str(uuid.uuid4()),
            title=title,
            created_at=moment,
            updated_at=moment,
            charter=Charter(title=f"Charte de coopération – {title}".strip(" –")),
        )
        _refuse_invalid(dossier)
        with self._store.transaction() as repo:
            repo.add_dossier(
                dossier.id,
                title=dossier.title,
                territory=dossier.territory,
                created_at=moment,
                updated_at=moment,
                draft=_draft_text(dossier),
            )
        return dossier

    def load_draft(self, dossier_id: str) -> Dossier:
        return decode_dossier(self._store.draft(dossier_id))

    def save_draft(self, dossier: Dossier) -> None:
        """Store the working draft (created if new). Sets ``dossier.updated_at`` to now."""
        _refuse_invalid(dossier)
        moment = now_iso()
        dossier.updated_at = moment
        if dossier.created_at is None:
            dossier.created_at = moment
        text = _draft_text(dossier)
        with self._store.transaction() as repo:
            if repo.has_dossier(dossier.id):
                repo.update_draft(
                    dossier.id, title=dossier.title, territory=dossier.territory, updated_at=moment, draft=text
                )
            else:
                repo.add_dossier(
                    dossier.id,
                    title=dossier.title,
                    territory=dossier.territory,
                    created_at=dossier.created_at,
                    updated_at=moment,
                    draft=text,
                )

    def delete_dossier(self, dossier_id: str) -> Literal["deleted", "archived"]:
        with self._store.transaction() as repo:
            return repo.delete_dossier(dossier_id)

    # -- files ------------------------------------------------------------------------------------

    def import_file(self, path: Path) -> ImportResult:
        """Import a `.charte` file whole, or nothing (``DossierRefused`` lists every faulty path)."""
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise UserError(f"Impossible de lire « {path} » ({exc.strerror or exc}).") from None
        raw = dossier_file.loads(data)
        doc, warnings = dossier_file.from_json(raw)
        return self.import_dossier_file(doc, warnings, _snapshot_texts(raw, doc))

    def import_dossier_file(
        self, doc: DossierFile, warnings: list[Problem] | None = None, snapshot_texts: list[str | None] | None = None
    ) -> ImportResult:
        """Import an already parsed and validated file (see :func:`dossier_file.parse`).

        ``snapshot_texts`` optionally gives each version's canonical JSON, already checked against its
        fingerprint, to skip encoding the snapshots again.
        """
        dossier = doc.dossier
        texts = snapshot_texts or [None] * len(doc.versions)
        stored = [stored_version(v, text) for v, text in zip(doc.versions, texts, strict=True)]
        draft = _draft_text(dossier)
        moment = dossier.updated_at or now_iso()
        with self._store.transaction() as repo:
            if not repo.has_dossier(dossier.id):
                repo.add_dossier(
                    dossier.id,
                    title=dossier.title,
                    territory=dossier.territory,
                    created_at=dossier.created_at or moment,
                    updated_at=moment,
                    draft=draft,
                    extra=file_extra(doc),
                )
                for version in stored:
                    repo.add_version(dossier.id, version)
                return ImportResult(dossier.id, list(warnings or []), True, len(stored))
            added = self._extend(repo, doc, stored)
            repo.update_draft(
                dossier.id, title=dossier.title, territory=dossier.territory, updated_at=moment, draft=draft
            )
            repo.set_file_extra(dossier.id, file_extra(doc))
            repo.set_archived(dossier.id, False)
            return ImportResult(dossier.id, list(warnings or []), False, added)

    def _extend(self, repo: Repository, doc: DossierFile, stored: list[StoredVersion]) -> int:
        """Add the file's new versions to a dossier already stored, if the file continues its history."""
        rows = {row.number: row for row in repo.versions(doc.dossier.id, with_snapshot=False)}
        incoming = {v.number: v for v in stored}
        missing = sorted(set(rows) - set(incoming))
        differ = sorted(n for n in set(rows) & set(incoming) if rows[n].fingerprint != incoming[n].fingerprint)
        if missing or differ:
            problems = [
                Problem(f"versions (n° {n})", "cette version enregistrée est absente du fichier.") for n in missing
            ] + [Problem(f"versions (n° {n})", "le contenu diffère de la version enregistrée.") for n in differ]
            raise DossierRefused(
                problems,
                "Ce dossier existe déjà et l'historique du fichier ne prolonge pas celui qui est enregistré : "
                "rien n'a été importé.",
            )
        added = 0
        for number, version in incoming.items():
            row = rows.get(number)
            if row is None:
                repo.add_version(doc.dossier.id, version)
                added += 1
                continue
            # A partner may send back a known version with more approvals or a further status.
            if row.status == "signed":
                continue
            for approval in version.approvals:
                repo.set_approval(row, approval)
            if STATUS_ORDER.index(version.status) > STATUS_ORDER.index(row.status):
                repo.set_status(row, version.status)
        return added

    def to_file(self, dossier_id: str) -> DossierFile:
        problems: list[Problem] = []
        doc = decode(DossierFile, self._file_json(dossier_id), "", problems)
        if errors(problems):
            raise RuntimeError(f"stored dossier does not decode: {problems[:3]}")
        return doc

    def export_file(self, dossier_id: str, path: Path) -> None:
        """Write the dossier and all its versions as a `.charte` file, atomically."""
        # Straight from the stored JSON: nothing to decode, the texts were validated on the way in.
        data = json.dumps(self._file_json(dossier_id), ensure_ascii=False, indent=2) + "\n"
        atomic_write(Path(path), data.encode("utf-8"))

    def _file_json(self, dossier_id: str) -> dict[str, Any]:
        with self._store.transaction(readonly=True) as repo:
            row = repo.dossier(dossier_id, with_draft=True)
            out: dict[str, Any] = json.loads(row.extra)
            out["format"] = FORMAT_NAME
            out["format_version"] = FORMAT_VERSION
            out["dossier"] = json.loads(row.draft)
            versions = repo.versions(dossier_id)
            approvals = repo.approvals([v.id for v in versions])
            if versions:
                out["versions"] = [version_json(v, approvals[v.id], v.snapshot) for v in versions]
        return out

    # -- versions ---------------------------------------------------------------------------------

    def freeze_version(self, dossier_id: str, label: str, status: str = "draft", author: str | None = None) -> Version:
        """Snapshot the current draft as a new, immutable version numbered after the last one."""
        if status not in STATUS_ORDER:
            raise UserError(f"Statut « {status} » inconnu : {', '.join(STATUS_ORDER)}.")
        if not label.strip():
            raise UserError("Le libellé d'une version ne peut pas être vide.")
        with self._store.transaction() as repo:
            draft = repo.dossier(dossier_id, with_draft=True).draft
            # The draft is stored as canonical JSON: it *is* the snapshot, and its hash the fingerprint.
            fingerprint = PREFIX + hashlib.sha256(draft.encode("utf-8")).hexdigest()
            number = repo.max_number(dossier_id) + 1
            version_data: dict[str, Any] = {
                "number": number,
                "label": label,
                "created_at": now_iso(),
                "status": status,
                "fingerprint": fingerprint,
                "snapshot": json.loads(draft),
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
        with self._store.transaction(readonly=True) as repo:
            row = repo.version(dossier_id, number, with_snapshot=True)
            data = version_json(row, repo.approvals([row.id])[row.id], row.snapshot)
        return _decode_version(data)

    def set_version_status(self, dossier_id: str, number: int, status: str) -> None:
        with self._store.transaction() as repo:
            repo.set_status(repo.version(dossier_id, number), status)

    def relabel_version(self, dossier_id: str, number: int, label: str) -> None:
        with self._store.transaction() as repo:
            repo.relabel(repo.version(dossier_id, number), label)

    def record_approval(self, dossier_id: str, number: int, approval: Approval) -> None:
        """Record a partner's decision on a version; it replaces that partner's previous decision."""
        with self._store.transaction() as repo:
            row = repo.version(dossier_id, number, with_snapshot=True)
            partners = {p["id"] for p in json.loads(row.snapshot).get("partners", [])}
            if approval.partner not in partners:
                raise UserError(
                    f"« {approval.partner} » n'est pas un partenaire de la version n° {number} : "
                    "la validation n'est pas enregistrée."
                )
            repo.set_approval(row, stored_approval(approval))

    def restore_version(self, dossier_id: str, number: int) -> Dossier:
        """Make a version's content the working draft again; the history is left as it is."""
        with self._store.transaction() as repo:
            row = repo.version(dossier_id, number, with_snapshot=True)
            dossier = decode_dossier(row.snapshot)
            moment = now_iso()
            dossier.updated_at = moment
            repo.update_draft(
                dossier_id,
                title=dossier.title,
                territory=dossier.territory,
                updated_at=moment,
                draft=_draft_text(dossier),
            )
        return dossier

    def delete_version(self, dossier_id: str, number: int) -> None:
        with self._store.transaction() as repo:
            repo.delete_version(repo.version(dossier_id, number))

    def find_by_fingerprint(self, prefix: str) -> list[VersionRef]:
        """Versions whose fingerprint starts with ``prefix`` (with or without ``sha256:``)."""
        hex_part = prefix.strip().lower().removeprefix(PREFIX)
        if not hex_part or not _HEX.match(hex_part):
            return []
        with self._store.transaction(readonly=True) as repo:
            return [
                VersionRef(row.dossier_id, title, row.number, row.label, row.status, row.fingerprint)
                for row, title in repo.find_by_fingerprint(PREFIX + hex_part)
            ]

    # -- settings ---------------------------------------------------------------------------------

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        value = self._store.setting(key)
        return default if value is None else value

    def warm_up(self) -> Iterator[None]:
        """Load the database layer ahead of the first save, one short step per ``next()`` (for idle time)."""
        return self._store.warm_up()

    def set_setting(self, key: str, value: str | None) -> None:
        with self._store.transaction() as repo:
            repo.set_setting(key, value)


__all__ = ["DossierService", "DossierSummary", "ImportResult", "VersionRef", "now_iso"]
