"""Versions UI (pytest-qt, offscreen): history and decisions, signed versions, side-by-side view, verify."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot

from charte_app.diff import compare_dossiers
from charte_app.documents.service import export_document
from charte_app.domain.model import Approval
from charte_app.errors import Immutable
from charte_app.services.dossiers import DossierService
from charte_app.ui import dialogs
from charte_app.ui.versions import CompareDialog, ComparisonView, HistoryPanel, VerifyDialog
from charte_app.ui.versions import compare_dialog as compare_dialog_module
from diff_helpers import EXAMPLES

SCREEN = (1366, 768)


@pytest.fixture
def service(data_dir: Path) -> Iterator[DossierService]:
    with DossierService.open(data_dir) as svc:
        yield svc


@pytest.fixture
def reims_id(service: DossierService) -> str:
    return service.import_file(EXAMPLES / "reims-croix-rouge.charte").dossier_id


@pytest.fixture
def confirm_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def yes(_parent: object, title: str, _message: str, _action: str) -> bool:
        asked.append(title)
        return True

    monkeypatch.setattr(dialogs, "confirm", yes)
    return asked


@pytest.fixture
def no_error_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, message, _d=None: shown.append(message))
    return shown


def _panel(qtbot: QtBot, service: DossierService, dossier_id: str) -> HistoryPanel:
    panel = HistoryPanel(service, dossier_id)
    qtbot.addWidget(panel)
    panel.resize(*SCREEN)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _cells(table, row: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_history_shows_versions_and_decisions(qtbot: QtBot, service: DossierService, reims_id: str) -> None:
    panel = _panel(qtbot, service, reims_id)
    assert panel.title.text() == "Versions du dossier « Coopération éducative – quartier Croix-Rouge »"
    assert panel.table.rowCount() == 2
    newest = _cells(panel.table, 0)
    assert newest[0] == "2" and newest[1] == "Version validée en comité de pilotage du 29 juin 2026"
    assert newest[3] == "Coordination PRE" and newest[4] == "Validée"
    assert newest[5] == "5 approuvées, 5/5 décisions"
    assert _cells(panel.table, 1)[4] == "Partagée"
    # The newest version is selected; its partners' decisions are listed with their dates.
    assert panel.selected_numbers() == [2]
    assert panel.approvals.rowCount() == 5
    assert _cells(panel.approvals, 0) == ["Ville de Reims", "Approuvée", "29/06/2026", ""]
    panel.select_version(1)
    decisions = [_cells(panel.approvals, r)[1] for r in range(panel.approvals.rowCount())]
    v1 = service.get_version(reims_id, 1)
    assert decisions.count("— en attente") == 5 - len(v1.approvals)
    panel.grab().save(str(Path(panel.service.data_dir) / "history.png"))


def test_recording_a_decision_in_a_few_clicks_stores_it(
    qtbot: QtBot, service: DossierService, reims_id: str, no_error_dialogs: list[str], confirm_yes: list[str]
) -> None:
    panel = _panel(qtbot, service, reims_id)
    panel.select_version(1)
    # Click the partner's row, type a comment, click "Avec réserves".
    row = next(r for r in range(panel.approvals.rowCount()) if panel.approvals.item(r, 0).text().startswith("Caisse"))
    panel.approvals.selectRow(row)
    assert panel.partner.currentData() == "caf-marne"
    panel.comment.setText("Sous réserve du vote du conseil d'administration")  # QTest types ASCII only
    with qtbot.waitSignal(panel.versions_changed):
        qtbot.mouseClick(panel.decision_buttons["reserved"], Qt.MouseButton.LeftButton)
    stored = {a.partner: a for a in service.get_version(reims_id, 1).approvals}["caf-marne"]
    assert (stored.decision, stored.date, stored.comment) == (
        "reserved",
        date.today(),
        "Sous réserve du vote du conseil d'administration",
    )
    assert _cells(panel.approvals, row) == [
        "Caisse d'allocations familiales de la Marne",
        "Avec réserves",
        date.today().strftime("%d/%m/%Y"),
        "Sous réserve du vote du conseil d'administration",
    ]
    assert panel.comment.text() == ""  # ready for the next partner
    assert confirm_yes == []  # a first decision is recorded at once
    # A second decision of the same partner is a new dated entry (one decision per partner), after a
    # confirmation; the earlier one stays visible, struck through, with who changed it and when.
    panel.approvals.selectRow(row)
    qtbot.mouseClick(panel.decision_buttons["approved"], Qt.MouseButton.LeftButton)
    assert confirm_yes == ["Changer une décision"]
    caf = [a for a in service.get_version(reims_id, 1).approvals if a.partner == "caf-marne"]
    assert [(a.decision, a.comment) for a in caf] == [("approved", None)]
    [earlier] = caf[0].extra["replaced"]
    assert earlier["decision"] == "reserved" and earlier["comment"].startswith("Sous réserve")
    assert earlier["replaced_by"] and earlier["replaced_at"].startswith(date.today().isoformat())
    assert _cells(panel.approvals, row)[1] == "Approuvée"
    struck = panel.approvals.item(row + 1, 1)
    assert struck.text() == "Avec réserves" and struck.font().strikeOut()
    assert "remplacée le" in panel.approvals.item(row + 1, 3).text()
    assert no_error_dialogs == []


def test_status_moves_forward_and_a_signed_version_is_frozen(
    qtbot: QtBot, service: DossierService, reims_id: str, confirm_yes: list[str], no_error_dialogs: list[str]
) -> None:
    panel = _panel(qtbot, service, reims_id)
    panel.select_version(2)
    assert panel.advance_button.text() == "Marquer comme signée…"
    assert panel.advance_button.isEnabled() and not panel.frozen_note.isVisible()
    qtbot.mouseClick(panel.advance_button, Qt.MouseButton.LeftButton)
    assert confirm_yes == ["Signer la version"]
    assert service.get_version(reims_id, 2).status == "signed"
    # The UI: every control that would change the version is disabled, and it says why.
    assert panel.selected_numbers() == [2]
    assert _cells(panel.table, 0)[4] == "Signée"
    assert panel.frozen_note.isVisible()
    assert not panel.advance_button.isEnabled() and not panel.relabel_button.isEnabled()
    for widget in (panel.partner, panel.comment, panel.decision_date, *panel.decision_buttons.values()):
        assert not widget.isEnabled()
    # Reading stays possible: restore into the draft, compare.
    assert panel.restore_button.isEnabled() and panel.compare_button.isEnabled()
    panel.grab().save(str(Path(service.data_dir) / "history-signed.png"))
    # The store: every change is refused.
    with pytest.raises(Immutable):
        service.record_approval(reims_id, 2, Approval(partner="pop", decision="refused"))
    with pytest.raises(Immutable):
        service.set_version_status(reims_id, 2, "approved")
    with pytest.raises(Immutable):
        service.relabel_version(reims_id, 2, "Autre libellé")
    with pytest.raises(Immutable):
        service.delete_version(reims_id, 2)
    # Even if the panel is driven by code, the refusal is shown, not stored.
    panel.record_decision("refused")
    assert len(no_error_dialogs) == 0  # the controls are disabled: nothing is attempted
    assert [a.decision for a in service.get_version(reims_id, 2).approvals] == ["approved"] * 5


def test_a_changed_decision_is_asked_first_naming_the_partner_and_the_version(
    qtbot: QtBot, service: DossierService, reims_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    service.record_approval(reims_id, 1, Approval(partner="caf-marne", decision="approved", date=date(2026, 6, 1)))
    asked: list[str] = []

    def no(_parent: object, _title: str, message: str, _action: str) -> bool:
        asked.append(message)
        return False

    monkeypatch.setattr(dialogs, "confirm", no)
    panel = _panel(qtbot, service, reims_id)
    panel.select_version(1)
    panel.partner.setCurrentIndex(panel.partner.findData("caf-marne"))
    assert panel.record_decision("refused") is False
    [message] = asked
    assert "Caisse d'allocations familiales de la Marne" in message and "version 1" in message
    assert "Approuvée le 01/06/2026" in message and "Refusée" in message
    # Declined: nothing changed.
    caf = [a for a in service.get_version(reims_id, 1).approvals if a.partner == "caf-marne"]
    assert [(a.decision, a.extra) for a in caf] == [("approved", {})]


def test_decisions_on_an_approved_version_are_frozen(qtbot: QtBot, service: DossierService, reims_id: str) -> None:
    assert service.get_version(reims_id, 2).status == "approved"
    panel = _panel(qtbot, service, reims_id)
    panel.select_version(2)
    panel.partner.setCurrentIndex(panel.partner.findData("pop"))
    for button in panel.decision_buttons.values():
        assert not button.isEnabled() and "ne changent plus" in button.toolTip()
    with pytest.raises(Immutable, match="validée"):
        service.record_approval(reims_id, 2, Approval(partner="pop", decision="refused"))


def test_the_service_refusal_is_shown_in_french(
    qtbot: QtBot, service: DossierService, reims_id: str, no_error_dialogs: list[str]
) -> None:
    panel = _panel(qtbot, service, reims_id)
    panel.select_version(1)
    service.set_version_status(reims_id, 1, "signed")  # signed elsewhere while the panel was open
    panel.partner.setCurrentIndex(0)
    assert panel.record_decision("refused") is False
    assert no_error_dialogs == ["La version n° 1 est signée : ses validations ne peuvent plus changer."]


def test_restore_makes_the_version_the_draft(
    qtbot: QtBot, service: DossierService, reims_id: str, confirm_yes: list[str]
) -> None:
    panel = _panel(qtbot, service, reims_id)
    panel.select_version(1)
    with qtbot.waitSignal(panel.restored) as signal:
        qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    restored = signal.args[0]
    v1 = service.get_version(reims_id, 1).snapshot
    assert compare_dossiers(v1, restored).summary == "Aucune différence."
    assert compare_dossiers(v1, service.load_draft(reims_id)).summary == "Aucune différence."
    assert [v.number for v in service.list_versions(reims_id)] == [1, 2]  # history intact


def test_compare_two_selected_versions_or_one_with_the_draft(
    qtbot: QtBot, service: DossierService, reims_id: str
) -> None:
    panel = _panel(qtbot, service, reims_id)
    panel.select_version(1)
    assert panel.compare_button.text() == "Comparer avec le brouillon"
    with qtbot.waitSignal(panel.compare_requested) as one:
        qtbot.mouseClick(panel.compare_button, Qt.MouseButton.LeftButton)
    assert one.args == [1, None]
    panel.select_version(2, add=True)
    assert panel.compare_button.text() == "Comparer les deux versions"
    with qtbot.waitSignal(panel.compare_requested) as two:
        qtbot.mouseClick(panel.compare_button, Qt.MouseButton.LeftButton)
    assert two.args == [1, 2]


def _reims_view(qtbot: QtBot) -> ComparisonView:
    from diff_helpers import reims

    doc = reims()
    view = ComparisonView()
    qtbot.addWidget(view)
    view.resize(*SCREEN)
    view.set_comparison(
        compare_dossiers(doc.versions[0].snapshot, doc.versions[1].snapshot),
        old_label="Version 1 – Projet présenté au comité technique",
        new_label="Version 2 – Version validée en comité de pilotage du 29 juin 2026",
    )
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view


def _row_text(view: ComparisonView, side: str, row: int) -> str:
    browser = view.old_view if side == "old" else view.new_view
    return browser.document().findBlockByNumber(row).text().replace("\u00a0", " ").strip()


def test_side_by_side_shows_the_changes_and_f8_moves_between_them(qtbot: QtBot, tmp_path: Path) -> None:
    view = _reims_view(qtbot)
    assert view.summary.text() == (
        "<b>Résumé :</b> 1 valeur ajoutée, 1 règle modifiée, 1 indicateur modifié, 1 engagement modifié, "
        "1 instance de gouvernance modifiée"
    )
    assert view.change_count == 5
    assert view.position.text() == "5 modifications — F8 pour aller à la première"
    stops = []
    for _ in range(5):
        qtbot.keyClick(view.new_view, Qt.Key.Key_F8)
        row = view.current_row()
        assert row is not None
        stops.append((_row_text(view, "old", row), _row_text(view, "new", row)))
    assert stops == [
        ("(absent)", "Valeur « Bienveillance » — ajoutée"),
        ("Règle « Partage d'informations »", "Règle « Partage d'informations » — modifiée"),
        (
            "Indicateur « Délai moyen entre repérage et premier rendez-vous »",
            "Indicateur « Délai moyen entre repérage et premier rendez-vous » — modifié",
        ),
        ("Engagement du Département", "Engagement du Département — modifié"),
        ("Instance « Comité de pilotage »", "Instance « Comité de pilotage » — modifiée"),
    ]
    assert view.position.text() == "Modification 5 sur 5"
    assert not view.next_button.isEnabled()
    # The field under the last stop: old text on the left, new on the right.
    row = view.current_row()
    assert _row_text(view, "old", row + 1) == "Se réunit : deux fois par an"
    assert _row_text(view, "new", row + 1) == "Se réunit : trois fois par an"
    # Back with Shift+F8 and Alt+Up, forward with Alt+Down.
    qtbot.keyClick(view.new_view, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view.new_view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert view.current_index() == 2
    qtbot.keyClick(view.new_view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert view.current_index() == 3
    # Underline and strike-through, not colour alone.
    new_html = view.new_view.toHtml()
    old_html = view.old_view.toHtml()
    assert "text-decoration: underline" in new_html and "trois" in new_html
    assert "text-decoration: line-through" in old_html and "deux" in old_html
    view.grab().save(str(tmp_path / "comparison.png"))


def test_columns_scroll_together_row_by_row(qtbot: QtBot) -> None:
    view = _reims_view(qtbot)
    view.show_all.setChecked(True)  # long enough to scroll
    qtbot.waitUntil(lambda: view.old_view.verticalScrollBar().maximum() > 0)
    old_doc, new_doc = view.old_view.document(), view.new_view.document()
    # Every row starts at the same height on both sides.
    for row in range(old_doc.blockCount()):
        top_old = old_doc.documentLayout().blockBoundingRect(old_doc.findBlockByNumber(row)).top()
        top_new = new_doc.documentLayout().blockBoundingRect(new_doc.findBlockByNumber(row)).top()
        assert abs(top_old - top_new) < 1, row
    bar_new, bar_old = view.new_view.verticalScrollBar(), view.old_view.verticalScrollBar()
    bar_new.setValue(bar_new.maximum() // 2)
    assert bar_old.value() == bar_new.value()
    assert view.row_at_top(view.old_view) == view.row_at_top(view.new_view)
    bar_old.setValue(bar_old.maximum())
    assert bar_new.value() == bar_new.maximum()


def test_unchanged_sections_are_collapsed_and_open_on_demand(qtbot: QtBot) -> None:
    view = _reims_view(qtbot)
    texts = [_row_text(view, "new", r) for r in range(view.new_view.document().blockCount())]
    assert "Glossaire — sans changement Afficher" in texts
    assert not any(t.startswith("Terme ") for t in texts)
    rows = view.new_view.document().blockCount()
    view._link(QUrl("expand:charter.values"))  # the "Tout afficher" link of the values section
    assert view.new_view.document().blockCount() > rows
    shown = [_row_text(view, "new", r) for r in range(view.new_view.document().blockCount())]
    assert "Valeur « Confiance »" in shown
    assert view.change_count == 5  # unchanged rows are no navigation stops


def test_meeting_mode_enlarges_the_text(qtbot: QtBot, tmp_path: Path) -> None:
    view = _reims_view(qtbot)
    before = view.new_view.document().defaultFont().pointSizeF()
    height = view.new_view.document().size().height()
    view.set_meeting_mode(True)
    assert view.meeting.isChecked() and view.meeting_mode()
    assert view.new_view.document().defaultFont().pointSizeF() == pytest.approx(before * 1.6)
    assert view.new_view.document().size().height() > height * 1.3
    qtbot.keyClick(view.new_view, Qt.Key.Key_F8)
    assert view.current_index() == 0
    view.grab().save(str(tmp_path / "comparison-meeting.png"))
    view.set_meeting_mode(False)
    assert view.new_view.document().defaultFont().pointSizeF() == pytest.approx(before)


def test_compare_dialog_compares_and_exports(
    qtbot: QtBot, service: DossierService, reims_id: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = CompareDialog(service, reims_id, 1, 2)
    qtbot.addWidget(dialog)
    dialog.resize(*SCREEN)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.comparison is not None and dialog.view.change_count == 5
    assert dialog.view.old_header.text() == "Avant : Version 1 – Projet présenté au comité technique"
    # Version 2 against the draft: the Reims draft equals version 2.
    dialog.old_choice.setCurrentIndex(dialog.old_choice.findData(2))
    dialog.new_choice.setCurrentIndex(dialog.new_choice.findData(-1))
    assert dialog.comparison.summary == "Aucune différence."
    assert dialog.view.position.text() == "Aucune modification"
    dialog.old_choice.setCurrentIndex(dialog.old_choice.findData(1))
    assert dialog.comparison.summary.startswith("1 valeur ajoutée")
    target = tmp_path / "comparaison.docx"
    suggested: list[str] = []
    monkeypatch.setattr(compare_dialog_module, "choose_export_path", lambda _p, _f, s: suggested.append(s) or target)
    dialog.export_actions["docx"].trigger()
    assert target.read_bytes()[:2] == b"PK"
    # Issue 21: a name saying what is compared, in a real folder (never the current one), and a confirmation.
    [name] = suggested
    assert Path(name).is_absolute() and Path(name).name.startswith("Comparaison – ")
    assert Path(name).name.endswith(" – version 1 et brouillon.docx")
    assert dialog.saved_label.text() == f"Comparaison enregistrée : {target}"
    assert str(dialog.suggested_path("pdf").parent) == str(tmp_path)  # the next one beside it
    pdf = dialog.export("pdf", tmp_path / "comparaison.pdf")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")


def test_verify_dialog_names_the_version(
    qtbot: QtBot, service: DossierService, reims_id: str, data_dir: Path, tmp_path: Path
) -> None:
    version = service.get_version(reims_id, 2)
    pdf = export_document(version.snapshot, "charter", "pdf", tmp_path / "v2.pdf", version=version, data_dir=data_dir)
    dialog = VerifyDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    result = dialog.verify_path(pdf)
    assert result is not None and [m.number for m in result.matches] == [2]
    assert dialog.outcome.text() == "✔ Ce PDF correspond à une version enregistrée"
    assert dialog.message.text().startswith("Identique : ce PDF est le document")
    assert "de la version 2 « Version validée" in dialog.message.text()
    other = tmp_path / "notes.pdf"
    other.write_text("pas un PDF", encoding="utf-8")
    assert dialog.verify_path(other) is None
    assert dialog.outcome.text() == "⚠ Vérification impossible"
    assert dialog.message.text() == "« notes.pdf » n'est pas un fichier PDF."
    # A PDF stapled from pages of two versions: pages are theirs, the whole is no version's (issue 10).
    from pypdf import PdfReader, PdfWriter

    one = export_document(
        service.get_version(reims_id, 1).snapshot,
        "charter",
        "pdf",
        tmp_path / "v1.pdf",
        version=service.get_version(reims_id, 1),
        data_dir=data_dir,
    )
    writer = PdfWriter()
    writer.add_page(PdfReader(one).pages[0])
    writer.add_page(PdfReader(pdf).pages[1])
    with (tmp_path / "agrafe.pdf").open("wb") as handle:
        writer.write(handle)
    result = dialog.verify_path(tmp_path / "agrafe.pdf")
    assert result is not None and not result.proven
    assert dialog.outcome.text() == "≈ Ce PDF n'est pas identique à la version qu'il cite"


def test_relabel_a_version(
    qtbot: QtBot, service: DossierService, reims_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from charte_app.ui.versions import history

    panel = _panel(qtbot, service, reims_id)
    panel.select_version(1)
    monkeypatch.setattr(history, "ask_label", lambda _p, _current: "Projet soumis au comité technique du 15 juin")
    qtbot.mouseClick(panel.relabel_button, Qt.MouseButton.LeftButton)
    assert service.get_version(reims_id, 1).label == "Projet soumis au comité technique du 15 juin"
    assert _cells(panel.table, 1)[1] == "Projet soumis au comité technique du 15 juin"
