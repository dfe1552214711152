"""Issue 23, part 1: actors, links and map positions in the model, the file and the validation."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from charte_app.domain import dossier_file, fingerprint
from charte_app.domain.codec import decode, encode
from charte_app.domain.model import Actor, Dossier, Link, MapPosition
from charte_app.domain.problems import DossierRefused
from charte_app.domain.validation import validate_dossier


def _suivi(examples_dir: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((examples_dir / "reims-suivi.charte").read_bytes())
    return data


def test_the_follow_up_example_reads_its_actor_and_links(examples_dir: Path) -> None:
    doc, warnings = dossier_file.parse((examples_dir / "reims-suivi.charte").read_bytes())
    assert warnings == []
    assert [a.id for a in doc.dossier.actors] == ["cmpp-reims"]
    assert doc.dossier.actors[0].status == "to_invite"
    assert doc.dossier.actors[0].kind == "health"
    assert [(k.source, k.to, k.kind) for k in doc.dossier.links] == [
        ("caf-marne", "pop", "funding"),
        ("dsden-51", "ville-reims", "information"),
    ]
    assert "actors" not in doc.dossier.extra and "links" not in doc.dossier.extra


def test_the_follow_up_example_round_trips_exactly(examples_dir: Path) -> None:
    raw = (examples_dir / "reims-suivi.charte").read_bytes()
    doc, _ = dossier_file.parse(raw)
    assert dossier_file.to_json(doc) == json.loads(raw)
    assert list(dossier_file.to_json(doc)["dossier"]["links"][0]) == ["id", "from", "to", "kind", "label"]
    again, _ = dossier_file.parse(dossier_file.dump(doc))
    assert again == doc


@pytest.mark.parametrize("name", ["epernay-psychomotricite.charte", "reims-croix-rouge.charte"])
def test_files_without_the_keys_encode_and_fingerprint_as_before(examples_dir: Path, name: str) -> None:
    raw = json.loads((examples_dir / name).read_bytes())
    doc, _ = dossier_file.parse(json.dumps(raw))
    out = dossier_file.to_json(doc)
    assert out == raw
    assert "actors" not in out["dossier"] and "links" not in out["dossier"]
    assert all("map" not in p for p in out["dossier"]["partners"])
    assert [fingerprint(v.snapshot) for v in doc.versions] == [v["fingerprint"] for v in raw["versions"]]


def test_positions_round_trip_and_a_link_writes_from() -> None:
    dossier = Dossier(id="x", title="t")
    dossier.actors.append(Actor(id="a", name="A", kind="health", map=MapPosition(x=10, y=990)))
    dossier.links.append(Link(id="l", source="a", to="b", kind="staff"))
    data = encode(dossier)
    assert data["actors"][0]["map"] == {"x": 10, "y": 990}
    assert data["links"][0] == {"id": "l", "from": "a", "to": "b", "kind": "staff"}
    problems: list[Any] = []
    assert decode(Dossier, data, "dossier", problems) == dossier and problems == []


def test_a_link_without_from_is_reported_at_its_key() -> None:
    problems: list[Any] = []
    decode(Link, {"id": "l", "to": "b", "kind": "staff"}, "dossier.links[0]", problems)
    assert [p.path for p in problems] == ["dossier.links[0].from"]


def _refused(data: dict[str, Any]) -> list[str]:
    with pytest.raises(DossierRefused) as refused:
        dossier_file.parse(json.dumps(data))
    return [str(p) for p in refused.value.problems]


def test_a_link_to_an_unknown_id_is_refused_with_its_path(examples_dir: Path) -> None:
    data = _suivi(examples_dir)
    data["dossier"]["links"].append({"id": "l-x", "from": "nobody", "to": "pop", "kind": "other"})
    assert _refused(data) == [
        "dossier.links[2].from : référence inconnue « nobody » : aucun partenaire ou acteur ne porte cet identifiant."
    ]


def test_a_link_from_an_actor_to_itself_is_refused_with_its_path(examples_dir: Path) -> None:
    data = _suivi(examples_dir)
    data["dossier"]["links"].append({"id": "l-x", "from": "cmpp-reims", "to": "cmpp-reims", "kind": "other"})
    assert _refused(data) == ["dossier.links[2].to : un lien ne peut relier un acteur à lui-même."]


def test_an_actor_may_not_take_a_partner_id(examples_dir: Path) -> None:
    data = _suivi(examples_dir)
    data["dossier"]["actors"].append({"id": "pop", "name": "Autre", "kind": "other"})
    assert _refused(data) == ["dossier.actors[1].id : identifiant « pop » déjà porté par un partenaire."]


def test_positions_outside_the_canvas_and_homonyms_are_warnings(examples_dir: Path) -> None:
    data = _suivi(examples_dir)
    data["dossier"]["partners"][0]["map"] = {"x": -3, "y": 500}
    data["dossier"]["actors"].append(
        {"id": "ville-bis", "name": "ville de reims", "kind": "local_authority", "map": {"x": 10, "y": 1200}}
    )
    before = copy.deepcopy(data)
    doc, warnings = dossier_file.parse(json.dumps(data))
    assert {(p.path, p.severity) for p in warnings} == {
        ("dossier.partners[0].map", "warning"),
        ("dossier.actors[1].map", "warning"),
        ("dossier.actors[1].name", "warning"),
    }
    assert "fusionnez" in next(p.message for p in warnings if p.path.endswith("name"))
    # The file's values are kept as written (a version's fingerprint covers them); the map clamps.
    assert dossier_file.to_json(doc) == before


def test_a_position_on_the_edges_is_fine() -> None:
    dossier = Dossier(id="x", title="t")
    dossier.actors.append(Actor(id="a", name="A", map=MapPosition(x=0, y=1000)))
    assert [p for p in validate_dossier(dossier) if "position" in p.message] == []
