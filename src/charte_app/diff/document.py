"""A comparison as a neutral document (``charte_app.documents.structure``), for the PDF and DOCX.

Owns what a printed comparison says and in which order: title, summary, a
legend that does not rely on colour, then each changed document and section,
each item headed with its status in words ("ajoutée", "modifié, déplacé") and
its fields with inserted / deleted runs. With ``full=True`` (the DOCX redline)
unchanged sections, items and fields are printed too, so that accepting every
tracked change gives the newer version's content and rejecting every one gives
the older.
"""

from __future__ import annotations

from ..documents.structure import Document, Furniture, Metadata, Paragraph, Run, Section
from .model import Comparison, FieldDiff, Group, ItemDiff
from .summary import status_word
from .text_export import item_status
from .words import Segment

TITLE = "Comparaison de versions"
MARK = "Comparaison de versions – document de travail"


def segment_runs(segments: list[Segment]) -> list[list[Run]]:
    """Runs of a diff split into paragraphs at line breaks (blank lines dropped)."""
    paragraphs: list[list[Run]] = [[]]
    for seg in segments:
        lines = seg.text.split("\n")
        for n, line in enumerate(lines):
            if n:
                paragraphs.append([])
            if line:
                paragraphs[-1].append(Run(line, inserted=seg.op == "insert", deleted=seg.op == "delete"))
    return [p for p in paragraphs if p]


def redline_legend() -> Paragraph:
    """The DOCX legend: its changes are real revisions, so the legend holds none itself."""
    return Paragraph(
        [
            Run("Légende : ", bold=True),
            Run(
                "les modifications apparaissent en suivi des modifications (ajouts soulignés, suppressions "
                "barrées) ; acceptez-les ou refusez-les dans Word ou LibreOffice. Chaque élément ajouté, "
                "supprimé, modifié ou déplacé l'est aussi en toutes lettres dans son titre."
            ),
        ],
        "note",
    )


def legend() -> Paragraph:
    """The PDF legend: sample runs drawn as the changes are, and said in words, not colour alone."""
    return Paragraph(
        [
            Run("Légende : ", bold=True),
            Run("texte ajouté", inserted=True),
            Run(" (souligné, en vert) ; "),
            Run("texte supprimé", deleted=True),
            Run(
                " (barré, en rouge). Chaque élément ajouté, supprimé, modifié ou déplacé "
                "l'est aussi en toutes lettres dans son titre."
            ),
        ],
        "note",
    )


def _field(f: FieldDiff, heading: str = "") -> list[Paragraph]:
    paragraphs = segment_runs(f.segments)
    if not paragraphs:
        return []
    if f.label == heading:  # "Diagnostic partagé" under the heading "Diagnostic partagé"
        return [Paragraph(runs, "body") for runs in paragraphs]
    label = Run(f"{f.label} : ", bold=True)
    if not f.long and len(paragraphs) == 1:
        return [Paragraph([label, *paragraphs[0]], "body")]
    return [Paragraph([label], "body", keep_with_next=True)] + [Paragraph(runs, "body") for runs in paragraphs]


def _item(item: ItemDiff, full: bool, depth: int) -> list[Paragraph]:
    if not full and not item.has_changes:
        return []
    status = item_status(item)
    # An added (removed) item's heading is itself inserted (deleted): rejecting (accepting)
    # every change in the redline then leaves no trace of it.
    mark = {"inserted": item.status == "added", "deleted": item.status == "removed"}
    title = [Run(("– " * depth) + item.title, bold=True, **mark)]
    if status:
        title.append(Run(f" — {status}", italic=True, **mark))
    out = [Paragraph(title, "subheading", keep_with_next=True)]
    if full or item.status in ("added", "removed"):
        fields = item.fields
    else:
        fields = [f for f in item.fields if f.changed]
    for f in fields:
        out += _field(f)
    for child in item.children:
        out += _item(child, full, depth + 1)
    return out


def _group_heading(group: Group) -> Paragraph:
    mark = {"inserted": group.status == "added", "deleted": group.status == "removed"}
    runs = [Run(group.title, bold=True, **mark)]
    words = []
    if group.status in ("added", "removed"):
        words.append(status_word("convention", group.status))
    if group.moved:
        words.append(status_word("convention", "moved"))
    if words:
        runs.append(Run(" — " + ", ".join(words), italic=True, **mark))
    return Paragraph(runs, "heading", keep_with_next=True)


def comparison_document(comparison: Comparison, *, old_label: str, new_label: str, full: bool = False) -> Document:
    """The neutral document of a comparison; ``full`` keeps unchanged content too (redline)."""
    sections = [
        Section(
            "title",
            key="title",
            blocks=[
                Paragraph([Run(TITLE)], "title"),
                Paragraph([Run(f"De « {old_label} »")], "subtitle"),
                Paragraph([Run(f"à « {new_label} »")], "subtitle"),
            ],
        ),
        Section(
            "other",
            key="summary",
            heading=Paragraph([Run("Résumé")], "heading", keep_with_next=True),
            blocks=[Paragraph([Run(comparison.summary)], "body"), redline_legend() if full else legend()],
        ),
    ]
    for group in comparison.groups:
        if not full and not group.changed:
            continue
        blocks: list[Paragraph] = []
        whole = full or group.status != "unchanged"
        for section in group.sections:
            if not whole and not section.changed:
                continue
            blocks.append(Paragraph([Run(section.title)], "subheading", keep_with_next=True))
            for f in section.fields:
                if whole or f.changed:
                    blocks += _field(f, section.title)
            for item in section.items:
                blocks += _item(item, whole, 0)
        sections.append(Section("other", key=group.key, heading=_group_heading(group), blocks=list(blocks)))
    unchanged = [] if full else comparison.unchanged_lines()
    if unchanged:
        sections.append(
            Section(
                "other",
                key="unchanged",
                heading=Paragraph([Run("Sans changement")], "heading", keep_with_next=True),
                blocks=[Paragraph([Run(line)], "bullet") for line in unchanged],
            )
        )
    footer = f"{TITLE} : « {old_label} » → « {new_label} »"
    return Document(
        kind="charter",
        sections=sections,
        furniture=Furniture(footer_title=footer, draft_mark=MARK),
        metadata=Metadata(title=footer, author="charte-app", subject=comparison.summary),
    )
