"""The fast paths of the documents engine print exactly what the plain algorithms print.

Typography skips the substitutions a text cannot match and remembers its results, escaping
skips plain text, the markup decodes its own entities, numbers in words use a quicker search,
namings are remembered and the sandbox remembers its attribute decisions. Each is compared with
its reference (``documents_reference``): on whole documents — every document of the examples and
of the large generated dossier, structure compared field by field — and on generated texts made
of the signs each shortcut looks for.
"""

from __future__ import annotations

import html
import random
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from charte_app.documents import engine, markup, service
from charte_app.documents import typography as T
from charte_app.documents.build import build
from charte_app.documents.structure import Document
from charte_app.domain import dossier_file
from charte_app.domain.model import Dossier
from charte_app.samples import large_dossier_file
from documents_reference import escape_data as reference_escape_data
from documents_reference import forget, reference_engine
from documents_reference import punctuate as reference_punctuate

DOCUMENTS = Path(__file__).resolve().parent / "data" / "documents"


def _dossiers(examples_dir: Path) -> list[tuple[str, Dossier]]:
    files = sorted(examples_dir.glob("*.charte")) + sorted(DOCUMENTS.glob("*.charte"))
    out = []
    for path in files:
        loaded, _ = dossier_file.parse(path.read_bytes())
        out.append((path.name, loaded.dossier))
        out += [(f"{path.name} v{v.number}", v.snapshot) for v in loaded.versions]
    return out


def _frozen(document: Document) -> str:
    """The whole structure as text, but for the export time of a draft."""
    return repr(replace(document, metadata=replace(document.metadata, created=None)))


def _all_documents(dossier: Dossier, data_dir: Path) -> dict[str, str]:
    return {
        choice: _frozen(build(dossier, choice, version=None, data_dir=data_dir))
        for choice, _ in service.document_choices(dossier)
    }


def test_examples_print_the_same_as_with_the_reference_functions(
    examples_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dossiers = _dossiers(examples_dir)
    assert len(dossiers) >= 3
    forget()
    fast = {name: _all_documents(dossier, tmp_path) for name, dossier in dossiers}
    warm = {name: _all_documents(dossier, tmp_path) for name, dossier in dossiers}  # results remembered
    with reference_engine(monkeypatch):
        slow = {name: _all_documents(dossier, tmp_path) for name, dossier in dossiers}
    assert fast == slow
    assert warm == slow


def test_the_large_dossier_prints_the_same_as_with_the_reference_functions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    large = large_dossier_file()
    version = large.versions[-1]
    forget()
    fast = _all_documents(large.dossier, tmp_path)
    fast_version = _frozen(build(version.snapshot, "conv-cadre", version=version, data_dir=tmp_path))
    with reference_engine(monkeypatch):
        slow = _all_documents(large.dossier, tmp_path)
        slow_version = _frozen(build(version.snapshot, "conv-cadre", version=version, data_dir=tmp_path))
    assert len(fast["conv-cadre"]) > 100_000  # the 40-party convention, all of it
    assert fast == slow
    assert fast_version == slow_version


# Texts made of what the typography rules look for: each shortcut tests a sign before a pattern.
_PIECES = [
    " ",
    " ",
    "\u00a0",
    "\u202f",
    "\n",
    "a",
    "é",
    "E",
    "x",
    "1",
    "12",
    "51100",
    "(3)",
    "(",
    ")",
    ".",
    "..",
    "...",
    "…",
    ",",
    ";",
    ":",
    "!",
    "?",
    "'",
    "’",
    '"',
    "«",
    "»",
    "-",
    "°",
    "n°",
    "N°",
    "L.",
    "R.",
    "art.",
    "article",
    "articles",
    "et",
    "de",
    "De",
    "que",
    "jusque",
    "lorsque",
    "puisque",
    "un",
    "une",
    "il",
    "ils",
    "elle",
    "on",
    "ou",
    "mois",
    "an",
    "Reims",
    "@",
    "/",
    "_",
    "=",
    "#",
    "<",
    ">",
    "{",
    "}",
    "\\",
    "10:30",
    "2000-321",
    "121-6-2",
    "d'",
    "l'",
    "qu'",
    "aujourd'hui",
    "jean.dupont@ville.fr",
    "http://x.fr/a'b",
    "%",
    "€",
    "]",
    "[",
    # Whole phrases each rule is about, so that short texts often hold one.
    "de un",
    "que il",
    "Que elle",
    "jusque on",
    "lorsque ils",
    "puisque une",
    "de unités",
    "5 (3)",
    "un (1) an",
    "12 mois",
    "(2) ans",
    "51100 Reims",
    "3 et",
    "n° 12",
    "L. 121-6",
    "art. 10",
    "et 226-14",
    "fin. :",
    "!.",
    "?.",
    "….",
]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_typography_agrees_with_the_reference_on_generated_texts(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert T.punctuate(text) == reference_punctuate(text)
    assert T._punctuate(text) == reference_punctuate(text)  # not remembered


def test_typography_agrees_with_the_reference_on_the_rules_own_examples() -> None:
    texts = [  # one rule each: a shortcut wrongly skipping one fails here
        "Objet: suite",
        "« texte »",
        "oui! non ? ça ; là",
        'l\'action "Coup de pouce" et "« imbriqué »"',
        "loi n° 2005-32",
        "l'article L. 121-6-2",
        "art. 10",
        "articles 226-13 et 226-14",
        "de un (1) an",
        "que il",
        "lorsque elle",
        "jusque on",
        "puisque ils",
        "12 mois",
        "à 51100 Reims",
        "(3) ans",
        "Aide (2)",
        "10:30 sur https://example.org",
        "Fin..",
        "Fin….",
        "Vraiment ?.",
        "Oui !.",
        "Note. : suite",
        "écrire à jean.l'hote@ex.fr ou c:\\l'dossier, l'équipe",
    ]
    for text in texts:
        assert T.punctuate(text) == reference_punctuate(text), text


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from([*_PIECES, "&", "&amp;", "|", "\r", "\r\n", "\x0b", "\u2028", "\x85"]), max_size=12))
def test_escaping_agrees_with_the_reference(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert engine.escape_data(text) == reference_escape_data(text)
    assert engine._finalize(text) == engine.Markup(T.BLANK if not text.strip() else reference_escape_data(text))


@settings(max_examples=800, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["&amp;", "&lt;", "&gt;", "&#39;", "&#34;", "&#124;", "&#64;", "&", "amp;", "lt;", "#39;", ";", "a", " "]
            + ["&nbsp;", "&eacute;", "&eacute", "&#x41;", "&#65", "&ampx"]
        ),
        max_size=10,
    )
)
def test_the_markup_decodes_entities_as_html_does(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert markup._unescape(text) == html.unescape(text)


def test_numbers_in_words_are_num2words() -> None:
    """num2words as published (issue 25: no rewritten ``splitnum``, no French module loaded alone)."""
    from num2words import num2words

    rng = random.Random(13)
    numbers = [*range(0, 200), *(rng.randrange(10**k) for k in range(4, 25) for _ in range(5))]
    for n in numbers:
        assert T.words(n) == num2words(n, lang="fr"), n
    assert not hasattr(T, "_quick_splitnum") and not hasattr(T, "_french_module")
