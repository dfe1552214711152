"""The PDF writer's own paragraphs break and draw lines exactly as reportlab's paragraph does.

Layout decides page breaks, and page breaks are checked against LibreOffice's
rendering of the DOCX (``test_documents_libreoffice.py``): the fast paragraph
must never move a word. Random paragraphs are broken by both and compared line
by line; a page of them is drawn by both and compared pixel by pixel.
"""

from __future__ import annotations

import io
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from charte_app.documents import pdf_writer
from charte_app.documents.pdf_styles import make_styles
from charte_app.documents.pdf_text import fast_paragraph_class
from charte_app.documents.structure import Run

STYLES = make_styles()
STYLE_NAMES = ["body", "bullet", "heading", "center", "right", "note", "visa"]
CELL_STYLES = {"cell": STYLES.cell, "cell_right": STYLES.cell_right, "head": STYLES.head}

# Words as the documents have them: French, numbers with no-break spaces, hyphenated names (which
# reportlab may break after a hyphen), punctuation around words, the odd very long word.
WORDS = st.one_of(
    st.sampled_from(
        [
            "la",
            "Ville",
            "de",
            "Reims",
            "s’engage",
            "à",
            "mettre",
            "disposition",
            "l’association",
            "Châlons-en-Champagne",
            "co-construction",
            "Conseil",
            "départemental",
            "«\u00a0réussite\u00a0»",
            "15\u00a0000,00\u00a0€",
            "1er",
            "article",
            "L.\u00a0121‐6‐2",
            "(PRE)",
            "jeunes-adultes,",
            "d’un",
            "comité",
            "pilotage",
            "Saint-Memmie-lès-Châlons",
            "réussite",
            "éducative",
            "–",
            "«\u00a0Parents-Enfants\u00a0»",
            "quatre-vingt-dix-neuf",
            "sous-préfecture.",
            "https://www.reims.fr/pre-ville",
        ]
    ),
    st.text(st.sampled_from("abcdéèàùçxyzQRSTUV-"), min_size=1, max_size=14),
    st.text(st.sampled_from("mwMW"), min_size=30, max_size=60),  # wider than a narrow column
)


@st.composite
def runs(draw: Any) -> list[Run]:
    count = draw(st.integers(1, 4))
    result = []
    for _ in range(count):
        words = draw(st.lists(WORDS, min_size=0, max_size=25))
        text = " ".join(words)
        if draw(st.booleans()):
            text = " " + text
        if draw(st.booleans()):
            text += " "
        kind = draw(st.sampled_from(["plain", "plain", "bold", "italic", "superscript"]))
        result.append(Run(text, bold=kind == "bold", italic=kind == "italic", superscript=kind == "superscript"))
    return result


def reportlab_lines(paragraph: Any) -> list[tuple[str, float]]:
    """Text and unused width of each line of a wrapped reportlab paragraph."""
    result = []
    for line in paragraph.blPara.lines:
        if paragraph.blPara.kind == 0:
            extra, words = line
            text = " ".join(words)
        else:
            extra, text = line.extraSpace, "".join(getattr(f, "text", "") for f in line.words)
        result.append((re.sub(" +", " ", text).strip(" "), extra))
    return result


def fast_lines(paragraph: Any) -> list[tuple[str, float]]:
    assert paragraph._wrapped is not None
    return [
        (" ".join("".join(text for _f, text, _r in word.pieces) for word in line.words), line.extra)
        for line in paragraph._wrapped[1]
    ]


def both(runs: list[Run], style: Any, bullet: str | None = None) -> tuple[Any, Any]:
    frags = pdf_writer._Frags()
    return frags.paragraph(runs, style, bullet), frags.reportlab(runs, style, bullet)


@settings(max_examples=400, deadline=None)
@given(runs(), st.sampled_from(STYLE_NAMES + list(CELL_STYLES)), st.floats(40, 480))
def test_lines_are_reportlab_lines(text: list[Run], style_name: str, width: float) -> None:
    style = CELL_STYLES.get(style_name) or STYLES.paragraphs[style_name]
    fast, slow = both(text, style, "–" if style_name == "bullet" else None)
    if not isinstance(fast, fast_paragraph_class()):  # white space reportlab treats its own way
        assert type(fast) is type(slow)
        return
    fast_size = fast.wrap(width, 10_000)
    slow_size = slow.wrap(width, 10_000)
    assert fast_size == pytest.approx(slow_size)
    if fast._delegate is not None:  # a word cut by characters: reportlab's paragraph is the one drawn
        assert fast._delegate.blPara.lines
        return
    mine, theirs = fast_lines(fast), reportlab_lines(slow)
    assert [t for t, _e in mine] == [t for t, _e in theirs]
    assert [e for _t, e in mine] == pytest.approx([e for _t, e in theirs], abs=1e-6)


@settings(max_examples=200, deadline=None)
@given(runs(), st.floats(120, 480), st.floats(14, 200))
def test_splits_are_reportlab_splits(text: list[Run], width: float, height: float) -> None:
    """Where a paragraph is cut at the bottom of a page (never leaving a line alone)."""
    fast, slow = both(text, STYLES.paragraphs["body"])
    fast.wrap(width, 10_000)
    slow.wrap(width, 10_000)
    fast_parts, slow_parts = fast.split(width, height), slow.split(width, height)
    assert len(fast_parts) == len(slow_parts)

    def words(parts: list[Any]) -> str:  # the characters, spaces aside (a part may end inside a word)
        return "".join("".join(part.getPlainText().split()) for part in parts)

    fast_itself = isinstance(fast, fast_paragraph_class()) and fast._delegate is None
    if fast_itself and len(slow_parts) == 2 and words(slow_parts) != words([slow]):
        # reportlab loses the hyphen of a word it had cut after its hyphen at the end of the first
        # part ("Saint-" + "Memmie" gives "SaintMemmie"): the fast paragraph keeps the text whole.
        assert words(fast_parts) == words([fast])
        return
    for mine, theirs in zip(fast_parts, slow_parts, strict=True):
        assert mine.wrap(width, 10_000) == pytest.approx(theirs.wrap(width, 10_000))


