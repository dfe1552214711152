"""Decoding only the versions a command reads (issue 13): the others are never looked at, each one
read is still checked whole against its fingerprint, and problems keep their place in the file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from charte_app import cli
from charte_app.domain import dossier_file
from charte_app.domain.problems import DossierRefused
from charte_app.samples import large_dossier_file


@pytest.fixture(scope="module")
def doc_bytes() -> bytes:
    doc = large_dossier_file(partners=6, charter_commitments=10, convention_parties=3, versions=4, seed=3)
    return dossier_file.dump(doc)


def _altered(data: bytes, index: int) -> bytes:
    """The file with version ``index``'s content changed behind its fingerprint's back."""
    raw = json.loads(data)
    raw["versions"][index]["snapshot"]["title"] += " (modifié)"
    return json.dumps(raw, ensure_ascii=False).encode()


def test_only_the_versions_asked_for_are_decoded(doc_bytes: bytes) -> None:
    whole, _ = dossier_file.parse(doc_bytes)
    none, _ = dossier_file.parse(doc_bytes, versions=())
    assert none.versions == [] and none.dossier == whole.dossier
    some, _ = dossier_file.parse(doc_bytes, versions=[3, 1, 99])
    assert [v.number for v in some.versions] == [1, 3]
    assert some.versions == [whole.versions[0], whole.versions[2]]


def test_a_version_read_is_still_checked_against_its_fingerprint(doc_bytes: bytes) -> None:
    data = _altered(doc_bytes, 2)  # version 3
    with pytest.raises(DossierRefused) as refused:
        dossier_file.parse(data, versions=[3])
    # Reported at its place in the file, not in the shortened list.
    assert [p.path for p in refused.value.problems] == ["versions[2].fingerprint"]
    assert "versions[2].fingerprint" in str(refused.value)
    # The same file, whole: the same report.
    with pytest.raises(DossierRefused) as whole:
        dossier_file.parse(data)
    assert [p.path for p in whole.value.problems] == ["versions[2].fingerprint"]
    # A version the command does not read is not looked at.
    doc, _ = dossier_file.parse(data, versions=[1, 4])
    assert [v.number for v in doc.versions] == [1, 4]


def test_hygiene_of_a_version_read_keeps_its_path(doc_bytes: bytes) -> None:
    raw = json.loads(doc_bytes)
    raw["versions"][3]["label"] = "Version\x00 4"
    data = json.dumps(raw).encode()
    with pytest.raises(DossierRefused) as refused:
        dossier_file.parse(data, versions=[4])
    assert [p.path for p in refused.value.problems] == ["versions[3].label"]


def test_a_badly_numbered_list_is_decoded_whole(doc_bytes: bytes) -> None:
    raw = json.loads(doc_bytes)
    raw["versions"][1]["number"] = 1  # two versions n° 1: the whole file is checked and refused
    with pytest.raises(DossierRefused) as refused:
        dossier_file.parse(json.dumps(raw).encode(), versions=())
    assert any(p.path == "versions[1].number" for p in refused.value.problems)
    raw["versions"][1]["number"] = "2"
    with pytest.raises(DossierRefused):
        dossier_file.parse(json.dumps(raw).encode(), versions=[1])


def test_cli_export_and_compare_read_only_their_versions(
    doc_bytes: bytes, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "dossier.charte"
    source.write_bytes(_altered(doc_bytes, 1))  # version 2 altered
    base = ["--data-dir", str(data_dir)]
    # Printing the draft or version 3 does not read version 2.
    draft_pdf = tmp_path / "brouillon.pdf"
    assert (
        cli.main([*base, "export", str(source), "--document", "charter", "--format", "pdf", "--output", str(draft_pdf)])
        == 0
    )
    assert draft_pdf.stat().st_size > 0
    out = tmp_path / "v3.pdf"
    argv = [*base, "export", str(source), "--version", "3", "--document", "charter", "--format", "pdf"]
    assert cli.main([*argv, "--output", str(out)]) == 0
    assert (
        cli.main([*base, "compare", str(source), "--from", "1", "--to", "draft", "--format", "text", "--output", "-"])
        == 0
    )
    capsys.readouterr()
    # Printing or comparing version 2 reads it, and refuses it.
    argv = [*base, "export", str(source), "--version", "2", "--document", "charter", "--format", "pdf"]
    assert cli.main([*argv, "--output", str(tmp_path / "v2.pdf")]) == 1
    assert "versions[1].fingerprint" in capsys.readouterr().err
    assert not (tmp_path / "v2.pdf").exists()
    assert (
        cli.main([*base, "compare", str(source), "--from", "2", "--to", "3", "--format", "text", "--output", "-"]) == 1
    )
    assert "versions[1].fingerprint" in capsys.readouterr().err


def test_parse_draft_reads_the_draft_alone(doc_bytes: bytes) -> None:
    whole, _ = dossier_file.parse(doc_bytes)
    draft, _ = dossier_file.parse_draft(doc_bytes)
    assert draft.versions == [] and draft.dossier == whole.dossier
    # Versions first, spaces, a byte order mark: still the same draft.
    raw = json.loads(doc_bytes)
    reordered = {"versions": raw["versions"], "format_version": 1, "dossier": raw["dossier"], "format": raw["format"]}
    text = "\ufeff  " + json.dumps(reordered, indent=4)
    assert dossier_file.parse_draft(text.encode())[0].dossier == whole.dossier
    # Only the draft is looked at: a version altered is for the whole parse to refuse.
    altered = _altered(doc_bytes, 0)
    assert dossier_file.parse_draft(altered)[0].dossier == whole.dossier
    with pytest.raises(DossierRefused):
        dossier_file.parse(altered)


def test_parse_draft_reads_as_the_import_reads(doc_bytes: bytes) -> None:
    """The preview reads the file through the import's own reader: a file cut short, or writing a
    top-level key twice (json keeps the last "dossier", a reader of the beginning would show the
    first), shows nothing that the import would not store."""
    cut = doc_bytes[: doc_bytes.index(b'"versions"') + 20]
    twice = doc_bytes.rstrip().removesuffix(b"}") + b', "dossier": {"id": "autre", "title": "Autre", "partners": []}}'
    for data in (cut, twice):
        with pytest.raises(DossierRefused) as preview:
            dossier_file.parse_draft(data)
        with pytest.raises(DossierRefused) as whole:
            dossier_file.parse(data)
        assert preview.value.problems == whole.value.problems
    assert [p.path for p in preview.value.problems] == ["dossier"]
    assert "clé en double" in preview.value.problems[0].message


def test_parse_draft_refuses_what_parse_refuses_in_the_draft(doc_bytes: bytes) -> None:
    raw = json.loads(doc_bytes)
    raw["dossier"]["partners"][0]["kind"] = "planète"
    with pytest.raises(DossierRefused) as refused:
        dossier_file.parse_draft(json.dumps(raw).encode())
    assert any(p.path == "dossier.partners[0].kind" for p in refused.value.problems)
    for bad in (b"", b"[]", b'{"format": "autre"}', b"\xff\xfe", b'{"dossier": {}, "dossier": {}}', b"{" * 100):
        with pytest.raises(DossierRefused):
            dossier_file.parse_draft(bad)


def _broken_draft(data: bytes) -> bytes:
    """The file with its working draft unacceptable (an unknown partner kind, an empty title)."""
    raw = json.loads(data)
    raw["dossier"]["partners"][0]["kind"] = "planète"
    raw["dossier"]["title"] = " "
    return json.dumps(raw, ensure_ascii=False).encode()


def test_versions_read_without_the_draft(doc_bytes: bytes) -> None:
    whole, _ = dossier_file.parse(doc_bytes)
    doc, _ = dossier_file.parse(doc_bytes, versions=[2, 4], draft=False)
    assert doc.versions == [whole.versions[1], whole.versions[3]]
    assert doc.dossier.id == whole.dossier.id and doc.dossier.partners == []  # the draft stands as its id alone
    # A draft that would be refused is not read...
    data = _broken_draft(doc_bytes)
    with pytest.raises(DossierRefused):
        dossier_file.parse(data, versions=[2])
    assert dossier_file.parse(data, versions=[2], draft=False)[0].versions == [whole.versions[1]]
    # ... but each version read is still checked, and must be this dossier's.
    with pytest.raises(DossierRefused) as refused:
        dossier_file.parse(_altered(data, 1), versions=[2], draft=False)
    assert [p.path for p in refused.value.problems] == ["versions[1].fingerprint"]
    raw = json.loads(doc_bytes)
    raw["dossier"]["id"] = "00000000-0000-4000-8000-000000000000"
    with pytest.raises(DossierRefused) as refused:
        dossier_file.parse(json.dumps(raw).encode(), versions=[3], draft=False)
    assert [p.path for p in refused.value.problems] == ["versions[2].snapshot.id"]
    # Not JSON anywhere (a version the command does not read included): refused all the same.
    cut = doc_bytes[: doc_bytes.rindex(b"}") - 50]
    with pytest.raises(DossierRefused):
        dossier_file.parse(cut, versions=[1], draft=False)


def test_a_draft_without_a_text_id_is_read_and_refused(doc_bytes: bytes) -> None:
    for draft in ([], {"title": "sans identifiant"}, {"id": 12}):
        raw = json.loads(doc_bytes)
        raw["dossier"] = draft
        with pytest.raises(DossierRefused) as refused:
            dossier_file.parse(json.dumps(raw).encode(), versions=[1], draft=False)
        assert any(p.path.startswith("dossier") for p in refused.value.problems)


def test_cli_compare_and_export_of_versions_do_not_read_the_draft(
    doc_bytes: bytes, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "dossier.charte"
    source.write_bytes(_broken_draft(doc_bytes))
    base = ["--data-dir", str(data_dir)]
    compare = [*base, "compare", str(source), "--format", "text", "--output", "-"]
    assert cli.main([*compare, "--from", "1", "--to", "3"]) == 0
    assert "dossier.partners[0].kind" not in capsys.readouterr().err
    out = tmp_path / "v2.pdf"
    argv = [*base, "export", str(source), "--version", "2", "--document", "charter", "--format", "pdf"]
    assert cli.main([*argv, "--output", str(out)]) == 0
    assert out.stat().st_size > 0
    # The draft asked for: read, and refused.
    capsys.readouterr()
    assert cli.main([*compare, "--from", "1", "--to", "draft"]) == 1
    assert "dossier.partners[0].kind" in capsys.readouterr().err


def test_fingerprints_are_checked_on_the_json_as_written(doc_bytes: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    from charte_app.domain import canonical

    whole, _ = dossier_file.parse(doc_bytes)
    raw = json.loads(doc_bytes)
    for entry, version in zip(raw["versions"], whole.versions, strict=True):
        assert dossier_file._written_fingerprint(entry) == canonical.fingerprint(version.snapshot)

    def no_encoding(_snapshot: object) -> object:
        raise AssertionError("a snapshot read from a file is not encoded again to check its fingerprint")

    monkeypatch.setattr(canonical, "encode", no_encoding)
    assert dossier_file.parse(doc_bytes)[0] == whole
    with pytest.raises(DossierRefused) as refused:
        dossier_file.parse(_altered(doc_bytes, 2))
    assert [p.path for p in refused.value.problems] == ["versions[2].fingerprint"]


def test_a_lone_surrogate_in_a_version_is_refused_with_its_path(doc_bytes: bytes) -> None:
    raw = json.loads(doc_bytes)
    raw["versions"][1]["snapshot"]["title"] += "\ud800"  # UTF-8 cannot carry it: no fingerprint to compute
    data = json.dumps(raw).encode()  # written as the escape \ud800
    for versions in (None, [2]):
        with pytest.raises(DossierRefused) as refused:
            dossier_file.parse(data, versions=versions)
        assert [p.path for p in refused.value.problems] == ["versions[1].snapshot.title"]
        assert "U+D800" in str(refused.value)


def _outcome(read: Any) -> Any:
    """What a parse gives: the file and its warnings, or the refusal's problems."""
    try:
        doc, problems = read()
    except DossierRefused as refused:
        return ("refused", [(p.path, p.message) for p in refused.problems])
    return (doc, problems)


