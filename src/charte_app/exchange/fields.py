"""The answer fields of a partner's form: their keys, how a value is shown, read back and applied.

One list of :class:`Field` describes a partner's part of a dossier (identity, interest, commitments,
contributions). The form writer (``exchange.forms``) prints it, the collector (``exchange.collect``)
reads the answers against it. A value travels as its *canonical text*: ``""`` for nothing, the code of a
coded value (``"financial"``), a decimal string for an amount, the digits of a year. Keys are the ones
the issue fixed: ``interest``, ``commitment:<id>``, ``commitment:new``, ``contribution:<id>:<field>``
(and ``partner:<f>``, ``representative:<f>``, ``contact:<f>`` for the identity to check). An item whose
id is shared with another list of the dossier is named ``<convention id>/<id>`` (``charter/<id>`` for a
charter commitment), so that a key always designates one item.

No Qt, no storage: pure functions over the domain model.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from ..domain.labels import CONTRIBUTION_KINDS
from ..domain.model import CharterCommitment, Contribution, ConventionCommitment, Dossier, Indicator, Partner

FieldKind = Literal["text", "choice", "decimal", "year", "number"]

CIVILITIES: dict[str, str] = {"M.": "M.", "Mme": "Mme"}
PAYMENT_TERMS: dict[str, str] = {
    "on_signature": "En une fois à la signature",
    "advance_and_balance": "Avance à la signature, solde après le compte rendu financier",
    "on_report": "En une fois après le compte rendu financier",
}
MAX_TEXT = 100_000


class AnswerError(ValueError):
    """An answer that cannot be read (a word in an amount, a choice not in the list): French message."""


@dataclass
class Field:
    """One answer row of a form."""

    key: str
    label: str
    kind: FieldKind = "text"
    hint: str = ""
    choices: dict[str, str] = field(default_factory=dict)  # code -> French label
    section: str = ""
    value: str = ""  # canonical text of the value sent
    required: bool = False

    def cell(self) -> Any:
        """What the answer cell shows at first (the value sent)."""
        return to_cell(self, self.value)

    def read(self, raw: Any) -> str:
        """The canonical text of an answer cell's content; :class:`AnswerError` when it cannot be read."""
        return parse_answer(self, raw)


def to_cell(f: Field, canonical: str) -> Any:
    if canonical == "":
        return None
    if f.kind == "choice":
        return f.choices.get(canonical, canonical)
    if f.kind == "decimal":
        return float(Decimal(canonical))
    if f.kind == "year":
        return int(canonical)
    if f.kind == "number":
        number = Decimal(canonical)
        return int(number) if number == number.to_integral_value() else float(number)
    return canonical


def display(f: Field, canonical: str) -> str:
    """The value in words, for a line of changes (« 12 000,00 € », « Contribution financière »)."""
    if canonical == "":
        return "(vide)"
    if f.kind == "choice":
        return f.choices.get(canonical, canonical)
    if f.kind == "decimal":
        whole, _, cents = f"{Decimal(canonical):.2f}".partition(".")
        grouped = f"{int(whole):,}".replace(",", "\u202f")
        return f"{grouped},{cents}\u00a0€"
    if f.kind == "number":
        from ..domain.followup import french_number

        return french_number(Decimal(canonical))
    return canonical


_SPACES = re.compile(r"[\s\u00a0\u202f']")


