"""The small line-oriented markup templates emit, and its parser into the structure.

One directive per line; values coming from the dossier are escaped by the
template environment (``<``, ``&``, ``|``, ``@``, newlines), so data can never
create a directive, a cell or a tag. Inline tags: ``<b>``, ``<i>``, ``<sup>``
(and ``<ins>``, ``<del>`` for comparisons); entities are HTML's.

::

    @section KIND [KEY]            start a section (title, parties, visas, preamble, signature, other)
    @article KEY [after=K] [group=G] | Title     a numbered article (numbers are given later)
    @annex KEY | Title             an annex (numbered, on a new page)
    @heading Text                  the section's heading (or a heading inside it)
    @subheading Text
    @title / @subtitle / @p / @center / @right / @visa / @li / @note / @agreement  Text
    @table widths=3,5,2 align=l,l,r    then @head a | b | c, @row …, @total …, @end
    @signature Fait à …            the signature page; then one @signatory per party:
    @signatory Pour … | function | name [| caption [| delegation [| body signed for]]]
    @pagebreak
    @figure KEY [| Caption]        a chart the document's builder draws (structure.Figure)

A line without a directive is a body paragraph. French spacing (« », ; : ! ?)
is applied to every text here, so templates and data are treated alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .structure import (
    Align,
    Cell,
    Figure,
    PageBreak,
    Paragraph,
    ParagraphStyle,
    Row,
    Run,
    Section,
    SectionKind,
    SignatureBlock,
    SignaturePage,
    Table,
)
from .typography import join_punctuation, punctuate

_TAG = re.compile(r"</?(?:b|i|sup|ins|del)>")
# The entities the template environment writes (engine.escape_data); "&amp;" is replaced last.
_OWN_ENTITIES = (("&lt;", "<"), ("&gt;", ">"), ("&#39;", "'"), ("&#34;", '"'), ("&#124;", "|"), ("&#64;", "@"))
_OTHER_AMPERSAND = re.compile(r"&(?!(?:amp|lt|gt|#39|#34|#124|#64);)")
_DIRECTIVE = re.compile(r"@([a-z][a-z-]*)(?:\s+(.*))?$")
_PARAGRAPH_STYLES: dict[str, ParagraphStyle] = {
    "title": "title",
    "subtitle": "subtitle",
    "p": "body",
    "center": "center",
    "right": "right",
    "visa": "visa",
    "li": "bullet",
    "note": "note",
    "agreement": "agreement",
    "subheading": "subheading",
}
_SECTION_KINDS: set[str] = {"title", "parties", "visas", "preamble", "signature", "other"}
_ALIGN: dict[str, Align] = {"l": "left", "c": "center", "r": "right"}


class MarkupError(Exception):
    """A line of the template's output that is not valid markup."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def runs(text: str) -> list[Run]:
    """Inline markup → runs, with French spacing applied to each piece of text."""
    if "<" not in text:  # no inline tag (most lines): one plain run, as the loop below would make
        return [Run(_text(text))] if text else []
    out: list[Run] = []
    flags = {"b": 0, "i": 0, "sup": 0, "ins": 0, "del": 0}
    pos = 0
    for match in _TAG.finditer(text):
        _append(out, text[pos : match.start()], flags)
        tag = match.group(0)
        name = tag.strip("</>")
        flags[name] = max(0, flags[name] + (-1 if tag.startswith("</") else 1))
        pos = match.end()
    _append(out, text[pos:], flags)
    for before, after in zip(out, out[1:], strict=False):
        if after.text[:2].lstrip(" \u00a0\u202f")[:1] in (":", ";", "!", "?"):
            before.text, after.text = join_punctuation(before.text, after.text)
    return [run for run in out if run.text]


def _append(out: list[Run], raw: str, flags: dict[str, int]) -> None:
    if not raw:
        return
    text = _text(raw)
    run = Run(
        text,
        bold=bool(flags["b"]),
        italic=bool(flags["i"]),
        superscript=bool(flags["sup"]),
        inserted=bool(flags["ins"]),
        deleted=bool(flags["del"]),
    )
    if out and _same_format(out[-1], run):
        out[-1].text += run.text
    else:
        out.append(run)


def _text(raw: str) -> str:
    return punctuate(_unescape(raw) if "&" in raw else raw)


def _unescape(text: str) -> str:
    """``html.unescape``, quicker for what the engine escapes: when every ``&`` opens one of its
    own entities, they cannot overlap, and replacing ``&amp;`` last gives the same text."""
    if _OTHER_AMPERSAND.search(text) is not None:
        import html  # other entities (a template's own): the full decoder, with its 2 000 names

        return html.unescape(text)
    for entity, char in _OWN_ENTITIES:
        if entity in text:
            text = text.replace(entity, char)
    return text.replace("&amp;", "&") if "&amp;" in text else text


def _same_format(a: Run, b: Run) -> bool:
    return (a.bold, a.italic, a.superscript, a.inserted, a.deleted) == (
        b.bold,
        b.italic,
        b.superscript,
        b.inserted,
        b.deleted,
    )


def _cells(text: str) -> list[str]:
    return [cell.strip() for cell in text.split("|")]


