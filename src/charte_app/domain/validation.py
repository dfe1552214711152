"""Business rules of a dossier, beyond types: references, ids, dates, amounts.

:func:`validate_dossier` and :func:`validate_file` return *all* problems at
once, each with the JSON path of the faulty value and a French message.
Errors make a dossier unacceptable; warnings (a SIRET whose checksum fails,
a commitment by a partner who is not a party) are shown but do not block.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Protocol

from .canonical import fingerprint
from .dates import typed_dates
from .followup import validate_follow_up
from .model import Charter, Convention, Dossier, DossierFile, Partner, Record
from .problems import DossierRefused, Problem, join
from .siret import iban_ok, siret_checksum_ok, siret_compact

ID_PATTERN = re.compile(r"^[a-z0-9-]+$")
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
FINGERPRINT_PATTERN = re.compile(r"^sha256:[0-9a-f]{64}$")
UUID_PATTERN = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


#: Dates a document can print: a deliberation of the last century, an end a few generations away.
#: Beyond, nothing real is meant (``9999-12-31`` for "open-ended"), and date arithmetic overflows.
FIRST_DATE = date(1900, 1, 1)
LAST_DATE = date(2199, 12, 31)
#: Counts a document prints (in words, in lists): the highest value of each.
COUNT_BOUNDS: dict[str, int] = {
    "originals": 100,
    "months": 600,
    "notice_months": 120,
    "max_renewals": 99,
    "number": 999,
}


def _date_problem(name: str, path: str, value: date) -> Problem:
    """A date out of bounds, the field named (one literal message each: the UI translates them)."""
    iso = value.isoformat()
    if name == "start":
        return Problem(path, f"la date de début « {iso} » est hors limites : une date entre 1900 et 2199 est attendue.")
    if name == "end":
        return Problem(path, f"la date de fin « {iso} » est hors limites : une date entre 1900 et 2199 est attendue.")
    if name == "due":
        return Problem(
            path, f"la date d'échéance « {iso} » est hors limites : une date entre 1900 et 2199 est attendue."
        )
    if name == "signed_on":
        return Problem(
            path, f"la date de signature « {iso} » est hors limites : une date entre 1900 et 2199 est attendue."
        )
    return Problem(path, f"la date « {iso} » est hors limites : une date entre 1900 et 2199 est attendue.")


def _count_problem(name: str, path: str, value: int) -> Problem:
    """A count beyond :data:`COUNT_BOUNDS`, the field named."""
    if name == "originals":
        return Problem(path, f"le nombre d'exemplaires originaux vaut {value} : c'est au plus 100.")
    if name == "months":
        return Problem(path, f"la durée en mois vaut {value} : c'est au plus 600.")
    if name == "notice_months":
        return Problem(path, f"le préavis en mois vaut {value} : c'est au plus 120.")
    if name == "max_renewals":
        return Problem(path, f"le nombre de renouvellements vaut {value} : c'est au plus 99.")
    return Problem(path, f"le numéro de la convention modifiée vaut {value} : c'est au plus 999.")


class _HasId(Protocol):
    id: str


def french_euros(value: Decimal) -> str:
    """An amount the way the fields show it: "8 000,00 €" (narrow no-break spaces), never "8000.00 €"."""
    grouped = f"{value:,.2f}".replace(",", "\u202f").replace(".", ",")
    return f"{grouped}\u202f€"


def _ids(items: Iterable[_HasId], path: str, what: str, problems: list[Problem]) -> set[str]:
    """Check ids of a list: pattern and uniqueness. Returns the set of ids."""
    seen: set[str] = set()
    for i, item in enumerate(items):
        ident = item.id
        ipath = join(join(path, i), "id")
        if not ID_PATTERN.match(ident or ""):
            problems.append(
                Problem(ipath, f"identifiant « {ident} » invalide : lettres minuscules, chiffres et tirets seulement.")
            )
        if ident in seen:
            problems.append(Problem(ipath, f"identifiant en double « {ident} » dans la liste des {what}."))
        seen.add(ident)
    return seen


def _ref(value: str, known: set[str], path: str, what: str, problems: list[Problem]) -> None:
    if value not in known:
        problems.append(Problem(path, f"référence inconnue « {value} » : aucun {what} ne porte cet identifiant."))


def _is_uuid(value: str) -> bool:
    """Only the canonical 36-character lower-case spelling: every back end stores the same text,
    and the same dossier in upper case would otherwise become a second dossier. (What
    ``str(uuid.UUID(value)) == value`` says, without importing uuid, which loads ``platform``.)"""
    return UUID_PATTERN.fullmatch(value) is not None


def _timestamp(value: str | None, path: str, problems: list[Problem]) -> None:
    if value is None:
        return
    try:
        datetime.fromisoformat(value)
    except ValueError:
        problems.append(Problem(path, f"« {value} » n'est pas un horodatage ISO 8601 (ex. 2026-06-29T11:00:00+02:00)."))
        return
    if len(value) > 40:  # fromisoformat accepts nothing longer; the bound documents the stored column
        problems.append(Problem(path, "horodatage trop long."))


def refuse_unfinished(dossier: Dossier, what: str) -> None:
    """Refuse what needs a dossier without errors (a version, a document, a `.charte` file), listing what
    is left to fix. A draft may be stored with errors; what leaves the working draft may not.
    ``what`` names the thing refused: "la version", "le document", "le fichier .charte"."""
    problems = [p for p in validate_dossier(dossier) if p.severity == "error"]
    if problems:
        raise DossierRefused(problems, f"Impossible de créer {what} : le dossier a encore des points à corriger.")


def validate_dossier(dossier: Dossier, path: str = "dossier") -> list[Problem]:
    problems: list[Problem] = []
    if not _is_uuid(dossier.id):
        problems.append(
            Problem(
                join(path, "id"),
                f"l'identifiant du dossier « {dossier.id[:60]} » n'est pas un UUID (forme 8-4-4-4-12, "
                "chiffres hexadécimaux en minuscules).",
            )
        )
    for key in ("created_at", "updated_at"):
        _timestamp(getattr(dossier, key), join(path, key), problems)
    if not dossier.title.strip():
        problems.append(Problem(join(path, "title"), "le titre du dossier est vide."))
    partner_ids = _ids(dossier.partners, join(path, "partners"), "partenaires", problems)
    for i, partner in enumerate(dossier.partners):
        _partner(partner, join(join(path, "partners"), i), problems)
    if dossier.coordinator.email and not EMAIL_PATTERN.match(dossier.coordinator.email):
        problems.append(Problem(join(path, "coordinator.email"), "adresse électronique invalide."))
    _charter(dossier.charter, partner_ids, join(path, "charter"), problems)
    indicator_ids = {ind.id for ind in dossier.charter.indicators()}
    cpath = join(path, "conventions")
    convention_ids = _ids(dossier.conventions, cpath, "conventions", problems)
    for i, conv in enumerate(dossier.conventions):
        _convention(conv, partner_ids, indicator_ids, convention_ids, join(cpath, i), problems)
    _typed_dates(dossier, path, problems)
    _bounds(dossier, path, problems)
    problems += validate_follow_up(dossier, path)
    return problems


def _typed_dates(dossier: Dossier, path: str, problems: list[Problem]) -> None:
    """Text typed in a date field that is not a date (kept in the record's ``typed`` key), reported at
    the field. A warning, like a SIRET's wrong key: the draft can still be shared (a `.charte`, a
    version to discuss) and prints a blank there; the completeness check (a blocking gap) keeps its
    document from an approved or signed version and its step from being ticked."""
    for field_path, text in typed_dates(dossier, path):
        # The words of dates.not_a_date, spelled out for the UI's translation templates (validation_i18n).
        problems.append(
            Problem(
                field_path,
                f"« {text} » n'est pas une date : tapez par exemple 15/09/2026 ou 15 septembre 2026.",
                "warning",
            )
        )


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def refuse_out_of_bounds(dossier: Dossier, what: str) -> None:
    """``DossierRefused`` naming each date or count beyond what a document can print. Import refuses
    them already; this guards printing a version stored before the bounds existed (a template would
    fail on it, blamed on the template)."""
    problems: list[Problem] = []
    _bounds(dossier, "dossier", problems)
    if problems:
        raise DossierRefused(problems, f"Impossible d'imprimer {what} : des valeurs sont hors limites.")


def _bounds(record: Record, path: str, problems: list[Problem]) -> None:
    """Every date between :data:`FIRST_DATE` and :data:`LAST_DATE`, every count of :data:`COUNT_BOUNDS`
    at most its bound, anywhere in the dossier: checked here, at import, with the field's path and
    name, so that printing never meets a value its templates cannot print."""
    names = _FIELD_NAMES.get(type(record))
    if names is None:
        names = _FIELD_NAMES[type(record)] = tuple(f.name for f in dataclasses.fields(record))
    for name in names:
        value: Any = getattr(record, name)
        kind = type(value)
        if kind is date:
            if not FIRST_DATE <= value <= LAST_DATE:
                problems.append(_date_problem(name, join(path, name), value))
        elif kind is int:
            bound = COUNT_BOUNDS.get(name)
            if bound is not None and value > bound:
                problems.append(_count_problem(name, join(path, name), value))
        elif isinstance(value, Record):
            _bounds(value, join(path, name), problems)
        elif kind is list and value and isinstance(value[0], Record):
            for i, item in enumerate(value):
                _bounds(item, join(join(path, name), i), problems)


def _partner(partner: Partner, path: str, problems: list[Problem]) -> None:
    if not partner.name.strip():
        problems.append(Problem(join(path, "name"), "le nom du partenaire est vide."))
    if partner.siret:
        digits = siret_compact(partner.siret)
        if not (len(digits) == 14 and digits.isdigit()):
            problems.append(Problem(join(path, "siret"), "un SIRET compte exactement 14 chiffres."))
        elif not siret_checksum_ok(digits):
            problems.append(
                Problem(join(path, "siret"), "la clé de contrôle du SIRET est fausse : vérifiez le numéro.", "warning")
            )
    bank = partner.bank_details
    if bank is not None and bank.iban and not iban_ok(bank.iban):
        problems.append(
            Problem(join(path, "bank_details.iban"), "cet IBAN n'est pas valide : vérifiez le numéro.", "warning")
        )
    if partner.contact.email and not EMAIL_PATTERN.match(partner.contact.email):
        problems.append(Problem(join(path, "contact.email"), "adresse électronique invalide."))


def _charter(charter: Charter, partner_ids: set[str], path: str, problems: list[Problem]) -> None:
    _ids(charter.values, join(path, "values"), "valeurs", problems)
    _ids(charter.rules, join(path, "rules"), "règles", problems)
    objective_ids = _ids(charter.objectives, join(path, "objectives"), "objectifs", problems)
    # Conventions cite indicators by id alone, so ids must be unique across all objectives.
    owner: dict[str, int] = {}
    for i, obj in enumerate(charter.objectives):
        ipath = join(join(join(path, "objectives"), i), "indicators")
        _ids(obj.indicators, ipath, "indicateurs", problems)
        for j, ind in enumerate(obj.indicators):
            if owner.setdefault(ind.id, i) != i:
                problems.append(
                    Problem(
                        join(join(ipath, j), "id"),
                        f"identifiant d'indicateur « {ind.id} » déjà utilisé par un autre objectif.",
                    )
                )
    cpath = join(path, "commitments")
    _ids(charter.commitments, cpath, "engagements", problems)
    for i, com in enumerate(charter.commitments):
        _ref(com.partner, partner_ids, join(join(cpath, i), "partner"), "partenaire", problems)
        for j, obj_id in enumerate(com.objectives):
            _ref(obj_id, objective_ids, join(join(join(cpath, i), "objectives"), j), "objectif", problems)
    bpath = join(path, "governance.bodies")
    _ids(charter.governance.bodies, bpath, "instances", problems)
    for i, body in enumerate(charter.governance.bodies):
        for j, member in enumerate(body.members):
            _ref(member, partner_ids, join(join(join(bpath, i), "members"), j), "partenaire", problems)
    _ids(charter.extra_articles, join(path, "extra_articles"), "articles", problems)
    months = charter.duration.months
    if months is not None and months <= 0:
        problems.append(Problem(join(path, "duration.months"), "la durée doit être d'au moins un mois."))
    for j, signatory in enumerate(charter.signature.signatories):
        _ref(signatory, partner_ids, join(join(path, "signature.signatories"), j), "partenaire", problems)


def _convention(
    conv: Convention,
    partner_ids: set[str],
    indicator_ids: set[str],
    convention_ids: set[str],
    path: str,
    problems: list[Problem],
) -> None:
    if not conv.parties:
        problems.append(Problem(join(path, "parties"), "une convention a au moins une partie."))
    seen: set[str] = set()
    for j, party in enumerate(conv.parties):
        ppath = join(join(path, "parties"), j)
        _ref(party, partner_ids, ppath, "partenaire", problems)
        if party in seen:
            problems.append(Problem(ppath, f"la partie « {party} » figure deux fois."))
        seen.add(party)
    parties = set(conv.parties)
    if conv.start and conv.end and conv.end < conv.start:
        problems.append(
            Problem(
                join(path, "end"),
                f"la date de fin ({conv.end.isoformat()}) précède la date de début ({conv.start.isoformat()}).",
            )
        )
    if conv.kind == "amendment":
        if conv.amends is None or not conv.amends.convention:
            problems.append(Problem(join(path, "amends"), "un avenant doit indiquer la convention qu'il modifie."))
        else:
            _ref(conv.amends.convention, convention_ids, join(path, "amends.convention"), "convention", problems)
            if conv.amends.convention == conv.id:
                problems.append(Problem(join(path, "amends.convention"), "un avenant ne peut se modifier lui-même."))
            if conv.amends.number is not None and conv.amends.number < 1:
                problems.append(Problem(join(path, "amends.number"), "le numéro d'avenant commence à 1."))
    kpath = join(path, "commitments")
    _ids(conv.commitments, kpath, "engagements", problems)
    for i, com in enumerate(conv.commitments):
        _party_ref(com.partner, partner_ids, parties, join(join(kpath, i), "partner"), problems)
    fpath = join(path, "contributions")
    _ids(conv.contributions, fpath, "contributions", problems)
    for i, contrib in enumerate(conv.contributions):
        cpath = join(fpath, i)
        _party_ref(contrib.partner, partner_ids, parties, join(cpath, "partner"), problems)
        if contrib.recipient is not None:
            _party_ref(contrib.recipient, partner_ids, parties, join(cpath, "recipient"), problems)
            if contrib.recipient == contrib.partner:
                problems.append(
                    Problem(join(cpath, "recipient"), "un partenaire ne se verse pas sa propre contribution.")
                )
        if contrib.advance_percent is not None and not 0 < contrib.advance_percent < 100:
            problems.append(Problem(join(cpath, "advance_percent"), "l'avance est un pourcentage entre 1 et 99."))
        if contrib.year is not None and not 1900 <= contrib.year <= 2200:
            problems.append(Problem(join(cpath, "year"), f"année {contrib.year} invraisemblable."))
        if contrib.schedule:
            total = sum((p.amount or Decimal(0) for p in contrib.schedule), Decimal(0))
            if contrib.amount is None:
                problems.append(Problem(join(cpath, "amount"), "un échéancier suppose un montant total."))
            elif total != contrib.amount:
                problems.append(
                    Problem(
                        join(cpath, "schedule"),
                        f"les échéances totalisent {french_euros(total)} alors que le montant est de "
                        f"{french_euros(contrib.amount)}.",
                    )
                )
            for k, payment in enumerate(contrib.schedule):
                if payment.amount is None and "amount" not in payment.presence:
                    problems.append(
                        Problem(join(join(join(cpath, "schedule"), k), "amount"), "montant de l'échéance manquant.")
                    )
    for j, ind in enumerate(conv.indicators):
        _ref(ind, indicator_ids, join(join(path, "indicators"), j), "indicateur de la charte", problems)
    if conv.termination.notice_months is not None and conv.termination.notice_months < 0:
        problems.append(Problem(join(path, "termination.notice_months"), "le préavis ne peut être négatif."))
    if conv.renewal.max_renewals is not None and conv.renewal.max_renewals < 0:
        problems.append(
            Problem(join(path, "renewal.max_renewals"), "le nombre de renouvellements ne peut être négatif.")
        )
    if conv.originals is not None and conv.originals < 1:
        problems.append(Problem(join(path, "originals"), "il faut au moins un exemplaire original."))
    _ids(conv.extra_articles, join(path, "extra_articles"), "articles", problems)
    _ids(conv.annexes, join(path, "annexes"), "annexes", problems)


def _party_ref(value: str, partner_ids: set[str], parties: set[str], path: str, problems: list[Problem]) -> None:
    if value not in partner_ids:
        _ref(value, partner_ids, path, "partenaire", problems)
    elif value not in parties:
        problems.append(Problem(path, f"« {value} » n'est pas partie à cette convention.", "warning"))


def validate_file(
    doc: DossierFile, *, draft: bool = True, fingerprints: Sequence[str | None] | None = None
) -> list[Problem]:
    """Every business problem of a whole file: the dossier and each version snapshot.

    ``draft=False``: the working dossier is not checked (a command that reads versions only; the
    dossier then stands for its id, which each version's snapshot must carry).
    ``fingerprints``: each version's snapshot fingerprint, already computed from the file's JSON
    (None for one to compute from the decoded snapshot)."""
    problems = validate_dossier(doc.dossier) if draft else []
    numbers: set[int] = set()
    previous = 0
    for i, version in enumerate(doc.versions):
        vpath = join("versions", i)
        _timestamp(version.created_at, join(vpath, "created_at"), problems)
        if version.number < 1:
            problems.append(Problem(join(vpath, "number"), "le numéro de version commence à 1."))
        if version.number in numbers:
            problems.append(Problem(join(vpath, "number"), f"la version n° {version.number} figure deux fois."))
        elif version.number < previous:
            problems.append(
                Problem(
                    join(vpath, "number"), "les versions doivent être rangées de la plus ancienne à la plus récente."
                )
            )
        numbers.add(version.number)
        previous = max(previous, version.number)
        if not FINGERPRINT_PATTERN.match(version.fingerprint):
            problems.append(
                Problem(join(vpath, "fingerprint"), "empreinte mal formée (sha256:<64 chiffres hexadécimaux>).")
            )
        elif _actual_fingerprint(version.snapshot, fingerprints, i) != version.fingerprint:
            problems.append(
                Problem(
                    join(vpath, "fingerprint"),
                    "l'empreinte ne correspond pas au contenu de la version : le fichier a été modifié.",
                )
            )
        snap_path = join(vpath, "snapshot")
        problems += validate_dossier(version.snapshot, snap_path)
        if version.snapshot.id != doc.dossier.id:
            problems.append(Problem(join(snap_path, "id"), "la version appartient à un autre dossier."))
        known = {p.id for p in version.snapshot.partners}
        for j, approval in enumerate(version.approvals):
            _ref(approval.partner, known, join(join(join(vpath, "approvals"), j), "partner"), "partenaire", problems)
    return problems


def _actual_fingerprint(snapshot: Dossier, given: Sequence[str | None] | None, index: int) -> str:
    computed = given[index] if given is not None and index < len(given) else None
    if computed is not None:
        return computed
    try:
        return fingerprint(snapshot)
    except UnicodeEncodeError:  # a lone surrogate, which UTF-8 cannot carry: reported where it is
        return ""


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]
