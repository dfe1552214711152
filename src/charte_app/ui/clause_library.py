"""The clause library: standard French texts that prefill a new convention's clauses.

Texts live in ``resources/clauses/clauses_fr.json`` (data, not code, so a
network of PRE can adapt them without touching Python). This module also builds
new conventions and avenants as domain objects, prefilled from the library; it
imports no Qt.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from charte_app.domain import Amends, Convention, Disputes, Dossier, Termination
from charte_app.domain.labels import CONVENTION_KINDS
from charte_app.domain.prefill import prefill_from_charter
from charte_app.paths import bundled

#: Clause keys of the library, and where each one lives on a :class:`Convention`
#: (object attribute path, last part being the text field).
CLAUSE_FIELDS: dict[str, tuple[str, ...]] = {
    "governance": ("governance",),
    "evaluation": ("evaluation",),
    "data_protection": ("data_protection",),
    "insurance": ("insurance",),
    "communication": ("communication",),
    "amendment_clause": ("amendment_clause",),
    "termination": ("termination", "text"),
}


@dataclass(frozen=True)
class Clause:
    key: str
    title: str
    text: str


@dataclass(frozen=True)
class ClauseLibrary:
    clauses: dict[str, Clause]
    notice_months: int
    court: str
    amicable_first: bool
    legal_basis: dict[str, list[str]] = field(default_factory=dict)
    amendment_object: str = ""

    def text(self, key: str) -> str:
        return self.clauses[key].text

    def legal_basis_for(self, kind: str) -> list[str]:
        return list(self.legal_basis.get("common", [])) + list(self.legal_basis.get(kind, []))


def library_path() -> Path:
    return bundled("resources") / "clauses" / "clauses_fr.json"


@lru_cache(maxsize=4)
def load_library(path: Path | None = None) -> ClauseLibrary:
    """Read the library (cached): the bundled French one unless ``path`` is given."""
    raw: dict[str, Any] = json.loads((path or library_path()).read_text(encoding="utf-8"))
    clauses = {key: Clause(key, c["title"], c["text"]) for key, c in raw["clauses"].items()}
    missing = set(CLAUSE_FIELDS) - set(clauses)
    if missing:
        raise ValueError(f"bibliothèque de clauses incomplète : {', '.join(sorted(missing))}")
    return ClauseLibrary(
        clauses=clauses,
        notice_months=int(raw.get("termination_notice_months", 3)),
        court=raw.get("disputes", {}).get("court", ""),
        amicable_first=bool(raw.get("disputes", {}).get("amicable_first", True)),
        legal_basis={k: list(v) for k, v in raw.get("legal_basis", {}).items()},
        amendment_object=raw.get("amendment", {}).get("object", ""),
    )


def clause_owner(conv: Convention, key: str) -> tuple[Any, str]:
    """The object and attribute holding clause ``key`` of ``conv``."""
    *path, attr = CLAUSE_FIELDS[key]
    obj: Any = conv
    for part in path:
        obj = getattr(obj, part)
    return obj, attr


def unique_id(prefix: str, existing: list[Any]) -> str:
    """``prefix-N`` not used by any record of ``existing`` (ids are unique within a list)."""
    taken = {getattr(item, "id", None) for item in existing}
    n = len(existing) + 1
    while f"{prefix}-{n}" in taken:
        n += 1
    return f"{prefix}-{n}"


def new_convention(dossier: Dossier, kind: str, library: ClauseLibrary | None = None) -> Convention:
    """A new convention of ``kind``: clauses from the library's standard texts, and what the charter already
    says (place, period, signatories as parties, their commitments, the texts it cites: see
    :func:`charte_app.domain.prefill.prefill_from_charter`)."""
    lib = library or load_library()
    conv = Convention(
        id=unique_id("convention", dossier.conventions),
        title=CONVENTION_KINDS.get(kind, CONVENTION_KINDS["partnership"]),
        kind=kind,  # type: ignore[arg-type]
        parties=[],  # the charter's signatories (or the first partner), added below
        object="",
        legal_basis=lib.legal_basis_for(kind),
        termination=Termination(notice_months=lib.notice_months, text=lib.text("termination")),
        disputes=Disputes(court=lib.court, amicable_first=lib.amicable_first),
    )
    for key in CLAUSE_FIELDS:
        owner, attr = clause_owner(conv, key)
        setattr(owner, attr, lib.text(key))
    return prefill_from_charter(dossier, conv)


def new_amendment(dossier: Dossier, original: Convention, library: ClauseLibrary | None = None) -> Convention:
    """Avenant n° N to ``original``: same parties, citing it; restates only what it changes."""
    lib = library or load_library()
    number = 1 + sum(
        1 for c in dossier.conventions if c.kind == "amendment" and c.amends and c.amends.convention == original.id
    )
    return Convention(
        id=unique_id("avenant", dossier.conventions),
        title=f"Avenant n° {number} à la {original.title[:1].lower()}{original.title[1:]}",
        kind="amendment",
        amends=Amends(convention=original.id, number=number, signed_on=original.signature.date),
        parties=list(original.parties),
        legal_basis=list(original.legal_basis),
        object=lib.amendment_object,
    )