def page_glyphs(story: list[Any]) -> list[list[tuple[str, tuple[float, ...]]]]:
    """The story laid out on A4 pages by the writer's document template: each page's characters
    with their boxes (pdfium's reading of the PDF)."""
    import pypdfium2

    from charte_app.documents.pdf_layout import doc_template
    from charte_app.documents.structure import Metadata

    buffer = io.BytesIO()
    doc = doc_template(buffer, Metadata(title="essai", author="essai", subject="essai"))
    doc.build(story)
    pdf = pypdfium2.PdfDocument(buffer.getvalue())
    pages = []
    for index in range(len(pdf)):
        text = pdf[index].get_textpage()
        count = text.count_chars()
        chars = text.get_text_range(0, count)
        pages.append([(chars[i], text.get_charbox(i)) for i in range(count) if not chars[i].isspace()])
    return pages


def test_pages_are_drawn_as_reportlab_draws_them() -> None:
    """Justified, centred, right-aligned, bulleted paragraphs, bold and superscript runs, split
    across pages: every character where reportlab's paragraphs put it (to 0.01 pt)."""
    sentence = (
        "La Ville de Châlons-en-Champagne et le Conseil départemental de la Marne s’engagent, à compter du "
        "1er janvier, à mettre à disposition de l’association «\u00a0Parents-Enfants\u00a0» un local de "
        "15\u00a0000,00\u00a0€ par an, selon l’article L.\u00a0121‐6‐2 du code de l’action sociale. "
    )
    paragraphs: list[tuple[list[Run], str, str | None]] = []
    for index in range(40):
        style = ["body", "bullet", "center", "right", "note", "visa"][index % 6]
        runs = [
            Run(sentence * (1 + index % 4)),
            Run("1", bold=True),
            Run("er ", superscript=True),
            Run("alinéa, " + sentence, italic=index % 2 == 0),
        ]
        paragraphs.append((runs, style, "–" if style == "bullet" else None))
    stories = []
    for fast in (True, False):
        frags = pdf_writer._Frags()
        make = frags.paragraph if fast else frags.reportlab
        stories.append([make(runs, STYLES.paragraphs[style], bullet) for runs, style, bullet in paragraphs])
    assert all(isinstance(p, fast_paragraph_class()) for p in stories[0])
    mine, theirs = page_glyphs(stories[0]), page_glyphs(stories[1])
    assert len(mine) == len(theirs) > 5
    for number, (a, b) in enumerate(zip(mine, theirs, strict=True), start=1):
        assert "".join(c for c, _box in a) == "".join(c for c, _box in b), f"page {number}"
        for (char, box), (_char, expected) in zip(a, b, strict=True):
            assert box == pytest.approx(expected, abs=0.01), f"page {number}, « {char} »"


def test_plain_cells_are_drawn_as_reportlab_draws_them() -> None:
    """Left, right and centred cells of plain lines, in a table split over pages."""
    from reportlab.platypus import Table, TableStyle

    from charte_app.documents.pdf_text import table_class

    rows = [
        [f"Ligne {i}\nsuite «\u00a0{i}\u00a0»", f"{i * 1000:,}\u00a0€".replace(",", "\u00a0"), "Châlons-en-Champagne"]
        for i in range(120)
    ]
    style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), "LiberationSans"),
            ("FONTSIZE", (0, 0), (-1, -1), 8.3),
            ("ALIGN", (1, 0), (1, -1), "RIGHT"),
            ("ALIGN", (2, 0), (2, -1), "CENTRE"),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )
    mine = page_glyphs([table_class()(rows, colWidths=[150, 120, 150], repeatRows=1, style=style)])
    theirs = page_glyphs([Table(rows, colWidths=[150, 120, 150], repeatRows=1, style=style)])
    assert len(mine) == len(theirs) > 2
    for number, (a, b) in enumerate(zip(mine, theirs, strict=True), start=1):
        assert "".join(c for c, _box in a) == "".join(c for c, _box in b), f"page {number}"
        for (char, box), (_char, expected) in zip(a, b, strict=True):
            assert box == pytest.approx(expected, abs=0.01), f"page {number}, « {char} »"


def test_the_private_reportlab_names_pdf_text_calls_are_there() -> None:
    """documents/pdf_text.py calls reportlab's private hyphenation, as reportlab calls it (pyproject bounds
    reportlab for it): a reportlab that renamed or changed them fails here, not in a user's export."""
    import inspect

    from reportlab.platypus import paragraph as rl

    assert list(inspect.signature(rl._hyGenPair).parameters) == [
        "hyphenator", "s", "ww", "newWidth", "maxWidth", "fontName", "fontSize",
        "uriWasteReduce", "embeddedHyphenation", "hymwl",
    ]  # fmt: skip
    assert rl._hy_shy_pat.split("Châlons-en-Champagne") == ["Châlons", "-", "en", "-", "Champagne"]
    assert rl._hy_shy_letters_pat.match("Châlons-en-Champagne")
    prefix, suffix = rl._hy_pfx_pat.match('("Reims'), rl._hy_sfx_pat.search("Reims.),")
    assert prefix is not None and prefix.group(0) == '("'
    assert suffix is not None and suffix.group(0) == ".),"
    assert rl._hyGenPair(None, "https://a-b.fr/x-y-z", 100.0, 120.0, 110.0, "Helvetica", 10, 0, 1, 5) is None
