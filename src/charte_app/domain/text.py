"""Input hygiene for text: which characters and lengths the model accepts, wherever text comes from.

One rule for every door: a `.charte` file (refused with the path of the faulty value) and the
wizard (typed or pasted text is cleaned by :func:`clean_text` before it reaches the model).

Refused characters are those no document can carry:

- C0 controls except tab, line feed and carriage return (U+0001–U+0008, U+000B, U+000C,
  U+000E–U+001F), DEL (U+007F) and the C1 controls (U+0080–U+009F): XML 1.0, hence DOCX,
  refuses most of them, and the rest are invisible or act as line breaks (U+0085);
- U+2028 and U+2029 (line and paragraph separators): they split a table row or a line of the
  document markup where the user sees one line;
- U+FFFE and U+FFFF (non-characters, refused by XML) and lone surrogates (U+D800–U+DFFF,
  which UTF-8 cannot even encode).

Refusing (rather than silently dropping) keeps the import lossless: what is stored, printed and
fingerprinted is exactly what the file says. The wizard, where a paste from a word processor
often brings U+2029 or a form feed, maps the separators to a line feed and drops the rest.

Lengths: a *short* field (a title, a name, a label) holds at most :data:`MAX_SHORT` characters,
so that it fits a heading on one PDF page and a table cell; any other text at most
:data:`MAX_TEXT` (a long article).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

MAX_TEXT = 100_000
MAX_SHORT = 500
#: Field names whose text is printed as a heading or a table cell (titles, names, labels).
SHORT_FIELDS = frozenset(
    {
        "id",
        "title",
        "name",
        "short_name",
        "label",
        "role",
        "territory",
        "author",
        "partner",
        "convention",
        "email",
        "phone",
        "siret",
        "function",
        "organisation",
        "place",
        "term",
        "court",
        "programme",
    }
)

FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\u2028\u2029]")
# What a paste becomes in the wizard: the separators are line breaks the user meant.
_AS_NEWLINE = {"\u2028": "\n", "\u2029": "\n", "\x0b": "\n", "\x0c": "\n", "\x85": "\n"}


def substitute(text: str, table: Mapping[str, str]) -> str:
    """``text`` with each character of ``table`` replaced by its value: ``str.translate`` without its
    per-character cost on non-ASCII text (about 200 times slower on a page of French). No value may
    hold a character of the table (a replacement is never replaced again)."""
    for old, new in table.items():
        if old in text:
            text = text.replace(old, new)
    return text


def _describe(char: str) -> str:
    code = ord(char)
    if code == 0:
        return "un caractère nul (U+0000)"
    if code in (0x2028, 0x2029):
        kind = "séparateur de ligne" if code == 0x2028 else "séparateur de paragraphe"
        return f"un {kind} Unicode (U+{code:04X})"
    if 0xD800 <= code <= 0xDFFF:
        return f"un demi-caractère UTF-16 isolé (U+{code:04X}, « surrogate »)"
    if code in (0xFFFE, 0xFFFF):
        return f"un non-caractère Unicode (U+{code:04X})"
    return f"un caractère de contrôle invisible (U+{code:04X})"


def text_problem(text: str) -> str | None:
    """Why ``text`` cannot enter the model (French, without path), or None when it can."""
    found = FORBIDDEN.search(text)
    if found is None:
        return None
    return (
        f"le texte contient {_describe(found.group())} à la position {found.start() + 1} : "
        "aucun document ne peut le porter. Retirez-le du fichier."
    )


def limit_for(field: str | int) -> int:
    """The longest text accepted in a field of that name."""
    return MAX_SHORT if field in SHORT_FIELDS else MAX_TEXT


def length_problem(text: str, field: str | int) -> str | None:
    limit = limit_for(field)
    if len(text) <= limit:
        return None
    what = "titre ou nom" if limit == MAX_SHORT else "texte"
    return f"{what} trop long ({len(text)} caractères, {limit} au plus)."


def clean_text(text: str, field: str | int = "") -> str:
    """What the wizard stores for typed or pasted ``text``: separators become line feeds, other
    refused characters are dropped, and the text is cut at the field's length limit."""
    if FORBIDDEN.search(text) is not None:
        text = FORBIDDEN.sub("", substitute(text, _AS_NEWLINE))
    return text[: limit_for(field)]
