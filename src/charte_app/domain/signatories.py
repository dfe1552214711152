"""Who may sign for a partner: legal representatives, delegations, bodies without legal personality.

A legal service checks that each signatory is the legal representative of a legal person, or cites the
delegation that lets them sign. These are readings of the words of the dossier (a function, a name); the
completeness check turns them into warnings, never into a refusal: the words can be unusual and right.
"""

from __future__ import annotations

import re
import unicodedata

from .model import Partner


def _plain(text: str | None) -> str:
    """Lower case without accents or hyphens: "Vice-Présidente" → "vice presidente"."""
    decomposed = unicodedata.normalize("NFD", text or "")
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    return re.sub(r"[\s\-\u2010\u2011\u00a0\u202f'’]+", " ", bare).strip()


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


# Bodies that belong to a legal person and do not sign in their own name.
_NO_LEGAL_PERSONALITY = re.compile(
    r"^(?:le |la |l )?(?:cmpp?|centre medico psychologique|centre medico psycho pedagogique|circonscription|"
    r"utas|unite territoriale|service|direction|pole|ecole|college|lycee|pmi|protection maternelle|"
    r"maison departementale des solidarites|mds|cms|centre medico social|inspection de l education nationale|ien)\b"
)


def lacks_legal_personality(partner: Partner) -> bool:
    """A CMP, a circonscription, a UTAS, a service or a school: a body of a legal person (its hospital,
    the DASEN, its Département, its commune), which signs for it. Associations, collectivities, CAF and
    public establishments are legal persons."""
    if partner.kind in {"association", "local_authority", "department", "region", "family_allowance_fund", "company"}:
        return False
    return bool(_NO_LEGAL_PERSONALITY.match(_plain(partner.name)))
