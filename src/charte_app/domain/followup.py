"""The follow-up after signing: numbers of indicators, status against target, validation.

Owns what every view of the follow-up (the wizard's step, the annual report, the CLI) computes the
same way: reading a number typed in French (« 80,4 % »), writing one (« 80,4 % », « 38 jours »),
the status of an indicator in a period against its target with the dossier's tolerance (direction
respected), the summary of a period, and the follow-up's problems with their paths.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Literal

from . import periods
from .model import Charter, Dossier, Indicator, Measure, Objective, Review
from .problems import Problem, join

Status = Literal["on_track", "behind", "not_measured", "no_target", "qualitative"]

STATUS_LABELS: dict[str, str] = {
    "on_track": "conforme",
    "behind": "en retard",
    "not_measured": "non mesuré",
    "no_target": "sans cible",
    "qualitative": "constat qualitatif",
}
DIRECTION_LABELS: dict[str, str] = {
    "increase": "à la hausse",
    "decrease": "à la baisse",
    "maintain": "à maintenir",
}
COMMITMENT_STATUS_LABELS: dict[str, str] = {
    "done": "réalisé",
    "in_progress": "en cours",
    "late": "en retard",
    "not_started": "non commencé",
    "dropped": "abandonné",
}
#: The tolerance when the dossier states none: a value within 5 % of its target is on track.
DEFAULT_TOLERANCE = Decimal(5)

NBSP = "\u00a0"
NNBSP = "\u202f"
_ID = re.compile(r"^[a-z0-9-]+$")
_STORED = re.compile(r"^-?(0|[1-9]\d*)(\.\d+)?$")
# A number as people type it: "45", "80,4", "1 200", "-3.5", "12 000,50", followed by a unit.
_TYPED = re.compile(r"^\s*([-−]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+|[-−]?\d+)(?:[,.](\d+))?\s*(.*?)\s*$")


def decimal_value(text: str | None) -> Decimal | None:
    """The number a stored decimal string holds, or None (absent, or not a number)."""
    if text is None or not _STORED.match(text):
        return None
    try:
        return Decimal(text)
    except InvalidOperation:  # pragma: no cover - the pattern guards it
        return None


def is_number(text: str) -> bool:
    """Whether a stored value is a decimal string ("80.4", "-3"); anything else is kept but reported."""
    return _STORED.match(text) is not None


def read_quantity(text: str | None) -> tuple[Decimal, str] | None:
    """A number and its unit read from text: « 45 jours » → (45, "jours"), « 80,4 % » → (80.4, "%").
    None when the text does not start with a number."""
    if not text:
        return None
    m = _TYPED.match(text)
    if m is None:
        return None
    whole = re.sub(r"[ \u00a0\u202f]", "", m.group(1)).replace("−", "-")
    number = Decimal(whole + ("." + m.group(2) if m.group(2) else ""))
    return number, m.group(3)


def stored_text(number: Decimal) -> str:
    """A number as the file stores it, its decimals as typed: "80.40", "45", never "4.5E+1"."""
    text = format(number, "f")
    return text[1:] if text.startswith("-") and not number else text


def parse_typed(text: str) -> str | None:
    """What a value typed in a cell is stored as: its decimal string when it is a number (French
    comma, spaces, a unit after it), the text itself otherwise (kept, then reported), None when empty."""
    stripped = text.strip()
    if not stripped:
        return None
    quantity = read_quantity(stripped)
    if quantity is None:
        return stripped
    return stored_text(quantity[0])


def french_number(number: Decimal) -> str:
    """« 80,4 », « 1 200 » (narrow no-break space between thousands), « -3,5 »."""
    text = stored_text(number)
    sign = "-" if text.startswith("-") else ""
    whole, _, fraction = text.lstrip("-").partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    out = sign + NNBSP.join(groups)
    return out + ("," + fraction if fraction else "")


def french_value(text: str | None, unit: str | None = None) -> str:
    """A stored value written for people: « 80,4 % », « 38 jours »; text that is not a number as is;
    empty for None."""
    if text is None:
        return ""
    number = decimal_value(text)
    if number is None:
        return text
    shown = french_number(number)
    return f"{shown}{NBSP}{unit}" if unit else shown


def tolerance(charter: Charter) -> Decimal:
    """The dossier's tolerance in percent of the target (the default when unset or unreadable)."""
    value = decimal_value(charter.follow_up_tolerance)
    return value if value is not None and value >= 0 else DEFAULT_TOLERANCE


