"""Versions views: history and decisions, side-by-side comparison, PDF verification.

Widgets get the services they need as constructor arguments, never the
application object; no SQL here. The main window opens them through
:func:`open_history`, :func:`open_compare` and :func:`open_verify` (in :mod:`.windows`).

The package itself imports nothing: its names are loaded on first use. A generated form whose
custom widget lives here (``charte_app.ui.versions.compare_view``) imports this package first; were
the package to import its views, which import those forms, each form would import itself.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .compare_dialog import CompareDialog
    from .compare_view import ComparisonView
    from .history import HistoryPanel
    from .verify_dialog import VerifyDialog
    from .windows import HistoryDialog, open_compare, open_history, open_verify

__all__ = [
    "CompareDialog",
    "ComparisonView",
    "HistoryDialog",
    "HistoryPanel",
    "VerifyDialog",
    "open_compare",
    "open_history",
    "open_verify",
]

#: Each public name and the submodule that defines it.
_HOMES = {
    "CompareDialog": "compare_dialog",
    "ComparisonView": "compare_view",
    "HistoryDialog": "windows",
    "HistoryPanel": "history",
    "VerifyDialog": "verify_dialog",
    "open_compare": "windows",
    "open_history": "windows",
    "open_verify": "windows",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)
