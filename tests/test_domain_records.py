"""The format's record classes share one __eq__ and one __repr__ (issue 13: the dataclass machinery
compiled three methods per class at every start of the program): they must behave exactly as the
methods dataclass() generates."""

from __future__ import annotations

import copy
import dataclasses
import inspect

import pytest

from charte_app.domain import model
from charte_app.domain.model import Dossier, DossierFile, Partner, Record
from charte_app.samples import large_dossier_file

RECORDS = [
    cls
    for _, cls in inspect.getmembers(model, inspect.isclass)
    if issubclass(cls, Record) and cls.__module__ == model.__name__
]


def _twin(cls: type) -> type:
    """``cls`` with the methods the standard decorator generates (a subclass: same fields)."""
    return dataclasses.dataclass(type(cls.__name__, (cls,), {"__qualname__": cls.__qualname__, "__doc__": "twin"}))


def _records(value: object, found: list[Record]) -> list[Record]:
    if isinstance(value, Record):
        found.append(value)
        for f in dataclasses.fields(value):
            _records(getattr(value, f.name), found)
    elif isinstance(value, list):
        for item in value:
            _records(item, found)
    return found


def test_no_record_class_compiles_its_own_methods() -> None:
    assert len(RECORDS) >= 30
    how = "declare it @dataclass(repr=False, eq=False), with a docstring: Record has __eq__ and __repr__"
    for cls in RECORDS:
        assert "__eq__" not in vars(cls) or cls is Record, f"{cls.__name__}: {how}"
        assert "__repr__" not in vars(cls) or cls is Record, f"{cls.__name__}: {how}"
        assert cls.__doc__ and not cls.__doc__.startswith(cls.__name__ + "("), f"{cls.__name__}: {how}"


def test_repr_eq_and_hash_are_those_of_a_generated_dataclass() -> None:
    doc = large_dossier_file(partners=5, charter_commitments=6, convention_parties=3, versions=3, seed=7)
    doc.dossier.partners[0].extra = {"x-note": [1, "deux"]}
    doc.dossier.partners[1].presence = {"siret": "null"}
    objects = _records(doc, [])
    assert {type(o) for o in objects} >= {Dossier, DossierFile, Partner}
    twins = {cls: _twin(cls) for cls in RECORDS}
    for obj in objects:
        other = copy.deepcopy(obj)
        as_twin = copy.copy(obj)
        as_twin.__class__ = twins[type(obj)]
        other_twin = copy.copy(other)
        other_twin.__class__ = twins[type(obj)]
        assert repr(obj) == repr(as_twin)
        assert (obj == other) is (as_twin == other_twin) is True
        with pytest.raises(TypeError):
            hash(obj)
    partner, twin_partner = doc.dossier.partners[2], twins[Partner]
    changed = copy.deepcopy(partner)
    changed.extra = {"x-other": 1}  # unknown keys are compared
    assert partner != changed
    changed = copy.deepcopy(partner)
    changed.presence = {"name": "value"}  # how keys were written is not
    assert partner == changed
    assert partner != twin_partner(id=partner.id, name=partner.name)  # never equal across classes
    assert partner.__eq__(doc.dossier) is NotImplemented


def test_a_record_inside_itself_is_shown_once() -> None:
    partner = Partner(id="p", name="P")
    partner.fields_of_action = [partner]  # type: ignore[list-item]
    twin = copy.copy(partner)
    twin.__class__ = _twin(Partner)
    twin.fields_of_action = [twin]
    assert repr(partner).endswith(
        "fields_of_action=[...], interest=None, bank_details=None, legal_person=None, map=None)"
    )
    assert repr(partner) == repr(twin)


def test_field_types_are_those_typing_finds() -> None:
    """The codec evaluates each distinct annotation once (issue 13); the result is get_type_hints'."""
    import typing

    from charte_app.domain import codec
    from charte_app.services.lazy import LazyVersion

    for cls in [*RECORDS, LazyVersion]:
        assert codec._field_types(cls) == typing.get_type_hints(cls), cls