def parse_answer(f: Field, raw: Any) -> str:
    if raw is None:
        text = ""
    elif isinstance(raw, bool):
        raise AnswerError(f"« {f.label} » : « {raw} » n'est pas une réponse attendue.")
    elif isinstance(raw, (int, float, Decimal)):
        text = str(raw)
    else:
        text = str(raw)
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if len(text) > MAX_TEXT:
        raise AnswerError(f"« {f.label} » : le texte dépasse {MAX_TEXT} caractères.")
    if text == "":
        if f.required:
            raise AnswerError(
                f"« {f.label} » ne peut pas être vidé : écrivez le texte, ou signalez-le au coordinateur."
            )
        return ""
    if f.kind == "choice":
        for code, label in f.choices.items():
            if text.casefold() in (label.casefold(), code.casefold()):
                return code
        allowed = " ; ".join(f"« {label} »" for label in f.choices.values())
        raise AnswerError(f"« {f.label} » : « {text} » n'est pas dans la liste ({allowed}).")
    if f.kind == "decimal":
        if isinstance(raw, float):
            number = Decimal(repr(raw))
        else:
            cleaned = _SPACES.sub("", text).removesuffix("€").removesuffix("EUR").replace(",", ".")
            try:
                number = Decimal(cleaned)
            except InvalidOperation:
                raise AnswerError(f"« {f.label} » : « {text} » n'est pas un montant (exemple : 12 500,00).") from None
        if not number.is_finite() or number < 0:
            raise AnswerError(f"« {f.label} » : « {text} » n'est pas un montant positif.")
        return f"{number.quantize(Decimal('0.01'))}"
    if f.kind == "number":
        from ..domain.followup import read_quantity

        quantity = None if isinstance(raw, float) else read_quantity(text)
        if isinstance(raw, float):
            return normal_number(Decimal(repr(raw)))
        if quantity is None or (quantity[1] and quantity[1] != "%" and not quantity[1].isalpha()):
            raise AnswerError(
                f"« {f.label} » : « {text} » n'est pas un nombre (exemple : 42,5) ; un constat écrit va dans la "
                "ligne « Commentaire »."
            )
        return normal_number(quantity[0])
    if f.kind == "year":
        digits = text.removesuffix(".0")
        if not digits.isdigit() or not 1900 <= int(digits) <= 2200:
            raise AnswerError(f"« {f.label} » : « {text} » n'est pas une année (exemple : 2027).")
        return str(int(digits))
    return text


# -- the model side ------------------------------------------------------------------------------


def canonical(value: Any) -> str:
    """The canonical text of a model value."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value.quantize(Decimal('0.01'))}"
    return str(value).replace("\r\n", "\n").strip()


def normal_number(number: Decimal) -> str:
    """A number's canonical text: "80.4" for 80.40, "100" for 1E+2 (a cell keeps no trailing zero)."""
    from ..domain.followup import stored_text

    return stored_text(number.normalize())


def canonical_for(f: Field, value: Any) -> str:
    """The canonical text of a model value for ``f`` (numbers of measures compared as numbers)."""
    text = canonical(value)
    if f.kind == "number" and text:
        try:
            return normal_number(Decimal(text))
        except InvalidOperation:
            return text
    return text


def model_value(f: Field, canonical_text: str) -> Any:
    """The model value of a canonical text."""
    if canonical_text == "":
        return None
    if f.kind == "decimal":
        return Decimal(canonical_text)
    if f.kind == "year":
        return int(canonical_text)
    return canonical_text


@dataclass
class Target:
    """Where a key's value lives in a dossier: ``getattr(obj, attr)``; ``owner`` the record marked."""

    obj: Any  # None: a measure not entered yet (``owner`` is its indicator, ``period`` its period)
    attr: str
    owner: Any
    period: str | None = None


def _ref_counts(dossier: Dossier) -> tuple[Counter[str], Counter[str]]:
    commitments: Counter[str] = Counter(c.id for c in dossier.charter.commitments)
    contributions: Counter[str] = Counter()
    for conv in dossier.conventions:
        commitments.update(c.id for c in conv.commitments)
        contributions.update(c.id for c in conv.contributions)
    return commitments, contributions


def commitment_refs(
    dossier: Dossier, partner_id: str
) -> list[tuple[str, CharterCommitment | ConventionCommitment, str]]:
    """(reference, commitment, where) for every commitment of the partner: charter first, then conventions."""
    counts, _ = _ref_counts(dossier)
    out: list[tuple[str, CharterCommitment | ConventionCommitment, str]] = []
    for c in dossier.charter.commitments:
        if c.partner == partner_id:
            out.append((c.id if counts[c.id] == 1 else f"charter/{c.id}", c, "Charte"))
    for conv in dossier.conventions:
        for k in conv.commitments:
            if k.partner == partner_id:
                out.append((k.id if counts[k.id] == 1 else f"{conv.id}/{k.id}", k, conv.title))
    return out


