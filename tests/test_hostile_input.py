"""Hostile and odd `.charte` files and pasted text (issue 10): every case is accepted or refused in
French with the path of the faulty value, quickly, without a traceback or a half-import."""

from __future__ import annotations

import copy
import json
import os
import sqlite3
import threading
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from charte_app.domain import DossierRefused, dossier_file
from charte_app.domain.text import MAX_SHORT, clean_text
from charte_app.errors import UserError
from charte_app.services.dossiers import DossierService
from charte_app.storage.location import DATABASE_FILE

EXAMPLES = Path(__file__).resolve().parent / "data" / "examples"
EPERNAY = json.loads((EXAMPLES / "epernay-psychomotricite.charte").read_bytes())
ENGLISH = ("Is a directory", "Not a directory", "No such file", "File too large", "Permission denied", "Errno")


def _write(folder: Path, raw: Any, name: str = "d.charte") -> Path:
    path = folder / name
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8", errors="surrogatepass")
    return path


def _refusal(service: DossierService, path: Path) -> str:
    with pytest.raises((UserError, DossierRefused)) as info:
        service.import_file(path)
    message = info.value.french() if isinstance(info.value, DossierRefused) else str(info.value)
    assert not any(word in message for word in ENGLISH), message
    return message


def _nothing_imported(data_dir: Path) -> None:
    with sqlite3.connect(data_dir / DATABASE_FILE) as db:
        assert db.execute("select count(*) from dossiers").fetchone() == (0,)


@pytest.fixture
def service(data_dir: Path):  # type: ignore[no-untyped-def]
    with DossierService.open(data_dir) as svc:
        yield svc


def _raw() -> dict[str, Any]:
    return copy.deepcopy(EPERNAY)


@pytest.mark.parametrize(
    "char",
    ["\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x85", "\ufffe", "\uffff", "\u2028", "\u2029"],
)
def test_characters_no_document_can_carry_are_refused_with_their_path(
    service: DossierService, data_dir: Path, tmp_path: Path, char: str
) -> None:
    raw = _raw()
    raw["dossier"]["conventions"][0]["title"] += char + "suite"
    message = _refusal(service, _write(tmp_path, raw))
    assert "dossier.conventions[0].title" in message
    assert f"U+{ord(char):04X}" in message
    _nothing_imported(data_dir)


def test_a_lone_surrogate_is_refused_with_its_path(service: DossierService, data_dir: Path, tmp_path: Path) -> None:
    text = json.dumps(_raw()).replace('"title": "', '"title": "\\ud800', 1)
    path = tmp_path / "s.charte"
    path.write_text(text, encoding="utf-8")
    message = _refusal(service, path)
    assert "dossier.title" in message and "U+D800" in message
    _nothing_imported(data_dir)


def test_forbidden_characters_in_unknown_keys_and_values_are_refused(service: DossierService, tmp_path: Path) -> None:
    raw = _raw()
    raw["dossier"]["x-outil"] = {"note": "a\x1bb"}
    assert "dossier.x-outil.note" in _refusal(service, _write(tmp_path, raw))
    raw = _raw()
    raw["dossier"]["clé\x07"] = 1
    assert "nom de clé" in _refusal(service, _write(tmp_path, raw))


def test_tab_newline_and_carriage_return_are_accepted(service: DossierService, tmp_path: Path) -> None:
    raw = _raw()
    raw["dossier"]["charter"]["preamble"] = "Un\tdeux\r\ntrois\nquatre"
    result = service.import_file(_write(tmp_path, raw))
    assert service.load_draft(result.dossier_id).charter.preamble == "Un\tdeux\r\ntrois\nquatre"


def test_a_utf8_byte_order_mark_is_accepted(service: DossierService, tmp_path: Path) -> None:
    path = tmp_path / "bom.charte"
    path.write_bytes(b"\xef\xbb\xbf" + (EXAMPLES / "epernay-psychomotricite.charte").read_bytes())
    assert service.import_file(path).dossier_id == EPERNAY["dossier"]["id"]


@pytest.mark.parametrize("depth", [900, 100_000])
def test_deep_nesting_is_refused_before_any_recursion_error(
    service: DossierService, data_dir: Path, tmp_path: Path, depth: int
) -> None:
    text = json.dumps(_raw())
    nested = '{"x-profond": ' + "[" * depth + "]" * depth + ", "
    path = tmp_path / "deep.charte"
    path.write_text(text.replace('{"format"', nested + '"format"', 1), encoding="utf-8")
    message = _refusal(service, path)
    assert "64 niveaux" in message
    _nothing_imported(data_dir)


def test_a_fifo_is_refused_without_blocking(service: DossierService, tmp_path: Path) -> None:
    fifo = tmp_path / "tube.charte"
    os.mkfifo(fifo)
    outcome: list[str] = []
    worker = threading.Thread(target=lambda: outcome.append(_refusal(service, fifo)), daemon=True)
    worker.start()
    worker.join(10)
    assert not worker.is_alive(), "reading a FIFO blocked"
    assert "n'est pas un fichier ordinaire" in outcome[0]


