"""Who pays whom in a convention, read as a legal service reads it.

The documents print these facts and the completeness check (:mod:`.completeness`) asks for what they
need, so both read them here: the recipient of a contribution (stated, or the only association or
other party), whether a convention is a subsidy to an association, and the budget years it covers.
"""

from __future__ import annotations

from collections.abc import Callable

from .model import Contribution, Convention, Dossier, Partner

# Bodies whose subsidies fall under loi n° 2000-321 art. 10 (public bodies and bodies with a public
# service mission such as a CAF); collectivities also control under CGCT L. 1611-4.
PUBLIC_KINDS = frozenset(
    {
        "local_authority",
        "department",
        "region",
        "state_service",
        "national_education",
        "family_allowance_fund",
        "public_body",
    }
)
COLLECTIVITY_KINDS = frozenset({"local_authority", "department", "region"})


def recipient_id(
    conv: Convention, contribution: Contribution, partner_of: Callable[[str], Partner | None]
) -> str | None:
    """Who receives a financial contribution: stated, else the only association among the other
    parties, else the only other party; None when nobody can be inferred. ``partner_of`` looks a
    partner up (``Dossier.partner``, or a document's index: a 40-party convention asks thousands of times)."""
    if contribution.recipient:
        return contribution.recipient
    others = [pid for pid in conv.parties if pid != contribution.partner]
    # An unknown id is not an association.
    associations = [pid for pid in others if (p := partner_of(pid)) is not None and p.kind == "association"]
    if len(associations) == 1:
        return associations[0]
    if len(others) == 1:
        return others[0]
    return None


def subsidised_associations(dossier: Dossier, conv: Convention) -> list[Partner]:
    """The associations a public body pays in this convention (a subsidy each), in party order."""
    out: list[Partner] = []
    for contribution in conv.contributions:
        if contribution.kind != "financial":
            continue
        payer = dossier.partner(contribution.partner)
        rid = recipient_id(conv, contribution, dossier.partner)
        recipient = dossier.partner(rid) if rid else None
        if payer is None or recipient is None or payer.kind not in PUBLIC_KINDS or recipient.kind != "association":
            continue
        if all(recipient.id != seen.id for seen in out):
            out.append(recipient)
    return out


def is_subsidy(dossier: Dossier, conv: Convention) -> bool:
    """A public body funds an association, or a financial convention carries money at all."""
    if subsidised_associations(dossier, conv):
        return True
    return conv.kind == "financial" and any(c.kind == "financial" for c in conv.contributions)


def convention_years(conv: Convention) -> list[int]:
    """The budget (calendar) years the convention runs over: 2026-09-01 → 2028-08-31 is 2026, 2027, 2028."""
    if conv.start is None or conv.end is None or conv.end < conv.start:
        return []
    return list(range(conv.start.year, conv.end.year + 1))


def funded_years(conv: Convention) -> set[int]:
    """The years some financial contribution covers: its own year, or every year of the convention."""
    years: set[int] = set()
    for contribution in conv.contributions:
        if contribution.kind != "financial":
            continue
        if contribution.every_year:
            years.update(convention_years(conv))
        elif contribution.year is not None:
            years.add(contribution.year)
    return years
