"""Paragraphs drawn straight onto the PDF canvas: line breaking and text operators.

reportlab's ``Paragraph`` parses markup, re-measures every word at every wrap
and draws through a text object one fragment at a time: two thirds of the time
of a long convention. :class:`FastParagraph` is a platypus flowable for the
runs of the neutral structure that breaks lines with reportlab's own rules —
greedy, words split at reportlab's white space, 5 % space shrinkage, no widows
or orphans, the same sizes, rise and justification — so a page holds exactly
what it held with reportlab's paragraph (``tests/test_pdf_text.py`` compares
the lines on random text). Word widths are measured once per document.

Two rare cases keep reportlab's paragraph, which knows them best: a word that
does not fit and holds a hyphen (reportlab may break after it), and a word
wider than the whole line (cut by characters). The paragraph then hands every
call to a reportlab paragraph of the same runs.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import reportlab_import  # noqa: F401 - imported before reportlab: see there
from .structure import Run

# Any white space but U+0020 and the no-break space, and the soft hyphen: reportlab treats them
# in ways (its own white space set, str.split's, soft hyphenation) that these paragraphs leave to it.
_UNUSUAL = re.compile("[\t\n\x0b-\x0d\x1c-\x1f\x85\xad\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000]")
_HYPHENS = ("-", "\xad")  # where reportlab's embedded hyphenation may break a word
_MIN_WORD = 5  # reportlab's hyphenationMinWordLength
_SHRINK = 0.05  # reportlab's rl_config.spaceShrinkage: a line may squeeze its spaces by 5 %
_FUZZ = 1e-6  # reportlab's rl_config._FUZZ


class NeedsReportlab(Exception):
    """This paragraph needs reportlab's own line breaking (hyphen or overlong word)."""


@dataclass(frozen=True, eq=False)
class Face:
    """What a run is drawn with: reportlab's fragment attributes for its formatting."""

    font: str
    size: float
    rise: float
    color: Any  # a reportlab Color

    @property
    def key(self) -> tuple[str, float, float, tuple[float, ...]]:
        return (self.font, self.size, self.rise, tuple(self.color.rgba()))


class Word:
    """A word between spaces: pieces of text, each with its face and its run's formatting."""

    __slots__ = ("pieces", "width", "space_face", "space", "space_first")

    def __init__(
        self,
        pieces: list[tuple[Face, str, Run]],
        width: float,
        space_face: Face | None,
        space: float,
        space_first: float | None = None,
    ) -> None:
        self.pieces = pieces
        self.width = width
        self.space_face = space_face  # the face the space after it is drawn in (None: none follows)
        # The width reportlab counts for that space: after a word in several faces, the last face's
        # font at the first face's size (a quirk of breakLines), or the drawn face's own when the
        # word starts a line after a break.
        self.space = space
        self.space_first = space if space_first is None else space_first


class Line:
    __slots__ = ("words", "extra", "size")

    def __init__(self, words: list[Word], extra: float, size: float) -> None:
        self.words = words
        self.extra = extra  # line width minus what its words and spaces use (negative: spaces shrink)
        self.size = size  # largest font size on the line


class Measures:
    """Word widths of one document, measured once per face (reportlab's stringWidth, in C)."""

    def __init__(self) -> None:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        self._string_width = stringWidth
        self._tables: dict[Face, dict[str, float]] = {}
        self._spaces: dict[tuple[str, float], float] = {}

    def table(self, face: Face) -> dict[str, float]:
        """The widths known in ``face``: look up, then :meth:`width` on a miss."""
        found = self._tables.get(face)
        if found is None:
            found = self._tables[face] = {}
        return found

    def space(self, font: str, size: float) -> float:
        key = (font, size)
        found = self._spaces.get(key)
        if found is None:
            found = self._spaces[key] = self._string_width(" ", font, size)
        return found

    def width(self, text: str, face: Face) -> float:
        table = self.table(face)
        found = table.get(text)
        if found is None:
            found = table[text] = self._string_width(text, face.font, face.size)
        return found


def plain_spaces(runs: list[Run]) -> bool:
    """Whether the fast paragraph may take these runs: no white space but spaces and no-break spaces."""
    return not any(_UNUSUAL.search(run.text) for run in runs)


