"""``python -m charte_app``: the same as the ``charte-app`` command."""

from __future__ import annotations

import sys

from charte_app.cli import console

if __name__ == "__main__":
    sys.exit(console())
