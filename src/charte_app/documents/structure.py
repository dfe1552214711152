"""The neutral document structure every writer renders (DOCX, PDF, HTML).

A :class:`Document` is a list of :class:`Section` (title block, parties, visas,
preamble, numbered articles, signature page, annexes), each holding blocks:
:class:`Paragraph` (made of :class:`Run`), :class:`Table`, :class:`SignaturePage`
and :class:`PageBreak`. Plus :class:`Furniture` (what is printed on every page)
and :class:`Metadata` (title, author, subject, language of the file).

Runs carry style flags and ``inserted`` / ``deleted`` marks so that the
comparison exports (marked PDF, DOCX with tracked changes) reuse the writers.
No writer library is imported here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

ParagraphStyle = Literal[
    "title",  # document title (cover block)
    "subtitle",  # lines under the title
    "heading",  # section or article heading ("Article 1er – Objet", "Préambule")
    "subheading",  # heading inside an article
    "body",  # justified running text
    "center",  # centred text ("Entre les soussignés :", "d'une part")
    "right",
    "visa",  # one "Vu …" line
    "bullet",  # one item of a bulleted list
    "note",  # small italic remark
    "agreement",  # "Il est convenu ce qui suit :"
]
Align = Literal["left", "center", "right"]
SectionKind = Literal["title", "parties", "visas", "preamble", "article", "signature", "annex", "other"]


@dataclass
class Run:
    """A piece of text with one formatting."""

    text: str
    bold: bool = False
    italic: bool = False
    superscript: bool = False
    inserted: bool = False  # comparison exports: text added in the newer version
    deleted: bool = False  # comparison exports: text removed from the older version


@dataclass
class Paragraph:
    runs: list[Run]
    style: ParagraphStyle = "body"
    keep_with_next: bool = False

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass
class Cell:
    runs: list[Run]
    align: Align = "left"

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass
class Row:
    cells: list[Cell]
    total: bool = False  # a total line: bold, shaded

    def label_span(self) -> int:
        """Index of the last empty cell right after the first: a total's label spans them."""
        last = 0
        for i in range(1, len(self.cells)):
            if self.cells[i].text.strip():
                break
            last = i
        return last


#: Body rows (header aside) of a table short enough to be kept on one page, with the lines announcing it.
SHORT_TABLE_ROWS = 3


@dataclass
class Table:
    """A table whose header row repeats on every page; rows never split."""

    widths: list[float]  # relative column widths
    header: Row
    rows: list[Row] = field(default_factory=list)

    @property
    def kept_whole(self) -> bool:
        """A short table (a two-payment schedule, a total) is never split across pages."""
        return len(self.rows) <= SHORT_TABLE_ROWS


@dataclass
class SignatureBlock:
    """One party's block: never split across pages."""

    pour: str  # "Pour la Ville de Reims"
    function: str
    name: str  # "Mme Claire Martin"
    caption: str = "Signature et cachet"
    delegation: str = ""  # "Par délégation du Maire, arrêté du …" when not the legal representative
    body: str = ""  # the body without legal personality the legal person of ``pour`` signs for ("CMP de Reims")

    def lines(self) -> list[str]:
        """What prints above the space to sign: party (and the body it signs for), then name, then
        function (and delegation)."""
        head = [self.pour] + ([self.body] if self.body else [])
        return head + [self.name, self.function] + ([self.delegation] if self.delegation else [])


@dataclass
class SignaturePage:
    """ "Fait à …" followed by the blocks; the line is never left alone on a page."""

    made_at: list[Run]
    blocks: list[SignatureBlock] = field(default_factory=list)


@dataclass
class PageBreak:
    pass


@dataclass
class Drawing:
    """A vector drawing: drawn as is in the PDF, as a PNG image in the DOCX, as SVG in the HTML preview.

    ``draw(width, height)`` returns a reportlab ``Drawing`` at most ``width`` × ``height`` points
    (the writers call it with their text width and page height: no writer library is imported
    here). One factory for every writer, so the three show the same picture. ``description``:
    the alternative text (DOCX ``descr``, HTML ``aria-label``) and its line in :meth:`Document.texts`.
    ``key``: a chart a template asks for (``@figure KEY``), whose ``draw`` the document's builder
    supplies; a drawing left without ``draw`` prints nothing."""

    # A factory (a closure, new for each build): left out of repr and equality, the description and key say what it draws.
    draw: Callable[[float, float], Any] | None = field(default=None, repr=False, compare=False)
    description: str = ""
    key: str = ""


Block = Paragraph | Table | SignaturePage | PageBreak | Drawing


@dataclass
class Section:
    kind: SectionKind
    key: str = ""
    heading: Paragraph | None = None
    blocks: list[Block] = field(default_factory=list)
    number: str = ""  # "1er", "2" for articles; "1" for annexes
    page_break_before: bool = False
    after: str | None = None  # extra articles: key (or group) of the article they follow
    group: str = ""  # articles of one kind ("commitments") that an ``after`` may name as a whole


@dataclass
class Furniture:
    """What is printed on every page (laid out by :mod:`.page_foot` for both writers)."""

    footer_title: str  # the running title: the short title, or the title the foot shortens at a word
    version_line: str | None = None  # "Version 2 – Version validée…"
    fingerprint: str | None = None  # first 16 hex digits
    draft_mark: str | None = None  # "Projet – document de travail"
    initials_box: bool = False  # paraphes, on every page of a convention
    initials: list[str] = field(default_factory=list)  # one box per party, labelled with its short name
    initials_long: list[str] = field(default_factory=list)  # "Paraphe de la CAF", when it holds in the box
    title_given: bool = False  # footer_title is the short title the dossier gives: printed whole, never cut

    def initials_boxes(self) -> list[str]:
        """Labels of the initials boxes: one per party (a single "Paraphes" box only without parties)."""
        if not self.initials_box:
            return []
        return list(self.initials) or ["Paraphes"]


@dataclass
class Metadata:
    title: str
    author: str
    subject: str
    language: str = "fr-FR"
    keywords: str = ""
    created: datetime | None = None  # the version's date, or the export time of a draft
    fingerprint: str | None = None  # "sha256:<hex>" of the version printed (None: a draft)


@dataclass
class Document:
    kind: Literal["charter", "convention", "amendment", "report"]
    sections: list[Section]
    furniture: Furniture
    metadata: Metadata

    def blocks(self) -> Iterator[Block]:
        """Every block in reading order, headings included."""
        for section in self.sections:
            if section.page_break_before:
                yield PageBreak()
            if section.heading is not None:
                yield section.heading
            yield from section.blocks

    def texts(self) -> list[str]:
        """Paragraph, cell and signature texts in reading order (tests, diff, search)."""
        out: list[str] = []
        for block in self.blocks():
            if isinstance(block, Paragraph):
                out.append(block.text)
            elif isinstance(block, Table):
                for row in [block.header, *block.rows]:
                    out.extend(cell.text for cell in row.cells)
            elif isinstance(block, SignaturePage):
                out.append("".join(run.text for run in block.made_at))
                for sig in block.blocks:
                    out.extend([sig.pour, *([sig.body] if sig.body else []), sig.function, sig.name, sig.caption])
                    out.extend([sig.delegation] if sig.delegation else [])
            elif isinstance(block, Drawing):
                out.append(block.description)
        return out

    def headings(self) -> list[str]:
        return [s.heading.text for s in self.sections if s.heading is not None]