def contribution_refs(dossier: Dossier, partner_id: str) -> list[tuple[str, Contribution, str]]:
    _, counts = _ref_counts(dossier)
    return [
        (c.id if counts[c.id] == 1 else f"{conv.id}/{c.id}", c, conv.title)
        for conv in dossier.conventions
        for c in conv.contributions
        if c.partner == partner_id
    ]


IDENTITY: list[tuple[str, str, str, FieldKind]] = [
    ("partner:name", "Nom", "name", "text"),
    ("partner:short_name", "Nom court (« la CAF »)", "short_name", "text"),
    ("partner:address", "Adresse", "address", "text"),
    ("partner:siret", "SIRET (14 chiffres)", "siret", "text"),
    ("representative:civility", "Représentant : civilité", "civility", "choice"),
    ("representative:name", "Représentant : nom", "name", "text"),
    ("representative:function", "Représentant : fonction", "function", "text"),
    ("contact:name", "Contact : nom", "name", "text"),
    ("contact:email", "Contact : courriel", "email", "text"),
    ("contact:phone", "Contact : téléphone", "phone", "text"),
]

CONTRIBUTION_FIELDS: list[tuple[str, str, FieldKind]] = [
    ("kind", "Nature", "choice"),
    ("description", "Description", "text"),
    ("amount", "Montant (€)", "decimal"),
    ("year", "Année", "year"),
    ("payment_terms", "Modalités de versement", "choice"),
]

NEW_COMMITMENT_ROWS = 3


def _choices(name: str) -> dict[str, str]:
    if name == "civility":
        return CIVILITIES
    if name == "kind":
        return CONTRIBUTION_KINDS
    if name == "payment_terms":
        return PAYMENT_TERMS
    return {}


def partner_fields(dossier: Dossier, partner: Partner) -> list[Field]:
    """Every answer row of the partner's form, with the values of ``dossier``."""
    out: list[Field] = []
    section = "Identité et représentant (à vérifier)"
    for key, label, attr, kind in IDENTITY:
        target = resolve(dossier, partner.id, key)
        assert target is not None
        out.append(
            Field(
                key,
                label,
                kind,
                choices=_choices(attr) if kind == "choice" else {},
                section=section,
                value=canonical(getattr(target.obj, target.attr)),
                required=key == "partner:name",
            )
        )
    out.append(
        Field(
            "interest",
            "Votre intérêt à participer",
            hint="Ce que votre structure attend de la coopération.",
            section="Intérêt",
            value=canonical(partner.interest),
        )
    )
    section = "Engagements"
    for n, (ref, item, where) in enumerate(commitment_refs(dossier, partner.id), start=1):
        out.append(
            Field(
                f"commitment:{ref}",
                f"Engagement n° {n}",
                hint=where,
                section=section,
                value=canonical(item.text),
                required=True,
            )
        )
    for n in range(1, NEW_COMMITMENT_ROWS + 1):
        out.append(
            Field("commitment:new", f"Nouvel engagement {n}", hint="Charte (laisser vide si aucun)", section=section)
        )
    for n, (ref, contrib, where) in enumerate(contribution_refs(dossier, partner.id), start=1):
        section = f"Contribution n° {n} – {where}"
        for name, label, kind in CONTRIBUTION_FIELDS:
            hint = "Montant en euros, par exemple 12500,00" if name == "amount" else ""
            if name == "payment_terms":
                hint = "Pour une contribution financière sans échéancier"
            out.append(
                Field(
                    f"contribution:{ref}:{name}",
                    label,
                    kind,
                    hint=hint,
                    choices=_choices(name),
                    section=section,
                    value=canonical(getattr(contrib, name)),
                    required=name in ("kind", "description"),
                )
            )
    return out


