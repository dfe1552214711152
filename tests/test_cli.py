"""The ``charte-app`` command end to end, in a subprocess with a temporary data directory.

Exit codes: 0 success, 1 a French message on stderr, 2 a usage error.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

from charte_app import cli

REIMS = "reims-croix-rouge.charte"
REIMS_ID = "6b0c3c6e-2d7a-4c5e-9d8e-0b3f8d3c1a01"


def run(*args: str | Path, data_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHARTE_APP_")}
    if data_dir is not None:
        env["CHARTE_APP_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "charte_app.cli", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def ok(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result


def failed(result: subprocess.CompletedProcess[str], code: int = 1) -> str:
    assert result.returncode == code, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert result.stderr.strip()
    return result.stderr


@pytest.fixture
def imported(data_dir: Path, examples_dir: Path) -> Path:
    result = ok(run("import", examples_dir / REIMS, "--data-dir", data_dir))
    assert result.stdout.strip().splitlines()[-1] == REIMS_ID
    return data_dir


def test_import_prints_the_id_on_the_last_line_and_list_shows_it(imported: Path, examples_dir: Path) -> None:
    ok(run("--data-dir", imported, "import", examples_dir / "epernay-psychomotricite.charte"))
    lines = ok(run("list", "--data-dir", imported)).stdout.splitlines()
    rows = sorted(line.split("\t") for line in lines)
    assert len(rows) == 2
    assert [REIMS_ID, "Coopération éducative – quartier Croix-Rouge", "2"] in rows
    assert all(len(row) == 3 and row[2].isdigit() for row in rows)


def test_list_of_an_empty_database_prints_nothing(data_dir: Path) -> None:
    assert ok(run("list", "--data-dir", data_dir)).stdout == ""


def test_refused_import_lists_every_path_in_french_and_imports_nothing(
    data_dir: Path, examples_dir: Path, tmp_path: Path
) -> None:
    raw = json.loads((examples_dir / "epernay-psychomotricite.charte").read_bytes())
    raw["dossier"]["conventions"][0]["contributions"][0]["amount"] = "-18000.00"
    raw["dossier"]["conventions"][0]["start"] = "2026-02-30"
    bad = tmp_path / "bad.charte"
    bad.write_text(json.dumps(raw), encoding="utf-8")
    stderr = failed(run("import", bad, "--data-dir", data_dir))
    assert "dossier.conventions[0].contributions[0].amount" in stderr
    assert "dossier.conventions[0].start" in stderr
    assert "négatif" in stderr
    assert ok(run("list", "--data-dir", data_dir)).stdout == ""


def test_import_of_a_missing_or_invalid_file(data_dir: Path, tmp_path: Path) -> None:
    assert "Impossible de lire" in failed(run("import", tmp_path / "absent.charte", "--data-dir", data_dir))
    broken = tmp_path / "broken.charte"
    broken.write_text("{pas du json", encoding="utf-8")
    assert "JSON invalide" in failed(run("import", broken, "--data-dir", data_dir))


def test_save_writes_the_dossier_with_all_its_versions(imported: Path, examples_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "copie.charte"
    ok(run("save", REIMS_ID, "--output", out, "--data-dir", imported))
    assert json.loads(out.read_bytes()) == json.loads((examples_dir / REIMS).read_bytes())
    assert "Aucun dossier" in failed(run("save", "inconnu", "--output", out, "--data-dir", imported))
    assert "n'existe pas" in failed(
        run("save", REIMS_ID, "--output", tmp_path / "no" / "x.charte", "--data-dir", imported)
    )


def test_version_freezes_the_draft(imported: Path, tmp_path: Path) -> None:
    result = ok(
        run("version", REIMS_ID, "--label", "Version pour signature", "--status", "signed", "--data-dir", imported)
    )
    assert result.stdout.strip() == "3"
    assert "Version n° 3" in result.stderr
    out = tmp_path / "copie.charte"
    ok(run("save", REIMS_ID, "--output", out, "--data-dir", imported))
    versions = json.loads(out.read_bytes())["versions"]
    assert [(v["number"], v["status"]) for v in versions][-1] == (3, "signed")
    assert ok(run("list", "--data-dir", imported)).stdout.split("\t")[-1].strip() == "3"
    ok(run("version", REIMS_ID, "--label", "Sans statut", "--data-dir", imported))
    assert "Aucun dossier" in failed(run("version", "inconnu", "--label", "x", "--data-dir", imported))


@pytest.mark.parametrize(
    "args",
    [
        ["frobnicate"],
        ["import"],
        ["save", REIMS_ID],
        ["version", REIMS_ID],
        ["version", REIMS_ID, "--label", "x", "--status", "final"],
        ["export", "x.charte", "--document", "charter", "--format", "odt", "--output", "x"],
        ["compare", "x.charte", "--from", "1", "--format", "text", "--output", "-"],
        ["list", "--inconnue"],
    ],
)
def test_usage_errors_exit_2_in_french(data_dir: Path, args: list[str]) -> None:
    stderr = failed(run(*args, "--data-dir", data_dir), code=2)
    assert "erreur d'utilisation" in stderr
    assert "utilisation :" in stderr


@pytest.mark.parametrize(
    ("args", "french"),
    [
        (["frob"], "argument COMMANDE : choix invalide : 'frob' (au choix : 'open',"),
        (["export", "x", "--format", "odt"], "argument --format : choix invalide : 'odt' (au choix : 'pdf', 'docx')"),
        (["export", "x", "--format"], "argument --format : une valeur est attendue"),
        (["export"], "arguments obligatoires manquants : SOURCE, --document, --format, --output"),
        (["list", "--inconnue"], "arguments inconnus : --inconnue"),
    ],
)
def test_argparse_messages_are_french_without_patching_argparse(
    capsys: pytest.CaptureFixture[str], args: list[str], french: str
) -> None:
    """Issue 25: argparse's English turned French through the parser's public methods, not by replacing
    argparse's module-level ``_`` (a private name that a Python upgrade may change)."""
    import argparse
    import gettext

    with pytest.raises(SystemExit) as exited:
        cli.build_parser().parse_args(args)
    assert exited.value.code == 2
    assert french in capsys.readouterr().err
    assert vars(argparse)["_"] is gettext.gettext


