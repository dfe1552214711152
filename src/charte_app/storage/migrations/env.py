"""Alembic environment, driven from code (no alembic.ini): see ``charte_app.storage.migrate``.

The caller passes an open connection in ``config.attributes["connection"]``;
migrations run inside the caller's transaction.
"""

from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=None, transaction_per_migration=False)
with context.begin_transaction():
    context.run_migrations()
