"""From a dossier to the neutral structure: template context, rendering, numbering.

The context gives templates the dossier as it is plus what is tedious to
compute in a template (contributions grouped by partner with totals, payment
schedules, indicators resolved from their ids, charter rules grouped by topic).
After rendering and parsing, extra articles are moved to their ``after`` place,
then articles and annexes are numbered ("Article 1er – Objet", "Annexe 1 – …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..domain import amendment as amendment_
from ..domain.canonical import short_fingerprint
from ..domain.funding import COLLECTIVITY_KINDS, PUBLIC_KINDS, recipient_id  # one list for the documents and the check
from ..domain.labels import CONTRIBUTION_KINDS, CONVENTION_KINDS, RULE_TOPICS
from ..domain.model import (
    Annex,
    Contribution,
    Convention,
    Dossier,
    Indicator,
    Partner,
    Payment,
    PaymentTerms,
    Rule,
    Version,
)
from ..errors import NotFound
from . import collector, engine, markup, xref
from . import naming as naming_
from .structure import Document, Furniture, Metadata, Paragraph, Run, Section, SignaturePage
from .typography import BLANK, article_number, date_text, keep_names_whole, lower_first, punctuate, upper_first

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
    recipient: Partner | None = None  # staff: the host; premises, equipment: the beneficiary


@dataclass
class ScheduleLine:
    partner: Partner
    contribution: Contribution
    payment: Payment
    recipient: Partner | None = None


@dataclass
class FinancialLine:
    """One budget year of a financial contribution: an every-year contribution has one per year
    of the convention. Reads like the contribution in templates (``id``, ``description``…)."""

    item: Contribution
    year: int | None
    amount: Decimal | None

    @property
    def id(self) -> str:
        return self.item.id

    @property
    def description(self) -> str:
        return self.item.description

    @property
    def budget_line(self) -> str | None:
        return self.item.budget_line


@dataclass
class PaymentRow:
    """One row of the payment schedule: a payment of the contribution's schedule, or the terms the
    user chose for a budget year of a contribution without one (``terms`` None: a visible blank)."""

    amount: Decimal | None
    year: int | None = None
    scheduled: bool = False
    due: date | None = None
    condition: str | None = None  # the schedule's own words
    terms: PaymentTerms | None = None
    advance_percent: int | None = None
    advance: Decimal | None = None  # advance_and_balance: the amount paid first
    # An every-year contribution's later year: "à la signature" cannot be when it is paid.
    later_year: bool = False


@dataclass
class Funding:
    """One financial contribution read as a legal service reads it: who pays whom, how much, when."""

    item: Contribution
    payer: Partner
    recipient: Partner | None  # None: nobody can be inferred, printed as a visible blank
    schedule: list[Payment]
    lines: list[FinancialLine] = field(default_factory=list)
    rows: list[PaymentRow] = field(default_factory=list)


SUBSIDY_THRESHOLD = Decimal("23000")

# Visas a subsidy carries; each is skipped when the dossier's own visas already cite the text.
VISA_LAW_2000 = (
    "2000-321",
    "Vu la loi n° 2000-321 du 12 avril 2000 relative aux droits des citoyens dans leurs relations avec les "
    "administrations, notamment son article 10",
)
VISA_DECREE_2001 = (
    "2001-495",
    "Vu le décret n° 2001-495 du 6 juin 2001 pris pour l'application de l'article 10 de la loi n° 2000-321 "
    "du 12 avril 2000 et relatif à la transparence financière des aides octroyées par les personnes publiques",
)
VISA_CER = (
    "2021-1109",
    "Vu la loi n° 2021-1109 du 24 août 2021 confortant le respect des principes de la République et le décret "
    "n° 2021-1947 du 31 décembre 2021 approuvant le contrat d'engagement républicain",
)
VISA_REPORT = (
    "11 octobre 2006",
    "Vu l'arrêté du 11 octobre 2006 relatif au compte rendu financier prévu par l'article 10 de la loi "
    "n° 2000-321 du 12 avril 2000",
)
VISA_CGCT = (
    "collectivités territoriales",
    "Vu le code général des collectivités territoriales, notamment son article L. 1611-4",
)


def _recipient(index: PartnerIndex, conv: Convention, contribution: Contribution) -> Partner | None:
    """Who receives a financial contribution (``domain.funding.recipient_id``), looked up in the index."""
    found = recipient_id(conv, contribution, index.get)
    return _partner(index, found) if found else None


def budget_years(conv: Convention) -> list[int]:
    """The budget years a convention covers (from its start to its end), or none when a date is missing."""
    if conv.start is None or conv.end is None or conv.end.year < conv.start.year:
        return []
    return list(range(conv.start.year, conv.end.year + 1))


def financial_lines(conv: Convention, contribution: Contribution) -> list[FinancialLine]:
    """``amount`` for each budget year of the convention when ``every_year``, else the one year stated."""
    years = budget_years(conv)
    if contribution.every_year and years:
        return [FinancialLine(contribution, year, contribution.amount) for year in years]
    return [FinancialLine(contribution, contribution.year, contribution.amount)]


def _first_year(conv: Convention) -> int | None:
    """The budget year of the signature (or of the start, before the date of signature is known)."""
    moment = conv.signature.date or conv.start
    return moment.year if moment is not None else None


def _payment_rows(conv: Convention, contribution: Contribution, lines: list[FinancialLine]) -> list[PaymentRow]:
    """The schedule as written, else one row per budget year with the terms the user chose (or none)."""
    if contribution.schedule:
        return [
            PaymentRow(p.amount, year=p.due.year if p.due else None, scheduled=True, due=p.due, condition=p.condition)
            for p in contribution.schedule
        ]
    first = _first_year(conv)
    rows: list[PaymentRow] = []
    for line in lines:
        percent = contribution.advance_percent
        advance = None
        if percent is not None and line.amount is not None:
            advance = (line.amount * Decimal(percent) / Decimal(100)).quantize(Decimal("0.01"))
        later = bool(contribution.every_year) and first is not None and line.year is not None and line.year > first
        rows.append(
            PaymentRow(
                line.amount,
                year=line.year,
                terms=contribution.payment_terms,
                advance_percent=percent,
                advance=advance,
                later_year=later,
            )
        )
    return rows


def _fundings(index: PartnerIndex, conv: Convention) -> list[Funding]:
    order = {pid: i for i, pid in enumerate(conv.parties)}
    items = [c for c in conv.contributions if c.kind == "financial"]
    items.sort(key=lambda c: order.get(c.partner, len(order)))  # stable: same order as the table
    out: list[Funding] = []
    for c in items:
        lines = financial_lines(conv, c)
        funding = Funding(c, _partner(index, c.partner), _recipient(index, conv, c), c.schedule, lines)
        funding.rows = _payment_rows(conv, c, lines)
        out.append(funding)
    return out


def payments_after_end(conv: Convention, fundings: list[Funding]) -> bool:
    """A payment falls due after the convention ends: a scheduled one dated after the end, or a
    balance paid on receipt of the financial report of the convention's last budget year."""
    if conv.end is None:
        return False
    last = conv.end.year
    single_year = conv.start is not None and conv.start.year == last
    for f in fundings:
        if any(p.due is not None and p.due > conv.end for p in f.schedule):
            return True
        if f.schedule or f.item.payment_terms not in ("advance_and_balance", "on_report"):
            continue
        if any(line.year == last or (line.year is None and single_year) for line in f.lines):
            return True
    return False