def test_help_is_french(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.build_parser().parse_args(["export", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("utilisation : charte-app export [-h]")
    assert "\narguments :\n" in out and "\noptions :\n" in out and "affiche cette aide et quitte" in out
    assert "usage" not in out and "positional" not in out and "show this help" not in out
    lines = out.split("\n\n")[0].splitlines()
    assert all(line.startswith(" " * len("utilisation : charte-app export ")) for line in lines[1:])


def test_global_options_before_or_after_the_command(imported: Path) -> None:
    before = ok(run("--data-dir", imported, "list")).stdout
    after = ok(run("list", "--data-dir", imported)).stdout
    assert before == after and REIMS_ID in before


def test_database_url_option(tmp_path: Path, examples_dir: Path) -> None:
    url = f"sqlite:///{tmp_path / 'autre.sqlite3'}"
    ok(run("--database-url", url, "import", examples_dir / REIMS, data_dir=tmp_path / "data"))
    assert REIMS_ID in ok(run("list", "--database-url", url, data_dir=tmp_path / "data")).stdout
    assert ok(run("list", data_dir=tmp_path / "data")).stdout == ""
    assert "n'existe pas" in failed(run("list", "--database-url", "sqlite:////nulle/part/x.db"))


def test_newer_database_is_refused_in_french(data_dir: Path) -> None:
    import sqlite3

    ok(run("list", "--data-dir", data_dir))
    conn = sqlite3.connect(data_dir / "charte-app.sqlite3")
    conn.execute("UPDATE alembic_version SET version_num = 'zzzz'")
    conn.commit()
    conn.close()
    assert "plus récente" in failed(run("list", "--data-dir", data_dir))


def test_export_from_an_id_or_a_file_then_verify(imported: Path, examples_dir: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "charte-v2.pdf"
    ok(
        run(
            "export",
            REIMS_ID,
            "--document",
            "charter",
            "--format",
            "pdf",
            "--output",
            pdf,
            "--version",
            "2",
            "--data-dir",
            imported,
        )
    )
    assert pdf.read_bytes().startswith(b"%PDF")
    found = ok(run("verify", pdf, "--data-dir", imported)).stdout
    assert "version 2" in found and "Croix-Rouge" in found
    docx = tmp_path / "convention.docx"
    ok(
        run(
            "export",
            examples_dir / "epernay-psychomotricite.charte",
            "--document",
            "conv-psychomot",
            "--format",
            "docx",
            "--output",
            docx,
            "--data-dir",
            imported,
        )
    )
    assert docx.read_bytes().startswith(b"PK")


def test_export_of_a_missing_version_or_dossier_is_refused(imported: Path, examples_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    args = ("--document", "charter", "--format", "pdf", "--output", out, "--data-dir", imported)
    assert "version n° 9" in failed(run("export", examples_dir / REIMS, *args, "--version", "9"))
    assert "n'a pas de version n° 9" in failed(run("export", REIMS_ID, *args, "--version", "9"))
    assert "Aucun dossier" in failed(run("export", "inconnu", *args))
    assert not out.exists()


def test_compare_versions(imported: Path, examples_dir: Path, tmp_path: Path) -> None:
    for source in (examples_dir / REIMS, REIMS_ID):
        result = ok(
            run(
                "compare",
                source,
                "--from",
                "1",
                "--to",
                "2",
                "--format",
                "text",
                "--output",
                "-",
                "--data-dir",
                imported,
            )
        )
        assert "version n° 1" in result.stdout and "version n° 2" in result.stdout
    drafted = ok(
        run(
            "compare",
            REIMS_ID,
            "--from",
            "1",
            "--to",
            "draft",
            "--format",
            "text",
            "--output",
            "-",
            "--data-dir",
            imported,
        )
    )
    assert "brouillon de travail" in drafted.stdout
    pdf = tmp_path / "comparaison.pdf"
    ok(run("compare", REIMS_ID, "--from", "1", "--to", "2", "--format", "pdf", "--output", pdf, "--data-dir", imported))
    assert pdf.read_bytes().startswith(b"%PDF")
    bad = run(
        "compare", REIMS_ID, "--from", "un", "--to", "2", "--format", "text", "--output", "-", "--data-dir", imported
    )
    assert "ni un numéro de version" in failed(bad)


def test_verify_an_unknown_pdf(imported: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    failed(run("verify", pdf, "--data-dir", imported))


def test_missing_package_is_a_broken_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], data_dir: Path, examples_dir: Path
) -> None:
    monkeypatch.setitem(sys.modules, "charte_app.documents.service", None)
    args = ["export", str(examples_dir / REIMS), "--document", "charter", "--format", "pdf", "--output", "x.pdf"]
    assert cli.main([*args, "--data-dir", str(data_dir)]) == 1
    err = capsys.readouterr().err
    assert "installation de charte-app est incomplète" in err and "charte_app.documents.service" in err
    assert "pas encore disponible" not in err


# -- in-process: start of the application, unexpected errors ------------------------------------


@pytest.fixture
def fake_ui(monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, ...]]:
    calls: list[tuple[object, ...]] = []
    module = types.ModuleType("charte_app.ui.app")

    def run_app(data_dir: object, database_url: object, open_path: object) -> int:
        calls.append((data_dir, database_url, open_path))
        return 0

    module.run_app = run_app  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "charte_app.ui.app", module)
    return calls


def test_no_command_starts_the_application(fake_ui: list[tuple[object, ...]], data_dir: Path) -> None:
    assert cli.main(["--data-dir", str(data_dir)]) == 0
    assert fake_ui == [(data_dir, None, None)]


def test_open_starts_the_application_with_the_file(fake_ui: list[tuple[object, ...]], data_dir: Path) -> None:
    assert cli.main(["open", "dossier.charte", "--database-url", "sqlite:///x.db"]) == 0
    assert fake_ui == [(None, "sqlite:///x.db", Path("dossier.charte"))]


def test_missing_ui_is_a_broken_install(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "charte_app.ui.app", None)  # import fails as if the module did not exist
    assert cli.main([]) == 1
    err = capsys.readouterr().err
    assert "installation de charte-app est incomplète" in err and "pas encore disponible" not in err


def test_version_prints_the_installed_version(capsys: pytest.CaptureFixture[str]) -> None:
    from importlib.metadata import version

    with pytest.raises(SystemExit) as stop:
        cli.main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out == f"charte-app {version('charte-app')}\n"


def test_python_dash_m_runs_the_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "charte_app", "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0 and result.stdout.startswith("charte-app "), result.stderr


def test_the_log_rotates(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from charte_app import logfile

    monkeypatch.setattr(logfile, "MAX_BYTES", 2_000)

    def boom(_args: object) -> int:
        raise RuntimeError("panne interne " + "x" * 1_500)

    monkeypatch.setitem(cli.COMMANDS, "list", boom)
    for _ in range(6):
        assert cli.main(["list", "--data-dir", str(data_dir)]) == 1
    logs = sorted(p.name for p in data_dir.glob("charte-app.log*"))
    assert logs == ["charte-app.log", "charte-app.log.1", "charte-app.log.2", "charte-app.log.3"]
    assert all(p.stat().st_size < 5_000 for p in data_dir.glob("charte-app.log*"))


def test_unexpected_error_is_logged_and_explained_in_french(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def boom(_args: object) -> int:
        raise RuntimeError("panne interne")

    monkeypatch.setitem(cli.COMMANDS, "list", boom)
    assert cli.main(["list", "--data-dir", str(data_dir)]) == 1
    err = capsys.readouterr().err
    assert "erreur inattendue" in err and str(data_dir / "charte-app.log") in err
    assert "Traceback" not in err
    assert "panne interne" in (data_dir / "charte-app.log").read_text(encoding="utf-8")
    assert cli.main(["list", "--data-dir", str(data_dir), "--debug"]) == 1
    assert "Traceback" in capsys.readouterr().err


def test_list_imports_nothing_heavy(imported: Path) -> None:
    code = (
        "import sys\n"
        "from charte_app.cli import main\n"
        f"main(['list', '--data-dir', {str(imported)!r}])\n"
        "heavy = ('PySide6', 'reportlab', 'docx', 'jinja2', 'sqlalchemy', 'alembic', 'pypdf')\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & set(heavy)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_the_graphical_launcher_opens_a_bare_file(fake_ui: list[tuple[object, ...]], data_dir: Path) -> None:
    # The desktop entry's "charte-app-gui %f" and Windows' association pass the file alone, or nothing.
    assert cli.main_gui(["dossier.charte", "--data-dir", str(data_dir)]) == 0
    assert cli.main_gui(["--data-dir", str(data_dir)]) == 0
    assert fake_ui == [(data_dir, None, Path("dossier.charte")), (data_dir, None, None)]


def test_the_graphical_launcher_keeps_the_commands(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main_gui(["list", "--data-dir", str(data_dir)]) == 0
    assert capsys.readouterr().out == ""


def test_a_printing_command_skips_the_last_collection_but_not_the_exit_work(tmp_path: Path) -> None:
    """``export`` and ``compare``, as installed, freeze their objects once their output is written (the
    interpreter's last collection was a tenth of an export), and otherwise exit normally: by public
    means (no private ``atexit`` function, no ``os._exit``), the output complete, the exit handlers run. ``main`` called by another program leaves its collector alone."""
    from charte_app.domain import dossier_file
    from charte_app.samples import large_dossier_file

    source = tmp_path / "d.charte"
    doc = large_dossier_file(partners=3, charter_commitments=4, convention_parties=2, versions=2, seed=3)
    source.write_bytes(dossier_file.dump(doc))
    args = ["--data-dir", str(tmp_path / "data"), "compare", str(source), "--from", "1", "--to", "2"]
    args += ["--format", "text", "--output", "-"]

    def launch(entry: str) -> subprocess.CompletedProcess[str]:
        script = (
            "import atexit, sys\n"
            "class Teardown:\n"
            "    def __del__(self):\n"
            "        print('teardown', file=sys.stderr)\n"
            "kept = Teardown()\n"
            "atexit.register(lambda: print('handlers ran', file=sys.stderr))\n"
            f"sys.argv = ['charte-app', *{args!r}]\n"
            f"from charte_app.cli import {entry}\n"
            f"code = {entry}()\n"
            "import gc\n"
            "print('returned', 'frozen' if gc.get_freeze_count() else 'unfrozen', file=sys.stderr)\n"
            "sys.exit(code)\n"
        )
        return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)

    at_once, normal = launch("console"), launch("main")
    assert at_once.returncode == normal.returncode == 0, (at_once.stderr, normal.stderr)
    assert at_once.stdout == normal.stdout  # a pipe: block-buffered, flushed before the end
    assert at_once.stdout.startswith("Comparaison : « version n° 1") and len(at_once.stdout) > 1000
    assert at_once.stderr.split()[:4] == ["returned", "frozen", "handlers", "ran"]
    assert normal.stderr.split() == ["returned", "unfrozen", "handlers", "ran", "teardown"]
    source_text = (Path(cli.__file__)).read_text(encoding="utf-8")
    assert "_run_exitfuncs" not in source_text and "os._exit" not in source_text


def test_the_installed_commands_exit_at_once() -> None:
    import tomllib

    scripts = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text(encoding="utf-8"))
    assert scripts["project"]["scripts"] == {"charte-app": "charte_app.cli:console"}
    assert scripts["project"]["gui-scripts"] == {"charte-app-gui": "charte_app.cli:console_gui"}


def test_a_profiled_command_returns_to_its_profiler(tmp_path: Path, examples_dir: Path) -> None:
    """``python -m cProfile -o`` writes its report once the program returns: no early exit under it."""
    report = tmp_path / "export.prof"
    args = ["charte-app", "--data-dir", str(tmp_path / "data"), "export", str(examples_dir / REIMS)]
    args += ["--document", "charter", "--format", "pdf", "--output", str(tmp_path / "c.pdf")]
    script = (
        "import cProfile, sys\n"
        f"sys.argv = {args!r}\n"
        "from charte_app.cli import console\n"
        f"cProfile.run('console()', {str(report)!r})\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "c.pdf").exists() and report.stat().st_size > 0
