"""French typography and naming, in one place: spaces, quotes, dates, amounts, words, articles."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from charte_app.documents import typography as typo
from charte_app.documents.markup import runs
from charte_app.documents.naming import definite_text, naming
from charte_app.domain.model import Partner

NBSP, NNBSP = "\u00a0", "\u202f"


def test_punctuation_gets_no_break_spaces() -> None:
    assert (
        typo.punctuate("Objet: « texte »; oui! non ?")
        == f"Objet{NBSP}: «{NBSP}texte{NBSP}»{NNBSP}; oui{NNBSP}! non{NNBSP}?"
    )
    assert typo.punctuate("«texte»") == f"«{NBSP}texte{NBSP}»"
    assert typo.punctuate('l\'action "Coup de pouce"') == f"l’action «{NBSP}Coup de pouce{NBSP}»"
    # Times, URLs and already spaced text are left alone.
    assert typo.punctuate("à 10:30 sur https://example.org") == "à 10:30 sur https://example.org"
    assert typo.punctuate(f"déjà{NBSP}:") == f"déjà{NBSP}:"
    assert typo.punctuate("loi n° 2005-32") == f"loi n°{NBSP}2005\u201132"  # no break at the hyphen either
    assert typo.punctuate("l'article L. 121-6-2, art. 10") == f"l’article L.{NBSP}121\u20116\u20112, art.{NBSP}10"


def test_dates_and_ordinals() -> None:
    assert typo.date_text(date(2026, 9, 1)) == f"1er{NBSP}septembre 2026"
    assert typo.date_text(date(2026, 6, 15)) == f"15{NBSP}juin 2026"
    assert typo.date_markup(date(2026, 9, 1)) == f"1<sup>er</sup>{NBSP}septembre 2026"
    assert typo.date_text(None) == "…"
    assert typo.ordinal(1) == "1er" and typo.ordinal(2) == "2e" and typo.article_number(3) == "3"
    parsed = runs(typo.date_markup(date(2026, 9, 1)))
    assert [(r.text, r.superscript) for r in parsed] == [("1", False), ("er", True), (f"{NBSP}septembre 2026", False)]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("15000"), f"15{NNBSP}000,00{NBSP}€"),
        (Decimal("9500.5"), f"9{NNBSP}500,50{NBSP}€"),
        (Decimal("1234567.891"), f"1{NNBSP}234{NNBSP}567,89{NBSP}€"),
        (Decimal("0"), f"0,00{NBSP}€"),
        ("42.10", f"42,10{NBSP}€"),
        (None, "…"),
        (float("nan"), "…"),
    ],
)
def test_amounts(value: object, expected: str) -> None:
    assert typo.amount(value) == expected


def test_numbers_and_amounts_in_words() -> None:
    assert typo.words(3) == "trois"
    assert typo.words(None) == "…"
    assert typo.count_words(3, "mois", "mois") == "trois (3) mois"
    assert typo.count_words(1, "an") == "un (1) an"
    assert typo.count_words(None, "mois", "mois") == "… mois"
    assert typo.amount_words(Decimal("15000")) == "quinze mille euros"
    assert typo.amount_words(Decimal("9500.50")) == "neuf mille cinq cents euros et cinquante centimes"
    assert typo.amount_words(Decimal("1.01")) == "un euro et un centime"
    assert typo.amount_words(Decimal("2000000")) == "deux millions d'euros"
    assert typo.amount_words(None) == "…"


def test_durations() -> None:
    assert typo.duration_words(date(2026, 9, 1), date(2029, 8, 31)) == "trois (3) ans"
    assert typo.duration_words(date(2026, 9, 1), date(2028, 2, 29)) == "dix-huit (18) mois"
    assert typo.duration_words(date(2026, 9, 1), date(2026, 9, 10)) == "dix (10) jours"
    assert typo.duration_words(None, date(2026, 9, 10)) == "… mois"


def test_fte_and_numbers() -> None:
    assert typo.fte(Decimal("0.6")) == f"0,6{NBSP}ETP"
    assert typo.number(Decimal("12345.5")) == f"12{NNBSP}345,5"


@pytest.mark.parametrize(
    ("name", "short", "kind", "pour", "agreed"),
    [
        ("Ville de Reims", "la Ville", "local_authority", "Pour la Ville de Reims", "dénommée"),
        ("Département de la Marne", "le Département", "department", "Pour le Département de la Marne", "dénommé"),
        (
            "Association Corps et Mouvement",
            "l'Association",
            "association",
            "Pour l'Association Corps et Mouvement",
            "dénommée",
        ),
        (
            "Caisse d'allocations familiales de la Marne",
            "la CAF",
            "family_allowance_fund",
            "Pour la Caisse d'allocations familiales de la Marne",
            "dénommée",
        ),
        (
            "Direction des services départementaux de l'Éducation nationale de la Marne",
            "l'Éducation nationale",
            "national_education",
            "Pour la Direction des services départementaux de l'Éducation nationale de la Marne",
            "dénommée",
        ),
        (
            "Collectif POP – Parents O pluriel",
            "le collectif POP",
            "association",
            "Pour le Collectif POP – Parents O pluriel",
            "dénommé",
        ),
        ("UDAF de la Marne", None, "association", "Pour l'UDAF de la Marne", "dénommée"),
        ("CCAS de Reims", None, "public_body", "Pour le CCAS de Reims", "dénommé"),
        ("La Sauvegarde de la Marne", None, "association", "Pour la Sauvegarde de la Marne", "dénommée"),
        ("Hôpital de Reims", None, "health", "Pour l'Hôpital de Reims", "dénommé"),
        ("Acme", None, "company", "Pour Acme", "dénommée"),  # a company: "la société", never "(e)"
        ("Les Restos du cœur", None, "association", "Pour les Restos du cœur", "dénommés"),
    ],
)
def test_party_names_take_the_right_article(name: str, short: str | None, kind: str, pour: str, agreed: str) -> None:
    named = naming(Partner(id="p", name=name, short_name=short, kind=kind))  # type: ignore[arg-type]
    assert named.pour == pour
    assert named.agree("dénommé", "dénommée", "dénommés") == agreed


def test_de_contracts_the_article() -> None:
    assert naming(Partner(id="p", name="Département de la Marne", kind="department")).de == "du Département de la Marne"
    assert naming(Partner(id="p", name="Ville de Reims", kind="local_authority")).de == "de la Ville de Reims"
    assert naming(Partner(id="p", name="Acme", kind="company")).de == "d'Acme"
    assert definite_text("Tribunal administratif de Châlons-en-Champagne") == (
        "le Tribunal administratif de Châlons-en-Champagne"
    )
