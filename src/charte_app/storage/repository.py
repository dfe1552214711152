"""The repository: reads and writes within one unit of work, guarding immutability.

It refuses what may not happen (changing a version's content, touching a
signed version, moving a status backwards) *before* the database's own
triggers would; both layers are tested.
"""

from __future__ import annotations

from typing import Any, Literal

from sqlalchemy import delete, func, select, text, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, load_only, undefer

from ..errors import DraftConflict, Immutable, NotFound, UserError
from .concurrency import DOSSIER_LOCK_CLASS, LOCK_TIMEOUT, ConcurrentChange, dossier_lock_key, sqlstate
from .convert import StoredApproval, StoredVersion
from .store import STATUS_LABELS, STATUS_ORDER, summary_sql
from .tables import ApprovalRow, DossierRow, ReplacedDraftRow, SettingRow, VersionRow


def _is_final(row: VersionRow) -> bool:
    return row.status == "signed"


class Repository:
    """Reads and writes within one transaction. Rows never leave the unit of work."""

    def __init__(self, session: Session) -> None:
        self.session = session

    # -- dossiers ---------------------------------------------------------------------------------

    def summary_rows(self, include_archived: bool = False) -> list[tuple[Any, ...]]:
        return self.rows(summary_sql(include_archived))

    def rows(self, sql: str, params: dict[str, Any] | None = None) -> list[tuple[Any, ...]]:
        """Rows of a plain SQL query (the text :class:`~.store.Store` also runs with the standard driver)."""
        return [tuple(r) for r in self.session.execute(text(sql), params or {})]

    def dossier(self, dossier_id: str, *, with_draft: bool = False) -> DossierRow:
        options = [undefer(DossierRow.draft), undefer(DossierRow.extra)] if with_draft else []
        row = self.session.get(DossierRow, dossier_id, options=options)
        if row is None:
            raise NotFound(f"Aucun dossier ne porte l'identifiant « {dossier_id} ».")
        return row

    def lock_dossier(self, dossier_id: str) -> None:
        """Wait until no other unit of work writes this dossier, and keep it so until this one ends.

        PostgreSQL: a transaction-scoped advisory lock keyed by the id (a dossier not stored yet is locked
        too), waited for at most ``concurrency.LOCK_TIMEOUT``. SQLite: nothing to do, the writing unit of
        work already holds the database's write lock (``BEGIN IMMEDIATE``). Call it first: what is read
        afterwards is what the previous writer committed.
        """
        if self.session.get_bind().dialect.name != "postgresql":
            return
        # Two statements: the timeout must be in force before the wait begins (for this transaction only).
        self.session.execute(text("SELECT set_config('lock_timeout', :timeout, true)"), {"timeout": LOCK_TIMEOUT})
        self.session.execute(
            text("SELECT pg_advisory_xact_lock(:kind, :key)"),
            {"kind": DOSSIER_LOCK_CLASS, "key": dossier_lock_key(dossier_id)},
        )

    def has_dossier(self, dossier_id: str) -> bool:
        return self.session.scalar(select(func.count()).where(DossierRow.id == dossier_id)) == 1

    def add_dossier(
        self,
        dossier_id: str,
        *,
        title: str,
        territory: str | None,
        created_at: str,
        updated_at: str,
        draft: str,
        extra: str = "{}",
        saved_by: str | None = None,
        problems: str = "[]",
    ) -> None:
        self.session.add(
            DossierRow(
                id=dossier_id,
                title=title,
                territory=territory,
                created_at=created_at,
                updated_at=updated_at,
                archived=False,
                draft=draft,
                extra=extra,
                revision=1,
                saved_by=saved_by,
                problems=problems,
            )
        )
        self.session.flush()

    def update_draft(
        self,
        dossier_id: str,
        *,
        title: str,
        territory: str | None,
        updated_at: str,
        draft: str,
        base_revision: int | None = None,
        saved_by: str | None = None,
        problems: str = "[]",
    ) -> int:
        """Write the draft and return its new revision.

        With ``base_revision``, the write happens only if the stored draft is still at that revision
        (compare-and-set in the UPDATE itself, so it holds across processes and on a shared server);
        otherwise :class:`DraftConflict` says who saved in between and when.
        """
        query = update(DossierRow).where(DossierRow.id == dossier_id)
        if base_revision is not None:
            query = query.where(DossierRow.revision == base_revision)
        result = self.session.execute(
            query.values(
                title=title,
                territory=territory,
                updated_at=updated_at,
                draft=draft,
                revision=DossierRow.revision + 1,
                saved_by=saved_by,
                problems=problems,
            )
        )
        if result.rowcount != 1:  # type: ignore[attr-defined]
            row = self.dossier(dossier_id)  # NotFound when the dossier itself is gone
            raise DraftConflict(dossier_id, row.revision, row.updated_at, row.saved_by)
        return int(self.session.scalar(select(DossierRow.revision).where(DossierRow.id == dossier_id)) or 0)

    def set_file_extra(self, dossier_id: str, extra: str) -> None:
        self.session.execute(update(DossierRow).where(DossierRow.id == dossier_id).values(extra=extra))

    def set_archived(self, dossier_id: str, archived: bool) -> None:
        self.session.execute(update(DossierRow).where(DossierRow.id == dossier_id).values(archived=archived))

    # -- replaced drafts (revision 0003) -------------------------------------------------------------

    def keep_replaced_draft(self, dossier_id: str, *, replaced_at: str, reason: str) -> ReplacedDraftRow:
        """Copy the current working draft aside before it is replaced, so it stays recoverable."""
        current = self.dossier(dossier_id, with_draft=True)
        row = ReplacedDraftRow(
            dossier_id=dossier_id, replaced_at=replaced_at, reason=reason, title=current.title, draft=current.draft
        )
        self.session.add(row)
        self.session.flush()
        return row

    def replaced_drafts(self, dossier_id: str) -> list[ReplacedDraftRow]:
        query = select(ReplacedDraftRow).where(ReplacedDraftRow.dossier_id == dossier_id).order_by(ReplacedDraftRow.id)
        return list(self.session.scalars(query))

    def replaced_draft(self, dossier_id: str, draft_id: int) -> ReplacedDraftRow:
        row = self.session.get(ReplacedDraftRow, draft_id, options=[undefer(ReplacedDraftRow.draft)])
        if row is None or row.dossier_id != dossier_id:
            self.dossier(dossier_id)
            raise NotFound(f"Ce dossier n'a pas de brouillon remplacé n° {draft_id}.")
        return row

    def titles(self) -> set[str]:
        return set(self.session.scalars(select(DossierRow.title)))

    def delete_dossier(self, dossier_id: str) -> Literal["deleted", "archived"]:
        """Delete a dossier and its history, or only archive it when a version is signed."""
        self.dossier(dossier_id)
        signed = self.session.scalar(
            select(func.count()).where(VersionRow.dossier_id == dossier_id, VersionRow.status == "signed")
        )
        if signed:
            self.set_archived(dossier_id, True)
            return "archived"
        version_ids = select(VersionRow.id).where(VersionRow.dossier_id == dossier_id)
        self.session.execute(delete(ApprovalRow).where(ApprovalRow.version_id.in_(version_ids)))
        self.session.execute(delete(VersionRow).where(VersionRow.dossier_id == dossier_id))
        self.session.execute(delete(ReplacedDraftRow).where(ReplacedDraftRow.dossier_id == dossier_id))
        self.session.execute(delete(DossierRow).where(DossierRow.id == dossier_id))
        return "deleted"

    # -- versions ---------------------------------------------------------------------------------

    def versions(self, dossier_id: str, *, with_snapshot: bool = True) -> list[VersionRow]:
        query = select(VersionRow).where(VersionRow.dossier_id == dossier_id).order_by(VersionRow.number)
        if with_snapshot:
            query = query.options(undefer(VersionRow.snapshot))
        return list(self.session.scalars(query))

    def version(self, dossier_id: str, number: int, *, with_snapshot: bool = False) -> VersionRow:
        query = select(VersionRow).where(VersionRow.dossier_id == dossier_id, VersionRow.number == number)
        if with_snapshot:
            query = query.options(undefer(VersionRow.snapshot))
        row = self.session.scalars(query).first()
        if row is None:
            self.dossier(dossier_id)
            raise NotFound(f"Le dossier n'a pas de version n° {number}.")
        return row

    def max_number(self, dossier_id: str) -> int:
        return int(
            self.session.scalar(select(func.max(VersionRow.number)).where(VersionRow.dossier_id == dossier_id)) or 0
        )

    def approvals(self, version_ids: list[int]) -> dict[int, list[ApprovalRow]]:
        out: dict[int, list[ApprovalRow]] = {vid: [] for vid in version_ids}
        if version_ids:
            query = select(ApprovalRow).where(ApprovalRow.version_id.in_(version_ids)).order_by(ApprovalRow.position)
            for row in self.session.scalars(query):
                out[row.version_id].append(row)
        return out

    def add_version(self, dossier_id: str, version: StoredVersion) -> VersionRow:
        """Insert a version and its approvals. A signed version gets its approvals before its signature."""
        final = version.status == "signed"
        row = VersionRow(
            dossier_id=dossier_id,
            number=version.number,
            label=version.label,
            author=version.author,
            created_at=version.created_at,
            # The database refuses approvals on a signed version: insert, approve, then sign.
            status="approved" if final and version.approvals else version.status,
            fingerprint=version.fingerprint,
            snapshot=version.snapshot,
            extra=version.extra,
        )
        self.session.add(row)
        try:
            self.session.flush()
        except DBAPIError as exc:
            # The number was computed in this unit of work, so a stored version with the same number (the unique
            # key, or the no-rewrite guard once the other one is committed) is another writer that numbered a
            # version the same way in between: one that takes no dossier lock (see lock_dossier). The unit of
            # work is rolled back and the service runs the action again, which numbers it afresh.
            if isinstance(exc, IntegrityError) or sqlstate(exc.orig) in ("P0001", "23505"):
                raise ConcurrentChange(
                    f"Une autre action vient d'enregistrer la version n° {version.number} de ce dossier : "
                    "rien n'a été enregistré, recommencez."
                ) from None
            raise
        if version.approvals:
            self.session.add_all(
                ApprovalRow(
                    version_id=row.id,
                    position=i,
                    partner=a.partner,
                    decision=a.decision,
                    date=a.date,
                    comment=a.comment,
                    extra=a.extra,
                )
                for i, a in enumerate(version.approvals)
            )
            self.session.flush()
            if final:
                row.status = "signed"
                self.session.flush()
        return row

    def set_status(self, row: VersionRow, status: str) -> None:
        if status not in STATUS_ORDER:
            raise UserError(f"Statut « {status} » inconnu : {', '.join(STATUS_ORDER)}.")
        if status == row.status:
            return
        if _is_final(row):
            raise Immutable(f"La version n° {row.number} est signée : son statut ne peut plus changer.")
        if STATUS_ORDER.index(status) < STATUS_ORDER.index(row.status):
            raise Immutable(
                f"Le statut d'une version ne peut qu'avancer : la version n° {row.number} est déjà "
                f"« {STATUS_LABELS[row.status]} », elle ne peut pas redevenir « {STATUS_LABELS[status]} »."
            )
        row.status = status
        self._flush()

    def relabel(self, row: VersionRow, label: str) -> None:
        if _is_final(row):
            raise Immutable(f"La version n° {row.number} est signée : son libellé ne peut plus changer.")
        if not label.strip():
            raise UserError("Le libellé d'une version ne peut pas être vide.")
        row.label = label
        self._flush()

    def set_approval(self, row: VersionRow, approval: StoredApproval) -> None:
        """Record a partner's decision, replacing its previous one (one decision per partner)."""
        if _is_final(row):
            raise Immutable(f"La version n° {row.number} est signée : ses validations ne peuvent plus changer.")
        existing = self.approvals([row.id])[row.id]
        same = [a for a in existing if a.partner == approval.partner]
        if same:
            target = same[0]
            target.decision, target.date, target.comment, target.extra = (
                approval.decision,
                approval.date,
                approval.comment,
                approval.extra,
            )
            for duplicate in same[1:]:
                self.session.delete(duplicate)
        else:
            self.add_approval(row, approval)
            return
        self._flush()

    def add_approval(self, row: VersionRow, approval: StoredApproval) -> None:
        """Add a decision for a partner that has none on this version yet (an import never replaces one)."""
        if _is_final(row):
            raise Immutable(f"La version n° {row.number} est signée : ses validations ne peuvent plus changer.")
        existing = self.approvals([row.id])[row.id]
        self.session.add(
            ApprovalRow(
                version_id=row.id,
                position=max((a.position for a in existing), default=-1) + 1,
                partner=approval.partner,
                decision=approval.decision,
                date=approval.date,
                comment=approval.comment,
                extra=approval.extra,
            )
        )
        self._flush()

    def delete_version(self, row: VersionRow) -> None:
        if _is_final(row):
            raise Immutable(f"La version n° {row.number} est signée : elle ne peut pas être supprimée.")
        self.session.execute(delete(ApprovalRow).where(ApprovalRow.version_id == row.id))
        self.session.delete(row)
        self._flush()

    def find_by_fingerprint(self, prefix: str) -> list[tuple[VersionRow, str]]:
        query = (
            select(VersionRow, DossierRow.title)
            .join(DossierRow, DossierRow.id == VersionRow.dossier_id)
            .where(VersionRow.fingerprint.startswith(prefix, autoescape=True))
            .options(
                load_only(
                    VersionRow.dossier_id,
                    VersionRow.number,
                    VersionRow.label,
                    VersionRow.status,
                    VersionRow.fingerprint,
                )
            )
            .order_by(DossierRow.title, VersionRow.number)
        )
        return [(row, title) for row, title in self.session.execute(query)]

    # -- settings ---------------------------------------------------------------------------------

    def get_setting(self, key: str) -> str | None:
        row = self.session.get(SettingRow, key)
        return row.value if row else None

    def set_setting(self, key: str, value: str | None) -> None:
        row = self.session.get(SettingRow, key)
        if value is None:
            if row is not None:
                self.session.delete(row)
        elif row is None:
            self.session.add(SettingRow(key=key, value=value))
        else:
            row.value = value
        self._flush()

    def _flush(self) -> None:
        try:
            self.session.flush()
        except DBAPIError as exc:
            # The database's own guard fired (SQLite RAISE(ABORT): a constraint error; PostgreSQL RAISE
            # EXCEPTION: SQLSTATE P0001). The repository's checks above should have said it first. A unique key
            # taken at the same moment (PostgreSQL) is another writer's doing: the action is run again.
            if sqlstate(exc.orig) == "23505":
                raise ConcurrentChange() from None
            if isinstance(exc, IntegrityError) or getattr(exc.orig, "sqlstate", None) == "P0001":
                raise Immutable(f"La base de données a refusé la modification : {exc.orig}") from None
            raise
