"""The result of a comparison: groups (documents) → sections → items → fields.

Owns the shape every view and export reads; builds nothing itself (see
:mod:`.engine`). A comparison keeps *all* the content of both sides, changed
or not, so that a redline (DOCX with tracked changes) can show the whole
document and the side-by-side view can show changes in context; unchanged
sections are flagged so views collapse them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from .words import Segment

ItemStatus = Literal["added", "removed", "changed", "unchanged"]


@dataclass
class FieldDiff:
    """One labelled value of a section or an item, both sides as display text."""

    name: str
    label: str
    old: str | None
    new: str | None
    segments: list[Segment]
    changed: bool
    long: bool = False  # a paragraph text (shown under its label) rather than a short value


@dataclass
class ItemDiff:
    """One element of a list (a value, a rule, a contribution…), matched by id across versions."""

    category: str  # summary category, see .summary.CATEGORIES
    key: str  # the id (or glossary term, or due date) that matched both sides
    title: str  # French heading, e.g. "Valeur « Confiance »"
    status: ItemStatus
    moved: bool = False  # its position among kept items changed
    fields: list[FieldDiff] = field(default_factory=list)
    children: list[ItemDiff] = field(default_factory=list)

    @property
    def has_changes(self) -> bool:
        return self.status != "unchanged" or self.moved or any(c.has_changes for c in self.children)

    def walk(self) -> Iterator[ItemDiff]:
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class Section:
    """A part of a document (e.g. "Valeurs"): loose fields then listed items."""

    key: str  # stable identifier, e.g. "charter.values" or "convention:cv-1.contributions"
    title: str
    fields: list[FieldDiff] = field(default_factory=list)
    items: list[ItemDiff] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return any(f.changed for f in self.fields) or any(i.has_changes for i in self.items)

    @property
    def empty(self) -> bool:
        return not self.fields and not self.items


@dataclass
class Group:
    """One document of the dossier: general information, the charter, or one convention."""

    key: str  # "dossier", "charter" or "convention:<id>"
    title: str
    sections: list[Section] = field(default_factory=list)
    status: ItemStatus = "unchanged"  # a convention may be added or removed as a whole
    moved: bool = False

    @property
    def changed(self) -> bool:
        return self.status != "unchanged" or self.moved or any(s.changed for s in self.sections)


@dataclass
class Comparison:
    """What changed from ``old`` to ``new``, with a French summary."""

    document: str | None
    groups: list[Group]
    summary: str
    counts: dict[tuple[str, str], int]  # (category, "added"|"removed"|"changed"|"moved") → number

    @property
    def sections(self) -> list[Section]:
        return [s for g in self.groups for s in g.sections]

    @property
    def has_changes(self) -> bool:
        return any(g.changed for g in self.groups)

    def changed_sections(self) -> list[Section]:
        return [s for s in self.sections if s.changed]

    def unchanged_lines(self) -> list[str]:
        """What did not change, one line per document: "Charte de coopération : Glossaire · …"."""
        lines = []
        for group in self.groups:
            if not group.changed:
                lines.append(group.title)
            elif group.status == "unchanged":
                same = [s.title for s in group.sections if not s.changed]
                if same:
                    lines.append(f"{group.title} : " + " · ".join(same))
        return lines
