"""Mutated dossiers fed to the importer: never an unexpected exception, never a partial import.

Hypothesis deletes keys, changes types, injects unknown references, negative
amounts, impossible dates, duplicates list items… in the shared examples.
Each mutated file is either imported whole (and exported back identically) or
refused with a French message, leaving every table empty.
"""

from __future__ import annotations

import copy
import json
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from charte_app.domain import DossierRefused, dossier_file
from charte_app.errors import UserError
from charte_app.services.dossiers import DossierService
from charte_app.storage.location import DATABASE_FILE

EXAMPLES = Path(__file__).resolve().parent.parent.parent / "shared" / "examples"
if not EXAMPLES.is_dir():
    EXAMPLES = Path(__file__).resolve().parent / "data" / "examples"
SOURCES = [
    json.loads((EXAMPLES / n).read_bytes()) for n in ("reims-croix-rouge.charte", "epernay-psychomotricite.charte")
]
TABLES = ("dossiers", "versions", "approvals")


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every key path in a JSON value (list indexes included)."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*prefix, key)
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield (*prefix, i)
            yield from _paths(value, (*prefix, i))


PATHS = [[p for p in _paths(src) if p] for src in SOURCES]

BAD_VALUES = st.one_of(
    st.none(),
    st.integers(min_value=-(10**6), max_value=10**6),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.sampled_from(["-100.00", "12,5", "1e3", "2026-02-30", "2026-13-01", "31/12/2026", "", "inconnu", "p000"]),
    st.text(max_size=20),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
    st.just("x" * 100_001),
)


@st.composite
def mutations(draw: st.DrawFn) -> tuple[int, list[tuple[str, tuple[Any, ...], Any]]]:
    source = draw(st.integers(min_value=0, max_value=len(SOURCES) - 1))
    steps = []
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        path = draw(st.sampled_from(PATHS[source]))
        op = draw(st.sampled_from(["delete", "set", "duplicate"]))
        steps.append((op, path, draw(BAD_VALUES) if op == "set" else None))
    return source, steps


def _apply(raw: Any, op: str, path: tuple[Any, ...], value: Any) -> None:
    node = raw
    for key in path[:-1]:
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            return  # an earlier mutation removed or replaced this branch
    last = path[-1]
    try:
        if op == "delete":
            del node[last]
        elif op == "set":
            node[last] = value
        elif isinstance(node, list):
            node.insert(last, copy.deepcopy(node[last]))
        else:
            node[last] = copy.deepcopy(node[last])
    except (KeyError, IndexError, TypeError):
        return


@pytest.fixture(scope="module")
def empty_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database at the current schema, copied for each example (migrating each time would be slow)."""
    folder = tmp_path_factory.mktemp("template")
    DossierService.open(folder).close()
    return folder / DATABASE_FILE


def _row_counts(db: Path) -> list[int]:
    conn = sqlite3.connect(db)
    try:
        return [conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES]
    finally:
        conn.close()


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mutations())
def test_mutated_dossier_is_imported_whole_or_not_at_all(
    empty_database: Path, mutation: tuple[int, list[tuple[str, tuple[Any, ...], Any]]]
) -> None:
    source, steps = mutation
    raw = copy.deepcopy(SOURCES[source])
    for op, path, value in steps:
        _apply(raw, op, path, value)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        shutil.copyfile(empty_database, folder / DATABASE_FILE)
        file = folder / "mutated.charte"
        file.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
        service = DossierService.open(folder)
        try:
            try:
                result = service.import_file(file)
            except DossierRefused as refused:
                event("refused")
                assert refused.problems and refused.french().strip()
                assert all(p.message for p in refused.problems)
                assert _row_counts(folder / DATABASE_FILE) == [0, 0, 0]
                return
            except UserError as refused:
                assert refused.message
                assert _row_counts(folder / DATABASE_FILE) == [0, 0, 0]
                return
            event("accepted")  # the whole dossier is there, exactly as parsed
            expected = dossier_file.to_json(dossier_file.parse(file.read_bytes())[0])
            out = folder / "out.charte"
            service.export_file(result.dossier_id, out)
            assert json.loads(out.read_bytes()) == expected
            counts = _row_counts(folder / DATABASE_FILE)
            assert counts[:2] == [1, len(expected.get("versions", []))]
        finally:
            service.close()
