"""charte-app: co-construct cooperation charters and partnership conventions."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("charte-app")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0"
