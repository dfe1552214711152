"""SIRET numbers through python-stdnum: separators accepted, formatted 3-3-3-5, La Poste's exception known."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from charte_app.documents import typography
from charte_app.domain import dossier_file
from charte_app.domain.model import DossierFile
from charte_app.domain.siret import iban_ok, siret_checksum_ok, siret_compact, siret_format
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


# -- the ASCII fast path is stdnum's rules, and stdnum is only imported when needed (issue 13) --------

_TYPED = st.text(
    alphabet=st.sampled_from(
        list("0123456789") * 6
        + list(" .-`'/:,*_\t\n\x0bAbz")
        + ["\u00a0", "\u202f", "\u2013", "\u2014", "\uff10", "\uff15", "\u0663", "\u2007", "\u3000", "\u00e9"]
    ),
    max_size=20,
)


def _stdnum_siret_ok(value: str) -> bool:
    from stdnum.fr import siret as reference

    digits = siret_compact(value)
    return len(digits) == 14 and digits.isdigit() and reference.is_valid(digits)


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        _TYPED,
        st.from_regex(r"\A(356000000|[0-9]{9})[0-9]{5}\Z"),  # La Poste's SIREN and any other
        st.builds(lambda n: f"{n:014d}", st.integers(0, 10**14 - 1)),
    )
)
def test_fast_siret_rules_are_stdnum_rules(typed: str) -> None:
    from stdnum.fr import siret as reference

    pasted = typed.replace("-", " ").replace("\u00a0", " ").replace("\u202f", " ")
    assert siret_compact(typed) == reference.compact(pasted)
    assert siret_checksum_ok(typed) == _stdnum_siret_ok(typed)
    digits = siret_compact(typed)
    expected = reference.format(digits) if len(digits) == 14 and digits.isdigit() else typed
    assert siret_format(typed) == expected


def test_every_valid_siret_of_a_generated_dossier_and_the_keys_around_it() -> None:
    from stdnum.fr import siret as reference

    for number in ("35600000000048", "35600000000049", LA_POSTE, "73282932000074", "40483304800022"):
        for last in "0123456789":
            candidate = number[:-1] + last
            assert siret_checksum_ok(candidate) == reference.is_valid(candidate), candidate
    assert siret_checksum_ok("\uff14\uff10\uff14\uff18\uff13\uff13\uff10\uff14\uff18\uff10\uff10\uff10\uff12\uff12")
    assert siret_compact("\uff14\uff10\uff14 833 048 00022") == "40483304800022"  # fullwidth digits: stdnum maps them
    assert siret_compact("404`833") == reference.compact("404`833")  # the one ASCII look-alike stdnum maps


def test_reading_a_file_does_not_import_stdnum(tmp_path: Path) -> None:
    doc = DossierFile(dossier=small_dossier())
    doc.dossier.partners[0].siret = "404 833 048 00022"
    doc.dossier.partners[1].siret = "404.833.048.00023"  # a wrong key: a warning, still without stdnum
    assert doc.dossier.partners[0].bank_details is not None  # a French IBAN: stdnum's rules, without stdnum
    (tmp_path / "d.charte").write_bytes(dossier_file.dump(doc))
    code = (
        "import sys\n"
        "from charte_app.domain import dossier_file\n"
        f"parsed, warnings = dossier_file.parse(open({str(tmp_path / 'd.charte')!r}, 'rb').read())\n"
        "print([p.path for p in warnings], [m for m in sys.modules if m.startswith('stdnum')])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "['dossier.partners[1].siret'] []"


# -- IBAN: python-stdnum's rules, not the mod-97 key alone (issue 25) ------------------------------------


@pytest.mark.parametrize(
    "iban",
    [
        # Each of these three has a right mod-97 key: the key alone accepted them.
        "FR13 3000 6000 0112 3456 7890 18",  # 26 characters: a French IBAN has 27
        "XX57 WEST 1234 5698 7654 32",  # no country XX
        "DE05 3704 0044 0532 0130 0A",  # a German account number has digits only
        "FR76 3000 6000 0112 3456 7890 188",  # a wrong key
        "FR76 0000",
    ],
)
def test_iban_ok_refuses_what_stdnum_refuses(iban: str) -> None:
    from stdnum import iban as reference

    assert not reference.is_valid(iban)
    assert not iban_ok(iban)


@pytest.mark.parametrize(
    "iban", ["FR76 3000 6000 0112 3456 7890 189", "DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32"]
)
def test_iban_ok_accepts_valid_ibans(iban: str) -> None:
    assert iban_ok(iban)
    assert iban_ok(iban.replace(" ", "").lower())


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(alphabet="FR0123456789ABCXYZ -.", min_size=20, max_size=34).map(lambda t: "FR" + t),
        st.from_regex(r"FR[0-9]{2}[0-9]{10}[A-Z0-9]{11}[0-9]{2}", fullmatch=True),
    )
)
def test_french_iban_rules_are_stdnum_rules(typed: str) -> None:
    from stdnum import iban as reference

    key = reference.calc_check_digits(typed) if len(typed) > 4 else "00"
    for candidate in (typed, typed[:2] + key + typed[4:]):  # as typed, and with the right key
        assert iban_ok(candidate) == reference.is_valid(candidate), candidate
