"""What a one-shot export imports (issue 13): neither num2words' fifty languages, nor urllib/http/
email through xml.sax.saxutils, nor the store to find where the database is."""

from __future__ import annotations

import subprocess
import sys
from xml.sax.saxutils import escape

from charte_app.documents import pdf_writer, typography


def test_export_imports_stay_lean() -> None:
    code = (
        "import sys\n"
        "from charte_app.documents import typography, pdf_writer\n"
        "from charte_app.storage import location\n"
        "words = typography.words(1984)\n"
        "loaded = [m for m in ('num2words', 'num2words.lang_DE', 'xml.sax.saxutils', 'urllib.request',"
        " 'charte_app.storage.store', 'sqlalchemy') if m in sys.modules]\n"
        "print(words, loaded)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "mille neuf cent quatre-vingt-quatre []"


def test_words_once_num2words_is_imported_anyway() -> None:
    code = (
        "import num2words\n"
        "from charte_app.documents import typography\n"
        "print(typography.words(71), typography._french_module().__name__)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "soixante et onze num2words.lang_FR"


def test_local_escape_is_saxutils_escape() -> None:
    for text in ("a & b < c > d", "&amp; déjà échappé", "« guillemets » \"doubles\" 'simples'", ""):
        assert pdf_writer._escape(text) == escape(text)
    assert typography.words(80) == "quatre-vingts"
