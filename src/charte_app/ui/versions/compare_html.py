"""The side-by-side comparison as Qt rich text: two documents with the same rows.

Owns the markup only (no widget): each heading, item and field is one row,
rendered as exactly one paragraph (one text block) in each column, the older
side on the left (kept + deleted text), the newer on the right (kept +
inserted text). Row *k* is block *k* on both sides, which is what lets the
view lock the two scrolls together row by row. (One two-column table would
align rows by itself, but Qt lays out a table of a thousand rows ten times
slower than paragraphs.) Inserted text is underlined, deleted text struck
through, each also coloured and tinted: the meaning never rests on colour
alone. ``changes`` lists the rows that are navigation stops; a collapsed
section is one row with an ``expand:`` link.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from charte_app.diff.model import Comparison, FieldDiff, Group, ItemDiff, Section
from charte_app.diff.text_export import item_status
from charte_app.diff.words import Segment

INSERTED = "#1a7f37"
INSERTED_BG = "#e3f4e8"
DELETED = "#b42318"
DELETED_BG = "#fbe4e2"
MOVED = "#6b4fbb"
MUTED = "#666666"

INS_STYLE = f"color:{INSERTED}; background-color:{INSERTED_BG}; text-decoration:underline;"
DEL_STYLE = f"color:{DELETED}; background-color:{DELETED_BG}; text-decoration:line-through;"


STYLE_SHEET = (
    f".i {{ {INS_STYLE} }} .d {{ {DEL_STYLE} }} .m {{ color:{MUTED}; }} .v {{ color:{MOVED}; }} "
    "p { margin-top:0px; margin-bottom:0px; } p.h1 { margin-top:10px; } p.h2 { margin-top:6px; } "
    "p.item { background-color:#f2f2f2; margin-top:3px; }"
)


@dataclass
class Rendered:
    old_html: str
    new_html: str
    changes: list[int] = field(default_factory=list)  # rows that are navigation stops, in reading order
    rows: int = 0


def side_html(segments: list[Segment], side: str) -> str:
    """One side of a diff: ``old`` shows kept + deleted, ``new`` kept + inserted."""
    out = []
    for seg in segments:
        if seg.op == "equal":
            out.append(_text(seg.text))
        elif seg.op == "delete" and side == "old":
            out.append(f'<span class="d">{_text(seg.text)}</span>')
        elif seg.op == "insert" and side == "new":
            out.append(f'<span class="i">{_text(seg.text)}</span>')
    return "".join(out)


def _text(text: str) -> str:
    # Line breaks, not paragraphs: a row must stay one text block on each side.
    return escape(text).replace("\n", "<br/>")


def legend_html() -> str:
    return (
        f'<b>Légende :</b> <span style="{INS_STYLE}">texte ajouté</span> (souligné) · '
        f'<span style="{DEL_STYLE}">texte supprimé</span> (barré) · '
        f'<span style="color:{MOVED};">⇅ déplacé</span> · statut écrit en toutes lettres'
    )


class _Builder:
    def __init__(self, expanded: set[str], show_all: bool) -> None:
        self.old: list[str] = []
        self.new: list[str] = []
        self.changes: list[int] = []
        self.expanded = expanded
        self.show_all = show_all

    def row(self, left: str, right: str, *, kind: str = "", changed: bool = False) -> None:
        if changed:
            self.changes.append(len(self.old))
        cls = f' class="{kind}"' if kind else ""
        self.old.append(f"<p{cls}>{left or '&nbsp;'}</p>")
        self.new.append(f"<p{cls}>{right or '&nbsp;'}</p>")

    def heading(self, text: str, level: int, extra: str = "", *, changed: bool = False) -> None:
        size = {1: "x-large", 2: "large"}.get(level, "medium")
        cell = f'<span style="font-size:{size}; font-weight:bold;">{escape(text)}</span>{extra}'
        self.row(cell, cell, kind=f"h{level}", changed=changed)

    def field(self, f: FieldDiff, indent: int, *, stop: bool = True) -> None:
        pad = "&nbsp;" * (4 * indent)
        label = f"{pad}<b>{escape(f.label)} :</b> "
        left = label + side_html(f.segments, "old") if f.old else ""
        right = label + side_html(f.segments, "new") if f.new else ""
        self.row(left, right, changed=stop and f.changed)

    def item(self, item: ItemDiff, indent: int, whole: bool) -> None:
        show = whole or item.has_changes
        if not show:
            return
        status = item_status(item)
        pad = "&nbsp;" * (4 * indent)
        title = f"{pad}<b>{escape(item.title)}</b>"
        words = f' <i class="m">— {escape(status)}</i>' if status else ""
        moved = ' <span class="v">⇅</span>' if item.moved else ""
        own_change = item.status != "unchanged" or item.moved
        if item.status == "added":
            left, right = (
                f'<i class="m">{pad}(absent)</i>',
                f'<span class="i">{title}</span>{words}',
            )
        elif item.status == "removed":
            left, right = (
                f'<span class="d">{title}</span>{words}',
                f'<i class="m">{pad}(supprimé)</i>',
            )
        else:
            left, right = title + moved, title + moved + words
        self.row(left, right, kind="item", changed=own_change)
        # One navigation stop per changed item (its row); its fields are read under it.
        all_fields = whole or item.status in ("added", "removed")
        for f in item.fields:
            if all_fields or f.changed:
                self.field(f, indent + 1, stop=False)
        for child in item.children:
            self.item(child, indent + 1, whole)

    def section(self, group: Group, section: Section) -> None:
        key = section.key
        whole_group = group.status != "unchanged"
        open_ = self.show_all or key in self.expanded or whole_group
        toggle = "Replier" if key in self.expanded else "Tout afficher"
        if not section.changed and not whole_group:
            if open_:
                link = f' <a href="collapse:{escape(key)}">Replier</a>' if key in self.expanded else ""
                self.heading(section.title, 2, f' <i class="m">— sans changement</i>{link}')
                for f in section.fields:
                    self.field(f, 0)
                for item in section.items:
                    self.item(item, 0, True)
            else:
                link = f' <a href="expand:{escape(key)}">Afficher</a>'
                self.heading(section.title, 2, f' <i class="m">— sans changement</i>{link}')
            return
        hidden = sum(1 for i in section.items if not i.has_changes) + sum(1 for f in section.fields if not f.changed)
        link = ""
        if hidden and not whole_group and not self.show_all:
            verb = "collapse" if key in self.expanded else "expand"
            link = f' <a href="{verb}:{escape(key)}">{toggle} ({hidden} sans changement)</a>'
        self.heading(section.title, 2, link)
        for f in section.fields:
            if open_ or f.changed:
                self.field(f, 0)
        for item in section.items:
            self.item(item, 0, open_)


def render(comparison: Comparison, *, expanded: set[str] | None = None, show_all: bool = False) -> Rendered:
    """Both columns; ``expanded`` section keys (or ``show_all``) show unchanged content too."""
    b = _Builder(expanded or set(), show_all)
    for group in comparison.groups:
        extra = ""
        if group.status in ("added", "removed"):
            cls = "i" if group.status == "added" else "d"
            word = "ajoutée" if group.status == "added" else "supprimée"
            extra = f' <span class="{cls}">— convention {word}</span>'
        if group.moved:
            extra += ' <span class="v">⇅ déplacée</span>'
        b.heading(group.title, 1, extra, changed=group.status != "unchanged" or group.moved)
        for section in group.sections:
            b.section(group, section)
    return Rendered("".join(b.old), "".join(b.new), b.changes, len(b.old))
