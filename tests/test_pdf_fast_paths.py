"""The PDF writer's fast paths give the same bytes as reportlab's own code paths."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from charte_app.documents.fonts import PDF_NAMES, register_pdf_fonts

# French text, the no-break spaces and hyphens the writer uses, a CJK character (no glyph in
# Liberation Sans: notdef) and enough distinct symbols to open a second 256-glyph subset.
ALPHABET = st.sampled_from(
    list("aàâbcçdeéèêëfghiîïjklmnoôpqrstuùûvwxyz ABCÉ0123456789’«»–—…-.,;:!?€")
    + ["\u00a0", "\u2010", "\u202f", "\u4e00"]
    + [chr(0x0400 + i) for i in range(0, 300, 7)]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(ALPHABET, max_size=40), min_size=1, max_size=25))
def test_split_string_matches_reportlab(texts: list[str]) -> None:
    """The charmap-encoded strings are exactly what reportlab's loop gives, text after text, in
    one document whose subsets fill as new characters come (the state is shared, as in a PDF)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    register_pdf_fonts()
    fast = pdfmetrics.getFont(PDF_NAMES["regular"])
    assert type(fast) is not TTFont  # the writer's own subclass is the one registered
    slow = TTFont("reference", fast.face.filename)
    fast_doc = Canvas(io.BytesIO())._doc
    slow_doc = Canvas(io.BytesIO())._doc
    for text in texts * 2:  # the second pass goes through the fast path
        assert fast.splitString(text, fast_doc) == TTFont.splitString(slow, text, slow_doc)


def test_reportlab_compiles_its_own_patterns() -> None:
    """Issue 25: no stand-in in ``re``'s private cache for reportlab's URL and CJK patterns (they saved
    about 40 ms of CPU at the first export, not worth a patch that a Python or reportlab upgrade breaks)."""
    import subprocess
    import sys

    script = """
import re, sys, tempfile
from pathlib import Path
from charte_app.samples import small_dossier
from charte_app.documents.service import build_document, render_bytes
data = Path(tempfile.mkdtemp())
assert render_bytes(build_document(small_dossier(), "charter", data_dir=data), "pdf", data_dir=data)[:5] == b"%PDF-"
from reportlab.lib import textsplit
from reportlab.platypus import paragraph
assert type(paragraph.uri_pat) is re.Pattern, type(paragraph.uri_pat)
assert type(textsplit.rx) is re.Pattern, type(textsplit.rx)
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def _structures(chalons: Any) -> Iterator[tuple[str, Any]]:
    """Each document of the Châlons dossier (the charter, then every convention), built."""
    from charte_app.documents.build import build

    for document in ("charter", *(c.id for c in chalons.dossier.conventions)):
        yield document, build(chalons.dossier, document, version=None, data_dir=None)


def test_the_body_frame_copies_as_deepcopy_does(chalons: object, monkeypatch: pytest.MonkeyPatch) -> None:
    """The frame's own deep copy: the same attributes, its lists copied, and the same PDF bytes as with
    reportlab's ``Frame`` (copied by ``copy.deepcopy``'s generic machinery)."""
    import copy

    from reportlab.platypus import Frame

    from charte_app.documents import pdf_layout
    from charte_app.documents.pdf_writer import write_pdf

    frame = pdf_layout.frame_class()(10, 20, 300, 400, id="body", leftPadding=0)
    frame._frameBGs = [("#eeeeee", 0, 0)]
    frame.add_generated_content("x")
    clone = copy.deepcopy(frame)
    assert type(clone) is type(frame) and clone is not frame
    assert clone.__dict__ == frame.__dict__
    assert clone._frameBGs is not frame._frameBGs and clone._generated_content is not frame._generated_content

    for document, structure in _structures(chalons):
        fast = write_pdf(structure)
        with monkeypatch.context() as patch:
            patch.setattr(pdf_layout, "frame_class", lambda: Frame)
            assert write_pdf(structure) == fast, document


def test_a_table_measured_again_in_the_same_space_keeps_its_sizes(
    chalons: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """platypus measures a table kept with its heading twice with the same space: the second ``_calc`` is
    skipped, and the PDF is byte for byte the one reportlab's own ``_calc`` gives."""
    from reportlab.platypus.tables import Table

    from charte_app.documents.pdf_text import table_class
    from charte_app.documents.pdf_writer import write_pdf

    document_table = table_class()
    reportlab_calc = Table._calc
    computed: list[int] = []  # reportlab's _calc run under the cache
    measured: list[int] = []  # every measure, without the cache

    def computing(self: Table, width: float, height: float) -> None:
        if isinstance(self, document_table):
            computed.append(id(self))
        reportlab_calc(self, width, height)

    def measuring(self: Table, width: float, height: float) -> None:
        measured.append(id(self))
        reportlab_calc(self, width, height)

    from charte_app.documents.build import build
    from charte_app.samples import large_dossier_file

    # The 40-party sample's long tables split across pages: platypus measures them again there.
    sample = large_dossier_file(versions=1).dossier
    split = build(sample, sample.conventions[0].id, version=None, data_dir=None)
    for document, structure in [*_structures(chalons), ("40 parties", split)]:
        with monkeypatch.context() as patch:
            patch.setattr(Table, "_calc", computing)
            fast = write_pdf(structure)
        with monkeypatch.context() as patch:
            patch.setattr(document_table, "_calc", measuring)
            assert write_pdf(structure) == fast, document
    assert 0 < len(computed) < len(measured)  # tables measured again in the same space were not recomputed


def test_every_module_importing_reportlab_prepares_its_import_first() -> None:
    """reportlab_import defers part of reportlab's import when it is imported before reportlab:
    each module of the application that imports reportlab imports it at its top."""
    import ast
    from pathlib import Path

    import charte_app

    users = []
    for path in Path(charte_app.__file__).parent.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
        names += [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.level == 0]
        if not any(name.split(".")[0] == "reportlab" for name in names) or path.stem == "reportlab_import":
            continue
        users.append(path.stem)
        top = [n for n in tree.body if isinstance(n, ast.ImportFrom)]
        assert any(n.level == 1 and any(a.name == "reportlab_import" for a in n.names) for n in top), path
    assert {"fonts", "pdf_writer", "pdf_text", "pdf_layout"} <= set(users)
