"""SIRET numbers through python-stdnum: separators accepted, formatted 3-3-3-5, La Poste's exception known."""

from __future__ import annotations

import pytest

from charte_app.documents import typography
from charte_app.domain.siret import siret_checksum_ok, siret_compact, siret_format
from charte_app.domain.validation import validate_dossier
from charte_app.samples import small_dossier

#: A La Poste establishment: its SIREN 356 000 000 is shared, the Luhn key fails, the digit sum is a multiple of 5.
LA_POSTE = "35600000000001"


@pytest.mark.parametrize("typed", ["404.833.048.00022", "404 833 048 00022", "404-833-048-00022", "40483304800022"])
def test_separators_are_accepted_and_the_siret_is_formatted(typed: str) -> None:
    assert siret_compact(typed) == "40483304800022"
    assert siret_checksum_ok(typed)
    assert siret_format(typed) == "404 833 048 00022"
    assert typography.siret(typed) == "404\u00a0833\u00a0048\u00a000022"


def test_la_poste_is_accepted_though_its_luhn_key_fails() -> None:
    doubled = [int(d) * (2 if i % 2 else 1) for i, d in enumerate(reversed(LA_POSTE))]
    assert sum(v // 10 + v % 10 for v in doubled) % 10 != 0  # the plain Luhn rule would refuse it
    assert siret_checksum_ok(LA_POSTE)
    assert not siret_checksum_ok("35600000000002")  # digit sum 16: not a multiple of 5


def test_a_wrong_key_is_refused_and_a_wrong_length_left_as_typed() -> None:
    assert not siret_checksum_ok("40483304800023")
    assert not siret_checksum_ok("4048330480002")
    assert siret_format("4048") == "4048"
    assert typography.siret("4048") == "4048"


def test_validation_takes_a_dotted_siret_without_a_problem() -> None:
    dossier = small_dossier()
    dossier.partners[0].siret = "404.833.048.00022"
    assert not [p for p in validate_dossier(dossier) if p.path.endswith("siret")]
    dossier.partners[0].siret = "404.833.048.00023"
    assert [p.severity for p in validate_dossier(dossier) if p.path.endswith("siret")] == ["warning"]
