"""Versions whose snapshot is decoded only when it is read.

Listing the history of a large dossier (30 snapshots of a few hundred
kilobytes each) would otherwise decode every snapshot although a history view
shows only numbers, labels and statuses. A :class:`LazyVersion` *is* a
:class:`~charte_app.domain.model.Version`: reading ``.snapshot`` decodes the
stored canonical JSON once; assigning it works as usual.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from ..domain.codec import decode
from ..domain.model import Dossier, Version
from ..domain.problems import Problem
from ..domain.validation import errors

_TEXT = "_snapshot_text"
_VALUE = "_snapshot_value"
# A snapshot that decodes without type errors, standing in while the header is decoded.
_PLACEHOLDER: dict[str, Any] = {"id": "", "title": "", "partners": []}


def decode_dossier(text: str, path: str = "dossier") -> Dossier:
    problems: list[Problem] = []
    dossier = decode(Dossier, json.loads(text), path, problems)
    if errors(problems):  # the store only holds validated dossiers: this is a bug, not a user error
        raise RuntimeError(f"stored dossier does not decode: {problems[:3]}")
    return dossier


class LazyVersion(Version):
    """A stored version; its snapshot is decoded from canonical JSON on first access."""

    @property  # a property standing for the dataclass field
    def snapshot(self) -> Dossier:
        state = self.__dict__
        if _VALUE not in state:
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
