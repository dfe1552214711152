"""DOCX of a comparison with real tracked changes.

The comparison document (:mod:`.document`, ``full=True``: every section, so
accepting all changes gives the newer version's texts and rejecting all gives
the older's) goes through the documents package's DOCX writer, which turns
inserted / deleted runs into ``w:ins`` / ``w:del`` with its font, styles,
French typography and page furniture; :mod:`.docx_revisions` then stamps the
revisions with the comparison's author and date.
"""

from __future__ import annotations

from datetime import UTC, datetime

from ..documents.docx_writer import write_docx
from .document import comparison_document
from .docx_revisions import finish_redline
from .model import Comparison

DEFAULT_AUTHOR = "charte-app"


def render_docx(
    comparison: Comparison,
    *,
    old_label: str,
    new_label: str,
    author: str | None = None,
    when: datetime | None = None,
) -> bytes:
    """The redline's bytes; revisions are by ``author`` (default "charte-app") at ``when`` (default now)."""
    document = comparison_document(comparison, old_label=old_label, new_label=new_label, full=True)
    return finish_redline(write_docx(document), author=author or DEFAULT_AUTHOR, when=when or datetime.now(UTC))