def _options(text: str) -> tuple[dict[str, str], str]:
    """``key=value`` words before an optional ``| rest``."""
    head, _, rest = text.partition("|")
    options: dict[str, str] = {}
    words = head.split()
    positional = [w for w in words if "=" not in w]
    for word in words:
        if "=" in word:
            key, _, value = word.partition("=")
            options[key] = value
    options["_args"] = " ".join(positional)
    return options, rest.strip()


@dataclass
class _TableBuilder:
    table: Table
    aligns: list[Align]

    def row(self, text: str, total: bool = False) -> Row:
        values = _cells(text)
        if len(values) != len(self.table.widths):
            raise ValueError(f"{len(values)} cellules au lieu de {len(self.table.widths)}")
        return Row([Cell(runs(v), self.aligns[i]) for i, v in enumerate(values)], total=total)


def parse(text: str) -> list[Section]:
    """Parse the template's output; raises :class:`MarkupError` with the output line number."""
    sections: list[Section] = [Section("title")]
    table: _TableBuilder | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        try:
            table = _line(sections, table, line)
        except MarkupError as exc:
            raise MarkupError(number, exc.message) from None
        except ValueError as exc:
            raise MarkupError(number, str(exc)) from None
    if table is not None:
        raise MarkupError(len(text.splitlines()), "tableau non terminé (@end manquant)")
    return [s for s in sections if s.heading is not None or s.blocks or s.kind == "article"]


def _line(sections: list[Section], table: _TableBuilder | None, line: str) -> _TableBuilder | None:
    match = _DIRECTIVE.match(line) if line.startswith("@") else None
    if line.startswith("@") and match is None:
        raise MarkupError(0, f"directive illisible « {line[:40]} »")
    name, rest = (match.group(1), (match.group(2) or "").strip()) if match else ("p", line)
    current = sections[-1]
    if table is not None:
        if name == "head":
            table.table.header = table.row(rest)
        elif name in ("row", "total"):
            table.table.rows.append(table.row(rest, total=name == "total"))
        elif name == "end":
            return None
        else:
            raise MarkupError(0, f"« @{name} » dans un tableau (attendu : @head, @row, @total ou @end)")
        return table
    if name in _PARAGRAPH_STYLES:
        style = _PARAGRAPH_STYLES[name]
        # A heading, a line announcing what follows, and the "Et" between two parties stay with the next line.
        keep = style == "subheading" or rest.endswith(":") or rest == "Et"
        para = Paragraph(runs(rest), style, keep_with_next=keep)
        current.blocks.append(para)
    elif name == "heading":
        heading = Paragraph(runs(rest), "heading", keep_with_next=True)
        if current.heading is None and not current.blocks:
            current.heading = heading
        else:
            current.blocks.append(heading)
    elif name == "section":
        options, _ = _options(rest)
        kind, _, key = options["_args"].partition(" ")
        if kind not in _SECTION_KINDS:
            raise MarkupError(0, f"type de section inconnu « {kind} »")
        sections.append(Section(_section_kind(kind), key=key.strip()))
    elif name in ("article", "annex"):
        options, title = _options(rest)
        key = options["_args"]
        if not key:
            raise MarkupError(0, f"@{name} sans identifiant")
        section = Section("article" if name == "article" else "annex", key=key, after=options.get("after"))
        section.group = options.get("group", "")
        section.heading = Paragraph(runs(title), "heading", keep_with_next=True)
        section.page_break_before = name == "annex"
        sections.append(section)
    elif name == "table":
        options, _ = _options(rest)
        widths = [float(w) for w in options.get("widths", "").split(",") if w]
        if not widths:
            raise MarkupError(0, "@table sans largeurs (widths=…)")
        aligns = [_ALIGN.get(a, "left") for a in options.get("align", "").split(",")]
        aligns += ["left"] * (len(widths) - len(aligns))
        new = Table(widths=widths, header=Row([]))
        current.blocks.append(new)
        return _TableBuilder(new, aligns)
    elif name == "signature":
        current.blocks.append(SignaturePage(runs(rest)))
    elif name == "signatory":
        page = next((b for b in reversed(current.blocks) if isinstance(b, SignaturePage)), None)
        if page is None:
            raise MarkupError(0, "@signatory sans @signature avant")
        values = [_unescape(v) for v in _cells(rest)]
        values += [""] * (3 - len(values))
        if len(values) > 3 and not values[3]:
            values[3] = "Signature et cachet"
        page.blocks.append(SignatureBlock(*(punctuate(v) for v in values[:6])))
    elif name == "pagebreak":
        current.blocks.append(PageBreak())
    elif name == "figure":
        key, _, caption = rest.partition("|")
        current.blocks.append(Figure(key.strip(), caption=_text(caption.strip()) if caption.strip() else ""))
    elif name in ("head", "row", "total", "end"):
        raise MarkupError(0, f"« @{name} » hors d'un tableau")
    else:
        raise MarkupError(0, f"directive inconnue « @{name} »")
    return None


def _section_kind(kind: str) -> SectionKind:
    kinds: dict[str, SectionKind] = {
        "title": "title",
        "parties": "parties",
        "visas": "visas",
        "preamble": "preamble",
        "signature": "signature",
        "other": "other",
    }
    return kinds[kind]