def test_devices_directories_and_broken_paths_are_refused_in_french(service: DossierService, tmp_path: Path) -> None:
    assert "n'est pas un fichier ordinaire" in _refusal(service, Path("/dev/zero"))
    assert "est un dossier" in _refusal(service, tmp_path)
    (tmp_path / "fichier").write_text("x")
    assert "n'est pas un dossier" in _refusal(service, tmp_path / "fichier" / "d.charte")
    assert "introuvable" in _refusal(service, tmp_path / "absent.charte")


def test_a_file_over_the_size_limit_is_refused(
    service: DossierService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dossier_file, "MAX_FILE_BYTES", 1_000_000)
    path = tmp_path / "gros.charte"
    path.write_bytes(b" " * 1_000_001)
    assert "trop volumineux" in _refusal(service, path)
    with pytest.raises(DossierRefused, match="trop volumineux"):
        dossier_file.loads(b" " * 1_000_001)


def test_amount_digits_are_capped(service: DossierService, data_dir: Path, tmp_path: Path) -> None:
    raw = _raw()
    contribution = raw["dossier"]["conventions"][0]["contributions"][0]
    contribution["amount"], contribution["schedule"] = "1" * 29 + ".00", []
    message = _refusal(service, _write(tmp_path, raw))
    assert "dossier.conventions[0].contributions[0].amount" in message and "15 chiffres" in message
    _nothing_imported(data_dir)
    contribution["amount"] = "9" * 15 + ".00"
    result = service.import_file(_write(tmp_path, raw))
    draft = service.load_draft(result.dossier_id)
    assert draft.conventions[0].contributions[0].amount == Decimal("9" * 15 + ".00")
    from charte_app.documents.service import build_document

    build_document(
        draft, draft.conventions[0].id, data_dir=data_dir
    )  # communs.j2 formats and sums it: no InvalidOperation


def test_a_padded_amount_gets_the_same_answer_in_the_draft_and_in_a_version(
    service: DossierService, tmp_path: Path
) -> None:
    raw = _raw()
    raw["dossier"]["conventions"][0]["contributions"][0]["amount"] = " 18000.00"
    draft_message = _refusal(service, _write(tmp_path, raw))
    assert "sans espace" in draft_message
    dossier_id = service.import_file(EXAMPLES / "epernay-psychomotricite.charte").dossier_id
    service.freeze_version(dossier_id, "Projet")
    raw = dossier_file.to_json(service.to_file(dossier_id))
    raw["versions"][-1]["snapshot"]["conventions"][0]["contributions"][0]["amount"] = " 18000.00"
    version_message = _refusal(service, _write(tmp_path, raw))
    assert "sans espace" in version_message and "a été modifié" not in version_message


def test_an_upper_case_uuid_is_refused(service: DossierService, tmp_path: Path) -> None:
    text = (EXAMPLES / "epernay-psychomotricite.charte").read_text(encoding="utf-8")
    upper = EPERNAY["dossier"]["id"].upper()
    path = tmp_path / "maj.charte"
    path.write_text(text.replace(EPERNAY["dossier"]["id"], upper), encoding="utf-8")
    assert "minuscules" in _refusal(service, path)


def test_short_fields_are_capped_at_import(service: DossierService, tmp_path: Path) -> None:
    raw = _raw()
    raw["dossier"]["charter"]["title"] = "T" * 3000
    message = _refusal(service, _write(tmp_path, raw))
    assert "dossier.charter.title" in message and f"{MAX_SHORT} au plus" in message


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_the_longest_accepted_titles_print_in_both_formats(tmp_path: Path, data_dir: Path, fmt: str) -> None:
    from charte_app.documents.service import export_document

    raw = _raw()
    raw["versions"] = []
    dossier = raw["dossier"]
    dossier["title"] = dossier["charter"]["title"] = ("Charte de coopération très longue " * 20)[:MAX_SHORT]
    dossier["conventions"][0]["title"] = "Convention " + "x" * (MAX_SHORT - 11)
    doc, _ = dossier_file.from_json(raw)
    for document in ("charter", doc.dossier.conventions[0].id):
        output = tmp_path / f"{document}.{fmt}"
        export_document(doc.dossier, document, fmt, output, data_dir=data_dir)  # type: ignore[arg-type]
        assert output.stat().st_size > 1000


def test_pasted_text_follows_the_same_rules_in_the_wizard(qapp: Any) -> None:
    from charte_app.domain import Dossier
    from charte_app.ui.editor import DossierEditor

    editor = DossierEditor(Dossier(title="Essai"))
    editor.set_field(editor.dossier.charter, "preamble", "Un\u2029deux\x0btrois\x1b\x7f\ufffe fin\r\n", "Coller")
    assert editor.dossier.charter.preamble == "Un\ndeux\ntrois fin\r\n"
    editor.set_field(editor.dossier, "title", "T" * 3000, "Coller")
    assert editor.dossier.title == "T" * MAX_SHORT
    editor.set_field(editor.dossier.charter, "preamble", "a\ud800b", "Coller")
    assert editor.dossier.charter.preamble == "ab"
    assert clean_text("ok\tok\n") == "ok\tok\n"


