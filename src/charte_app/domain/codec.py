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
import types
import typing
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any, TypeVar

from .model import Record
from .problems import Problem, join

MAX_TEXT = 100_000
_DECIMAL = re.compile(r"^(0|[1-9]\d*)(\.\d+)?$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

R = TypeVar("R", bound=Record)


@dataclasses.dataclass(frozen=True)
class _Field:
    name: str
    type: Any
    required: bool
    default: Any  # a value or a zero-argument factory (see _default)
    factory: bool


_FIELDS: dict[type, tuple[_Field, ...]] = {}


def _fields(cls: type) -> tuple[_Field, ...]:
    cached = _FIELDS.get(cls)
    if cached is not None:
        return cached
    hints = typing.get_type_hints(cls)
    out = []
    for f in dataclasses.fields(cls):
        if f.metadata.get("internal"):
            continue
        factory = f.default_factory is not dataclasses.MISSING
        default = f.default_factory if factory else f.default
        out.append(_Field(f.name, hints[f.name], bool(f.metadata.get("required")), default, factory))
    _FIELDS[cls] = tuple(out)
    return _FIELDS[cls]


def _default(f: _Field) -> Any:
    return f.default() if f.factory else f.default


@cache  # called for every value decoded; the answer depends only on the (hashable) type
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
    known = {f.name for f in _fields(cls)}
    kwargs: dict[str, Any] = {}
    presence: dict[str, str] = {}
    for f in _fields(cls):
        fpath = join(path, f.name)
        if f.name not in data:
            if f.required:
                problems.append(Problem(fpath, "valeur obligatoire manquante."))
            continue
        raw = data[f.name]
        inner, optional = _split_optional(f.type)
        if raw is None:
            if f.required:
                problems.append(Problem(fpath, "valeur obligatoire manquante (null)."))
                continue
            presence[f.name] = "null"
            if optional:
                kwargs[f.name] = None
            continue
        presence[f.name] = "value"
        kwargs[f.name] = _decode_value(inner, raw, fpath, problems)
    obj = cls(**kwargs)
    obj.presence = presence
    obj.extra = {k: copy.deepcopy(v) for k, v in data.items() if k not in known}
    return obj


def _decode_value(tp: Any, raw: Any, path: str, problems: list[Problem]) -> Any:
    inner, _ = _split_optional(tp)
    tp = inner
    origin = typing.get_origin(tp)
    if isinstance(tp, type) and issubclass(tp, Record):
        return decode(tp, raw, path, problems)
    if origin is list:
        (item_type,) = typing.get_args(tp)
        if not isinstance(raw, list):
            problems.append(Problem(path, "une liste est attendue ici."))
            return []
        return [_decode_value(item_type, item, join(path, i), problems) for i, item in enumerate(raw)]
    if origin is typing.Literal:
        choices = typing.get_args(tp)
        if raw not in choices or not isinstance(raw, str):
            problems.append(Problem(path, f"valeur « {raw} » inconnue : {_kind_name(tp)} est attendue."))
            return choices[0]
        return raw
    if tp is str:
        if not isinstance(raw, str):
            problems.append(Problem(path, "un texte est attendu ici."))
            return ""
        if len(raw) > MAX_TEXT:
            problems.append(Problem(path, f"texte trop long ({len(raw)} caractères, {MAX_TEXT} au plus)."))
        return raw
    if tp is bool:
        if not isinstance(raw, bool):
            problems.append(Problem(path, "vrai ou faux (true/false) est attendu ici."))
            return False
        return raw
    if tp is int:
        if isinstance(raw, bool) or not isinstance(raw, int):
            problems.append(Problem(path, "un nombre entier est attendu ici."))
            return 0
        return raw
    if tp is Decimal:
        return _decode_decimal(raw, path, problems)
    if tp is date:
        return _decode_date(raw, path, problems)
    raise TypeError(f"unsupported field type {tp!r}")  # a programming error, not bad data


def _decode_decimal(raw: Any, path: str, problems: list[Problem]) -> Decimal | None:
    if not isinstance(raw, str):
        problems.append(
            Problem(path, 'le montant doit être écrit comme texte décimal (ex. "15000.00"), pas comme nombre.')
        )
        return None
    text = raw.strip()
    if text.startswith("-") and _DECIMAL.match(text[1:]):
        problems.append(Problem(path, f"montant négatif ({raw}) : un montant doit être positif ou nul."))
        return None
    if not _DECIMAL.match(text):
        problems.append(Problem(path, f'« {raw} » n\'est pas un nombre décimal (ex. "15000.00").'))
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
    for f in _fields(type(obj)):
        value = getattr(obj, f.name)
        how = obj.presence.get(f.name)
        default = _default(f)
        if value == default and not f.required:
            if how == "null":
                out[f.name] = None
                continue
            if how is None:
                continue
        out[f.name] = _encode_value(value)
    for key, value in obj.extra.items():
        out.setdefault(key, copy.deepcopy(value))
    return out


def _encode_value(value: Any) -> Any:
    if isinstance(value, Record):
        return encode(value)
    if isinstance(value, list):
        return [_encode_value(v) for v in value]
    if isinstance(value, Decimal):
        return format(value, "f")  # never scientific notation: "1E-7" would not round-trip
    if isinstance(value, date):
        return value.isoformat()
    return value
