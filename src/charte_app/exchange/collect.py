"""Collecting a returned form: what it proposes against the values sent and the draft as it is now.

Three values per answer: *sent* (kept in the form's hidden sheet), *answer* (the partner's cell) and
*current* (the working draft now). An answer equal to what was sent proposes nothing; one equal to the
current value is already there (collecting twice changes nothing); otherwise, when the coordinator
left the field as it was sent, it is a :class:`Proposal`; when they changed it meanwhile, a
:class:`Conflict` shown side by side and never applied by itself. An answer that cannot be read (a
word in an amount) is an :class:`Unreadable` line, not applied.

Applying goes through :class:`Operation` s (set an attribute, append an item) so that the window can
run them through its undo stack as one step and the CLI on the stored draft in one transaction.
Every changed record is marked in its additive key ``received_from`` (docs/format-extensions.md):
``[{"partner", "date", "field"}]``.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from ..domain.model import CharterCommitment, Dossier, Measure
from ..errors import NotFound, UserError
from .fields import AnswerError, Field, canonical_for, display, model_value, resolve
from .forms import FormRefused, ReturnedForm

MARK_KEY = "received_from"


@dataclass
class Proposal:
    key: str
    label: str
    field: Field
    current: str  # canonical, as the draft has it (= sent)
    answer: str

    def line(self) -> str:
        if self.key == "commitment:new":
            return f"{self.key}\tajout\t« {self.answer} »"
        return f"{self.key}\t{display(self.field, self.current)} → {display(self.field, self.answer)}"


@dataclass
class Conflict:
    key: str
    label: str
    field: Field
    sent: str
    current: str | None  # None: the item was removed from the draft
    answer: str

    def line(self) -> str:
        now = "supprimé du brouillon" if self.current is None else display(self.field, self.current)
        return (
            f"{self.key}\tCONFLIT\tenvoyé : {display(self.field, self.sent)} | brouillon actuel : {now} | "
            f"réponse : {display(self.field, self.answer)}"
        )


@dataclass
class Unreadable:
    key: str
    label: str
    message: str

    def line(self) -> str:
        return f"{self.key}\tREFUSÉE\t{self.message}"


@dataclass
class Collected:
    """What a form proposes for one dossier."""

    form: ReturnedForm
    partner_name: str
    received: date
    proposals: list[Proposal] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    unreadable: list[Unreadable] = field(default_factory=list)

    def lines(self) -> list[str]:
        found: list[Proposal | Conflict | Unreadable] = [*self.proposals, *self.conflicts, *self.unreadable]
        return [x.line() for x in found]


@dataclass
class Operation:
    """One primitive change: ``setattr(target, attr, value)`` or ``items.append(item)``."""

    kind: Literal["set", "append"]
    target: Any
    attr: str = ""
    value: Any = None
    text: str = ""

    def run(self) -> None:
        if self.kind == "set":
            setattr(self.target, self.attr, self.value)
        else:
            self.target.append(self.value)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def compare(form: ReturnedForm, current: Dossier, *, received: date | None = None) -> Collected:
    """The changes ``form`` proposes to ``current``; refuses a form of another dossier or an unknown partner."""
    if form.dossier_id != current.id:
        raise FormRefused(
            f"Ce formulaire est celui du dossier « {form.dossier_title} », pas de « {current.title} » : rien n'est intégré."
        )
    partner = current.partner(form.partner_id)
    if partner is None:
        raise FormRefused(
            f"Le partenaire « {form.partner_name} » ({form.partner_id}) n'est plus dans le dossier : rien n'est intégré."
        )
    out = Collected(form, partner.name, received or date.today())
    new_texts = {_norm(c.text) for c in current.charter.commitments if c.partner == partner.id}
    for f, raw in form.fields():
        try:
            answer = f.read(raw)
        except AnswerError as exc:
            out.unreadable.append(Unreadable(f.key, f.label, str(exc)))
            continue
        if f.key == "commitment:new":
            if answer and _norm(answer) not in new_texts:
                new_texts.add(_norm(answer))
                out.proposals.append(Proposal(f.key, f.label, f, "", answer))
            continue
        if answer == f.value:
            continue
        target = resolve(current, partner.id, f.key)
        if target is None:
            out.conflicts.append(Conflict(f.key, f.label, f, f.value, None, answer))
            continue
        now = "" if target.obj is None else canonical_for(f, getattr(target.obj, target.attr))
        if now == answer:
            continue
        if now != f.value:
            out.conflicts.append(Conflict(f.key, f.label, f, f.value, now, answer))
        else:
            out.proposals.append(Proposal(f.key, f.label, f, now, answer))
    return out


def _mark_field(key: str) -> str:
    """The field a mark names on its record: ``amount``, ``representative.name``, ``text``…"""
    head, _, rest = key.partition(":")
    if head == "contribution":
        return rest.rpartition(":")[2]
    if head == "commitment":
        return "text"
    if head in ("representative", "contact"):
        return f"{head}.{rest}"
    if head == "partner":
        return rest
    if head == "measure":
        return "value"
    if head == "measure-comment":
        return "comment"
    return key


def _new_id(taken: set[str]) -> str:
    n = 1
    while f"c-part-{n}" in taken:
        n += 1
    return f"c-part-{n}"


def operations(
    collected: Collected, dossier: Dossier, accepted: list[Proposal | Conflict] | None = None
) -> list[Operation]:
    """The operations that apply ``accepted`` (default: every proposal, no conflict) to ``dossier``.

    A conflict is applied only when the user chose it explicitly (the window's « prendre la réponse »).
    """
    chosen: list[Proposal | Conflict] = list(collected.proposals) if accepted is None else list(accepted)
    partner_id = collected.form.partner_id
    stamp = collected.received.isoformat()
    ops: list[Operation] = []
    marks: dict[int, tuple[Any, list[dict[str, str]]]] = {}
    taken = {c.id for c in dossier.charter.commitments}
    created: dict[tuple[int, str | None], Measure] = {}
    for item in chosen:
        if item.key == "commitment:new":
            new_id = _new_id(taken)
            taken.add(new_id)
            record = CharterCommitment(id=new_id, partner=partner_id, text=item.answer)
            record.extra[MARK_KEY] = [{"partner": partner_id, "date": stamp, "field": "text"}]
            ops.append(Operation("append", dossier.charter.commitments, value=record, text="Nouvel engagement"))
            continue
        target = resolve(dossier, partner_id, item.key)
        if target is None:
            continue
        value = model_value(item.field, item.answer)
        if target.obj is None:  # the first value of a period: a new measure, stamped with who gave it
            key = (id(target.owner), target.period)
            if key not in created:
                measure = Measure(period=target.period or "", partner=partner_id, entered_on=collected.received)
                created[key] = measure
                ops.append(Operation("append", target.owner.measures, value=measure, text="Nouvelle mesure"))
            measure = created[key]
            setattr(measure, target.attr, value)
            measure.extra.setdefault(MARK_KEY, []).append(
                {"partner": partner_id, "date": stamp, "field": _mark_field(item.key)}
            )
            continue
        ops.append(Operation("set", target.obj, target.attr, value, item.label))
        owner = target.owner
        entry = marks.get(id(owner))
        if entry is None:
            entry = (owner, list(owner.extra.get(MARK_KEY, [])))
            marks[id(owner)] = entry
        entry[1].append({"partner": partner_id, "date": stamp, "field": _mark_field(item.key)})
    for owner, marked in marks.values():
        extra = dict(owner.extra)
        extra[MARK_KEY] = marked
        ops.append(Operation("set", owner, "extra", extra, "Réponse reçue"))
    return ops


def apply_to(collected: Collected, dossier: Dossier, accepted: list[Proposal | Conflict] | None = None) -> Dossier:
    """A copy of ``dossier`` with the accepted changes."""
    result = copy.deepcopy(dossier)
    for op in operations(collected, result, accepted):
        op.run()
    return result


def collect_file(
    service: Any, path: Any, *, apply: bool = False, received: date | None = None
) -> tuple[Collected, bool]:
    """Read ``path``, compare it with its dossier's draft in ``service``; with ``apply``, store the proposals as one
    draft save (one transaction). Returns what was found and whether the draft changed."""
    from .forms import read_form

    form = read_form(path)
    try:
        state = service.open_draft(form.dossier_id)
    except NotFound:
        raise FormRefused(
            f"Le dossier de ce formulaire (« {form.dossier_title} », {form.dossier_id}) n'est pas dans le dossier "
            "de données : importez-le d'abord. Rien n'est intégré."
        ) from None
    collected = compare(form, state.dossier, received=received)
    if not apply or not collected.proposals:
        return collected, False
    updated = apply_to(collected, state.dossier)
    try:
        service.save_draft(updated, base_revision=state.revision)
    except UserError:
        raise
    return collected, True
