"""The dossier domain model: the single source of truth for every view.

Plain dataclasses mirroring the `.charte` interchange format (see
``shared/dossier-format.md``). The UI, the store, the diff and the documents
all read and write these objects. This package imports neither Qt nor
SQLAlchemy.

Two bookkeeping fields ride on every record and are never part of the
business data:

* ``extra`` keeps keys this version of the application does not know, so an
  import followed by an export is lossless;
* ``presence`` remembers which optional keys the source file spelled out
  (``"value"``) or wrote as ``null`` (``"null"``), so that a round trip
  reproduces the same JSON and therefore the same fingerprint.

Field metadata ``required=True`` marks keys the format requires.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, Literal

FORMAT_NAME = "charte-dossier"
FORMAT_VERSION = 1

PartnerKind = Literal[
    "local_authority",
    "department",
    "region",
    "state_service",
    "national_education",
    "family_allowance_fund",
    "health",
    "association",
    "public_body",
    "company",
    "other",
]
Civility = Literal["M.", "Mme"]
RuleTopic = Literal["operation", "information_sharing", "confidentiality", "ethics", "decision_making", "other"]
ConventionKind = Literal["partnership", "framework", "financial", "provision_of_means", "amendment"]
ContributionKind = Literal["financial", "staff", "premises", "equipment", "other"]
AnnexTable = Literal["contributions", "indicators"]
VersionStatus = Literal["draft", "shared", "approved", "signed"]
Decision = Literal["approved", "reserved", "refused"]


def required(default: Any = "") -> Any:
    """A key the format requires; the default only serves objects built in code."""
    return field(default=default, metadata={"required": True})


def many(**meta: Any) -> Any:
    return field(default_factory=list, metadata=meta)


def one(factory: Any, **meta: Any) -> Any:
    return field(default_factory=factory, metadata=meta)


def _bookkeeping() -> Any:
    return field(default_factory=dict, compare=False, repr=False, metadata={"internal": True})


@dataclass
class Record:
    """Base of every format object: unknown keys and key presence travel along."""

    extra: dict[str, Any] = field(default_factory=dict, kw_only=True, repr=False, metadata={"internal": True})
    presence: dict[str, str] = field(
        default_factory=dict, kw_only=True, compare=False, repr=False, metadata={"internal": True}
    )


@dataclass
class Person(Record):
    name: str | None = None
    email: str | None = None
    phone: str | None = None


@dataclass
class Coordinator(Record):
    name: str | None = None
    organisation: str | None = None
    email: str | None = None
    phone: str | None = None


@dataclass
class Representative(Record):
    civility: Civility | None = None
    name: str | None = None
    function: str | None = None
    # Extension (docs/format-extensions.md): the delegation of signature of a signatory who is
    # not the legal representative ("par délégation du Maire, arrêté n° 2026-14 du 5 janvier 2026").
    delegation: str | None = None


@dataclass
class BankDetails(Record):
    """Extension: the account a subsidy is paid into (printed in the payment article)."""

    holder: str | None = None
    iban: str | None = None
    bic: str | None = None
    bank: str | None = None


@dataclass
class Partner(Record):
    id: str = required()
    name: str = required()
    kind: PartnerKind = required("other")
    short_name: str | None = None
    address: str | None = None
    siret: str | None = None
    representative: Representative = one(Representative)
    authority: str | None = None
    contact: Person = one(Person)
    fields_of_action: list[str] = many()
    interest: str | None = None
    bank_details: BankDetails | None = None  # extension: see docs/format-extensions.md

    @property
    def label(self) -> str:
        return self.short_name or self.name


@dataclass
class Value(Record):
    id: str = required()
    title: str = required()
    description: str | None = None


@dataclass
class Rule(Record):
    id: str = required()
    title: str = required()
    text: str | None = None
    topic: RuleTopic | None = None


@dataclass
class Indicator(Record):
    id: str = required()
    name: str = required()
    baseline: str | None = None
    target: str | None = None
    source: str | None = None
    frequency: str | None = None


@dataclass
class Objective(Record):
    id: str = required()
    title: str = required()
    description: str | None = None
    indicators: list[Indicator] = many()


@dataclass
class CharterCommitment(Record):
    id: str = required()
    partner: str = required()
    text: str = required()
    objectives: list[str] = many()


@dataclass
class GlossaryEntry(Record):
    term: str = required()
    definition: str = required()


@dataclass
class Body(Record):
    id: str = required()
    name: str = required()
    role: str | None = None
    members: list[str] = many()
    meets: str | None = None


@dataclass
class Governance(Record):
    bodies: list[Body] = many()
    coordinator_role: str | None = None


@dataclass
class ExtraArticle(Record):
    id: str = required()
    title: str = required()
    text: str = required()
    after: str | None = None


@dataclass
class CharterDuration(Record):
    start: date | None = None
    months: int | None = None
    review: str | None = None


@dataclass
class CharterSignature(Record):
    place: str | None = None
    date: date | None = None
    signatories: list[str] = many()


@dataclass
class Charter(Record):
    title: str = required()
    preamble: str | None = None
    legal_basis: list[str] = many()
    values: list[Value] = many()
    rules: list[Rule] = many()
    objectives: list[Objective] = many()
    commitments: list[CharterCommitment] = many()
    glossary: list[GlossaryEntry] = many()
    governance: Governance = one(Governance)
    communication: str | None = None
    evaluation: str | None = None
    joining: str | None = None
    extra_articles: list[ExtraArticle] = many()
    duration: CharterDuration = one(CharterDuration)
    signature: CharterSignature = one(CharterSignature)

    def indicators(self) -> list[Indicator]:
        return [ind for obj in self.objectives for ind in obj.indicators]


@dataclass
class Amends(Record):
    convention: str | None = None
    number: int | None = None
    signed_on: date | None = None


@dataclass
class Renewal(Record):
    tacit: bool | None = None
    max_renewals: int | None = None


@dataclass
class ConventionCommitment(Record):
    id: str = required()
    partner: str = required()
    text: str = required()


@dataclass
class Payment(Record):
    due: date | None = None
    amount: Decimal | None = None
    condition: str | None = None


@dataclass
class Contribution(Record):
    id: str = required()
    partner: str = required()
    kind: ContributionKind = required("financial")
    description: str = required()
    amount: Decimal | None = None
    year: int | None = None
    budget_line: str | None = None
    fte: Decimal | None = None
    schedule: list[Payment] = many()
    # Extension: the partner who receives a financial contribution (``partner`` pays it).
    recipient: str | None = None


@dataclass
class Termination(Record):
    notice_months: int | None = None
    text: str | None = None


@dataclass
class Disputes(Record):
    court: str | None = None
    amicable_first: bool | None = None


@dataclass
class Annex(Record):
    id: str = required()
    title: str = required()
    text: str | None = None
    table: AnnexTable | None = None


@dataclass
class ConventionSignature(Record):
    place: str | None = None
    date: date | None = None


@dataclass
class Convention(Record):
    id: str = required()
    title: str = required()
    kind: ConventionKind = required("partnership")
    amends: Amends | None = None
    parties: list[str] = field(default_factory=list, metadata={"required": True})
    legal_basis: list[str] = many()
    preamble: str | None = None
    object: str = required()
    start: date | None = None
    end: date | None = None
    renewal: Renewal = one(Renewal)
    commitments: list[ConventionCommitment] = many()
    contributions: list[Contribution] = many()
    governance: str | None = None
    evaluation: str | None = None
    indicators: list[str] = many()
    data_protection: str | None = None
    insurance: str | None = None
    communication: str | None = None
    amendment_clause: str | None = None
    termination: Termination = one(Termination)
    disputes: Disputes = one(Disputes)
    extra_articles: list[ExtraArticle] = many()
    annexes: list[Annex] = many()
    originals: int | None = None
    signature: ConventionSignature = one(ConventionSignature)

    @property
    def effective_originals(self) -> int:
        """Number of original copies: stated, or one per party."""
        return self.originals if self.originals else max(len(self.parties), 1)


@dataclass
class Dossier(Record):
    id: str = required()
    title: str = required()
    territory: str | None = None
    programme: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    coordinator: Coordinator = one(Coordinator)
    partners: list[Partner] = field(default_factory=list, metadata={"required": True})
    diagnosis: str | None = None
    common_goal: str | None = None
    charter: Charter = one(Charter)
    conventions: list[Convention] = many()

    def partner(self, partner_id: str) -> Partner | None:
        return next((p for p in self.partners if p.id == partner_id), None)

    def convention(self, convention_id: str) -> Convention | None:
        return next((c for c in self.conventions if c.id == convention_id), None)


@dataclass
class Approval(Record):
    partner: str = required()
    decision: Decision = required("approved")
    date: date | None = None
    comment: str | None = None


@dataclass
class Version(Record):
    number: int = required(0)
    label: str = required()
    created_at: str = required()
    author: str | None = None
    status: VersionStatus = required("draft")
    fingerprint: str = required()
    approvals: list[Approval] = many()
    snapshot: Dossier = field(default_factory=Dossier, metadata={"required": True})


@dataclass
class DossierFile(Record):
    """The whole `.charte` file: the working dossier and its versions, oldest first."""

    format: str = required(FORMAT_NAME)
    format_version: int = required(FORMAT_VERSION)
    dossier: Dossier = field(default_factory=Dossier, metadata={"required": True})
    versions: list[Version] = field(default_factory=list, metadata={"required": False})
