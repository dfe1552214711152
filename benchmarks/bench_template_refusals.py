#!/usr/bin/env python3
"""How long a hostile user template takes to be refused (prints figures; not a test).

    .venv/bin/python benchmarks/bench_template_refusals.py

The cases are those of ``tests/test_documents_templates.py`` (``UNBOUNDED``: refused at build,
``WITHIN_EACH_VALUE``: refused at rendering). The tests check that each is refused, with its line
and reason; how long that takes is measured here, where a loaded machine cannot fail anything.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from charte_app.documents import engine  # noqa: E402
from test_documents_templates import UNBOUNDED, WITHIN_EACH_VALUE, override  # noqa: E402


def _refusal_s(folder: Path, text: str) -> float:
    override(folder, "charte.j2", text)
    started = time.perf_counter()
    try:
        engine.render("charte.j2", {}, folder)
    except engine.TemplateRefused:
        return time.perf_counter() - started
    raise AssertionError("accepted: " + text)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        cases = [(name, text) for name, text, _line, _reason in UNBOUNDED]
        cases += [(name, f"@title Charte\n{line}\n") for name, line, _reason in WITHIN_EACH_VALUE]
        for name, text in cases:
            print(f"{name:40} {_refusal_s(folder, text):6.2f} s", flush=True)


if __name__ == "__main__":
    main()
