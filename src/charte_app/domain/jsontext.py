"""The one reading and writing of JSON text for dossiers: `.charte` files and stored texts alike.

Reading (:func:`loads`, :func:`reader`): a key written twice in one object is refused with its path
(``json`` would keep the last silently, and a reader showing the first would disagree with the one
storing the last). A number with a fraction or an exponent, and the constants ``NaN``, ``Infinity``,
``-Infinity``, become a :class:`Number` keeping the text as written: the format has no such number
(amounts are decimal strings), so they only live in keys of a newer format, which must come back
exactly as they were written. Whether they are finite is checked where every value is, with its path
(``dossier_file.check_raw``). Integers stay Python integers: they are exact already.

Writing (:func:`dumps`): :func:`json.dumps`, each :class:`Number` written as its text. A text
written only with numbers ``json`` writes itself (every file the application ever wrote) is the
same as before, so are the fingerprints computed from it.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from .problems import DossierRefused, Problem, join


class Number:
    """A JSON number that is not an integer, kept as its text (``0.1000000000000000055511151231257827``
    stays so; a float would print ``0.1``). Immutable; equal to another of the same text."""

    __slots__ = ("text",)
    text: str

    def __init__(self, text: str) -> None:
        object.__setattr__(self, "text", text)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("a Number is immutable")

    def __eq__(self, other: object) -> bool:
        return type(other) is Number and other.text == self.text

    def __hash__(self) -> int:
        return hash(("Number", self.text))

    def __repr__(self) -> str:
        return f"Number({self.text!r})"

    def __float__(self) -> float:
        return float(self.text)

    def __copy__(self) -> Number:
        return self

    def __deepcopy__(self, _memo: Any) -> Number:
        return self

    def __reduce__(self) -> tuple[type[Number], tuple[str]]:
        return (Number, (self.text,))

    @property
    def finite(self) -> bool:
        """Whether a double can hold it: ``1e400``, ``NaN`` and ``Infinity`` cannot."""
        return math.isfinite(float(self.text))


def duplicate_message(key: str) -> str:
    return f"clé en double : « {key} » est écrite plusieurs fois dans le même objet (une seule fois attendue)."


class Reader:
    """A JSON decoder for one text: objects built from their pairs, keys written twice noted.

    After a read, :meth:`problems` gives the path of every duplicated key (empty: none)."""

    def __init__(self) -> None:
        # Each object with a key written twice: the keys, and the values the last one hid (a key
        # written twice inside them is reported too, at the same path).
        self._duplicated: dict[int, tuple[list[str], list[tuple[str, Any]]]] = {}
        self._kept: list[dict[str, Any]] = []  # those objects alive while read: their ids stay theirs
        self.decoder = json.JSONDecoder(object_pairs_hook=self._pairs, parse_float=Number, parse_constant=Number)

    def _pairs(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        value = dict(pairs)
        if len(value) != len(pairs):
            seen: set[str] = set()
            twice: list[str] = []
            hidden: list[tuple[str, Any]] = []
            for key, item in pairs:
                if key in seen:
                    if key not in twice:
                        twice.append(key)
                if item is not value[key]:
                    hidden.append((key, item))
                seen.add(key)
            self._duplicated[id(value)] = (twice, hidden)
            self._kept.append(value)
        return value

    @property
    def found_duplicates(self) -> bool:
        return bool(self._duplicated)

    def problems(self, root: Any, prefix: str = "") -> list[Problem]:
        """Each duplicated key, with its path under ``root`` (the value read, at ``prefix``)."""
        if not self._duplicated:
            return []
        found: set[tuple[str, str]] = set()
        stack: list[tuple[Any, str]] = [(root, prefix)]
        while stack:
            value, path = stack.pop()
            if isinstance(value, dict):
                twice, hidden = self._duplicated.get(id(value), ((), ()))
                found.update((join(path, key), key) for key in twice)
                items = [*value.items(), *hidden]
                stack.extend((item, join(path, key)) for key, item in items if isinstance(item, (dict, list)))
            elif isinstance(value, list):
                stack.extend((item, join(path, i)) for i, item in enumerate(value) if isinstance(item, (dict, list)))
        return [Problem(path, duplicate_message(key)) for path, key in sorted(found)]


def reader() -> Reader:
    return Reader()


def loads(text: str | bytes, *, prefix: str = "") -> Any:
    """The JSON value of ``text``; :class:`DossierRefused` naming each key written twice (paths
    under ``prefix``). ``json``'s own errors (malformed text) are raised as ``json`` raises them."""
    read = Reader()
    value = read.decoder.decode(text.decode("utf-8") if isinstance(text, bytes) else text)
    if read.found_duplicates:
        raise DossierRefused(read.problems(value, prefix), "Ce fichier n'est pas un dossier .charte lisible.")
    return value


_MARK = "\x00"  # never in a text read or stored (dossier_file.check_raw refuses it): marks a Number
_MARKED = re.compile(r'"\\u0000([-+.0-9eEaINfinty]+)\\u0000"')


def dumps(value: Any, **options: Any) -> str:
    """``json.dumps(value, **options)``, each :class:`Number` written as its text."""
    used = False

    def default(obj: Any) -> Any:
        nonlocal used
        if type(obj) is Number:
            used = True
            return _MARK + obj.text + _MARK
        raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")

    text = json.dumps(value, default=default, **options)
    return _MARKED.sub(r"\1", text) if used else text