def words_of(runs: list[tuple[Face, Run]], measures: Measures) -> list[Word]:
    """The paragraph's words, as reportlab's ``_getFragWords`` cuts them.

    A word goes on across runs not separated by a space; spaces before the first word are dropped,
    and several spaces count as one. The space after a word is measured in the face of the run it
    is in: when a run starts with a space, that is the next run's face (reportlab measures it
    there: "1" + superscript "er" + " janvier" has a body-size space).
    """
    if len(runs) == 1:
        return _words_of_one(*runs[0], measures)
    words: list[Word] = []
    current: list[tuple[Face, str, Run]] = []

    def close(space_face: Face | None, run: Run | None) -> None:
        if current:
            width = 0.0
            for piece_face, text, _run in current:
                width += measures.width(text, piece_face)
            if space_face is None:
                words.append(Word(list(current), width, None, 0.0))
            elif current[-1][2] is run:  # the space follows the word in its last run
                first = current[0][0]
                space = measures.space(space_face.font, first.size)
                words.append(
                    Word(list(current), width, space_face, space, measures.space(space_face.font, space_face.size))
                )
            else:  # the next run starts with the space: reportlab measures it in that run's face
                words.append(Word(list(current), width, space_face, measures.space(space_face.font, space_face.size)))
            current.clear()

    for face, run in runs:
        text = run.text
        if not text:
            continue
        # reportlab splits a text holding a no-break space with a regular expression that keeps
        # empty words at its ends: empty words in this run's face then carry the space, counted
        # once more in the line's allowance. For such a run starting with a space, or ending with
        # one after a word in several faces, its own paragraph is used.
        odd = "\xa0" in text and bool(words or current)
        if odd and text[0] == " ":
            raise NeedsReportlab
        parts = text.split(" ")
        for index, part in enumerate(parts):
            if index:
                close(face, run)
            if part:
                current.append((face, part, run))
        if odd and text[-1] == " " and len(words[-1].pieces) > 1:
            raise NeedsReportlab
    close(None, None)
    return words


def _words_of_one(face: Face, run: Run, measures: Measures) -> list[Word]:
    """The words of a paragraph of one run (most of them), without the bookkeeping across runs."""
    widths = measures.table(face)
    space = measures.space(face.font, face.size)
    words: list[Word] = []
    append = words.append
    for part in run.text.split(" "):
        if part:
            width = widths.get(part)
            if width is None:
                width = measures.width(part, face)
            append(Word([(face, part, run)], width, face, space))
    return words


def _embedded_cut(
    text: str, width: float, new: float, limit: float, face: Face, measures: Measures
) -> tuple[float, float, str, str] | None:
    """reportlab's ``_hyGenPair`` with its settings here (no hyphenation dictionary, embedded
    hyphens only): the longest head ending with a hyphen that fits, as (head width, tail width,
    head, tail); None when none fits.

    A word holding "://" may be a URL, which reportlab treats apart: its own function decides.
    """
    from reportlab.platypus import paragraph as rl

    if "://" in text:
        found = rl._hyGenPair(None, text, width, new, limit, face.font, face.size, 0, 1, _MIN_WORD)
        return None if not found else found[2:]
    # reportlab's own patterns: punctuation around a word, letters it hyphenates, hyphens.
    found_prefix = rl._hy_pfx_pat.match(text)
    prefix = found_prefix.group(0) if found_prefix else ""
    core = text[len(prefix) :]
    found_suffix = rl._hy_sfx_pat.search(core)
    suffix = found_suffix.group(0) if found_suffix else ""
    if suffix:
        core = core[: -len(suffix)]
    if len(core) < _MIN_WORD:
        return None
    before = new - width
    parts = rl._hy_shy_pat.split(core)
    count = len(parts)
    if count >= 3 and "" not in parts and rl._hy_shy_letters_pat.match(core):
        for cut in reversed(range(2, count, 2)):
            head = prefix + "".join(parts[:cut])
            tail = "".join(parts[cut:]) + suffix
            head_width = measures.width(head, face)
            if head_width + before <= limit:
                return head_width, width - head_width, head, tail
    return None


