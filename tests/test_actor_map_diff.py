"""Issue 23: a comparison of versions says what changed on the actor map (actors, links, positions)."""

from __future__ import annotations

import copy
from pathlib import Path

from charte_app.diff import compare_dossiers
from charte_app.domain import dossier_file
from charte_app.domain.model import Actor, MapPosition


def test_actors_links_and_positions_are_compared(examples_dir: Path) -> None:
    old = dossier_file.parse((examples_dir / "reims-suivi.charte").read_bytes())[0].dossier
    new = copy.deepcopy(old)
    new.actors.append(Actor(id="ml", name="Mission locale", kind="association"))
    new.actors[0].map = MapPosition(x=10, y=20)
    new.links[0].label = "Autre soutien"
    comparison = compare_dossiers(old, new)
    assert comparison.summary == (
        "1 acteur à mobiliser ajouté, 1 acteur à mobiliser modifié, 1 lien de la carte modifié"
    )
    section = next(s for g in comparison.groups for s in g.sections if s.key == "dossier.actors")
    moved = next(i for i in section.items if i.key == "cmpp-reims")
    assert [(f.label, f.old, f.new) for f in moved.fields if f.changed] == [("Position sur la carte", None, "10, 20")]
    assert "Carte des acteurs" in [
        s.title for g in compare_dossiers(old, new, document="charter").groups for s in g.sections
    ]


def test_a_convention_comparison_leaves_the_map_out(examples_dir: Path) -> None:
    old = dossier_file.parse((examples_dir / "epernay-psychomotricite.charte").read_bytes())[0].dossier
    new = copy.deepcopy(old)
    new.actors.append(Actor(id="ml", name="Mission locale"))
    conv = old.conventions[0].id
    assert not compare_dossiers(old, new, document=conv).has_changes
    assert compare_dossiers(old, new).has_changes
