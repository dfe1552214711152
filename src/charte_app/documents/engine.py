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

A render is bounded, since a user template is code: at most :data:`MAX_SECONDS`
of work (checked at every call, filter, attribute, operator and loop step), no
single string over :data:`MAX_SIZE` characters, list over :data:`MAX_ITEMS`
items or integer over :data:`MAX_INT_BITS` bits (``"a" * 10**10``,
``7 ** 100000000`` and ``((10**30)**64)**64`` are refused *before* they are
computed, as are huge widths given to filters, methods and ``%`` formats), no
text made of a structure — ``string``, ``join``, ``tojson``, ``pprint``,
printing, ``~``, ``%`` — whose size, estimated first, would exceed
:data:`MAX_SIZE`, at most :data:`MAX_ALLOCATED` bytes of values built in all,
and at most :data:`MAX_OUTPUT` characters written. Operators are never
computed at compile time (they are all intercepted, so Jinja's constant folding
leaves them to :meth:`_Sandbox.call_binop`). The bundled templates use a few
thousandths of each.
"""

from __future__ import annotations

import abc
import functools
import re
import sys
import threading
import time
import types
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import Any, cast

import jinja2
from jinja2 import nodes
from jinja2.exceptions import SecurityError, TemplateNotFound, TemplateSyntaxError, UndefinedError
from jinja2.sandbox import ImmutableSandboxedEnvironment, safe_range
from markupsafe import Markup, escape

from ..domain.text import substitute
from ..errors import UserError
from ..paths import bundled
from . import naming as naming_
from . import template_cache, xref
from . import typography as typo

_REFUSED_ATTRIBUTES = {"format", "format_map", "mro", "func_globals", "gi_frame", "cr_frame"}
#: The sandbox's attribute decisions may be remembered: checked for Jinja2 3.1 (see
#: ``_Sandbox.is_safe_attribute``); any other version decides at every access.
_DECISIONS_SOUND = jinja2.__version__.split(".")[:2] == ["3", "1"]
#: Distinct (type, attribute) decisions kept before starting over: a hostile template may ask
#: for many attribute names, the bundled ones use about a hundred.
_MAX_DECISIONS = 4096
_lock = threading.Lock()
_environments: dict[tuple[Any, ...], ImmutableSandboxedEnvironment] = {}

#: Work allowed for one render (wall clock). The largest bundled document renders in well under a
#: second; ten leave room for a slow machine without letting a looping template freeze the app.
MAX_SECONDS = 10.0
#: Longest string or list a template may build (characters or items): ten times a whole large
#: convention's text, and a bound on the memory any one value takes (tens of MB).
MAX_SIZE = 10_000_000
#: Longest list, tuple or dict a template may build: a convention lists a few hundred things.
MAX_ITEMS = 1_000_000
#: Largest integer a template may compute (about 3,000 digits): amounts are Decimals, counts small.
MAX_INT_BITS = 10_000
#: Bytes of strings, lists and dicts a render may build in all (what it keeps is at most that):
#: the bundled templates build about 300 KB (the 40-party convention of the large sample).
MAX_ALLOCATED = 100 * 1024 * 1024
#: Characters a render may write: a 500-page document is about 2 million.
MAX_OUTPUT = 20_000_000
_budget = threading.local()
_BIG_FORMAT = re.compile(r"%[-#0 +]*(\*|\d{5,}|\.\d{5,}|\d*\.(\*|\d{5,}))")


class _OverBounds(Exception):
    """A template went beyond one of its bounds (French reason)."""


def _tick() -> None:
    deadline = getattr(_budget, "deadline", None)
    if deadline is not None and time.monotonic() > deadline:
        raise _OverBounds(f"le modèle tourne depuis plus de {MAX_SECONDS:g} secondes (boucle sans fin ?).")


def _too_big(what: str) -> _OverBounds:
    return _OverBounds(f"{what} dépasserait {MAX_SIZE:,} caractères ou éléments.".replace(",", "\u202f"))


def _too_many(what: str) -> _OverBounds:
    return _OverBounds(f"{what} dépasserait {MAX_ITEMS:,} éléments.".replace(",", "\u202f"))


def _int_too_big(what: str) -> _OverBounds:
    return _OverBounds(f"{what} dépasserait {MAX_INT_BITS:,} chiffres binaires.".replace(",", "\u202f"))


def _charge(value: Any) -> None:
    """Count what a render builds: its total bounds the memory a template can hold."""
    spent = getattr(_budget, "allocated", None)
    if spent is None:
        return
    spent += sys.getsizeof(value)
    if isinstance(value, (list, tuple)) and len(value) > 256 and isinstance(value[0], (str, *_CONTAINERS)):
        # A list of lists or strings (``batch(1)``, ``map('string')``): its items were built too.
        spent += len(value) * sys.getsizeof(value[0])
    _budget.allocated = spent
    if spent > MAX_ALLOCATED:
        raise _OverBounds(f"il a construit plus de {MAX_ALLOCATED // 1024 // 1024} Mo de valeurs.")


def _check_size(value: Any, what: str = "une valeur calculée") -> Any:
    kind = type(value)
    if kind is int:
        if value.bit_length() > MAX_INT_BITS:
            raise _int_too_big(what)
    elif isinstance(value, str):
        if len(value) > MAX_SIZE:
            raise _too_big(what)
        _charge(value)
    elif isinstance(value, (list, tuple, dict, set, frozenset)):
        if len(value) > MAX_ITEMS:
            raise _too_many(what)
        _charge(value)
    return value


def _check_args(args: Sequence[Any], kwargs: dict[str, Any], limit: int = MAX_SIZE) -> None:
    """A width, a count or a length beyond ``limit`` would build a value beyond it."""
    for arg in (*args, *kwargs.values()):
        if isinstance(arg, int) and not isinstance(arg, bool) and abs(arg) > limit:
            raise _too_big(f"le nombre {arg} demandé") if limit == MAX_SIZE else _too_many(f"le nombre {arg} demandé")


_CONTAINERS = (list, tuple, dict, set, frozenset, jinja2.utils.Namespace)
_SCALARS = (int, float, bool, Decimal, date, type(None))


def _text_size(value: Any, what: str, sep: int = 2, indent: int = 0, sizes: dict[int, int] | None = None) -> int:
    """An upper estimate of the text a structure turns into (``str``, ``repr``, JSON, ``join``),
    computed without building it; refused past :data:`MAX_SIZE`.

    ``sep``: characters between two items; ``indent``: characters added per item and per level
    (``pprint``, ``tojson(indent=…)``). Each distinct container is measured once (a list repeated
    a hundred times is a hundred references), so the work is bounded by MAX_SIZE / 3 items.
    """
    if sizes is None:
        sizes = {}

    def measure(item: Any, depth: int) -> int:
        if isinstance(item, str):
            n = len(item) + 2
            if n > 64 and not item.isprintable():
                n += 9 * len(item)  # repr escapes: \x00, \u2028, \U000e0000
            return n
        if isinstance(item, int) and not isinstance(item, bool):
            return item.bit_length() * 31 // 100 + 3
        if isinstance(item, _SCALARS):
            return 48
        key = id(item)
        known = sizes.get(key)
        if known is not None:
            return known
        if not isinstance(item, _CONTAINERS):
            sizes[key] = n = len(repr(item))  # our objects (dossier, parties): their size is the data's
            return n
        if depth > 100:
            raise _OverBounds("structure trop imbriquée (100 niveaux au plus).")
        sizes[key] = 16  # a structure that contains itself prints as "[...]"
        if isinstance(item, jinja2.utils.Namespace):
            item = object.__getattribute__(item, "_Namespace__attrs")
        each = sep + indent * (depth + 1)
        total = 16
        pairs: Iterable[Any] = item.items() if isinstance(item, dict) else item
        for index, part in enumerate(pairs):
            if not index & 4095:
                _tick()
            total += each + (measure(part, depth + 1) if not isinstance(item, dict) else 0)
            if isinstance(item, dict):
                total += 2 + measure(part[0], depth + 1) + measure(part[1], depth + 1)
            if total > MAX_SIZE:
                raise _too_big(what)
        sizes[key] = total
        return total

    size = measure(value, 0)
    if size > MAX_SIZE:
        raise _too_big(what)
    return size


def _check_text_of(value: Any, what: str) -> None:
    """Before ``str(value)`` of a structure: refused when the text would be too large."""
    if isinstance(value, _CONTAINERS):
        _text_size(value, what)


def _check_join(items: Sequence[Any], separator: Any, what: str) -> None:
    """Before ``separator.join(items)``: the separators alone, then the items, within MAX_SIZE."""
    total = max(len(items) - 1, 0) * (len(separator) if isinstance(separator, str) else 0)
    sizes: dict[int, int] = {}
    for item in items:
        if total > MAX_SIZE:
            raise _too_big(what)
        if isinstance(item, str):
            total += len(item)
        else:  # numbers too: a thousand-digit integer repeated a million times
            total += _text_size(item, what, sizes=sizes)
    if total > MAX_SIZE:
        raise _too_big(what)


def _materialize(value: Any, what: str) -> list[Any]:
    """An iterable as a list of at most MAX_ITEMS items (a generator cannot be measured)."""
    import itertools

    items = list(itertools.islice(value, MAX_ITEMS + 1))
    if len(items) > MAX_ITEMS:
        raise _too_many(what)
    return items


def _check_replace(text: Any, old: Any, new: Any) -> None:
    if isinstance(text, str) and isinstance(old, str) and isinstance(new, str):
        count = len(text) + 1 if old == "" else text.count(old)
        if len(text) + count * len(new) > MAX_SIZE:
            raise _too_big("le remplacement")


class _Range(Sequence[int]):
    """``range`` for templates: the sandbox's size limit, plus the time budget at every step."""

    def __init__(self, *args: int) -> None:
        self._range = safe_range(*args)

    def __len__(self) -> int:
        return len(self._range)

    def __getitem__(self, index: Any) -> Any:
        return self._range[index]

    def __iter__(self) -> Iterator[int]:
        for i in self._range:
            _tick()
            yield i