class _Breaker:
    """reportlab's greedy line breaking (``Paragraph.breakLines``) for words that need no hyphenation."""

    def __init__(self, words: list[Word], single: bool, measures: Measures) -> None:
        self.words = words
        self.measures = measures
        # One run: reportlab's "kind 0" arithmetic (one space width); several: "kind 1" (per face).
        self.single = single

    def lines(self, widths: list[float]) -> list[Line]:
        lines: list[Line] = []
        line: list[Word] = []
        current = 0.0
        space = 0.0  # the space after the last word on the line
        width = widths[0]
        groups: list[list[Any]] = []  # kind 1: [face key, spaces, face] of the line's drawn fragments
        if not self.words and not self.single:
            raise NeedsReportlab  # reportlab gives runs with no word one empty line
        pending = list(reversed(self.words))
        while pending:
            word = pending.pop()
            if line:
                new = current + space + word.width
                limit = self._limit(width, space, len(line), groups)
            else:
                new, limit = word.width, width
            if new > limit:
                halves = self._hyphenate(word, new, limit)
                if halves is not None:  # the head ends this line, the tail starts the next one
                    head, tail = halves
                    used = current + space + head.width if line else head.width
                    line.append(head)
                    lines.append(Line(line, width - used, _size(line)))
                    line, groups = [], []
                    width = widths[min(len(lines), len(widths) - 1)]
                    pending.append(tail)
                    continue
                if word.width > width:  # reportlab cuts the word by characters: its paragraph does that
                    raise NeedsReportlab
                if line:
                    lines.append(Line(line, width - current, _size(line)))
                    line, groups = [], []
                    width = widths[min(len(lines), len(widths) - 1)]
                    self._add(groups, word, line)
                    line.append(word)
                    current, space = word.width, word.space_first
                    continue
            self._add(groups, word, line)
            line.append(word)
            current = new
            space = word.space
        if line:
            lines.append(Line(line, width - current, _size(line)))
        return lines

    def _add(self, groups: list[list[Any]], word: Word, line: list[Word]) -> None:
        if not self.single:
            _group(groups, word, line[-1] if line else None)

    def _hyphenate(self, word: Word, new: float, limit: float) -> tuple[Word, Word] | None:
        """reportlab's embedded hyphenation: the word cut after one of its hyphens so that the head
        fits (``_hyGenPair``, called as reportlab calls it), or None."""
        if not any(h in text for _f, text, _r in word.pieces for h in _HYPHENS):
            return None
        if len(word.pieces) > 1:
            raise NeedsReportlab  # a word in several faces: reportlab's fragment splitting
        face, text, run = word.pieces[0]
        found = _embedded_cut(text, word.width, new, limit, face, self.measures)
        if not found:
            return None
        head_width, tail_width, head_text, tail_text = found
        head = Word([(face, head_text, run)], head_width, None, 0.0)
        if self.single:  # kind 0 measures the tail again; kind 1 subtracts
            tail_width = self.measures.width(tail_text, face)
        tail = Word([(face, tail_text, run)], tail_width, word.space_face, word.space)
        return head, tail

    def _limit(self, width: float, space: float, count: int, groups: list[list[Any]]) -> float:
        if self.single:
            return width + _SHRINK * space * count
        shrink = space
        for _key, spaces, face in groups:
            if spaces:
                shrink += spaces * self.measures.space(face.font, face.size)
        shrink *= _SHRINK
        return width + shrink


def _group(groups: list[list[Any]], word: Word, previous: Word | None) -> None:
    """reportlab's fragments of a line (``words`` in breakLines, kind 1), for the space shrinkage:
    consecutive pieces in one face merge, a space goes into a fragment of its own face."""
    if previous is not None and previous.space_face is not None:
        face = previous.space_face
        if groups and groups[-1][0] == face.key:
            groups[-1][1] += 1
        else:
            groups.append([face.key, 1, face])
    first = word.pieces[0][0]
    if not groups or groups[-1][0] != first.key:
        groups.append([first.key, 0, first])
    for face, _text, _run in word.pieces[1:]:
        groups.append([face.key, 0, face])


def _size(words: list[Word]) -> float:
    return max(face.size for word in words for face, _t, _r in word.pieces)


def runs_of(words: list[Word]) -> list[Run]:
    """Runs holding these words again (the second part of a split paragraph, for the fallback)."""
    runs: list[Run] = []
    for index, word in enumerate(words):
        for number, (_face, text, run) in enumerate(word.pieces):
            gap = " " if index and number == 0 else ""
            previous = runs[-1] if runs else None
            if previous is not None and _same_format(previous, run):
                previous.text += gap + text
            else:
                if gap and previous is not None:
                    previous.text += gap
                runs.append(Run(text, bold=run.bold, italic=run.italic, superscript=run.superscript))
    return runs


