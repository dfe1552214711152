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

import functools
import hashlib
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from .. import machine
from ..domain import dossier_file, jsontext
from ..domain.canonical import PREFIX, canonical_json
from ..domain.codec import decode, encode
from ..domain.completeness import FINAL_STATUSES, Gap, NotReady, blocking, check, refuse_incomplete
from ..domain.decisions import FROZEN_STATUSES, replacing, same_decision, supersedes
from ..domain.held import held_documents
from ..domain.labels import DECISIONS
from ..domain.model import FORMAT_NAME, FORMAT_VERSION, Approval, Charter, Dossier, DossierFile, Version
from ..domain.prefill import suggested_charter_title
from ..domain.problems import DossierRefused, Problem, join
from ..domain.text import length_problem, text_problem
from ..domain.validation import errors, refuse_unfinished, validate_dossier
from ..errors import DecisionConflict, DraftConflict, Immutable, ImportDraftConflict, UserError, system_reason
from ..fsutil import atomic_write, read_user_file
from ..paths import data_dir as default_data_dir
from ..storage import Store, SummaryRow
from ..storage.concurrency import retried
from ..storage.convert import (
    StoredApproval,
    StoredVersion,
    approval_json,
    file_extra,
    stored_approval,
    stored_version,
    version_json,
)
from ..storage.store import STATUS_ORDER, StoredDraft
from .lazy import check_snapshot, decode_dossier, lazy_version

if TYPE_CHECKING:
    from ..storage.repository import Repository

log = logging.getLogger(__name__)

_HEX = re.compile(r"^[0-9a-f]*$")

#: What ``import_file`` does when the file's working draft differs from the local one.
DraftChoice = Literal["refuse", "replace", "copy"]
DRAFT_CHOICES: tuple[DraftChoice, ...] = ("refuse", "replace", "copy")
COPY_MARK = "copie"


#: One line of the dossier list: the store's summary row, read from summary columns only.
DossierSummary = SummaryRow


@dataclass(frozen=True)
class Progress:
    """How far a dossier's working draft is from documents ready to approve (``domain.completeness``)."""

    documents: int  # the documents the dossier holds (charter, conventions)
    ready: int  # of them, those without a blocking gap
    gaps: int  # blocking gaps, every document together
    warnings: int


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


@dataclass(frozen=True)
class ReplacedDraft:
    """A working draft an import or a restoration replaced, kept so that it can be restored."""

    id: int
    dossier_id: str
    replaced_at: str
    reason: str
    title: str


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


@dataclass(frozen=True)
class VersionRef:
    dossier_id: str
    title: str
    number: int
    label: str
    status: str
    fingerprint: str


@dataclass
class DraftState:
    """A working draft as loaded: the dossier, the revision it was read at, who wrote it and when.

    The editor keeps ``revision`` and ``base`` (the JSON it started from) so that a later save can be
    checked against what is stored now, and merged with it when someone else saved in between.
    """

    dossier: Dossier
    revision: int
    updated_at: str
    saved_by: str | None
    problems: list[Problem]
    base: dict[str, Any]


@dataclass(frozen=True)
class SavedDraft:
    revision: int
    problems: list[Problem]  # errors still to fix (the draft is stored all the same)
    base: dict[str, Any]  # the JSON now stored: the base of the next merge


def now_iso() -> str:
    """The current moment, ISO 8601 with the local offset, as the format wants timestamps."""
    return datetime.now().astimezone().isoformat(timespec="seconds")


def _encode_draft(dossier: Dossier) -> tuple[dict[str, Any], str]:
    """The draft's JSON and its stored (canonical) text; refused, like an import, when a text holds a
    character no document can carry (the wizard cleans what it accepts, but the service also serves the
    CLI and other callers). Unlike other errors, such a draft is not stored: the database may refuse it."""
    data = encode(dossier)
    hygiene = dossier_file.check_raw(data)
    if hygiene:
        raise DossierRefused(
            [replace(p, path=join("dossier", p.path)) for p in hygiene], "Le dossier ne peut pas être enregistré :"
        )
    return data, canonical_json(data)


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


def _draft_text(dossier: Dossier) -> str:
    return _encode_draft(dossier)[1]


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


def _refuse_invalid(dossier: Dossier, summary: str = "Le dossier ne peut pas être enregistré :") -> list[Problem]:
    problems = validate_dossier(dossier)
    if errors(problems):
        raise DossierRefused(problems, summary)
    return problems


