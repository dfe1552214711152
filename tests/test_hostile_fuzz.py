"""Fuzzing every door hostile input comes through (issue 10): dossier files, user templates,
letterheads, pasted text and PDFs to verify. Each case ends in success or a French refusal (a ``UserError`` or a
``DossierRefused``), within a time bound; never another exception. Outcomes are counted (Hypothesis
``event``) and both kinds must occur, so a generator that only ever produces one of them fails.
"""

from __future__ import annotations

import io
import json
import time
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from charte_app.documents import engine
from charte_app.documents import service as documents
from charte_app.domain import DossierRefused, dossier_file, validate_dossier
from charte_app.domain.model import Dossier
from charte_app.domain.text import clean_text
from charte_app.errors import UserError

HERE = Path(__file__).resolve().parent
EXAMPLE = (HERE / "data" / "examples" / "epernay-psychomotricite.charte").read_bytes()
CHALONS, _ = dossier_file.parse((HERE / "data" / "documents" / "chalons.charte").read_bytes())
FUZZ = settings(
    max_examples=40, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck), database=None
)
# Any single case, refusal included: a bound against a hang, not a speed target. The slowest case
# measured 1.0 s (2 loaded cores, 2026-12-07): 15 s leaves a 15× margin for a loaded CI.
BOUND_SECONDS = 15.0
COUNTS: dict[str, Counter[str]] = {k: Counter() for k in ("dossier", "template", "letterhead", "paste", "pdf")}


def _outcome(counter: Counter[str], action: Callable[[], Any]) -> None:
    """Run one case: success or French refusal, in bounded time; anything else fails the test."""
    started = time.monotonic()
    try:
        action()
    except DossierRefused as refused:
        assert refused.problems and all(p.message for p in refused.problems)
        message = refused.french()
        outcome = "refusé"
    except UserError as error:
        message = error.message
        outcome = "refusé"
    else:
        message = ""
        outcome = "accepté"
    elapsed = time.monotonic() - started
    assert elapsed < BOUND_SECONDS, f"{elapsed:.1f} s"
    assert "Traceback" not in message and "erreur inattendue" not in message
    assert not any(english in message for english in ("Errno", "Is a directory", "not supported", "invalid literal"))
    counter[outcome] += 1
    event(outcome)


# -- dossier files -------------------------------------------------------------------------------

HOSTILE_TEXT = st.one_of(
    st.text(st.characters(codec=None, exclude_categories=()), max_size=12),  # surrogates and controls included
    st.sampled_from(["\ufeff", "\u2028", "\x1b[31m", "\ud800", "\uffff", "\x00", "\t\r\n", "é" * 600]),
)
HOSTILE_AMOUNTS = st.sampled_from(
    [" 18000.00", "18000.00 ", "1" * 29 + ".00", "9" * 15 + ".00", "0." + "1" * 11, "1e3", "-0.00", "１２"]
)


@st.composite
def dossier_bytes(draw: st.DrawFn) -> bytes:
    raw = json.loads(EXAMPLE)
    kind = draw(st.sampled_from(["text", "amount", "uuid", "nesting", "bytes", "bom"]))
    if kind == "text":
        key = draw(st.sampled_from(["title", "territory", "programme"]))
        raw["dossier"][key] = draw(st.text(max_size=5)) + draw(HOSTILE_TEXT)
    elif kind == "amount":
        raw["dossier"]["conventions"][0]["contributions"][0]["amount"] = draw(HOSTILE_AMOUNTS)
    elif kind == "uuid":
        raw["dossier"]["id"] = draw(st.sampled_from([str.upper, str.lower, lambda s: "{" + s + "}"]))(
            raw["dossier"]["id"]
        )
    elif kind == "nesting":
        depth = draw(st.integers(min_value=1, max_value=3000))
        return json.dumps(raw).replace("{", '{"x": ' + "[" * depth + "]" * depth + ", ", 1).encode()
    text = json.dumps(raw, ensure_ascii=draw(st.booleans()))
    data = text.encode("utf-8", "surrogatepass")
    if kind == "bom":
        return b"\xef\xbb\xbf" + data
    if kind == "bytes":
        at = draw(st.integers(min_value=0, max_value=len(data) - 1))
        return data[:at] + draw(st.binary(min_size=1, max_size=4)) + data[at + 1 :]
    return data


