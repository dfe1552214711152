"""Local store: SQLAlchemy tables, engine set-up, Alembic migrations with backups, repository.

The store keeps one mutable working draft per dossier and immutable versions;
immutability is enforced both by the repository and by database triggers.
Importing this package does not import SQLAlchemy (see :mod:`.store`), nor even the store:
a command that only needs :mod:`.location` (where the database is) does not pay for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .store import Store, SummaryRow

__all__ = ["Store", "SummaryRow"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import store

        return getattr(store, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
