"""A small reader of OpenDocument spreadsheets (``.ods``): every sheet as rows of cell values.

Enough to read back a form that a partner saved from LibreOffice Calc, without LibreOffice at run time:
text cells give their text (paragraphs joined by line breaks), number cells a float, other typed cells
their ``office:value`` or text. Repeated empty rows and cells (Calc writes a million of them) are not
expanded unless content follows.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from ..errors import UserError

_T = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_O = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_X = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
MAX_CELLS = 2_000_000


def _cell_text(cell: Any) -> str:
    paragraphs: list[str] = []
    for p in cell.iter(f"{_X}p", f"{_X}h"):
        parts: list[str] = []

        def walk(node: Any, parts: list[str] = parts) -> None:
            if node.text:
                parts.append(node.text)
            for child in node:
                tag = child.tag
                if tag == f"{_X}s":
                    parts.append(" " * int(child.get(f"{_X}c", "1")))
                elif tag == f"{_X}tab":
                    parts.append("\t")
                elif tag == f"{_X}line-break":
                    parts.append("\n")
                elif tag != f"{_O}annotation":
                    walk(child)
                if child.tail:
                    parts.append(child.tail)

        walk(p)
        paragraphs.append("".join(parts))
    return "\n".join(paragraphs)


def _value(cell: Any) -> Any:
    kind = cell.get(f"{_O}value-type")
    if kind is None:
        return None
    if kind in ("float", "percentage", "currency"):
        raw = cell.get(f"{_O}value")
        try:
            return float(raw) if raw is not None else None
        except ValueError:
            return raw
    if kind == "boolean":
        return cell.get(f"{_O}boolean-value") == "true"
    text = _cell_text(cell)
    return text if text != "" else None


def read_ods(data: bytes) -> dict[str, list[list[Any]]]:
    """Sheet name -> rows of values (trailing empties dropped)."""
    from lxml import etree

    try:
        content = zipfile.ZipFile(io.BytesIO(data)).read("content.xml")
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        root = etree.fromstring(content, parser)
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError) as exc:
        raise UserError(f"Le classeur .ods est illisible ({exc}).") from None
    sheets: dict[str, list[list[Any]]] = {}
    cells = 0
    for table in root.iter(f"{_T}table"):
        rows: list[list[Any]] = []
        pending_rows = 0
        for row in table.iter(f"{_T}table-row"):
            values: list[Any] = []
            pending_cells = 0
            for cell in row:
                if cell.tag not in (f"{_T}table-cell", f"{_T}covered-table-cell"):
                    continue
                repeat = int(cell.get(f"{_T}number-columns-repeated", "1"))
                value = _value(cell)
                if value is None or value == "":
                    pending_cells += repeat
                    continue
                values.extend([None] * pending_cells)
                pending_cells = 0
                values.extend([value] * min(repeat, 1024))
            repeat_rows = int(row.get(f"{_T}number-rows-repeated", "1"))
            if not values:
                pending_rows += repeat_rows
                continue
            if pending_rows > MAX_CELLS // 100:
                raise UserError("Le classeur .ods est trop grand pour être un formulaire.")
            rows.extend([[] for _ in range(pending_rows)])
            pending_rows = 0
            for _ in range(min(repeat_rows, 1024)):
                rows.append(list(values))
            cells += len(values) * min(repeat_rows, 1024) + len(rows)
            if cells > MAX_CELLS:
                raise UserError("Le classeur .ods est trop grand pour être un formulaire.")
        sheets[table.get(f"{_T}name", "")] = rows
    return sheets
