"""What reading a `.charte` file costs a one-shot command (issue 13): ``compare FILE`` imports
neither python-stdnum (SIRETs in ASCII are checked without it), nor logging.handlers (the log file
is made at the first record), nor uuid (and ``platform`` with it)."""

from __future__ import annotations

import subprocess
import sys
import uuid
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from charte_app.domain import dossier_file
from charte_app.domain.validation import _is_uuid
from charte_app.samples import large_dossier_file

CANONICAL = "0f8fad5b-d9cb-469f-a165-70867728950e"


def _uuid_rule(value: str) -> bool:
    """The rule as it was written: uuid's own parsing, then its canonical spelling."""
    try:
        return str(uuid.UUID(value)) == value
    except ValueError:
        return False


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(alphabet=st.sampled_from(list("0123456789abcdefABCDEF-{}_+ \n:urnid")), max_size=45),
        st.builds(lambda u: str(u), st.uuids()),
        st.builds(
            lambda u, f: f(str(u)),
            st.uuids(),
            st.sampled_from([str.upper, lambda s: s + "\n", lambda s: "{" + s + "}"]),
        ),
    )
)
def test_uuid_check_is_the_uuid_module_rule(value: str) -> None:
    assert _is_uuid(value) == _uuid_rule(value)


def test_uuid_spellings() -> None:
    spellings = [CANONICAL.upper(), "{" + CANONICAL + "}", "urn:uuid:" + CANONICAL, CANONICAL + "\n"]
    spellings += [CANONICAL.replace("-", ""), " " + CANONICAL, CANONICAL.replace("-", "_", 1)]
    for value in (CANONICAL, *spellings):
        assert _is_uuid(value) == _uuid_rule(value), value
    assert _is_uuid(CANONICAL)


def test_compare_of_a_file_imports_nothing_it_does_not_use(tmp_path: Path) -> None:
    doc = large_dossier_file(partners=4, charter_commitments=6, convention_parties=3, versions=3, seed=5)
    source = tmp_path / "d.charte"
    source.write_bytes(dossier_file.dump(doc))
    code = (
        "import sys\n"
        "from charte_app.cli import main\n"
        f"code = main(['--data-dir', {str(tmp_path / 'data')!r}, 'compare', {str(source)!r}, '--from', '1',"
        " '--to', '3', '--format', 'text', '--output', '-'])\n"
        # uuid and platform are not in the list: msgspec, which reads the file, imports them itself.
        "unused = ('stdnum', 'logging.handlers', 'sqlalchemy', 'PySide6', 'reportlab')\n"
        "print(code, [m for m in unused if m in sys.modules], file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stderr.strip().splitlines()[-1] == "0 []"
    assert done.stdout.startswith("Comparaison : « version n° 1 – Version 1")
