"""Files and outputs (issue 20, part 5): one reading of a `.charte` file, numbers kept as written,
dates and counts bounded at import, outputs that never replace a device, a FIFO or a socket, the
standard output as an output, and a closed pipe that ends a command quietly.
"""

from __future__ import annotations

import dataclasses
import json
import os
import socket
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from charte_app import cli
from charte_app.domain import dossier_file
from charte_app.domain.problems import DossierRefused
from charte_app.errors import OutputError
from charte_app.fsutil import atomic_write

SRC = Path(__file__).resolve().parents[1] / "src"
LONG = "0.1000000000000000055511151231257827"


def _example(examples_dir: Path) -> dict[str, Any]:
    raw: dict[str, Any] = json.loads((examples_dir / "epernay-psychomotricite.charte").read_bytes())
    return raw


def _write(path: Path, raw: dict[str, Any], *replacements: tuple[str, str]) -> Path:
    text = json.dumps(raw, ensure_ascii=False, indent=2)
    for old, new in replacements:
        assert old in text
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")
    return path


def _run_cli(data_dir: Path, *args: str, **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(SRC), "CHARTE_APP_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "charte_app", *args], env=env, capture_output=True, timeout=120, check=False, **kwargs
    )


# -- one reading ------------------------------------------------------------------------------------


