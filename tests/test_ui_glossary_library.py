"""Issue 12, part 6: the glossary is edited in step 6; a library of typical values, rules and indicators.

Also: a new rule starts without a theme (it used to inherit the previous rule's).
"""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from charte_app.services.dossiers import DossierService
from charte_app.ui import library
from charte_app.ui.main_window import MainWindow
from test_ui_support import DialogRecorder, create_dossier, go, recorder, service, type_into, window  # noqa: F401


def _library_actions(page: object) -> list:  # type: ignore[type-arg]
    return page.library_button.menu().actions()  # type: ignore[attr-defined]


def test_the_glossary_is_edited_in_the_rules_step_and_stored(
    qtbot: QtBot, window: MainWindow, service: DossierService
) -> None:
    dossier_id = create_dossier(qtbot, window, "Glossaire")
    page = go(window, "rules")
    box = page.glossary
    type_into(qtbot, box.new_term, "Parcours", enter=True)
    model = box.model
    assert model.rowCount() == 1
    assert model.setData(model.index(0, 1), "Ensemble coordonné des actions proposées à un enfant.")
    [entry] = window.editor.dossier.charter.glossary
    assert (entry.term, entry.definition) == ("Parcours", "Ensemble coordonné des actions proposées à un enfant.")
    window.autosaver.flush()
    stored = service.load_draft(dossier_id).charter.glossary
    assert [(e.term, e.definition) for e in stored] == [(entry.term, entry.definition)]
    # Undo from another step comes back here with the entry selected.
    go(window, "values")
    window.undo_action.trigger()
    assert window.wizard.current_page() is page
    assert entry.definition == ""
    assert box.table.currentIndex().row() == 0
    box.table.selectRow(0)
    qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
    assert window.editor.dossier.charter.glossary == []


def test_typical_values_and_rules_are_added_then_editable(qtbot: QtBot, window: MainWindow) -> None:
    create_dossier(qtbot, window, "Bibliothèque")
    values = go(window, "values")
    first = library.typical_values()[0]
    _library_actions(values)[0].trigger()
    [value] = window.editor.dossier.charter.values
    assert (value.title, value.description) == (first.title, first.description) and value.id
    assert values.list_editor.current() is value
    type_into(qtbot, values.detail.descriptionEdit, " Toujours.")
    assert value.description and "Toujours." in value.description  # an ordinary record, edited like any other

    rules = go(window, "rules")
    typical = library.typical_rules()
    _library_actions(rules)[1].trigger()
    _library_actions(rules)[1].trigger()  # the same twice: two records, two ids
    added = window.editor.dossier.charter.rules
    assert [r.topic for r in added] == [typical[1].topic] * 2
    assert added[0].id != added[1].id
    assert rules.list_editor.current() is added[1]


def test_a_new_rule_does_not_inherit_the_previous_rules_theme(qtbot: QtBot, window: MainWindow) -> None:
    create_dossier(qtbot, window, "Thèmes")
    rules = go(window, "rules")
    _library_actions(rules)[1].trigger()  # "Confidentialité", theme confidentiality
    type_into(qtbot, rules.list_editor.form.newTitleEdit, "Horaires des réunions", enter=True)
    first, second = window.editor.dossier.charter.rules
    assert first.topic == "confidentiality"
    assert second.topic is None
    assert rules.detail.topicCombo.currentData() is None


def test_a_typical_indicator_goes_to_the_chosen_objective(
    qtbot: QtBot, window: MainWindow, recorder: DialogRecorder
) -> None:
    create_dossier(qtbot, window, "Indicateurs")
    page = go(window, "objectives")
    _library_actions(page)[0].trigger()  # no objective yet: said, nothing added
    assert recorder.errors and recorder.errors[0][0] == "Aucun objectif"
    type_into(qtbot, page.list_editor.form.newTitleEdit, "Continuité des parcours", enter=True)
    typical = library.typical_indicators()[1]
    _library_actions(page)[1].trigger()
    [objective] = window.editor.dossier.charter.objectives
    [indicator] = objective.indicators
    assert (indicator.name, indicator.baseline, indicator.target, indicator.source, indicator.frequency) == (
        typical.name,
        typical.baseline,
        typical.target,
        typical.source,
        typical.frequency,
    )
    assert page.detail.indicatorTable.currentIndex().row() == 0
