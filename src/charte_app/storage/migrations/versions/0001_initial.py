"""First schema: dossiers with their draft, immutable versions, approvals, settings.

Immutability is enforced by the database itself, not only by the application:
triggers refuse any change to a version's number, snapshot or fingerprint, any
change or deletion of a signed version (and of its approvals), any status that
moves backwards, and the deletion of a dossier holding a signed version.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

STATUSES = "('draft', 'shared', 'approved', 'signed')"
DECISIONS = "('approved', 'reserved', 'refused')"

MSG_CONTENT = "Le contenu d''une version (numéro, instantané, empreinte) ne peut pas être modifié."
MSG_SIGNED = "Une version signée est définitive : elle ne peut plus être modifiée."
MSG_SIGNED_DELETE = "Une version signée ne peut pas être supprimée."
MSG_BACKWARDS = "Le statut d''une version ne peut qu''avancer (projet, partagée, validée, signée)."
MSG_APPROVALS = "Les validations d''une version signée ne peuvent plus être modifiées."
MSG_DOSSIER = "Un dossier qui contient une version signée ne peut pas être supprimé."


def _rank(ref: str) -> str:
    return f"(CASE {ref} WHEN 'draft' THEN 0 WHEN 'shared' THEN 1 WHEN 'approved' THEN 2 WHEN 'signed' THEN 3 END)"


SQLITE_TRIGGERS = [
    f"""CREATE TRIGGER versions_content_immutable BEFORE UPDATE ON versions
    WHEN NEW.dossier_id IS NOT OLD.dossier_id OR NEW.number IS NOT OLD.number
      OR NEW.snapshot IS NOT OLD.snapshot OR NEW.fingerprint IS NOT OLD.fingerprint
      OR NEW.created_at IS NOT OLD.created_at
    BEGIN SELECT RAISE(ABORT, '{MSG_CONTENT}'); END""",
    f"""CREATE TRIGGER versions_signed_final BEFORE UPDATE ON versions
    WHEN OLD.status = 'signed'
    BEGIN SELECT RAISE(ABORT, '{MSG_SIGNED}'); END""",
    f"""CREATE TRIGGER versions_status_forward BEFORE UPDATE OF status ON versions
    WHEN {_rank("NEW.status")} < {_rank("OLD.status")}
    BEGIN SELECT RAISE(ABORT, '{MSG_BACKWARDS}'); END""",
    f"""CREATE TRIGGER versions_signed_kept BEFORE DELETE ON versions
    WHEN OLD.status = 'signed'
    BEGIN SELECT RAISE(ABORT, '{MSG_SIGNED_DELETE}'); END""",
    f"""CREATE TRIGGER approvals_signed_insert BEFORE INSERT ON approvals
    WHEN (SELECT status FROM versions WHERE id = NEW.version_id) = 'signed'
    BEGIN SELECT RAISE(ABORT, '{MSG_APPROVALS}'); END""",
    f"""CREATE TRIGGER approvals_signed_update BEFORE UPDATE ON approvals
    WHEN (SELECT status FROM versions WHERE id = OLD.version_id) = 'signed'
      OR (SELECT status FROM versions WHERE id = NEW.version_id) = 'signed'
    BEGIN SELECT RAISE(ABORT, '{MSG_APPROVALS}'); END""",
    f"""CREATE TRIGGER approvals_signed_delete BEFORE DELETE ON approvals
    WHEN (SELECT status FROM versions WHERE id = OLD.version_id) = 'signed'
    BEGIN SELECT RAISE(ABORT, '{MSG_APPROVALS}'); END""",
    f"""CREATE TRIGGER dossiers_signed_kept BEFORE DELETE ON dossiers
    WHEN EXISTS (SELECT 1 FROM versions WHERE dossier_id = OLD.id AND status = 'signed')
    BEGIN SELECT RAISE(ABORT, '{MSG_DOSSIER}'); END""",
]

POSTGRESQL_TRIGGERS = [
    f"""CREATE FUNCTION charte_versions_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' THEN
        IF OLD.status = 'signed' THEN RAISE EXCEPTION '{MSG_SIGNED_DELETE}'; END IF;
        RETURN OLD;
      END IF;
      IF NEW.dossier_id IS DISTINCT FROM OLD.dossier_id OR NEW.number IS DISTINCT FROM OLD.number
         OR NEW.snapshot IS DISTINCT FROM OLD.snapshot OR NEW.fingerprint IS DISTINCT FROM OLD.fingerprint
         OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
        RAISE EXCEPTION '{MSG_CONTENT}';
      END IF;
      IF OLD.status = 'signed' THEN RAISE EXCEPTION '{MSG_SIGNED}'; END IF;
      IF {_rank("NEW.status")} < {_rank("OLD.status")} THEN RAISE EXCEPTION '{MSG_BACKWARDS}'; END IF;
      RETURN NEW;
    END $$""",
    """CREATE TRIGGER versions_guard BEFORE UPDATE OR DELETE ON versions
    FOR EACH ROW EXECUTE FUNCTION charte_versions_guard()""",
    f"""CREATE FUNCTION charte_approvals_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE')
         AND EXISTS (SELECT 1 FROM versions WHERE id = OLD.version_id AND status = 'signed') THEN
        RAISE EXCEPTION '{MSG_APPROVALS}';
      END IF;
      IF TG_OP IN ('INSERT', 'UPDATE')
         AND EXISTS (SELECT 1 FROM versions WHERE id = NEW.version_id AND status = 'signed') THEN
        RAISE EXCEPTION '{MSG_APPROVALS}';
      END IF;
      IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
      RETURN NEW;
    END $$""",
    """CREATE TRIGGER approvals_guard BEFORE INSERT OR UPDATE OR DELETE ON approvals
    FOR EACH ROW EXECUTE FUNCTION charte_approvals_guard()""",
    f"""CREATE FUNCTION charte_dossiers_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (SELECT 1 FROM versions WHERE dossier_id = OLD.id AND status = 'signed') THEN
        RAISE EXCEPTION '{MSG_DOSSIER}';
      END IF;
      RETURN OLD;
    END $$""",
    """CREATE TRIGGER dossiers_guard BEFORE DELETE ON dossiers
    FOR EACH ROW EXECUTE FUNCTION charte_dossiers_guard()""",
]


def upgrade() -> None:
    op.create_table(
        "dossiers",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("territory", sa.Text, nullable=True),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
        sa.Column("archived", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("draft", sa.Text, nullable=False),
        sa.Column("extra", sa.Text, nullable=False, server_default="{}"),
    )
    op.create_table(
        "versions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("dossier_id", sa.String(36), sa.ForeignKey("dossiers.id", ondelete="CASCADE"), nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("author", sa.Text, nullable=True),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("fingerprint", sa.String(71), nullable=False),
        sa.Column("snapshot", sa.Text, nullable=False),
        sa.Column("extra", sa.Text, nullable=False, server_default="{}"),
        sa.UniqueConstraint("dossier_id", "number", name="uq_versions_dossier_number"),
        sa.CheckConstraint(f"status IN {STATUSES}", name="ck_versions_status"),
        sa.CheckConstraint("number >= 1", name="ck_versions_number"),
    )
    op.create_index("ix_versions_dossier_id", "versions", ["dossier_id"])
    op.create_table(
        "approvals",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("version_id", sa.Integer, sa.ForeignKey("versions.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("partner", sa.Text, nullable=False),
        sa.Column("decision", sa.String(16), nullable=False),
        sa.Column("date", sa.String(10), nullable=True),
        sa.Column("comment", sa.Text, nullable=True),
        sa.Column("extra", sa.Text, nullable=False, server_default="{}"),
        sa.CheckConstraint(f"decision IN {DECISIONS}", name="ck_approvals_decision"),
    )
    op.create_index("ix_approvals_version_id", "approvals", ["version_id"])
    op.create_table(
        "settings",
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("value", sa.Text, nullable=True),
    )
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
        for name in ("dossiers", "approvals", "versions"):
            op.execute(f"DROP FUNCTION IF EXISTS charte_{name}_guard() CASCADE")
    op.drop_table("settings")
    op.drop_table("approvals")
    op.drop_table("versions")
    op.drop_table("dossiers")
