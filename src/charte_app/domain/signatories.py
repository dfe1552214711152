"""Who may sign for a partner: legal representatives, delegations, bodies without legal personality.

A legal service checks that each signatory is the legal representative of a legal person, or cites the
delegation that lets them sign. These are readings of the words of the dossier (a function, a name); the
completeness check turns them into warnings, never into a refusal: the words can be unusual and right.
"""

from __future__ import annotations

import re
import unicodedata

from .model import Partner


def _unaccented(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _plain(text: str | None) -> str:
    """A function as words: lower case, no accents, hyphens as spaces ("Vice-Présidente" → "vice presidente")."""
    return re.sub(r"[\s\-\u2010\u2011\u00a0\u202f'’]+", " ", _unaccented(text or "")).strip()


def _fold(word: str) -> str:
    """One word of a name, for comparison: lower case, no accents, no punctuation around it."""
    return _unaccented(word).strip(",.;:()«»\"'’")


# Functions that hold the legal representation of their body by themselves (no delegation needed).
_REPRESENTATIVE_ALWAYS = re.compile(r"^(?:le |la )?(?:maire|president|presidente|prefet|prefete|recteur|rectrice)\b")
# Heads of a public establishment or of a CAF represent it; an association's director does not.
_DIRECTOR = re.compile(r"^(?:le |la )?(?:directeur|directrice)(?: generale?)?\b")
_DIRECTOR_REPRESENTS = frozenset({"family_allowance_fund", "public_body", "health", "company"})
_DEPUTY = re.compile(r"\b(?:adjoint|adjointe|vice|delegue|deleguee|conseiller|conseillere|sous)\b")


def is_legal_representative(partner: Partner) -> bool:
    """The signatory's function makes them the legal representative: a maire, a président(e), a préfet,
    a recteur; the director of a CAF, a hospital or a public establishment. Not an adjoint(e), a
    vice-président(e), a DGS, an IEN, an association's director (who signs by the president's delegation)."""
    function = _plain(partner.representative.function)
    if not function or _DEPUTY.search(function):
        return False
    if _REPRESENTATIVE_ALWAYS.match(function):
        return True
    return bool(_DIRECTOR.match(function)) and partner.kind in _DIRECTOR_REPRESENTS


def is_association_director(partner: Partner) -> bool:
    return partner.kind == "association" and bool(_DIRECTOR.match(_plain(partner.representative.function)))


_ARTICLE = re.compile(r"^(?:la |le |les |l'|l’)", re.IGNORECASE)


# Bodies without legal personality, by the first word(s) of their name: services and local units of a
# hospital, a Département, the State or an association. Collèges and lycées are not here: they are
# établissements publics locaux d'enseignement (code de l'éducation, art. L. 421-1), legal persons.
_BODY_ACRONYMS = frozenset(
    "cmp cmpp camsp cms cmpea utas uts utass mds pmi ase sessad sapad rased ien dsden ddets ddcs spip dtpjj "
    "stemo upe".split()
)
_BODY_WORDS = frozenset(
    "circonscription service services direction ecole pole antenne unite inspection rectorat prefecture "
    "sous-prefecture cellule".split()
)
_BODY_PHRASES = (
    "centre medico-psychologique",
    "centre medico-psycho-pedagogique",
    "centre medico-social",
    "centre d'action medico-sociale",
    "centre de protection maternelle",
    "maison departementale",
    "maison des solidarites",
    "espace departemental",
)
# Words that name a body only when it is not itself an association or a company ("École des
# parents" is an association; their service would be named by an acronym).
_WEAK_WORDS = frozenset("ecole pole antenne cellule direction".split())


def lacks_legal_personality(partner: Partner) -> bool:
    """Whether ``partner``'s name says it is a body without legal personality (a CMP, a
    circonscription, a UTAS, a service, a direction, a primary school): it cannot sign in its own
    name, the legal person it belongs to does. A heuristic on the head of the name and the kind:
    associations, communes, Départements, Regions, CAF, hospitals and companies are legal persons.
    """
    words = _ARTICLE.sub("", (partner.name or "").strip()).split()
    if not words:
        return False
    first = words[0]
    folded = _fold(first)
    phrase = " ".join(_fold(w) for w in words[:4]).replace("’", "'")
    if folded in _BODY_ACRONYMS and (first.isupper() or len(first) > 4):
        return True
    if any(phrase.startswith(p) for p in _BODY_PHRASES):
        return True
    if folded in _BODY_WORDS:
        if partner.kind in ("association", "company") and folded in _WEAK_WORDS:
            return False
        return not (folded in ("service", "services") and partner.kind == "company")
    return False
