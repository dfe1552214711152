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

from collections.abc import Callable as _Callable
from dataclasses import dataclass, field
from dataclasses import fields as _fields
from datetime import date
from decimal import Decimal
from operator import attrgetter as _attrgetter
from reprlib import recursive_repr as _recursive_repr
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
Initiative = Literal["beneficiary", "public_partner"]
PaymentTerms = Literal["on_signature", "advance_and_balance", "on_report"]
Withdrawal = Literal["others_continue", "convention_ends"]
VersionStatus = Literal["draft", "shared", "approved", "signed"]
Decision = Literal["approved", "reserved", "refused"]
Direction = Literal["increase", "decrease", "maintain"]
CommitmentStatus = Literal["done", "in_progress", "late", "not_started", "dropped"]


def required(default: Any = "") -> Any:
    """A key the format requires; the default only serves objects built in code."""
    return field(default=default, metadata={"required": True})


def many(**meta: Any) -> Any:
    return field(default_factory=list, metadata=meta)


def one(factory: Any, **meta: Any) -> Any:
    return field(default_factory=factory, metadata=meta)


def _bookkeeping() -> Any:
    return field(default_factory=dict, compare=False, repr=False, metadata={"internal": True})


# Every record class is ``@dataclass(repr=False, eq=False)`` and inherits the two methods below,
# which do what the generated ones did: the dataclass machinery compiles three functions per class
# from source, and the thirty classes of the format cost 30 ms at every start of the program (a
# one-shot command reading a file included), two thirds of it for __repr__ and __eq__. Each class
# also has a docstring, which dataclass() would otherwise build through inspect.signature.
_COMPARED: dict[type, _Callable[[Any], tuple[Any, ...]]] = {}
_SHOWN: dict[type, tuple[str, ...]] = {}


def _compared(cls: type) -> _Callable[[Any], tuple[Any, ...]]:
    """The tuple of ``cls``'s compared fields, as the generated __eq__ builds it."""
    names = [f.name for f in _fields(cls) if f.compare]
    get: _Callable[[Any], tuple[Any, ...]]
    if len(names) > 1:
        get = _attrgetter(*names)
    elif names:
        one = _attrgetter(names[0])
        get = lambda obj: (one(obj),)  # noqa: E731
    else:
        get = lambda obj: ()  # noqa: E731
    _COMPARED[cls] = get
    return get


