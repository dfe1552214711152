"""What a one-shot export imports (issue 13): neither urllib/http/email through xml.sax.saxutils, nor the
store to find where the database is. num2words is imported as published, all its languages (issue 25:
loading its French module alone, under a made-up package name, saved 25 ms once per process)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from xml.sax.saxutils import escape

from charte_app.documents import pdf_writer, typography


def test_export_imports_stay_lean() -> None:
    code = (
        "import sys\n"
        "from charte_app.documents import typography, pdf_writer\n"
        "from charte_app.storage import location\n"
        "words = typography.words(1984)\n"
        "loaded = [m for m in ('_charte_num2words', 'xml.sax.saxutils', 'urllib.request',"
        " 'charte_app.storage.store', 'sqlalchemy') if m in sys.modules]\n"
        "print(words, loaded)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "mille neuf cent quatre-vingt-quatre []"


def test_local_escape_is_saxutils_escape() -> None:
    for text in ("a & b < c > d", "&amp; déjà échappé", "« guillemets » \"doubles\" 'simples'", ""):
        assert pdf_writer._escape(text) == escape(text)
    assert typography.words(80) == "quatre-vingts"


def test_substitute_is_translate_for_every_table_it_replaces() -> None:
    """``str.translate`` was the comparison's and the PDF's hottest call on French text (issue 13)."""
    from charte_app.diff import words
    from charte_app.documents import engine
    from charte_app.domain import text as domain_text
    from charte_app.domain.text import substitute

    samples = [
        "",
        "sans rien à remplacer",
        "L\u2019association s\u2018engage\u02bc \u00b4 ; « 15\u202f000,00 € » L.\u20111\u2011 2",
        "lignes\u2028\u2029\x0b\x0c\x85\x1c\x1d\x1e fin" * 3,
    ]
    tables = (words._APOSTROPHES, pdf_writer._NO_BREAK, engine._LINE_BREAKERS, domain_text._AS_NEWLINE)
    for table in tables:
        for sample in samples:
            assert substitute(sample, table) == sample.translate(str.maketrans(table))


def test_the_window_modules_import_neither_uuid_nor_qtnetwork() -> None:
    """Before the first paint: uuid (with the platform module) only makes new ids, QtNetwork only the
    single-instance socket, made once the window is up."""
    code = (
        "import sys\n"
        "import charte_app.ui.app, charte_app.ui.main_window, charte_app.services.dossiers\n"
        "from charte_app.services.dossiers import _new_id\n"
        "print([m for m in ('uuid', 'platform', 'PySide6.QtNetwork') if m in sys.modules])\n"
        "import uuid\n"
        "print(uuid.UUID(_new_id()).version)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[:2] == ["[]", "4"]


def test_pyhanko_only_for_signatures(tmp_path: Path) -> None:
    """Issue 25: pyHanko (and its ~14 packages, ~600 ms of import) serves only to add signature fields or
    check signatures: printing, checking, comparing and the application's window never import it."""
    code = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from charte_app import cli
        from charte_app.domain import dossier_file
        from charte_app.domain.model import DossierFile
        from charte_app.samples import small_dossier

        tmp = Path({str(tmp_path)!r})
        source = tmp / "d.charte"
        source.write_bytes(dossier_file.dump(DossierFile(dossier=small_dossier())))
        common = ["--data-dir", str(tmp / "data")]
        for args in (
            ["export", str(source), "--document", "charter", "--format", "pdf", "--output", str(tmp / "c.pdf")],
            ["export", str(source), "--document", "charter", "--format", "docx", "--output", str(tmp / "c.docx")],
            ["check", str(source)],
            ["import", str(source)],
            ["list"],
        ):
            assert cli.main([*args, *common]) in (0, 1), args
        from charte_app.ui.app import start
        application = start(tmp / "data", None, source)
        application.window.close()
        print([m for m in sys.modules if m.split(".")[0] in ("pyhanko", "pyhanko_certvalidator")])
        sys.stdout.flush()
        cli.main(["export", str(source), "--document", "charter", "--format", "pdf", "--signature-fields",
                  "--output", str(tmp / "s.pdf"), *common])
        print("pyhanko" in sys.modules)
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[-3:] == ["[]", "True", ""], done.stdout
