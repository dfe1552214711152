"""Identifiers for new items, derived from their titles (``[a-z0-9-]+``, unique in their list)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_NON_ID = re.compile(r"[^a-z0-9]+")
_MAX_LENGTH = 40


def slugify(title: str, fallback: str = "element") -> str:
    """ "Comité de pilotage" → "comite-de-pilotage"; accents dropped, at most 40 characters."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    slug = _NON_ID.sub("-", ascii_text.lower()).strip("-")
    if len(slug) > _MAX_LENGTH:  # cut at a word boundary when there is one
        cut = slug[: _MAX_LENGTH + 1]
        slug = cut[: cut.rfind("-")] if "-" in cut else slug[:_MAX_LENGTH]
    return slug or fallback


def unique_id(title: str, existing: Iterable[str], fallback: str = "element") -> str:
    """A slug of ``title`` not in ``existing``: "ville", then "ville-2", "ville-3"…"""
    taken = set(existing)
    base = slugify(title, fallback)
    candidate, n = base, 2
    while candidate in taken:
        candidate = f"{base}-{n}"
        n += 1
    return candidate
