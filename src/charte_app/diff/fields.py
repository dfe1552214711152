"""What each item of a dossier shows in a comparison: its fields, French labels and display.

Owns the field specs (name, French label, how to spell the value, long text
or not) of partners, values, rules, objectives, indicators, glossary terms,
articles, annexes and payments, and how payment schedules are keyed. The
specs that need both dossiers (partner names, objective titles) are built by
the walker in :mod:`.engine`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..domain import labels
from ..domain.model import Dossier, Partner, Payment
from . import display as d
from .matching import FieldSpec


def coordinator_text(x: Dossier) -> str | None:
    c = x.coordinator
    return " – ".join(v for v in (c.name, c.organisation, c.email, c.phone) if v) or None


def representative_text(p: Partner) -> str | None:
    r = p.representative
    who = " ".join(v for v in (r.civility, r.name) if v)
    return ", ".join(v for v in (who, r.function) if v) or None


def contact_text(p: Partner) -> str | None:
    c = p.contact
    return " – ".join(v for v in (c.name, c.email, c.phone) if v) or None


def payment_key(olds: Sequence[Payment], news: Sequence[Payment]) -> Callable[[Payment], str]:
    """Match instalments by due date when every one has a distinct date, else by position.

    A schedule has no ids; its dates are what people refer to ("the March instalment").
    """
    dates = [p.due for p in olds], [p.due for p in news]
    if all(None not in ds and len(set(ds)) == len(ds) for ds in dates):
        return lambda p: p.due.isoformat() if p.due else ""
    positions = {id(p): i for seq in (olds, news) for i, p in enumerate(seq, 1)}
    return lambda p: f"n° {positions[id(p)]}"


def payment_title(p: Payment) -> str:
    return f"Échéance du {d.french_date(p.due)}" if p.due else "Échéance"


PARTNER_FIELDS: list[FieldSpec] = [
    ("name", "Nom", lambda p: p.name, False),
    ("short_name", "Appellation", lambda p: p.short_name, False),
    ("kind", "Catégorie", lambda p: labels.PARTNER_KINDS.get(p.kind, p.kind), False),
    ("address", "Adresse", lambda p: p.address, False),
    ("siret", "SIRET", lambda p: p.siret, False),
    ("representative", "Représenté par", representative_text, False),
    ("authority", "Habilitation", lambda p: p.authority, False),
    ("contact", "Contact", contact_text, False),
    ("fields_of_action", "Champs d'action", lambda p: d.joined(p.fields_of_action, " ; "), False),
    ("interest", "Intérêt à participer", lambda p: p.interest, True),
]
VALUE_FIELDS: list[FieldSpec] = [
    ("title", "Titre", lambda v: v.title, False),
    ("description", "Description", lambda v: v.description, True),
]
RULE_FIELDS: list[FieldSpec] = [
    ("title", "Titre", lambda r: r.title, False),
    ("topic", "Thème", lambda r: labels.RULE_TOPICS.get(r.topic, r.topic) if r.topic else None, False),
    ("text", "Texte", lambda r: r.text, True),
]
OBJECTIVE_FIELDS: list[FieldSpec] = [
    ("title", "Titre", lambda o: o.title, False),
    ("description", "Description", lambda o: o.description, True),
]
INDICATOR_FIELDS: list[FieldSpec] = [
    ("name", "Nom", lambda i: i.name, False),
    ("baseline", "Situation de départ", lambda i: i.baseline, False),
    ("target", "Cible", lambda i: i.target, False),
    ("source", "Source", lambda i: i.source, False),
    ("frequency", "Fréquence", lambda i: i.frequency, False),
]
GLOSSARY_FIELDS: list[FieldSpec] = [
    ("term", "Terme", lambda g: g.term, False),
    ("definition", "Définition", lambda g: g.definition, True),
]
ARTICLE_FIELDS: list[FieldSpec] = [
    ("title", "Titre", lambda a: a.title, False),
    ("after", "Placé après", lambda a: a.after, False),
    ("text", "Texte", lambda a: a.text, True),
]
ANNEX_FIELDS: list[FieldSpec] = [
    ("title", "Titre", lambda a: a.title, False),
    (
        "table",
        "Tableau joint",
        lambda a: (
            {"contributions": "tableau des contributions", "indicators": "tableau des indicateurs"}.get(a.table)
            if a.table
            else None
        ),
        False,
    ),
    ("text", "Texte", lambda a: a.text, True),
]
PAYMENT_FIELDS: list[FieldSpec] = [
    ("due", "Échéance", lambda p: d.french_date(p.due), False),
    ("amount", "Montant", lambda p: d.amount(p.amount), False),
    ("condition", "Condition", lambda p: p.condition, True),
]