def _same_format(a: Run, b: Run) -> bool:
    return (a.bold, a.italic, a.superscript) == (b.bold, b.italic, b.superscript)


@functools.cache
def fast_paragraph_class() -> type:
    """The flowable class (made once; reportlab is imported on first use only)."""
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
    from reportlab.lib.rl_accel import fp_str
    from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
    from reportlab.platypus.flowables import Flowable

    class FastParagraph(Flowable):
        """A paragraph of runs; ``fallback()`` gives the equivalent reportlab paragraph."""

        def __init__(
            self,
            words: list[Word],
            style: Any,
            *,
            single: bool,
            measures: Measures,
            bullet: str | None,
            fallback: Callable[[list[Run], str | None], Any],
            justify_last: bool = False,
            runs: list[Run] | None = None,
        ) -> None:
            self.words = words
            self.runs = runs  # what the paragraph was made of (a split part: None, its words say it)
            self.style = style
            self.single = single
            self.measures = measures
            self.bulletText = bullet
            self._fallback = fallback
            self._justify_last = justify_last
            self._delegate: Any = None
            self._wrapped: tuple[float, list[Line]] | None = None
            self.width = 0.0
            self.height = 0.0

        # --- platypus protocol ---------------------------------------------------------------
        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
            if self._delegate is not None:
                size: tuple[float, float] = self._delegate.wrap(availWidth, availHeight)
                self.width, self.height = self._delegate.width, self._delegate.height
                return size
            if availWidth < _FUZZ:
                return 0, 0x7FFFFFFF
            self.width = availWidth
            try:
                lines = self._lines(availWidth)
            except NeedsReportlab:
                self._delegate = self._fallback(
                    self.runs if self.runs is not None else runs_of(self.words), self.bulletText
                )
                if self._justify_last:
                    self._delegate._JustifyLast = True
                return self.wrap(availWidth, availHeight)
            self.height = len(lines) * self.style.leading
            return self.width, self.height

        def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
            if self._delegate is None and (availWidth < _FUZZ or availHeight < _FUZZ):
                return []
            if self._wrapped is None or self._wrapped[0] != availWidth:
                self.wrap(availWidth, availHeight)
            if self._delegate is not None:
                parts: list[Any] = self._delegate.split(availWidth, availHeight)
                return parts
            lines = self._lines(availWidth)
            style = self.style
            fits = int(availHeight / float(style.leading))
            orphans = getattr(style, "allowOrphans", 0)
            widows = getattr(style, "allowWidows", 1)
            if (not orphans and fits <= 1) or fits == 0:
                return []
            count = len(lines)
            if count <= fits:
                return [self]
            if not widows and count == fits + 1:
                if (orphans and count == 3) or count > 3:
                    fits -= 1
                else:
                    return []
            head = [w for line in lines[:fits] for w in line.words]
            tail = [w for line in lines[fits:] for w in line.words]
            first = self._part(head, self.bulletText, justify_last=True)
            second = self._part(tail, None, justify_last=False)
            for part in (first, second):
                part.wrap(availWidth, availHeight)
            return [first, second]

        def _part(self, words: list[Word], bullet: str | None, justify_last: bool) -> Any:
            """One side of a split (as reportlab's: the first keeps the bullet and justifies its last line)."""
            return FastParagraph(
                words,
                self.style,
                single=self.single,
                measures=self.measures,
                bullet=bullet,
                fallback=self._fallback,
                justify_last=justify_last,
            )

        def draw(self) -> None:
            if self._delegate is not None:
                self._delegate.canv = self.canv
                self._delegate.draw()
                del self._delegate.canv
                return
            assert self._wrapped is not None
            self._draw(self._wrapped[1])

        def getPlainText(self) -> str:  # noqa: N802 - reportlab's name
            return " ".join("".join(text for _f, text, _r in word.pieces) for word in self.words)

        # --- line breaking -------------------------------------------------------------------
        def _lines(self, avail: float) -> list[Line]:
            if self._wrapped is not None and self._wrapped[0] == avail:
                return self._wrapped[1]
            style = self.style
            first = avail - (style.leftIndent + style.firstLineIndent) - style.rightIndent
            later = avail - style.leftIndent - style.rightIndent
            if self.bulletText:  # reportlab's _handleBulletWidth
                bullet_len = (
                    style.bulletIndent
                    + stringWidth(self.bulletText, style.bulletFontName, style.bulletFontSize)
                    + 0.6 * style.bulletFontSize
                )
                indent = style.leftIndent + style.firstLineIndent
                if bullet_len > indent:
                    first -= bullet_len - indent
            lines = _Breaker(self.words, self.single, self.measures).lines([first, later])
            self._wrapped = (avail, lines)
            return lines

        # --- drawing -------------------------------------------------------------------------
        def _draw(self, lines: list[Line]) -> None:
            if not lines:
                return
            canv = self.canv
            doc = canv._doc
            escape = canv._escape
            style = self.style
            leading = style.leading
            y = self.height - lines[0].size  # reportlab: first baseline at height - font size
            left = style.leftIndent
            offset = style.firstLineIndent
            code: list[str] = ["BT"]
            add = code.append
            if self.bulletText:
                bullet_font = getFont(style.bulletFontName)
                add(f"{fp_str(*getattr(style, 'bulletColor', style.textColor).rgb())} rg")
                x = style.bulletIndent
                for subset, chunk in bullet_font.splitString(self.bulletText, doc):
                    name = bullet_font.getSubsetInternalName(subset, doc)
                    add(f"{name} {fp_str(style.bulletFontSize)} Tf")
                    add(f"1 0 0 1 {fp_str(x, y)} Tm ({escape(chunk)}) Tj")
                end = x + stringWidth(self.bulletText, style.bulletFontName, style.bulletFontSize)
                offset = max(offset, end + style.bulletFontSize * 0.6 - left)
            state: dict[str, Any] = {"font": None, "rise": 0.0, "color": None}
            alignment = style.alignment
            last_index = len(lines) - 1
            for index, line in enumerate(lines):
                extra = line.extra
                spaces = (
                    sum(len(line.words) for _ in (0,))
                    - 1
                    + sum(text.count("\xa0") for word in line.words for _f, text, _r in word.pieces)
                )
                last = index == last_index and not self._justify_last
                if alignment == TA_JUSTIFY:
                    simple = (-1e-8 < extra <= 1e-8) or (last and extra > -1e-8) or spaces <= 0
                    x = offset
                else:
                    simple = extra > -1e-8 or spaces <= 0
                    if alignment == TA_CENTER:
                        x = offset + 0.5 * extra if simple else offset
                    elif alignment == TA_RIGHT:
                        x = offset + extra if simple else offset
                    else:
                        x = offset
                add(f"1 0 0 1 {fp_str(left + x, y)} Tm")
                if not simple:
                    add(f"{fp_str(extra / float(spaces))} Tw")
                self._put(line, add, state, escape, doc, fp_str)
                if not simple:
                    add("0 Tw")
                y -= leading
                offset = 0.0
            if state["rise"]:
                add("0 Ts")
            add("ET")
            canv._code.append("\n".join(code))

        @staticmethod
        def _put(line: Line, add: Callable[[str], None], state: dict[str, Any], escape: Any, doc: Any, fp: Any) -> None:
            """The line's text, one string per stretch in one face (spaces drawn: word spacing applies)."""
            stretches: list[tuple[Face, list[str]]] = []
            first = line.words[0].pieces[0][0] if line.words else None
            if all(len(word.pieces) == 1 and word.pieces[0][0] is first for word in line.words):
                # One face (most lines): the words and the spaces between them, all in that face.
                for word in line.words[:-1]:
                    if word.space_face is not first:
                        break
                else:
                    if first is not None:
                        stretches.append((first, [" ".join(word.pieces[0][1] for word in line.words)]))

            def put(face: Face, text: str) -> None:
                if stretches and stretches[-1][0] == face:
                    stretches[-1][1].append(text)
                else:
                    stretches.append((face, [text]))

            previous: Word | None = None
            for word in line.words if not stretches else ():
                if previous is not None:
                    put(previous.space_face or previous.pieces[-1][0], " ")
                for face, text, _run in word.pieces:
                    put(face, text)
                previous = word
            for face, texts in stretches:
                font = getFont(face.font)
                if state["color"] != face.color:
                    add(f"{fp(*face.color.rgb())} rg")
                    state["color"] = face.color
                if state["rise"] != face.rise:
                    add(f"{fp(face.rise)} Ts")
                    state["rise"] = face.rise
                for subset, chunk in font.splitString("".join(texts), doc):
                    font_key = (face.font, face.size, subset)
                    if state["font"] != font_key:
                        add(f"{font.getSubsetInternalName(subset, doc)} {fp(face.size)} Tf")
                        state["font"] = font_key
                    add(f"({escape(chunk)}) Tj")

    return FastParagraph