def authorisation_visa(conv: Convention) -> str:
    """ "Vu la délibération n° 2026-45 du conseil municipal en date du 12 mars 2026" (a subsidy's visa);
    what the dossier does not say is a visible blank."""
    parts = authorisation_parts(conv, final=False)
    assert parts is not None  # a draft's parts are always there
    return f"Vu {parts['reference']} {parts['body']} en date du {date_text(parts['date'])}"


def _subsidy_facts(dossier: Dossier, conv: Convention, fundings: list[Funding]) -> dict[str, Any]:
    """What the law asks of a subsidy: to which associations, above 23 000 €, over several years,
    whose initiative, which decision grants it."""
    funded: list[Partner] = []
    per_year: dict[tuple[str, str, int | None], Decimal] = {}
    public_payers: list[Partner] = []
    one_way = bool(fundings)
    for f in fundings:
        if f.recipient is None or f.recipient.kind != "association" or f.payer.kind not in PUBLIC_KINDS:
            one_way = False
            continue
        if f.recipient not in funded:
            funded.append(f.recipient)
        if f.payer not in public_payers:
            public_payers.append(f.payer)
        for line in f.lines:
            key = (f.payer.id, f.recipient.id, line.year)
            per_year[key] = per_year.get(key, Decimal(0)) + (line.amount or Decimal(0))
    above = any(total > SUBSIDY_THRESHOLD for total in per_year.values())
    years = {line.year for f in fundings for line in f.lines if line.year is not None}
    span = conv.start is not None and conv.end is not None and conv.end.year > conv.start.year
    subsidy = bool(funded) or (conv.kind == "financial" and bool(fundings))
    typed = " ".join(conv.legal_basis).replace("\u00a0", " ")
    visas: list[str] = []
    if subsidy:
        wanted = [VISA_LAW_2000, VISA_DECREE_2001] if above else []
        if any(p.kind in COLLECTIVITY_KINDS for p in public_payers):
            wanted.append(VISA_CGCT)
        if funded:
            wanted += [VISA_CER, VISA_REPORT]
        visas = [text for marker, text in wanted if marker not in typed]
    # The decision that grants the subsidy: cited when the dossier names it (or, on a subsidy, as a
    # visa with blanks in a draft: the completeness check blocks approval without it).
    decision = conv.authorisation
    reference = (decision.reference or "").replace("\u00a0", " ").strip() if decision else ""
    cited = bool(reference) and reference in typed
    return {
        "subsidy": subsidy,
        "funded_associations": funded,
        "public_payers": public_payers,
        "above_threshold": above,
        "multi_year": bool(fundings) and (len(years) > 1 or span),
        "collectivity_payer": any(p.kind in COLLECTIVITY_KINDS for p in public_payers),
        "auto_visas": visas,
        "cer_annex": bool(funded),
        # The own-initiative considérant is a legal position: only when the dossier says so.
        "own_initiative": conv.initiative == "beneficiary",
        # Public payers funding associations and nothing else pooled: a subsidy, worded as one.
        "one_way_subsidy": one_way and bool(funded) and all(c.kind == "financial" for c in conv.contributions),
        "authorisation_visa": authorisation_visa(conv) if (decision is not None or subsidy) and not cited else None,
        "authorisation_missing": decision is None,
    }