def target_for(indicator: Indicator, period: str) -> str | None:
    """The target of ``period``: the one stated for it, else the last target of an earlier period."""
    best: str | None = None
    key = periods.sort_key(period)
    for target in sorted(indicator.targets, key=lambda t: periods.sort_key(t.period)):
        if target.period == period:
            return target.value
        if periods.sort_key(target.period) < key:
            best = target.value
    return best


def measure_for(indicator: Indicator, period: str) -> Measure | None:
    return next((m for m in indicator.measures if m.period == period), None)


def status_of(value: Decimal | None, target: Decimal | None, direction: str | None, tol: Decimal) -> Status:
    """On track or behind a target, tolerance in percent of the target (of 1 for a zero target)."""
    if value is None:
        return "not_measured"
    if target is None:
        return "no_target"
    margin = abs(target) * tol / 100 if target else tol / 100
    if direction == "decrease":
        return "on_track" if value <= target + margin else "behind"
    if direction == "maintain":
        return "on_track" if abs(value - target) <= margin else "behind"
    return "on_track" if value >= target - margin else "behind"


def indicator_status(indicator: Indicator, period: str, tol: Decimal = DEFAULT_TOLERANCE) -> Status:
    """The status of ``indicator`` in ``period``: a qualitative finding alone is « qualitative »."""
    measure = measure_for(indicator, period)
    if measure is None:
        return "not_measured"
    value = decimal_value(measure.value)
    if value is None and measure.value is None and measure.text:
        return "qualitative"
    return status_of(value, decimal_value(target_for(indicator, period)), indicator.direction, tol)


def follow_up_periods(charter: Charter) -> list[str]:
    """Every period the follow-up names (baselines aside), in time order."""
    texts: list[str] = []
    for ind in charter.indicators():
        texts += [t.period for t in ind.targets] + [m.period for m in ind.measures]
    texts += [r.period for r in charter.reviews]
    return periods.ordered(texts)


def review_for(charter: Charter, period: str) -> Review | None:
    return next((r for r in charter.reviews if r.period == period), None)


@dataclass(frozen=True)
class Summary:
    """What a period's report summarises first."""

    on_track: int
    behind: int
    not_measured: int
    other: int  # qualitative findings and values without a target
    done: int
    late: int
    reviewed: int


def summary(dossier: Dossier, period: str) -> Summary:
    charter = dossier.charter
    tol = tolerance(charter)
    counts = {"on_track": 0, "behind": 0, "not_measured": 0, "other": 0}
    for ind in charter.indicators():
        status = indicator_status(ind, period, tol)
        counts[status if status in counts else "other"] += 1
    review = review_for(charter, period)
    items = review.commitments if review else []
    return Summary(
        counts["on_track"],
        counts["behind"],
        counts["not_measured"],
        counts["other"],
        sum(1 for c in items if c.status == "done"),
        sum(1 for c in items if c.status == "late"),
        len(items),
    )


def indicators_with_objective(charter: Charter) -> Iterator[tuple[Objective, Indicator]]:
    for obj in charter.objectives:
        for ind in obj.indicators:
            yield obj, ind


# --- Validation -------------------------------------------------------------------------------


def _period(text: str, path: str, problems: list[Problem]) -> bool:
    if periods.parse(text) is None:
        problems.append(Problem(path, f"période « {text} » invalide : {periods.FORMS} est attendue."))
        return False
    return True


def _number(text: str | None, path: str, problems: list[Problem]) -> None:
    if text is not None and not is_number(text):
        problems.append(
            Problem(path, f"« {text} » n'est pas un nombre : la valeur est gardée telle quelle.", "warning")
        )


