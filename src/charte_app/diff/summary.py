"""The French summary line of a comparison ("3 valeurs ajoutées, 1 indicateur modifié").

Owns the nouns of each item category with their gender and plural, so that
participles agree ("1 règle modifiée", "2 engagements supprimés").
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Noun:
    singular: str
    plural: str
    feminine: bool


# Order = order of appearance in the summary (the order of a dossier).
CATEGORIES: dict[str, Noun] = {
    "convention": Noun("convention", "conventions", True),
    "field": Noun("rubrique", "rubriques", True),
    "partner": Noun("partenaire", "partenaires", False),
    "value": Noun("valeur", "valeurs", True),
    "rule": Noun("règle", "règles", True),
    "objective": Noun("objectif", "objectifs", False),
    "indicator": Noun("indicateur", "indicateurs", False),
    "commitment": Noun("engagement", "engagements", False),
    "glossary": Noun("terme du glossaire", "termes du glossaire", False),
    "body": Noun("instance de gouvernance", "instances de gouvernance", True),
    "article": Noun("article supplémentaire", "articles supplémentaires", False),
    "contribution": Noun("contribution", "contributions", True),
    "payment": Noun("échéance", "échéances", True),
    "annex": Noun("annexe", "annexes", True),
    "actor": Noun("acteur à mobiliser", "acteurs à mobiliser", False),
    "link": Noun("lien de la carte", "liens de la carte", False),
}

CHANGES: dict[str, str] = {
    "added": "ajouté",
    "removed": "supprimé",
    "changed": "modifié",
    "moved": "déplacé",
}

NO_CHANGE = "Aucune différence."


def participle(change: str, *, feminine: bool, plural: bool) -> str:
    word = CHANGES[change]
    return word + ("e" if feminine else "") + ("s" if plural else "")


def status_word(category: str, change: str) -> str:
    """The participle agreeing with one item of ``category``: "ajoutée" for a value."""
    return participle(change, feminine=CATEGORIES[category].feminine, plural=False)


def phrase(category: str, change: str, count: int) -> str:
    """E.g. ``phrase("value", "added", 3)`` → "3 valeurs ajoutées"."""
    noun = CATEGORIES[category]
    plural = count > 1
    return f"{count} {noun.plural if plural else noun.singular} {participle(change, feminine=noun.feminine, plural=plural)}"


def summarise(counts: dict[tuple[str, str], int]) -> str:
    parts = [
        phrase(category, change, counts[(category, change)])
        for category in CATEGORIES
        for change in CHANGES
        if counts.get((category, change))
    ]
    return ", ".join(parts) if parts else NO_CHANGE
