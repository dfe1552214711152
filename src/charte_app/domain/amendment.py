"""What an avenant changes: the articles of the convention it amends whose content differs.

An avenant states only what it changes, and each change must be one. Its fields are read against
the convention it amends (``amends.convention``):

* a field the avenant leaves empty keeps the original's content;
* a field it fills is the new content of the original's article, and that article is restated
  only when the new content differs (an end date typed again, equal to the original's, changes
  nothing: no « article 13 modifié »);
* commitments and contributions are merged by id: an avenant's item with the id of an original
  item replaces it, an item equal to an original one (its id aside) is that item, any other is
  added. The restated article is the whole article as amended, never the avenant's items alone:
  printed under « est remplacé par », those alone would drop every other item of the article.

The avenant's own fields (object, preamble, visas, effective date ``start``, signature, its own
articles and annexes) are never compared: they are the avenant's, not the convention's.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from .model import Contribution, ContributionKind, Convention, ConventionCommitment, Renewal

#: The original's article keys an avenant can restate, in the convention's order (convention.j2).
#: Commitments are one article per party: ``commitments-<partner id>``.
ARTICLE_ORDER = (
    "commitments",
    "means",
    "payment",
    "governance",
    "evaluation",
    "data_protection",
    "insurance",
    "communication",
    "duration",
    "amendment",
    "termination",
    "disputes",
)

# Plain texts of the convention: the article key each one is printed in.
_TEXTS = {
    "governance": "governance",
    "evaluation": "evaluation",
    "data_protection": "data_protection",
    "insurance": "insurance",
    "communication": "communication",
    "amendment_clause": "amendment",
}

# What the means article prints of a contribution, and what the payment article prints of a
# financial one (its amount is in both: the schedule table shows it).
_MEANS_FIELDS = (
    "partner",
    "kind",
    "description",
    "amount",
    "year",
    "budget_line",
    "fte",
    "recipient",
    "every_year",
    "conditions",
    "value",
)
_PAYMENT_FIELDS = (
    "partner",
    "recipient",
    "amount",
    "year",
    "every_year",
    "schedule",
    "payment_terms",
    "advance_percent",
)
_MONEY: ContributionKind = "financial"


@dataclass(frozen=True)
class Duration:
    """Which parts of the duration article an avenant changes."""

    end: bool = False
    renewal: bool = False

    def __bool__(self) -> bool:
        return self.end or self.renewal


def _set(value: Any) -> bool:
    """A field the avenant fills: a text with something in it, a number, a date, a boolean."""
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    return True


def _content(record: Any, skip: tuple[str, ...] = ("id",)) -> tuple[Any, ...]:
    """A record's compared content (its id aside): what two equal items print alike."""
    return tuple(
        getattr(record, f.name)
        for f in dataclasses.fields(record)
        if f.compare and f.name not in skip and f.name not in ("extra", "presence")
    )


def _merged(original: list[Any], amending: list[Any]) -> list[Any]:
    """The original's items with the avenant's: same id replaces, equal content is the same item, others added."""
    out = list(original)
    positions = {item.id: i for i, item in enumerate(out)}
    contents = [_content(item) for item in out]  # records hold lists and dicts: compared, not hashed
    for item in amending:
        if item.id in positions:
            out[positions[item.id]] = item
        elif _content(item) not in contents:
            out.append(item)
    return out


def _renewal(original: Renewal, amending: Renewal) -> Renewal:
    return dataclasses.replace(
        original,
        tacit=amending.tacit if amending.tacit is not None else original.tacit,
        max_renewals=amending.max_renewals if amending.max_renewals is not None else original.max_renewals,
    )