def _frequency(ind: Indicator, text: str, path: str, problems: list[Problem]) -> None:
    if not periods.matches_frequency(text, ind.frequency):
        problems.append(
            Problem(
                path,
                f"la période « {periods.label(text)} » ne correspond pas à la fréquence « {ind.frequency} » "
                "de l'indicateur.",
                "warning",
            )
        )


def validate_follow_up(dossier: Dossier, path: str = "dossier") -> list[Problem]:
    """The follow-up's problems: periods, numbers, references to partners, commitments and bodies."""
    problems: list[Problem] = []
    charter = dossier.charter
    partner_ids = {p.id for p in dossier.partners}
    cpath = join(path, "charter")
    for i, obj in enumerate(charter.objectives):
        for j, ind in enumerate(obj.indicators):
            ipath = join(join(join(join(cpath, "objectives"), i), "indicators"), j)
            _number(ind.baseline_value, join(ipath, "baseline_value"), problems)
            if ind.baseline_period is not None:
                _period(ind.baseline_period, join(ipath, "baseline_period"), problems)
            seen: set[str] = set()
            for k, target in enumerate(ind.targets):
                tpath = join(join(ipath, "targets"), k)
                _period(target.period, join(tpath, "period"), problems)
                if target.period in seen:
                    problems.append(Problem(join(tpath, "period"), f"deux cibles pour la période « {target.period} »."))
                seen.add(target.period)
                _number(target.value, join(tpath, "value"), problems)
            seen = set()
            for k, measure in enumerate(ind.measures):
                mpath = join(join(ipath, "measures"), k)
                if _period(measure.period, join(mpath, "period"), problems):
                    _frequency(ind, measure.period, join(mpath, "period"), problems)
                if measure.period in seen:
                    problems.append(
                        Problem(join(mpath, "period"), f"deux mesures pour la période « {measure.period} ».")
                    )
                seen.add(measure.period)
                _number(measure.value, join(mpath, "value"), problems)
                if measure.partner is not None and measure.partner not in partner_ids:
                    problems.append(
                        Problem(
                            join(mpath, "partner"),
                            f"référence inconnue « {measure.partner} » : aucun partenaire ne porte cet identifiant.",
                        )
                    )
    if charter.follow_up_tolerance is not None:
        value = decimal_value(charter.follow_up_tolerance)
        if value is None or value < 0 or value > 100:
            problems.append(
                Problem(
                    join(cpath, "follow_up_tolerance"),
                    f"tolérance « {charter.follow_up_tolerance} » invalide : un pourcentage entre 0 et 100 est attendu.",
                )
            )
    commitment_ids = {c.id for c in charter.commitments}
    body_ids = {b.id for b in charter.governance.bodies}
    rpath = join(cpath, "reviews")
    review_ids: set[str] = set()
    for i, review in enumerate(charter.reviews):
        path_i = join(rpath, i)
        if not _ID.match(review.id or ""):
            problems.append(
                Problem(
                    join(path_i, "id"),
                    f"identifiant « {review.id} » invalide : lettres minuscules, chiffres et tirets seulement.",
                )
            )
        if review.id in review_ids:
            problems.append(
                Problem(join(path_i, "id"), f"identifiant en double « {review.id} » dans la liste des bilans.")
            )
        review_ids.add(review.id)
        _period(review.period, join(path_i, "period"), problems)
        if review.body is not None and review.body not in body_ids:
            problems.append(
                Problem(
                    join(path_i, "body"),
                    f"référence inconnue « {review.body} » : aucune instance ne porte cet identifiant.",
                )
            )
        for k, item in enumerate(review.commitments):
            if item.commitment not in commitment_ids:
                problems.append(
                    Problem(
                        join(join(join(path_i, "commitments"), k), "commitment"),
                        f"référence inconnue « {item.commitment} » : aucun engagement ne porte cet identifiant.",
                    )
                )
    return problems
