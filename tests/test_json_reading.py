"""Reading a `.charte` file's JSON: one reader (``domain.jsontext``) gives what ``json`` gives,
except where ``json`` would lose or hide something.

``dossier_file.loads`` reads every file (and the window's preview reads through the same function).
These tests compare it with ``json`` alone: the same value, of the same types and in the same key
order, or a refusal, for every text. The differences are the point: a key written twice in one
object is refused with its path (``json`` keeps the last silently), and a number with a fraction or
an exponent is kept as its text (:class:`Number`, equal in value to ``json``'s float).
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from charte_app.domain import dossier_file
from charte_app.domain.jsontext import Number
from charte_app.domain.problems import DossierRefused


class _Twice(Exception):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    value = dict(pairs)
    if len(value) != len(pairs):
        raise _Twice
    return value


def _json_path(data: bytes | str) -> Any:
    """What ``json`` alone says of the text: ("value", v), ("refused", "JSON") or ("refused", "twice")."""
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
        return ("value", json.loads(text.removeprefix("\ufeff"), object_pairs_hook=_no_duplicates))
    except _Twice:
        return ("refused", "twice")
    except (ValueError, RecursionError):
        return ("refused", "JSON")


def _outcome(data: bytes | str) -> Any:
    try:
        return ("value", dossier_file.loads(data))
    except DossierRefused as exc:
        return ("refused", "twice" if "clé en double" in exc.french() else "JSON")


def _same(a: Any, b: Any) -> bool:
    """Equal, with the same types all the way down, the same key order and the sign of zero; a
    :class:`Number` stands for ``json``'s float of the same value."""
    if type(a) is Number and isinstance(b, float):
        a = float(a)
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        return (a == b and math.copysign(1, a) == math.copysign(1, b)) or (a != a and b != b)
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    return bool(a == b)


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=8), children, max_size=5),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(json_values, st.booleans(), st.sampled_from([None, 2]))
def test_any_json_text_reads_as_json_reads_it(value: Any, ascii_only: bool, indent: int | None) -> None:
    text = json.dumps(value, ensure_ascii=ascii_only, indent=indent)
    expected = json.loads(text)
    assert _same(dossier_file.loads(text.encode("utf-8")), expected)
    assert _same(dossier_file.loads(text), expected)


# Pieces of JSON and of what is not JSON: every text made of them is read the same way, or refused
# with the same message, as through json alone.
_PIECES = [
    "[", "]", "{", "}", ",", ":", '"', "\\", "u", "0", "1", "9", "e", "E", "-", "+", ".", " ", "\t", "\n",
    "\r", "\x00", "\x1f", "\x0b", "a", "true", "false", "null", "é", "d8", "dc", "00", "/", "NaN",
    "Infinity", "\u2028", "\ufeff", "\ud800",
]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14), st.booleans())
def test_any_text_reads_or_is_refused_as_through_json(pieces: list[str], as_bytes: bool) -> None:
    text = "".join(pieces)
    data: bytes | str = text.encode("utf-8", "surrogatepass") if as_bytes else text
    got, expected = _outcome(data), _json_path(data)
    assert got[0] == expected[0]
    assert _same(got[1], expected[1]) if got[0] == "value" else got[1] == expected[1]


@pytest.mark.parametrize(
    "text",
    [
        '{"a": 1, "b": 2, "a": 3}',  # a repeated key: refused (json keeps the last)
        "[18446744073709551616, -9223372036854775809, 123456789012345678901234567890]",  # beyond 64 bits
        "[1e400]",  # beyond a double: kept as its text (check_raw refuses it with its path)
        '["\\ud800", "\\udc80x"]',  # lone surrogate escapes: read, then reported where they are
        '\ufeff{"format": "charte"}',  # Notepad's byte order mark
        "[NaN]",
        "[1, 2,]",
        '{"a": 1,}',
        "[01]",
        '["tab\tinside"]',
        "[" * 5000 + "]" * 5000,  # deeper than any recursion limit
        "[4.9e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.30000000000000004, -0.0]",
    ],
)
def test_edge_cases_read_as_through_json(text: str) -> None:
    for data in (text.encode("utf-8", "surrogatepass"), text):
        got, expected = _outcome(data), _json_path(data)
        assert got[0] == expected[0], text[:40]
        assert _same(got[1], expected[1]) if got[0] == "value" else got[1] == expected[1]


def test_a_big_integer_stays_an_integer() -> None:
    """Unknown keys of a newer format are kept and written back: a number must not become a float."""
    assert dossier_file.loads(b'{"x": 123456789012345678901234567890}') == {"x": 123456789012345678901234567890}


def test_a_key_written_twice_is_refused_with_its_path() -> None:
    """json keeps the last of two equal keys: a reader showing the first would disagree with it."""
    data = b'{"dossier": {"partners": [{"id": "a"}, {"id": "b", "name": "x", "name": "y"}]}, "dossier": {}}'
    with pytest.raises(DossierRefused) as refused:
        dossier_file.loads(data)
    assert [p.path for p in refused.value.problems] == ["dossier", "dossier.partners[1].name"]
    assert "clé en double : « name »" in refused.value.french()


def test_numbers_keep_their_text() -> None:
    value = dossier_file.loads(b'{"x": [0.1000000000000000055511151231257827, 1.50, 1E5, -0.0, 7]}')
    assert [n.text if type(n) is Number else n for n in value["x"]] == [
        "0.1000000000000000055511151231257827",
        "1.50",
        "1E5",
        "-0.0",
        7,
    ]


def test_the_examples_read_as_through_json(examples_dir: Path) -> None:
    files = sorted(examples_dir.glob("*.charte"))
    assert files
    for path in files:
        data = path.read_bytes()
        got, expected = _outcome(data), _json_path(data)
        assert got[0] == expected[0] == "value"
        assert _same(got[1], expected[1]), path.name
