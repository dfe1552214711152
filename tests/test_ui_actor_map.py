"""Issue 23, part 4: the actor map in the partners step (QGraphicsView of the domain's layout)."""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from charte_app.domain import dossier_file
from charte_app.domain.model import MapPosition
from charte_app.ui.actor_map_view import (
    ActorMapView,
    FieldsGridView,
    add_actor,
    add_link,
    merge_homonyms,
    reorganise,
)
from charte_app.ui.editor import DossierEditor
from charte_app.ui.main_window import MainWindow
from test_ui_support import add_partner, create_dossier, recorder, service, window  # noqa: F401


@pytest.fixture
def editor(examples_dir: Path) -> DossierEditor:
    doc, _ = dossier_file.parse((examples_dir / "reims-suivi.charte").read_bytes())
    return DossierEditor(doc.dossier)


@pytest.fixture
def view(qtbot: QtBot, editor: DossierEditor) -> ActorMapView:
    widget = ActorMapView(editor)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_scene_is_the_layout(view: ActorMapView) -> None:
    assert view.result is not None
    assert set(view.items) == {n.id for n in view.result.nodes if n.role in ("partner", "actor")}
    actor = view.items["cmpp-reims"]
    assert actor.pen().style() == Qt.PenStyle.CustomDashLine
    assert actor.brush().color().name() == view.result.node("cmpp-reims").fill  # type: ignore[union-attr]
    texts = {item.text() for item in view.scene.items() if hasattr(item, "text") and callable(item.text)}
    assert "la Ville" in texts


def test_dragging_a_node_stores_its_position_and_undo_restores(
    qtbot: QtBot, view: ActorMapView, editor: DossierEditor
) -> None:
    view.fit()
    item = view.items["pop"]
    start = view.view.mapFromScene(item.scenePos())
    viewport = view.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 6):
        QTest.mouseMove(viewport, start + QPoint(8 * step, 6 * step))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(40, 30))
    pop = editor.dossier.partner("pop")
    assert pop is not None and pop.map is not None
    qtbot.waitUntil(lambda: view.result is not None and view.result.node("pop").stored)  # type: ignore[union-attr]
    editor.undo_stack.undo()
    assert pop.map is None


def test_a_drop_outside_the_canvas_is_clamped(view: ActorMapView, editor: DossierEditor) -> None:
    node = view.result.node("pop")  # type: ignore[union-attr]
    assert node is not None
    view.node_moved(node, -50.0, 1400.4)
    assert editor.dossier.partner("pop").map == MapPosition(x=0, y=1000)  # type: ignore[union-attr]


def test_reorganise_forgets_positions_in_one_undo_step(editor: DossierEditor) -> None:
    editor.set_field(editor.dossier.partners[0], "map", MapPosition(x=1, y=2), "a")
    editor.set_field(editor.dossier.actors[0], "map", MapPosition(x=3, y=4), "b")
    count = editor.undo_stack.count()
    reorganise(editor)
    assert editor.dossier.partners[0].map is None and editor.dossier.actors[0].map is None
    assert editor.undo_stack.count() == count + 1
    editor.undo_stack.undo()
    assert editor.dossier.actors[0].map == MapPosition(x=3, y=4)


def test_add_actor_and_link_redraw_the_map(qtbot: QtBot, view: ActorMapView, editor: DossierEditor) -> None:
    actor = add_actor(editor, "Mission locale de Reims")
    assert actor is not None and actor.status == "to_invite" and actor.id == "mission-locale-de-reims"
    assert add_link(editor, "pop", "pop", "other") is None
    link = add_link(editor, actor.id, "pop", "joint_action", "Ateliers")
    assert link is not None and link.label == "Ateliers"
    qtbot.waitUntil(lambda: "mission-locale-de-reims" in view.items)
    assert any(e.link_id == link.id for e in view.result.edges)  # type: ignore[union-attr]
    assert not [p for p in editor.problems() if p.severity == "error" and "links" in p.path]


