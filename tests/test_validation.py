"""Every refusal the format page lists, each reported with the exact path of the faulty value."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from charte_app.domain import DossierRefused, dossier_file

Raw = dict[str, Any]


def _load(examples_dir: Path, name: str) -> Raw:
    return json.loads((examples_dir / name).read_bytes())


def _refusal(raw: Raw | bytes) -> DossierRefused:
    data = raw if isinstance(raw, bytes) else json.dumps(raw, ensure_ascii=False).encode("utf-8")
    with pytest.raises(DossierRefused) as refused:
        dossier_file.parse(data)
    return refused.value


def _set(path: str, value: Any) -> Callable[[Raw], None]:
    def mutate(raw: Raw) -> None:
        *parents, last = path.replace("[", ".").replace("]", "").split(".")
        node: Any = raw
        for key in parents:
            node = node[int(key)] if key.isdigit() else node[key]
        node[int(last) if last.isdigit() else last] = value

    return mutate


def _delete(path: str) -> Callable[[Raw], None]:
    def mutate(raw: Raw) -> None:
        *parents, last = path.split(".")
        node: Any = raw
        for key in parents:
            node = node[key]
        del node[last]

    return mutate


def _duplicate_partner(raw: Raw) -> None:
    raw["dossier"]["partners"][1]["id"] = raw["dossier"]["partners"][0]["id"]


def _tamper_snapshot(raw: Raw) -> None:
    raw["versions"][0]["snapshot"]["diagnosis"] += " (modifié après coup)"


def _break_schedule(raw: Raw) -> None:
    raw["dossier"]["conventions"][0]["contributions"][0]["schedule"][0]["amount"] = "10000.00"


CASES: list[tuple[str, str, Callable[[Raw], None], str, str]] = [
    # (id, example, mutation, expected path, expected words in the message)
    (
        "unknown-partner-ref",
        "reims",
        _set("dossier.charter.commitments[0].partner", "mairie-inconnue"),
        "dossier.charter.commitments[0].partner",
        "référence inconnue",
    ),
    (
        "unknown-party",
        "epernay",
        _set("dossier.conventions[0].parties[1]", "personne"),
        "dossier.conventions[0].parties[1]",
        "référence inconnue",
    ),
    ("duplicate-id", "reims", _duplicate_partner, "dossier.partners[1].id", "en double"),
    (
        "impossible-date",
        "reims",
        _set("dossier.charter.duration.start", "2026-02-30"),
        "dossier.charter.duration.start",
        "n'existe pas",
    ),
    (
        "malformed-date",
        "epernay",
        _set("dossier.conventions[0].start", "01/09/2026"),
        "dossier.conventions[0].start",
        "AAAA-MM-JJ",
    ),
    (
        "inverted-dates",
        "epernay",
        _set("dossier.conventions[0].end", "2025-08-31"),
        "dossier.conventions[0].end",
        "précède",
    ),
    (
        "negative-amount",
        "epernay",
        _set("dossier.conventions[0].contributions[1].amount", "-9500.50"),
        "dossier.conventions[0].contributions[1].amount",
        "négatif",
    ),
    (
        "amount-as-number",
        "epernay",
        _set("dossier.conventions[0].contributions[0].amount", 18000.0),
        "dossier.conventions[0].contributions[0].amount",
        "texte décimal",
    ),
    (
        "schedule-not-summing",
        "epernay",
        _break_schedule,
        "dossier.conventions[0].contributions[0].schedule",
        "totalisent",
    ),
    ("text-too-long", "reims", _set("dossier.diagnosis", "a" * 100_001), "dossier.diagnosis", "trop long"),
    ("wrong-type", "reims", _set("dossier.partners[0].name", 42), "dossier.partners[0].name", "texte"),
    ("wrong-list-type", "reims", _set("dossier.partners", {"a": 1}), "dossier.partners", "liste"),
    ("unknown-kind", "reims", _set("dossier.partners[2].kind", "planet"), "dossier.partners[2].kind", "inconnue"),
    ("missing-required", "reims", _delete("dossier.title"), "dossier.title", "obligatoire"),
    ("other-format", "reims", _set("format", "charte-autre"), "format", "inconnu"),
    ("newer-format-version", "reims", _set("format_version", 2), "format_version", "version de format 2"),
    ("tampered-fingerprint", "reims", _tamper_snapshot, "versions[0].fingerprint", "empreinte ne correspond pas"),
    (
        "malformed-fingerprint",
        "reims",
        _set("versions[1].fingerprint", "md5:1234"),
        "versions[1].fingerprint",
        "mal formée",
    ),
    (
        "approval-by-unknown-partner",
        "reims",
        _set("versions[0].approvals[0].partner", "inconnu"),
        "versions[0].approvals[0].partner",
        "référence inconnue",
    ),
    ("dossier-id-not-uuid", "epernay", _set("dossier.id", "pas-un-uuid"), "dossier.id", "UUID"),
]
EXAMPLE_FILES = {"reims": "reims-croix-rouge.charte", "epernay": "epernay-psychomotricite.charte"}


@pytest.mark.parametrize(("example", "mutate", "path", "words"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_each_refusal_names_its_path(
    examples_dir: Path, example: str, mutate: Callable[[Raw], None], path: str, words: str
) -> None:
    raw = _load(examples_dir, EXAMPLE_FILES[example])
    mutate(raw)
    refusal = _refusal(raw)
    matching = [p for p in refusal.problems if p.path == path]
    assert matching, [str(p) for p in refusal.problems]
    assert any(words in p.message for p in matching), [p.message for p in matching]
    assert f"- {path} : " in refusal.french()


def test_all_problems_are_reported_at_once(examples_dir: Path) -> None:
    raw = _load(examples_dir, EXAMPLE_FILES["epernay"])
    _set("dossier.partners[0].name", 1)(raw)
    _set("dossier.conventions[0].contributions[0].amount", "-1.00")(raw)
    _set("dossier.conventions[0].start", "2026-13-01")(raw)
    paths = {p.path for p in _refusal(raw).problems}
    assert {
        "dossier.partners[0].name",
        "dossier.conventions[0].contributions[0].amount",
        "dossier.conventions[0].start",
    } <= paths


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b'{"format": "charte-dossier", ', "JSON invalide"),
        (b"", "JSON invalide"),
        (b"\xff\xfe{}", "UTF-8"),
        (b"[1, 2]", "objet JSON"),
    ],
    ids=["truncated", "empty", "not-utf8", "not-an-object"],
)
def test_unreadable_files_are_refused(data: bytes, words: str) -> None:
    refusal = _refusal(data)
    assert any(words in p.message for p in refusal.problems)
    assert refusal.french().startswith("Ce fichier") or "(fichier)" in refusal.french()


def test_a_number_that_is_not_finite_is_refused_with_its_path() -> None:
    """NaN (not JSON, which Python's json reads) is refused where it is written, as 1e400 is."""
    refusal = _refusal(b'{"format": "charte-dossier", "x": NaN}')
    assert any(p.path == "x" and "« NaN » hors limites" in p.message for p in refusal.problems)


def test_both_examples_are_valid(examples_dir: Path) -> None:
    for name in EXAMPLE_FILES.values():
        doc, warnings = dossier_file.parse((examples_dir / name).read_bytes())
        assert doc.dossier.partners and all(w.severity == "warning" for w in warnings)
