"""The editing controller: undoable edits, merged keystrokes, list operations."""

from __future__ import annotations

import gc

from pytestqt.qtbot import QtBot

from charte_app.domain import Dossier, Partner, Value
from charte_app.ui.editor import DossierEditor, _SetField


def test_typing_in_one_field_is_one_undo_step(qtbot: QtBot) -> None:
    editor = DossierEditor(Dossier(title="Avant"))
    seen: list[tuple[object, object]] = []
    editor.changed.connect(lambda target, attr: seen.append((target, attr)))
    for text in ["A", "Ap", "Apr", "Après"]:
        editor.set_field(editor.dossier, "title", text, "Modifier le titre")
    assert editor.dossier.title == "Après"
    assert editor.undo_stack.count() == 1
    assert editor.undo_stack.undoText() == "Modifier le titre"
    editor.undo_stack.undo()
    assert editor.dossier.title == "Avant"
    editor.undo_stack.redo()
    assert editor.dossier.title == "Après"
    assert seen[-1] == (editor.dossier, "title")


def test_long_typing_in_one_field_keeps_one_command_alive(qtbot: QtBot) -> None:
    # PySide6 leaked every command QUndoStack.push merged, each with the field's whole text: memory grew
    # with the square of the text's length (seen by tests/test_ui_soak.py).
    editor = DossierEditor(Dossier(diagnosis="Avant"))
    text = ""
    for char in "Un diagnostic partagé, page après page. " * 25:
        text += char
        editor.set_field(editor.dossier, "diagnosis", text, "Modifier le diagnostic partagé")
    gc.collect()
    assert sum(isinstance(o, _SetField) and o._editor is editor for o in gc.get_objects()) == 1
    assert (editor.undo_stack.count(), editor.undo_stack.undoText()) == (1, "Modifier le diagnostic partagé")
    editor.undo_stack.undo()
    assert editor.dossier.diagnosis == "Avant"
    editor.undo_stack.redo()
    assert editor.dossier.diagnosis == text
    editor.set_field(editor.dossier, "diagnosis", text + "!", "Modifier le diagnostic partagé")
    editor.undo_stack.undo()  # after an undo/redo the next keystroke still merges into the same step
    assert editor.dossier.diagnosis == "Avant"


def test_list_insert_remove_move_undo_in_reverse(qtbot: QtBot) -> None:
    editor = DossierEditor(Dossier())
    values = editor.dossier.charter.values
    editor.append_item(values, Value(id="a", title="A"), "Ajouter une valeur")
    editor.append_item(values, Value(id="b", title="B"), "Ajouter une valeur")
    editor.move_item(values, 1, 0, "Déplacer une valeur")
    assert [v.id for v in values] == ["b", "a"]
    editor.remove_item(values, 0, "Supprimer une valeur")
    assert [v.id for v in values] == ["a"]
    editor.undo_stack.undo()
    assert [v.id for v in values] == ["b", "a"]
    editor.undo_stack.undo()
    assert [v.id for v in values] == ["a", "b"]
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert values == []


def test_macro_groups_edits_and_problems_reflect_the_model(qtbot: QtBot) -> None:
    editor = DossierEditor(Dossier(id="not-a-uuid", title="T"))
    with editor.macro("Ajouter un partenaire"):
        editor.append_item(editor.dossier.partners, Partner(id="p1", name="Ville"), "Ajouter")
        editor.set_field(editor.dossier.partners[0], "siret", "123", "SIRET")
    assert editor.undo_stack.count() == 1
    paths = {p.path for p in editor.problems()}
    assert {"dossier.id", "dossier.partners[0].siret"} <= paths
    editor.undo_stack.undo()
    assert editor.dossier.partners == []
