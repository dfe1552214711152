"""Generated dossiers are valid, deterministic, and their versions really differ from one another."""

from __future__ import annotations

from charte_app.domain import dossier_file, fingerprint, validate_dossier
from charte_app.samples import large_dossier_file, small_dossier


def test_large_dossier_is_valid_deterministic_and_fingerprinted() -> None:
    doc = large_dossier_file(partners=12, charter_commitments=40, convention_parties=8, versions=5, seed=4)
    data = dossier_file.dump(doc)
    parsed, warnings = dossier_file.parse(data)  # full validation, fingerprints included
    assert [w for w in warnings if w.severity == "error"] == []
    assert data == dossier_file.dump(large_dossier_file(12, 40, 8, 5, seed=4))
    assert data != dossier_file.dump(large_dossier_file(12, 40, 8, 5, seed=5))
    assert [v.number for v in parsed.versions] == [1, 2, 3, 4, 5]
    assert all(v.fingerprint == fingerprint(v.snapshot) for v in parsed.versions)
    assert len({v.fingerprint for v in parsed.versions}) == 5
    assert fingerprint(parsed.dossier) != parsed.versions[-1].fingerprint  # the draft moved on


def test_large_dossier_convention_has_every_kind_of_means() -> None:
    doc = large_dossier_file(partners=10, charter_commitments=20, convention_parties=10, versions=2)
    (convention,) = doc.dossier.conventions
    assert len(convention.parties) == 10
    kinds = {c.kind for c in convention.contributions}
    assert {"financial", "staff", "premises"} <= kinds
    for contribution in convention.contributions:
        if contribution.schedule:
            assert sum(p.amount for p in contribution.schedule) == contribution.amount
        if contribution.kind == "staff":
            assert contribution.fte is not None and contribution.fte > 0


def test_default_large_dossier_is_about_ten_megabytes() -> None:
    size = len(dossier_file.dump(large_dossier_file()))
    assert 8_000_000 < size < 13_000_000


def test_small_dossier_is_valid() -> None:
    dossier = small_dossier(title="Essai")
    assert dossier.title == "Essai"
    assert [p for p in validate_dossier(dossier) if p.severity == "error"] == []