def reported_indicators(dossier: Dossier, partner_id: str) -> list[Indicator]:
    """The indicators a partner reports: one of their measures names it, or one of its charter commitments
    serves the indicator's objective."""
    objectives = {o for c in dossier.charter.commitments if c.partner == partner_id for o in c.objectives}
    return [
        ind
        for obj in dossier.charter.objectives
        for ind in obj.indicators
        if obj.id in objectives or any(m.partner == partner_id for m in ind.measures)
    ]


def measure_fields(dossier: Dossier, partner: Partner, period: str) -> list[Field]:
    """The rows of the indicator values of ``period`` (with unit, baseline and target shown)."""
    from ..domain import periods
    from ..domain.followup import french_value, measure_for, target_for

    out: list[Field] = []
    section = f"Indicateurs – {periods.label(period)}"
    for ind in reported_indicators(dossier, partner.id):
        baseline = french_value(ind.baseline_value, ind.unit) or (ind.baseline or "")
        if baseline and ind.baseline_period:
            baseline += f" ({periods.label(ind.baseline_period)})"
        target = french_value(target_for(ind, period), ind.unit) or (ind.target or "")
        hint = " ; ".join(
            part
            for part in (
                f"Unité : {ind.unit}" if ind.unit else "",
                f"Valeur de départ : {baseline}" if baseline else "",
                f"Cible : {target}" if target else "",
            )
            if part
        )
        measure = measure_for(ind, period)
        f = Field(f"measure:{ind.id}:{period}", ind.name, "number", hint=hint, section=section)
        f.value = canonical_for(f, measure.value if measure else None)
        out.append(f)
        comment = canonical(measure.comment if measure else None)
        out.append(Field(f"measure-comment:{ind.id}:{period}", "Commentaire", section=section, value=comment))
    return out


def resolve(dossier: Dossier, partner_id: str, key: str) -> Target | None:
    """Where ``key``'s value lives in ``dossier`` (None: the item is gone, or is not the partner's)."""
    partner = dossier.partner(partner_id)
    if partner is None:
        return None
    head, _, rest = key.partition(":")
    if key == "interest":
        return Target(partner, "interest", partner)
    if head == "partner":
        return Target(partner, rest, partner)
    if head == "representative":
        return Target(partner.representative, rest, partner)
    if head == "contact":
        return Target(partner.contact, rest, partner)
    if head == "commitment":
        for ref, item, _where in commitment_refs(dossier, partner_id):
            if ref == rest:
                return Target(item, "text", item)
        return None
    if head == "contribution":
        ref, _, name = rest.rpartition(":")
        for cref, contrib, _where in contribution_refs(dossier, partner_id):
            if cref == ref:
                return Target(contrib, name, contrib)
        return None
    if head in ("measure", "measure-comment"):
        ind_id, _, period = rest.partition(":")
        indicator = next((i for i in dossier.charter.indicators() if i.id == ind_id), None)
        if indicator is None or not period:
            return None
        attr = "value" if head == "measure" else "comment"
        measure = next((m for m in indicator.measures if m.period == period), None)
        return Target(measure, attr, indicator if measure is None else measure, period)
    return None


def field_for_key(key: str, label: str, value: str) -> Field:
    """The field a key designates, as the collector rebuilds it from a form's hidden sheet."""
    head, _, rest = key.partition(":")
    name = rest.rpartition(":")[2] if head == "contribution" else rest
    kind: FieldKind = "text"
    required = False
    if head == "representative" and name == "civility":
        kind = "choice"
    elif head == "contribution":
        kind = next((k for n, _l, k in CONTRIBUTION_FIELDS if n == name), "text")
        required = name in ("kind", "description")
    elif head == "commitment" and rest != "new":
        required = True
    elif key == "partner:name":
        required = True
    if head == "measure":
        kind = "number"
    return Field(key, label, kind, choices=_choices(name) if kind == "choice" else {}, value=value, required=required)
