"""The structured comparison of two dossiers: ``compare_dossiers(old, new, document=…)``.

Owns the walk over the domain model: which sections a document has, which
fields each item shows (with their French labels), how list items are matched
across versions (by ``id``; by ``term`` in the glossary; by due date in a
payment schedule) and how reordering is told apart from deleting and adding.
Generic matching lives in :mod:`.matching`, item field specs in
:mod:`.fields`, the summary's wording in :mod:`.summary`, word-level
segments in :mod:`.words`.

Bookkeeping fields (``created_at``, ``updated_at``, the dossier ``id``,
unknown extra keys) are not content and are not compared.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from ..domain import labels
from ..domain.actor_map import ACTOR_STATUSES, EDGE_STYLES
from ..domain.model import (
    CharterCommitment,
    Contribution,
    Convention,
    ConventionCommitment,
    Dossier,
    Objective,
    Partner,
)
from ..errors import NotFound
from . import display as d
from .fields import (
    ANNEX_FIELDS,
    ARTICLE_FIELDS,
    GLOSSARY_FIELDS,
    INDICATOR_FIELDS,
    OBJECTIVE_FIELDS,
    PARTNER_FIELDS,
    PAYMENT_FIELDS,
    RULE_FIELDS,
    VALUE_FIELDS,
    coordinator_text,
    payment_key,
    payment_title,
)
from .matching import FieldSpec, by_id, fields_of, match, moved_keys, quoted
from .model import Comparison, Group, ItemDiff, ItemStatus, Section
from .summary import summarise
from .words import normalise


def compare_dossiers(old: Dossier, new: Dossier, *, document: str | None = None) -> Comparison:
    """Compare two dossiers (two versions, or a version and the draft).

    ``document``: None for the whole dossier, ``"charter"`` for the charter and
    what it prints (partners, diagnosis, common goal), or a convention id for
    that convention and its parties. An unknown convention id raises
    :class:`NotFound` with a French message.
    """
    walker = _Walker(old, new)
    if document is None:
        groups = [walker.dossier_group(partners=None, general=True), walker.charter_group()]
        groups += walker.convention_groups()
    elif document == "charter":
        groups = [walker.dossier_group(partners=None, general=False), walker.charter_group()]
    else:
        old_conv, new_conv = old.convention(document), new.convention(document)
        if old_conv is None and new_conv is None:
            raise NotFound(f"Aucune convention « {document} » dans les versions comparées.")
        parties = list(dict.fromkeys((old_conv.parties if old_conv else []) + (new_conv.parties if new_conv else [])))
        groups = [walker.dossier_group(partners=set(parties), general=False, texts=False)]
        groups.append(walker.convention_group(old_conv, new_conv))
    groups = [g for g in groups if any(not s.empty for s in g.sections) or g.status != "unchanged"]
    for g in groups:
        g.sections = [s for s in g.sections if not s.empty]
    counts = _count(groups)
    return Comparison(document=document, groups=groups, summary=summarise(counts), counts=dict(counts))


# -- counting ---------------------------------------------------------------------------------


def _count(groups: Iterable[Group]) -> Counter[tuple[str, str]]:
    counts: Counter[tuple[str, str]] = Counter()
    for group in groups:
        if group.moved:
            counts["convention", "moved"] += 1
        if group.status in ("added", "removed"):
            # A whole convention added or removed is one change, not one per clause.
            counts["convention", group.status] += 1
            continue
        for section in group.sections:
            counts["field", "changed"] += sum(1 for f in section.fields if f.changed)
            for item in section.items:
                _count_item(item, counts)
    return counts


def _count_item(item: ItemDiff, counts: Counter[tuple[str, str]]) -> None:
    if item.moved:
        counts[item.category, "moved"] += 1
    if item.status != "unchanged":
        counts[item.category, item.status] += 1
    if item.status in ("added", "removed"):
        return  # its indicators or payments come and go with it
    for child in item.children:
        _count_item(child, counts)


class _Walker:
    """Builds the groups of one comparison; knows both dossiers to name partners and indicators."""

    def __init__(self, old: Dossier, new: Dossier) -> None:
        self.old, self.new = old, new
        # By id, the newer side winning (Dossier.partner() is a linear search: 200 partners named
        # thousands of times). The first of duplicated ids wins, as with Dossier.partner().
        self._partners: dict[str, Partner] = {}
        for side in (new, old):
            for partner in side.partners:
                self._partners.setdefault(partner.id, partner)

    def _partner(self, pid: str) -> Partner | None:
        return self._partners.get(pid)

    # names of referenced things, taken from the newer side when both exist
    def partner_label(self, pid: str) -> str:
        p = self._partner(pid)
        return p.name if p else pid

    def partners_text(self, ids: list[str]) -> str | None:
        return d.joined([self.partner_label(p) for p in ids], ", ")

    def of_partner(self, pid: str) -> str:
        p = self._partner(pid)
        if p is None:
            return d.of_partner(pid, False)
        return d.of_partner(p.short_name, True) if p.short_name else d.of_partner(p.name, False)

    # Looked up for each of a charter's hundreds of commitments: built once per comparison.
    @functools.cached_property
    def _objective_titles(self) -> dict[str, str]:
        by_id = {o.id: o.title for o in self.old.charter.objectives}
        by_id.update({o.id: o.title for o in self.new.charter.objectives})
        return by_id

    @functools.cached_property
    def _indicator_names(self) -> dict[str, str]:
        by_id = {i.id: i.name for i in self.old.charter.indicators()}
        by_id.update({i.id: i.name for i in self.new.charter.indicators()})
        return by_id

    def objective_titles(self, ids: list[str]) -> str | None:
        by_id = self._objective_titles
        return d.joined([by_id.get(i, i) for i in ids], " ; ")

    def indicator_names(self, ids: list[str]) -> str | None:
        by_id = self._indicator_names
        return d.joined([by_id.get(i, i) for i in ids], " ; ")

    # ---- dossier: general information, partners, diagnosis, goal
    def dossier_group(self, *, partners: set[str] | None, general: bool, texts: bool = True) -> Group:
        old, new = self.old, self.new
        sections = []
        if general:
            spec: list[FieldSpec] = [
                ("title", "Titre du dossier", lambda x: x.title, False),
                ("territory", "Territoire", lambda x: x.territory, False),
                ("programme", "Programme", lambda x: x.programme, False),
                ("coordinator", "Coordination", coordinator_text, False),
            ]
            sections.append(Section("dossier.general", "Informations générales", fields=fields_of(spec, old, new)))
        keep: Callable[[Partner], bool] = (lambda p: True) if partners is None else (lambda p: p.id in partners)
        sections.append(
            Section(
                "dossier.partners",
                "Partenaires",
                items=match(
                    "partner",
                    [p for p in old.partners if keep(p)],
                    [p for p in new.partners if keep(p)],
                    by_id,
                    lambda p: p.name,
                    PARTNER_FIELDS,
                ),
            )
        )
        if partners is None:  # the whole dossier or the charter, which prints the map as an annex
            sections.append(self.actor_map_section())
        if texts:
            sections.append(
                Section(
                    "dossier.diagnosis",
                    "Diagnostic partagé",
                    fields=fields_of([("diagnosis", "Diagnostic partagé", lambda x: x.diagnosis, True)], old, new),
                )
            )
            sections.append(
                Section(
                    "dossier.goal",
                    "But commun",
                    fields=fields_of([("common_goal", "But commun", lambda x: x.common_goal, True)], old, new),
                )
            )
        return Group("dossier", "Dossier de coopération", sections)

    # ---- actor map (issue 23): actors not yet partners and the links drawn by hand
    def actor_map_section(self) -> Section:
        old, new = self.old, self.new
        names = {a.id: a.name for a in old.actors}
        names.update({a.id: a.name for a in new.actors})

        def named(node: str) -> str:
            return names.get(node) or self.partner_label(node)

        def position(record: Any) -> str | None:
            return f"{record.map.x}, {record.map.y}" if record.map is not None else None

        actor_fields: list[FieldSpec] = [
            ("name", "Nom", lambda a: a.name, False),
            ("kind", "Catégorie", lambda a: labels.PARTNER_KINDS.get(a.kind, a.kind), False),
            ("fields_of_action", "Champs d'action", lambda a: d.joined(a.fields_of_action, " ; "), False),
            ("status", "Statut", lambda a: ACTOR_STATUSES.get(a.status or "", a.status), False),
            ("note", "Note", lambda a: a.note, True),
            ("map", "Position sur la carte", position, False),
        ]
        link_fields: list[FieldSpec] = [
            ("from", "De", lambda k: named(k.source), False),
            ("to", "Vers", lambda k: named(k.to), False),
            ("kind", "Nature", lambda k: EDGE_STYLES[k.kind].label if k.kind in EDGE_STYLES else k.kind, False),
            ("label", "Libellé", lambda k: k.label, False),
        ]
        items = match("actor", old.actors, new.actors, by_id, lambda a: f"Acteur « {a.name} »", actor_fields)
        items += match(
            "link", old.links, new.links, by_id, lambda k: f"Lien de {named(k.source)} vers {named(k.to)}", link_fields
        )
        return Section("dossier.actors", "Carte des acteurs", items=items)

    # ---- charter
    def charter_group(self) -> Group:
        o, n = self.old.charter, self.new.charter
        header: list[FieldSpec] = [
            ("title", "Titre de la charte", lambda c: c.title, False),
            ("preamble", "Préambule", lambda c: c.preamble, True),
            ("legal_basis", "Fondements juridiques", lambda c: d.joined(c.legal_basis), True),
        ]
        commitment_fields: list[FieldSpec] = [
            ("partner", "Partenaire", lambda c: self.partner_label(c.partner), False),
            ("text", "Engagement", lambda c: c.text, True),
            ("objectives", "Objectifs visés", lambda c: self.objective_titles(c.objectives), False),
        ]
        body_fields: list[FieldSpec] = [
            ("name", "Nom", lambda b: b.name, False),
            ("role", "Rôle", lambda b: b.role, True),
            ("members", "Membres", lambda b: self.partners_text(b.members), False),
            ("meets", "Se réunit", lambda b: b.meets, False),
        ]
        texts: list[FieldSpec] = [
            ("communication", "Communication", lambda c: c.communication, True),
            ("evaluation", "Évaluation", lambda c: c.evaluation, True),
            ("joining", "Adhésion de nouveaux partenaires", lambda c: c.joining, True),
        ]
        duration: list[FieldSpec] = [
            ("duration.start", "Date d'effet", lambda c: d.french_date(c.duration.start), False),
            ("duration.months", "Durée (mois)", lambda c: d.integer(c.duration.months), False),
            ("duration.review", "Révision", lambda c: c.duration.review, True),
            ("signature.place", "Lieu de signature", lambda c: c.signature.place, False),
            ("signature.date", "Date de signature", lambda c: d.french_date(c.signature.date), False),
            ("signature.signatories", "Signataires", lambda c: self.partners_text(c.signature.signatories), False),
        ]

        def indicators(a: Objective | None, b: Objective | None) -> list[ItemDiff]:
            return match(
                "indicator",
                a.indicators if a else [],
                b.indicators if b else [],
                by_id,
                quoted("Indicateur", "name"),
                INDICATOR_FIELDS,
            )

        def commitment_title(c: CharterCommitment) -> str:
            return f"Engagement {self.of_partner(c.partner)}"

        sections = [
            Section("charter.header", "Titre, préambule et fondements", fields=fields_of(header, o, n)),
            Section(
                "charter.values",
                "Valeurs",
                items=match("value", o.values, n.values, by_id, quoted("Valeur", "title"), VALUE_FIELDS),
            ),
            Section(
                "charter.rules",
                "Règles",
                items=match("rule", o.rules, n.rules, by_id, quoted("Règle", "title"), RULE_FIELDS),
            ),
            Section(
                "charter.objectives",
                "Objectifs et indicateurs",
                items=match(
                    "objective",
                    o.objectives,
                    n.objectives,
                    by_id,
                    quoted("Objectif", "title"),
                    OBJECTIVE_FIELDS,
                    indicators,
                ),
            ),
            Section(
                "charter.commitments",
                "Engagements des partenaires",
                items=match("commitment", o.commitments, n.commitments, by_id, commitment_title, commitment_fields),
            ),
            Section(
                "charter.glossary",
                "Glossaire",
                items=match(
                    "glossary",
                    o.glossary,
                    n.glossary,
                    lambda g: normalise(g.term).casefold(),
                    quoted("Terme", "term"),
                    GLOSSARY_FIELDS,
                ),
            ),
            Section(
                "charter.governance",
                "Gouvernance",
                fields=fields_of(
                    [("coordinator_role", "Rôle de la coordination", lambda c: c.governance.coordinator_role, True)],
                    o,
                    n,
                ),
                items=match(
                    "body",
                    o.governance.bodies,
                    n.governance.bodies,
                    by_id,
                    quoted("Instance", "name"),
                    body_fields,
                ),
            ),
            Section("charter.texts", "Communication, évaluation et adhésion", fields=fields_of(texts, o, n)),
            Section(
                "charter.articles",
                "Articles supplémentaires",
                items=match(
                    "article",
                    o.extra_articles,
                    n.extra_articles,
                    by_id,
                    quoted("Article", "title"),
                    ARTICLE_FIELDS,
                ),
            ),
            Section("charter.duration", "Durée et signature", fields=fields_of(duration, o, n)),
        ]
        return Group("charter", "Charte de coopération", sections)

    # ---- conventions
    def convention_groups(self) -> list[Group]:
        old_keys = [c.id for c in self.old.conventions]
        new_keys = [c.id for c in self.new.conventions]
        moved = moved_keys(old_keys, new_keys)
        groups = []
        for k in list(dict.fromkeys(new_keys + old_keys)):
            group = self.convention_group(self.old.convention(k), self.new.convention(k))
            group.moved = k in moved
            groups.append(group)
        return groups

    def convention_group(self, o: Convention | None, n: Convention | None) -> Group:
        shown = n if n is not None else o
        assert shown is not None
        head: list[FieldSpec] = [
            ("title", "Titre", lambda c: c.title, False),
            ("kind", "Nature", lambda c: labels.CONVENTION_KINDS.get(c.kind, c.kind), False),
            ("amends", "Avenant à", self._amends, False),
            ("parties", "Parties", lambda c: self.partners_text(c.parties), False),
            ("legal_basis", "Visas", lambda c: d.joined(c.legal_basis), True),
            ("preamble", "Préambule", lambda c: c.preamble, True),
            ("object", "Objet", lambda c: c.object, True),
        ]
        duration: list[FieldSpec] = [
            ("start", "Début", lambda c: d.french_date(c.start), False),
            ("end", "Fin", lambda c: d.french_date(c.end), False),
            ("renewal.tacit", "Reconduction tacite", lambda c: d.yes_no(c.renewal.tacit), False),
            ("renewal.max_renewals", "Reconductions au plus", lambda c: d.integer(c.renewal.max_renewals), False),
        ]
        commitment_fields: list[FieldSpec] = [
            ("partner", "Partie", lambda c: self.partner_label(c.partner), False),
            ("text", "Engagement", lambda c: c.text, True),
        ]
        contribution_fields: list[FieldSpec] = [
            ("partner", "Partie", lambda c: self.partner_label(c.partner), False),
            ("kind", "Nature", lambda c: labels.CONTRIBUTION_KINDS.get(c.kind, c.kind), False),
            ("description", "Description", lambda c: c.description, True),
            ("amount", "Montant", lambda c: d.amount(c.amount), False),
            ("year", "Année", lambda c: d.integer(c.year), False),
            ("budget_line", "Ligne budgétaire", lambda c: c.budget_line, False),
            ("fte", "Équivalent temps plein", lambda c: d.number(c.fte), False),
        ]
        clauses: list[FieldSpec] = [
            ("governance", "Gouvernance et suivi", lambda c: c.governance, True),
            ("evaluation", "Évaluation", lambda c: c.evaluation, True),
            ("indicators", "Indicateurs suivis", lambda c: self.indicator_names(c.indicators), False),
            ("data_protection", "Protection des données", lambda c: c.data_protection, True),
            ("insurance", "Assurances et responsabilité", lambda c: c.insurance, True),
            ("communication", "Communication", lambda c: c.communication, True),
            ("amendment_clause", "Modification par avenant", lambda c: c.amendment_clause, True),
            (
                "termination.notice_months",
                "Préavis de résiliation (mois)",
                lambda c: d.integer(c.termination.notice_months),
                False,
            ),
            ("termination.text", "Résiliation", lambda c: c.termination.text, True),
            ("disputes.court", "Juridiction compétente", lambda c: c.disputes.court, False),
            (
                "disputes.amicable_first",
                "Règlement amiable préalable",
                lambda c: d.yes_no(c.disputes.amicable_first),
                False,
            ),
        ]
        signature: list[FieldSpec] = [
            ("originals", "Exemplaires originaux", lambda c: d.integer(c.originals), False),
            ("signature.place", "Lieu de signature", lambda c: c.signature.place, False),
            ("signature.date", "Date de signature", lambda c: d.french_date(c.signature.date), False),
        ]

        def schedule(a: Contribution | None, b: Contribution | None) -> list[ItemDiff]:
            olds, news = (a.schedule if a else []), (b.schedule if b else [])
            return match("payment", olds, news, payment_key(olds, news), payment_title, PAYMENT_FIELDS)

        def contribution_title(c: Contribution) -> str:
            year = f" ({c.year})" if c.year else ""
            return f"{labels.CONTRIBUTION_KINDS.get(c.kind, 'Contribution')} {self.of_partner(c.partner)}{year}"

        def commitment_title(c: ConventionCommitment) -> str:
            return f"Engagement {self.of_partner(c.partner)}"

        def items(attr: str) -> tuple[list[Any], list[Any]]:
            return (getattr(o, attr) if o else []), (getattr(n, attr) if n else [])

        base = f"convention:{shown.id}"
        sections = [
            Section(f"{base}.head", "Objet et parties", fields=fields_of(head, o, n)),
            Section(f"{base}.duration", "Durée", fields=fields_of(duration, o, n)),
            Section(
                f"{base}.commitments",
                "Engagements des parties",
                items=match("commitment", *items("commitments"), by_id, commitment_title, commitment_fields),
            ),
            Section(
                f"{base}.contributions",
                "Contributions et échéancier",
                items=match(
                    "contribution", *items("contributions"), by_id, contribution_title, contribution_fields, schedule
                ),
            ),
            Section(f"{base}.clauses", "Suivi et clauses", fields=fields_of(clauses, o, n)),
            Section(
                f"{base}.articles",
                "Articles supplémentaires",
                items=match("article", *items("extra_articles"), by_id, quoted("Article", "title"), ARTICLE_FIELDS),
            ),
            Section(
                f"{base}.annexes",
                "Annexes",
                items=match("annex", *items("annexes"), by_id, quoted("Annexe", "title"), ANNEX_FIELDS),
            ),
            Section(f"{base}.signature", "Signature", fields=fields_of(signature, o, n)),
        ]
        status: ItemStatus = "added" if o is None else "removed" if n is None else "unchanged"
        return Group(base, shown.title, sections, status=status)

    def _amends(self, c: Convention) -> str | None:
        if c.amends is None:
            return None
        a = c.amends
        target = self.new.convention(a.convention or "") or self.old.convention(a.convention or "")
        parts = [target.title if target else (a.convention or "…")]
        if a.number is not None:
            parts.append(f"avenant n° {a.number}")
        if a.signed_on is not None:
            parts.append(f"signée le {d.french_date(a.signed_on)}")
        return ", ".join(parts)
