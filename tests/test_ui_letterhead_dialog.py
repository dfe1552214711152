"""Issue 12: the letterhead is chosen in a settings dialog with a preview of a first page."""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from charte_app.documents.letterhead import first_header_image
from charte_app.ui import letterhead_dialog
from charte_app.ui.letterhead_dialog import LetterheadDialog, letterhead_path
from charte_app.ui.main_window import MainWindow
from test_documents_letterhead import make_letterhead
from test_ui_support import DialogRecorder, recorder, service, window  # noqa: F401


def _dialog(window: MainWindow) -> LetterheadDialog:
    window.letterhead_action.trigger()
    dialog = window.findChild(LetterheadDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_choosing_a_letterhead_copies_it_and_shows_its_logo_on_the_first_page(
    qtbot: QtBot,
    window: MainWindow,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = _dialog(window)
    assert "Aucun papier à en-tête" in dialog.state.text()
    assert not dialog.remove_button.isEnabled()
    blank = dialog.preview.pixmap().toImage()
    chosen = tmp_path / "Mairie de Reims.docx"
    make_letterhead(chosen)
    monkeypatch.setattr(letterhead_dialog, "ask_docx", lambda _parent: chosen)
    dialog.choose_button.click()
    target = letterhead_path(data_dir)
    assert target.read_bytes() == chosen.read_bytes()
    assert first_header_image(target) is not None
    assert "En service" in dialog.state.text() and dialog.state.toolTip() == str(target)
    assert dialog.remove_button.isEnabled()
    assert dialog.preview.pixmap().toImage() != blank  # the logo is drawn on the page
    dialog.grab().save(str(tmp_path / "letterhead.png"))


def test_a_file_that_is_not_a_word_document_is_refused(
    qtbot: QtBot,
    window: MainWindow,
    data_dir: Path,
    tmp_path: Path,
    recorder: DialogRecorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = _dialog(window)
    wrong = tmp_path / "logo.docx"
    wrong.write_bytes(b"not a zip")
    monkeypatch.setattr(letterhead_dialog, "ask_docx", lambda _parent: wrong)
    assert dialog.choose() is False
    assert recorder.errors and recorder.errors[0][0] == "Papier à en-tête refusé"
    assert not letterhead_path(data_dir).exists()


def test_removing_the_letterhead_goes_back_to_blank_pages(
    qtbot: QtBot, window: MainWindow, data_dir: Path, recorder: DialogRecorder
) -> None:
    letterhead_path(data_dir).parent.mkdir(parents=True)
    make_letterhead(letterhead_path(data_dir))
    dialog = _dialog(window)
    assert dialog.remove_button.isEnabled()
    assert dialog.remove() is True
    assert recorder.confirms and not letterhead_path(data_dir).exists()
    assert "Aucun papier à en-tête" in dialog.state.text()


def test_a_letterhead_with_a_huge_logo_is_refused_when_chosen(
    qtbot: QtBot,
    window: MainWindow,
    data_dir: Path,
    tmp_path: Path,
    recorder: DialogRecorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from test_documents_letterhead import _blank_png, _with_logo

    dialog = _dialog(window)
    huge = tmp_path / "logo-geant.docx"
    _with_logo(huge, tmp_path, _blank_png(12_000, 12_000))
    monkeypatch.setattr(letterhead_dialog, "ask_docx", lambda _parent: huge)
    assert dialog.choose() is False
    assert recorder.errors and recorder.errors[0][0] == "Papier à en-tête refusé"
    assert "12\u202f000\u00a0×\u00a012\u202f000 pixels" in recorder.errors[0][1]
    assert not letterhead_path(data_dir).exists()
    # One put in place by hand: the preview does not decode it (a smooth scaling of 144 million
    # pixels would take 576 MB).
    from PySide6.QtGui import QImage

    decoded: list[int] = []

    class Spy(QImage):
        @staticmethod
        def fromData(data: bytes, *args: object) -> QImage:  # noqa: N802 - Qt's name
            decoded.append(len(data))
            return QImage.fromData(data, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(letterhead_dialog, "QImage", Spy)
    letterhead_path(data_dir).parent.mkdir(parents=True, exist_ok=True)
    letterhead_path(data_dir).write_bytes(huge.read_bytes())
    dialog.refresh()
    assert "En service" in dialog.state.text() and decoded == []
    make_letterhead(letterhead_path(data_dir))
    dialog.refresh()
    assert len(decoded) == 1  # an ordinary logo is drawn
