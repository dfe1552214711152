"""Word-level differences inside one text, French-aware.

Owns tokenisation and the (op, text) segments every comparison view and export
draws from. Two texts are compared on a *normalised* form so that changes a
reader cannot see or does not care about do not light up:

* Unicode NFC (an ``é`` typed as ``e`` + combining accent equals ``é``);
* typographic and straight apostrophes (``’`` / ``'``) are the same character;
* no-break and narrow no-break spaces (French typography before ``:;?!`` and
  inside « ») count as ordinary spaces, and runs of spaces as one.

Words, runs of whitespace and each punctuation mark are separate tokens, so
adding a comma marks just the comma and not the word it touches. The segments
carry the *original* text (the new text for kept and inserted parts, the old
text for deleted parts).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from difflib import SequenceMatcher
from typing import Literal, NamedTuple

from ..domain.text import substitute

Op = Literal["equal", "insert", "delete"]


class Segment(NamedTuple):
    """One run of text: kept (``equal``), added (``insert``) or removed (``delete``)."""

    op: Op
    text: str


_APOSTROPHES = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'"}
_SPACES = re.compile(r"[\s\u00a0\u202f\u2007\u2009]+")
# A word keeps its letters and digits together ("L.121-6-2" splits on "." and "-",
# which is what a reader perceives as separate parts); whitespace runs are one
# token; any other character (punctuation, symbols, apostrophes) stands alone.
_TOKEN = re.compile(r"\w+|[\s\u00a0\u202f\u2007\u2009]+|[^\w\s]", re.UNICODE)


_WORD = re.compile(r"\w")


# A field's two texts are normalised to tell whether they differ, then again by word_diff and by
# _words when they do: the last few results are kept (a third of a comparison's regex work).
@functools.lru_cache(maxsize=128)
def normalise(text: str) -> str:
    """The comparison form of a text: NFC, one apostrophe, plain single spaces."""
    text = substitute(unicodedata.normalize("NFC", text), _APOSTROPHES)
    return _SPACES.sub(" ", text).strip()


def same_text(old: str | None, new: str | None) -> bool:
    """True when two optional texts read the same once normalised (None equals "")."""
    return normalise(old or "") == normalise(new or "")


def tokenize(text: str) -> list[str]:
    """Split a text into word, whitespace and single-punctuation tokens (originals kept)."""
    return _TOKEN.findall(unicodedata.normalize("NFC", text))


@functools.lru_cache(maxsize=1 << 16)  # the same few thousand words come back all through a dossier
def _key(token: str) -> str:
    return " " if _SPACES.fullmatch(token) else substitute(token, _APOSTROPHES)


def word_diff(old: str | None, new: str | None) -> list[Segment]:
    """Segments turning ``old`` into ``new``; an unchanged text is one ``equal`` segment."""
    old = old or ""
    new = new or ""
    if old == new or same_text(old, new):
        return [Segment("equal", new)] if new else []
    if not old:
        return [Segment("insert", new)]
    if not new:
        return [Segment("delete", old)]
    ca, cb = _sentences(old), _sentences(new)
    if len(ca) <= 2 and len(cb) <= 2:
        return _words(old, new)
    # Long texts: align sentences first, then words inside the sentences that differ. An
    # edit in a 100 000-character text then costs the size of the edit, not of the text.
    matcher = SequenceMatcher(None, [normalise(c) for c in ca], [normalise(c) for c in cb], autojunk=False)
    out: list[Segment] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.append(Segment("equal", "".join(cb[j1:j2])))
        else:
            out += _words("".join(ca[i1:i2]), "".join(cb[j1:j2]))
    return _merge(out)


# A sentence (or clause) ends after . ! ? ; or at a line break; its trailing spaces stay with it.
_SENTENCE = re.compile(r"[^\n.!?;]*(?:[.!?;]+[\s\u00a0\u202f]*|\n|$)")
# Above this many token pairs, a region is a rewrite: its word-level detail would take
# seconds and mean nothing to a reader, so it is shown as one deletion and one insertion.
MAX_WORK = 4_000_000


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.findall(text) if s]


def _merge(segments: list[Segment]) -> list[Segment]:
    out: list[Segment] = []
    for seg in segments:
        if not seg.text:
            continue
        if out and out[-1].op == seg.op:
            out[-1] = Segment(seg.op, out[-1].text + seg.text)
        elif seg.op == "delete" and out and out[-1].op == "insert":
            # Keep "deletion then insertion" order inside a run of changes.
            out.insert(len(out) - 1, seg)
            if len(out) > 2 and out[-3].op == "delete":
                out[-3:-1] = [Segment("delete", out[-3].text + out[-2].text)]
        else:
            out.append(seg)
    return out


def _words(old: str, new: str) -> list[Segment]:
    """The word-level diff of two texts (or of two differing runs of sentences)."""
    if not old or not new or same_text(old, new):
        return word_diff(old, new)
    a, b = tokenize(old), tokenize(new)
    if len(a) * len(b) > MAX_WORK:
        return [Segment("delete", old), Segment("insert", new)]
    raw: list[tuple[Op, str, str]] = []  # (op, text, old text of a kept run)
    for tag, i1, i2, j1, j2 in _opcodes([_key(t) for t in a], [_key(t) for t in b]):
        if tag == "equal":
            raw.append(("equal", "".join(b[j1:j2]), "".join(a[i1:i2])))
            continue
        if tag in ("delete", "replace"):
            raw.append(("delete", "".join(a[i1:i2]), ""))
        if tag in ("insert", "replace"):
            raw.append(("insert", "".join(b[j1:j2]), ""))
    return _tidy(raw)


def _opcodes(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    """Alignment of two token-key lists, as (tag, i1, i2, j1, j2) over the full lists.

    The matcher aligns the words and punctuation only: spaces are half of all
    tokens and match everywhere, so leaving them out halves the sequences and
    cuts the matcher's quadratic work by about four, with the same alignment.
    Spaces inside an aligned run are kept; between runs (where no word is
    common, by construction of the matcher) only the spaces at both ends can
    still match, and are kept too.

    autojunk is off: in long French texts "de", "la" and commas are frequent
    but must still anchor the alignment, or whole paragraphs read as rewritten.
    """
    ia = [i for i, k in enumerate(a) if k != " "]
    ib = [j for j, k in enumerate(b) if k != " "]
    matcher = SequenceMatcher(None, [a[i] for i in ia], [b[j] for j in ib], autojunk=False)
    ops: list[tuple[str, int, int, int, int]] = []
    pa = pb = 0
    for block in matcher.get_matching_blocks():
        if block.size:
            sa, ea = ia[block.a], ia[block.a + block.size - 1] + 1
            sb, eb = ib[block.b], ib[block.b + block.size - 1] + 1
        else:  # the final sentinel: what is left after the last aligned run
            sa = ea = len(a)
            sb = eb = len(b)
        ops += _gap(a, b, pa, sa, pb, sb)
        if block.size:
            ops.append(("equal", sa, ea, sb, eb))
        pa, pb = ea, eb
    return ops


def _gap(a: list[str], b: list[str], i1: int, i2: int, j1: int, j2: int) -> list[tuple[str, int, int, int, int]]:
    """Opcodes between two aligned runs: common leading/trailing spaces kept, the rest changed."""
    ops: list[tuple[str, int, int, int, int]] = []
    head = 1 if i1 < i2 and j1 < j2 and a[i1] == b[j1] == " " else 0
    tail = 1 if i2 - head > i1 and j2 - head > j1 and a[i2 - 1] == b[j2 - 1] == " " else 0
    if head:
        ops.append(("equal", i1, i1 + 1, j1, j1 + 1))
    m1, m2, n1, n2 = i1 + head, i2 - tail, j1 + head, j2 - tail
    if m1 < m2 and n1 < n2:
        ops.append(("replace", m1, m2, n1, n2))
    elif m1 < m2:
        ops.append(("delete", m1, m2, n1, n1))
    elif n1 < n2:
        ops.append(("insert", m1, m1, n1, n2))
    if tail:
        ops.append(("equal", i2 - 1, i2, j2 - 1, j2))
    return ops


def _tidy(segments: list[tuple[Op, str, str]]) -> list[Segment]:
    """Make the result readable: absorb wordless kept runs between changes, merge runs.

    "de la famille" → "du jeune" aligns the space in the middle, and a long
    insertion may align one stray full stop with an old one; shown as is, that
    is a confetti of fragments. A kept run with no letter or digit that sits
    between two changes is folded into both sides, so the reader sees one
    deletion and one insertion.
    """
    out: list[Segment] = []
    for i, (op, text, old) in enumerate(segments):
        between = 0 < i < len(segments) - 1 and segments[i - 1][0] != "equal" and segments[i + 1][0] != "equal"
        if op == "equal" and between and not _WORD.search(text):
            out += [Segment("delete", old), Segment("insert", text)]
        else:
            out.append(Segment(op, text))
    # Regroup: within each run of non-equal segments, all deletions then all insertions.
    grouped: list[Segment] = []
    pending_del: list[str] = []
    pending_ins: list[str] = []

    def flush() -> None:
        if pending_del:
            grouped.append(Segment("delete", "".join(pending_del)))
        if pending_ins:
            grouped.append(Segment("insert", "".join(pending_ins)))
        pending_del.clear()
        pending_ins.clear()

    for seg in out:
        if seg.op == "equal":
            flush()
            if grouped and grouped[-1].op == "equal":
                grouped[-1] = Segment("equal", grouped[-1].text + seg.text)
            elif seg.text:
                grouped.append(seg)
        elif seg.op == "delete":
            pending_del.append(seg.text)
        else:
            pending_ins.append(seg.text)
    flush()
    return grouped


def old_text(segments: list[Segment]) -> str:
    """The old side of a diff (kept + deleted)."""
    return "".join(s.text for s in segments if s.op != "insert")


def new_text(segments: list[Segment]) -> str:
    """The new side of a diff (kept + inserted)."""
    return "".join(s.text for s in segments if s.op != "delete")
