"""Team mode under concurrency: writers of one dossier take turns, and a clash is retried or said in French.

Several people (or several ``charte-app`` commands) may write to the same PostgreSQL database at once.
Two rules keep every write and lose none:

- **One writer per dossier at a time.** A unit of work that writes a dossier first takes that
  dossier's lock (:func:`dossier_lock_key`; ``Repository.lock_dossier``): a transaction-scoped
  PostgreSQL advisory lock keyed by the dossier's id, so it also serialises the creation of a dossier
  not stored yet (two imports of the same new file), which a ``SELECT … FOR UPDATE`` of a row that
  does not exist could not. It is released at commit or rollback; writes run at ``READ COMMITTED``, so
  what the unit of work reads *after* the lock is what the previous writer committed (the next
  version number, the decisions already recorded). A writer that waits longer than
  :data:`LOCK_TIMEOUT` is refused in French. SQLite needs nothing more: a writing unit of work begins
  with ``BEGIN IMMEDIATE``, which already takes the whole database's write lock.
- **A clash the locks did not prevent is retried.** A serialisation failure, a deadlock or a unique
  violation (another program, an older charte-app that takes no lock, a setting written twice) rolls
  the unit of work back whole; the database error becomes :class:`ConcurrentChange`, and
  :func:`retry_on_conflict` runs the whole user action again, which reads the state afresh (a version
  number is allocated anew). After :data:`RETRY_ATTEMPTS` attempts the user is told, in French, that
  nothing was saved.

Read-only units of work run at ``REPEATABLE READ`` on PostgreSQL: a `.charte` file written while
others freeze versions is one consistent state (a reader never waits for a lock and is never refused).

This module imports neither SQLAlchemy nor a driver: the service decorates its methods with it at import.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import time
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from ..errors import UserError

log = logging.getLogger(__name__)

#: How many times one user action is attempted before a clash is reported to the user.
RETRY_ATTEMPTS = 8
#: The first pause between two attempts, doubled each time (with jitter so that the clashing processes part).
RETRY_PAUSE_SECONDS = 0.02
#: How long a writer waits for another writer of the same dossier before it is refused (PostgreSQL syntax).
LOCK_TIMEOUT = "30s"

# SQLSTATEs of a clash between concurrent units of work: retrying the whole action is safe and useful.
# 40001 serialization_failure, 40P01 deadlock_detected, 23505 unique_violation (in this application a unique
# key is only ever hit by two writers allocating the same number or id at the same moment).
TRANSIENT_SQLSTATES = frozenset({"40001", "40P01", "23505"})
# 55P03 lock_not_available: the dossier's lock was not obtained within LOCK_TIMEOUT (not retried: it waited).
LOCK_TIMEOUT_SQLSTATE = "55P03"

# The first key of the two-key advisory lock form (``pg_advisory_xact_lock(int, int)``): "CHDO" in ASCII.
# The two-key form never meets the one-key schema lock of :mod:`.interprocess`.
DOSSIER_LOCK_CLASS = 0x4348444F

P = ParamSpec("P")
T = TypeVar("T")


class ConcurrentChange(UserError):
    """Another writer changed the same data at the same moment; the action was rolled back whole."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message
            or "Une autre personne enregistrait le même dossier au même moment : rien n'a été enregistré. "
            "Recommencez dans un instant."
        )


def lock_timeout_error() -> UserError:
    return UserError(
        "Le dossier est en cours d'enregistrement par une autre personne depuis plus de "
        f"{LOCK_TIMEOUT.removesuffix('s')} secondes : rien n'a été enregistré. Réessayez dans un instant."
    )


def sqlstate(error: BaseException | None) -> str | None:
    """The SQLSTATE of a driver error (psycopg's ``sqlstate``; None for SQLite, which has none)."""
    return getattr(error, "sqlstate", None)


def clash_error(error: BaseException | None) -> UserError | None:
    """The French error for a driver error caused by another writer: :class:`ConcurrentChange` (retried by
    :func:`retry_on_conflict`) for a clash, a refusal for a lock waited for too long; None otherwise."""
    state = sqlstate(error)
    if state in TRANSIENT_SQLSTATES:
        log.info("concurrent change (%s): %s", state, str(error).splitlines()[0] if str(error) else "")
        return ConcurrentChange()
    if state == LOCK_TIMEOUT_SQLSTATE:
        return lock_timeout_error()
    return None


def dossier_lock_key(dossier_id: str) -> int:
    """The second key of a dossier's advisory lock: 32 bits of its id's SHA-256, signed (an ``int4``).

    Two dossiers sharing a key only wait for each other once in a while; they never lose anything."""
    return int.from_bytes(hashlib.sha256(dossier_id.encode("utf-8")).digest()[:4], "big", signed=True)


def retry_on_conflict(action: Callable[[], T], attempts: int = RETRY_ATTEMPTS) -> T:
    """Run ``action`` (one whole user action: its own unit of work, nothing done outside it that a second
    run would repeat) again while it ends in :class:`ConcurrentChange`, at most ``attempts`` times."""
    for attempt in range(1, attempts + 1):
        try:
            return action()
        except ConcurrentChange:
            if attempt == attempts:
                log.warning("concurrent change: giving up after %d attempts", attempts)
                raise
            import random  # only on a clash: a command that meets none does not pay for it

            pause = RETRY_PAUSE_SECONDS * 2 ** (attempt - 1)
            log.info("concurrent change (attempt %d of %d): retrying", attempt, attempts)
            time.sleep(random.uniform(pause / 2, pause))
    raise AssertionError("unreachable")  # pragma: no cover


def retried(method: Callable[P, T]) -> Callable[P, T]:
    """Decorate a use case (one user action, one unit of work) so that a clash is retried (:func:`retry_on_conflict`)."""

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        return retry_on_conflict(lambda: method(*args, **kwargs))

    return wrapper