#: Partner id → partner, built once per document: ``Dossier.partner`` scans the list, and a
#: 40-party convention looks partners up thousands of times (each contribution's recipient
#: is found among all the other parties).
PartnerIndex = dict[str, Partner]


def _index(dossier: Dossier) -> PartnerIndex:
    index: PartnerIndex = {}
    for partner in dossier.partners:
        index.setdefault(partner.id, partner)  # the first one wins, as in Dossier.partner
    return index


def _partner(index: PartnerIndex, partner_id: str) -> Partner:
    found = index.get(partner_id)
    # Validation refuses unknown references; a placeholder keeps a damaged draft printable.
    return found if found is not None else Partner(id=partner_id, name=BLANK)


def _indicators(dossier: Dossier, ids: list[str]) -> list[Indicator]:
    known = {ind.id: ind for ind in dossier.charter.indicators()}
    return [known[i] for i in ids if i in known]


def _groups(index: PartnerIndex, order: list[str], items: list[Any], partner_of: Any) -> list[PartnerGroup]:
    """Items grouped by partner, in the order of ``order`` then of first appearance."""
    groups: dict[str, PartnerGroup] = {}
    for pid in order:
        groups[pid] = PartnerGroup(_partner(index, pid))
    for item in items:
        pid = partner_of(item)
        groups.setdefault(pid, PartnerGroup(_partner(index, pid))).items.append(item)
    return [g for g in groups.values() if g.items]


def _kind_label(contribution: Contribution) -> str:
    """ "Mise à disposition de personnel" only for staff working for another party (its host)."""
    if contribution.kind == "staff" and (not contribution.recipient or contribution.recipient == contribution.partner):
        return OWN_STAFF_LABEL
    return CONTRIBUTION_KINDS.get(contribution.kind, contribution.kind)


OWN_STAFF_LABEL = "Personnel affecté à l'action"


