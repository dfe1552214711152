"""The shared examples decode, validate, and encode back to the very same JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from charte_app.domain import dossier_file, fingerprint

EXAMPLE_NAMES = ["epernay-psychomotricite.charte", "reims-croix-rouge.charte", "reims-suivi.charte"]


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_example_round_trips_to_identical_json(examples_dir: Path, name: str) -> None:
    raw = (examples_dir / name).read_bytes()
    doc, _warnings = dossier_file.parse(raw)
    assert dossier_file.to_json(doc) == json.loads(raw)
    again, _ = dossier_file.parse(dossier_file.dump(doc))
    assert again == doc


def test_reims_fingerprints_match_the_file(examples_dir: Path) -> None:
    raw = json.loads((examples_dir / "reims-croix-rouge.charte").read_bytes())
    doc, _ = dossier_file.parse(json.dumps(raw))
    assert [fingerprint(v.snapshot) for v in doc.versions] == [v["fingerprint"] for v in raw["versions"]]
    assert doc.versions[0].fingerprint.startswith("sha256:eea74af7398f78d5")