def test_a_dossier_key_written_twice_is_refused_by_the_preview_and_the_import(
    examples_dir: Path, tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The window's preview showed the first "dossier" and the import stored the last: both now read
    the file through the same reader, which refuses it naming the key."""
    raw = _example(examples_dir)
    data = json.dumps(raw, ensure_ascii=False, indent=2).rstrip().removesuffix("}")
    second = json.dumps({**raw["dossier"], "title": "Un autre dossier"}, ensure_ascii=False)
    path = tmp_path / "deux.charte"
    path.write_text(data + f',\n  "dossier": {second}\n}}\n', encoding="utf-8")
    with pytest.raises(DossierRefused) as preview:
        dossier_file.parse_draft(path.read_bytes())
    assert [(p.path, "clé en double" in p.message) for p in preview.value.problems] == [("dossier", True)]
    assert cli.main(["import", str(path)]) == 1
    err = capsys.readouterr().err
    assert "- dossier : clé en double : « dossier »" in err
    assert cli.main(["list"]) == 0
    assert capsys.readouterr().out == ""  # nothing imported


def test_a_key_written_twice_deep_in_the_draft_is_named_by_its_path(examples_dir: Path, tmp_path: Path) -> None:
    raw = _example(examples_dir)
    name = raw["dossier"]["partners"][2]["name"]
    path = _write(
        tmp_path / "f.charte", raw, (f'"name": {json.dumps(name)}', f'"name": "X",\n "name": {json.dumps(name)}')
    )
    for read in (dossier_file.parse_draft, dossier_file.parse):
        with pytest.raises(DossierRefused) as refused:
            read(path.read_bytes())
        assert [p.path for p in refused.value.problems] == ["dossier.partners[2].name"]


@pytest.mark.parametrize("number", ["1e400", "-1E999", "NaN", "Infinity", "-Infinity"])
def test_a_number_that_is_not_finite_is_refused_at_import_with_its_path(
    examples_dir: Path, tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str], number: str
) -> None:
    raw = _example(examples_dir)
    raw["dossier"]["futur"] = {"mesure": "NOMBRE"}
    path = _write(tmp_path / "f.charte", raw, ('"NOMBRE"', number))
    assert cli.main(["import", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"dossier.futur.mesure : nombre « {number} » hors limites" in err
    assert "erreur inattendue" not in err


def test_unknown_numbers_come_back_as_written_after_import_and_save(
    examples_dir: Path, tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = _example(examples_dir)
    raw["futur_fichier"] = "A"
    raw["dossier"]["futur"] = {"taux": "B", "liste": ["C", 1.5, 12345678901234567890123]}
    raw["dossier"]["partners"][0]["futur"] = "D"
    replacements = [('"A"', LONG), ('"B"', "1.50"), ('"C"', "1E5"), ('"D"', "-0.0")]
    source = _write(tmp_path / "in.charte", raw, *replacements)
    assert cli.main(["import", str(source)]) == 0
    dossier_id = capsys.readouterr().out.strip().splitlines()[-1]
    saved = tmp_path / "out.charte"
    assert cli.main(["save", dossier_id, "--output", str(saved)]) == 0
    text = saved.read_text(encoding="utf-8")
    for literal in (LONG, "1.50", "1E5", "-0.0", "12345678901234567890123"):
        assert literal in text
    assert "Infinity" not in text
    # Read again, the same values; frozen as a version, printed and saved again: the same text still.
    assert dossier_file.parse(saved.read_bytes())[0] == dossier_file.parse(source.read_bytes())[0]
    assert cli.main(["version", dossier_id, "--label", "v1"]) == 0
    assert cli.main(["save", dossier_id, "--output", str(saved)]) == 0
    doc, _ = dossier_file.parse(saved.read_bytes())  # its fingerprint holds
    assert doc.versions[0].snapshot.extra["futur"]["taux"].text == "1.50"
    assert saved.read_text(encoding="utf-8").count(LONG) == 1


def test_numbers_written_as_json_writes_them_keep_their_fingerprints(examples_dir: Path) -> None:
    """Every file the application wrote has its numbers as json writes them: nothing changes for them."""
    from charte_app.domain.canonical import canonical_json

    value = {"a": [0.1, 1e300, -2.5, 3, 1e-7], "b": {"c": 0.30000000000000004}}
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert canonical_json(dossier_file.loads(text.encode())) == text
    for path in sorted(examples_dir.glob("*.charte")):
        data = path.read_bytes()
        doc, _ = dossier_file.parse(data)
        assert dossier_file.dump(doc) == dossier_file.dump(dossier_file.parse(dossier_file.dump(doc))[0])


# -- bounds --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "value", "words"),
    [
        ("end", '"9999-12-31"', "dossier.conventions[0].end : la date de fin « 9999-12-31 » est hors limites"),
        ("start", '"1066-10-14"', "dossier.conventions[0].start : la date de début « 1066-10-14 »"),
        ("originals", "1000000000", "dossier.conventions[0].originals : le nombre d'exemplaires originaux"),
    ],
)
def test_dates_and_counts_out_of_bounds_are_refused_at_import(
    examples_dir: Path,
    tmp_path: Path,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    key: str,
    value: str,
    words: str,
) -> None:
    raw = _example(examples_dir)
    raw["dossier"]["conventions"][0][key] = "VALEUR"
    path = _write(tmp_path / "f.charte", raw, ('"VALEUR"', value))
    assert cli.main(["import", str(path)]) == 1
    err = capsys.readouterr().err
    assert words in err
    assert ".j2" not in err and "erreur inattendue" not in err
    # Printing the file directly is refused the same way, never by a template.
    out = tmp_path / "c.pdf"
    assert cli.main(["export", str(path), "--document", "conv-psychomot", "--format", "pdf", "--output", str(out)]) == 1
    assert words in capsys.readouterr().err
    assert not out.exists()


def test_the_highest_values_accepted_print(examples_dir: Path, tmp_path: Path, data_dir: Path) -> None:
    """A value at its bound prints (PDF and Word), no template fails on it."""
    raw = _example(examples_dir)
    conv = raw["dossier"]["conventions"][0]
    conv["start"], conv["end"], conv["originals"] = "1900-01-01", "2199-12-31", 100
    conv.setdefault("termination", {})["notice_months"] = 120
    conv.setdefault("renewal", {})["max_renewals"] = 99
    raw["dossier"]["charter"].setdefault("duration", {}).update({"start": "2199-12-31", "months": 600})
    path = _write(tmp_path / "max.charte", raw)
    for fmt in ("pdf", "docx"):
        out = tmp_path / f"c.{fmt}"
        code = cli.main(["export", str(path), "--document", "conv-psychomot", "--format", fmt, "--output", str(out)])
        assert code == 0 and out.stat().st_size > 0


# -- outputs -------------------------------------------------------------------------------------


def test_a_fifo_is_never_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "tube"
    os.mkfifo(fifo)
    with pytest.raises(OutputError, match="tube nommé"):
        atomic_write(fifo, b"x")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tube"]  # no temporary file left
    link = tmp_path / "lien"
    link.symlink_to(fifo)
    with pytest.raises(OutputError, match="tube nommé"):
        atomic_write(link, b"x")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_socket_is_never_replaced(tmp_path: Path) -> None:
    path = tmp_path / "s"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        with pytest.raises(OutputError, match="une socket"):
            atomic_write(path, b"x")
        assert stat.S_ISSOCK(os.lstat(path).st_mode)
    finally:
        server.close()


def test_a_device_is_never_replaced(tmp_path: Path) -> None:
    """A device node of our own in the temporary folder (root only may make one): as root, a rename
    onto /dev/null would have replaced it. Without root, /dev/null itself is safe to aim at."""
    if os.geteuid() == 0:
        target = tmp_path / "null"
        try:
            os.mknod(target, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        except OSError as exc:
            pytest.skip(f"no device node can be made here ({exc})")
    else:
        target = Path("/dev/null")
    with pytest.raises(OutputError, match="un périphérique"):
        atomic_write(target, b"x")
    assert stat.S_ISCHR(os.lstat(target).st_mode)


def test_the_cli_refuses_a_fifo_as_output(
    examples_dir: Path,
    tmp_path: Path,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Refused before the document is even built."""
    import charte_app.documents.build

    def build(*_args: Any, **_kwargs: Any) -> Any:
        raise AssertionError("the document was built")

    monkeypatch.setattr(charte_app.documents.build, "build", build)
    fifo = tmp_path / "tube.pdf"
    os.mkfifo(fifo)
    source = str(examples_dir / "epernay-psychomotricite.charte")
    args = ["export", source, "--document", "conv-psychomot", "--format", "pdf", "--output", str(fifo)]
    assert cli.main(args) == 1
    assert "tube nommé (FIFO), pas un fichier ordinaire" in capsys.readouterr().err
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


@pytest.mark.parametrize("output", ["-", "/dev/stdout"])
def test_outputs_to_the_standard_output(examples_dir: Path, data_dir: Path, output: str) -> None:
    source = str(examples_dir / "epernay-psychomotricite.charte")
    pdf = _run_cli(data_dir, "export", source, "--document", "conv-psychomot", "--format", "pdf", "--output", output)
    assert pdf.returncode == 0, pdf.stderr.decode()
    assert pdf.stdout.startswith(b"%PDF-") and pdf.stdout.rstrip().endswith(b"%%EOF")
    assert "sortie standard" in pdf.stderr.decode()
    imported = _run_cli(data_dir, "import", source)
    dossier_id = imported.stdout.decode().split()[-1]
    saved = _run_cli(data_dir, "save", dossier_id, "--output", output)
    assert saved.returncode == 0, saved.stderr.decode()
    assert dossier_file.parse(saved.stdout)[0].dossier.id == dossier_id
    compared = _run_cli(
        data_dir, "compare", source, "--from", "draft", "--to", "draft", "--format", "docx", "--output", output
    )
    assert compared.returncode == 0, compared.stderr.decode()
    assert compared.stdout.startswith(b"PK")


def _many_dossiers(data_dir: Path, count: int) -> None:
    from charte_app.services.dossiers import DossierService

    service = DossierService.open(data_dir)
    try:
        for i in range(count):
            service.create_dossier(f"Dossier {i}")
    finally:
        service.close()


def test_a_closed_pipe_ends_the_command_quietly(data_dir: Path) -> None:
    """`charte-app list | head -1`: the reader leaves after one line; the command exits 0, silent."""
    _many_dossiers(data_dir, 3)
    env = {**os.environ, "PYTHONPATH": str(SRC), "CHARTE_APP_DATA_DIR": str(data_dir)}
    shell = f"{sys.executable} -m charte_app list | head -1; exit ${{PIPESTATUS[0]}}"
    done = subprocess.run(["bash", "-c", shell], env=env, capture_output=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr.decode()
    assert len(done.stdout.decode().splitlines()) == 1
    assert done.stderr == b""
    # The reader gone before anything is written: the same (the flush at exit meets the closed pipe).
    child = subprocess.Popen(
        [sys.executable, "-m", "charte_app", "list"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()
    err = child.stderr.read()
    assert child.wait(timeout=120) == 0
    assert err == b""


def test_a_closed_pipe_during_an_export_to_the_standard_output(examples_dir: Path, data_dir: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(SRC), "CHARTE_APP_DATA_DIR": str(data_dir)}
    source = str(examples_dir / "epernay-psychomotricite.charte")
    args = ["export", source, "--document", "conv-psychomot", "--format", "pdf", "--output", "-"]
    child = subprocess.Popen(
        [sys.executable, "-m", "charte_app", *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()  # the reader is gone before the document is written
    err = child.stderr.read()
    assert child.wait(timeout=120) == 0
    assert b"erreur inattendue" not in err and b"Traceback" not in err


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"end": date(9999, 12, 31)}, "dossier.conventions[0].end : la date de fin « 9999-12-31 » est hors limites"),
        ({"originals": 10**9}, "dossier.conventions[0].originals : le nombre d'exemplaires originaux vaut 1000000000"),
    ],
)
def test_a_version_stored_before_the_bounds_is_refused_in_french_not_by_a_template(
    examples_dir: Path, change: dict[str, Any], words: str
) -> None:
    """A version imported before the bounds existed: printing names the field, never « clauses.j2 ligne 79 »."""
    from charte_app.documents.service import build_document
    from charte_app.domain.model import Version

    doc, _ = dossier_file.parse((examples_dir / "epernay-psychomotricite.charte").read_bytes())
    convention = dataclasses.replace(doc.dossier.conventions[0], **change)
    snapshot = dataclasses.replace(doc.dossier, conventions=[convention])
    version = Version(
        number=1, label="v1", created_at="2026-01-01T00:00:00+01:00", status="shared", fingerprint="sha256:" + "0" * 64
    )
    version.snapshot = snapshot
    with pytest.raises(DossierRefused) as refused:
        build_document(snapshot, convention.id, version=version)
    assert words in refused.value.french()
    assert ".j2" not in refused.value.french()
