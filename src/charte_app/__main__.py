"""``python -m charte_app``: the same as the ``charte-app`` command."""

from __future__ import annotations

import sys

from charte_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
