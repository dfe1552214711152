"""``.charte`` files in and out: importing a file whole or nothing (a new dossier, or one already stored
extended, its draft replaced, or the file taken in as a copy), and writing a dossier with all its versions.

Re-importing a dossier already stored never loses anything silently: a file whose working draft differs
from the local one is refused unless the caller chose to replace the local draft (kept aside, restorable:
:meth:`~.drafts.DraftService.list_replaced_drafts`) or to import the file as a copy. Partner decisions are
history: an import adds the missing ones and refuses a file that contradicts a recorded one.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ..domain import dossier_file, jsontext
from ..domain.canonical import PREFIX, canonical_json
from ..domain.codec import decode
from ..domain.completeness import FINAL_STATUSES, Gap, NotReady, blocking, check
from ..domain.decisions import FROZEN_STATUSES, supersedes
from ..domain.labels import DECISIONS
from ..domain.model import FORMAT_NAME, FORMAT_VERSION, DossierFile, Version
from ..domain.problems import DossierRefused, Problem
from ..domain.validation import errors, refuse_unfinished
from ..errors import DecisionConflict, ImportDraftConflict
from ..fsutil import atomic_write, read_user_file
from ..storage.concurrency import retried
from ..storage.convert import StoredApproval, StoredVersion, file_extra, stored_version, version_json
from ..storage.store import STATUS_ORDER
from .approvals import ApprovalService, _as_approval
from .drafts import _draft_text, _new_id, now_iso, who_saves
from .lazy import check_snapshot, decode_dossier

if TYPE_CHECKING:
    from ..storage.repository import Repository

#: What ``import_file`` does when the file's working draft differs from the local one.
DraftChoice = Literal["refuse", "replace", "copy"]
DRAFT_CHOICES: tuple[DraftChoice, ...] = ("refuse", "replace", "copy")
COPY_MARK = "copie"


@dataclass(frozen=True)
class ImportResult:
    dossier_id: str
    warnings: list[Problem] = field(default_factory=list)
    created: bool = True  # False when the file brought new versions to a dossier already stored
    added_versions: int = 0
    added_decisions: int = 0
    # "new": a dossier not stored yet; "merged": same draft, history extended; "replaced": the file's draft
    # replaced the local one (kept in the replaced drafts); "copied": a new dossier with a new id.
    outcome: Literal["new", "merged", "replaced", "copied"] = "new"
    replaced_draft_id: int | None = None


class HistoryConflict(DossierRefused):
    """A file of a dossier already stored whose history does not continue the stored one (lists the versions)."""


@dataclass
class _Extension:
    """What an import adds to a dossier already stored (checked before anything is written)."""

    new_versions: list[StoredVersion] = field(default_factory=list)
    new_decisions: list[tuple[Any, StoredApproval]] = field(default_factory=list)
    # Decisions the file changed since (their history holds the stored one): replaced, history and all.
    changed_decisions: list[tuple[Any, StoredApproval]] = field(default_factory=list)
    statuses: list[tuple[Any, str]] = field(default_factory=list)


def _refuse_incomplete_versions(versions: list[Version]) -> None:
    """An import cannot make a version approved or signed that the application would refuse to approve:
    every gap of every such version is listed, by version, document and article, and nothing is stored."""
    refused: list[Gap] = []
    worst = "approved"
    for version in versions:
        if version.status not in FINAL_STATUSES:
            continue
        gaps = blocking(check(version.snapshot, status=version.status))
        if gaps:
            worst = "signed" if version.status == "signed" else worst
            refused += [replace(g, document_title=f"Version {version.number} – {g.document_title}") for g in gaps]
    if refused:
        raise NotReady(refused, worst)


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


def _same_draft(stored: str, incoming: str) -> bool:
    """Whether two drafts say the same thing; the moment of the last save alone is no difference."""
    if stored == incoming:
        return True
    a, b = jsontext.loads(stored), jsontext.loads(incoming)
    a.pop("updated_at", None)
    b.pop("updated_at", None)
    return bool(a == b)


def _copy_title(title: str, taken: set[str]) -> str:
    """``title (copie)``, or ``title (copie 2)``… when that one is already taken."""
    candidate = f"{title} ({COPY_MARK})"
    n = 2
    while candidate in taken:
        candidate = f"{title} ({COPY_MARK} {n})"
        n += 1
    return candidate


def _partner_name(snapshot: str, partner_id: str) -> str:
    for partner in json.loads(snapshot).get("partners", []):
        if partner.get("id") == partner_id:
            return str(partner.get("name") or partner_id)
    return partner_id


class ImportService(ApprovalService):
    """Drafts, versions, decisions and files (see :class:`~charte_app.services.dossiers.DossierService`)."""

    def import_file(self, path: Path, *, on_draft_conflict: DraftChoice = "refuse") -> ImportResult:
        """Import a `.charte` file whole, or nothing (``DossierRefused`` lists every faulty path).

        For a dossier already stored, see :meth:`import_dossier_file` (``on_draft_conflict``).
        """
        data = read_user_file(Path(path), dossier_file.MAX_FILE_BYTES, "le dossier .charte")
        raw = dossier_file.loads(data)
        doc, warnings = dossier_file.from_json(raw)
        return self.import_dossier_file(doc, warnings, _snapshot_texts(raw, doc), on_draft_conflict=on_draft_conflict)

    @retried
    def import_dossier_file(
        self,
        doc: DossierFile,
        warnings: list[Problem] | None = None,
        snapshot_texts: list[str | None] | None = None,
        *,
        on_draft_conflict: DraftChoice = "refuse",
    ) -> ImportResult:
        """Import an already parsed and validated file (see :func:`dossier_file.parse`).

        ``snapshot_texts`` optionally gives each version's canonical JSON, already checked against its
        fingerprint, to skip encoding the snapshots again.

        A dossier already stored is extended: new versions and new partner decisions are added, statuses
        move forward. When the file cannot simply extend it, ``on_draft_conflict`` decides:
        ``"refuse"`` raises :class:`ImportDraftConflict` (the working drafts differ), :class:`DecisionConflict`
        (a recorded decision is contradicted) or ``DossierRefused`` (the histories diverge), nothing
        imported; ``"replace"`` makes the file's draft the working draft, the local one kept in the
        replaced drafts (decisions and history must still agree); ``"copy"`` imports the file as a new
        dossier (new id, title marked as a copy) with its versions.
        """
        if on_draft_conflict not in DRAFT_CHOICES:
            raise ValueError(f"on_draft_conflict must be one of {DRAFT_CHOICES}, not {on_draft_conflict!r}")
        dossier = doc.dossier
        texts = snapshot_texts or [None] * len(doc.versions)
        stored = [stored_version(v, text) for v, text in zip(doc.versions, texts, strict=True)]
        draft = _draft_text(dossier)
        moment = dossier.updated_at or now_iso()
        found = list(warnings or [])
        with self._store.transaction() as repo:
            # Two imports of the same new file: the second waits here, then finds the dossier stored and
            # imports into it as any later import would (nothing new: « déjà présent »).
            repo.lock_dossier(dossier.id)
            if not repo.has_dossier(dossier.id):
                _refuse_incomplete_versions(doc.versions)
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
                return ImportResult(dossier.id, found, True, len(stored))
            local = repo.dossier(dossier.id, with_draft=True)
            same_draft = _same_draft(local.draft, draft)
            try:
                plan = self._plan_extension(repo, doc, stored)
            except (HistoryConflict, DecisionConflict):
                if on_draft_conflict != "copy":
                    raise
                plan = None
            if plan is None or (not same_draft and on_draft_conflict == "copy"):
                _refuse_incomplete_versions(doc.versions)
                copy_id = self._add_copy(repo, doc, stored)
                return ImportResult(copy_id, found, True, len(stored), outcome="copied")
            replaced_id: int | None = None
            if not same_draft:
                if on_draft_conflict == "refuse":
                    raise ImportDraftConflict(
                        f"Le dossier « {local.title} » existe déjà et son brouillon de travail diffère de celui "
                        "du fichier : rien n'a été importé. Choisissez de remplacer le brouillon de travail par "
                        "celui du fichier (l'actuel restera récupérable), ou d'importer le fichier comme un "
                        "nouveau dossier, copie de celui-ci.",
                        dossier.id,
                        local.title,
                    )
                replaced_id = repo.keep_replaced_draft(
                    dossier.id, replaced_at=now_iso(), reason="remplacé par un import (fichier .charte)"
                ).id
                repo.update_draft(
                    dossier.id,
                    title=dossier.title,
                    territory=dossier.territory,
                    updated_at=moment,
                    draft=draft,
                    saved_by=who_saves(),
                )
            becoming = {v.number for v in plan.new_versions} | {row.number for row, _ in plan.statuses}
            _refuse_incomplete_versions([v for v in doc.versions if v.number in becoming])
            added, decisions = self._apply_extension(repo, dossier.id, plan)
            repo.set_file_extra(dossier.id, file_extra(doc))
            repo.set_archived(dossier.id, False)
            outcome: Literal["merged", "replaced"] = "merged" if same_draft else "replaced"
            return ImportResult(dossier.id, found, False, added, decisions, outcome, replaced_id)

    def _plan_extension(self, repo: Repository, doc: DossierFile, stored: list[StoredVersion]) -> _Extension:
        """What the file adds to a dossier already stored; refused when it does not continue its history.

        The file must hold every stored version, unchanged, and no decision contradicting a recorded one.
        """
        rows = {row.number: row for row in repo.versions(doc.dossier.id, with_snapshot=False)}
        incoming = {v.number: v for v in stored}
        missing = sorted(set(rows) - set(incoming))
        differ = sorted(n for n in set(rows) & set(incoming) if rows[n].fingerprint != incoming[n].fingerprint)
        if missing or differ:
            problems = [
                Problem(f"versions (n° {n})", "cette version enregistrée est absente du fichier.") for n in missing
            ] + [Problem(f"versions (n° {n})", "le contenu diffère de la version enregistrée.") for n in differ]
            raise HistoryConflict(
                problems,
                "Ce dossier existe déjà et l'historique du fichier ne prolonge pas celui qui est enregistré : "
                "rien n'a été importé.",
            )
        plan = _Extension()
        recorded = repo.approvals([row.id for row in rows.values()])
        contradictions: list[str] = []
        for number, version in sorted(incoming.items()):
            row = rows.get(number)
            if row is None:
                plan.new_versions.append(version)
                continue
            known = {a.partner: a for a in recorded[row.id]}
            for approval in version.approvals:
                mine = known.get(approval.partner)
                if mine is None:
                    if row.status != "signed":  # a signed version's decisions are final
                        plan.new_decisions.append((row, approval))
                elif mine.decision != approval.decision:
                    theirs, ours = _as_approval(approval), _as_approval(mine)
                    if supersedes(ours, theirs):
                        continue  # the file is older: the change recorded here stands
                    if supersedes(theirs, ours) and row.status not in FROZEN_STATUSES:
                        plan.changed_decisions.append((row, approval))  # changed since, history and all
                        continue
                    name = _partner_name(version.snapshot, approval.partner)
                    contradictions.append(
                        f"- version n° {number} « {row.label} », partenaire « {name} » : décision enregistrée "
                        f"« {DECISIONS[mine.decision].lower()} », le fichier dit "
                        f"« {DECISIONS.get(approval.decision, approval.decision).lower()} »."
                    )
            if row.status != "signed" and STATUS_ORDER.index(version.status) > STATUS_ORDER.index(row.status):
                plan.statuses.append((row, version.status))
        if contradictions:
            raise DecisionConflict(
                "Le fichier contredit des décisions de partenaires déjà enregistrées ; une décision enregistrée "
                "ne change jamais par un import : rien n'a été importé.\n" + "\n".join(contradictions)
            )
        return plan

    @staticmethod
    def _apply_extension(repo: Repository, dossier_id: str, plan: _Extension) -> tuple[int, int]:
        for version in plan.new_versions:
            repo.add_version(dossier_id, version)
        # Decisions before statuses: a version that becomes signed takes its decisions first.
        for row, approval in plan.new_decisions:
            repo.add_approval(row, approval)
        for row, approval in plan.changed_decisions:
            repo.set_approval(row, approval)
        for row, status in plan.statuses:
            repo.set_status(row, status)
        return len(plan.new_versions), len(plan.new_decisions) + len(plan.changed_decisions)

    def _add_copy(self, repo: Repository, doc: DossierFile, stored: list[StoredVersion]) -> str:
        """Store the file as a new dossier: new id, title marked as a copy, its versions along.

        A version's snapshot names its dossier, so each snapshot gets the new id, hence a new
        fingerprint; the version remembers the original one (``copied_from``, an additive key).
        """
        source = doc.dossier
        new_id = _new_id()
        moment = now_iso()
        copy = replace(
            source, id=new_id, title=_copy_title(source.title, repo.titles()), created_at=moment, updated_at=moment
        )
        repo.add_dossier(
            new_id,
            title=copy.title,
            territory=copy.territory,
            created_at=moment,
            updated_at=moment,
            draft=_draft_text(copy),
            extra=file_extra(doc),
        )
        for version in stored:
            snapshot = jsontext.loads(version.snapshot)
            snapshot["id"] = new_id
            text = canonical_json(snapshot)
            extra = jsontext.loads(version.extra)
            extra["copied_from"] = {"dossier": source.id, "fingerprint": version.fingerprint}
            repo.add_version(
                new_id,
                replace(
                    version,
                    snapshot=text,
                    fingerprint=PREFIX + hashlib.sha256(text.encode("utf-8")).hexdigest(),
                    extra=jsontext.dumps(extra, ensure_ascii=False),
                ),
            )
        return new_id

    def to_file(self, dossier_id: str) -> DossierFile:
        problems: list[Problem] = []
        doc = decode(DossierFile, self._file_json(dossier_id), "", problems)
        if errors(problems):
            raise RuntimeError(f"stored dossier does not decode: {problems[:3]}")
        return doc

    def export_file(self, dossier_id: str, path: Path) -> None:
        """Write the dossier and all its versions as a `.charte` file, atomically.

        Refused while the draft has errors: a `.charte` file is read by other installations, which refuse
        such a file whole (the format's contract)."""
        doc_json = self._file_json(dossier_id)
        refuse_unfinished(decode_dossier(doc_json["dossier"]), "le fichier .charte")
        data = jsontext.dumps(doc_json, ensure_ascii=False, indent=2) + "\n"
        atomic_write(Path(path), data.encode("utf-8"))

    def _file_json(self, dossier_id: str) -> dict[str, Any]:
        with self._store.transaction(readonly=True) as repo:
            row = repo.dossier(dossier_id, with_draft=True)
            out: dict[str, Any] = jsontext.loads(row.extra)
            out["format"] = FORMAT_NAME
            out["format_version"] = FORMAT_VERSION
            out["dossier"] = jsontext.loads(row.draft)
            versions = repo.versions(dossier_id)
            approvals = repo.approvals([v.id for v in versions])
            for v in versions:  # a `.charte` file never carries an altered version under its genuine fingerprint
                check_snapshot(v.number, v.label, v.fingerprint, v.snapshot)
            if versions:
                out["versions"] = [version_json(v, approvals[v.id], v.snapshot) for v in versions]
        return out
