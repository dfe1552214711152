"""How a partner is named in running French text: with the right article and agreement.

"Pour la Ville de Reims", "Pour le Département de la Marne", "Pour l'Association
Corps et Mouvement", "ci-après dénommée « la Ville »". The article is derived
from the head noun of the partner's name (a small lexicon of the institutions a
PRE works with), else from the article of its ``short_name`` when that names the
same thing, else from its kind; when nothing is known the name is used bare and
agreements fall back to "dénommé(e)".

It also knows who signs for a party: a body without legal personality (a CMP, a circonscription,
a UTAS) is signed for by the legal person it belongs to (``Partner.legal_person``: "Pour le Centre
hospitalier de Reims"), and a signatory's delegation reads as a phrase ("agissant par délégation
du Maire, arrêté n° …").
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from typing import Literal

from ..domain.model import Partner

Gender = Literal["f", "m", "p", "?"]

# Head nouns of French institutions and their gender ("p": plural).
_NOUNS: dict[str, Gender] = {
    **dict.fromkeys(
        "ville commune mairie communaute metropole region prefecture direction caisse association federation ligue "
        "maison mission agence academie universite ecole education cite fondation societe entreprise mutuelle "
        "delegation inspection protection sauvegarde union coordination plateforme residence structure "
        "circonscription collectivite cooperative maternelle deliberation decision".split(),
        "f",
    ),
    **dict.fromkeys(
        "departement conseil centre college lycee groupement syndicat etablissement institut service comite "
        "collectif rectorat pole office club reseau programme foyer hopital secours point espace bureau "
        "ministere tribunal parquet gip ccas cias cmp cmpp camsp epci sivu sivom arrete etat".split(),
        "m",
    ),
    **dict.fromkeys("services amis compagnons restos".split(), "p"),
}
# Acronyms read as nouns: gender of the expanded head noun.
_ACRONYMS: dict[str, Gender] = {
    "caf": "f",
    "cpam": "f",
    "ars": "f",
    "pjj": "f",
    "pmi": "f",
    "udaf": "f",
    "mjc": "f",
    "dsden": "f",
    "dasen": "m",
    "msa": "f",
    "mdph": "f",
    "ase": "f",
    "ccas": "m",
    "cias": "m",
    "cmp": "m",
    "cmpp": "m",
    "camsp": "m",
    "gip": "m",
    "epci": "m",
    "clas": "m",
    "crous": "m",
}
_ARTICLES: dict[str, Gender] = {"la": "f", "le": "m", "les": "p"}


def _fold(word: str) -> str:
    stripped = unicodedata.normalize("NFKD", word)
    return "".join(c for c in stripped if not unicodedata.combining(c)).lower().strip(",.;:()«»\"'’")


def _starts_with_vowel_sound(word: str) -> bool:
    folded = _fold(word)
    if not folded:
        return False
    if word.isupper() and len(word) > 1:
        # Acronyms: "l'UDAF", "l'ARS", but "la MJC", "la SNCF" (usage elides only before a vowel letter).
        return folded[0] in "aeiouy"
    return folded[0] in "aeiouyh"


# When the name says nothing ("Collectif POP" is known, "Les Petits Débrouillards" is not), the
# kind of partner gives the noun a reader understands: "l'association", "la collectivité"…
_KIND_GENDER: dict[str, Gender] = {
    "local_authority": "f",
    "department": "m",
    "region": "f",
    "state_service": "m",
    "national_education": "f",
    "family_allowance_fund": "f",
    "health": "m",
    "association": "f",
    "public_body": "m",
    "company": "f",
    "other": "m",
}


@dataclass(frozen=True)
class Naming:
    """A partner's name with its article: ``definite`` is "la Ville de Reims"."""

    definite: str  # "la Ville de Reims", "l'Association …", or the bare name
    gender: Gender
    agreement: Gender = "?"  # the gender agreements follow when the name gives none (from the kind)

    def agree(self, masculine: str, feminine: str, plural: str | None = None) -> str:
        """ "dénommé" / "dénommée" / "dénommés": never "dénommé(e)" in a printed convention."""
        gender = self.gender if self.gender != "?" else self.agreement
        if gender == "f":
            return feminine
        if gender == "p":
            return plural or masculine + "s"
        return masculine

    @property
    def pour(self) -> str:
        """ "Pour la Ville de Reims"."""
        return f"Pour {self.definite}"

    @property
    def de(self) -> str:
        """ "de la Ville", "du Département", "de l'Association", "des Services"."""
        if self.definite.startswith("le "):
            return "du " + self.definite[3:]
        if self.definite.startswith("les "):
            return "des " + self.definite[4:]
        head = self.definite.split(" ", 1)[0]
        if self.gender == "?" and _starts_with_vowel_sound(head) and not head.isupper():
            return "d'" + self.definite
        return "de " + self.definite

    @property
    def dative(self) -> str:
        """ "à la Ville", "au Département", "à l'Association", "aux Services" (never « à le »)."""
        if self.definite.startswith("le "):
            return "au " + self.definite[3:]
        if self.definite.startswith("les "):
            return "aux " + self.definite[4:]
        return "à " + self.definite


