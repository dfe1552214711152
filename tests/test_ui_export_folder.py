"""Issue 12: after an export, "Ouvrir le dossier" shows the folder holding the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from charte_app.ui.steps import preview as preview_module
from charte_app.ui.steps.preview import PreviewPage
from test_ui_preview import choose_document, page, service  # noqa: F401 - fixtures


def test_open_folder_after_an_export(
    qtbot: QtBot,
    page: PreviewPage,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    choose_document(page, "conv-psychomot")
    assert not page.open_folder_button.isVisible()  # nothing exported yet
    out = tmp_path / "exports"
    out.mkdir()
    monkeypatch.setattr(preview_module, "ask_save_path", lambda _p, _t, _s, _f: str(out / "convention.pdf"))
    opened: list[Path] = []
    monkeypatch.setattr(preview_module, "open_folder", lambda folder: opened.append(folder) or True)
    page.form.exportPdfButton.click()
    assert (out / "convention.pdf").is_file()
    assert page.open_folder_button.isVisible()
    page.open_folder_button.click()
    assert opened == [out]


def test_a_folder_that_cannot_be_opened_is_said(
    qtbot: QtBot,
    page: PreviewPage,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    choose_document(page, "conv-psychomot")
    monkeypatch.setattr(preview_module, "ask_save_path", lambda _p, _t, _s, _f: str(tmp_path / "c.pdf"))
    monkeypatch.setattr(preview_module, "open_folder", lambda _folder: False)
    errors: list[str] = []
    monkeypatch.setattr(preview_module, "show_error", lambda _p, title, _m: errors.append(title))
    page.form.exportPdfButton.click()
    page.open_folder_button.click()
    assert errors == ["Dossier introuvable"]
    assert isinstance(page.open_folder_button.parentWidget(), QWidget)
