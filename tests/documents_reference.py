"""The documents engine's text functions as they were before they were made fast: the reference
the fast ones must agree with, character for character.

Each reference is the plain algorithm, with no remembered results and no shortcut: the same
patterns of :mod:`charte_app.documents.typography` (so that a pattern edited there is edited for
both), applied whenever their sign is in the text; ``html.unescape`` for the markup's entities;
num2words' own converter; the sandbox deciding every attribute access. :func:`reference_engine`
swaps them in for a whole build.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from typing import Any

import jinja2
import pytest
from markupsafe import Markup, escape

from charte_app.documents import build, engine, markup, naming
from charte_app.documents import typography as T
from charte_app.domain.text import substitute


def apostrophes(text: str) -> str:
    if T._CODE_LIKE.search(text) is None:
        return T._APOSTROPHE.sub(T.APOSTROPHE, text)
    return re.sub(
        r"\S+",
        lambda m: m.group(0) if T._CODE_LIKE.fullmatch(m.group(0)) else T._APOSTROPHE.sub(T.APOSTROPHE, m.group(0)),
        text,
    )


def punctuate(text: str) -> str:
    NBSP, NNBSP = T.NBSP, T.NNBSP
    if "..." in text:
        text = text.replace("...", "…")
    if "." in text:
        text = T._DOUBLE_STOP.sub("", text)
    if '"' in text or text.count("«") > 1:
        text = T._nested_quotes(text)
    if "'" in text:
        text = apostrophes(text)
    if " " in text:
        text = T._ELISION.sub(lambda m: m.group(1)[:-1] + T.APOSTROPHE, text)
        text = T._WORD_THEN_COUNT.sub(NBSP, text)
        text = T._NUMBER_NOUN.sub(r"\1" + NBSP, text)
        text = T._POSTAL_CODE.sub(r"\1" + NBSP, text)
    if "-" in text:
        text = T._LEGAL_REF.sub(T._legal_ref, text)
    if "«" in text:
        text = T._OPEN_QUOTE.sub("«" + NBSP, text)
    if "»" in text:
        text = T._CLOSE_QUOTE.sub(NBSP + "»", text)
    if ";" in text or "!" in text or "?" in text:
        text = T._BEFORE_HIGH.sub(NNBSP + r"\1", text)
    if "°" in text or ". " in text:
        text = T._NUMERO.sub(r"\1" + NBSP, text)
        if "-" in text:
            text = T._LEGAL_REF.sub(T._legal_ref, text)
    if ":" in text:
        text = T._BEFORE_COLON.sub(NBSP + r"\1", text)
    return text


def escape_data(text: str) -> str:
    return (
        str(escape(substitute(text, engine._LINE_BREAKERS)))
        .replace("|", "&#124;")
        .replace("@", "&#64;")
        .replace("\r\n", " ")
        .replace("\n", " ")
        .replace("\r", " ")
    )


def finalize(value: Any) -> Any:
    if isinstance(value, jinja2.Undefined):
        return value
    if isinstance(value, Markup):
        return value
    if T.is_missing(value):
        return Markup(T.BLANK)
    if isinstance(value, bool):
        return Markup("oui" if value else "non")
    if isinstance(value, date):
        return Markup(T.date_markup(value))
    if isinstance(value, Decimal):
        return Markup(T.number(value))
    return Markup(escape_data(str(value)))


def cardinal(n: int) -> str:
    from num2words import num2words

    return str(num2words(n, lang="fr"))


def forget() -> None:
    """Empty every remembered result and environment: the next build starts cold."""
    T._punctuate_remembered.cache_clear()
    T._cardinal.cache_clear()
    naming._naming.cache_clear()
    engine._environments.clear()


@contextmanager
def reference_engine(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Builds inside use the reference functions (and a new environment, built with them)."""
    forget()
    with monkeypatch.context() as patch:
        patch.setattr(markup, "punctuate", punctuate)
        patch.setattr(build, "punctuate", punctuate)
        patch.setattr(markup, "_unescape", html.unescape)
        patch.setattr(engine, "escape_data", escape_data)
        patch.setattr(engine, "_finalize", finalize)
        patch.setattr(engine, "_DECISIONS_SOUND", False)
        patch.setattr(T, "_cardinal", cardinal)
        patch.setattr(
            naming,
            "naming",
            lambda p, *, use_short=False: naming._naming.__wrapped__(p.name, p.short_name, p.kind, use_short),
        )
        yield
    forget()
