"""The documents service (contract in ARCHITECTURE.md): choose, build, export, preview.

``export_document`` renders the whole file in memory, then writes it through
:func:`charte_app.fsutil.atomic_write`: a failure leaves neither a half-written
file nor a temporary one. Writers and the template engine are imported on
first use only.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from ..domain.held import held_documents
from ..domain.model import Dossier, Version
from ..domain.validation import refuse_out_of_bounds, refuse_unfinished
from ..errors import NotFound, OutputError
from ..fsutil import atomic_write, check_target

if TYPE_CHECKING:
    from .structure import Document

CHARTER = "charter"


def document_choices(dossier: Dossier) -> list[tuple[str, str]]:
    """What can be printed: ``("charter", title)`` when the dossier holds a charter
    (:func:`charte_app.domain.held.held_documents`), then one ``(convention id, title)`` per convention."""
    from .build import convention_title

    choices: list[tuple[str, str]] = []
    for document in held_documents(dossier):
        conv = dossier.convention(document)
        if conv is None:
            choices.append((CHARTER, dossier.charter.title or "Charte de coopération"))
        else:
            choices.append((conv.id, convention_title(dossier, conv)))
    return choices


def refuse_not_held(document: str, *dossiers: Dossier) -> None:
    """``NotFound`` unless one of ``dossiers`` holds ``document``; the French message lists what they hold.

    Several dossiers: a comparison, where a document of either side can be compared.
    """
    if any(document in held_documents(d) for d in dossiers):
        return
    choices = list(dict.fromkeys(choice for d in dossiers for choice in document_choices(d)))
    if document == CHARTER:
        what = "Ce dossier ne contient pas de charte"
    else:
        what = f"Ce dossier ne contient pas de document « {document} »"
    if not choices:
        raise NotFound(f"{what} : il n'a ni charte ni convention, il n'y a rien à imprimer.")
    listed = ", ".join(f"{key} ({title})" for key, title in choices)
    raise NotFound(f"{what}. Documents disponibles : {listed}.")


def build_document(
    dossier: Dossier, document: str, *, version: Version | None = None, data_dir: Path | None = None
) -> Document:
    """The neutral structure of ``document`` ("charter" or a convention id).

    A document the dossier does not hold is refused (``NotFound`` listing those it holds): a charter
    nobody filled in would print pages of « … ».
    """
    from ..paths import data_dir as default_data_dir
    from .build import build

    refuse_not_held(document, dossier)
    refuse_out_of_bounds(dossier, "le document")  # a version stored before import bounded them
    return build(dossier, document, version=version, data_dir=data_dir or default_data_dir())


def render_bytes(
    document: Document, fmt: Literal["pdf", "docx"], *, data_dir: Path | None = None, signature_fields: bool = False
) -> bytes:
    """The file's bytes in ``fmt`` (for the comparison exports too).

    ``signature_fields``: the PDF gets one empty signature field per signatory (e-signature platforms).
    """
    if fmt == "pdf":
        from .pdf_writer import write_pdf

        return write_pdf(document, letterhead=_letterhead(data_dir), signature_fields=signature_fields)
    if fmt == "docx":
        from .docx_writer import write_docx

        return write_docx(document, letterhead=_letterhead(data_dir), copy_of_pdf=True)
    raise OutputError(f"Format « {fmt} » inconnu : choisissez pdf ou docx.")


def render_pdf_revisions(document: Document, *, data_dir: Path | None = None) -> tuple[bytes, Callable[[], bytes]]:
    """The PDF's bytes as ``render_bytes`` gives them, and a function giving them with their empty
    signature fields appended (``verify`` compares a file with either, laying the pages out once)."""
    from .pdf_writer import add_signature_fields, layout_pdf

    pdf, spots = layout_pdf(document, letterhead=_letterhead(data_dir))
    return pdf, lambda: add_signature_fields(pdf, spots, modified=document.metadata.created)


def export_document(
    dossier: Dossier,
    document: str,
    fmt: Literal["pdf", "docx"],
    output: Path,
    *,
    version: Version | None = None,
    data_dir: Path | None = None,
    signature_fields: bool = False,
) -> Path:
    """Build and write ``document`` to ``output`` atomically; returns ``output``.

    A working draft that still has errors is refused (``DossierRefused`` lists them): a document to
    sign is printed from a dossier without errors only. ``signature_fields`` (PDF only) adds one empty
    signature field per signatory block.
    """
    from ..paths import data_dir as default_data_dir

    folder = data_dir or default_data_dir()
    output = Path(output)
    check_target(output)  # a folder, a device, a FIFO: refused before the document is built
    refuse_not_held(document, dossier)  # before the draft's errors: they do not matter for a missing document
    if version is None:  # a stored version was checked when it was frozen or imported
        refuse_unfinished(dossier, "le document")
    structure = build_document(dossier, document, version=version, data_dir=folder)
    atomic_write(output, render_bytes(structure, fmt, data_dir=folder, signature_fields=signature_fields))
    return output


def to_html(document: Document) -> str:
    """HTML for the UI's preview and printing (QTextDocument subset)."""
    from .html_writer import write_html

    return write_html(document)


LETTERHEAD = "papier-en-tete.docx"


def _letterhead(data_dir: Path | None) -> Path | None:
    """A territory's letterhead: ``<data dir>/templates/papier-en-tete.docx`` when present."""
    if data_dir is None:
        return None
    path = Path(data_dir) / "templates" / LETTERHEAD
    if not path.is_file():
        return None
    from .letterhead import check_letterhead

    check_letterhead(path)
    return path
