"""Three-way merge of two drafts edited from one stored state: what merges, what conflicts."""

from __future__ import annotations

import copy
from typing import Any

from charte_app.domain import encode
from charte_app.domain.merge import three_way_merge
from charte_app.samples import small_dossier


def _base() -> dict[str, Any]:
    return encode(small_dossier())


def it_takes_each_side_s_change_when_they_touch_different_fields() -> None:
    base = _base()
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    mine["diagnosis"] = "Mon diagnostic"
    theirs["common_goal"] = "Leur but commun"
    theirs["partners"][0]["address"] = "1 place de la Mairie"
    mine["partners"][1]["interest"] = "Mieux orienter les familles"
    result = three_way_merge(base, mine, theirs)
    assert result.clean
    assert result.merged["diagnosis"] == "Mon diagnostic"
    assert result.merged["common_goal"] == "Leur but commun"
    assert result.merged["partners"][0]["address"] == "1 place de la Mairie"
    assert result.merged["partners"][1]["interest"] == "Mieux orienter les familles"


def it_names_a_field_both_changed_differently_and_keeps_theirs_there() -> None:
    base = _base()
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    mine["partners"][0]["name"] = "Ville (moi)"
    theirs["partners"][0]["name"] = "Ville (eux)"
    ident = base["partners"][0]["id"]
    result = three_way_merge(base, mine, theirs)
    assert result.conflicts == [f"partners[{ident}].name"]
    assert result.merged["partners"][0]["name"] == "Ville (eux)"


def it_keeps_items_added_on_both_sides_and_drops_an_item_removed_on_one_untouched_on_the_other() -> None:
    base = _base()
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    mine["charter"]["values"].append({"id": "mine", "title": "Confiance"})
    theirs["charter"]["values"].insert(0, {"id": "theirs", "title": "Respect"})
    removed = theirs["partners"].pop(1)["id"]
    result = three_way_merge(base, mine, theirs)
    assert result.clean
    ids = [v["id"] for v in result.merged["charter"]["values"]]
    assert ids[0] == "theirs" and ids[-1] == "mine" and len(ids) == len(base["charter"]["values"]) + 2
    assert removed not in [p["id"] for p in result.merged["partners"]]


def it_never_drops_an_edit_on_an_item_the_other_side_removed() -> None:
    base = _base()
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    ident = base["partners"][1]["id"]
    mine["partners"][1]["address"] = "Adresse corrigée"
    theirs["partners"].pop(1)
    result = three_way_merge(base, mine, theirs)
    assert result.conflicts == [f"partners[{ident}]"]
    assert any(p["id"] == ident and p["address"] == "Adresse corrigée" for p in result.merged["partners"])


def it_does_not_count_the_save_time_as_a_conflict() -> None:
    base = _base()
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    mine["updated_at"], theirs["updated_at"] = "2026-11-30T10:00:00+01:00", "2026-11-30T10:05:00+01:00"
    result = three_way_merge(base, mine, theirs)
    assert result.clean and result.merged["updated_at"] == "2026-11-30T10:05:00+01:00"
