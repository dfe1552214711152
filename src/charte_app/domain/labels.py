"""French names of the format's coded values, for the UI, the documents and the diff."""

from __future__ import annotations

PARTNER_KINDS: dict[str, str] = {
    "local_authority": "Collectivité (commune, EPCI)",
    "department": "Département",
    "region": "Région",
    "state_service": "Service de l'État",
    "national_education": "Éducation nationale",
    "family_allowance_fund": "Caisse d'allocations familiales",
    "health": "Santé",
    "association": "Association",
    "public_body": "Établissement public",
    "company": "Entreprise",
    "other": "Autre",
}

RULE_TOPICS: dict[str, str] = {
    "information_sharing": "Partage d'informations",
    "confidentiality": "Confidentialité",
    "ethics": "Éthique et déontologie",
    "decision_making": "Prise de décision",
    "operation": "Fonctionnement",
    "other": "Autres règles",
}

CONVENTION_KINDS: dict[str, str] = {
    "partnership": "Convention de partenariat",
    "framework": "Convention cadre",
    "financial": "Convention financière",
    "provision_of_means": "Convention de mise à disposition",
    "amendment": "Avenant",
}

CONTRIBUTION_KINDS: dict[str, str] = {
    "financial": "Contribution financière",
    "staff": "Mise à disposition de personnel",
    "premises": "Mise à disposition de locaux",
    "equipment": "Mise à disposition de matériel",
    "other": "Autre contribution",
}

VERSION_STATUSES: dict[str, str] = {
    "draft": "Brouillon",
    "shared": "Partagée",
    "approved": "Validée",
    "signed": "Signée",
}

DECISIONS: dict[str, str] = {
    "approved": "Approuvée",
    "reserved": "Avec réserves",
    "refused": "Refusée",
}


#: Words of a French partner name that tell its kind ("Ville de Reims" → local authority), first match wins:
#: the more specific words come first ("Caisse d'allocations familiales" before "Caisse").
_KIND_HINTS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("caisse des écoles", "ccas", "centre communal d'action sociale"), "local_authority"),
    (("caisse d'allocations familiales", "caf "), "family_allowance_fund"),
    (
        (
            "éducation nationale",
            "education nationale",
            "dsden",
            "académie",
            "rectorat",
            "collège",
            "lycée",
            "école",
            "circonscription",
            "inspection académique",
        ),
        "national_education",
    ),
    (("conseil départemental", "département", "departement"), "department"),
    (("conseil régional", "région", "region"), "region"),
    (
        ("préfecture", "sous-préfecture", "direction départementale", "ddets", "services de l'état", "etat "),
        "state_service",
    ),
    (
        (
            "ville de",
            "ville d'",
            "commune",
            "mairie",
            "communauté de communes",
            "communauté d'agglomération",
            "métropole",
            "ccas",
            "centre communal d'action sociale",
            "caisse des écoles",
        ),
        "local_authority",
    ),
    (("hôpital", "centre hospitalier", "cmp", "cmpp", "ars ", "agence régionale de santé", "pmi", "santé"), "health"),
    (("association", "asso ", "fédération", "ligue", "club", "maison des jeunes", "mjc"), "association"),
    (("office public", "établissement public", "epic", "opac", "caisse primaire"), "public_body"),
    ((" sarl", " sas", "société", " sa "), "company"),
)


def guess_partner_kind(name: str) -> str:
    """The likely kind of a partner from its name ("Ville de Reims" → "local_authority"); "other" if unsure."""
    text = f" {name.strip().lower()} ".replace("’", "'")
    for words, kind in _KIND_HINTS:
        if any(word in text for word in words):
            return kind
    return "other"
