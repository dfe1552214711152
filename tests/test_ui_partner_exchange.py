"""Issue 24 in the window: partners' forms written, answers accepted one by one (one undo step), Word remarks."""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from charte_app.samples import small_dossier
from charte_app.services.dossiers import DossierService
from charte_app.ui import partner_exchange
from charte_app.ui.main_window import MainWindow
from test_partner_forms import _fill
from test_partner_remarks import commented  # noqa: F401 - fixture
from test_ui_support import DialogRecorder, recorder, service, window  # noqa: F401


@pytest.fixture
def opened(window: MainWindow, service: DossierService) -> MainWindow:
    dossier = small_dossier()
    service.save_draft(dossier)
    assert window.open_dossier(dossier.id)
    return window


def test_forms_for_every_partner_go_into_a_folder(
    opened: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(partner_exchange.PartnerFormsDialog, "exec", lambda _self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(partner_exchange, "ask_forms_folder", lambda _parent: tmp_path)
    opened.partner_forms_action.trigger()
    written = sorted(tmp_path.glob("*.xlsx"))
    assert len(written) == len(opened.editor.dossier.partners)
    meta = {r[0]: r[1] for r in load_workbook(written[0])["charte-app"].iter_rows(max_row=9, values_only=True)}
    assert meta["dossier"] == opened.editor.dossier.id and meta["revision"] == str(opened.autosaver.revision)


def test_accepted_answers_go_in_as_one_undo_step_and_conflicts_stay_unticked(
    qtbot: QtBot, opened: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from charte_app.exchange.forms import build_form

    dossier = opened.editor.dossier
    path = tmp_path / "f.xlsx"
    path.write_bytes(build_form(dossier, "p000"))
    _fill(path, {"interest": "Réponse", "partner:address": "2 rue Neuve", "representative:name": "Jeanne Dupont"})
    opened.editor.set_field(dossier.partners[0], "address", "Adresse du coordinateur", "adresse")  # changed meanwhile
    seen: list[partner_exchange.CollectDialog] = []

    def run(dialog: partner_exchange.CollectDialog) -> int:
        seen.append(dialog)
        dialog.grab().save(str(tmp_path / "collect.png"))
        rows = [(item, change.key) for item, change in dialog.items]
        states = {key: item.checkState(0) for item, key in rows}
        assert states == {
            "interest": Qt.CheckState.Checked,
            "representative:name": Qt.CheckState.Checked,
            "partner:address": Qt.CheckState.Unchecked,
        }
        next(item for item, key in rows if key == "representative:name").setCheckState(0, Qt.CheckState.Unchecked)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(partner_exchange.CollectDialog, "exec", run)
    monkeypatch.setattr(partner_exchange, "ask_returned_form", lambda _parent: path)
    depth = opened.editor.undo_stack.count()
    opened.collect_answers_action.trigger()
    assert seen
    partner = opened.editor.dossier.partners[0]
    assert partner.interest == "Réponse" and partner.address == "Adresse du coordinateur"
    assert partner.representative.name != "Jeanne Dupont"
    assert partner.extra["received_from"][0]["field"] == "interest"
    assert opened.editor.undo_stack.count() == depth + 1
    opened.editor.undo_stack.undo()
    assert opened.editor.dossier.partners[0].interest != "Réponse"
    assert "received_from" not in opened.editor.dossier.partners[0].extra


def test_a_form_that_is_not_one_is_refused_in_french(
    opened: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, recorder: DialogRecorder
) -> None:
    bad = tmp_path / "x.xlsx"
    bad.write_text("rien")
    monkeypatch.setattr(partner_exchange, "ask_returned_form", lambda _parent: bad)
    opened.collect_answers_action.trigger()
    assert any("n'est pas un formulaire" in text for _title, text in recorder.errors)


def test_word_remarks_are_listed_per_article(
    opened: MainWindow, commented: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(partner_exchange, "ask_word_copy", lambda _parent: commented)
    opened.word_remarks_action.trigger()
    dialog = opened.findChild(partner_exchange.RemarksDialog)
    assert dialog is not None and dialog.isVisible()
    tops = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    assert any("Article" in t.text(0) and t.childCount() == 1 for t in tops)
    assert "CAF de la Marne" in [t.child(0).text(1) for t in tops]
    dialog.grab().save(str(tmp_path / "remarks.png"))
