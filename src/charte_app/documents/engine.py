"""The Jinja2 sandbox that runs document templates, and its French error messages.

Templates run in an :class:`ImmutableSandboxedEnvironment` with
:class:`StrictUndefined`: a missing variable is an error, never an empty
string. A ``None`` value (an optional field left empty) prints as the visible
blank "…". Every value from the dossier is escaped for the markup of
:mod:`.markup` (``<``, ``&``, ``|``, ``@``, newlines), so data never becomes a
directive. ``attr``, ``format`` and ``safe`` are removed, and methods such as
``str.format`` are refused.

Templates are looked up first in ``<data dir>/templates/`` (a territory's
overrides), then in the bundled ``templates/`` folder. Any failure — syntax
error, undefined value, sandbox violation, bad markup — becomes a
:class:`TemplateRefused` naming the template and the line.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError, TemplateNotFound, TemplateSyntaxError, UndefinedError
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup, escape

from ..errors import UserError
from ..paths import bundled
from . import naming as naming_
from . import typography as typo

_REFUSED_ATTRIBUTES = {"format", "format_map", "mro", "func_globals", "gi_frame", "cr_frame"}
_lock = threading.Lock()
_environments: dict[tuple[Any, ...], ImmutableSandboxedEnvironment] = {}


class TemplateRefused(UserError):
    """A document template that cannot be used (broken or hostile); the message names it and the line."""

    def __init__(self, template: str, line: int | None, reason: str) -> None:
        where = f"« {template} » (ligne {line})" if line else f"« {template} »"
        super().__init__(f"Le modèle de document {where} ne peut pas être utilisé : {reason}")
        self.template = template
        self.line = line
        self.reason = reason


class _Sandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox, minus formatting methods (``'{0.__class__}'.format``)."""

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if attr in _REFUSED_ATTRIBUTES:
            return False
        return bool(super().is_safe_attribute(obj, attr, value))

    def wrap_str_format(self, value: Any) -> Any:
        """Jinja hands out a sandboxed ``str.format``; templates get none at all."""
        if super().wrap_str_format(value) is not None:
            raise SecurityError("les méthodes format et format_map sont interdites dans un modèle")
        return None


def escape_data(text: str) -> str:
    """Escape a value from the dossier for the markup: it stays inside its line and cell."""
    return (
        str(escape(text))
        .replace("|", "&#124;")
        .replace("@", "&#64;")
        .replace("\r\n", " ")
        .replace("\n", " ")
        .replace("\r", " ")
    )


def _finalize(value: Any) -> Any:
    """Applied to every ``{{ … }}``: visible blanks, French dates and numbers, escaping."""
    if isinstance(value, jinja2.Undefined):
        return value
    if isinstance(value, Markup):
        return value
    if typo.is_missing(value):
        return Markup(typo.BLANK)
    if isinstance(value, bool):
        return Markup("oui" if value else "non")
    if isinstance(value, date):
        return Markup(typo.date_markup(value))
    if isinstance(value, Decimal):
        return Markup(typo.number(value))
    return Markup(escape_data(str(value)))


def _markup(text: str) -> str:
    """Filters return plain text: ``finalize`` escapes it once, whatever filters follow."""
    return text


def _paras(text: Any, directive: str = "p", lead: str = "") -> Markup:
    """A long text → one ``@p`` per paragraph (blank line), one ``@li`` per "- " line.

    ``lead`` (inline markup written by the template, e.g. ``<i>Intérêt :</i> ``) opens the first
    paragraph, or stands alone when the text starts with a list.
    """
    if lead:
        body = str(_paras(text, directive)).lstrip("\n")
        if body.startswith(f"@{directive} "):
            return Markup(f"\n@{directive} {lead}" + body[len(directive) + 2 :])
        return Markup(f"\n@{directive} {lead}\n" + body)
    if typo.is_missing(text):
        return Markup(f"\n@{directive} {typo.BLANK}\n")
    lines: list[str] = []
    for block in str(text).replace("\r\n", "\n").split("\n\n"):
        pending: list[str] = []
        for raw in block.split("\n"):
            line = raw.strip()
            if line.startswith("- ") or line.startswith("• "):
                if pending:
                    lines.append(f"@{directive} " + escape_data(" ".join(pending)))
                    pending = []
                lines.append("@li " + escape_data(line[2:].strip()))
            elif line:
                pending.append(line)
        if pending:
            lines.append(f"@{directive} " + escape_data(" ".join(pending)))
    return Markup("\n" + "\n".join(lines) + "\n")


