"""Plain-text rendering of a comparison, for scripts and e-mail.

Owns the text layout only. Changes inside a text use the wdiff convention,
readable without colour and easy to grep: ``[-supprimé-]`` and ``{+ajouté+}``.
Only what changed is printed in full; unchanged sections are listed by name.
"""

from __future__ import annotations

from .model import Comparison, FieldDiff, ItemDiff
from .summary import status_word
from .words import Segment

LEGEND = "Légende : [-texte supprimé-] {+texte ajouté+}"

MARK = {"added": "+", "removed": "-", "changed": "~", "unchanged": " "}


def marked(segments: list[Segment]) -> str:
    """A diff as one string: [-deleted-] and {+inserted+} around changed runs."""
    out = []
    for seg in segments:
        if seg.op == "equal":
            out.append(seg.text)
        elif seg.op == "delete":
            out.append(f"[-{seg.text}-]")
        else:
            out.append(f"{{+{seg.text}+}}")
    return "".join(out)


def _indent(text: str, prefix: str) -> str:
    return "\n".join(prefix + line if line else line for line in text.splitlines())


def _field_lines(f: FieldDiff, prefix: str) -> list[str]:
    value = marked(f.segments)
    if f.long or "\n" in value:
        return [f"{prefix}{f.label} :", _indent(value, prefix + "    ")]
    return [f"{prefix}{f.label} : {value}"]


def item_status(item: ItemDiff) -> str:
    """French status of an item, agreeing with its noun: "ajoutée", "modifié, déplacé"."""
    parts = []
    if item.status != "unchanged":
        parts.append(status_word(item.category, item.status))
    elif any(c.has_changes for c in item.children):
        parts.append("éléments modifiés")
    if item.moved:
        parts.append(status_word(item.category, "moved"))
    return ", ".join(parts)


def _item_lines(item: ItemDiff, depth: int) -> list[str]:
    prefix = "  " * depth
    lines = [f"{prefix}[{MARK[item.status]}] {item.title} — {item_status(item)}"]
    if item.status != "unchanged":
        # Added and removed items show everything; changed ones only their changed fields.
        shown = item.fields if item.status in ("added", "removed") else [f for f in item.fields if f.changed]
        for f in shown:
            lines += _field_lines(f, prefix + "    ")
    for child in item.children:
        if child.has_changes:
            lines += _item_lines(child, depth + 1)
    return lines


def render_text(comparison: Comparison, *, old_label: str, new_label: str) -> str:
    lines = [
        f"Comparaison : « {old_label} » → « {new_label} »",
        f"Résumé : {comparison.summary}",
        LEGEND,
    ]
    for group in comparison.groups:
        if not group.changed:
            continue
        head = group.title
        if group.status in ("added", "removed"):
            head += f" — convention {'ajoutée' if group.status == 'added' else 'supprimée'}"
        if group.moved:
            head += " — déplacée"
        lines += ["", f"== {head} =="]
        for section in group.sections:
            if not section.changed and group.status == "unchanged":
                continue
            lines += ["", f"-- {section.title} --"]
            for f in section.fields:
                if f.changed:
                    lines += _field_lines(f, "")
            for item in section.items:
                if item.has_changes:
                    lines += _item_lines(item, 0)
    unchanged = comparison.unchanged_lines()
    if unchanged:
        lines += ["", "Sans changement :"] + [f"- {line}" for line in unchanged]
    return "\n".join(lines) + "\n"
