"""Drafts carry a revision, who saved them, and their open problems.

``revision`` grows by one at every write of the draft: a save that started from
an older revision is refused instead of silently overwriting someone else's
work (two windows, or two team members on a shared server). ``saved_by`` says
who wrote the stored draft. ``problems`` keeps the validation problems of a
draft stored with errors (JSON list), so the list shows what is left to fix
without decoding every draft.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (no table rebuild): SQLite keeps the triggers that guard the dossiers table.
    op.add_column("dossiers", sa.Column("revision", sa.Integer, nullable=False, server_default="1"))
    op.add_column("dossiers", sa.Column("saved_by", sa.Text, nullable=True))
    op.add_column("dossiers", sa.Column("problems", sa.Text, nullable=False, server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("dossiers") as batch:
        batch.drop_column("problems")
        batch.drop_column("saved_by")
        batch.drop_column("revision")