@dataclass(repr=False, eq=False)
class Record:
    """Base of every format object: unknown keys and key presence travel along."""

    extra: dict[str, Any] = field(default_factory=dict, kw_only=True, repr=False, metadata={"internal": True})
    presence: dict[str, str] = field(
        default_factory=dict, kw_only=True, compare=False, repr=False, metadata={"internal": True}
    )

    def __eq__(self, other: object) -> bool:
        """Field by field (``presence`` aside), between objects of the very same class."""
        if other.__class__ is self.__class__:
            get = _COMPARED.get(self.__class__) or _compared(self.__class__)
            return get(self) == get(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable, as the generated __eq__ made it

    @_recursive_repr()
    def __repr__(self) -> str:
        cls = self.__class__
        names = _SHOWN.get(cls)
        if names is None:
            names = _SHOWN[cls] = tuple(f.name for f in _fields(cls) if f.repr)
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{cls.__qualname__}({shown})"


@dataclass(repr=False, eq=False)
class Person(Record):
    """A contact person: name, e-mail and telephone."""

    name: str | None = None
    email: str | None = None
    phone: str | None = None


@dataclass(repr=False, eq=False)
class Coordinator(Record):
    """The dossier's coordinator and their organisation."""

    name: str | None = None
    organisation: str | None = None
    email: str | None = None
    phone: str | None = None


@dataclass(repr=False, eq=False)
class Representative(Record):
    """Who signs for a partner, and in which capacity."""

    civility: Civility | None = None
    name: str | None = None
    function: str | None = None
    # Extension (docs/format-extensions.md): the delegation of signature of a signatory who is
    # not the legal representative ("par délégation du Maire, arrêté n° 2026-14 du 5 janvier 2026").
    delegation: str | None = None


@dataclass(repr=False, eq=False)
class BankDetails(Record):
    """Extension: the account a subsidy is paid into (printed in the payment article)."""

    holder: str | None = None
    iban: str | None = None
    bic: str | None = None
    bank: str | None = None


@dataclass(repr=False, eq=False)
class Partner(Record):
    """A partner of the cooperation: identity, representative, contact."""

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
    # Extension: the legal person a body without legal personality belongs to (a CMP's hospital,
    # a circonscription's DASEN, a UTAS's Département): it signs for the body.
    legal_person: str | None = None

    @property
    def label(self) -> str:
        return self.short_name or self.name


@dataclass(repr=False, eq=False)
class Value(Record):
    """A value the charter's partners share."""

    id: str = required()
    title: str = required()
    description: str | None = None


@dataclass(repr=False, eq=False)
class Rule(Record):
    """A rule of the charter (operation, information sharing, ethics…)."""

    id: str = required()
    title: str = required()
    text: str | None = None
    topic: RuleTopic | None = None


@dataclass(repr=False, eq=False)
class Indicator(Record):
    """A measure of an objective: baseline, target, source, frequency."""

    id: str = required()
    name: str = required()
    baseline: str | None = None
    target: str | None = None
    source: str | None = None
    frequency: str | None = None
    # Follow-up (shared/dossier-format.md « Follow-up and actor map »; classes at the end of the module).
    unit: str | None = None  # "%", "jours", "enfants"
    direction: Direction | None = None  # which way is better
    baseline_value: str | None = None  # decimal string, kept as typed (a problem when it is not a number)
    baseline_period: str | None = None  # a period ("2026", "2026-2027", "2026-S1", "2026-T1", "2026-03")
    targets: list[Target] = many()
    measures: list[Measure] = many()


@dataclass(repr=False, eq=False)
class Objective(Record):
    """An objective of the charter and its indicators."""

    id: str = required()
    title: str = required()
    description: str | None = None
    indicators: list[Indicator] = many()


@dataclass(repr=False, eq=False)
class CharterCommitment(Record):
    """What one partner commits to under the charter."""

    id: str = required()
    partner: str = required()
    text: str = required()
    objectives: list[str] = many()


@dataclass(repr=False, eq=False)
class GlossaryEntry(Record):
    """A term of the charter's glossary and its definition."""

    term: str = required()
    definition: str = required()


@dataclass(repr=False, eq=False)
class Body(Record):
    """A governance body: its role, members and meetings."""

    id: str = required()
    name: str = required()
    role: str | None = None
    members: list[str] = many()
    meets: str | None = None


@dataclass(repr=False, eq=False)
class Governance(Record):
    """The charter's governance bodies."""

    bodies: list[Body] = many()
    coordinator_role: str | None = None


@dataclass(repr=False, eq=False)
class ExtraArticle(Record):
    """An article added by the partners, placed after another one."""

    id: str = required()
    title: str = required()
    text: str = required()
    after: str | None = None


@dataclass(repr=False, eq=False)
class CharterDuration(Record):
    """When the charter starts, how long it lasts, when it is reviewed."""

    start: date | None = None
    months: int | None = None
    review: str | None = None


@dataclass(repr=False, eq=False)
class CharterSignature(Record):
    """Where and when the charter is signed, and by whom."""

    place: str | None = None
    date: date | None = None
    signatories: list[str] = many()


@dataclass(repr=False, eq=False)
class Charter(Record):
    """The cooperation charter shared by every partner."""

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
    short_title: str | None = None  # extension: the running head of every page
    reviews: list[Review] = many()  # follow-up: the steering committee's reviews, one period each
    # Extension (docs/format-extensions.md): the follow-up's tolerance, in percent of the target.
    follow_up_tolerance: str | None = None

    def indicators(self) -> list[Indicator]:
        return [ind for obj in self.objectives for ind in obj.indicators]


@dataclass(repr=False, eq=False)
class Amends(Record):
    """The convention an amendment modifies."""

    convention: str | None = None
    number: int | None = None
    signed_on: date | None = None


@dataclass(repr=False, eq=False)
class Renewal(Record):
    """How a convention is renewed."""

    tacit: bool | None = None
    max_renewals: int | None = None


@dataclass(repr=False, eq=False)
class ConventionCommitment(Record):
    """What one party commits to under a convention."""

    id: str = required()
    partner: str = required()
    text: str = required()


@dataclass(repr=False, eq=False)
class Payment(Record):
    """One payment of a contribution's schedule."""

    due: date | None = None
    amount: Decimal | None = None
    condition: str | None = None


@dataclass(repr=False, eq=False)
class Contribution(Record):
    """What a partner brings to a convention: money, staff, premises, equipment."""

    id: str = required()
    partner: str = required()
    kind: ContributionKind = required("financial")
    description: str = required()
    amount: Decimal | None = None
    year: int | None = None
    budget_line: str | None = None
    fte: Decimal | None = None
    schedule: list[Payment] = many()
    # Extension: the partner who receives a financial contribution (``partner`` pays it), the host
    # of staff made available, the beneficiary of premises or equipment.
    recipient: str | None = None
    # Extensions (docs/format-extensions.md): terms the parties chose, never invented by a template.
    payment_terms: PaymentTerms | None = None  # a financial contribution without a schedule
    advance_percent: int | None = None  # advance_and_balance: the share paid at signature
    every_year: bool | None = None  # the amount is due for each budget year of the convention
    conditions: str | None = None  # premises, equipment, staff: conditions and duration of use
    value: Decimal | None = None  # in-kind means: their valuation


@dataclass(repr=False, eq=False)
class Termination(Record):
    """How a convention may be terminated."""

    notice_months: int | None = None
    text: str | None = None


@dataclass(repr=False, eq=False)
class Disputes(Record):
    """Which court settles disputes, and whether amicable settlement comes first."""

    court: str | None = None
    amicable_first: bool | None = None


@dataclass(repr=False, eq=False)
class Annex(Record):
    """An annex of a convention (free text or a generated table)."""

    id: str = required()
    title: str = required()
    text: str | None = None
    table: AnnexTable | None = None


@dataclass(repr=False, eq=False)
class AuthorisingDecision(Record):
    """Extension: the decision that grants a subsidy or authorises an avenant (cited as a visa)."""

    body: str | None = None  # "le conseil municipal", "la commission permanente du Département"
    date: date | None = None
    reference: str | None = None  # "délibération n° 2026-45"


@dataclass(repr=False, eq=False)
class ConventionSignature(Record):
    """Where and when a convention is signed."""

    place: str | None = None
    date: date | None = None


@dataclass(repr=False, eq=False)
class Convention(Record):
    """A convention between some of the partners."""

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
    # Extensions (shared/dossier-format.md and docs/format-extensions.md)
    initiative: Initiative | None = None  # whose project a subsidy funds
    short_title: str | None = None  # the running head of every page
    authorisation: AuthorisingDecision | None = None  # the decision granting the subsidy / the avenant
    withdrawal: Withdrawal | None = None  # what a party's withdrawal means for the others
    retroactivity: str | None = None  # why an avenant takes effect before the convention it amends was signed

    @property
    def effective_originals(self) -> int:
        """Number of original copies: stated, or one per party."""
        return self.originals if self.originals else max(len(self.parties), 1)


@dataclass(repr=False, eq=False)
class Dossier(Record):
    """A cooperation dossier: partners, charter and conventions."""

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


@dataclass(repr=False, eq=False)
class Approval(Record):
    """A partner's decision on a version."""

    partner: str = required()
    decision: Decision = required("approved")
    date: date | None = None
    comment: str | None = None


@dataclass(repr=False, eq=False)
class Version(Record):
    """A frozen version of the dossier, with its fingerprint."""

    number: int = required(0)
    label: str = required()
    created_at: str = required()
    author: str | None = None
    status: VersionStatus = required("draft")
    fingerprint: str = required()
    approvals: list[Approval] = many()
    snapshot: Dossier = field(default_factory=Dossier, metadata={"required": True})


@dataclass(repr=False, eq=False)
class DossierFile(Record):
    """The whole `.charte` file: the working dossier and its versions, oldest first."""

    format: str = required(FORMAT_NAME)
    format_version: int = required(FORMAT_VERSION)
    dossier: Dossier = field(default_factory=Dossier, metadata={"required": True})
    versions: list[Version] = field(default_factory=list, metadata={"required": False})


# --- Follow-up after signing (issue 22) -------------------------------------------------------
# Values are decimal strings kept exactly as written: a value typed that is not a number stays
# (validation lists it) rather than being lost, and negative values are allowed (a change).


@dataclass(repr=False, eq=False)
class Target(Record):
    """An intermediate or final target of an indicator for one period."""

    period: str = required()
    value: str = required()


@dataclass(repr=False, eq=False)
class Measure(Record):
    """What was measured for an indicator in one period: a number or a qualitative finding."""

    period: str = required()
    value: str | None = None  # decimal string
    text: str | None = None  # a qualitative finding
    source: str | None = None
    partner: str | None = None  # partner id: who provided the measure
    entered_on: date | None = None
    comment: str | None = None


@dataclass(repr=False, eq=False)
class CommitmentReview(Record):
    """How one commitment of the charter was kept over the reviewed period."""

    commitment: str = required()
    status: CommitmentStatus = required("not_started")
    comment: str | None = None


@dataclass(repr=False, eq=False)
class Review(Record):
    """A steering committee's review (bilan) of one period: commitments, summary, adjustments."""

    id: str = required()
    date: date | None = field(default=None, metadata={"required": True})
    period: str = required()
    body: str | None = None  # governance body id
    commitments: list[CommitmentReview] = many()
    summary: str | None = None
    adjustments: list[str] = many()
