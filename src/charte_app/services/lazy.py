"""Versions whose snapshot is decoded only when it is read.

Listing the history of a large dossier (30 snapshots of a few hundred
kilobytes each) would otherwise decode every snapshot although a history view
shows only numbers, labels and statuses. A :class:`LazyVersion` *is* a
:class:`~charte_app.domain.model.Version`: reading ``.snapshot`` checks the
stored canonical JSON against the version's fingerprint, then decodes it once;
assigning it works as usual.

:func:`check_snapshot` is that check, used by every read of a stored version's
content (print, compare, verify, save): an altered snapshot is refused as
:class:`~charte_app.errors.AlteredVersion`, never shown under its genuine fingerprint.
"""

from __future__ import annotations

import dataclasses
import hashlib
from typing import Any

from ..domain import jsontext
from ..domain.canonical import PREFIX
from ..domain.codec import decode
from ..domain.model import Dossier, Version
from ..domain.problems import Problem
from ..domain.validation import errors
from ..errors import AlteredVersion

_TEXT = "_snapshot_text"
_VALUE = "_snapshot_value"
# A snapshot that decodes without type errors, standing in while the header is decoded.
_PLACEHOLDER: dict[str, Any] = {"id": "", "title": "", "partners": []}


def check_snapshot(number: int, label: str, fingerprint: str, text: str) -> None:
    """Refuse a stored snapshot whose SHA-256 is not its version's fingerprint (the database was altered).

    The stored text is the canonical JSON itself, so hashing it is the whole check (no decoding).
    """
    digest = PREFIX + hashlib.sha256(text.encode("utf-8")).hexdigest()
    if digest != fingerprint:
        raise AlteredVersion(
            f"La version n° {number} « {label} » a été modifiée dans la base de données : son contenu ne "
            f"correspond plus à son empreinte ({fingerprint[:23]}…). Elle n'est ni imprimée, ni comparée, ni "
            "enregistrée, ni reconnue par la vérification. Restaurez une sauvegarde de la base de données."
        )


def decode_dossier(text: str | dict[str, Any], path: str = "dossier") -> Dossier:
    """A stored dossier from its JSON text (or the already parsed object)."""
    problems: list[Problem] = []
    dossier = decode(Dossier, jsontext.loads(text) if isinstance(text, str) else text, path, problems)
    if errors(problems):  # the store only holds validated dossiers: this is a bug, not a user error
        raise RuntimeError(f"stored dossier does not decode: {problems[:3]}")
    return dossier


class LazyVersion(Version):
    """A stored version; its snapshot is decoded from canonical JSON on first access."""

    @property  # a property standing for the dataclass field
    def snapshot(self) -> Dossier:
        state = self.__dict__
        if _VALUE not in state:
            check_snapshot(self.number, self.label, self.fingerprint, state[_TEXT])
            state[_VALUE] = decode_dossier(state.pop(_TEXT), "version.snapshot")
        return state[_VALUE]

    @snapshot.setter
    def snapshot(self, value: Dossier) -> None:
        self.__dict__[_VALUE] = value
        self.__dict__.pop(_TEXT, None)

    def __eq__(self, other: object) -> bool:
        # The generated __eq__ requires the very same class; a lazy version equals its eager twin.
        if not isinstance(other, Version):
            return NotImplemented
        return all(getattr(self, f.name) == getattr(other, f.name) for f in dataclasses.fields(Version) if f.compare)

    __hash__ = None  # type: ignore[assignment]  # mutable, like every dataclass of the model


def lazy_version(header: dict[str, Any], snapshot_text: str) -> Version:
    """A version from its file-form header (everything but ``snapshot``) and its snapshot's JSON text."""
    problems: list[Problem] = []
    version = decode(Version, {**header, "snapshot": _PLACEHOLDER}, "version", problems)
    if errors(problems):
        raise RuntimeError(f"stored version does not decode: {problems[:3]}")
    version.__class__ = LazyVersion
    state = version.__dict__
    state.pop("snapshot", None)
    state[_TEXT] = snapshot_text
    return version
