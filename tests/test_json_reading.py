"""Reading a `.charte` file's JSON: msgspec's fast decoder gives exactly what ``json`` gives.

``dossier_file.loads`` reads with msgspec and hands every text msgspec refuses to ``json``. These
tests compare it with the ``json`` path alone (``_fast_loads`` switched off): the same value, of the
same types and in the same key order, or the same French refusal, for every text.
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
from charte_app.domain.problems import DossierRefused


def _json_path(data: bytes | str) -> Any:
    """What ``loads`` gives through ``json`` alone: the value, or the refusal's French text."""
    fast = dossier_file._fast_loads
    dossier_file._fast_loads = lambda _data: dossier_file._REFUSED  # type: ignore[assignment]
    try:
        return _outcome(data)
    finally:
        dossier_file._fast_loads = fast  # type: ignore[assignment]


def _outcome(data: bytes | str) -> Any:
    try:
        return ("value", dossier_file.loads(data))
    except DossierRefused as exc:
        return ("refused", exc.french())


def _same(a: Any, b: Any) -> bool:
    """Equal, with the same types all the way down, the same key order and the sign of zero."""
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
        '{"a": 1, "b": 2, "a": 3}',  # a repeated key: the last value, at the first key's place
        "[18446744073709551616, -9223372036854775809, 123456789012345678901234567890]",  # beyond 64 bits
        "[1e400]",  # beyond a double: json reads infinity, msgspec refuses, json decides
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


def test_a_well_formed_file_is_read_without_json(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fast decoder really reads the files (json's decoder is not even called)."""
    chalons = (Path(__file__).parent / "data" / "documents" / "chalons.charte").read_bytes()
    expected = json.loads(chalons)

    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise AssertionError("json.loads called")

    monkeypatch.setattr(dossier_file.json, "loads", refuse)
    assert _same(dossier_file.loads(chalons), expected)


def test_the_examples_read_as_through_json(examples_dir: Path) -> None:
    files = sorted(examples_dir.glob("*.charte"))
    assert files
    for path in files:
        data = path.read_bytes()
        got, expected = _outcome(data), _json_path(data)
        assert got[0] == expected[0] == "value"
        assert _same(got[1], expected[1]), path.name
