"""Issue 21, point 3: no control moves under the pointer when a message appears or disappears.

Every step of the real window, at 1366×768 and 1280×720 with the help panel open, is
shown while the model changes in ways that bring messages and take them away: commitments
added and removed (step 7's « Sans engagement pour l'instant »), a schedule that no longer
adds up (step 10), a SIRET with a wrong key, a partner without a name, a very long
convention title. After each change, and after its undo, every visible control (buttons,
fields, tab bars, tables, lists, combo boxes…) is where it was, in window coordinates.
"""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from charte_app.domain import Dossier
from charte_app.domain.model import CharterCommitment
from charte_app.services.dossiers import DossierService
from charte_app.ui.main_window import MainWindow
from charte_app.ui.wizard import STATUS_DELAY_MS
from test_ui_support import recorder, service, window  # noqa: F401 - fixtures

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QTabBar,
    QAbstractItemView,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
)

LONG_TITLE = (
    "Convention pluriannuelle d'objectifs et de moyens relative à l'action de remédiation en psychomotricité "
    "conduite auprès des enfants suivis par le Programme de Réussite Éducative d'Épernay et de ses environs"
)


def positions(window: MainWindow) -> dict[str, tuple[QPoint, int, int]]:
    """Each visible control of the current step and the wizard's own: its place in the window and size."""
    root = window.wizard
    found: dict[str, tuple[QPoint, int, int]] = {}
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisible():
            continue
        if widget.parentWidget() is not None and isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # a combo's or spin box's own line edit moves with it
        key = f"{type(widget).__name__}:{widget.objectName() or hex(id(widget))}"
        found[key] = (widget.mapTo(window, QPoint(0, 0)), widget.width(), widget.height())
    return found


def settle(qtbot: QtBot) -> None:
    QApplication.processEvents()
    qtbot.wait(STATUS_DELAY_MS + 60)  # the step statuses and messages follow after a short delay
    QApplication.processEvents()


def moved(before: dict[str, tuple[QPoint, int, int]], after: dict[str, tuple[QPoint, int, int]]) -> list[str]:
    """Controls present both times whose top-left corner or height changed (a width may follow a text)."""
    return [
        f"{key}: {before[key][0].toTuple()}→{after[key][0].toTuple()} h {before[key][2]}→{after[key][2]}"
        for key in before
        if key in after and (before[key][0] != after[key][0] or before[key][2] != after[key][2])
    ]


def _edits(window: MainWindow) -> list[tuple[str, Callable[[], None]]]:
    editor = window.editor
    dossier: Dossier = editor.dossier
    conv = dossier.conventions[0]
    line = next(c for c in conv.contributions if c.kind == "financial" and c.schedule)
    partner = dossier.partners[0]

    def add_commitments() -> None:
        with editor.macro("engagements"):
            for p in dossier.partners:
                item = CharterCommitment(id=f"test-{p.id}", partner=p.id, text="Participer au comité")
                editor.append_item(dossier.charter.commitments, item, "engagement")

    def remove_commitments() -> None:
        with editor.macro("sans engagements"):
            while dossier.charter.commitments:
                editor.remove_item(dossier.charter.commitments, 0, "retrait")

    return [
        ("commitments added", add_commitments),
        ("commitments removed", remove_commitments),
        ("schedule off", lambda: editor.set_field(line.schedule[0], "amount", Decimal("1.00"), "échéance")),
        ("wrong SIRET", lambda: editor.set_field(partner, "siret", "44306184100038", "siret")),
        ("no name", lambda: editor.set_field(partner, "name", "", "nom")),
        ("long title", lambda: editor.set_field(conv, "title", LONG_TITLE, "titre")),
    ]


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)], ids=["1366x768", "1280x720"])
def test_no_control_moves_when_messages_come_and_go(
    qtbot: QtBot, window: MainWindow, service: DossierService, examples_dir: Path, size: tuple[int, int]
) -> None:
    imported = service.import_file(examples_dir / "epernay-psychomotricite.charte")
    assert window.open_dossier(imported.dossier_id)
    window.form.actionGuidance.setChecked(True)
    window.resize(*size)
    wizard = window.wizard
    pages = wizard.pages
    conventions = wizard.page("conventions")
    failures: list[str] = []
    for row, page in enumerate(pages):
        sections = range(conventions.form.sections.count()) if page is conventions else [None]
        for section in sections:
            wizard.form.stepList.setCurrentRow(row)
            if section is not None:
                conventions.form.sections.setCurrentIndex(section)
            settle(qtbot)
            where = f"{row + 1}. {page.step_id}" + (f" / section {section}" if section is not None else "")
            for name, edit in _edits(window):
                before = positions(window)
                edit()
                settle(qtbot)
                failures += [f"{where}, {name}: {m}" for m in moved(before, positions(window))]
                window.editor.undo_stack.undo()
                settle(qtbot)
                failures += [f"{where}, {name} undone: {m}" for m in moved(before, positions(window))]
    assert failures == []


def test_a_schedule_error_leaves_add_a_payment_in_place(
    qtbot: QtBot, window: MainWindow, service: DossierService, examples_dir: Path
) -> None:
    """The message of « Ajouter une échéance » on a line without amount appears under the button, not above."""
    imported = service.import_file(examples_dir / "epernay-psychomotricite.charte")
    assert window.open_dossier(imported.dossier_id)
    window.resize(1366, 768)
    window.wizard.go_to("conventions")
    page = window.wizard.page("conventions")
    page.form.sections.setCurrentIndex(2)
    finance = page.finance
    line = finance.selected_line()
    assert line is not None
    window.editor.set_field(line, "amount", None, "montant")
    settle(qtbot)
    button = finance.form.addPaymentButton
    before = button.mapTo(window, QPoint(0, 0))
    button.click()
    settle(qtbot)
    assert finance.form.scheduleMessage.isVisible() and finance.form.scheduleMessage.text()
    assert button.mapTo(window, QPoint(0, 0)) == before
