"""Conversion between plain JSON values and the dataclasses of :mod:`model`.

Decoding never raises on bad data: every type problem is collected with its
path, so a refused file lists *all* its faults at once. Encoding is the exact
inverse for anything decoding accepted (unknown keys, explicit ``null`` and
explicitly empty values are kept), which is what makes fingerprints stable
across an import/export round trip.
"""

from __future__ import annotations

import copy
import dataclasses
import re
import sys
import types
import typing
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from .model import Record
from .problems import Problem, join
from .text import MAX_SHORT, MAX_TEXT, SHORT_FIELDS, length_problem

#: Digits of an amount: 15 before the point (999 000 milliards d'euros, beyond any budget) and 10
#: after (a rate or an ETP may be precise). 25 digits in all: totals of a thousand such amounts
#: stay exact in Decimal's default 28-digit context, which the documents use to sum and print them
#: (a 29-digit amount made the printing fail).
MAX_INTEGER_DIGITS = 15
MAX_FRACTION_DIGITS = 10
_DECIMAL = re.compile(r"^(0|[1-9]\d*)(\.\d+)?$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

R = TypeVar("R", bound=Record)


Decoder = Callable[[Any, str, "str | int", list[Problem]], Any]
_MISSING = object()


@dataclasses.dataclass(frozen=True)
class _Field:
    name: str
    type: Any
    required: bool
    optional: bool  # the type admits None
    default: Any  # the default value (a shared instance: compared with, never mutated)
    decoder: Decoder
    key: str = ""  # the file's key when it is not the field's name ("from": a Python keyword)


@dataclasses.dataclass(frozen=True)
class _Plan:
    fields: tuple[_Field, ...]
    known: frozenset[str]


_PLANS: dict[type, _Plan] = {}
_DECODERS: dict[Any, Decoder] = {}


def _plan(cls: type) -> _Plan:
    """How to decode and encode ``cls``, worked out once per class (decoding is a hot path)."""
    plan = _PLANS.get(cls)
    if plan is not None:
        return plan
    hints = _field_types(cls)
    fields = []
    for f in dataclasses.fields(cls):
        if f.metadata.get("internal"):
            continue
        default = f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default
        _, optional = _split_optional(hints[f.name])
        # Placeholder decoder first: record types may refer to themselves through lists.
        fields.append((f.name, hints[f.name], bool(f.metadata.get("required")), optional, default))
    keys = {f.name: f.metadata.get("key", f.name) for f in dataclasses.fields(cls)}
    plan = _Plan(
        tuple(_Field(n, t, r, o, d, _decoder(t), keys[n]) for n, t, r, o, d in fields),
        frozenset(keys[n] for n, *_ in fields),
    )
    _PLANS[cls] = plan
    return plan


_EVALUATED: dict[tuple[str, str], Any] = {}


def _field_types(cls: type) -> dict[str, Any]:
    """``typing.get_type_hints(cls)`` for a record class, each distinct annotation evaluated once.

    get_type_hints compiles and evaluates every annotation string of the class and of each base
    again: 230 evaluations for the model's 32 classes, 48 distinct, ~7 ms of every program start.
    The model's annotations name module-level types only (tests/test_domain_records.py compares
    both for every record class)."""
    hints: dict[str, Any] = {}
    for klass in reversed(cls.__mro__):
        annotations = klass.__dict__.get("__annotations__", {})
        if not annotations:
            continue
        namespace = vars(sys.modules[klass.__module__])
        for name, tp in annotations.items():
            if isinstance(tp, str):
                key = (klass.__module__, tp)
                value = _EVALUATED.get(key, _MISSING)
                if value is _MISSING:
                    value = _EVALUATED[key] = eval(tp, namespace)  # noqa: S307 - what get_type_hints does
                tp = value
            hints[name] = tp
    return hints


def _split_optional(tp: Any) -> tuple[Any, bool]:
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1 and len(typing.get_args(tp)) == 2:
            return args[0], True
    return tp, False


def _kind_name(tp: Any) -> str:
    if tp is str:
        return "un texte"
    if tp is int:
        return "un nombre entier"
    if tp is bool:
        return "vrai ou faux (true/false)"
    if tp is Decimal:
        return 'un nombre décimal écrit comme texte (ex. "15000.00")'
    if tp is date:
        return "une date AAAA-MM-JJ"
    if typing.get_origin(tp) is list:
        return "une liste"
    if typing.get_origin(tp) is typing.Literal:
        return "l'une des valeurs " + ", ".join(f"« {a} »" for a in typing.get_args(tp))
    return "un objet"


def decode(cls: type[R], data: Any, path: str, problems: list[Problem]) -> R:
    """Build ``cls`` from JSON ``data``; append every fault found to ``problems``."""
    if not isinstance(data, dict):
        problems.append(Problem(path, f"{_kind_name(cls)} est attendu ici."))
        return cls()
    plan = _plan(cls)
    kwargs: dict[str, Any] = {}
    presence: dict[str, str] = {}
    seen = 0
    for f in plan.fields:
        raw = data.get(f.key, _MISSING)
        if raw is _MISSING:
            if f.required:
                problems.append(Problem(join(path, f.key), "valeur obligatoire manquante."))
            continue
        seen += 1
        if raw is None:
            if f.required:
                problems.append(Problem(join(path, f.key), "valeur obligatoire manquante (null)."))
                continue
            presence[f.name] = "null"
            if f.optional:
                kwargs[f.name] = None
            continue
        presence[f.name] = "value"
        kwargs[f.name] = f.decoder(raw, path, f.key, problems)
    obj = cls(**kwargs)
    obj.presence = presence
    if seen != len(data):
        obj.extra = {k: copy.deepcopy(v) for k, v in data.items() if k not in plan.known}
    return obj


def _decoder(tp: Any) -> Decoder:
    """The decoder of one field type. Paths are joined only when a problem is reported or
    a container is entered: most values are fine, and building their paths dominated the cost."""
    cached = _DECODERS.get(tp)
    if cached is not None:
        return cached
    inner, _ = _split_optional(tp)
    origin = typing.get_origin(inner)
    dec: Decoder
    if isinstance(inner, type) and issubclass(inner, Record):
        record = inner

        def dec(raw: Any, parent: str, key: str | int, problems: list[Problem]) -> Any:
            return decode(record, raw, join(parent, key), problems)

    elif origin is list:
        (item_type,) = typing.get_args(inner)
        item_dec = _decoder(item_type)

        def dec(raw: Any, parent: str, key: str | int, problems: list[Problem]) -> Any:
            path = join(parent, key)
            if not isinstance(raw, list):
                problems.append(Problem(path, "une liste est attendue ici."))
                return []
            return [item_dec(item, path, i, problems) for i, item in enumerate(raw)]

    elif origin is typing.Literal:
        choices = typing.get_args(inner)
        allowed = frozenset(choices)
        expected = _kind_name(inner)

        def dec(raw: Any, parent: str, key: str | int, problems: list[Problem]) -> Any:
            if type(raw) is str and raw in allowed:
                return raw
            problems.append(Problem(join(parent, key), f"valeur « {raw} » inconnue : {expected} est attendue."))
            return choices[0]

    elif inner is str:

        def dec(raw: Any, parent: str, key: str | int, problems: list[Problem]) -> Any:
            if type(raw) is str and len(raw) <= (MAX_SHORT if key in SHORT_FIELDS else MAX_TEXT) and "\x00" not in raw:
                return raw
            if not isinstance(raw, str):
                problems.append(Problem(join(parent, key), "un texte est attendu ici."))
                return ""
            if "\x00" in raw:
                # JSON allows it, but no database stores it the same way (PostgreSQL refuses it).
                problems.append(Problem(join(parent, key), "le texte contient un caractère nul (U+0000), interdit."))
                return raw.replace("\x00", "")
            problems.append(Problem(join(parent, key), length_problem(raw, key) or "texte trop long."))
            return raw

    elif inner is bool:

        def dec(raw: Any, parent: str, key: str | int, problems: list[Problem]) -> Any:
            if isinstance(raw, bool):
                return raw
            problems.append(Problem(join(parent, key), "vrai ou faux (true/false) est attendu ici."))
            return False

    elif inner is int:

        def dec(raw: Any, parent: str, key: str | int, problems: list[Problem]) -> Any:
            if type(raw) is int:
                return raw
            problems.append(Problem(join(parent, key), "un nombre entier est attendu ici."))
            return 0

    elif inner is Decimal:

        def dec(raw: Any, parent: str, key: str | int, problems: list[Problem]) -> Any:
            return _decode_decimal(raw, join(parent, key), problems)

    elif inner is date:

        def dec(raw: Any, parent: str, key: str | int, problems: list[Problem]) -> Any:
            return _decode_date(raw, join(parent, key), problems)

    else:
        raise TypeError(f"unsupported field type {tp!r}")  # a programming error, not bad data
    _DECODERS[tp] = dec
    return dec


def _decode_decimal(raw: Any, path: str, problems: list[Problem]) -> Decimal | None:
    if not isinstance(raw, str):
        problems.append(
            Problem(path, 'le montant doit être écrit comme texte décimal (ex. "15000.00"), pas comme nombre.')
        )
        return None
    text = raw
    if text != text.strip():
        # Refused rather than trimmed: a version's fingerprint covers the text as written, so a
        # trimmed draft and an untrimmed version would disagree about the same value.
        problems.append(Problem(path, f"« {raw} » : un montant s'écrit sans espace avant ni après."))
        return None
    if text.startswith("-") and _DECIMAL.match(text[1:]):
        problems.append(Problem(path, f"montant négatif ({raw}) : un montant doit être positif ou nul."))
        return None
    if not _DECIMAL.match(text):
        problems.append(Problem(path, f'« {raw} » n\'est pas un nombre décimal (ex. "15000.00").'))
        return None
    whole, _, fraction = text.partition(".")
    if len(whole) > MAX_INTEGER_DIGITS or len(fraction) > MAX_FRACTION_DIGITS:
        problems.append(
            Problem(
                path,
                f"montant « {raw[:40]}{'…' if len(raw) > 40 else ''} » hors limites : {MAX_INTEGER_DIGITS} chiffres "
                f"au plus avant la virgule et {MAX_FRACTION_DIGITS} après.",
            )
        )
        return None
    try:
        return Decimal(text)
    except InvalidOperation:  # pragma: no cover - the regex already guards this
        problems.append(Problem(path, f"« {raw} » n'est pas un nombre décimal."))
        return None


def parse_iso_date(raw: str) -> date | None:
    """A strict ``YYYY-MM-DD`` date, or None when it is malformed or impossible."""
    if not _DATE.match(raw):
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        return None


def _decode_date(raw: Any, path: str, problems: list[Problem]) -> date | None:
    if not isinstance(raw, str):
        problems.append(Problem(path, "une date AAAA-MM-JJ est attendue ici."))
        return None
    value = parse_iso_date(raw)
    if value is None:
        if _DATE.match(raw):
            problems.append(Problem(path, f"la date « {raw} » n'existe pas."))
        else:
            problems.append(Problem(path, f"« {raw} » n'est pas une date au format AAAA-MM-JJ."))
    return value


def encode(obj: Record) -> dict[str, Any]:
    """The JSON object of ``obj``: the inverse of :func:`decode`."""
    out: dict[str, Any] = {}
    presence = obj.presence
    for f in _plan(type(obj)).fields:
        value = getattr(obj, f.name)
        if not f.required and value == f.default:
            how = presence.get(f.name)
            if how is None:
                continue
            if how == "null":
                out[f.key] = None
                continue
        out[f.key] = _encode_value(value)
    for key, value in obj.extra.items():
        out.setdefault(key, copy.deepcopy(value))
    return out


def _encode_value(value: Any) -> Any:
    kind = type(value)
    if kind is str or kind is int or kind is bool or value is None:
        return value
    if kind is list:
        return [_encode_value(v) for v in value]
    if isinstance(value, Record):
        return encode(value)
    if kind is Decimal:
        return format(value, "f")  # never scientific notation: "1E-7" would not round-trip
    if kind is date:
        return value.isoformat()
    return value
