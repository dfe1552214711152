"""Comparison of dossier versions: structured + word-level diff, exports, PDF verification.

Imports no Qt. Public entry points (contracts in ARCHITECTURE.md):
:func:`compare_dossiers`, :func:`write_comparison`, :func:`verify_pdf`.
"""

from .engine import compare_dossiers
from .export import write_comparison
from .model import Comparison, FieldDiff, Group, ItemDiff, Section
from .words import Segment, word_diff

__all__ = [
    "Comparison",
    "FieldDiff",
    "Group",
    "ItemDiff",
    "Section",
    "Segment",
    "compare_dossiers",
    "verify_pdf",
    "word_diff",
    "write_comparison",
]


def __getattr__(name: str) -> object:
    # verify pulls in pypdf; load it only when asked for.
    if name == "verify_pdf":
        from .verify import verify_pdf

        return verify_pdf
    raise AttributeError(name)