def _split_article(text: str) -> tuple[str | None, str]:
    lowered = text.lower()
    for article in ("la ", "le ", "les "):
        if lowered.startswith(article):
            return article.strip(), text[len(article) :]
    for article in ("l'", "l’"):
        if lowered.startswith(article):
            return "l'", text[len(article) :]
    return None, text


def _gender_of(word: str) -> Gender:
    folded = _fold(word)
    if word.isupper() and folded in _ACRONYMS:
        return _ACRONYMS[folded]
    return _NOUNS.get(folded, _ACRONYMS.get(folded, "?") if word.isupper() else "?")


def _with_article(gender: Gender, name: str) -> str:
    head = name.split(" ", 1)[0]
    if gender == "p":
        return f"les {name}"
    if _starts_with_vowel_sound(head):
        return f"l'{name}"
    return f"{'la' if gender == 'f' else 'le'} {name}"


def naming(partner: Partner, *, use_short: bool = False) -> Naming:
    """How to name ``partner`` (its full name, or its short name with ``use_short``)."""
    return _naming(partner.name, partner.short_name, partner.kind, use_short)


@functools.lru_cache(maxsize=1024)
def _naming(name: str, short_name: str | None, kind: str, use_short: bool) -> Naming:
    """:func:`naming` from the only fields it reads, remembered: a convention names each party
    a dozen times (``Naming`` is frozen, so sharing one is safe)."""
    text = (short_name if use_short and short_name else name).strip()
    article, bare = _split_article(text)
    if article is not None:
        # The name already carries its article ("La Sauvegarde de la Marne", "l'Association").
        gender: Gender = _ARTICLES.get(article, _gender_of(bare.split(" ", 1)[0]))
        prefix = article if article == "l'" else article + " "
        return Naming(prefix + bare, gender)
    head = text.split(" ", 1)[0]
    gender = _gender_of(head)
    if gender == "?" and short_name:
        short_article, short_bare = _split_article(short_name.strip())
        if short_article and _fold(short_bare.split(" ", 1)[0]) == _fold(head):
            gender = _ARTICLES.get(short_article, "?")
            if gender == "?":
                gender = "f" if kind == "association" else "m"
    if gender == "?":
        return Naming(text, "?", _KIND_GENDER.get(kind, "m"))
    return Naming(_with_article(gender, text), gender)


def short_label(partner: Partner) -> str:
    """The name used after "ci-après dénommé(e)": the short name as typed, or the full name."""
    return (partner.short_name or partner.name).strip()


def definite_text(text: str) -> str:
    """A free-text institution name with its article: "le Tribunal administratif de …"."""
    stripped = text.strip()
    article, _ = _split_article(stripped)
    if article is not None:
        return stripped[:1].lower() + stripped[1:]
    gender = _gender_of(stripped.split(" ", 1)[0])
    if gender == "?" and _fold(stripped.split(" ", 1)[0]) in ("tribunal", "juge"):
        gender = "m"
    return _with_article(gender, stripped) if gender != "?" else stripped


def de_text(text: str) -> str:
    """A free-text institution after "de": "du conseil municipal", "de la commission permanente"."""
    named = definite_text(text)
    if named.startswith("le "):
        return "du " + named[3:]
    if named.startswith("les "):
        return "des " + named[4:]
    head = named.split(" ", 1)[0]
    if not named.startswith(("la ", "l'", "l’")) and _starts_with_vowel_sound(head) and not head.isupper():
        return "d'" + named
    return "de " + named


def signer(partner: Partner) -> Naming:
    """Who signs for ``partner``: the legal person it belongs to when it has one, else itself."""
    if partner.legal_person and partner.legal_person.strip():
        # Unknown head noun: a legal person of this kind is a body ("le", masculine agreements).
        return _naming(partner.legal_person, None, "other", False)
    return naming(partner)


def possessive(partner: Partner) -> str:
    """The body after its legal person: "son CMP de Reims", "sa circonscription de Reims 2"."""
    text = partner.name.strip()
    article, bare = _split_article(text)
    head = bare.split(" ", 1)[0]
    gender = _ARTICLES.get(article, "?") if article and article != "l'" else _gender_of(head)
    if not (len(head) > 1 and head.isupper()):
        bare = bare[:1].lower() + bare[1:]  # a common noun after the possessive: "sa circonscription"
    if gender == "p":
        return f"ses {bare}"
    if gender == "f" and not _starts_with_vowel_sound(head):
        return f"sa {bare}"
    return f"son {bare}"


# A delegation typed as the wizard suggests it starts with "par délégation"; other beginnings that
# already read after "agissant" are kept as typed.
_DELEGATION_STARTS = ("par ", "en vertu ", "sur délégation", "en application ", "conformément ")


def delegation_phrase(text: str | None) -> str:
    """The delegation as it follows "agissant": "par délégation du Maire, arrêté n° 2026-14 du …".

    A text that does not say how it reads ("arrêté n° 2026-14") is put in brackets after "par
    délégation"; one that starts with "délégation" gets its "par". Empty: "".
    """
    if not text or not text.strip():
        return ""
    stripped = " ".join(text.split()).rstrip(" .;,")
    folded = stripped[:1].lower() + stripped[1:]
    if folded.lower().startswith(_DELEGATION_STARTS):
        return folded
    if _fold(folded.split(" ", 1)[0]) == "delegation":
        return "par " + folded
    return f"par délégation ({folded})"