@functools.cache
def table_class() -> type:
    """reportlab's Table drawing its plain-text cells with bare text operators.

    A long convention's tables hold about a thousand cells of plain text: reportlab
    draws each line through a text object (``canvas.drawString``), several times
    the work of writing the line's operators. Same positions as reportlab's own
    code (valign and alignment as in ``Table._drawCell``); any other cell goes to it.
    A table measured again in the same space keeps its sizes (``_calc``).
    """
    from reportlab.lib.rl_accel import fp_str
    from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
    from reportlab.platypus.tables import Table

    class DocumentTable(Table):
        _curcellstyle: Any  # reportlab's: the cell style whose colour and font the canvas has
        _calculated_for: tuple[float, float] | None = None

        def _calc(self, availWidth: float, availHeight: float) -> None:  # noqa: N803
            # platypus measures a table kept with its heading twice in a row, with the same space
            # (KeepTogether, then the frame): the sizes _calc sets depend on nothing else. A split
            # makes new tables; none is restyled after its first measure.
            if self._calculated_for == (availWidth, availHeight):
                return
            super()._calc(availWidth, availHeight)
            self._calculated_for = (availWidth, availHeight)

        def _drawCell(self, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> None:  # noqa: N802
            just, valign = cellstyle.alignment, cellstyle.valign
            font = getFont(cellstyle.fontname)
            if (
                not isinstance(cellval, str)
                or cellstyle.direction
                or cellstyle.shaping
                or cellstyle.href
                or cellstyle.destination
                or just not in ("LEFT", "RIGHT", "CENTRE", "CENTER")
                or valign not in ("TOP", "BOTTOM", "MIDDLE")
                or not getattr(font, "_dynamicFont", False)
            ):
                super()._drawCell(cellval, cellstyle, pos, size)
                return
            canv = self.canv
            if self._curcellstyle is not cellstyle:  # as reportlab: colour and font of the cell
                cur = self._curcellstyle
                if cur is None or cellstyle.color != cur.color:
                    canv.setFillColor(cellstyle.color)
                if (
                    cur is None
                    or cellstyle.leading != cur.leading
                    or cellstyle.fontname != cur.fontname
                    or cellstyle.fontsize != cur.fontsize
                ):
                    canv.setFont(cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
                self._curcellstyle = cellstyle
            colpos, rowpos = pos
            colwidth, rowheight = size
            lines = cellval.split("\n")
            leading, fontsize = cellstyle.leading, cellstyle.fontsize
            if valign == "BOTTOM":
                y = rowpos + cellstyle.bottomPadding + len(lines) * leading - fontsize
            elif valign == "TOP":
                y = rowpos + rowheight - cellstyle.topPadding - fontsize
            else:
                middle = cellstyle.bottomPadding + rowheight - cellstyle.topPadding + len(lines) * leading
                y = rowpos + middle / 2.0 - fontsize
            if just == "LEFT":
                anchor = colpos + cellstyle.leftPadding
            elif just == "RIGHT":
                anchor = colpos + colwidth - cellstyle.rightPadding
            else:
                anchor = colpos + (colwidth + cellstyle.leftPadding - cellstyle.rightPadding) * 0.5
            doc = canv._doc
            escape = canv._escape
            size_text = fp_str(fontsize)
            code = []
            for line in lines:
                x = anchor
                if just == "RIGHT":
                    x -= stringWidth(line, cellstyle.fontname, fontsize)
                elif just != "LEFT":
                    x -= 0.5 * stringWidth(line, cellstyle.fontname, fontsize)
                code.append(f"BT 1 0 0 1 {fp_str(x, y)} Tm")
                for subset, chunk in font.splitString(line, doc):
                    code.append(f"{font.getSubsetInternalName(subset, doc)} {size_text} Tf ({escape(chunk)}) Tj")
                code.append("ET")
                y -= leading
            canv._code.append(" ".join(code))

    return DocumentTable
