"""French typography for printed documents, in one place.

Everything the documents print that depends on French conventions lives here:
no-break spaces around « » and before ; : ! ?, "1er", dates ("1er septembre
2026"), amounts ("15 000,00 €" with a narrow no-break space), numbers and
amounts in words (num2words), the visible blank "…" for a missing value, and
the article that goes before a partner's name ("la Ville de Reims", "le
Département de la Marne", "l'Association …").

Functions return plain text; :func:`ordinal_markup` and :func:`date_markup`
return inline markup (``<sup>``) understood by :mod:`.markup`.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from ..domain.dates import MONTH_NAMES
from ..domain.siret import siret_compact, siret_format

NBSP = "\u00a0"
NNBSP = "\u202f"  # narrow no-break space: thousands separator, before ; ! ?
BLANK = "…"  # a missing value prints visibly, never as "None" or ""
LONG_BLANK = "………………"  # a blank meant to be filled in by hand (signature date)


# A space (or nothing) between a word and ; ! ? becomes a narrow no-break
# space, before : a no-break space. Only when the sign ends a word, so that
# "10:30", URLs and "?!" sequences inside tokens are left alone.
_BEFORE_HIGH = re.compile(r"(?<=[\w»)\]’'%€…])[ \u00a0\u202f]?([;!?])(?=\s|$|[»)\]])")
_BEFORE_COLON = re.compile(r"(?<=[\w»)\]’'%€…])[ \u00a0\u202f]?(:)(?=\s|$)")
# "n° 2005-32", "article L. 121-6-2", "art. 10": never a line break after the sign.
_NUMERO = re.compile(r"(?<!\w)([nN]°|[LRD]\.|art\.) (?=\d)")
_STRAIGHT_QUOTES = re.compile(r'"\s*([^"\n]+?)\s*"')  # "texte" typed on a keyboard → « texte »
_OPEN_QUOTE = re.compile(r"«[ \u00a0\u202f]*")
NBHY = "\u2011"  # non-breaking hyphen: "L. 121‑6‑2" never breaks across lines
APOSTROPHE = "\u2019"
# Straight apostrophe after a letter → ’, except in code-like tokens (e-mails, paths, identifiers).
_APOSTROPHE = re.compile(r"(?<=[^\W\d_])'")
_LETTER = re.compile(r"[^\W\d_]")  # what _APOSTROPHE looks behind for
_CODE_LIKE = re.compile(r"\S*[@/\\_=<>{}#]\S*'\S*|\S*'\S*[@/\\_=<>{}#]\S*")
# Elision the generated text meets: "de un (1) an" → "d’un (1) an", "que il" → "qu’il".
_ELISION = re.compile(
    r"\b([dD]e|[qQ]ue|[jJ]usque|[lL]orsque|[pP]uisque) (?=(?:un|une|uns|unes|il|ils|elle|elles|on)\b)"
)
# Legal references ("L. 121-6-2", "n° 2000-321", "articles 226-13 et 226-14"): no break at the hyphens.
_LEGAL_REF = re.compile(r"((?<!\w)(?:[LRD]\.|n°|art\.|articles?|et)[ \u00a0])(\d+(?:-\d+)+)\b")
# A number and its noun, a postal code and its city, "un (1) an": kept on one line.
_NUMBER_NOUN = re.compile(
    r"(?<![\w,.])(\d+|\(\d+\)) (?!(?:et|ou|à|au|aux|de|du|des|le|la|les|sur|par|en|pour|avec|dans)\b)"
    r"(?=[a-zà-ÿ(])"
)
_POSTAL_CODE = re.compile(r"(?<![\w\u202f])(\d{5}) (?=[A-ZÀ-Ý])")
_WORD_THEN_COUNT = re.compile(r"(?<=\w) (?=\(\d+\))")
_DOUBLE_STOP = re.compile(r"(?<=[.…!?])\.(?!\.)|\.(?=[ \u00a0\u202f]*[:;])")
_CLOSE_QUOTE = re.compile(r"[ \u00a0\u202f]*»")


def is_missing(value: Any) -> bool:
    """True for values that must print as a visible blank."""
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    if isinstance(value, Decimal) and value.is_nan():
        return True
    return isinstance(value, str) and not value.strip()


def _legal_ref(match: re.Match[str]) -> str:
    return match.group(1) + match.group(2).replace("-", NBHY)


def _curl(text: str) -> str:
    """``_APOSTROPHE.sub(APOSTROPHE, text)``, four times quicker: the pattern starts with a
    look-behind, tried at every position, where the text has a few apostrophes to look at."""
    pieces = text.split("'")
    out = [pieces[0]]
    for before, piece in itertools.pairwise(pieces):
        out.append(APOSTROPHE if before and _LETTER.fullmatch(before[-1]) else "'")
        out.append(piece)
    return "".join(out)


def _apostrophes(text: str) -> str:
    if _CODE_CHAR.search(text) is None or _CODE_LIKE.search(text) is None:  # the first is quicker
        return _curl(text)
    # Only the tokens that are not code-like get the typographic apostrophe.
    return re.sub(r"\S+", lambda m: m.group(0) if _CODE_LIKE.fullmatch(m.group(0)) else _curl(m.group(0)), text)


def _nested_quotes(text: str) -> str:
    """Straight quotes → « » at the outer level, “ ” inside guillemets; inner « » become “ ”."""
    out: list[str] = []
    depth = 0
    straight_open: list[bool] = []  # per open straight quote: did it open a guillemet level?
    for char in text:
        if char == '"':
            closing = bool(straight_open) and (not out or not out[-1].isspace())
            if closing:
                if straight_open.pop():
                    depth -= 1
                    out.append("»" if depth == 0 else "”")
                else:
                    out.append("”")
                continue
            straight_open.append(True)
            out.append("«" if depth == 0 else "“")
            depth += 1
        elif char == "«":
            out.append("«" if depth == 0 else "“")
            depth += 1
        elif char == "»" and depth > 0:
            depth -= 1
            out.append("»" if depth == 0 else "”")
        else:
            out.append(char)
    return "".join(out)


# Necessary conditions of the substitutions above, far cheaper to test than running them (most
# texts hold a space, a few a number before a space); a text that fails one cannot match.
# They start with a literal sign, which the regex engine looks for quickly; most of the patterns
# start with a look-behind, tried at every position of the text.
_DIGIT_SPACE = re.compile(r"\d\)? ")  # _NUMBER_NOUN and _POSTAL_CODE need a digit (or "(1)") then a space
_NUMERO_HINT = re.compile(r"[°.] \d")  # _NUMERO: "n° 12", "L. 121", "art. 10"
_ELISION_HINT = re.compile(r"e (?:un|il|el|on)")  # "de un", "que il", "que elle", "que on"
_LEGAL_REF_HINT = re.compile(r"\d-\d")
_BEFORE_HIGH_HINT = re.compile(r"[;!?](?:\s|$|[»)\]])")
_BEFORE_COLON_HINT = re.compile(r":(?:\s|$)")
_CODE_CHAR = re.compile(r"[@/\\_=<>{}#]")  # what makes a token _CODE_LIKE


def _double_stop_possible(text: str) -> bool:
    """_DOUBLE_STOP needs a full stop after . … ! or ?, or before a colon or a semicolon."""
    return ".." in text or "…." in text or "!." in text or "?." in text or ":" in text or ";" in text


def punctuate(text: str) -> str:
    """French typography on any printed text, generated or typed.

    « text » with no-break spaces and “ ” inside, word ; word : word ! word ?,
    the apostrophe ’, elision ("d’un"), no break inside a legal reference, between a number
    and its noun or a postal code and its city, and no doubled full stop ("…." / ". :").

    Remembered: a document prints the same labels, names and sentences many times over. Not
    remembered: a text longer than :data:`_REMEMBERED_LENGTH` (what the cache may hold stays
    small, whatever the document) and a ``str`` subclass such as ``Markup`` (its methods
    behave differently).
    """
    if type(text) is str and len(text) <= _REMEMBERED_LENGTH:
        return _punctuate_remembered(text)
    return _punctuate(text)


#: Longest text :func:`punctuate` remembers: a paragraph of a convention is a few hundred
#: characters; 4 096 of these at most are kept (a few MB).
_REMEMBERED_LENGTH = 1000


@functools.lru_cache(maxsize=4096)
def _punctuate_remembered(text: str) -> str:
    return _punctuate(text)


def _punctuate(text: str) -> str:
    # Each substitution runs only when its sign is there: most runs have none. Each test is a
    # necessary condition of its pattern on the text as it is at that step.
    if "..." in text:
        text = text.replace("...", "…")
    if "." in text and _double_stop_possible(text):
        text = _DOUBLE_STOP.sub("", text)
    if '"' in text or text.count("«") > 1:
        text = _nested_quotes(text)
    if "'" in text:
        text = _apostrophes(text)
    if " " in text:
        if _ELISION_HINT.search(text):
            text = _ELISION.sub(lambda m: m.group(1)[:-1] + APOSTROPHE, text)
        if " (" in text:
            text = _WORD_THEN_COUNT.sub(NBSP, text)
        if _DIGIT_SPACE.search(text):
            text = _NUMBER_NOUN.sub(r"\1" + NBSP, text)
            text = _POSTAL_CODE.sub(r"\1" + NBSP, text)
    if "-" in text and _LEGAL_REF_HINT.search(text):
        text = _LEGAL_REF.sub(_legal_ref, text)
    if "«" in text:
        text = _OPEN_QUOTE.sub("«" + NBSP, text)
    if "»" in text:
        text = _CLOSE_QUOTE.sub(NBSP + "»", text)
    if (";" in text or "!" in text or "?" in text) and _BEFORE_HIGH_HINT.search(text):
        text = _BEFORE_HIGH.sub(NNBSP + r"\1", text)
    if ("°" in text or ". " in text) and _NUMERO_HINT.search(text):
        text = _NUMERO.sub(r"\1" + NBSP, text)
        if "-" in text and _LEGAL_REF_HINT.search(text):
            text = _LEGAL_REF.sub(_legal_ref, text)
    if ":" in text and _BEFORE_COLON_HINT.search(text):
        text = _BEFORE_COLON.sub(NBSP + r"\1", text)
    return text


# A hyphen inside a word ("Bas-Rhin", "infanto-juvénile", "Saint-Dizier"): names keep it whole.
_WORD_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


def keep_names_whole(text: str) -> str:
    """Hyphens inside words become no-break hyphens (U+2011): a name in a heading or a signature
    block never breaks at its hyphen ("Bas- / Rhin"). The writers draw them as hyphens."""
    return _WORD_HYPHEN.sub(NBHY, text) if "-" in text else text


# A run that starts with the sign, after a run that ends a word: "<b>Engagement n° 1</b> : …".
_LEADING_SIGN = re.compile(r"^[ \u00a0\u202f]?([;:!?])(?=\s|$|[»)\]])")
_WORD_END = re.compile(r"[\w»)\]’'%€…]$")


def join_punctuation(before: str, after: str) -> tuple[str, str]:
    """French spacing across a change of formatting, where :func:`punctuate` sees each side alone.

    ``before`` ends a run, ``after`` starts the next: a space (or none) between a word and
    : ; ! ? becomes the no-break space (narrow before ; ! ?), whichever side it was typed on.
    """
    match = _LEADING_SIGN.match(after)
    if match is None:
        return before, after
    stripped = before.rstrip(" ")
    if not _WORD_END.search(stripped):
        return before, after
    sign = match.group(1)
    space = NBSP if sign == ":" else NNBSP
    return stripped, space + after[match.start(1) :]


def quote(text: Any) -> str:
    """« text » with no-break spaces inside the guillemets."""
    return f"«{NBSP}{text_or_blank(text)}{NBSP}»"


def text_or_blank(value: Any) -> str:
    return BLANK if is_missing(value) else str(value)


def ordinal(n: int) -> str:
    """1 → "1er", 2 → "2e" (plain text)."""
    return "1er" if n == 1 else f"{n}e"


def ordinal_markup(n: int) -> str:
    """1 → "1<sup>er</sup>" (inline markup, superscript suffix)."""
    return "1<sup>er</sup>" if n == 1 else f"{n}<sup>e</sup>"


def article_number(n: int) -> str:
    """Article numbers: "1er", then "2", "3"… (the French legal usage)."""
    return "1er" if n == 1 else str(n)


def date_text(value: date | None) -> str:
    """ "1er septembre 2026"; a missing date is a visible blank."""
    if value is None:
        return BLANK
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day}{NBSP}{MONTH_NAMES[value.month - 1]} {value.year}"


def date_markup(value: date | None) -> str:
    """Like :func:`date_text`, with "er" in superscript."""
    if value is None:
        return BLANK
    day = "1<sup>er</sup>" if value.day == 1 else str(value.day)
    return f"{day}{NBSP}{MONTH_NAMES[value.month - 1]} {value.year}"


def _decimal(value: Any) -> Decimal | None:
    if is_missing(value):
        return None
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def number(value: Any, places: int | None = None) -> str:
    """French number: narrow no-break space between thousands, comma for decimals."""
    amount = _decimal(value)
    if amount is None:
        return BLANK
    if places is not None:
        amount = amount.quantize(Decimal(1).scaleb(-places))
    sign = "-" if amount < 0 else ""
    whole, _, frac = f"{abs(amount):f}".partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    text = sign + NNBSP.join(groups)
    return f"{text},{frac}" if frac else text


def amount(value: Any) -> str:
    """ "15 000,00 €" (narrow no-break space between thousands, no-break space before €)."""
    if _decimal(value) is None:
        return BLANK
    return f"{number(value, 2)}{NBSP}€"


def fte(value: Any) -> str:
    """Full-time equivalent: "0,6 ETP"."""
    if _decimal(value) is None:
        return BLANK
    return f"{number(value)}{NBSP}ETP"


@functools.lru_cache(maxsize=1024)
def _cardinal(n: int) -> str:
    """num2words' French cardinal. Remembered: a convention spells the same few numbers (durations,
    amounts, counts) again and again, and num2words is slow (about 0.15 ms a number, and its import,
    all fifty languages, about 25 ms once per process)."""
    from num2words import num2words

    return str(num2words(n, lang="fr"))


def words(value: Any) -> str:
    """A whole number in French words: 3 → "trois"."""
    if is_missing(value):
        return BLANK
    return _cardinal(int(value))


def amount_words(value: Any) -> str:
    """ "quinze mille euros", "neuf mille cinq cents euros et cinquante centimes"."""
    amount_ = _decimal(value)
    if amount_ is None:
        return BLANK
    amount_ = amount_.quantize(Decimal("0.01"))
    euros = int(amount_)
    cents = int((amount_ - euros) * 100)
    unit = "euro" if euros < 2 else "euros"
    # "un million d'euros": French puts "de" after million(s)/milliard(s) alone.
    text = _cardinal(euros)
    joined = f"{text} d'{unit}" if re.search(r"(millions?|milliards?)$", text) else f"{text} {unit}"
    if cents:
        joined += f" et {_cardinal(cents)} centime{'s' if cents > 1 else ''}"
    return joined


def count_words(value: Any, noun: str, plural: str | None = None) -> str:
    """ "trois (3) mois", "un (1) an": the legal habit of words then digits."""
    if is_missing(value):
        return f"{BLANK} {plural or noun + 's'}"
    n = int(value)
    unit = noun if n < 2 else (plural or noun + "s")
    return f"{words(n)} ({n}) {unit}"


def duration_words(start: date | None, end: date | None) -> str:
    """The duration from ``start`` to ``end`` inclusive in words: "trois (3) ans", "dix-huit (18) mois"."""
    if start is None or end is None or end < start:
        return f"{BLANK} mois"
    after = end + timedelta(days=1)  # 1 September → 31 August is exactly one year
    months = (after.year - start.year) * 12 + (after.month - start.month)
    if after.day != start.day or months == 0:
        return count_words((after - start).days, "jour")
    if months % 12 == 0:
        return count_words(months // 12, "an")
    return count_words(months, "mois", "mois")


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def lower_first(text: str) -> str:
    """Lowercase the first letter unless the first word is an acronym ("CAF")."""
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first.isupper():
        return text
    return text[:1].lower() + text[1:]


def civility_name(civility: str | None, name: str | None) -> str:
    if is_missing(name):
        return BLANK
    return f"{civility}{NBSP}{name}" if civility else str(name)


def feminine(civility: str | None, masculine: str, feminine_: str, unknown: str) -> str:
    """Agreement with the representative: "habilité", "habilitée" or "habilité(e)"."""
    if civility == "Mme":
        return feminine_
    if civility == "M.":
        return masculine
    return unknown


def siret(value: str | None) -> str:
    """SIRET in groups of 3-3-3-5 with no-break spaces: "732 829 320 00074" (dots or dashes typed: the same)."""
    if is_missing(value):
        return BLANK
    text = str(value)
    digits = siret_compact(text)
    if len(digits) != 14 or not digits.isdigit():
        return text
    return siret_format(digits).replace(" ", NBSP)


def list_item(text: Any) -> str:
    """A list item after "s’engage à :": lower-case first letter, no final punctuation of its own."""
    if is_missing(text):
        return BLANK
    return lower_first(str(text).strip().rstrip(" .;,"))


_ARTICLE_START = re.compile(r"^(le|la|les|l['’])\s*", re.IGNORECASE)


def function_title(civility: str | None, function: str | None) -> str:
    """A signatory's function under the name, capitalised with its article: "Le Maire", "La Présidente"."""
    if is_missing(function):
        return BLANK
    text = str(function).strip()
    match = _ARTICLE_START.match(text)
    if match:
        article = match.group(1)
        rest = text[match.end() :]
        return upper_first(article.lower()) + ("" if article.endswith(("'", "’")) else " ") + upper_first(rest)
    if civility not in ("M.", "Mme"):
        return upper_first(text)
    head = text.split(" ", 1)[0]
    if head[:1].lower() in "aeiouyéèêh":
        return f"L’{upper_first(text)}"
    return f"{'La' if civility == 'Mme' else 'Le'} {upper_first(text)}"