def _filters() -> dict[str, Callable[..., Any]]:
    return {
        "date": lambda d: Markup(typo.date_markup(d)),
        "amount": lambda v: _markup(typo.amount(v)),
        "amount_words": lambda v: _markup(typo.amount_words(v)),
        "number": lambda v, places=None: _markup(typo.number(v, places)),
        "words": lambda v: _markup(typo.words(v)),
        "count_words": lambda v, noun, plural=None: _markup(typo.count_words(v, noun, plural)),
        "fte": lambda v: _markup(typo.fte(v)),
        "ordinal": lambda n: Markup(typo.ordinal_markup(int(n))),
        "quote": lambda v: Markup(f"«{typo.NBSP}{_finalize(v)}{typo.NBSP}»"),
        "paras": _paras,
        "lower_first": lambda v: _markup(typo.lower_first(str(v))) if not typo.is_missing(v) else _finalize(v),
        "upper_first": lambda v: _markup(typo.upper_first(str(v))) if not typo.is_missing(v) else _finalize(v),
        "blank": lambda v, fill=typo.BLANK: fill if typo.is_missing(v) else v,
        "pour": lambda p: _markup(naming_.naming(p).pour),
        "definite": lambda p: _markup(naming_.naming(p).definite),
        "de": lambda p: _markup(naming_.naming(p).de),
        "definite_text": lambda t: _markup(naming_.definite_text(str(t))) if not typo.is_missing(t) else _finalize(t),
        "short": lambda p: _markup(naming_.short_label(p)),
        "agree": lambda p, m, f, pl=None: _markup(naming_.naming(p).agree(m, f, pl)),
        "civility_name": lambda r: _markup(typo.civility_name(r.civility, r.name)),
        # Nothing known about the representative: the generic masculine of legal texts, never "(e)".
        "rep_agree": lambda r, m, f: _markup(typo.feminine(r.civility, m, f, m)),
        "siret": lambda v: _markup(typo.siret(v)),
        "item": lambda v: _markup(typo.list_item(v)),
        "function": lambda r: _markup(typo.function_title(r.civility, r.function)),
    }


def _globals() -> dict[str, Any]:
    return {
        "BLANK": Markup(typo.BLANK),
        "LONG_BLANK": Markup(typo.LONG_BLANK),
        "duration_words": lambda start, end: _markup(typo.duration_words(start, end)),
    }


def _user_dir(data_dir: Path | None) -> Path | None:
    if data_dir is None:
        return None
    folder = Path(data_dir) / "templates"
    return folder if folder.is_dir() else None


def _signature(folder: Path | None) -> tuple[Any, ...]:
    """Cache key: the override folder and what it holds (a new override must be seen)."""
    if folder is None:
        return ()
    try:
        return (str(folder), *sorted((p.name, p.stat().st_mtime_ns) for p in folder.iterdir()))
    except OSError:
        return (str(folder),)


def _bytecode_cache(data_dir: Path | None) -> jinja2.BytecodeCache | None:
    """Compiled templates kept in ``<data dir>/cache/modeles``: a new process skips compiling them.

    Entries are keyed by the template's source checksum, so an edited override is compiled again.
    """
    if data_dir is None:
        return None
    folder = Path(data_dir) / "cache" / "modeles"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # a read-only data dir: compile every time, it still works
    return jinja2.FileSystemBytecodeCache(str(folder))


def environment(data_dir: Path | None) -> ImmutableSandboxedEnvironment:
    folder = _user_dir(data_dir)
    key = (str(data_dir), *_signature(folder))
    with _lock:
        env = _environments.get(key)
        if env is None:
            paths = [str(folder)] if folder is not None else []
            paths.append(str(bundled("templates")))
            env = _Sandbox(
                loader=jinja2.FileSystemLoader(paths, encoding="utf-8"),
                undefined=jinja2.StrictUndefined,
                autoescape=True,
                finalize=_finalize,
                trim_blocks=False,  # a line ending in {% endif %} keeps its newline
                lstrip_blocks=True,
                keep_trailing_newline=True,
                bytecode_cache=_bytecode_cache(data_dir),
            )
            for unsafe in ("attr", "format", "safe", "xmlattr"):
                env.filters.pop(unsafe, None)
            env.filters.update(_filters())
            env.globals.update(_globals())
            _environments.clear()  # one live override folder at a time is the usual case
            _environments[key] = env
    return env


def _template_frame(tb: TracebackType | None) -> tuple[str | None, int | None]:
    """The innermost template line in a traceback rewritten by Jinja."""
    name: str | None = None
    line: int | None = None
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            name, line = Path(filename).name, tb.tb_lineno
        tb = tb.tb_next
    return name, line


def _reason(exc: BaseException) -> str:
    message = str(getattr(exc, "message", None) or exc)
    if isinstance(exc, SecurityError) or "unsafe" in message:
        return f"opération interdite dans un modèle (détail : {message})."
    if isinstance(exc, UndefinedError):
        return f"valeur inconnue (détail : {message})."
    if isinstance(exc, TemplateNotFound):
        return f"modèle introuvable « {exc.name} »."
    if isinstance(exc, TemplateSyntaxError):
        return f"erreur de syntaxe (détail : {message})."
    return f"erreur pendant la mise en forme (détail : {type(exc).__name__} : {message})."


def render(template_name: str, context: dict[str, Any], data_dir: Path | None) -> str:
    """Render a template to markup text; every failure is a :class:`TemplateRefused`."""
    env = environment(data_dir)
    try:
        template = env.get_template(template_name)
        return str(template.render(context))
    except TemplateNotFound as exc:
        name, line = _template_frame(exc.__traceback__)
        raise TemplateRefused(name or template_name, line, _reason(exc)) from None
    except TemplateSyntaxError as exc:
        name = Path(exc.filename).name if exc.filename else (exc.name or template_name)
        raise TemplateRefused(name, exc.lineno, _reason(exc)) from None
    except (
        SecurityError,
        UndefinedError,
        jinja2.TemplateError,
        TypeError,
        ValueError,
        ArithmeticError,
        LookupError,
        AttributeError,
        RecursionError,
        OverflowError,
    ) as exc:
        name, line = _template_frame(exc.__traceback__)
        raise TemplateRefused(name or template_name, line, _reason(exc)) from None
