"""The codec keeps what the format allows it to keep: unknown keys, nulls, decimals, dates."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from decimal import Decimal

from charte_app.domain import Contribution, Dossier, Partner, decode, encode, fingerprint
from charte_app.domain.problems import Problem


def _decode_partner(raw: dict[str, object]) -> tuple[Partner, list[Problem]]:
    problems: list[Problem] = []
    return decode(Partner, raw, "dossier.partners[0]", problems), problems


def it_keeps_unknown_keys_and_explicit_nulls() -> None:
    raw = {"id": "p", "name": "Ville", "kind": "other", "siret": None, "fields_of_action": [], "x-custom": {"a": 1}}
    partner, problems = _decode_partner(raw)
    assert problems == []
    assert partner.siret is None and partner.extra == {"x-custom": {"a": 1}}
    assert encode(partner) == raw


def it_omits_absent_optional_keys_and_emits_values_set_in_code() -> None:
    partner = Partner(id="p", name="Ville", kind="association")
    assert encode(partner) == {"id": "p", "name": "Ville", "kind": "association"}
    partner.address = "1 rue X"
    assert encode(partner)["address"] == "1 rue X"


def it_reads_amounts_as_decimal_and_writes_them_back_verbatim() -> None:
    problems: list[Problem] = []
    raw = {"id": "f", "partner": "p", "kind": "financial", "description": "d", "amount": "0.0000001", "fte": "0.50"}
    contrib = decode(Contribution, raw, "c", problems)
    assert problems == []
    assert contrib.amount == Decimal("0.0000001") and contrib.fte == Decimal("0.50")
    assert encode(contrib) == raw


def it_collects_every_type_problem_with_its_path() -> None:
    raw = {"id": 3, "name": None, "kind": "planet", "siret": 12345678901234, "fields_of_action": "sport"}
    _, problems = _decode_partner(raw)
    assert {p.path for p in problems} == {
        "dossier.partners[0].id",
        "dossier.partners[0].name",
        "dossier.partners[0].kind",
        "dossier.partners[0].siret",
        "dossier.partners[0].fields_of_action",
    }
    assert all(p.message for p in problems)


def it_refuses_floats_negative_amounts_and_impossible_dates() -> None:
    problems: list[Problem] = []
    decode(
        Contribution,
        {
            "id": "f",
            "partner": "p",
            "kind": "financial",
            "description": "d",
            "amount": 15000.0,
            "fte": "-1",
            "schedule": [{"due": "2026-02-30", "amount": "1"}, {"due": "30/01/2026", "amount": "1,5"}],
        },
        "c",
        problems,
    )
    messages = {p.path: p.message for p in problems}
    assert set(messages) == {"c.amount", "c.fte", "c.schedule[0].due", "c.schedule[1].due", "c.schedule[1].amount"}
    assert "négatif" in messages["c.fte"]
    assert "n'existe pas" in messages["c.schedule[0].due"]


def it_fingerprints_what_it_encodes() -> None:
    dossier = Dossier(id="0f7d2a54-8a53-4b0c-8f4a-7e52c9a0b002", title="T")
    dossier.charter.signature.date = date(2026, 9, 1)
    first = fingerprint(dossier)
    assert first.startswith("sha256:") and len(first) == 7 + 64
    dossier.title = "T2"
    assert fingerprint(dossier) != first


def it_imports_neither_qt_nor_sqlalchemy() -> None:
    code = (
        "import sys, charte_app.domain, charte_app.domain.dossier_file;"
        "bad=[m for m in sys.modules if m.split('.')[0] in ('PySide6','sqlalchemy','alembic')];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def it_refuses_what_one_database_would_store_and_another_refuse() -> None:
    from charte_app.domain import dossier_file
    from charte_app.domain.problems import DossierRefused

    raw = {
        "format": "charte-dossier",
        "format_version": 1,
        "dossier": {
            "id": "urn:uuid:0f7d2a54-8a53-4b0c-8f4a-7e52c9a0b002",
            "title": "Titre\u0000caché",
            "created_at": "hier",
            "partners": [],
        },
    }
    try:
        dossier_file.from_json(raw)
    except DossierRefused as refused:
        paths = {p.path for p in refused.problems}
    else:  # pragma: no cover - the assertion below reports it
        paths = set()
    assert paths == {"dossier.title", "dossier.id", "dossier.created_at"}
    raw["dossier"]["title"] = "Titre"
    # Upper case would make the same dossier a second one (issue 10): only the canonical spelling.
    raw["dossier"].update(id="0F7D2A54-8A53-4B0C-8F4A-7E52C9A0B002", created_at="2026-06-29T11:00:00+02:00")
    try:
        dossier_file.from_json(raw)
    except DossierRefused as refused:
        assert {p.path for p in refused.problems} == {"dossier.id"}
    else:  # pragma: no cover
        raise AssertionError("an upper-case UUID was accepted")
    raw["dossier"]["id"] = "0f7d2a54-8a53-4b0c-8f4a-7e52c9a0b002"
    doc, _ = dossier_file.from_json(raw)
    assert doc.dossier.title == "Titre"


def it_reports_type_and_business_problems_in_one_pass() -> None:
    from charte_app.domain import dossier_file
    from charte_app.domain.problems import DossierRefused

    raw = {
        "format": "charte-dossier",
        "format_version": 1,
        "dossier": {
            "id": "x",
            "title": 3,
            "partners": [{"id": "A B", "name": "V", "kind": "ville"}],
            "conventions": [
                {
                    "id": "c",
                    "title": "t",
                    "kind": "partnership",
                    "parties": ["zz"],
                    "object": "o",
                    "start": "2026-02-30",
                }
            ],
        },
    }
    try:
        dossier_file.from_json(raw)
    except DossierRefused as refused:
        paths = [p.path for p in refused.problems]
    else:  # pragma: no cover - the assertion below reports it
        paths = []
    assert sorted(paths) == [
        "dossier.conventions[0].parties[0]",  # business rule: unknown partner
        "dossier.conventions[0].start",  # type: impossible date
        "dossier.id",  # business rule: not a UUID
        "dossier.partners[0].id",  # business rule: id pattern
        "dossier.partners[0].kind",  # type: unknown value
        "dossier.title",  # type only: no second "empty title" report
    ]
