"""Three-way merge of two drafts of one dossier that were edited from the same stored state.

When two people (two windows, two team members on the shared server) edit the
same dossier, the second save finds a newer stored draft. Working on the JSON
form of the dossier (what :func:`~charte_app.domain.codec.encode` produces):

- a value changed on one side only takes that side's value;
- a value changed on both sides to the same thing is no conflict;
- a value changed on both sides to different things is a *conflict*, named by
  its path (``partners[ville].address``), and the merge keeps "theirs" there;
- lists of records with an ``id`` (partners, values, rules, conventions…) are
  merged item by item: an item added on either side is kept, an item removed on
  one side and untouched on the other is removed, an item removed on one side
  and edited on the other is a conflict (kept, with the edit).
- other lists (texts, partner references, glossary entries) are one value.

The caller decides what to do with conflicts; the merge never loses a value
silently: every place where one side's value was dropped is a conflict.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

#: Keys that every save changes: never a conflict, the merge takes the newer side's value.
VOLATILE_KEYS = frozenset({"updated_at"})


@dataclass
class MergeResult:
    merged: dict[str, Any]
    conflicts: list[str] = field(default_factory=list)  # paths where both sides changed a value differently

    @property
    def clean(self) -> bool:
        return not self.conflicts


_MISSING = object()


def three_way_merge(base: dict[str, Any], mine: dict[str, Any], theirs: dict[str, Any]) -> MergeResult:
    """Merge ``mine`` and ``theirs``, both derived from ``base`` (JSON objects of a dossier)."""
    conflicts: list[str] = []
    merged = _merge_dict(base, mine, theirs, "", conflicts)
    return MergeResult(merged, conflicts)


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _merge_value(base: Any, mine: Any, theirs: Any, path: str, conflicts: list[str]) -> Any:
    if mine == theirs:
        return copy.deepcopy(mine)
    if mine == base:
        return copy.deepcopy(theirs)
    if theirs == base:
        return copy.deepcopy(mine)
    if isinstance(base, dict) and isinstance(mine, dict) and isinstance(theirs, dict):
        return _merge_dict(base, mine, theirs, path, conflicts)
    if all(isinstance(v, list) for v in (base, mine, theirs)) and _is_record_list(base, mine, theirs):
        return _merge_records(base, mine, theirs, path, conflicts)
    if isinstance(mine, dict) and isinstance(theirs, dict) and base is _MISSING:
        return _merge_dict({}, mine, theirs, path, conflicts)
    conflicts.append(path)
    return copy.deepcopy(theirs)


def _merge_dict(
    base: dict[str, Any], mine: dict[str, Any], theirs: dict[str, Any], path: str, conflicts: list[str]
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    keys = list(theirs) + [k for k in mine if k not in theirs] + [k for k in base if k not in theirs and k not in mine]
    for key in keys:
        b, m, t = base.get(key, _MISSING), mine.get(key, _MISSING), theirs.get(key, _MISSING)
        if key in VOLATILE_KEYS and not path:
            value = max((v for v in (m, t) if isinstance(v, str)), default=_MISSING)
        else:
            value = _merge_value(b, m, t, _join(path, key), conflicts)
        if value is not _MISSING:
            out[key] = value
    return out


def _is_record_list(*lists: list[Any]) -> bool:
    items = [item for items in lists for item in items]
    return bool(items) and all(isinstance(item, dict) and isinstance(item.get("id"), str) for item in items)


def _merge_records(
    base: list[dict[str, Any]],
    mine: list[dict[str, Any]],
    theirs: list[dict[str, Any]],
    path: str,
    conflicts: list[str],
) -> list[dict[str, Any]]:
    by_id = [{item["id"]: item for item in items} for items in (base, mine, theirs)]
    b_map, m_map, t_map = by_id
    # Their order first (it is what is stored), then my new items after the item that precedes them in my list.
    order = [item["id"] for item in theirs]
    for index, item in enumerate(mine):
        ident = item["id"]
        if ident in t_map or ident in b_map:
            continue
        before = next((mine[j]["id"] for j in range(index - 1, -1, -1) if mine[j]["id"] in order), None)
        order.insert(order.index(before) + 1 if before is not None else 0, ident)
    out: list[dict[str, Any]] = []
    for ident in order + [i for i in b_map if i not in order and i in m_map]:
        b: Any = b_map.get(ident, _MISSING)
        m: Any = m_map.get(ident, _MISSING)
        t: Any = t_map.get(ident, _MISSING)
        item_path = f"{path}[{ident}]"
        if m is _MISSING and t is _MISSING:
            continue
        if m is _MISSING or t is _MISSING:  # on one side only: added there, or removed on the other
            kept = t if m is _MISSING else m
            if b is not _MISSING and kept != b:
                conflicts.append(item_path)  # removed on one side, edited on the other: keep the edit
            if b is _MISSING or kept != b:
                out.append(copy.deepcopy(kept))
            continue
        base_item = b if isinstance(b, dict) else {}
        out.append(_merge_dict(base_item, m, t, item_path, conflicts))
    return out


__all__ = ["MergeResult", "three_way_merge", "VOLATILE_KEYS"]