@FUZZ
@given(data=dossier_bytes())
def test_fuzz_dossier_files(data: bytes, tmp_path_factory: pytest.TempPathFactory) -> None:
    def parse_and_print() -> None:
        doc, _ = dossier_file.parse(data)
        assert dossier_file.parse(dossier_file.dump(doc))[0].dossier == doc.dossier  # lossless once accepted
        folder = tmp_path_factory.getbasetemp()  # no user templates there: the bundled ones print it
        documents.build_document(doc.dossier, doc.dossier.conventions[0].id, data_dir=folder)

    _outcome(COUNTS["dossier"], parse_and_print)


# -- user templates -------------------------------------------------------------------------------

TEMPLATE_PIECES = st.sampled_from(
    [
        "@p texte\n",
        "{{ charter.title }}",
        "{{ 7 ** 100000000 }}",
        "{{ 'a' * 10**10 }}",
        "{{ 2 ** 10 }}",
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
        "{% for i in range(3) %}@p {{ i }}\n{% endfor %}",
        "{{ charter.title|center(10**9) }}",
        "{{ '%099999999d' % 1 }}",
        "{% set ns = namespace(s='x') %}{% for i in range(80) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}",
        "{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}",
        "{{ ''.__class__ }}",
        "{% if %}",
        "{{ nulle_part }}",
        "{{ (charter.title ~ ' ') * 3 }}",
        "@inconnue x\n",
        "{{ range(10**12)|length }}",
        "{{ 'ab'.replace('', 'x' * 100000) * 1000 }}",
        "\n",
    ]
)


@pytest.fixture(scope="module")
def template_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("donnees")
    (folder / "templates").mkdir()
    return folder


@FUZZ
@given(pieces=st.lists(TEMPLATE_PIECES, min_size=1, max_size=4))
def test_fuzz_user_templates(pieces: list[str], template_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "MAX_SECONDS", 1.0)
    (template_dir / "templates" / "charte.j2").write_text("@title Charte\n" + "".join(pieces), encoding="utf-8")

    def render() -> None:
        documents.build_document(CHALONS.dossier, "charter", data_dir=template_dir)

    _outcome(COUNTS["template"], render)


# -- letterheads ----------------------------------------------------------------------------------


def _letterhead_bytes() -> bytes:
    buffer = io.BytesIO()
    document = docx.Document()
    document.sections[0].header.add_paragraph("Ville de Châlons-en-Champagne")
    document.save(buffer)
    return buffer.getvalue()


LETTERHEAD = _letterhead_bytes()
PARTS = sorted(zipfile.ZipFile(io.BytesIO(LETTERHEAD)).namelist())


