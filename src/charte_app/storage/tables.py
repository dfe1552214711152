"""The database tables, as typed SQLAlchemy 2 mappings.

Portable column types only (String, Text, Integer, Boolean): the same tables
run on SQLite and PostgreSQL. Timestamps are kept as the ISO 8601 strings of
the domain (with their offset) so they round-trip exactly. Snapshots are stored
as their canonical JSON text, so ``sha256(snapshot)`` *is* the fingerprint.

The schema itself is created by the Alembic migrations in ``migrations/``;
these classes must stay in step with the head revision (a test compares them).
"""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class DossierRow(Base):
    """One dossier: summary columns for fast listing, and the working draft as JSON text."""

    __tablename__ = "dossiers"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    territory: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(40))
    updated_at: Mapped[str] = mapped_column(String(40))
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    # Canonical JSON of the draft; never read to list dossiers (see the summary columns above).
    draft: Mapped[str] = mapped_column(Text, deferred=True)
    # Top-level keys of the imported `.charte` file this application does not model (JSON object).
    extra: Mapped[str] = mapped_column(Text, default="{}", deferred=True)
    # Grows at every write of the draft: a save started from an older revision is a conflict (revision 0004).
    revision: Mapped[int] = mapped_column(Integer, default=1)
    saved_by: Mapped[str | None] = mapped_column(Text)  # "user (machine)" of the last draft write
    # Validation errors of the stored draft (JSON list of {path, message}); "[]" for a clean draft.
    problems: Mapped[str] = mapped_column(Text, default="[]")

    versions: Mapped[list[VersionRow]] = relationship(
        back_populates="dossier", order_by="VersionRow.number", passive_deletes=True
    )


class VersionRow(Base):
    """An immutable snapshot of a dossier; only label, status and approvals may change until signed."""

    __tablename__ = "versions"
    __table_args__ = (UniqueConstraint("dossier_id", "number", name="uq_versions_dossier_number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dossier_id: Mapped[str] = mapped_column(String(36), ForeignKey("dossiers.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(16))
    fingerprint: Mapped[str] = mapped_column(String(71), index=True)  # index added by revision 0002
    snapshot: Mapped[str] = mapped_column(Text, deferred=True)
    # Keys of the version object this application does not model, and explicit nulls (JSON object).
    extra: Mapped[str] = mapped_column(Text, default="{}")

    dossier: Mapped[DossierRow] = relationship(back_populates="versions")
    approvals: Mapped[list[ApprovalRow]] = relationship(
        back_populates="version", order_by="ApprovalRow.position", passive_deletes=True
    )


class ApprovalRow(Base):
    """A partner's decision on a version."""

    __tablename__ = "approvals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    version_id: Mapped[int] = mapped_column(Integer, ForeignKey("versions.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    partner: Mapped[str] = mapped_column(Text)
    decision: Mapped[str] = mapped_column(String(16))
    date: Mapped[str | None] = mapped_column(String(10))
    comment: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[str] = mapped_column(Text, default="{}")

    version: Mapped[VersionRow] = relationship(back_populates="approvals")


class ReplacedDraftRow(Base):
    """A working draft that an import or a restoration replaced, kept so it can be restored (revision 0003)."""

    __tablename__ = "replaced_drafts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dossier_id: Mapped[str] = mapped_column(String(36), ForeignKey("dossiers.id", ondelete="CASCADE"), index=True)
    replaced_at: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text)
    draft: Mapped[str] = mapped_column(Text, deferred=True)


class SettingRow(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)
