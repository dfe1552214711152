"""The structured comparison: items matched by id, field-level changes, moves, summary."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from charte_app.diff import compare_dossiers
from charte_app.diff.model import Comparison
from charte_app.diff.summary import phrase, summarise
from charte_app.diff.words import Segment
from charte_app.domain.model import GlossaryEntry, Indicator, Payment, Value
from charte_app.errors import NotFound
from diff_helpers import clone, epernay, reims

Change = tuple[str, str, str, bool, tuple[str, ...]]


def changes(comparison: Comparison) -> list[Change]:
    """Every item with a change of its own: (category, key, status, moved, changed field names)."""
    out = []
    for section in comparison.sections:
        for top in section.items:
            for item in top.walk():
                if item.status != "unchanged" or item.moved:
                    names = tuple(f.name for f in item.fields if f.changed)
                    out.append((item.category, item.key, item.status, item.moved, names))
    return out


def changed_fields(comparison: Comparison) -> list[tuple[str, str]]:
    return [(s.key, f.name) for s in comparison.sections for f in s.fields if f.changed]


def test_reims_versions_1_and_2_show_exactly_their_changes() -> None:
    doc = reims()
    v1, v2 = doc.versions[0].snapshot, doc.versions[1].snapshot
    comparison = compare_dossiers(v1, v2)

    assert comparison.summary == (
        "1 valeur ajoutée, 1 règle modifiée, 1 indicateur modifié, 1 engagement modifié, "
        "1 instance de gouvernance modifiée"
    )
    assert changes(comparison) == [
        ("value", "v-bienveillance", "added", False, ("title", "description")),
        ("rule", "r-partage", "changed", False, ("text",)),
        ("indicator", "i-delai", "changed", False, ("target",)),
        ("commitment", "c3", "changed", False, ("text",)),
        ("body", "copil", "changed", False, ("meets",)),
    ]
    # updated_at differs between the snapshots but is bookkeeping, not content.
    assert changed_fields(comparison) == []
    assert [s.key for s in comparison.changed_sections()] == [
        "charter.values",
        "charter.rules",
        "charter.objectives",
        "charter.commitments",
        "charter.governance",
    ]
    by_key = {i.key: i for s in comparison.sections for top in s.items for i in top.walk()}
    assert by_key["i-delai"].fields[2].segments == [
        Segment("delete", "21"),
        Segment("insert", "15"),
        Segment("equal", " jours"),
    ]
    assert [f.segments for f in by_key["copil"].fields if f.changed] == [
        [Segment("delete", "deux"), Segment("insert", "trois"), Segment("equal", " fois par an")]
    ]
    rule_text = next(f for f in by_key["r-partage"].fields if f.name == "text")
    assert [s for s in rule_text.segments if s.op != "equal"] == [
        Segment("delete", "avec l'"),
        Segment("insert", "après information et "),
        Segment("delete", "."),
        Segment("insert", ", dans le respect de l'article L. 121-6-2 du code de l'action sociale et des familles."),
    ]
    assert by_key["c3"].title == "Engagement du Département"
    assert by_key["v-bienveillance"].title == "Valeur « Bienveillance »"


def test_reims_version_2_equals_the_draft() -> None:
    doc = reims()
    comparison = compare_dossiers(doc.versions[1].snapshot, doc.dossier)
    assert comparison.summary == "Aucune différence."
    assert not comparison.has_changes
    assert changes(comparison) == []


def test_added_removed_and_edited_values() -> None:
    old = reims().versions[1].snapshot
    new = clone(old)
    new.charter.values.insert(1, Value(id="v-ecoute", title="Écoute", description="Chacun est entendu."))
    new.charter.values.append(Value(id="v-audace", title="Audace"))
    del new.charter.values[0]  # v-confiance
    new.charter.values[1].description = "Les familles sont informées, associées et écoutées."  # v-respect
    comparison = compare_dossiers(old, new)
    assert comparison.summary == "2 valeurs ajoutées, 1 valeur supprimée, 1 valeur modifiée"
    assert changes(comparison) == [
        ("value", "v-confiance", "removed", False, ("title", "description")),
        ("value", "v-ecoute", "added", False, ("title", "description")),
        ("value", "v-respect", "changed", False, ("description",)),
        ("value", "v-audace", "added", False, ("title",)),
    ]
    values = comparison.sections[next(i for i, s in enumerate(comparison.sections) if s.key == "charter.values")]
    assert [i.key for i in values.items] == [
        "v-confiance",
        "v-ecoute",
        "v-respect",
        "v-equite",
        "v-bienveillance",
        "v-audace",
    ]
    removed = values.items[0]
    assert removed.fields[0].old == "Confiance" and removed.fields[0].new is None


def test_reordered_items_are_moved_not_deleted_and_added() -> None:
    old = reims().versions[1].snapshot
    new = clone(old)
    first = new.charter.values.pop(0)
    new.charter.values.append(first)
    comparison = compare_dossiers(old, new)
    assert comparison.summary == "1 valeur déplacée"
    assert changes(comparison) == [("value", "v-confiance", "unchanged", True, ())]


def test_moved_and_changed_is_reported_as_both() -> None:
    old = reims().versions[1].snapshot
    new = clone(old)
    rules = new.charter.rules
    rules[0], rules[-1] = rules[-1], rules[0]
    rules[-1].title = "Partage des informations"
    comparison = compare_dossiers(old, new)
    assert sorted(changes(comparison)) == sorted(
        [
            ("rule", rules[0].id, "unchanged", True, ()),
            ("rule", "r-partage", "changed", True, ("title",)),
        ]
    )
    assert rules[1].id not in {c[1] for c in changes(comparison)}  # the middle rule stayed put
    assert sorted(changes(comparison)) == sorted(
        [
            ("rule", rules[0].id, "unchanged", True, ()),
            ("rule", "r-partage", "changed", True, ("title",)),
        ]
    )
    assert comparison.summary == "1 règle modifiée, 2 règles déplacées"


def test_nested_indicators() -> None:
    old = reims().versions[1].snapshot
    new = clone(old)
    objective = new.charter.objectives[0]
    objective.indicators.append(Indicator(id="i-new", name="Familles informées", target="100 %"))
    objective.indicators[0].baseline = "30 jours"
    removed = old.charter.objectives[-1].indicators[-1]
    new.charter.objectives[-1].indicators.pop()
    comparison = compare_dossiers(old, new)
    assert comparison.summary == "1 indicateur ajouté, 1 indicateur supprimé, 1 indicateur modifié"
    got = changes(comparison)
    assert ("indicator", "i-new", "added", False, ("name", "target")) in got
    assert (
        "indicator",
        removed.id,
        "removed",
        False,
        tuple(f for f in ("name", "baseline", "target", "source", "frequency") if getattr(removed, f)),
    ) in got
    assert ("indicator", "i-delai", "changed", False, ("baseline",)) in got
    assert len(got) == 3
    # The objective holding them has no change of its own.
    section = next(s for s in comparison.sections if s.key == "charter.objectives")
    assert section.items[0].status == "unchanged" and section.items[0].has_changes


def test_an_added_objective_counts_once_not_per_indicator() -> None:
    old = reims().versions[1].snapshot
    new = clone(old)
    new.charter.objectives.pop()
    comparison = compare_dossiers(new, old)
    assert comparison.summary == "1 objectif ajouté"


def test_glossary_is_matched_by_term() -> None:
    old = reims().versions[1].snapshot
    old.charter.glossary = [
        GlossaryEntry(term="PRE", definition="Programme de réussite éducative."),
        GlossaryEntry(term="ASE", definition="Aide sociale à l'enfance."),
    ]
    new = clone(old)
    new.charter.glossary = [
        GlossaryEntry(term="ASE", definition="Aide sociale à l'enfance (Département)."),
        GlossaryEntry(term="PRE", definition="Programme de réussite éducative."),
        GlossaryEntry(term="CLAS", definition="Contrat local d'accompagnement à la scolarité."),
    ]
    comparison = compare_dossiers(old, new)
    assert comparison.summary == (
        "1 terme du glossaire ajouté, 1 terme du glossaire modifié, 1 terme du glossaire déplacé"
    )
    assert sorted(changes(comparison)) == sorted(
        [
            ("glossary", "ase", "changed", True, ("definition",)),
            ("glossary", "clas", "added", False, ("term", "definition")),
        ]
    )


def test_contributions_and_schedules() -> None:
    old = epernay().dossier
    new = clone(old)
    conv = new.conventions[0]
    f1 = conv.contributions[0]
    f1.amount = Decimal("20000.00")
    f1.schedule[1].amount = Decimal("9200.00")
    f1.schedule.append(Payment(due=date(2028, 6, 30), amount=Decimal("0.00"), condition="solde"))
    conv.contributions[3].fte = Decimal("0.8")  # f4, staff
    conv.contributions[1].schedule[0].due = date(2027, 1, 15)  # f2: the instalment moves in time
    comparison = compare_dossiers(old, new)
    assert comparison.summary == (
        "2 contributions modifiées, 2 échéances ajoutées, 1 échéance supprimée, 1 échéance modifiée"
    )
    assert changes(comparison) == [
        ("contribution", "f1", "changed", False, ("amount",)),
        ("payment", "2027-06-30", "changed", False, ("amount",)),
        ("payment", "2028-06-30", "added", False, ("due", "amount", "condition")),
        ("payment", "2026-12-01", "removed", False, ("due", "amount", "condition")),
        ("payment", "2027-01-15", "added", False, ("due", "amount", "condition")),
        ("contribution", "f4", "changed", False, ("fte",)),
    ]
    by_key = {i.key: i for s in comparison.sections for top in s.items for i in top.walk()}
    amount = next(f for f in by_key["f1"].fields if f.name == "amount")
    assert (amount.old, amount.new) == ("18\u202f000,00\u00a0€", "20\u202f000,00\u00a0€")
    assert amount.segments == [
        Segment("delete", "18"),
        Segment("insert", "20"),
        Segment("equal", "\u202f000,00\u00a0€"),
    ]
    fte = next(f for f in by_key["f4"].fields if f.name == "fte")
    assert (fte.old, fte.new) == ("0,6", "0,8")


def test_convention_document_keeps_only_that_convention_and_its_parties() -> None:
    old = epernay().dossier
    new = clone(old)
    new.charter.values[0].title = "Changed in the charter"
    new.conventions[0].commitments[
        0
    ].text = "Orienter vers l'Association, avec l'accord des familles, les enfants repérés."
    new.partners[0].address = "Hôtel de Ville, 51200 Épernay"
    comparison = compare_dossiers(old, new, document="conv-psychomot")
    assert [g.key for g in comparison.groups] == ["dossier", "convention:conv-psychomot"]
    partner_ids = [i.key for i in comparison.sections[0].items]
    assert partner_ids == old.conventions[0].parties
    assert comparison.summary == "1 partenaire modifié, 1 engagement modifié"
    charter = compare_dossiers(old, new, document="charter")
    assert [g.key for g in charter.groups] == ["dossier", "charter"]
    assert charter.summary == "1 partenaire modifié, 1 valeur modifiée"


def test_unknown_convention_is_a_french_error() -> None:
    dossier = epernay().dossier
    with pytest.raises(NotFound, match="Aucune convention « nope »"):
        compare_dossiers(dossier, dossier, document="nope")


def test_a_whole_convention_added_counts_once() -> None:
    new = epernay().dossier
    old = clone(new)
    old.conventions = []
    comparison = compare_dossiers(old, new)
    assert comparison.summary == "1 convention ajoutée"
    group = comparison.groups[-1]
    assert group.status == "added" and group.title == new.conventions[0].title
    # Its content is all there, as insertions, for a redline.
    objet = next(f for f in group.sections[0].fields if f.name == "object")
    assert objet.segments == [Segment("insert", new.conventions[0].object)]


def test_section_fields_count_as_rubriques() -> None:
    old = reims().versions[1].snapshot
    new = clone(old)
    new.diagnosis = (old.diagnosis or "") + "\n\n- les parents sont peu associés."
    new.charter.communication = "Une lettre d'information trimestrielle."
    comparison = compare_dossiers(old, new)
    assert comparison.summary == "2 rubriques modifiées"
    assert changed_fields(comparison) == [("dossier.diagnosis", "diagnosis"), ("charter.texts", "communication")]


def test_summary_agreement_and_plurals() -> None:
    assert phrase("value", "added", 3) == "3 valeurs ajoutées"
    assert phrase("indicator", "changed", 1) == "1 indicateur modifié"
    assert phrase("commitment", "removed", 2) == "2 engagements supprimés"
    assert phrase("body", "moved", 2) == "2 instances de gouvernance déplacées"
    assert phrase("glossary", "added", 2) == "2 termes du glossaire ajoutés"
    assert summarise({("indicator", "changed"): 1, ("value", "added"): 3}) == (
        "3 valeurs ajoutées, 1 indicateur modifié"
    )
    assert summarise({}) == "Aucune différence."


def test_apostrophe_only_edit_is_not_a_change() -> None:
    old = reims().versions[1].snapshot
    new = clone(old)
    new.charter.rules[0].text = (old.charter.rules[0].text or "").replace("'", "\u2019")
    assert compare_dossiers(old, new).summary == "Aucune différence."


def test_diff_package_imports_no_qt() -> None:
    import subprocess
    import sys

    code = (
        "import sys, charte_app.diff, charte_app.diff.text_export; "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
