"""charte-app: co-construct cooperation charters and partnership conventions."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # importlib.metadata costs ~50 ms at import; only the few callers of __version__ should pay it.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("charte-app")
        except PackageNotFoundError:  # running from a source tree without installation
            return "0.0.0"
    raise AttributeError(name)
