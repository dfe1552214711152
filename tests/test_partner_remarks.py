"""Remarks of a partner's Word copy (comments, tracked changes) listed by article."""

from __future__ import annotations

import copy
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from charte_app import cli
from charte_app.documents.service import export_document
from charte_app.exchange.remarks import read_remarks
from charte_app.samples import small_dossier

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _paragraph(document: docx.document.Document, start: str) -> docx.text.paragraph.Paragraph:
    return next(p for p in document.paragraphs if p.text.startswith(start))


def _after_heading(document: docx.document.Document, heading: str) -> docx.text.paragraph.Paragraph:
    paragraphs = document.paragraphs
    index = next(i for i, p in enumerate(paragraphs) if re.sub(r"\s", " ", p.text).startswith(heading))
    return next(p for p in paragraphs[index + 1 :] if p.text and p.runs)


@pytest.fixture
def commented(tmp_path: Path) -> Path:
    path = tmp_path / "charte.docx"
    export_document(small_dossier(), "charter", "docx", path)
    document = docx.Document(str(path))
    target = _after_heading(document, "Article 2")
    document.add_comment(target.runs, text="Ajouter la laïcité", author="CAF de la Marne", initials="CAF")
    later = _after_heading(document, "Article 3")
    # A tracked insertion and a deletion, as Word writes them.
    run = later.runs[0]._r
    inserted = copy.deepcopy(run)
    for t in inserted.iter(qn("w:t")):
        t.text = " en lien avec le PRE"
    ins = later._p.makeelement(
        qn("w:ins"), {qn("w:id"): "901", qn("w:author"): "M. Petit", qn("w:date"): "2026-11-30T10:00:00Z"}
    )
    ins.append(inserted)
    run.addnext(ins)
    removed = copy.deepcopy(run)
    for t in removed.iter(qn("w:t")):
        t.tag = qn("w:delText")
        t.text = "mot retiré"
    dele = later._p.makeelement(
        qn("w:del"), {qn("w:id"): "902", qn("w:author"): "M. Petit", qn("w:date"): "2026-11-30T10:01:00Z"}
    )
    dele.append(removed)
    ins.addnext(dele)
    document.save(str(path))
    return path


def test_comments_and_tracked_changes_are_listed_under_their_article(commented: Path) -> None:
    groups = read_remarks(commented)
    by_heading = {re.sub(r"\s", " ", g.heading).split(" –")[0]: g for g in groups}
    (comment,) = by_heading["Article 2"].remarks
    assert (comment.kind, comment.author, comment.text) == ("comment", "CAF de la Marne", "Ajouter la laïcité")
    assert comment.quoted and by_heading["Article 2"].number == 2
    kinds = [(r.kind, r.author, r.text) for r in by_heading["Article 3"].remarks]
    assert kinds == [("insertion", "M. Petit", " en lien avec le PRE"), ("deletion", "M. Petit", "mot retiré")]
    assert by_heading["Article 3"].remarks[0].date.startswith("2026-11-30")


def test_cli_remarks(commented: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["remarks", str(commented)]) == 0
    out = capsys.readouterr()
    assert re.search(r"Article\s2", out.out)
    assert "Commentaire – CAF de la Marne, " in out.out and "Ajout – M. Petit" in out.out
    assert "3 remarque" in out.err


def test_what_is_not_a_docx_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "x.docx"
    bad.write_bytes(b"PK\x03\x04nothing")
    assert cli.main(["remarks", str(bad)]) == 1
    assert "n'est pas un document Word" in capsys.readouterr().err


FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:body><office:text>
<text:h text:outline-level="1">Article 1er – Objet</text:h>
<text:p>La charte organise la coopération.</text:p>
<text:h text:outline-level="1">Article 2 – Valeurs</text:h>
<text:p>Les partenaires <office:annotation><dc:creator>Association Cap Avenir</dc:creator>
<dc:date>2026-12-01T09:00:00</dc:date><text:p>Préciser les valeurs</text:p></office:annotation>partagent des valeurs.</text:p>
</office:text></office:body></office:document>
"""


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed: no DOCX commented in LibreOffice")
def test_a_docx_commented_in_libreoffice(tmp_path: Path) -> None:
    source = tmp_path / "remarques.fodt"
    source.write_text(FODT, encoding="utf-8")
    subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "docx",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    groups = read_remarks(tmp_path / "remarques.docx")
    assert [re.sub(r"\s", " ", g.heading) for g in groups] == ["Article 2 – Valeurs"]
    (remark,) = groups[0].remarks
    assert (remark.author, remark.text) == ("Association Cap Avenir", "Préciser les valeurs")