@st.composite
def letterheads(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(["intact", "part", "truncate", "garbage"]))
    if kind == "intact":
        return LETTERHEAD
    if kind == "truncate":
        return LETTERHEAD[: draw(st.integers(min_value=0, max_value=len(LETTERHEAD) - 1))]
    if kind == "garbage":
        return draw(st.binary(max_size=64))
    name = draw(st.sampled_from(PARTS))
    insert = draw(
        st.sampled_from([b"<!DOCTYPE x>", b'<!ENTITY a "b">', b"<", b"&amp", b"\x00", b"<w:p>", b"", b"\xff\xfe"])
    )
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(LETTERHEAD)) as old, zipfile.ZipFile(out, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == name:
                data = data.replace(b"?>", b"?>" + insert, 1) if b"?>" in data else insert + data
            new.writestr(info, data)
    return out.getvalue()


@settings(FUZZ, max_examples=25)
@given(data=letterheads(), fmt=st.sampled_from(["pdf", "docx"]))
def test_fuzz_letterheads(data: bytes, fmt: str, template_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("entete")
    (folder / "templates").mkdir()
    (folder / "templates" / "papier-en-tete.docx").write_bytes(data)
    output = folder / f"sortie.{fmt}"

    def export() -> None:
        documents.export_document(CHALONS.dossier, "conv-subvention", fmt, output, data_dir=folder)  # type: ignore[arg-type]

    _outcome(COUNTS["letterhead"], export)


# -- pasted text ----------------------------------------------------------------------------------

WORD_DOC = docx.Document()


@FUZZ
@given(st.text(st.characters(codec=None, exclude_categories=()), max_size=40), st.sampled_from(["title", "preamble"]))
def test_fuzz_pasted_text(pasted: str, field: str) -> None:
    """What the wizard keeps of a paste is accepted by the importer and printable in DOCX."""
    cleaned = clean_text(pasted, field)
    dossier = Dossier(id="0f7d2a54-8a53-4b0c-8f4a-7e52c9a0b002", title="Essai")
    if field == "title":
        dossier.title = cleaned or "Essai"
    else:
        dossier.charter.preamble = cleaned
    problems = [p for p in validate_dossier(dossier) if p.path.endswith(field)]
    assert problems == [] or (field == "title" and not cleaned.strip())
    WORD_DOC.add_paragraph(cleaned)  # python-docx refuses XML-incompatible strings

    def round_trip() -> None:
        raw = dossier_file.to_json(dossier_file.parse(dossier_file.dump(_file_of(dossier)))[0])
        assert (raw["dossier"]["title"] if field == "title" else raw["dossier"]["charter"]["preamble"]) == (
            dossier.title if field == "title" else cleaned
        )

    _outcome(COUNTS["paste"], round_trip)


def _file_of(dossier: Dossier) -> Any:
    from charte_app.domain.model import DossierFile

    return DossierFile(dossier=dossier)


# -- PDFs to verify ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def verifier(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from charte_app.services.dossiers import DossierService

    folder = tmp_path_factory.mktemp("verif")
    service = DossierService.open(folder)
    dossier_id = service.import_file(HERE / "data" / "examples" / "reims-croix-rouge.charte").dossier_id
    version = service.get_version(dossier_id, 2)
    pdf = documents.export_document(
        version.snapshot, "charter", "pdf", folder / "v2.pdf", version=version, data_dir=folder
    )
    yield service, pdf.read_bytes(), folder
    service.close()


@st.composite
def pdf_bytes(draw: st.DrawFn, genuine: bytes) -> bytes:
    kind = draw(st.sampled_from(["intact", "truncate", "flip", "garbage"]))
    if kind == "intact":
        return genuine
    if kind == "garbage":
        return b"%PDF-1.7\n" + draw(st.binary(max_size=200))
    at = draw(st.integers(min_value=0, max_value=len(genuine) - 1))
    if kind == "truncate":
        return genuine[:at]
    return genuine[:at] + draw(st.binary(min_size=1, max_size=8)) + genuine[at + 8 :]


@settings(FUZZ, max_examples=15)
@given(data=st.data())
def test_fuzz_pdfs_to_verify(data: st.DataObject, verifier: Any) -> None:
    from charte_app.diff import verify_pdf

    service, genuine, folder = verifier
    path = folder / "a-verifier.pdf"
    path.write_bytes(data.draw(pdf_bytes(genuine)))
    _outcome(COUNTS["pdf"], lambda: verify_pdf(path, service))


#: Each door and the fuzz test that goes through it.
DOORS = {
    "dossier": "test_fuzz_dossier_files",
    "template": "test_fuzz_user_templates",
    "letterhead": "test_fuzz_letterheads",
    "paste": "test_fuzz_pasted_text",
    "pdf": "test_fuzz_pdfs_to_verify",
}


def test_every_door_saw_both_outcomes(request: pytest.FixtureRequest) -> None:
    """Runs last in this module: each fuzzed door produced successes and refusals (or pastes: successes).
    A door whose fuzz test did not run (this test run alone, ``-k``) is fuzzed here first."""
    import inspect

    for door, name in DOORS.items():
        if not COUNTS[door]:
            test = globals()[name]  # Hypothesis' wrapper: its parameters are the fixtures
            test(**{p: request.getfixturevalue(p) for p in inspect.signature(test).parameters})
    for door in ("dossier", "template", "letterhead", "pdf"):
        assert COUNTS[door]["accepté"] and COUNTS[door]["refusé"], (door, COUNTS[door])
    assert COUNTS["paste"]["accepté"] and not COUNTS["paste"]["refusé"], COUNTS["paste"]
