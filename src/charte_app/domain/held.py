"""Which documents a dossier holds: the charter when it says something, then each convention.

Every dossier has a ``charter`` record (its title is required), but a dossier made for one subsidy
never fills it in: printing it gives pages of « … » that nobody would sign. The charter is held
when at least one of its own articles has content; its title, running head, visas, duration and
signature place alone frame an agreement without saying anything agreed. The diagnosis and the
common goal belong to the dossier (a convention's dossier may state them too), so they alone do not
make a charter either.
"""

from __future__ import annotations

from .model import Charter, Dossier

CHARTER = "charter"


def _said(text: str | None) -> bool:
    return bool(text and text.strip())


def charter_held(charter: Charter) -> bool:
    """True when the charter has at least one article with content of its own."""
    return (
        _said(charter.preamble)
        or bool(charter.values)
        or bool(charter.rules)
        or bool(charter.objectives)
        or bool(charter.commitments)
        or bool(charter.glossary)
        or bool(charter.governance.bodies)
        or _said(charter.governance.coordinator_role)
        or _said(charter.communication)
        or _said(charter.evaluation)
        or _said(charter.joining)
        or bool(charter.extra_articles)
    )


def held_documents(dossier: Dossier) -> list[str]:
    """The documents the dossier can print: ``"charter"`` when held, then every convention id, in order."""
    held = [CHARTER] if charter_held(dossier.charter) else []
    held += [conv.id for conv in dossier.conventions]
    return held
