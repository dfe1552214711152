"""Issue 21, point 7: every message a step can show is read whole, and none moves a control.

The real main window at 1366×768 and 1280×720 with the help panel open. A field's message reserves
the room of the longest message that field can produce, wrapped at the field's real width; the
problem box under the page shows whole problems only, and « Tout voir » gives the whole list.
"""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from charte_app.services.dossiers import DossierService
from charte_app.ui.main_window import MainWindow
from charte_app.ui.widgets.amount import AmountField
from charte_app.ui.widgets.checked_field import _text_height, message_height
from charte_app.ui.widgets.date_field import DateField
from test_ui_controls_stay import settle
from test_ui_support import go, recorder, service, window  # noqa: F401 - fixtures

SIZES = [(1366, 768), (1280, 720)]


def _reserved(label: QLabel) -> int:
    return label.contentsRect().height()


def _field_labels(window: MainWindow) -> list[QLabel]:
    return [
        label
        for label in window.wizard.findChildren(QLabel)
        if label.property("messageSamples") is not None and label.isVisible()
    ]


def _check_visible_fields(window: MainWindow, where: str) -> list[str]:
    """Every message each visible field can produce fits its reserved lines at the field's width."""
    failures = []
    for label in _field_labels(window):
        width = label.contentsRect().width()
        for sample in [*label.property("messageSamples"), label.text()]:
            if _text_height(label, sample, width) > _reserved(label):
                failures.append(f"{where}: {label.objectName()} ({width} px) cuts « {sample} »")
    return failures


@pytest.mark.parametrize("size", SIZES, ids=["1366x768", "1280x720"])
def test_every_field_message_of_every_step_is_read_whole(
    qtbot: QtBot, window: MainWindow, service: DossierService, examples_dir: Path, size: tuple[int, int]
) -> None:
    imported = service.import_file(examples_dir / "epernay-psychomotricite.charte")
    assert window.open_dossier(imported.dossier_id)
    window.form.actionGuidance.setChecked(True)
    window.resize(*size)
    wizard = window.wizard
    conventions = wizard.page("conventions")
    failures: list[str] = []
    seen = 0
    for row, page in enumerate(wizard.pages):
        sections = range(conventions.form.sections.count()) if page is conventions else [None]
        for section in sections:
            wizard.form.stepList.setCurrentRow(row)
            if section is not None:
                conventions.form.sections.setCurrentIndex(section)
            settle(qtbot)
            where = f"{size} {page.step_id}/{section}"
            failures += _check_visible_fields(window, where)
            seen += len(_field_labels(window))
    assert seen >= 8  # SIRET, e-mails, dates, amounts were all looked at
    assert failures == []


@pytest.mark.parametrize("size", SIZES, ids=["1366x768", "1280x720"])
def test_the_siret_message_is_not_cut(
    qtbot: QtBot, window: MainWindow, service: DossierService, examples_dir: Path, size: tuple[int, int]
) -> None:
    """The message once cut to « La clé de contrôle de ce SIRET est fausse : vé… » reads whole."""
    imported = service.import_file(examples_dir / "epernay-psychomotricite.charte")
    assert window.open_dossier(imported.dossier_id)
    window.form.actionGuidance.setChecked(True)
    window.resize(*size)
    page = go(window, "partners")
    window.editor.set_field(window.editor.dossier.partners[0], "siret", "44306184100038", "siret")
    settle(qtbot)
    label = page.form.siretMessage
    assert label.text().endswith("(avis de situation INSEE).")
    assert label.isVisible() and label.contentsRect().width() < label.fontMetrics().horizontalAdvance(label.text())
    assert message_height(label) <= _reserved(label)  # on two lines, not cut


def test_typed_dates_and_amounts_show_whole_messages_without_moving(
    qtbot: QtBot, window: MainWindow, service: DossierService, examples_dir: Path
) -> None:
    """A long text that is not a date or an amount: the message is whole and keeps the field's room."""
    imported = service.import_file(examples_dir / "epernay-psychomotricite.charte")
    assert window.open_dossier(imported.dossier_id)
    window.form.actionGuidance.setChecked(True)
    window.resize(1280, 720)
    page = go(window, "conventions")
    page.form.sections.setCurrentIndex(0)
    settle(qtbot)
    fields: list[DateField | AmountField] = [f for f in page.findChildren(DateField) if f.isVisible()]
    assert fields
    for field in fields:
        label = field.error_label
        height = label.height()
        for typed in ("quinze septembre deux mille vingt-six au matin, après le conseil", "31/02/2026"):
            field.line_edit.setText(typed)
            field._on_edited(typed)
            field._on_finished()
            QApplication.processEvents()
            assert label.text(), typed
            assert "…" not in label.text()
            assert message_height(label) <= _reserved(label), label.text()
            assert label.height() == height
        field.set_state(None, None)


@pytest.mark.qt_log_ignore("does not support grabbing", "does not support raise")  # offscreen: a popup
@pytest.mark.parametrize("size", SIZES, ids=["1366x768", "1280x720"])
def test_the_problem_box_shows_whole_problems_and_all_of_them_on_demand(
    qtbot: QtBot, window: MainWindow, service: DossierService, examples_dir: Path, size: tuple[int, int]
) -> None:
    imported = service.import_file(examples_dir / "epernay-psychomotricite.charte")
    assert window.open_dossier(imported.dossier_id)
    window.form.actionGuidance.setChecked(True)
    window.resize(*size)
    go(window, "partners")
    dossier = window.editor.dossier
    window.editor.set_field(dossier.partners[0], "siret", "44306184100038", "siret")
    window.editor.set_field(dossier.partners[1], "name", "", "nom")
    window.editor.set_field(dossier.partners[2], "siret", "12345678900017", "siret")
    settle(qtbot)
    window.wizard.update_status()
    QApplication.processEvents()
    box = window.wizard.problems_box
    label = box.label
    assert label.heightForWidth(label.width()) <= label.height()  # nothing cut at the foot
    texts = window.wizard.problem_texts()
    assert len(texts) >= 3
    shown = box.shown_count()
    assert shown >= 1
    assert box.more_button.isVisible() == (shown < len(texts))
    assert box.more_button.isVisible()  # three problems do not fit three lines
    box.more_button.click()
    QApplication.processEvents()
    popup = box.popup
    assert popup is not None and popup.isVisible()
    whole = popup.findChild(QLabel, "allProblemsLabel")
    assert whole is not None
    plain = whole.text()
    for text in texts:
        assert text.replace("'", "&#x27;") in plain or text in plain
    assert whole.heightForWidth(whole.width()) <= whole.height()
    assert popup.frameGeometry().bottom() <= box.mapToGlobal(box.rect().topLeft()).y() + 4  # over the page
    popup.close()


def test_see_all_is_offered_only_for_problems_left_out(qtbot: QtBot) -> None:
    """A closing line too long for a narrow box, with no problem above it, offers no « Tout voir (0) »."""
    from PySide6.QtWidgets import QLabel

    from charte_app.ui.widgets.problems_box import ProblemsBox

    box = ProblemsBox(QLabel())
    qtbot.addWidget(box)
    box.resize(160, box.height())
    box.show()
    box.set_content("Points :", [], "<p>Une phrase de conclusion bien trop longue pour une boîte aussi étroite.</p>")
    assert box.more_button.isHidden()
    box.set_content("Points :", [f"problème numéro {i} à corriger avant de valider" for i in range(6)])
    assert not box.more_button.isHidden() and "6" in box.more_button.text()