def amended(original: Convention | None, avenant: Convention) -> Convention:
    """The avenant with every article of the convention as it amends it (its own fields kept).

    Without the original (an unknown ``amends.convention``), what the avenant states is all there is.
    """
    if original is None:
        return avenant
    changes: dict[str, Any] = {
        "commitments": _merged(original.commitments, avenant.commitments),
        "contributions": _merged(original.contributions, avenant.contributions),
        "indicators": list(avenant.indicators or original.indicators),
        "end": avenant.end if avenant.end is not None else original.end,
        "renewal": _renewal(original.renewal, avenant.renewal),
        "termination": dataclasses.replace(
            original.termination,
            notice_months=avenant.termination.notice_months
            if avenant.termination.notice_months is not None
            else original.termination.notice_months,
            text=avenant.termination.text if _set(avenant.termination.text) else original.termination.text,
        ),
        "disputes": dataclasses.replace(
            original.disputes,
            court=avenant.disputes.court if _set(avenant.disputes.court) else original.disputes.court,
            amicable_first=avenant.disputes.amicable_first
            if avenant.disputes.amicable_first is not None
            else original.disputes.amicable_first,
        ),
    }
    for name in _TEXTS:
        mine = getattr(avenant, name)
        changes[name] = mine if _set(mine) else getattr(original, name)
    return dataclasses.replace(avenant, **changes)


def _text(conv: Convention, name: str) -> str:
    """A text as it reads: white space does not make two texts differ."""
    return " ".join((getattr(conv, name) or "").split())


def _commitment_texts(items: list[ConventionCommitment]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for item in items:
        out.setdefault(item.partner, []).append(" ".join(item.text.split()))
    return out


def _bag(items: list[Contribution], names: tuple[str, ...]) -> list[str]:
    """The contributions as an order-free collection of what an article prints of them."""
    return sorted(repr(tuple(getattr(c, n) for n in names)) for c in items)


def duration_changes(original: Convention | None, avenant: Convention) -> Duration:
    view = amended(original, avenant)
    before = original or Convention(id="", title="", object="")
    renewal = (view.renewal.tacit, view.renewal.max_renewals) != (before.renewal.tacit, before.renewal.max_renewals)
    return Duration(end=view.end != before.end, renewal=renewal)


def changed_articles(original: Convention | None, avenant: Convention) -> list[str]:
    """The keys of the original's articles whose content the avenant changes, in the convention's order.

    ``commitments-<partner id>`` for each party whose commitments differ (the article may not exist
    in the original: the party had none), then ``means``, ``payment``, ``governance``,
    ``evaluation``, ``data_protection``, ``insurance``, ``communication``, ``duration``,
    ``amendment``, ``termination``, ``disputes``. Nothing the avenant leaves empty is a change;
    nothing it restates identically is one either.
    """
    before = original or Convention(id="", title="", object="")
    view = amended(original, avenant)
    out: list[str] = []
    old, new = _commitment_texts(before.commitments), _commitment_texts(view.commitments)
    order = list(dict.fromkeys([*avenant.parties, *before.parties, *new]))
    out += [f"commitments-{pid}" for pid in order if new.get(pid, []) != old.get(pid, []) and pid in new]
    if _bag(view.contributions, _MEANS_FIELDS) != _bag(before.contributions, _MEANS_FIELDS):
        out.append("means")
    money_before = [c for c in before.contributions if c.kind == _MONEY]
    money_after = [c for c in view.contributions if c.kind == _MONEY]
    if money_after and _bag(money_after, _PAYMENT_FIELDS) != _bag(money_before, _PAYMENT_FIELDS):
        out.append("payment")
    for name in ("governance", "evaluation", "data_protection", "insurance", "communication"):
        if _text(view, name) != _text(before, name):
            out.append(name)
        elif name == "evaluation" and list(view.indicators) != list(before.indicators):
            out.append(name)
    if duration_changes(original, avenant):
        out.append("duration")
    if _text(view, "amendment_clause") != _text(before, "amendment_clause"):
        out.append("amendment")
    if _content(view.termination, ()) != _content(before.termination, ()):
        out.append("termination")
    if _content(view.disputes, ()) != _content(before.disputes, ()):
        out.append("disputes")
    return out
