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

import re
import unicodedata
from difflib import SequenceMatcher
from typing import Literal, NamedTuple

Op = Literal["equal", "insert", "delete"]


class Segment(NamedTuple):
    """One run of text: kept (``equal``), added (``insert``) or removed (``delete``)."""

    op: Op
    text: str


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'"})
_SPACES = re.compile(r"[\s\u00a0\u202f\u2007\u2009]+")
# A word keeps its letters and digits together ("L.121-6-2" splits on "." and "-",
# which is what a reader perceives as separate parts); whitespace runs are one
# token; any other character (punctuation, symbols, apostrophes) stands alone.
_TOKEN = re.compile(r"\w+|[\s\u00a0\u202f\u2007\u2009]+|[^\w\s]", re.UNICODE)


_WORD = re.compile(r"\w")


def normalise(text: str) -> str:
    """The comparison form of a text: NFC, one apostrophe, plain single spaces."""
    text = unicodedata.normalize("NFC", text).translate(_APOSTROPHES)
    return _SPACES.sub(" ", text).strip()


def same_text(old: str | None, new: str | None) -> bool:
    """True when two optional texts read the same once normalised (None equals "")."""
    return normalise(old or "") == normalise(new or "")


def tokenize(text: str) -> list[str]:
    """Split a text into word, whitespace and single-punctuation tokens (originals kept)."""
    return _TOKEN.findall(unicodedata.normalize("NFC", text))


def _key(token: str) -> str:
    return " " if _SPACES.fullmatch(token) else token.translate(_APOSTROPHES)


def word_diff(old: str | None, new: str | None) -> list[Segment]:
    """Segments turning ``old`` into ``new``; an unchanged text is one ``equal`` segment."""
    old = old or ""
    new = new or ""
    if same_text(old, new):
        return [Segment("equal", new)] if new else []
    if not old:
        return [Segment("insert", new)]
    if not new:
        return [Segment("delete", old)]
    a, b = tokenize(old), tokenize(new)
    # autojunk off: in long French texts "de", "la" and spaces are frequent but
    # must still anchor the alignment, otherwise whole paragraphs are rewritten.
    matcher = SequenceMatcher(None, [_key(t) for t in a], [_key(t) for t in b], autojunk=False)
    raw: list[Segment] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            raw.append(Segment("equal", "".join(b[j1:j2])))
            continue
        if tag in ("delete", "replace"):
            raw.append(Segment("delete", "".join(a[i1:i2])))
        if tag in ("insert", "replace"):
            raw.append(Segment("insert", "".join(b[j1:j2])))
    return _tidy(raw)


def _tidy(segments: list[Segment]) -> list[Segment]:
    """Make the result readable: absorb wordless kept runs between changes, merge runs.

    "de la famille" → "du jeune" aligns the space in the middle, and a long
    insertion may align one stray full stop with an old one; shown as is, that
    is a confetti of fragments. A kept run with no letter or digit that sits
    between two changes is folded into both sides, so the reader sees one
    deletion and one insertion.
    """
    out = list(segments)
    i = 1
    while i < len(out) - 1:
        seg = out[i]
        if seg.op == "equal" and not _WORD.search(seg.text) and out[i - 1].op != "equal" and out[i + 1].op != "equal":
            out[i : i + 1] = [Segment("delete", seg.text), Segment("insert", seg.text)]
            i += 2
        else:
            i += 1
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
