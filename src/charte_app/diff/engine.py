"""The structured comparison of two dossiers: ``compare_dossiers(old, new, document=…)``.

Owns the walk over the domain model: which sections a document has, which
fields each item shows (with their French labels), how list items are matched
across versions (by ``id``; by ``term`` in the glossary; by due date in a
payment schedule) and how reordering is told apart from deleting and adding.
Counting and wording of the summary live in :mod:`.summary`; word-level
segments in :mod:`.words`.

Bookkeeping fields (``created_at``, ``updated_at``, the dossier ``id``,
unknown extra keys) are not content and are not compared.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from ..domain import labels
from ..domain.model import (
    CharterCommitment,
    Contribution,
    Convention,
    ConventionCommitment,
    Dossier,
    Objective,
    Partner,
    Payment,
)
from ..errors import NotFound
from . import display as d
from .model import Comparison, FieldDiff, Group, ItemDiff, ItemStatus, Section
from .summary import summarise
from .words import normalise, same_text, word_diff

T = TypeVar("T")
Getter = Callable[[Any], str | None]
# (name, French label, getter, long text?)
FieldSpec = tuple[str, str, Getter, bool]


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


# -- generic matching -------------------------------------------------------------------------


def _fields(spec: Sequence[FieldSpec], old: Any, new: Any) -> list[FieldDiff]:
    """Every non-empty field of the spec, both sides, with word-level segments when changed."""
    out = []
    for name, label, get, long in spec:
        o = get(old) if old is not None else None
        n = get(new) if new is not None else None
        if not o and not n:
            continue
        changed = o != n and not same_text(o, n)
        out.append(FieldDiff(name, label, o or None, n or None, word_diff(o, n), changed, long))
    return out


def _keys(items: Sequence[T], key: Callable[[T], str]) -> list[str]:
    """Keys of a list, made unique (a duplicated glossary term gets "#2")."""
    seen: Counter[str] = Counter()
    out = []
    for item in items:
        k = key(item)
        seen[k] += 1
        out.append(k if seen[k] == 1 else f"{k}#{seen[k]}")
    return out


def _moved(old_keys: list[str], new_keys: list[str]) -> set[str]:
    """Kept keys whose relative order changed: those outside a longest common subsequence.

    Moving one value to the end reports that value as moved, not every value it
    jumped over. Among equally long subsequences, the one keeping more items at
    their own index wins: swapping the first and last of three rules reports
    those two as moved, not the untouched middle one.
    """
    new_set, old_set = set(new_keys), set(old_keys)
    a = [k for k in old_keys if k in new_set]
    b = [k for k in new_keys if k in old_set]
    if a == b:
        return set()
    # Common prefix and suffix are in place; only the middle needs the quadratic search.
    start = 0
    while a[start] == b[start]:
        start += 1
    end = len(a)
    while a[end - 1] == b[end - 1]:
        end -= 1
    middle = a[start:end]
    where = {k: i for i, k in enumerate(b[start:end])}
    pos = [where[k] for k in middle]  # a permutation: LCS = longest increasing subsequence
    weight = [1000 + (1 if p == i else 0) for i, p in enumerate(pos)]
    best = weight[:]
    back = [-1] * len(pos)
    for i in range(len(pos)):
        for j in range(i):
            if pos[j] < pos[i] and best[j] + weight[i] > best[i]:
                best[i], back[i] = best[j] + weight[i], j
    i = max(range(len(pos)), key=best.__getitem__)
    in_place = set()
    while i != -1:
        in_place.add(middle[i])
        i = back[i]
    return set(middle) - in_place


def _match(
    category: str,
    old_items: Sequence[T],
    new_items: Sequence[T],
    key: Callable[[T], str],
    title: Callable[[T], str],
    spec: Sequence[FieldSpec],
    children: Callable[[T | None, T | None], list[ItemDiff]] | None = None,
) -> list[ItemDiff]:
    """Pair items by key; report added / removed / changed / moved, in the new order.

    A removed item is shown where it stood: right after the item that preceded
    it in the old list (or first).
    """
    old_keys, new_keys = _keys(old_items, key), _keys(new_items, key)
    old_by, new_by = dict(zip(old_keys, old_items, strict=True)), dict(zip(new_keys, new_items, strict=True))
    moved = _moved(old_keys, new_keys)

    def build(k: str) -> ItemDiff:
        o, n = old_by.get(k), new_by.get(k)
        fields = _fields(spec, o, n)
        kids = children(o, n) if children else []
        status: ItemStatus
        if o is None:
            status = "added"
        elif n is None:
            status = "removed"
        else:
            status = "changed" if any(f.changed for f in fields) else "unchanged"
        shown = n if n is not None else o
        assert shown is not None
        return ItemDiff(category, k, title(shown), status, k in moved, fields, kids)

    # Removed items anchored to their nearest surviving predecessor in the old order.
    after: dict[str | None, list[str]] = {}
    anchor: str | None = None
    for k in old_keys:
        if k in new_by:
            anchor = k
        else:
            after.setdefault(anchor, []).append(k)
    out = [build(k) for k in after.get(None, [])]
    for k in new_keys:
        out.append(build(k))
        out += [build(r) for r in after.get(k, [])] if k in old_by else []
    return out


def _by_id(item: Any) -> str:
    return str(item.id)


def _quoted(noun: str, attr: str) -> Callable[[Any], str]:
    return lambda item: f"{noun} « {getattr(item, attr)} »"


# -- the dossier's documents ------------------------------------------------------------------


class _Walker:
    """Builds the groups of one comparison; knows both dossiers to name partners and indicators."""

    def __init__(self, old: Dossier, new: Dossier) -> None:
        self.old, self.new = old, new

    # names of referenced things, taken from the newer side when both exist
    def partner_label(self, pid: str) -> str:
        p = self.new.partner(pid) or self.old.partner(pid)
        return p.name if p else pid

    def partners_text(self, ids: list[str]) -> str | None:
        return d.joined([self.partner_label(p) for p in ids], ", ")

    def of_partner(self, pid: str) -> str:
        p = self.new.partner(pid) or self.old.partner(pid)
        if p is None:
            return d.of_partner(pid, False)
        return d.of_partner(p.short_name, True) if p.short_name else d.of_partner(p.name, False)

    def objective_titles(self, ids: list[str]) -> str | None:
        by_id = {o.id: o.title for o in self.old.charter.objectives}
        by_id.update({o.id: o.title for o in self.new.charter.objectives})
        return d.joined([by_id.get(i, i) for i in ids], " ; ")

    def indicator_names(self, ids: list[str]) -> str | None:
        by_id = {i.id: i.name for i in self.old.charter.indicators()}
        by_id.update({i.id: i.name for i in self.new.charter.indicators()})
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
                ("coordinator", "Coordination", _coordinator, False),
            ]
            sections.append(Section("dossier.general", "Informations générales", fields=_fields(spec, old, new)))
        keep: Callable[[Partner], bool] = (lambda p: True) if partners is None else (lambda p: p.id in partners)
        sections.append(
            Section(
                "dossier.partners",
                "Partenaires",
                items=_match(
                    "partner",
                    [p for p in old.partners if keep(p)],
                    [p for p in new.partners if keep(p)],
                    _by_id,
                    lambda p: p.name,
                    PARTNER_FIELDS,
                ),
            )
        )
        if texts:
            sections.append(
                Section(
                    "dossier.diagnosis",
                    "Diagnostic partagé",
                    fields=_fields([("diagnosis", "Diagnostic partagé", lambda x: x.diagnosis, True)], old, new),
                )
            )
            sections.append(
                Section(
                    "dossier.goal",
                    "But commun",
                    fields=_fields([("common_goal", "But commun", lambda x: x.common_goal, True)], old, new),
                )
            )
        return Group("dossier", "Dossier de coopération", sections)

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
            return _match(
                "indicator",
                a.indicators if a else [],
                b.indicators if b else [],
                _by_id,
                _quoted("Indicateur", "name"),
                INDICATOR_FIELDS,
            )

        def commitment_title(c: CharterCommitment) -> str:
            return f"Engagement {self.of_partner(c.partner)}"

        sections = [
            Section("charter.header", "Titre, préambule et fondements", fields=_fields(header, o, n)),
            Section(
                "charter.values",
                "Valeurs",
                items=_match("value", o.values, n.values, _by_id, _quoted("Valeur", "title"), VALUE_FIELDS),
            ),
            Section(
                "charter.rules",
                "Règles",
                items=_match("rule", o.rules, n.rules, _by_id, _quoted("Règle", "title"), RULE_FIELDS),
            ),
            Section(
                "charter.objectives",
                "Objectifs et indicateurs",
                items=_match(
                    "objective",
                    o.objectives,
                    n.objectives,
                    _by_id,
                    _quoted("Objectif", "title"),
                    OBJECTIVE_FIELDS,
                    indicators,
                ),
            ),
            Section(
                "charter.commitments",
                "Engagements des partenaires",
                items=_match("commitment", o.commitments, n.commitments, _by_id, commitment_title, commitment_fields),
            ),
            Section(
                "charter.glossary",
                "Glossaire",
                items=_match(
                    "glossary",
                    o.glossary,
                    n.glossary,
                    lambda g: normalise(g.term).casefold(),
                    _quoted("Terme", "term"),
                    GLOSSARY_FIELDS,
                ),
            ),
            Section(
                "charter.governance",
                "Gouvernance",
                fields=_fields(
                    [("coordinator_role", "Rôle de la coordination", lambda c: c.governance.coordinator_role, True)],
                    o,
                    n,
                ),
                items=_match(
                    "body",
                    o.governance.bodies,
                    n.governance.bodies,
                    _by_id,
                    _quoted("Instance", "name"),
                    body_fields,
                ),
            ),
            Section("charter.texts", "Communication, évaluation et adhésion", fields=_fields(texts, o, n)),
            Section(
                "charter.articles",
                "Articles supplémentaires",
                items=_match(
                    "article",
                    o.extra_articles,
                    n.extra_articles,
                    _by_id,
                    _quoted("Article", "title"),
                    ARTICLE_FIELDS,
                ),
            ),
            Section("charter.duration", "Durée et signature", fields=_fields(duration, o, n)),
        ]
        return Group("charter", "Charte de coopération", sections)

    # ---- conventions
    def convention_groups(self) -> list[Group]:
        old_keys = [c.id for c in self.old.conventions]
        new_keys = [c.id for c in self.new.conventions]
        moved = _moved(old_keys, new_keys)
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
            return _match("payment", olds, news, _payment_key(olds, news), _payment_title, PAYMENT_FIELDS)

        def contribution_title(c: Contribution) -> str:
            year = f" ({c.year})" if c.year else ""
            return f"{labels.CONTRIBUTION_KINDS.get(c.kind, 'Contribution')} {self.of_partner(c.partner)}{year}"

        def commitment_title(c: ConventionCommitment) -> str:
            return f"Engagement {self.of_partner(c.partner)}"

        def items(attr: str) -> tuple[list[Any], list[Any]]:
            return (getattr(o, attr) if o else []), (getattr(n, attr) if n else [])

        base = f"convention:{shown.id}"
        sections = [
            Section(f"{base}.head", "Objet et parties", fields=_fields(head, o, n)),
            Section(f"{base}.duration", "Durée", fields=_fields(duration, o, n)),
            Section(
                f"{base}.commitments",
                "Engagements des parties",
                items=_match("commitment", *items("commitments"), _by_id, commitment_title, commitment_fields),
            ),
            Section(
                f"{base}.contributions",
                "Contributions et échéancier",
                items=_match(
                    "contribution", *items("contributions"), _by_id, contribution_title, contribution_fields, schedule
                ),
            ),
            Section(f"{base}.clauses", "Suivi et clauses", fields=_fields(clauses, o, n)),
            Section(
                f"{base}.articles",
                "Articles supplémentaires",
                items=_match("article", *items("extra_articles"), _by_id, _quoted("Article", "title"), ARTICLE_FIELDS),
            ),
            Section(
                f"{base}.annexes",
                "Annexes",
                items=_match("annex", *items("annexes"), _by_id, _quoted("Annexe", "title"), ANNEX_FIELDS),
            ),
            Section(f"{base}.signature", "Signature", fields=_fields(signature, o, n)),
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


def _coordinator(x: Dossier) -> str | None:
    c = x.coordinator
    return " – ".join(v for v in (c.name, c.organisation, c.email, c.phone) if v) or None


def _representative(p: Partner) -> str | None:
    r = p.representative
    who = " ".join(v for v in (r.civility, r.name) if v)
    return ", ".join(v for v in (who, r.function) if v) or None


def _contact(p: Partner) -> str | None:
    c = p.contact
    return " – ".join(v for v in (c.name, c.email, c.phone) if v) or None


def _payment_key(olds: Sequence[Payment], news: Sequence[Payment]) -> Callable[[Payment], str]:
    """Match instalments by due date when every one has a distinct date, else by position.

    A schedule has no ids; its dates are what people refer to ("the March instalment").
    """
    dates = [p.due for p in olds], [p.due for p in news]
    if all(None not in ds and len(set(ds)) == len(ds) for ds in dates):
        return lambda p: p.due.isoformat() if p.due else ""
    positions = {id(p): i for seq in (olds, news) for i, p in enumerate(seq, 1)}
    return lambda p: f"n° {positions[id(p)]}"


def _payment_title(p: Payment) -> str:
    return f"Échéance du {d.french_date(p.due)}" if p.due else "Échéance"


PARTNER_FIELDS: list[FieldSpec] = [
    ("name", "Nom", lambda p: p.name, False),
    ("short_name", "Appellation", lambda p: p.short_name, False),
    ("kind", "Catégorie", lambda p: labels.PARTNER_KINDS.get(p.kind, p.kind), False),
    ("address", "Adresse", lambda p: p.address, False),
    ("siret", "SIRET", lambda p: p.siret, False),
    ("representative", "Représenté par", _representative, False),
    ("authority", "Habilitation", lambda p: p.authority, False),
    ("contact", "Contact", _contact, False),
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
