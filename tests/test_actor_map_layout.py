"""Issue 23, part 2: the map's layout (domain) and its one drawing (SVG, PDF, PNG)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from charte_app import samples
from charte_app.documents import actor_map_drawing, drawings
from charte_app.domain import actor_map, dossier_file
from charte_app.domain.model import MAP_SIZE, Actor, Dossier, Link, MapPosition


@pytest.fixture(scope="module")
def large() -> Dossier:
    return samples.large_dossier_file(versions=1).dossier


def _suivi(examples_dir: Path) -> Dossier:
    return dossier_file.parse((examples_dir / "reims-suivi.charte").read_bytes())[0].dossier


def test_no_label_overlaps_on_the_forty_partner_file(large: Dossier) -> None:
    result = actor_map.layout(large)
    assert len([n for n in result.nodes if n.role == "partner"]) == 40
    assert actor_map.label_overlaps(result) == []
    # and no two nodes overlap either
    partners = [n for n in result.nodes if n.role == "partner"]
    for i, a in enumerate(partners):
        for b in partners[i + 1 :]:
            assert math.hypot(a.x - b.x, a.y - b.y) > a.radius + b.radius, (a.id, b.id)
    assert all(0 <= n.x <= MAP_SIZE and 0 <= n.y <= MAP_SIZE for n in result.nodes)


def test_overlaps_are_measured() -> None:
    dossier = Dossier(id="x", title="t")
    dossier.actors = [Actor(id=f"a{i}", name="Un nom assez long", map=MapPosition(x=500, y=500)) for i in range(12)]
    assert actor_map.label_overlaps(actor_map.layout(dossier)) != []


@pytest.mark.parametrize("name", ["reims-suivi.charte", "reims-croix-rouge.charte", "epernay-psychomotricite.charte"])
def test_every_example_lays_out_without_overlaps(examples_dir: Path, name: str) -> None:
    dossier = dossier_file.parse((examples_dir / name).read_bytes())[0].dossier
    assert actor_map.label_overlaps(actor_map.layout(dossier)) == []


def test_rings_by_closeness_and_actors_dashed(examples_dir: Path) -> None:
    dossier = _suivi(examples_dir)
    result = actor_map.layout(dossier)
    centre = actor_map.CENTRE

    def distance(node_id: str) -> float:
        node = result.node(node_id)
        assert node is not None
        return math.hypot(node.x - centre, node.y - centre)

    actor = result.node("cmpp-reims")
    assert actor is not None and actor.dashed and actor.role == "actor" and actor.zone == 2
    assert "(à inviter)" in actor.name
    assert all(distance(p.id) < distance("cmpp-reims") for p in dossier.partners)
    assert result.node("ville-reims").fill == actor_map.KIND_COLOURS["local_authority"]  # type: ignore[union-attr]


def test_implied_and_stored_links_each_with_their_style(examples_dir: Path) -> None:
    dossier = _suivi(examples_dir)
    result = actor_map.layout(dossier)
    kinds = {(e.source, e.to, e.kind) for e in result.edges}
    assert ("caf-marne", "pop", "funding") in kinds  # stored link
    assert ("dsden-51", "ville-reims", "information") in kinds
    members = [e for e in result.edges if e.kind == "member"]
    assert members and all(e.source.startswith("body:") for e in members)
    styles = {e.kind: e.style for e in result.edges}
    assert len({(s.colour, s.dash) for s in styles.values()}) == len(styles)
    legend = [entry.label for entry in result.legend]
    assert "Financement" in legend and "Échange d'informations" in legend and "Membre d'une instance" in legend


def test_contributions_imply_payer_to_recipient(large: Dossier) -> None:
    result = actor_map.layout(large)
    funded = [c for conv in large.conventions for c in conv.contributions if c.kind == "financial" and c.recipient]
    assert funded
    edges = {(e.source, e.to) for e in result.edges if e.kind == "funding"}
    assert {(c.partner, c.recipient) for c in funded} <= edges


def test_stored_positions_win_and_reorganise_forgets_them(examples_dir: Path) -> None:
    dossier = _suivi(examples_dir)
    dossier.partners[0].map = MapPosition(x=40, y=1500)  # outside: clamped
    node = actor_map.layout(dossier).node(dossier.partners[0].id)
    assert node is not None and (node.x, node.y) == (40.0, 1000.0) and node.stored
    again = actor_map.layout(dossier, use_stored=False).node(dossier.partners[0].id)
    assert again is not None and not again.stored and (again.x, again.y) != (40.0, 1000.0)


def test_engagement_sizes_nodes(examples_dir: Path) -> None:
    dossier = _suivi(examples_dir)
    scores = actor_map.engagement(dossier)
    result = actor_map.layout(dossier)
    most = max(scores, key=lambda k: scores[k])
    least = min(scores, key=lambda k: scores[k])
    if scores[most] > scores[least]:
        assert result.node(most).radius > result.node(least).radius  # type: ignore[union-attr]


def test_a_link_to_an_actor_is_drawn(examples_dir: Path) -> None:
    dossier = _suivi(examples_dir)
    dossier.links.append(Link(id="l-new", source="cmpp-reims", to="pop", kind="joint_action"))
    edge = next(e for e in actor_map.layout(dossier).edges if e.link_id == "l-new")
    assert edge.style.label == "Action commune"


def test_svg_keeps_names_as_text_and_png_is_wide(examples_dir: Path) -> None:
    drawing = actor_map_drawing.map_drawing(actor_map.layout(_suivi(examples_dir)), 600)
    svg = actor_map_drawing.svg_bytes(drawing).decode()
    assert ">la Ville</text>" in svg and "Liberation Sans" in svg
    png = drawings.png_bytes(drawing, 1400)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(png[16:20], "big") == 1400
    pdf = drawings.pdf_bytes(drawing)
    assert pdf.startswith(b"%PDF")
