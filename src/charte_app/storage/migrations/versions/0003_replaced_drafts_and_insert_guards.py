"""Replaced drafts kept for recovery, and guards against inserts that would rewrite a version.

``replaced_drafts`` keeps every working draft an import (``--replace-draft``) or a
restoration replaced, with when and why, so that no coordinator's text is lost.

SQLite's ``INSERT OR REPLACE`` / ``REPLACE INTO`` delete the conflicting row
*without* firing delete triggers (unless ``recursive_triggers`` is on), so the
guards of revision 0001 never saw them: a signed version could be rewritten and
keep its genuine fingerprint. New ``BEFORE INSERT`` triggers refuse any insert
that collides with a stored version (same id, or same dossier and number) and
any insert that collides with a decision on a signed version. Upserts
(``ON CONFLICT … DO UPDATE``) are refused the same way on both engines.
PostgreSQL has no ``REPLACE``, but ``TRUNCATE`` skips its row triggers: a
statement-level guard refuses it while a signed version exists.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

MSG_REWRITE = "Une version enregistrée ne peut pas être remplacée (INSERT OR REPLACE, REPLACE, upsert)."
MSG_APPROVAL_REWRITE = "Les validations d''une version signée ne peuvent pas être remplacées."
MSG_TRUNCATE = "Une version signée ne peut pas être supprimée (TRUNCATE refusé)."

SQLITE_TRIGGERS = [
    f"""CREATE TRIGGER versions_no_rewrite BEFORE INSERT ON versions
    WHEN EXISTS (SELECT 1 FROM versions WHERE id = NEW.id OR (dossier_id = NEW.dossier_id AND number = NEW.number))
    BEGIN SELECT RAISE(ABORT, '{MSG_REWRITE}'); END""",
    f"""CREATE TRIGGER approvals_signed_no_rewrite BEFORE INSERT ON approvals
    WHEN EXISTS (SELECT 1 FROM approvals a JOIN versions v ON v.id = a.version_id
                 WHERE a.id = NEW.id AND v.status = 'signed')
    BEGIN SELECT RAISE(ABORT, '{MSG_APPROVAL_REWRITE}'); END""",
]

POSTGRESQL_TRIGGERS = [
    f"""CREATE FUNCTION charte_versions_insert_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (SELECT 1 FROM versions
                 WHERE id = NEW.id OR (dossier_id = NEW.dossier_id AND number = NEW.number)) THEN
        RAISE EXCEPTION '{MSG_REWRITE}';
      END IF;
      RETURN NEW;
    END $$""",
    """CREATE TRIGGER versions_insert_guard BEFORE INSERT ON versions
    FOR EACH ROW EXECUTE FUNCTION charte_versions_insert_guard()""",
    f"""CREATE FUNCTION charte_approvals_insert_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (SELECT 1 FROM approvals a JOIN versions v ON v.id = a.version_id
                 WHERE a.id = NEW.id AND v.status = 'signed') THEN
        RAISE EXCEPTION '{MSG_APPROVAL_REWRITE}';
      END IF;
      RETURN NEW;
    END $$""",
    """CREATE TRIGGER approvals_insert_guard BEFORE INSERT ON approvals
    FOR EACH ROW EXECUTE FUNCTION charte_approvals_insert_guard()""",
    f"""CREATE FUNCTION charte_truncate_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (SELECT 1 FROM versions WHERE status = 'signed') THEN
        RAISE EXCEPTION '{MSG_TRUNCATE}';
      END IF;
      RETURN NULL;
    END $$""",
    *(
        f"""CREATE TRIGGER {table}_truncate_guard BEFORE TRUNCATE ON {table}
        FOR EACH STATEMENT EXECUTE FUNCTION charte_truncate_guard()"""
        for table in ("dossiers", "versions", "approvals")
    ),
]


def upgrade() -> None:
    op.create_table(
        "replaced_drafts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("dossier_id", sa.String(36), sa.ForeignKey("dossiers.id", ondelete="CASCADE"), nullable=False),
        sa.Column("replaced_at", sa.String(40), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("draft", sa.Text, nullable=False),
    )
    op.create_index("ix_replaced_drafts_dossier_id", "replaced_drafts", ["dossier_id"])
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)
    elif dialect == "postgresql":
        for statement in POSTGRESQL_TRIGGERS:
            op.execute(statement)
    else:  # an unknown engine would silently lose the database-level guarantees
        raise RuntimeError(f"unsupported database dialect {dialect!r}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name in ("versions_insert_guard", "approvals_insert_guard", "truncate_guard"):
            op.execute(f"DROP FUNCTION IF EXISTS charte_{name}() CASCADE")
    else:
        op.execute("DROP TRIGGER IF EXISTS versions_no_rewrite")
        op.execute("DROP TRIGGER IF EXISTS approvals_signed_no_rewrite")
    op.drop_index("ix_replaced_drafts_dossier_id", table_name="replaced_drafts")
    op.drop_table("replaced_drafts")
