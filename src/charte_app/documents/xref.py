"""Cross-references between articles, by number, computed after numbering.

A template writes ``{{ ref("reports") }}`` where the text cites an article ("dans les conditions
prévues à l'article {{ ref("reports") }}"). Article numbers are only known once extra articles are
placed and every article is numbered, so the template emits a marker (two private-use characters
around the article's key) and :func:`resolve` replaces each marker with the article's number as
cited ("1er" with a superscript "er", "4"); a key no article has becomes the visible blank.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from markupsafe import Markup

from .structure import Cell, Paragraph, Run, Section, SignaturePage, Table
from .typography import BLANK, NBSP, join_punctuation

OPEN, CLOSE = "\ue000", "\ue001"
_MARKER = re.compile(f"{OPEN}([A-Za-z0-9_.:-]{{1,100}}){CLOSE}")
_KEY = re.compile(r"[A-Za-z0-9_.:-]{1,100}")
_CITING_WORD = re.compile(r"(?:article|articles|annexe|et|,)\s$", re.IGNORECASE)


def ref(key: str) -> Markup:
    """The marker a template prints where the number of article ``key`` goes."""
    text = str(key)
    if not _KEY.fullmatch(text):
        return Markup(BLANK)
    return Markup(f"{OPEN}{text}{CLOSE}")


def _number_runs(number: str, model: Run) -> list[Run]:
    """ "1er" is printed with a superscript "er", as in the headings."""
    if number.endswith("er") and number[:-2].isdigit():
        return [_like(model, number[:-2]), _like(model, "er", superscript=True)]
    return [_like(model, number)]


def _like(model: Run, text: str, *, superscript: bool | None = None) -> Run:
    return Run(
        text,
        bold=model.bold,
        italic=model.italic,
        superscript=model.superscript if superscript is None else superscript,
        inserted=model.inserted,
        deleted=model.deleted,
    )


def _resolve_runs(runs: list[Run], numbers: dict[str, str]) -> list[Run]:
    if not any(OPEN in run.text for run in runs):
        return runs
    out: list[Run] = []
    for run in runs:
        if OPEN not in run.text:
            out.append(run)
            continue
        pos = 0
        for match in _MARKER.finditer(run.text):
            before = run.text[pos : match.start()]
            # No line break between "article" and its number.
            if _CITING_WORD.search(before) and before.endswith(" "):
                before = before[:-1] + NBSP
            if before:
                out.append(_like(run, before))
            number = numbers.get(match.group(1))
            out.extend(_number_runs(number, run) if number else [_like(run, BLANK)])
            pos = match.end()
        rest = run.text[pos:].replace(OPEN, "").replace(CLOSE, "")
        if rest and out:
            # « l'article 4 ; » : the marker hid the number from punctuate, the spacing is set now.
            out[-1].text, rest = join_punctuation(out[-1].text, rest)
        if rest:
            out.append(_like(run, rest))
    return out


def _holders(sections: list[Section]) -> Iterator[Paragraph | Cell | SignaturePage]:
    for section in sections:
        if section.heading is not None:
            yield section.heading
        for block in section.blocks:
            if isinstance(block, Paragraph | SignaturePage):
                yield block
            elif isinstance(block, Table):
                for row in [block.header, *block.rows]:
                    yield from row.cells


def numbers(sections: list[Section]) -> dict[str, str]:
    """Article key → its number as cited ("1er", "4")."""
    return {s.key: s.number for s in sections if s.kind == "article" and s.key and s.number}


def resolve(sections: list[Section]) -> None:
    """Replace every reference marker with the number of the article it names (after numbering)."""
    found = numbers(sections)
    for holder in _holders(sections):
        if isinstance(holder, SignaturePage):
            holder.made_at = _resolve_runs(holder.made_at, found)
        else:
            holder.runs = _resolve_runs(holder.runs, found)
