"""Canonical JSON and fingerprints, exactly as the format page defines them.

The fingerprint of a version is the SHA-256 of its snapshot serialised with
sorted keys, ``separators=(",", ":")`` and ``ensure_ascii=False``, in UTF-8.
It is printed on every page of documents exported from that version.
"""

from __future__ import annotations

import hashlib
from typing import Any

from .codec import encode
from .jsontext import dumps
from .model import Dossier

PREFIX = "sha256:"


def canonical_json(value: Any) -> str:
    # A number that is not an integer is written as the file wrote it (jsontext.Number): the same
    # text as json's for every number json writes, so no fingerprint changed with this.
    return dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def fingerprint_of_json(value: Any) -> str:
    return PREFIX + hashlib.sha256(canonical_json(value).encode("utf-8")).hexdigest()


def fingerprint(snapshot: Dossier) -> str:
    """Fingerprint of a dossier snapshot (``sha256:<hex>``)."""
    return fingerprint_of_json(encode(snapshot))


def short_fingerprint(value: str) -> str:
    """The first 16 hex digits, as printed on document pages."""
    return value.removeprefix(PREFIX)[:16]