def _problems_json(problems: list[Problem]) -> str:
    return json.dumps([{"path": p.path, "message": p.message} for p in errors(problems)], ensure_ascii=False)


def _problems_from_json(text: str) -> list[Problem]:
    return [Problem(p["path"], p["message"]) for p in json.loads(text or "[]")]


def _new_id() -> str:
    """A new dossier id (a random UUID, as the format wants). uuid is imported here: it imports the
    platform module, and no id is made before the window is on screen."""
    import uuid

    return str(uuid.uuid4())


@functools.cache
def who_saves() -> str:
    """ "user (machine)": who wrote a draft, shown to the next person whose save meets it."""
    return f"{machine.user_name() or '?'} ({machine.host_name() or '?'})"


def _put_draft(repo: Repository, dossier_id: str, dossier: Dossier, moment: str) -> None:
    """Make ``dossier`` the working draft (a restored version or replaced draft), its problems with it."""
    dossier.updated_at = moment
    repo.update_draft(
        dossier_id,
        title=dossier.title,
        territory=dossier.territory,
        updated_at=moment,
        draft=_draft_text(dossier),
        saved_by=who_saves(),
        problems=_problems_json(validate_dossier(dossier)),  # a replaced draft may have been unfinished
    )


class DossierService:
    """Dossiers, drafts and versions of one installation."""

    def __init__(self, store: Store, data_dir: Path) -> None:
        self._store = store
        self.data_dir = data_dir
        self._progress: dict[str, tuple[int, Progress]] = {}  # by dossier: (draft revision, its progress)

    @classmethod
    def open(cls, data_dir: Path | None = None, database_url: str | None = None) -> DossierService:
        try:
            folder = default_data_dir(data_dir)
        except OSError as exc:
            raise UserError(
                f"Le dossier des données « {data_dir or '(par défaut)'} » ne peut pas être créé ({system_reason(exc)})."
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

    def progress(self, dossiers: list[DossierSummary]) -> dict[str, Progress]:
        """The :class:`Progress` of each listed dossier's working draft (one no longer stored is left out).

        Remembered per draft revision: the home list asks at every show, and only the drafts saved since
        (their summary's ``revision`` says so, without reading them) are read and checked again.
        """
        out: dict[str, Progress] = {}
        for summary in dossiers:
            known = self._progress.get(summary.id)
            if known is not None and summary.revision is not None and known[0] == summary.revision:
                out[summary.id] = known[1]
                continue
            try:
                stored = self._store.stored_draft(summary.id)
            except UserError:
                continue
            if known is not None and known[0] == stored.revision:
                out[summary.id] = known[1]
                continue
            try:
                dossier = decode_dossier(stored.text)
                gaps = check(dossier)
            except Exception:  # noqa: BLE001 - one odd draft never keeps the list from showing the others
                log.exception("checking the draft of %s for the dossier list failed", summary.id)
                continue
            stopping = blocking(gaps)
            held = held_documents(dossier)
            blocked = {gap.document for gap in stopping}
            progress = Progress(
                documents=len(held),
                ready=sum(1 for doc in held if doc not in blocked),
                gaps=len(stopping),
                warnings=len(gaps) - len(stopping),
            )
            self._progress[summary.id] = (stored.revision, progress)
            out[summary.id] = progress
        return out

    def create_dossier(self, title: str) -> Dossier:
        moment = now_iso()
        dossier = Dossier(
            id=_new_id(),
            title=title,
            created_at=moment,
            updated_at=moment,
            charter=Charter(title=suggested_charter_title(title)),
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

    def open_draft(self, dossier_id: str) -> DraftState:
        """The draft with its revision: what an editor needs to save later without overwriting others."""
        stored: StoredDraft = self._store.stored_draft(dossier_id)
        base = jsontext.loads(stored.text)
        return DraftState(
            decode_dossier(stored.text),
            stored.revision,
            stored.updated_at,
            stored.saved_by,
            _problems_from_json(stored.problems),
            base,
        )

    @retried
    def save_draft(self, dossier: Dossier, *, base_revision: int | None = None) -> SavedDraft:
        """Store the working draft (created if new), errors and all; sets ``dossier.updated_at`` to now.

        The draft's errors are stored with it: a half-entered payment schedule must not stop the rest of
        the morning's work from being saved. What needs a clean dossier (a version, a document, a file)
        refuses later with the list. With ``base_revision`` (the revision the editor loaded), a draft
        saved by someone else in between is never overwritten: :class:`DraftConflict` is raised.
        """
        problems = validate_dossier(dossier)
        bad_id = [p for p in problems if p.path == "dossier.id"]
        if bad_id:  # the one value the draft cannot be stored without
            raise DossierRefused(bad_id, "Le dossier ne peut pas être enregistré :")
        moment = now_iso()
        dossier.updated_at = moment
        if dossier.created_at is None:
            dossier.created_at = moment
        encoded, text = _encode_draft(dossier)
        stored_problems = _problems_json(problems)
        with self._store.transaction() as repo:
            repo.lock_dossier(dossier.id)
            if repo.has_dossier(dossier.id):
                revision = repo.update_draft(
                    dossier.id,
                    title=dossier.title,
                    territory=dossier.territory,
                    updated_at=moment,
                    draft=text,
                    base_revision=base_revision,
                    saved_by=who_saves(),
                    problems=stored_problems,
                )
            elif base_revision is not None:
                raise UserError("Ce dossier a été supprimé par une autre session : enregistrez-en une copie.")
            else:
                repo.add_dossier(
                    dossier.id,
                    title=dossier.title,
                    territory=dossier.territory,
                    created_at=dossier.created_at,
                    updated_at=moment,
                    draft=text,
                    saved_by=who_saves(),
                    problems=stored_problems,
                )
                revision = 1
        return SavedDraft(revision, errors(problems), encoded)

    def save_copy(self, dossier: Dossier, title_suffix: str = " (copie)") -> Dossier:
        """Store ``dossier`` as a new dossier (new id, title marked as a copy); returns the copy."""
        copy_data = encode(dossier)
        copy_data["id"] = _new_id()
        copy_data["title"] = f"{dossier.title}{title_suffix}"
        copy_data.pop("created_at", None)
        copy = decode_dossier(canonical_json(copy_data))
        self.save_draft(copy)
        return copy

    @retried
    def delete_dossier(self, dossier_id: str) -> Literal["deleted", "archived"]:
        with self._store.transaction() as repo:
            repo.lock_dossier(dossier_id)
            return repo.delete_dossier(dossier_id)

    # -- files ------------------------------------------------------------------------------------

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

    # -- replaced drafts --------------------------------------------------------------------------

    def list_replaced_drafts(self, dossier_id: str) -> list[ReplacedDraft]:
        """The working drafts that imports or restorations replaced, oldest first."""
        with self._store.transaction(readonly=True) as repo:
            repo.dossier(dossier_id)
            return [
                ReplacedDraft(r.id, r.dossier_id, r.replaced_at, r.reason, r.title)
                for r in repo.replaced_drafts(dossier_id)
            ]

    @retried
    def restore_replaced_draft(self, dossier_id: str, draft_id: int) -> Dossier:
        """Make a replaced draft the working draft again; the current one is kept aside in its turn."""
        with self._store.transaction() as repo:
            repo.lock_dossier(dossier_id)
            kept = repo.replaced_draft(dossier_id, draft_id)
            dossier = decode_dossier(kept.draft)
            moment = now_iso()
            repo.keep_replaced_draft(
                dossier_id, replaced_at=moment, reason=f"remplacé par la restauration du brouillon n° {draft_id}"
            )
            _put_draft(repo, dossier_id, dossier, moment)
        return dossier

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

    # -- versions ---------------------------------------------------------------------------------

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

    # -- settings ---------------------------------------------------------------------------------

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        value = self._store.setting(key)
        return default if value is None else value

    def warm_up(self) -> Iterator[None]:
        """Load the database layer ahead of the first save, one short step per ``next()`` (for idle time)."""
        return self._store.warm_up()

    @retried
    def set_setting(self, key: str, value: str | None) -> None:
        with self._store.transaction() as repo:
            repo.set_setting(key, value)


__all__ = [
    "DRAFT_CHOICES",
    "DossierService",
    "DossierSummary",
    "Progress",
    "DraftChoice",
    "DraftConflict",
    "DraftState",
    "HistoryConflict",
    "ImportResult",
    "ReplacedDraft",
    "SavedDraft",
    "VersionRef",
    "now_iso",
]


def _as_approval(row: Any) -> Approval:
    """A stored decision (a row, or one read from a file) as the model's :class:`Approval`."""
    return decode(Approval, approval_json(row), "", [])
