"""Documents are built and written with the cyclic garbage collector paused (documents/collector.py):
in a process holding a large dossier, one PDF write in three otherwise paid for full collections."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from charte_app.documents import build, collector, docx_writer, html_writer, pdf_writer, service
from charte_app.domain.model import DossierFile


@pytest.fixture
def collecting() -> Iterator[None]:
    """The collector on for the test (as in the application), whatever the test run set."""
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def _spy(monkeypatch: pytest.MonkeyPatch, module: Any, name: str, seen: list[bool]) -> None:
    """``module.name`` noting whether the collector runs each time it is called."""
    original: Callable[..., Any] = getattr(module, name)

    def noting(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, noting)


def test_building_and_writing_run_with_the_collector_paused(
    chalons: DossierFile, data_dir: Path, monkeypatch: pytest.MonkeyPatch, collecting: None
) -> None:
    seen: list[bool] = []
    _spy(monkeypatch, build, "_sections", seen)  # inside build()
    _spy(monkeypatch, pdf_writer, "make_styles", seen)  # inside write_pdf()
    _spy(monkeypatch, docx_writer, "_define_styles", seen)  # inside write_docx()
    _spy(monkeypatch, html_writer, "_signature", seen)  # inside write_html() (the preview)
    structure = service.build_document(chalons.dossier, "conv-prevention", data_dir=data_dir)
    assert gc.isenabled()
    assert service.render_bytes(structure, "pdf").startswith(b"%PDF")
    assert service.render_bytes(structure, "docx").startswith(b"PK")
    assert "<table" in html_writer.write_html(structure)
    assert seen == [False, False, False, False] and gc.isenabled()


def test_the_collector_is_left_as_it_was_found(collecting: None) -> None:
    states: list[bool] = []

    @collector.paused
    def inner() -> None:
        states.append(gc.isenabled())

    @collector.paused
    def outer() -> None:
        inner()
        states.append(gc.isenabled())  # the inner pause did not turn it back on

    @collector.paused
    def failing() -> None:
        raise ValueError("refused")

    outer()
    assert states == [False, False] and gc.isenabled()
    with pytest.raises(ValueError):
        failing()
    assert gc.isenabled()
    gc.disable()  # a one-shot CLI command: off, and left off
    try:
        outer()
        assert not gc.isenabled()
    finally:
        gc.enable()
