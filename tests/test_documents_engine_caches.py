"""What the documents engine keeps between renders and between processes, and why it is safe.

* Compiled templates (``documents.template_cache``): a new process reuses them; an edited
  override, another sandbox or other code compiles again; templates loaded from the cache are as
  sandboxed and bounded as freshly compiled ones; a cache folder others could write is not used;
  a damaged or unwritable cache is only a miss.
* The sandbox's attribute decisions, remembered per (type, attribute): the same answers as the
  sandbox deciding each time, including after ``ABC.register`` and for objects lying about their
  class.
"""

from __future__ import annotations

import os
import types
from collections import deque
from collections.abc import Callable, Iterator, MutableSequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import jinja2
import pytest
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup

from charte_app.documents import engine, service, template_cache
from charte_app.documents.engine import TemplateRefused
from charte_app.domain.model import DossierFile, Partner
from test_documents_templates import HOSTILE, UNBOUNDED, override

DATA = Path(__file__).parent / "data" / "documents"


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "cache"
    monkeypatch.setenv("CHARTE_APP_CACHE_DIR", str(folder))
    engine._environments.clear()
    yield folder
    engine._environments.clear()


@pytest.fixture
def compiled(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Names of the templates compiled (not loaded from the cache) since the test began."""
    names: list[str] = []
    original = engine._Sandbox.compile

    def counting(self: Any, source: Any, name: Any = None, filename: Any = None, *args: Any, **kwargs: Any) -> Any:
        names.append(name)
        return original(self, source, name, filename, *args, **kwargs)

    monkeypatch.setattr(engine._Sandbox, "compile", counting)
    return names


def new_process() -> None:
    """What a new process starts from: no environment, hence no template in memory."""
    engine._environments.clear()


def entries(cache_dir: Path) -> list[Path]:
    return sorted((cache_dir / template_cache.FOLDER).glob("*/__jinja2_*.cache"))


def texts(file: DossierFile, data_dir: Path, document: str) -> list[str]:
    return service.build_document(file.dossier, document, data_dir=data_dir).texts()


def test_a_new_process_reuses_the_compiled_templates(
    chalons: DossierFile, data_dir: Path, cache_dir: Path, compiled: list[str]
) -> None:
    convention = service.document_choices(chalons.dossier)[1][0]
    first = texts(chalons, data_dir, convention)
    assert {"convention.j2", "communs.j2"} <= set(compiled)
    assert len(entries(cache_dir)) >= 2
    new_process()
    compiled.clear()
    assert texts(chalons, data_dir, convention) == first
    assert compiled == []


def test_an_edited_override_is_compiled_again(
    chalons: DossierFile, data_dir: Path, cache_dir: Path, compiled: list[str]
) -> None:
    override(data_dir, "charte.j2", "@title Première\n")
    assert texts(chalons, data_dir, "charter") == ["Première"]
    new_process()
    compiled.clear()
    override(data_dir, "charte.j2", "@title Secondes\n")
    assert texts(chalons, data_dir, "charter") == ["Secondes"]
    assert compiled == ["charte.j2"]
    new_process()
    compiled.clear()
    assert texts(chalons, data_dir, "charter") == ["Secondes"]
    assert compiled == []  # the edited one is the one kept


CASES = [case for case in HOSTILE + UNBOUNDED if case[3] != "syntaxe"]


@pytest.mark.parametrize(("case", "text", "line", "reason"), CASES, ids=[c[0] for c in CASES])
def test_templates_from_the_cache_are_as_sandboxed_and_bounded(
    chalons: DossierFile,
    data_dir: Path,
    cache_dir: Path,
    compiled: list[str],
    case: str,
    text: str,
    line: int | None,
    reason: str,
) -> None:
    override(data_dir, "charte.j2", text)
    with pytest.raises(TemplateRefused) as fresh:
        service.build_document(chalons.dossier, "charter", data_dir=data_dir)
    assert "charte.j2" in compiled
    new_process()
    compiled.clear()
    with pytest.raises(TemplateRefused) as cached:
        service.build_document(chalons.dossier, "charter", data_dir=data_dir)
    assert compiled == []  # run from the cache
    assert cached.value.message == fresh.value.message
    assert reason in cached.value.message


def test_the_cache_folder_follows_what_compiled_code_depends_on(
    data_dir: Path, cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = engine.environment(data_dir)
    name = template_cache.identity(env)
    assert name == template_cache.identity(env) and env.bytecode_cache is not None
    assert Path(env.bytecode_cache.directory).name == name  # type: ignore[attr-defined]
    with monkeypatch.context() as patch:  # a sandbox intercepting fewer operators
        patch.setattr(engine._Sandbox, "intercepted_binops", frozenset({"**"}))
        assert template_cache.identity(env) != name
    with monkeypatch.context() as patch:  # another filter
        patch.setitem(env.filters, "extra", lambda value: value)
        assert template_cache.identity(env) != name
    code = tmp_path / "typography.py"
    code.write_text("v1", encoding="utf-8")
    monkeypatch.setattr(template_cache, "_code_files", lambda: [str(code)])
    before = template_cache.identity(env)
    code.write_text("v2, longer", encoding="utf-8")  # an upgraded filter
    assert template_cache.identity(env) != before
    # A new identity gets its folder; the folders of the others are removed, nothing else.
    root = cache_dir / template_cache.FOLDER
    (root / "0123456789abcdef").mkdir()
    (root / "notes").mkdir()
    new_process()
    assert engine.environment(data_dir).bytecode_cache is not None
    assert sorted(p.name for p in root.iterdir()) == sorted([template_cache.identity(env), "notes"])


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_cache_folder_others_could_write_is_not_used(
    chalons: DossierFile, data_dir: Path, cache_dir: Path, tmp_path: Path
) -> None:
    root = cache_dir / template_cache.FOLDER
    root.mkdir(parents=True)
    os.chmod(root, 0o777)
    assert texts(chalons, data_dir, "charter")
    assert engine.environment(data_dir).bytecode_cache is None and entries(cache_dir) == []
    os.chmod(root, 0o700)
    root.rmdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    root.symlink_to(elsewhere)
    new_process()
    assert texts(chalons, data_dir, "charter")
    assert engine.environment(data_dir).bytecode_cache is None and list(elsewhere.iterdir()) == []
    root.unlink()
    new_process()
    texts(chalons, data_dir, "charter")
    assert (root.stat().st_mode & 0o777) == 0o700 and entries(cache_dir)


def test_a_damaged_or_unwritable_cache_is_only_a_miss(
    chalons: DossierFile, data_dir: Path, cache_dir: Path, compiled: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = texts(chalons, data_dir, "charter")
    for entry in entries(cache_dir):
        data = entry.read_bytes()
        entry.write_bytes(data[: len(data) // 2])  # truncated
    entries(cache_dir)[0].write_bytes(b"j2garbage")
    new_process()
    compiled.clear()
    assert texts(chalons, data_dir, "charter") == first
    assert "charte.j2" in compiled
    new_process()
    compiled.clear()
    assert texts(chalons, data_dir, "charter") == first
    assert compiled == []  # rewritten whole

    def refuse(self: Any, bucket: Any) -> None:
        raise PermissionError("read-only")

    monkeypatch.setattr(jinja2.FileSystemBytecodeCache, "dump_bytecode", refuse)
    override(data_dir, "charte.j2", "@title Autre\n")
    assert texts(chalons, data_dir, "charter") == ["Autre"]


# --- the sandbox's remembered attribute decisions -----------------------------------------------------------


def _generator() -> Iterator[int]:
    yield 1


class _Plain:
    name = "x"

    def method(self) -> None:
        pass


OBJECTS: list[Any] = [
    [1],
    {"a": 1},
    {1},
    deque([1]),
    "texte",
    Markup("<b>x</b>"),
    Decimal("1.5"),
    date(2026, 9, 1),
    Partner(id="p", name="Ville"),
    _Plain(),
    _Plain().method,
    len,
    _generator,
    _generator(),
    _Plain,
    types.SimpleNamespace(a=1),
]
ATTRIBUTES = [
    "append", "clear", "pop", "update", "add", "discard", "extend", "insert", "remove", "sort", "reverse",
    "popitem", "setdefault", "keys", "items", "count", "index", "upper", "replace", "format", "format_map",
    "mro", "gi_frame", "gi_code", "gi_running", "__class__", "__init__", "__globals__", "__code__", "__self__",
    "_private", "name", "id", "kind", "method", "year", "quantize", "a", "func_globals", "__func__",
]  # fmt: skip


def _expected(obj: Any, attr: str) -> bool:
    """What the sandbox, deciding each time, says (plus our own list of refused names)."""
    if attr in engine._REFUSED_ATTRIBUTES:
        return False
    return bool(ImmutableSandboxedEnvironment().is_safe_attribute(obj, attr, getattr(obj, attr)))


def _decide(env: engine._Sandbox) -> Callable[[Any, str], bool]:
    return lambda obj, attr: env.is_safe_attribute(obj, attr, getattr(obj, attr))


def test_remembered_decisions_are_the_sandboxs_own() -> None:
    env = engine._Sandbox()
    decide = _decide(env)
    checked = 0
    for round_ in range(2):  # computed, then remembered
        for obj in OBJECTS:
            for attr in ATTRIBUTES:
                if hasattr(obj, attr):
                    assert decide(obj, attr) is _expected(obj, attr), (round_, obj, attr)
                    checked += 1
    assert checked > 150
    assert any(not decide([1], "append") for _ in range(2)) and decide([1], "count")
    assert env._decisions  # remembered indeed
    # Another instance of a remembered type gets the same answer as the sandbox gives it.
    assert decide([2, 3], "append") is False and decide(deque(), "append") is False


def test_a_template_still_cannot_mutate_after_safe_accesses(
    chalons: DossierFile, data_dir: Path, cache_dir: Path
) -> None:
    override(data_dir, "charte.j2", "@title Charte\n@p {{ signatories.count(1) }} {{ signatories.index }}\n")
    assert texts(chalons, data_dir, "charter")[1].startswith("0 ")
    override(data_dir, "charte.j2", "@title Charte\n@p {{ signatories.append(1) }}\n")
    with pytest.raises(TemplateRefused, match="interdite"):
        service.build_document(chalons.dossier, "charter", data_dir=data_dir)


def test_registering_an_abc_forgets_the_decisions() -> None:
    class Box:
        def append(self, value: Any) -> None:
            pass

    env = engine._Sandbox()
    decide = _decide(env)
    assert decide(Box(), "append") is True and decide(Box(), "append") is True
    MutableSequence.register(Box)  # now a mutable sequence: append modifies it
    assert decide(Box(), "append") is False
    assert decide(Box(), "append") is _expected(Box(), "append") is False


def test_an_object_lying_about_its_class_is_never_remembered() -> None:
    class Shifty(list[Any]):
        lie = True

        @property  # type: ignore[misc]
        def __class__(self) -> type:  # noqa: PLW3201
            return set if self.lie else list

    honest = Shifty()
    honest.lie = False
    liar = Shifty()
    env = engine._Sandbox()
    decide = _decide(env)
    for obj in (liar, honest, liar, honest):
        assert decide(obj, "append") is _expected(obj, "append")
    assert decide(honest, "append") is False  # fooled or not, the liar's answer is not the honest one's
    assert not any(cls is Shifty for cls, _ in env._decisions)


def test_another_jinja_version_decides_each_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "_DECISIONS_SOUND", False)
    env = engine._Sandbox()
    assert _decide(env)([1], "count") is True and _decide(env)([1], "append") is False
    assert env._decisions == {}
