"""Entry script of the bundle (PyInstaller): ``charte-app`` runs the command, ``charte-app-gui`` the launcher.

Both executables of dist/charte-app/ are built from this one script; the windowed one (Windows) is told
apart by its name, and opens a bare file as the desktop association passes it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from charte_app.cli import console, console_gui

if __name__ == "__main__":
    launcher = Path(sys.executable).stem.lower().endswith("-gui")
    sys.exit(console_gui() if launcher else console())
