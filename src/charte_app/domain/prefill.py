"""What a new convention takes from the dossier's charter: place, dates, parties, commitments, visas.

A convention usually formalises means pooled under a charter the same partners already wrote: the
place where they sign, the period, the signatories, what each committed to and the texts the charter
cites are already known. :func:`prefill_from_charter` copies them into a new convention; every item
stays an ordinary value the user edits or removes (nothing is linked back to the charter).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from .model import Charter, Convention, ConventionCommitment, Dossier

#: How a reference cited in the charter starts, and the article its visa takes ("Vu la loi …").
_ARTICLES = (
    ("loi", "la "),
    ("ordonnance", "l'"),
    ("décret", "le "),
    ("decret", "le "),
    ("arrêté", "l'"),
    ("arrete", "l'"),
    ("article", "l'"),
    ("articles", "les "),
    ("code", "le "),
    ("circulaire", "la "),
    ("délibération", "la "),
    ("deliberation", "la "),
    ("instruction", "l'"),
    ("règlement", "le "),
    ("reglement", "le "),
    ("directive", "la "),
    ("convention", "la "),
    ("charte", "la "),
    ("contrat", "le "),
    ("avis", "l'"),
)
#: A law's or decree's number ("n° 2005-32"): two visas citing the same number cite the same text.
_NUMBER = re.compile(r"n\s*°\s*(\d{2,4}-\d+)", re.IGNORECASE)


def charter_end(charter: Charter) -> date | None:
    """The charter's last day: its start plus its duration in months, minus one day (None when unknown)."""
    start, months = charter.duration.start, charter.duration.months
    if start is None or not months or months < 0:
        return None
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return date(year, month, day) - timedelta(days=1)


def as_visa(reference: str) -> str:
    """A reference as the charter cites it ("Loi n° 2005-32 …") written as a convention's visa ("Vu la loi …")."""
    text = " ".join(reference.split())
    if not text or text.lower().startswith("vu "):
        return text
    first = text.split(" ", 1)[0].lower().rstrip(",.;:")
    article = next((art for word, art in _ARTICLES if first == word), None)
    if article is None:
        return f"Vu {text}"
    return f"Vu {article}{text[:1].lower()}{text[1:]}"


def _cited(visa: str) -> set[str]:
    """The numbered texts a visa cites, or its whole wording when it has no number."""
    numbers = set(_NUMBER.findall(visa))
    return numbers or {" ".join(visa.lower().split())}


def merged_visas(standard: list[str], charter: Charter) -> list[str]:
    """The library's standard visas, then each text the charter cites that they do not already cite."""
    visas = list(standard)
    cited = set().union(*(_cited(v) for v in visas)) if visas else set()
    for reference in charter.legal_basis:
        visa = as_visa(reference)
        if not visa:
            continue
        keys = _cited(visa)
        if keys & cited:
            continue
        visas.append(visa)
        cited |= keys
    return visas


def charter_parties(dossier: Dossier) -> list[str]:
    """The partners who sign the charter (known partners only, in the charter's order); else the first partner."""
    known = {p.id for p in dossier.partners}
    parties: list[str] = []
    for pid in dossier.charter.signature.signatories:
        if pid in known and pid not in parties:
            parties.append(pid)
    if not parties and dossier.partners:
        # Nobody signs the charter yet: a convention needs a party to be valid (and autosaved); the first
        # partner is usually the PRE's carrier, "d'une part".
        parties.append(dossier.partners[0].id)
    return parties


def charter_commitments(dossier: Dossier, parties: list[str]) -> list[ConventionCommitment]:
    """The charter's commitments of ``parties``, one per party (its texts joined, one a line), as a new
    convention's commitments (ids ``engagement-N``, as the wizard gives them)."""
    texts: dict[str, list[str]] = {}
    for commitment in dossier.charter.commitments:
        text = (commitment.text or "").strip()
        if commitment.partner in parties and text:
            texts.setdefault(commitment.partner, []).append(text)
    chosen = [pid for pid in parties if pid in texts]
    return [
        ConventionCommitment(id=f"engagement-{n}", partner=pid, text="\n".join(texts[pid]))
        for n, pid in enumerate(chosen, start=1)
    ]


def prefill_from_charter(dossier: Dossier, conv: Convention) -> Convention:
    """Fill ``conv`` (a new convention) from the dossier's charter, in place; returns it.

    Place of signature, start and end (the charter's period), every signatory of the charter as a
    party, each party's commitments under the charter, and the texts the charter cites added to the
    convention's visas. A value the convention already holds is kept.
    """
    charter = dossier.charter
    if not (conv.signature.place or "").strip() and (charter.signature.place or "").strip():
        conv.signature.place = charter.signature.place
    if conv.start is None and charter.duration.start is not None:
        conv.start = charter.duration.start
        if conv.end is None:
            conv.end = charter_end(charter)
    parties = charter_parties(dossier)
    conv.parties = [*conv.parties, *(p for p in parties if p not in conv.parties)]
    if not conv.commitments:
        conv.commitments = charter_commitments(dossier, conv.parties)
    conv.legal_basis = merged_visas(conv.legal_basis, charter)
    return conv


def suggested_charter_title(dossier_title: str) -> str:
    """The charter's title suggested for a new dossier, without saying « coopération » twice.

    « Coopération éducative – quartier des Châtillons » gives « Charte de coopération éducative – quartier
    des Châtillons »; a title that already says « Charte … » is kept; any other gets « Charte de
    coopération – » before it.
    """
    title = " ".join(dossier_title.split())
    if not title:
        return "Charte de coopération"
    first, _, rest = title.partition(" ")
    folded = first.lower().rstrip(",.;:")
    if folded == "charte":
        return title
    if folded in ("coopération", "cooperation"):
        return f"Charte de coopération {rest}".strip()
    return f"Charte de coopération – {title}"
