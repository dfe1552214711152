"""``write_comparison``: one entry point for the text, PDF and DOCX renderings.

Owns format dispatch and where the bytes go (standard output for text without
a path; otherwise an atomic write through :mod:`charte_app.fsutil`).
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import Literal

from ..errors import UserError
from ..fsutil import atomic_write
from .model import Comparison
from .text_export import render_text

Format = Literal["text", "pdf", "docx"]


def write_comparison(
    comparison: Comparison,
    fmt: Format,
    output: Path | None,
    *,
    old_label: str,
    new_label: str,
    author: str | None = None,
    when: datetime | None = None,
) -> None:
    """Write the comparison as ``fmt`` to ``output`` (text only: None means standard output).

    ``author`` and ``when`` stamp the DOCX's tracked changes (default: "charte-app", now).
    """
    if fmt == "text":
        text = render_text(comparison, old_label=old_label, new_label=new_label)
        if output is None:
            sys.stdout.write(text)
            sys.stdout.flush()
        else:
            atomic_write(Path(output), text.encode("utf-8"))
        return
    if fmt not in ("pdf", "docx"):
        raise UserError(f"Format « {fmt} » inconnu : choisissez text, pdf ou docx.")
    if output is None:
        raise UserError(f"Indiquez un fichier de sortie pour le format {fmt.upper()} (--output).")
    if fmt == "pdf":
        from .pdf_export import render_pdf

        data = render_pdf(comparison, old_label=old_label, new_label=new_label)
    else:
        from .docx_export import render_docx

        data = render_docx(comparison, old_label=old_label, new_label=new_label, author=author, when=when)
    atomic_write(Path(output), data)
