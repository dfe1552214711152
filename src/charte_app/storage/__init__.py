"""Local store: SQLAlchemy tables, engine set-up, Alembic migrations with backups, repository.

The store keeps one mutable working draft per dossier and immutable versions;
immutability is enforced both by the repository and by database triggers.
Importing this package does not import SQLAlchemy (see :mod:`.store`).
"""

from .store import Store, SummaryRow

__all__ = ["Store", "SummaryRow"]