def convention_context(dossier: Dossier, conv: Convention) -> dict[str, Any]:
    index = _index(dossier)
    parties = [_partner(index, pid) for pid in conv.parties]
    order = list(conv.parties)
    lines = [line for c in conv.contributions if c.kind == "financial" for line in financial_lines(conv, c)]
    financial = _groups(index, order, lines, lambda line: line.item.partner)
    for group in financial:
        group.total = sum((line.amount for line in group.items if line.amount is not None), Decimal("0.00"))
    financial_total = sum((g.total or Decimal(0) for g in financial), Decimal("0.00"))
    year_totals: dict[int, Decimal] = {}
    for line in lines:
        if line.year is not None:
            year_totals[line.year] = year_totals.get(line.year, Decimal("0.00")) + (line.amount or Decimal(0))

    def items(kind: str) -> list[Item]:
        return [
            Item(
                c,
                _partner(index, c.partner),
                CONTRIBUTION_KINDS.get(c.kind, c.kind),
                _partner(index, c.recipient) if c.recipient else None,
            )
            for c in conv.contributions
            if c.kind == kind
        ]

    staff = items("staff")
    # « Mise à disposition » only when a party's staff work for another party (the host is named);
    # a party's own staff on the action are its own means.
    hosted_staff = [i for i in staff if i.recipient is not None and i.item.recipient != i.item.partner]
    own_staff = [i for i in staff if i not in hosted_staff]
    rows = [
        Item(c, _partner(index, c.partner), _kind_label(c))
        for g in _groups(index, order, conv.contributions, lambda c: c.partner)
        for c in g.items
    ]
    original = dossier.convention(conv.amends.convention) if conv.amends and conv.amends.convention else None
    fundings = _fundings(index, conv)
    schedules = [ScheduleLine(f.payer, f.item, p, f.recipient) for f in fundings for p in f.schedule]
    facts = _subsidy_facts(dossier, conv, fundings)
    # The CER's commitments are an annex of every subsidy to an association: the dossier's own
    # annex when it has one (its text is kept, the commitments follow it), else one added here.
    annexes = list(conv.annexes)
    cer_annex = next((a for a in annexes if "engagement républicain" in a.title.lower()), None)
    if facts["cer_annex"] and cer_annex is None:
        cer_annex = Annex(id="contrat-engagement-republicain", title="Contrat d'engagement républicain")
        annexes.append(cer_annex)
    reports_key = next((x.id for x in conv.extra_articles if "compte rendu financier" in x.title.lower()), "reports")
    # The project and its budget, when the dossier has them as annexes (never invented).
    project_annexes = [
        (i + 1, a) for i, a in enumerate(annexes) if any(w in a.title.lower() for w in ("projet", "budget"))
    ]
    return {
        **facts,
        "fundings": fundings,
        "final": False,  # build() says whether the version printed is approved or signed
        "year_totals": sorted(year_totals.items()) if len(year_totals) > 1 else [],
        "payments_after_end": payments_after_end(conv, fundings),
        "reports_key": reports_key,
        "project_annexes": project_annexes,
        "hosted_staff": hosted_staff,
        "own_staff": own_staff,
        "hosted_fte": sum((i.item.fte for i in hosted_staff if i.item.fte is not None), Decimal(0)),
        "own_fte": sum((i.item.fte for i in own_staff if i.item.fte is not None), Decimal(0)),
        "bank_recipients": _unique([f.recipient for f in fundings if f.recipient is not None]),
        "annexes": annexes,
        # The dossier already has its own article on the financial report: the standard one is not repeated.
        "own_report_article": any("compte rendu financier" in x.title.lower() for x in conv.extra_articles),
        "cer_annex_key": cer_annex.id if cer_annex is not None and facts["cer_annex"] else None,
        "cer_annex_number": annexes.index(cer_annex) + 1 if cer_annex is not None else None,
        "original_articles": {},
        "recipient_of": {f.item.id: f.recipient for f in fundings},
        # An extra article placed after a commitment or a contribution follows the article holding it.
        "anchors": {
            **{k.id: "commitments" for k in conv.commitments},
            **{c.id: "means" for c in conv.contributions},
        },
        "dossier": dossier,
        "conv": conv,
        "kind_label": CONVENTION_KINDS.get(conv.kind, "Convention"),
        "parties": parties,
        "commitments": _groups(index, order, conv.commitments, lambda k: k.partner),
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


def _unique(partners: list[Partner]) -> list[Partner]:
    out: list[Partner] = []
    for partner in partners:
        if all(partner.id != seen.id for seen in out):
            out.append(partner)
    return out


def _topic_order() -> list[str]:
    # Information sharing and confidentiality come first: they are what partners fear most.
    return list(RULE_TOPICS)


def charter_context(dossier: Dossier) -> dict[str, Any]:
    charter = dossier.charter
    ids = charter.signature.signatories or [p.id for p in dossier.partners]
    index = _index(dossier)
    signatories = [_partner(index, pid) for pid in ids]
    by_topic: dict[str, list[Rule]] = {}
    for rule in charter.rules:
        by_topic.setdefault(rule.topic or "other", []).append(rule)
    rule_groups = [
        {"label": RULE_TOPICS[topic], "topic": topic, "rules": by_topic[topic]}
        for topic in _topic_order()
        if topic in by_topic
    ]
    member_order = [p.id for p in dossier.partners]
    commitments = _groups(index, member_order, charter.commitments, lambda k: k.partner)
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
    anchors = {r.id: "rules" for r in charter.rules}
    anchors.update({v.id: "values" for v in charter.values})
    anchors.update({o.id: "objectives" for o in charter.objectives})
    anchors.update({i.id: "objectives" for i in charter.indicators()})
    anchors.update({k.id: "commitments" for k in charter.commitments})
    anchors.update({b.id: "governance" for b in charter.governance.bodies})
    anchors.update({"diagnosis": "diagnosis", "common_goal": "diagnosis", "glossary": "glossary"})
    bodies = [{"body": b, "members": [_partner(index, m) for m in b.members]} for b in charter.governance.bodies]
    return {
        "dossier": dossier,
        "charter": charter,
        "signatories": signatories,
        "rule_groups": rule_groups,
        "partners_view": partners_view,
        "objective_titles": objectives_titles,
        "anchors": anchors,
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


def _place_extra_articles(sections: list[Section], anchors: dict[str, str] | None = None) -> list[Section]:
    """Move each article with ``after`` right after the article (or group) it names.

    ``anchors`` maps what lives inside an article (a charter rule, value or
    objective id) to that article's key: an article ``after`` a rule follows the
    article of rules. A target that is not an article (e.g. "preamble") puts it
    first among the articles; an unknown target leaves it where the template put it.
    """
    anchors = anchors or {}
    movable = [s for s in sections if s.kind == "article" and s.after]
    out = [s for s in sections if s not in movable]
    for section in movable:
        target = anchors.get(section.after or "", section.after or "")
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


# Every page says which text it is, in words, not only by its label.
STATUS_WORDS = {
    "draft": "document de travail",
    "shared": "version soumise aux partenaires pour avis",
    "approved": "version approuvée",
    "signed": "version signée",
}


def is_final(version: Version | None) -> bool:
    """A version partners approved or signed: its documents leave out optional articles with nothing to say."""
    return version is not None and version.status in FINAL_STATUSES


FINAL_STATUSES = ("approved", "signed")


def version_line(version: Version) -> str:
    """ "Version 2 – Validée en comité … – version approuvée"; a label that only repeats the number is dropped."""
    parts = [f"Version\u00a0{version.number}"]
    label = (version.label or "").strip()
    if label and re.sub(r"[\s\u00a0]+", " ", label).lower() not in {f"version {version.number}", f"v{version.number}"}:
        parts.append(label)
    parts.append(STATUS_WORDS.get(version.status, version.status))
    return " – ".join(parts)


def _created(version: Version | None) -> datetime:
    """The version's own date (reproducible), or now for a working draft."""
    if version is not None and version.created_at:
        try:
            moment = datetime.fromisoformat(version.created_at.replace("Z", "+00:00"))
            return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
        except ValueError:
            pass
    return datetime.now(UTC).replace(microsecond=0)


def _furniture(
    title: str, version: Version | None, initials: bool, parties: list[Partner] | None = None, *, given: bool = False
) -> Furniture:
    # Conventions are initialled by every signatory on every page: one box per party.
    short, long = _initials_labels(parties or [])
    common: dict[str, Any] = {
        "footer_title": title,
        "initials_box": initials,
        "initials": short,
        "initials_long": long,
        "title_given": given,
    }
    if version is None:
        return Furniture(draft_mark=DRAFT_MARK, **common)
    return Furniture(
        version_line=punctuate(version_line(version)),
        fingerprint=short_fingerprint(version.fingerprint),
        **common,
    )


def _initials_labels(parties: list[Partner]) -> tuple[list[str], list[str]]:
    """Each party's initials label: its short name ("La CAF") and the phrase ("Paraphe de la CAF").

    A short name two parties share ("la Ville" for two towns) would not tell their boxes apart:
    those parties are labelled with their full name. Proper names keep their hyphens whole.
    """
    counts: dict[str, int] = {}
    for party in parties:
        key = naming_.short_label(party).lower()
        counts[key] = counts.get(key, 0) + 1
    short: list[str] = []
    long: list[str] = []
    for party in parties:
        unique = counts[naming_.short_label(party).lower()] == 1
        label = naming_.short_label(party) if unique else party.name.strip()
        short.append(keep_names_whole(punctuate(upper_first(label or BLANK))))
        long.append(keep_names_whole(punctuate(f"Paraphe {naming_.naming(party, use_short=unique).de}")))
    return short, long


def _sections(template: str, context: dict[str, Any], data_dir: Path | None) -> list[Section]:
    """Render, parse, place extra articles and number: the sections of one document."""
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
    sections = _place_extra_articles(sections, context.get("anchors", {}))
    _number(sections)
    xref.resolve(sections)  # "l'article 4": the numbers are known only now
    return sections


def _keep_headings_whole(sections: list[Section]) -> None:
    """Names in headings and signature blocks never split at their hyphen ("Bas-Rhin", "Saint-Dizier")."""
    for section in sections:
        paragraphs = [section.heading] if section.heading is not None else []
        for block in section.blocks:
            if isinstance(block, Paragraph) and block.style in ("heading", "subheading", "title", "subtitle"):
                paragraphs.append(block)
            elif isinstance(block, SignaturePage):
                for sig in block.blocks:
                    sig.pour = keep_names_whole(sig.pour)
                    sig.function = keep_names_whole(sig.function)
                    sig.name = keep_names_whole(sig.name)
                    sig.delegation = keep_names_whole(sig.delegation)
        for paragraph in paragraphs:
            for run in paragraph.runs:
                run.text = keep_names_whole(run.text)


def _article_numbers(sections: list[Section]) -> dict[str, str]:
    """Article key (and group) → its number as cited: "1er", "4", or "2 à 6" for a group."""
    out: dict[str, str] = {}
    groups: dict[str, list[str]] = {}
    for section in sections:
        if section.kind != "article":
            continue
        out[section.key] = section.number
        if section.group:
            groups.setdefault(section.group, []).append(section.number)
    for group, numbers in groups.items():
        out[group] = numbers[0] if len(numbers) == 1 else f"{numbers[0]} à {numbers[-1]}"
    return out


def _article_titles(sections: list[Section]) -> dict[str, str]:
    """Article key → its title as printed, without its number ("Moyens mis en commun")."""
    out: dict[str, str] = {}
    for section in sections:
        if section.kind == "article" and section.heading is not None:
            out[section.key] = section.heading.text.split(" – ", 1)[-1]
    return out


# The first word of a reference that already names the kind of decision ("délibération n° 2026-45").
_DECISION_WORDS = ("délibération", "deliberation", "décision", "decision", "arrêté", "arrete", "avis")


def authorisation_parts(conv: Convention, final: bool) -> dict[str, Any] | None:
    """The parts of « Vu la délibération n° … du conseil municipal en date du … autorisant … ».

    ``reference`` with its article ("la délibération n° 2026-45"), ``body`` after "de" ("du conseil
    municipal"), ``date``; each missing part a visible blank. No ``authorisation`` at all: the visa
    with its blanks in a draft, nothing in a final version (the completeness check asks for it).
    """
    decision = conv.authorisation
    if decision is None:
        if final:
            return None
        return {"reference": f"la délibération n°\u00a0{BLANK}", "body": f"de {BLANK}", "date": None}
    reference = " ".join((decision.reference or "").split())
    if not reference:
        named = f"la délibération n°\u00a0{BLANK}"
    elif reference.split(" ", 1)[0].lower() in _DECISION_WORDS:
        named = naming_.definite_text(reference)
    else:
        # A bare number ("2026-45", "n° 2026-45"): a deliberation's.
        number = re.sub(r"^n[°o]\s*", "", reference, flags=re.IGNORECASE)
        named = f"la délibération n°\u00a0{number}"
    body = " ".join((decision.body or "").split())
    return {"reference": named, "body": naming_.de_text(body) if body else f"de {BLANK}", "date": decision.date}


def amendment_context(dossier: Dossier, conv: Convention, final: bool, data_dir: Path | None) -> dict[str, Any]:
    """An avenant's context: the convention as it amends it, and what it changes.

    ``conv`` in the context is the avenant with every article of the original as amended
    (``amendment.amended``); ``changed`` lists the original's article keys whose content differs
    (``amendment.changed_articles``): the template restates those only, each citing the original's
    article by its number (``original_articles``) and title (``original_titles``).
    """
    original = dossier.convention(conv.amends.convention) if conv.amends and conv.amends.convention else None
    if original is conv:
        original = None
    view = amendment_.amended(original, conv)
    context = convention_context(dossier, view)
    context["original"] = original
    if original is not None:
        # The avenant cites the articles it changes by their number in the convention it amends, as
        # signed: printed as a final version (an optional article with nothing to say left out).
        original_context = convention_context(dossier, original)
        original_context["final"] = True
        original_sections = _sections("convention.j2", original_context, data_dir)
        context["original_articles"] = _article_numbers(original_sections)
        context["original_titles"] = _article_titles(original_sections)
    else:
        context["original_titles"] = {}
    changed = amendment_.changed_articles(original, conv)
    context["changed"] = changed
    context["changed_commitments"] = [g for g in context["commitments"] if f"commitments-{g.partner.id}" in changed]
    context["duration_changes"] = amendment_.duration_changes(original, conv)
    context["authorisation"] = authorisation_parts(conv, final)
    signed_on = conv.amends.signed_on if conv.amends else None
    retroactive = conv.start is not None and signed_on is not None and conv.start < signed_on
    reason = " ".join((conv.retroactivity or "").split()).rstrip(" .;,")
    context["retroactivity_reason"] = lower_first(reason) if retroactive and reason else None
    return context


def _add_actor_map(dossier: Dossier, sections: list[Section]) -> None:
    """The charter's last annex, « Carte des acteurs » (issue 23), when the dossier holds a map."""
    from .actor_map_annex import annex_section

    annex = annex_section(dossier, 1 + sum(1 for s in sections if s.kind == "annex"))
    if annex is not None:
        sections.append(annex)


@collector.paused
def build(dossier: Dossier, document: str, *, version: Version | None, data_dir: Path | None) -> Document:
    if document == CHARTER:
        template, context, kind = "charte.j2", charter_context(dossier), "charter"
    else:
        conv = dossier.convention(document)
        if conv is None:
            raise NotFound(f"Ce dossier ne contient pas de document « {document} ».")
        amendment = conv.kind == "amendment"
        template = "avenant.j2" if amendment else "convention.j2"
        kind = "amendment" if amendment else "convention"
        if amendment:
            context = amendment_context(dossier, conv, is_final(version), data_dir)
        else:
            context = convention_context(dossier, conv)
    # An approved or signed version prints no blank: an optional article with nothing to say is left out
    # (the completeness check, domain.completeness, refuses such a version while a needed one is blank).
    context["final"] = is_final(version)
    sections = _sections(template, context, data_dir)
    if kind == "charter":
        _add_actor_map(dossier, sections)
    title = str(context["title"])
    _keep_headings_whole(sections)
    # Printed on every page: the same typography as the body (’, no-break spaces); the short title
    # the dossier gives, else the title (the foot shortens it at a word to fit).
    short_title = (dossier.charter.short_title if kind == "charter" else context["conv"].short_title) or ""
    running = keep_names_whole(punctuate(short_title.strip() or title))
    parties = list(context.get("parties", [])) if kind != "charter" else []
    author = dossier.coordinator.organisation or dossier.programme or "charte-app"
    subject = f"{dossier.title}" + (f" – {dossier.territory}" if dossier.territory else "")
    return Document(
        kind=kind,  # type: ignore[arg-type]
        sections=sections,
        furniture=_furniture(
            running, version, initials=kind != "charter", parties=parties, given=bool(short_title.strip())
        ),
        metadata=Metadata(
            title=title,
            author=author,
            subject=subject,
            keywords=version.fingerprint if version is not None else DRAFT_MARK,
            created=_created(version),
            fingerprint=version.fingerprint if version is not None else None,
        ),
    )