def _bounded_join(join: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """The ``~`` operator: doubling a string in a loop would otherwise outgrow memory in 30 steps."""

    @functools.wraps(join)
    def bounded(seq: Any) -> Any:
        _tick()
        if not isinstance(seq, (list, tuple)):
            seq = _materialize(seq, "la concaténation")
        _check_join(seq, "", "la concaténation")
        return _check_size(join(seq), "la concaténation")

    return bounded


#: Filters that never turn their value into text: a large list may go through them (its size is
#: bounded when it is built). Every other filter given a structure first measures its text.
_STRUCTURAL_FILTERS = frozenset(
    {
        "batch", "count", "d", "default", "dictsort", "first", "groupby", "items", "last", "length",
        "list", "map", "max", "min", "random", "reject", "rejectattr", "reverse", "select",
        "selectattr", "slice", "sort", "sum", "unique", "join", "blank",
    }
)  # fmt: skip


@jinja2.pass_eval_context
def _join(eval_ctx: Any, value: Any, d: str = "", attribute: str | int | None = None) -> str:
    """Jinja's ``join``, measured before it is built: ``([0]*10**7)|join(' '*300)`` is 3 GB."""
    items = _materialize(value, "le filtre « join »")
    if attribute is not None:
        get = jinja2.filters.make_attrgetter(eval_ctx.environment, attribute)
        items = [get(item) for item in items]
    _check_join(items, d, "le filtre « join »")
    return jinja2.filters.sync_do_join(eval_ctx, items, d)


#: ``pprint`` and ``tojson(indent=…)`` write each item on its own, indented line.
_INDENTED = {"pprint": 2, "tojson": 0}


def _bounded_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    what = f"le filtre « {name} »"
    replace, indent = name == "replace", name == "indent"
    measured = name not in _STRUCTURAL_FILTERS
    first = 1 if getattr(func, "jinja_pass_arg", None) is not None else 0  # after a context

    @functools.wraps(func)  # keeps jinja's pass_context marks
    def bounded(*args: Any, **kwargs: Any) -> Any:
        _tick()
        if measured and len(args) > first and isinstance(args[first], _CONTAINERS):
            width = _INDENTED.get(name, 0)
            if name == "tojson":
                given = kwargs.get("indent", args[first + 1] if len(args) > first + 1 else None)
                width = given + 1 if isinstance(given, int) else 0
            _text_size(args[first], what, indent=width)
        if len(args) > first + 1 or kwargs:  # a value alone (most filters) has no width to check
            # ``slice(n)`` builds n lists: a count of lists, not of characters.
            _check_args(args[first + 1 :], kwargs, MAX_ITEMS if name == "slice" else MAX_SIZE)
        if replace and len(args) >= 3:
            values = [a for a in args if isinstance(a, str)]
            if len(values) >= 3:
                _check_replace(*values[-3:])
        if indent and args and isinstance(args[-1], str):
            _check_replace(str(args[0]) if len(args) > 1 else "", "\n", args[-1])
        return _check_size(func(*args, **kwargs), what)

    return bounded


#: Size of one template file: the bundled ones weigh a few kilobytes.
MAX_TEMPLATE_BYTES = 1024 * 1024


class _Loader(jinja2.FileSystemLoader):
    """Templates are regular files of bounded size: a FIFO named ``charte.j2`` would block the
    render, a huge file exhaust memory."""

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        import os
        import stat

        for folder in self.searchpath:
            path = Path(folder) / template
            try:
                info = os.stat(path)
            except OSError:
                continue
            if not stat.S_ISREG(info.st_mode):
                raise TemplateRefused(template, None, "ce n'est pas un fichier ordinaire (tube, périphérique…).")
            if info.st_size > MAX_TEMPLATE_BYTES:
                raise TemplateRefused(
                    template, None, f"fichier trop volumineux ({MAX_TEMPLATE_BYTES // 1024} Ko au plus)."
                )
            break
        return super().get_source(environment, template)


class _BoundedTemplate(jinja2.Template):
    @classmethod
    def _from_namespace(cls, environment: Any, namespace: Any, globals: Any) -> Any:
        for name in ("str_join", "markup_join"):
            if name in namespace:
                namespace[name] = _bounded_join(namespace[name])
        return super()._from_namespace(environment, namespace, globals)


class TemplateRefused(UserError):
    """A document template that cannot be used (broken or hostile); the message names it and the line."""

    def __init__(self, template: str, line: int | None, reason: str) -> None:
        where = f"« {template} » (ligne {line})" if line else f"« {template} »"
        super().__init__(f"Le modèle de document {where} ne peut pas être utilisé : {reason}")
        self.template = template
        self.line = line
        self.reason = reason


class _Sandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox, minus formatting methods (``'{0.__class__}'.format``), with bounds."""

    template_class = _BoundedTemplate
    # Every arithmetic operator is intercepted: none is folded at compile time (``7 ** 100000000``
    # would hang the compiler, out of any time bound) and none is computed before
    # :meth:`call_binop` has checked the size of its result.
    intercepted_binops = frozenset({"**", "*", "%", "+", "-", "/", "//"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        _tick()
        if operator == "**":
            self._check_power(left, right)
        elif operator == "*":
            self._check_product(left, right)
        elif operator == "+":
            if isinstance(left, str) and isinstance(right, str) and len(left) + len(right) > MAX_SIZE:
                raise _too_big("la concaténation")
            if isinstance(left, (list, tuple)) and isinstance(right, (list, tuple)):
                if len(left) + len(right) > MAX_ITEMS:
                    raise _too_many("la concaténation")
        elif operator == "%" and isinstance(left, str):
            if _BIG_FORMAT.search(left):
                raise _OverBounds("largeur ou précision de format trop grande (4 chiffres au plus).")
            _check_join([left, *(right if isinstance(right, tuple) else (right,))], "", "le format « % »")
        return _check_size(super().call_binop(context, operator, left, right))

    @staticmethod
    def _check_power(left: Any, right: Any) -> None:
        if isinstance(right, int) and abs(right) > 64:
            if not (isinstance(left, (int, float, Decimal)) and -1 <= left <= 1):
                raise _OverBounds(f"puissance trop grande (exposant {right}, 64 au plus).")
        if isinstance(left, int) and isinstance(right, int) and right > 0:
            # ((10**30)**64)**64: each exponent is small, the result has 400 000 bits.
            if (abs(left).bit_length() - 1) * right > MAX_INT_BITS:
                raise _int_too_big("puissance trop grande : le résultat")

    @staticmethod
    def _check_product(left: Any, right: Any) -> None:
        if isinstance(left, int) and isinstance(right, int):
            if left.bit_length() + right.bit_length() > MAX_INT_BITS + 1:
                raise _int_too_big("le produit")
            return
        seq, count = (left, right) if isinstance(left, (str, list, tuple)) else (right, left)
        if isinstance(seq, (str, list, tuple)) and isinstance(count, int):
            if len(seq) * count > (MAX_SIZE if isinstance(seq, str) else MAX_ITEMS):
                raise _too_big("la répétition") if isinstance(seq, str) else _too_many("la répétition")

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805 (jinja's)
        _tick()
        _check_args(args, kwargs)
        name = getattr(__obj, "__name__", None)
        if name is not None and isinstance(getattr(__obj, "__self__", None), str):
            if name == "replace" and len(args) >= 2:
                _check_replace(__obj.__self__, args[0], args[1])
            elif name == "expandtabs":
                tab = args[0] if args and isinstance(args[0], int) else 8
                _check_replace(__obj.__self__, "\t", " " * max(tab, 0))
            elif name == "join" and len(args) == 1:
                items = _materialize(args[0], "la méthode « join »")
                _check_join(items, __obj.__self__, "la méthode « join »")
                args = (items,)
        return _check_size(super().call(__context, __obj, *args, **kwargs))

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        """Every ``{% for %}`` counts against the time budget at each step: a loop over a list
        calls nothing the sandbox sees, and two nested ones over a million items run for days."""
        tree = super()._parse(source, name, filename)
        for loop in tree.find_all(nodes.For):
            loop.iter = nodes.Call(
                nodes.EnvironmentAttribute("ticking", lineno=loop.lineno),
                [loop.iter],
                [],
                None,
                None,
                lineno=loop.lineno,
            )
        return tree

    @staticmethod
    def ticking(items: Any) -> Iterator[Any]:
        for index, item in enumerate(items):
            if not index & 255:
                _tick()
            yield item

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._decisions: dict[tuple[type, str], bool] = {}
        self._decisions_token = abc.get_cache_token()

    def getattr(self, obj: Any, attribute: str) -> Any:
        """Jinja 3.1's ``SandboxedEnvironment.getattr`` in one frame, after the time budget: the
        sandbox call a template makes most. Another Jinja version: Jinja's own, as it is."""
        _tick()
        if not _DECISIONS_SOUND:
            return super().getattr(obj, attribute)
        try:
            value = getattr(obj, attribute)
        except AttributeError:
            try:
                return obj[attribute]
            except (TypeError, LookupError):
                pass
        else:
            if isinstance(value, (types.MethodType, types.BuiltinMethodType)):
                fmt = self.wrap_str_format(value)  # refuses str.format and format_map
                if fmt is not None:
                    return fmt
            if self.is_safe_attribute(obj, attribute, value):
                return value
            return self.unsafe_undefined(obj, attribute)
        return self.undefined(obj=obj, name=attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        _tick()
        return super().getitem(obj, argument)

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        """Jinja's decision, remembered per ``(type(obj), attr)``: a template reads the same few
        attributes of the same few types thousands of times (a third of a render was spent here).

        Why remembering is sound (Jinja2 3.1, read in ``jinja2/sandbox.py``): the decision of
        ``ImmutableSandboxedEnvironment.is_safe_attribute`` ignores ``value`` and reads ``obj``
        only through ``isinstance`` against fixed types — the function, method, code, frame,
        generator and coroutine types (``is_internal_attribute``), then the mutable ABCs
        (``modifies_known_mutable``) — plus constant sets of attribute names. ``isinstance``
        depends on the object through ``type(obj)``, except that (1) it also believes
        ``obj.__class__`` — an object whose ``__class__`` is not its type when it is read (a
        proxy, a mock; templates cannot define classes, ours do not lie) is therefore never
        remembered — and (2) ``ABC.register`` can later make a type a virtual
        ``MutableSequence`` etc. — the remembered decisions are forgotten whenever
        :func:`abc.get_cache_token` changes, which every ``register`` call does. Another Jinja
        version: nothing is remembered (:data:`_DECISIONS_SOUND`), the sandbox decides each time.
        Refusals (:data:`_REFUSED_ATTRIBUTES`) are checked before, at every access.
        """
        if attr in _REFUSED_ATTRIBUTES:
            return False
        cls = type(obj)
        if not _DECISIONS_SOUND or obj.__class__ is not cls:
            return bool(super().is_safe_attribute(obj, attr, value))
        token = abc.get_cache_token()
        if token != self._decisions_token or len(self._decisions) > _MAX_DECISIONS:
            self._decisions = {}
            self._decisions_token = token
        key = (cls, attr)
        decision = self._decisions.get(key)
        if decision is None:
            decision = self._decisions[key] = bool(super().is_safe_attribute(obj, attr, value))
        return decision

    def wrap_str_format(self, value: Any) -> Any:
        """Jinja hands out a sandboxed ``str.format``; templates get none at all."""
        if not isinstance(value, (types.MethodType, types.BuiltinMethodType)):
            return None  # Jinja's own first test, without the call: most values are data
        if super().wrap_str_format(value) is not None:
            raise SecurityError("les méthodes format et format_map sont interdites dans un modèle")
        return None


# What str.splitlines() also breaks a line at. The importer refuses them (domain.text), but a base
# filled before that rule may still hold some: they must not split a table row of the markup.
_LINE_BREAKERS = dict.fromkeys("\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029", " ")


# Everything escape_data changes: a text with none of these comes out as it went in (most
# values: names, amounts, dates), and one search is quicker than the eight steps.
_TO_ESCAPE = re.compile("[&<>'\"|@\r\n" + "".join(_LINE_BREAKERS) + "]")


def escape_data(text: str) -> str:
    """Escape a value from the dossier for the markup: it stays inside its line and cell."""
    if type(text) is str and _TO_ESCAPE.search(text) is None:
        return text
    return (
        str(escape(substitute(text, _LINE_BREAKERS)))
        .replace("|", "&#124;")
        .replace("@", "&#64;")
        .replace("\r\n", " ")
        .replace("\n", " ")
        .replace("\r", " ")
    )


#: ``Markup(text)`` for a plain ``str`` (what ``Markup.__new__`` does with one), without its
#: Python frame: every printed value goes through it.
_as_markup = functools.partial(str.__new__, Markup)
_BLANK = Markup(typo.BLANK)


def _finalize(value: Any) -> Any:
    """Applied to every ``{{ … }}``: visible blanks, French dates and numbers, escaping."""
    if type(value) is str:  # most values: the tests below, in their order, for a plain string
        return _BLANK if not value.strip() else _as_markup(escape_data(value))
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
    _check_text_of(value, "la valeur écrite")
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
        # A body without legal personality is signed for by its legal person ("Pour le Centre hospitalier …").
        "pour": lambda p: _markup(naming_.signer(p).pour),
        "signer": lambda p: _markup(naming_.signer(p).definite),
        "signer_agree": lambda p, m, f, pl=None: _markup(naming_.signer(p).agree(m, f, pl)),
        "possessive": lambda p: _markup(naming_.possessive(p)),
        "delegation": lambda t: _markup(naming_.delegation_phrase(t)),
        "de_text": lambda t: _markup(naming_.de_text(str(t))) if not typo.is_missing(t) else _finalize(t),
        "definite": lambda p: _markup(naming_.naming(p).definite),
        "de": lambda p: _markup(naming_.naming(p).de),
        "dative": lambda p: _markup(naming_.naming(p).dative),
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
        # A cross-reference to an article by its key, replaced by its number after numbering.
        "ref": xref.ref,
    }


def _lipsum(n: int = 5, html: bool = True, min: int = 20, max: int = 100) -> str:  # noqa: A002 (jinja's)
    """Jinja's ``lipsum``, bounded: ``lipsum(10000000)`` ran for minutes and took gigabytes."""
    _tick()
    for value in (n, min, max):
        if not isinstance(value, int) or not 0 <= value <= _MAX_LIPSUM:
            raise _OverBounds(f"lipsum() accepte des nombres de 0 à {_MAX_LIPSUM}.")
    from jinja2.utils import generate_lorem_ipsum

    return str(generate_lorem_ipsum(n, html, min, max))


#: Paragraphs, and words in a paragraph, that ``lipsum`` may write: placeholder text for a page.
_MAX_LIPSUM = 100


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


def environment(data_dir: Path | None) -> ImmutableSandboxedEnvironment:
    folder = _user_dir(data_dir)
    key = (str(data_dir), *_signature(folder))
    with _lock:
        env = _environments.get(key)
        if env is None:
            paths = [str(folder)] if folder is not None else []
            paths.append(str(bundled("templates")))
            env = _Sandbox(
                loader=_Loader(paths, encoding="utf-8"),
                undefined=jinja2.StrictUndefined,
                autoescape=True,
                finalize=_finalize,
                trim_blocks=False,  # a line ending in {% endif %} keeps its newline
                lstrip_blocks=True,
                keep_trailing_newline=True,
            )
            for unsafe in ("attr", "format", "safe", "xmlattr"):
                env.filters.pop(unsafe, None)
            env.filters.update(_filters())
            env.filters["join"] = _join
            env.filters = {name: _bounded_filter(name, f) for name, f in env.filters.items()}
            env.globals.update(_globals())
            env.globals["range"] = _Range
            env.globals["lipsum"] = _lipsum
            # Set last: the cache's folder is named after the environment as configured.
            env.bytecode_cache = template_cache.bytecode_cache(env)
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
    if isinstance(exc, _OverBounds):
        return f"le modèle dépasse ses limites : {message}"
    if isinstance(exc, MemoryError):
        return "le modèle demande trop de mémoire."
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
    _budget.deadline = time.monotonic() + MAX_SECONDS
    _budget.allocated = 0
    try:
        template = env.get_template(template_name)
        return _bounded_render(template, context)
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
        MemoryError,
        _OverBounds,
    ) as exc:
        name, line = _template_frame(exc.__traceback__)
        raise TemplateRefused(name or template_name, line, _reason(exc)) from None
    finally:
        _budget.deadline = None
        _budget.allocated = None


def _bounded_render(template: jinja2.Template, context: dict[str, Any]) -> str:
    """``template.render`` chunk by chunk, counting what is written."""
    parts: list[str] = []
    written = 0
    chunks = cast(Generator[str, None, None], template.generate(context))
    for chunk in chunks:
        written += len(chunk)
        try:
            if written > MAX_OUTPUT:
                raise _OverBounds(f"le document dépasserait {MAX_OUTPUT:,} caractères.".replace(",", "\u202f"))
            _tick()
        except _OverBounds as exc:
            # Thrown back into the template where it stopped: Jinja then reports its name and line.
            chunks.throw(exc)
            raise  # pragma: no cover - throw() re-raises
        parts.append(chunk)
    return "".join(parts)
