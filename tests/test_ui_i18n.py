"""French by default, English from the Qt Linguist catalogue; placeholders survive translation."""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from charte_app.domain import labels
from charte_app.services.dossiers import DossierService
from charte_app.ui import i18n, labels_i18n
from charte_app.ui.app import start
from charte_app.ui.session import LANGUAGE, Preferences
from test_ui_support import create_dossier, make_window, recorder, service  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "resources" / "translations" / "charte_app_en.ts"
PLACEHOLDER = re.compile(r"%\d+|\{[a-z_]*\}")
#: Files whose strings this team member owns: every one of them must be translated.
OWNED = re.compile(
    r"/(app|autosave|checks|conflict|dialogs|home|list_editor|main_window|references|wizard|labels_i18n|partners|diagnosis"
    r"|goal|lists|commitments|governance|duration|guidance)\.py$|/(main_window|home|wizard|list_editor|step_\w+"
    r"|value_detail|rule_detail|objective_detail|body_detail)\.ui$"
)


def messages() -> list[ET.Element]:
    return list(ET.parse(CATALOGUE).getroot().iter("message"))


@pytest.fixture
def english(qtbot: QtBot) -> Iterator[None]:
    sys.path.insert(0, str(ROOT / "scripts"))
    import build_assets

    qm = CATALOGUE.with_suffix(".qm")
    if not qm.exists() or qm.stat().st_mtime < CATALOGUE.stat().st_mtime:
        build_assets.release_translations()  # what scripts/dev.py does at set-up
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert "charte_app_en" in i18n.install(app, "en")
    try:
        yield
    finally:
        i18n.install(app, "fr")


def test_every_placeholder_of_a_french_string_is_kept_in_english() -> None:
    checked = 0
    for message in messages():
        source = message.findtext("source", "")
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        # A plural (Qt's %n) has one text per form; each keeps every placeholder.
        forms = [form.text or "" for form in translation.findall("numerusform")] or [translation.text or ""]
        for text in forms:
            if text:
                assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), source
        checked += 1
    assert checked > 400


def test_every_string_of_the_shell_home_and_steps_1_to_9_is_translated() -> None:
    missing = [
        message.findtext("source")
        for message in messages()
        if all(OWNED.search(loc.get("filename", "")) for loc in message.iter("location"))
        and message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert missing == []


def test_coded_values_are_marked_for_translation() -> None:
    french = [*labels.PARTNER_KINDS.values(), *labels.RULE_TOPICS.values(), *labels.VERSION_STATUSES.values(), *labels.DECISIONS.values(), *labels.CONVENTION_KINDS.values()]  # fmt: skip
    assert sorted(labels_i18n.marked()) == sorted(french)


def test_french_is_the_default_with_qt_standard_buttons_in_french(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert i18n.install(app, "fr") == ["qtbase_fr"]
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"


def test_switching_to_english_shows_english_labels(
    qtbot: QtBot, english: None, service: DossierService, data_dir: Path
) -> None:
    window = make_window(qtbot, service, data_dir)
    assert [a.text() for a in window.form.menubar.actions()] == ["&File", "&Edit", "&View", "&Versions", "&Help"]
    assert window.home.form.createButton.text() == "&Create"
    assert window.home.model.headerData(0, Qt.Orientation.Horizontal) == "Title"
    create_dossier(qtbot, window, "Cooperation")
    titles = [window.wizard.form.stepList.item(i).text() for i in range(9)]
    assert titles[:3] == ["1. Partners", "2. Shared diagnosis", "3. Common goal"]
    assert "Start with the actor map" in window.wizard.form.guidanceBrowser.toPlainText()
    assert window.undo_action.text() == "&Undo"
    partners = window.wizard.page("partners")
    assert partners.form.kindCombo.itemText(0) == "Local authority (town, EPCI)"


def test_the_language_menu_rebuilds_the_window_and_remembers_the_choice(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch, english: None
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    i18n.install(app, "fr")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    application = start(data_dir, None, None)
    try:
        first = application.window
        assert first is not None and first.form.menuFile.title() == "&Fichier"
        first.form.actionEnglish.trigger()
        second = application.window
        assert second is not None and second is not first
        qtbot.addWidget(second)
        assert second.form.menuFile.title() == "&File"
        assert Preferences(data_dir).get(LANGUAGE) == "en"  # the user's own choice…
        assert application.service.get_setting(i18n.SETTING_KEY) is None  # …not the team's database
        second.form.actionFrench.trigger()
        assert application.window is not None and application.window.form.menuFile.title() == "&Fichier"
        qtbot.addWidget(application.window)
    finally:
        application.service.close()


def test_version_statuses_and_partner_decisions_follow_the_language(english: None) -> None:
    assert labels_i18n.version_status("signed") == "Signed"
    assert labels_i18n.decision("reserved") == "With reservations"
    assert labels_i18n.decision(None) == ""


def test_history_status_buttons_follow_the_language(english: None) -> None:
    from charte_app.ui.versions.history import ADVANCE_TEXT, HistoryPanel

    english_texts = [QCoreApplication.translate("HistoryPanel", text) for text in ADVANCE_TEXT.values()]
    assert english_texts == ["Mark as shared", "Mark as approved", "Mark as signed…"]
    assert HistoryPanel.__name__ == "HistoryPanel"  # the context Qt Linguist files these strings under
