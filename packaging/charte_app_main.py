"""Entry script of the bundle (PyInstaller): ``charte-app`` runs the command, ``charte-app-gui`` the launcher.

On Linux and macOS one program serves both: called by the name ``charte-app-gui`` (a symlink beside it, or
/usr/bin/charte-app-gui from the .deb) it is the launcher, which opens a bare file as the desktop
association passes it. On Windows the launcher is a second, windowed executable of the same script.
"""

from __future__ import annotations

import sys
from pathlib import Path

from charte_app.cli import console, console_gui


def launcher() -> bool:
    names = (Path(sys.argv[0]).name if sys.argv else "", Path(sys.executable).name)
    return any(Path(name).stem.lower().endswith("-gui") for name in names)


if __name__ == "__main__":
    sys.exit(console_gui() if launcher() else console())