def test_fields_grid_marks_missing_competences(qtbot: QtBot, editor: DossierEditor) -> None:
    grid = FieldsGridView(editor)
    qtbot.addWidget(grid)
    grid.show()
    headers = [grid.horizontalHeaderItem(c).text() for c in range(grid.columnCount())]  # type: ignore[union-attr]
    column = headers.index("soins psychiques des enfants")
    assert grid.horizontalHeaderItem(column).background().color().name() == FieldsGridView.MISSING  # type: ignore[union-attr]
    assert grid.rowCount() == len(editor.dossier.partners) + len(editor.dossier.actors)


def test_the_partners_step_shows_the_map_beside_the_table(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    create_dossier(qtbot, window, "Carte")
    page = add_partner(qtbot, window, "Ville de Reims")
    add_partner(qtbot, window, "CAF de la Marne")
    page.viewTabs.setCurrentWidget(page.mapView)
    qtbot.waitUntil(lambda: len(page.mapView.items) == 2)
    window.resize(1366, 768)
    page.mapView.grab().save(str(tmp_path / "map.png"))


def test_meeting_mode_gives_the_map_the_whole_window(qtbot: QtBot, view: ActorMapView) -> None:
    from PySide6.QtWidgets import QApplication

    from charte_app.ui import meeting

    view.fit()
    normal = view.view.transform().m11()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    meeting.apply(app, 1.5)
    try:
        view.fit()
        assert view.view.transform().m11() > normal * 1.15
    finally:
        meeting.apply(app, 1.0)


def test_an_actor_named_as_a_partner_is_merged_into_it(qtbot: QtBot, view: ActorMapView, editor: DossierEditor) -> None:
    dossier = editor.dossier
    actor = add_actor(editor, "Ville de Reims")  # the partner ville-reims's name
    assert actor is not None
    qtbot.waitUntil(lambda: not view.buttons["merge"].isHidden())
    assert any("fusionnez" in p.message for p in editor.problems() if p.path.startswith("dossier.actors"))
    editor.set_field(actor, "fields_of_action", ["Accueils périscolaires", "Médiation sociale"], "f")
    add_link(editor, actor.id, "pop", "joint_action")
    add_link(editor, actor.id, "ville-reims", "other")  # becomes a link of the partner to itself: dropped
    links = len(dossier.links)
    assert merge_homonyms(editor) == 1
    assert [a.id for a in dossier.actors] == ["cmpp-reims"]
    assert len(dossier.links) == links - 1
    assert dossier.links[-1].source == "ville-reims" and dossier.links[-1].to == "pop"
    ville = dossier.partner("ville-reims")
    assert ville is not None and ville.fields_of_action[-1] == "Médiation sociale"
    assert ville.fields_of_action.count("accueils périscolaires") == 1
    qtbot.waitUntil(lambda: view.buttons["merge"].isHidden())
    editor.undo_stack.undo()  # one step
    assert actor in dossier.actors and len(dossier.links) == links


def test_the_table_adds_actors_with_the_maps_own_dialog(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QDialog, QLineEdit

    def accept(dialog: QDialog) -> int:
        dialog.findChild(QLineEdit).setText("Mission locale")  # type: ignore[union-attr]
        return QDialog.DialogCode.Accepted.value

    create_dossier(qtbot, window, "Table")
    page = add_partner(qtbot, window, "Ville de Reims")
    monkeypatch.setattr(QDialog, "exec", accept)
    page.addActorButton.click()
    assert [a.name for a in window.editor.dossier.actors] == ["Mission locale"]
    assert window.editor.dossier.actors[0].status == "to_invite"


def test_the_map_exports_the_same_drawing(view: ActorMapView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from charte_app.documents.actor_map_drawing import render_map

    target = tmp_path / "carte"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Image SVG (*.svg)"))
    view.export()
    written = (tmp_path / "carte.svg").read_bytes()
    assert written == render_map(view.editor.dossier, "svg")


def test_the_partners_step_lists_the_maps_problems(qtbot: QtBot, window: MainWindow) -> None:
    create_dossier(qtbot, window, "Avertissements")
    page = add_partner(qtbot, window, "Ville de Reims")
    add_actor(window.editor, "Ville de Reims")
    assert any(p.path == "dossier.actors[0].name" for p in page.problems())
