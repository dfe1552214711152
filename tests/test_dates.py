"""Issue 21, point 1: dates typed the French way, and text that is not a date kept as typed.

The parser is the domain's (no Qt); text that does not parse rides in the record's ``typed`` key,
is an error at the field's path (validation) and a blocking gap (completeness), and survives the
`.charte` file and the database.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from charte_app.domain import validate_dossier
from charte_app.domain.completeness import blocking, check
from charte_app.domain.dates import (
    DateError,
    format_date,
    looks_complete,
    parse_french_date,
    typed_dates,
    typed_text,
    with_typed,
)
from charte_app.domain.dossier_file import dump, parse
from charte_app.domain.model import DossierFile
from charte_app.samples import small_dossier
from charte_app.services.dossiers import DossierService


@pytest.mark.parametrize(
    "text",
    [
        "15/09/2026",
        "15-09-2026",
        "15.09.2026",
        "15 septembre 2026",
        "15 sept. 2026",
        "15 sept 2026",
        "15 Septembre 2026",
        "  15\u00a0septembre\u00a02026 ",
        "2026-09-15",
        "le 15 septembre 2026",
        "15/9/2026",
    ],
)
def test_the_usual_french_forms_are_dates(text: str) -> None:
    assert parse_french_date(text) == date(2026, 9, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1er octobre 2026", date(2026, 10, 1)),
        ("1er oct. 2026", date(2026, 10, 1)),
        ("3 févr. 2027", date(2027, 2, 3)),
        ("3 fevrier 2027", date(2027, 2, 3)),
        ("14 août 2026", date(2026, 8, 14)),
        ("31 déc. 2026", date(2026, 12, 31)),
        ("2 juil 2026", date(2026, 7, 2)),
    ],
)
def test_month_names_and_abbreviations(text: str, expected: date) -> None:
    assert parse_french_date(text) == expected


def test_empty_text_is_no_date_and_a_wrong_one_says_why_in_french() -> None:
    assert parse_french_date("   ") is None
    with pytest.raises(DateError, match="n'est pas une date : tapez par exemple 15/09/2026"):
        parse_french_date("15 sept 2062x")
    with pytest.raises(DateError, match="n'existe pas"):
        parse_french_date("31/02/2026")
    with pytest.raises(DateError, match="n'est pas une date"):
        parse_french_date("15 brumaire 2026")
    assert looks_complete("15 sept. 2026") and looks_complete("31/02/2026") and not looks_complete("15/0")
    assert format_date(date(2026, 9, 1)) == "01/09/2026"


def test_typed_text_is_an_error_at_the_field_and_a_gap_of_its_document() -> None:
    dossier = small_dossier()
    signature = dossier.charter.signature
    signature.date = None
    signature.extra = with_typed(signature.extra, "date", "15 sept 2062x")
    assert typed_text(signature, "date") == "15 sept 2062x"
    assert typed_dates(dossier) == [("dossier.charter.signature.date", "15 sept 2062x")]
    problems = [p for p in validate_dossier(dossier) if p.path == "dossier.charter.signature.date"]
    assert [p.severity for p in problems] == ["warning"] and "15 sept 2062x" in problems[0].message
    gaps = [g for g in blocking(check(dossier)) if g.path == "dossier.charter.signature.date"]
    assert gaps and "n'est pas une date" in gaps[0].message
    # A date typed later removes the text.
    signature.extra = with_typed(signature.extra, "date", None)
    assert typed_text(signature, "date") is None and "typed" not in signature.extra
    assert not [p for p in validate_dossier(dossier) if p.path == "dossier.charter.signature.date"]


def test_typed_text_of_a_payment_is_reported_at_its_due_date() -> None:
    dossier = small_dossier()
    found = next((conv, c) for conv in dossier.conventions for c in conv.contributions if c.schedule)
    payment = found[1].schedule[0]
    payment.extra = with_typed(payment.extra, "due", "fin septembre")
    paths = [p.path for p in validate_dossier(dossier) if "fin septembre" in p.message]
    assert len(paths) == 1 and paths[0].endswith(".schedule[0].due")


def test_typed_text_round_trips_through_the_file_and_the_database(data_dir: Path) -> None:
    dossier = small_dossier()
    dossier.charter.signature.date = None
    dossier.charter.signature.extra = with_typed({}, "date", "15 sept 2062x")
    conv = dossier.conventions[0]
    conv.start = None
    conv.extra = with_typed(conv.extra, "start", "rentrée 2026")
    text = dump(DossierFile(dossier=dossier))
    back, warnings = parse(text)
    assert {p.path for p in warnings} >= {"dossier.charter.signature.date", "dossier.conventions[0].start"}
    assert typed_text(back.dossier.charter.signature, "date") == "15 sept 2062x"
    assert typed_text(back.dossier.conventions[0], "start") == "rentrée 2026"
    assert dump(back) == text
    service = DossierService.open(data_dir)
    try:
        created = service.create_dossier("Dates tapées")
        dossier.id = created.id
        service.save_draft(dossier)
        stored = service.load_draft(created.id)
    finally:
        service.close()
    assert typed_text(stored.charter.signature, "date") == "15 sept 2062x"
    assert typed_text(stored.conventions[0], "start") == "rentrée 2026"


def test_the_validation_says_what_the_parser_says() -> None:
    from charte_app.domain.dates import not_a_date

    dossier = small_dossier()
    dossier.charter.signature.extra = with_typed({}, "date", "fin juin")
    [problem] = [p for p in validate_dossier(dossier) if p.path == "dossier.charter.signature.date"]
    assert problem.message == not_a_date("fin juin")
    with pytest.raises(DateError) as raised:
        parse_french_date("fin juin")
    assert str(raised.value) == not_a_date("fin juin")