def _variants(data: bytes) -> dict[str, bytes | str]:
    """The same file written otherwise, or damaged, in ways a selective read must treat as a whole read does."""
    raw = json.loads(data)
    first = raw["versions"][0]
    variants: dict[str, bytes | str] = {
        "as written": data,
        "as text with a byte order mark": "\ufeff" + data.decode(),
        "compact": json.dumps(raw, ensure_ascii=False, separators=(",", ":")).encode(),
        "versions first": json.dumps({"versions": raw["versions"], **raw}).encode(),
        "number last": json.dumps(
            {
                **raw,
                "versions": [
                    {**{k: v for k, v in e.items() if k != "number"}, "number": e["number"]} for e in raw["versions"]
                ],
            }
        ).encode(),
        "an unknown top-level key": json.dumps({**raw, "signature": {"by": "x"}}).encode(),
        "versions not a list": json.dumps({**raw, "versions": {"0": first}}).encode(),
        "a version not an object": json.dumps({**raw, "versions": [first, 2]}).encode(),
        "a number as text": json.dumps({**raw, "versions": [{**first, "number": "1"}]}).encode(),
        "a negative number": json.dumps({**raw, "versions": [{**first, "number": -1}]}).encode(),
        "a number as a float": json.dumps({**raw, "versions": [{**first, "number": 1.0}]}).encode(),
        "no versions": json.dumps({k: v for k, v in raw.items() if k != "versions"}).encode(),
        "no draft": json.dumps({k: v for k, v in raw.items() if k != "dossier"}).encode(),
        "another format": json.dumps({**raw, "format": "autre"}).encode(),
        "a newer format version": json.dumps({**raw, "format_version": 2}).encode(),
        "a NUL in the draft": json.dumps({**raw, "dossier": {**raw["dossier"], "title": "a\x00b"}}).encode(),
        "a lone surrogate in a version": data.replace(b'"label": "', b'"label": "\\udc00', 1),
        "not JSON in a version": data.replace(b'"label": "', b'"label": tru, "x": "', 1),
        "cut short": data[: len(data) // 2],
    }
    return variants


@pytest.mark.parametrize("selection", [(), (1,), (2, 4), (1, 2, 3, 4, 9)])
@pytest.mark.parametrize("draft", [True, False])
def test_a_selective_read_gives_what_a_whole_read_gives(
    doc_bytes: bytes, selection: tuple[int, ...], draft: bool
) -> None:
    """``parse`` with a selection skips the versions it does not read (without building them);
    for any file, written otherwise or damaged, it gives what decoding the whole text gives."""
    for name, data in _variants(doc_bytes).items():
        whole = _outcome(lambda d=data: dossier_file.from_json(dossier_file.loads(d), versions=selection, draft=draft))
        assert _outcome(lambda d=data: dossier_file.parse(d, versions=selection, draft=draft)) == whole, name


@pytest.mark.parametrize(
    ("damage", "reported"),
    [
        ((b'"label": "', b'"label": "\xff'), "UTF-8"),
        # A key written twice (json would keep the last: version 2 numbered 3): refused where it is.
        ((b'"label": "', b'"number": 3, "label": "'), "versions[1].number : clé en double"),
    ],
)
def test_the_versions_not_read_are_skipped_not_decoded(
    doc_bytes: bytes, damage: tuple[bytes, bytes], reported: str
) -> None:
    """Version 2 damaged where only decoding it would show (its text is not UTF-8, or it is numbered
    a second time further on): printing the draft or other versions goes on, as with an altered
    fingerprint; reading version 2, or importing the file, refuses it."""
    start = doc_bytes.index(b'"number": 2,')
    data = doc_bytes[:start] + doc_bytes[start:].replace(*damage, 1)
    whole, _ = dossier_file.parse(doc_bytes)
    draft, _ = dossier_file.parse(data, versions=())
    assert draft.dossier == whole.dossier
    assert dossier_file.parse(data, versions=[1, 3])[0].versions == [whole.versions[0], whole.versions[2]]
    for read in (lambda: dossier_file.parse(data, versions=[2]), lambda: dossier_file.parse(data)):
        with pytest.raises(DossierRefused) as refused:
            read()
        assert reported in str(refused.value)
