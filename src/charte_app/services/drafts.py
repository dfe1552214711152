"""Working drafts, and the service's core: the store and data dir, the dossier list and its progress,
creating, loading and saving drafts (checked against the revision the editor loaded), copies, deletion,
the drafts an import or a restoration replaced, and the team-wide settings.

:class:`DraftService` is the first layer of :class:`~charte_app.services.dossiers.DossierService`; each
public method is one user action and one transaction (see :mod:`charte_app.services.dossiers`).
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Self

from .. import machine
from ..domain import dossier_file, jsontext
from ..domain.canonical import canonical_json
from ..domain.codec import encode
from ..domain.completeness import blocking, check
from ..domain.held import held_documents
from ..domain.model import Charter, Dossier
from ..domain.prefill import suggested_charter_title
from ..domain.problems import DossierRefused, Problem, join
from ..domain.validation import errors, validate_dossier
from ..errors import UserError, system_reason
from ..paths import data_dir as default_data_dir
from ..storage import Store, SummaryRow
from ..storage.concurrency import retried
from ..storage.store import StoredDraft
from .lazy import decode_dossier

if TYPE_CHECKING:
    from ..storage.repository import Repository

log = logging.getLogger(__name__)

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
class ReplacedDraft:
    """A working draft an import or a restoration replaced, kept so that it can be restored."""

    id: int
    dossier_id: str
    replaced_at: str
    reason: str
    title: str


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


def _draft_text(dossier: Dossier) -> str:
    return _encode_draft(dossier)[1]


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


class DraftService:
    """The service's core and its drafts (see :class:`~charte_app.services.dossiers.DossierService`)."""

    def __init__(self, store: Store, data_dir: Path) -> None:
        self._store = store
        self.data_dir = data_dir
        self._progress: dict[str, tuple[int, Progress]] = {}  # by dossier: (draft revision, its progress)

    @classmethod
    def open(cls, data_dir: Path | None = None, database_url: str | None = None) -> Self:
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

    def __enter__(self) -> Self:
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
