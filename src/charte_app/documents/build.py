"""From a dossier to the neutral structure: template context, rendering, numbering.

The context gives templates the dossier as it is plus what is tedious to
compute in a template (contributions grouped by partner with totals, payment
schedules, indicators resolved from their ids, charter rules grouped by topic).
After rendering and parsing, extra articles are moved to their ``after`` place,
then articles and annexes are numbered ("Article 1er – Objet", "Annexe 1 – …").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..domain.canonical import short_fingerprint
from ..domain.labels import CONTRIBUTION_KINDS, CONVENTION_KINDS, RULE_TOPICS
from ..domain.model import Contribution, Convention, Dossier, Indicator, Partner, Payment, Rule, Version
from ..errors import NotFound
from . import engine, markup
from .structure import Document, Furniture, Metadata, Paragraph, Run, Section
from .typography import BLANK, article_number, date_text

CHARTER = "charter"
DRAFT_MARK = "Projet – document de travail"


@dataclass
class PartnerGroup:
    partner: Partner
    items: list[Any] = field(default_factory=list)
    total: Decimal | None = None


@dataclass
class Item:
    """A contribution with its partner resolved (templates never look ids up)."""

    item: Contribution
    partner_obj: Partner
    kind_label: str


@dataclass
class ScheduleLine:
    partner: Partner
    contribution: Contribution
    payment: Payment


def _partner(dossier: Dossier, partner_id: str) -> Partner:
    found = dossier.partner(partner_id)
    # Validation refuses unknown references; a placeholder keeps a damaged draft printable.
    return found if found is not None else Partner(id=partner_id, name=BLANK)


def _indicators(dossier: Dossier, ids: list[str]) -> list[Indicator]:
    known = {ind.id: ind for ind in dossier.charter.indicators()}
    return [known[i] for i in ids if i in known]


def _groups(dossier: Dossier, order: list[str], items: list[Any], partner_of: Any) -> list[PartnerGroup]:
    """Items grouped by partner, in the order of ``order`` then of first appearance."""
    groups: dict[str, PartnerGroup] = {}
    for pid in order:
        groups[pid] = PartnerGroup(_partner(dossier, pid))
    for item in items:
        pid = partner_of(item)
        groups.setdefault(pid, PartnerGroup(_partner(dossier, pid))).items.append(item)
    return [g for g in groups.values() if g.items]


def convention_context(dossier: Dossier, conv: Convention) -> dict[str, Any]:
    parties = [_partner(dossier, pid) for pid in conv.parties]
    order = list(conv.parties)
    financial = _groups(dossier, order, [c for c in conv.contributions if c.kind == "financial"], lambda c: c.partner)
    for group in financial:
        group.total = sum((c.amount for c in group.items if c.amount is not None), Decimal("0.00"))
    financial_total = sum((g.total or Decimal(0) for g in financial), Decimal("0.00"))
    schedules = [ScheduleLine(g.partner, c, p) for g in financial for c in g.items for p in c.schedule]

    def items(kind: str) -> list[Item]:
        return [
            Item(c, _partner(dossier, c.partner), CONTRIBUTION_KINDS.get(c.kind, c.kind))
            for c in conv.contributions
            if c.kind == kind
        ]

    staff = items("staff")
    rows = [
        Item(c, _partner(dossier, c.partner), CONTRIBUTION_KINDS.get(c.kind, c.kind))
        for g in _groups(dossier, order, conv.contributions, lambda c: c.partner)
        for c in g.items
    ]
    original = dossier.convention(conv.amends.convention) if conv.amends and conv.amends.convention else None
    return {
        "dossier": dossier,
        "conv": conv,
        "kind_label": CONVENTION_KINDS.get(conv.kind, "Convention"),
        "parties": parties,
        "commitments": _groups(dossier, order, conv.commitments, lambda k: k.partner),
        "financial": financial,
        "financial_total": financial_total,
        "schedules": schedules,
        "staff": staff,
        "staff_fte": sum((i.item.fte for i in staff if i.item.fte is not None), Decimal(0)),
        "premises": items("premises"),
        "equipment": items("equipment"),
        "other_means": items("other"),
        "contribution_rows": rows,
        "indicators": _indicators(dossier, conv.indicators),
        "originals": conv.effective_originals,
        "original": original,
        "amends": conv.amends,
        "title": convention_title(dossier, conv),
    }


def _topic_order() -> list[str]:
    # Information sharing and confidentiality come first: they are what partners fear most.
    return list(RULE_TOPICS)


def charter_context(dossier: Dossier) -> dict[str, Any]:
    charter = dossier.charter
    ids = charter.signature.signatories or [p.id for p in dossier.partners]
    signatories = [_partner(dossier, pid) for pid in ids]
    by_topic: dict[str, list[Rule]] = {}
    for rule in charter.rules:
        by_topic.setdefault(rule.topic or "other", []).append(rule)
    rule_groups = [
        {"label": RULE_TOPICS[topic], "topic": topic, "rules": by_topic[topic]}
        for topic in _topic_order()
        if topic in by_topic
    ]
    member_order = [p.id for p in dossier.partners]
    commitments = _groups(dossier, member_order, charter.commitments, lambda k: k.partner)
    with_commitments = {g.partner.id for g in commitments}
    # A partner without commitments still says what it gains from taking part.
    partners_view = [
        {
            "partner": p,
            "interest": p.interest,
            "commitments": next((g.items for g in commitments if g.partner.id == p.id), []),
        }
        for p in dossier.partners
        if p.id in with_commitments or p.interest or p.id in ids
    ]
    objectives_titles = {o.id: o.title for o in charter.objectives}
    bodies = [{"body": b, "members": [_partner(dossier, m) for m in b.members]} for b in charter.governance.bodies]
    return {
        "dossier": dossier,
        "charter": charter,
        "signatories": signatories,
        "rule_groups": rule_groups,
        "partners_view": partners_view,
        "objective_titles": objectives_titles,
        "bodies": bodies,
        "originals": max(len(signatories), 1),
        "indicator_rows": [{"objective": o, "indicator": i} for o in charter.objectives for i in o.indicators],
        "title": charter.title or BLANK,
    }


def convention_title(dossier: Dossier, conv: Convention) -> str:
    if conv.kind != "amendment":
        return conv.title or BLANK
    amends = conv.amends
    number = amends.number if amends and amends.number else BLANK
    signed = date_text(amends.signed_on) if amends else BLANK
    return f"Avenant n°\u00a0{number} à la convention du {signed}"


def document_title(dossier: Dossier, document: str) -> str:
    if document == CHARTER:
        return dossier.charter.title or BLANK
    conv = dossier.convention(document)
    if conv is None:
        raise NotFound(f"Ce dossier ne contient pas de document « {document} ».")
    return convention_title(dossier, conv)


def _place_extra_articles(sections: list[Section]) -> list[Section]:
    """Move each article with ``after`` right after the article (or group) it names.

    A target that is not an article (e.g. "preamble") puts it first among the
    articles; an unknown target leaves it where the template put it.
    """
    movable = [s for s in sections if s.kind == "article" and s.after]
    out = [s for s in sections if s not in movable]
    for section in movable:
        target = section.after or ""
        articles = [i for i, s in enumerate(out) if s.kind == "article"]
        matches = [i for i in articles if out[i].key == target or (out[i].group and out[i].group == target)]
        if matches:
            out.insert(matches[-1] + 1, section)
        elif target in {s.key for s in out} or target == "preamble":
            out.insert(articles[0] if articles else len(out), section)
        else:
            tail = [i for i in articles if out[i].key == "annexes"]  # before the list of annexes
            last = tail[0] if tail else (articles[-1] + 1 if articles else len(out))
            out.insert(last, section)
    return out


def _number(sections: list[Section]) -> None:
    article = annex = 0
    for section in sections:
        if section.heading is None:
            continue
        title = section.heading.runs
        if section.kind == "article":
            article += 1
            section.number = article_number(article)
            prefix = [Run(f"Article\u00a0{article}")]
            if article == 1:
                prefix.append(Run("er", superscript=True))
            section.heading = Paragraph([*prefix, Run(" – "), *title], "heading", keep_with_next=True)
        elif section.kind == "annex":
            annex += 1
            section.number = str(annex)
            section.heading = Paragraph([Run(f"Annexe\u00a0{annex} – "), *title], "heading", keep_with_next=True)


def _furniture(title: str, version: Version | None, initials: bool) -> Furniture:
    if version is None:
        return Furniture(footer_title=title, draft_mark=DRAFT_MARK, initials_box=initials)
    return Furniture(
        footer_title=title,
        version_line=f"Version\u00a0{version.number} – {version.label}",
        fingerprint=short_fingerprint(version.fingerprint),
        initials_box=initials,
    )


def build(dossier: Dossier, document: str, *, version: Version | None, data_dir: Path | None) -> Document:
    if document == CHARTER:
        template, context, kind = "charte.j2", charter_context(dossier), "charter"
    else:
        conv = dossier.convention(document)
        if conv is None:
            raise NotFound(f"Ce dossier ne contient pas de document « {document} ».")
        amendment = conv.kind == "amendment"
        template = "avenant.j2" if amendment else "convention.j2"
        context, kind = convention_context(dossier, conv), ("amendment" if amendment else "convention")
    text = engine.render(template, context, data_dir)
    try:
        sections = markup.parse(text)
    except markup.MarkupError as exc:
        raise engine.TemplateRefused(
            template, None, f"texte produit illisible à la ligne {exc.line} : {exc.message}."
        ) from None
    for section in sections:
        if section.after == "":
            section.after = None
    sections = _place_extra_articles(sections)
    _number(sections)
    title = str(context["title"])
    author = dossier.coordinator.organisation or dossier.programme or "charte-app"
    subject = f"{dossier.title}" + (f" – {dossier.territory}" if dossier.territory else "")
    return Document(
        kind=kind,  # type: ignore[arg-type]
        sections=sections,
        furniture=_furniture(title, version, initials=kind != "charter"),
        metadata=Metadata(
            title=title,
            author=author,
            subject=subject,
            keywords=version.fingerprint if version is not None else DRAFT_MARK,
        ),
    )
