"""Issue 12, part 7: a complete English UI, real plurals in both languages, Qt's dialogs in French.

No string of the English catalogue is left untranslated (plural forms included);
counts are written "1 engagement" / "3 engagements", never "engagement(s)";
Qt's own file dialog says "Voir dans :" in the French UI.
"""

# ruff: noqa: F811 - fixtures imported from other test modules are redefined as arguments

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from charte_app.domain import Dossier
from charte_app.domain.model import CharterCommitment, Partner
from charte_app.ui import i18n
from charte_app.ui.references import partner_uses
from test_ui_i18n import english, messages  # noqa: F401 - fixture


def test_no_string_of_the_english_catalogue_is_untranslated() -> None:
    untranslated = []
    for message in messages():
        source = message.findtext("source", "")
        translation = message.find("translation")
        assert translation is not None, source
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        forms = translation.findall("numerusform")
        texts = [form.text or "" for form in forms] if forms else [translation.text or ""]
        if translation.get("type") == "unfinished" or not all(t.strip() for t in texts):
            untranslated.append(source)
        if message.get("numerus") == "yes":
            assert len(forms) == 2, source  # English: singular and plural
    assert untranslated == []


def test_no_source_string_writes_a_plural_with_parentheses() -> None:
    plurals = [
        m.findtext("source", "")
        for m in messages()
        if any(mark in m.findtext("source", "") for mark in ("(s)", "(aux)", "(ies)"))
    ]
    assert plurals == []


def _dossier_with_commitments(count: int) -> Dossier:
    dossier = Dossier(id="d", title="Pluriels")
    dossier.partners.append(Partner(id="ville", name="Ville de Reims"))
    for n in range(count):
        dossier.charter.commitments.append(CharterCommitment(partner="ville", text=f"Engagement {n}"))
    return dossier


def test_french_counts_use_real_plurals(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    i18n.install(app, "fr")
    assert partner_uses(_dossier_with_commitments(1), "ville")[0] == "1 engagement de la charte (étape 7)"
    assert partner_uses(_dossier_with_commitments(3), "ville")[0] == "3 engagements de la charte (étape 7)"
    assert i18n.plural("%n parties", "%n partie", 0) == "0 partie"


def test_english_counts_use_the_catalogue_plural_forms(english: None) -> None:
    assert partner_uses(_dossier_with_commitments(1), "ville")[0] == "1 commitment of the charter (step 7)"
    assert partner_uses(_dossier_with_commitments(3), "ville")[0] == "3 commitments of the charter (step 7)"
    zero = i18n.plural(QCoreApplication.translate("ConventionsPage", "%n parties", "", 0), "%n partie", 0)
    assert zero == "0 parties"


@pytest.mark.parametrize(("language", "look_in"), [("fr", "Voir dans\u00a0:"), ("en", "Look in:")])
def test_qt_file_dialogs_speak_the_ui_language(qtbot: QtBot, language: str, look_in: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        i18n.install(app, language)
        assert QCoreApplication.translate("QFileDialog", "Look in:") == look_in
    finally:
        i18n.install(app, "fr")


def test_convention_types_and_statuses_follow_the_language(english: None) -> None:
    from charte_app.ui import labels_i18n

    assert dict(labels_i18n.convention_kinds())["framework"] == "Framework agreement"
    assert labels_i18n.convention_kind("amendment") == "Amendment"
    assert dict(labels_i18n.version_statuses())["draft"] != "Brouillon"


def _validation_templates() -> set[str]:
    """The French messages of ``domain/validation.py`` and ``domain/followup.py``, values replaced by {v1}, {v2}…"""
    import ast
    from pathlib import Path as _Path

    import charte_app.domain.followup as followup
    import charte_app.domain.validation as validation

    found: set[str] = set()
    nodes = [
        n for m in (validation, followup) for n in ast.walk(ast.parse(_Path(m.__file__).read_text(encoding="utf-8")))
    ]
    for node in nodes:
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Problem" and len(node.args) >= 2:
            message = node.args[1]
            if isinstance(message, ast.Constant) and isinstance(message.value, str):
                found.add(message.value)
            elif isinstance(message, ast.JoinedStr):
                parts, n = [], 0
                for value in message.values:
                    if isinstance(value, ast.Constant):
                        parts.append(str(value.value))
                    else:
                        n += 1
                        parts.append(f"{{v{n}}}")
                found.add("".join(parts))
    return found


def test_every_validation_message_has_a_translatable_template() -> None:
    from charte_app.ui.validation_i18n import TEMPLATES

    assert _validation_templates() == {str(t) for t in TEMPLATES}


def test_validation_messages_are_shown_in_english(english: None) -> None:
    from charte_app.ui.validation_i18n import translate_message

    assert translate_message("un SIRET compte exactement 14 chiffres.") == "a SIRET has exactly 14 digits."
    assert translate_message("année 1800 invraisemblable.") == "implausible year 1800."
    assert translate_message("un message inconnu") == "un message inconnu"
    unknown = translate_message("référence inconnue « caf » : aucun partenaire ne porte cet identifiant.")
    assert unknown == "unknown reference “caf”: no partner has this identifier."
    assert translate_message("« env. 70 » n'est pas un nombre : la valeur est gardée telle quelle.") == (
        "“env. 70” is not a number: the value is kept as typed."
    )


def test_validation_messages_stay_french_in_french(qtbot: QtBot) -> None:
    from charte_app.ui.validation_i18n import translate_message

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    i18n.install(app, "fr")
    assert translate_message("année 1800 invraisemblable.") == "année 1800 invraisemblable."


def test_english_quotes_english_words_with_english_quotes() -> None:
    """Issue 21, point 14: « « How to? » panel »; French quotes stay only around French text cited as such."""
    import re

    french_quoted = []
    for message in messages():
        translation = message.find("translation")
        text = "" if translation is None else "".join(translation.itertext())
        for inner in re.findall(r"«\s?(.*?)\s?»", text):
            plain = re.sub(r"\{\w*\}", "", inner).strip(" …")
            if plain and plain.isascii() and not re.search(r"\b(d'|s'engage|Vu|Fait|par)\b", plain):
                french_quoted.append(inner)
    assert french_quoted == []
    assert any(
        m.findtext("source", "") == "Panneau « &Comment faire ? »"
        and m.findtext("translation", "") == "\u201c&How to?\u201d panel"
        for m in messages()
    )
