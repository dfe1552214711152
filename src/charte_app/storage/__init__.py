"""Local store: SQLAlchemy tables, engine set-up, Alembic migrations with backups, repository.

The store keeps one mutable working draft per dossier and immutable versions;
immutability is enforced both here and by database triggers.
"""

from .store import Repository, Store, SummaryRow

__all__ = ["Repository", "Store", "SummaryRow"]