@pytest.mark.parametrize(
    ("failure", "read_only", "expected"),
    [
        ("database or disk is full", False, "est plein"),
        ("unable to open database file", True, "lecture seule"),
        ("attempt to write a readonly database", True, "lecture seule"),
        ("database is locked", False, "verrouillée"),
    ],
)
def test_a_base_that_cannot_open_at_start_says_why(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, failure: str, read_only: bool, expected: str
) -> None:
    """Root ignores permissions and no disk can be filled here: SQLite's own messages are replayed."""
    from charte_app.storage import migrate

    DossierService.open(data_dir).close()  # an up-to-date base: the start reads its revision

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise sqlite3.OperationalError(failure)

    monkeypatch.setattr(migrate.sqlite3, "connect", refuse)
    monkeypatch.setattr(os, "access", lambda path, mode: not read_only)
    with pytest.raises(UserError) as caught:
        DossierService.open(data_dir)
    assert expected in caught.value.message and "n'est pas une base" not in caught.value.message


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_very_long_text_in_a_table_cell_prints_whole_in_both_formats(
    tmp_path: Path, data_dir: Path, fmt: str
) -> None:
    """A cell taller than a page made reportlab fail (LayoutError) while Word printed it: the PDF
    writer now lets such a row run over several pages."""
    from charte_app.documents.service import export_document

    raw = _raw()
    convention = raw["dossier"]["conventions"][0]
    convention["contributions"][0]["description"] = "Description " + "longue " * 2500 + "FIN"
    doc, _ = dossier_file.from_json(raw)
    output = export_document(doc.dossier, convention["id"], fmt, tmp_path / f"c.{fmt}", data_dir=data_dir)  # type: ignore[arg-type]
    if fmt == "pdf":
        from pypdf import PdfReader

        text = "".join(page.extract_text() for page in PdfReader(output).pages)
        assert text.count("longue") >= 2500 and "FIN" in text


def test_line_breaking_characters_already_stored_stay_inside_their_cell() -> None:
    from charte_app.documents.engine import escape_data

    assert escape_data("a\u2028b\x0bc\x0cd\u2029e\x85f") == "a b c d e f"


def test_the_service_applies_the_same_hygiene_to_drafts_and_labels(service: DossierService) -> None:
    """The CLI and other callers bypass the wizard: `version --label $'\\x1b'` must not reach a document."""
    dossier_id = service.import_file(EXAMPLES / "epernay-psychomotricite.charte").dossier_id
    draft = service.load_draft(dossier_id)
    draft.charter.preamble = "Texte\x1b[31m rouge"
    with pytest.raises(DossierRefused) as caught:
        service.save_draft(draft)
    assert "dossier.charter.preamble" in caught.value.french() and "U+001B" in caught.value.french()
    with pytest.raises(UserError, match="U\\+001B"):
        service.freeze_version(dossier_id, "Projet\x1b")
    with pytest.raises(UserError, match="500 au plus"):
        service.freeze_version(dossier_id, "P" * 501)
    version = service.freeze_version(dossier_id, "Projet")
    with pytest.raises(UserError, match="U\\+2028"):
        service.relabel_version(dossier_id, version.number, "a\u2028b")


def test_the_cli_answers_every_hostile_file_with_a_french_refusal(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from charte_app.cli import main

    fifo = tmp_path / "tube.charte"
    os.mkfifo(fifo)
    deep = tmp_path / "profond.charte"
    deep.write_text('{"format": ' + "[" * 900 + "]" * 900 + "}", encoding="utf-8")
    control = _write(tmp_path, {**_raw(), "dossier": {**_raw()["dossier"], "title": "a\x1bb"}}, "ctrl.charte")
    for path in (fifo, Path("/dev/zero"), tmp_path, deep, control, tmp_path / "absent.charte"):
        for command in (
            ["import", str(path)],
            ["export", str(path), "--document", "charter", "--format", "docx", "--output", str(tmp_path / "x.docx")],
        ):
            assert main([*command, "--data-dir", str(data_dir)]) == 1, (command, path)
            err = capsys.readouterr().err
            assert err and "inattendue" not in err and not any(word in err for word in ENGLISH), err


def test_values_quoted_in_a_refusal_cannot_drive_the_terminal(service: DossierService, tmp_path: Path) -> None:
    raw = _raw()
    raw["format"] = "\x1b]0;piège\x07" + "x" * 5000
    message = _refusal(service, _write(tmp_path, raw))
    assert "\x1b" not in message and "\x07" not in message and len(message) < 1000
