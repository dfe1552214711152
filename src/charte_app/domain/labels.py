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
