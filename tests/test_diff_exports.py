"""PDF and DOCX exports of a comparison, read back (pypdf, python-docx) and opened by LibreOffice."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from docx import Document as open_docx
from docx.oxml.ns import qn
from pypdf import PdfReader

from charte_app.diff import compare_dossiers, write_comparison
from charte_app.diff.model import Comparison
from charte_app.documents.pdf_styles import DELETED, INSERTED
from diff_helpers import reims

W_INS, W_DEL, W_T, W_DELTEXT = qn("w:ins"), qn("w:del"), qn("w:t"), qn("w:delText")
WHEN = datetime(2026, 6, 29, 9, 30, tzinfo=UTC)


def _reims_comparison() -> Comparison:
    doc = reims()
    return compare_dossiers(doc.versions[0].snapshot, doc.versions[1].snapshot)


def _side_text(body, accept: bool) -> str:  # type: ignore[no-untyped-def]
    """The body's text with every revision accepted (new side) or rejected (old side)."""
    lines = []
    for p in body.iter(qn("w:p")):
        parts = []
        for el in p.iter(W_T, W_DELTEXT):
            inside_ins = any(a.tag == W_INS for a in el.iterancestors())
            if el.tag == W_DELTEXT:
                if not accept:
                    parts.append(el.text or "")
            elif accept or not inside_ins:
                parts.append(el.text or "")
        lines.append("".join(parts))
    return "\n".join(lines).replace("\u00a0", " ")


@pytest.fixture
def redline(tmp_path: Path) -> Path:
    out = tmp_path / "comparaison.docx"
    write_comparison(
        _reims_comparison(), "docx", out, old_label="Version 1", new_label="Version 2", author="Amélie Roux", when=WHEN
    )
    return out


def test_docx_has_real_tracked_changes(redline: Path) -> None:
    body = open_docx(str(redline)).element.body
    ins = list(body.iter(W_INS))
    dels = list(body.iter(W_DEL))
    assert ins and dels
    for rev in ins + dels:
        assert rev.get(qn("w:author")) == "Amélie Roux"
        assert rev.get(qn("w:date")) == "2026-06-29T09:30:00Z"
    ids = [rev.get(qn("w:id")) for rev in ins + dels]
    assert len(ids) == len(set(ids))
    # Deleted text lives in w:delText, never in w:t; inserted text in w:t.
    deleted_texts = ["".join(t.text or "" for t in d.iter(W_DELTEXT)) for d in dels]
    inserted_texts = ["".join(t.text or "" for t in i.iter(W_T)) for i in ins]
    assert all(not list(d.iter(W_T)) for d in dels)
    assert "deux" in deleted_texts and "trois" in inserted_texts
    assert "21" in deleted_texts and "15" in inserted_texts
    assert "Informer" in deleted_texts
    assert "Bienveillance" in inserted_texts
    # The added value's description is a whole inserted paragraph: its paragraph mark is tracked too.
    marks = [p for p in body.iter(qn("w:p")) if p.find(f"{qn('w:pPr')}/{qn('w:rPr')}/{W_INS}") is not None]
    assert any("pas seulement leurs difficultés" in "".join(t.text or "" for t in p.iter(W_T)) for p in marks)
    settings = zipfile.ZipFile(redline).read("word/settings.xml").decode()
    assert "<w:trackRevisions/>" in settings


def test_accepting_gives_the_new_text_and_rejecting_the_old(redline: Path) -> None:
    doc = reims()
    old_rule = doc.versions[0].snapshot.charter.rules[0].text
    new_rule = doc.versions[1].snapshot.charter.rules[0].text
    body = open_docx(str(redline)).element.body
    accepted, rejected = _side_text(body, accept=True), _side_text(body, accept=False)
    assert new_rule in accepted and old_rule not in accepted
    assert old_rule in rejected and new_rule not in rejected
    assert "Se réunit : trois fois par an" in accepted
    assert "Se réunit : deux fois par an" in rejected
    assert "Bienveillance" in accepted and "Bienveillance" not in rejected
    # Unchanged content is in the redline too (whole document), identical on both sides.
    assert "Confidentialité" in accepted and "Confidentialité" in rejected


def _soffice(tmp_path: Path, source: Path, target: str) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice (soffice) is required for this test"
    outdir = tmp_path / f"lo-{target.split(':')[0]}"
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation={profile}",
            "--convert-to",
            target,
            "--outdir",
            str(outdir),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    produced = list(outdir.iterdir())
    assert len(produced) == 1, produced
    return produced[0]


def test_libreoffice_opens_the_redline_and_keeps_the_revisions(redline: Path, tmp_path: Path) -> None:
    pdf = _soffice(tmp_path, redline, "pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages).replace("\u00a0", " ")
    assert "Comparaison de versions" in text
    assert "Bienveillance" in text
    assert "fois par an" in text
    assert "dans le respect de l'article L. 121-6-2" in text
    # Saved again as DOCX by LibreOffice, the changes are still revisions by the same author.
    resaved = tmp_path / "resaved"
    resaved.mkdir()
    copy = resaved / "comparaison-lo.docx"
    shutil.copy(redline, copy)
    again = _soffice(tmp_path, copy, "docx:MS Word 2007 XML")
    body = open_docx(str(again)).element.body
    authors = {rev.get(qn("w:author")) for rev in [*body.iter(W_INS), *body.iter(W_DEL)]}
    assert authors == {"Amélie Roux"}
    deleted = {"".join(t.text or "" for t in d.iter(W_DELTEXT)) for d in body.iter(W_DEL)}
    assert "deux" in deleted


def test_pdf_marks_changes_inline_with_a_legend(tmp_path: Path) -> None:
    out = tmp_path / "comparaison.pdf"
    write_comparison(_reims_comparison(), "pdf", out, old_label="Version 1", new_label="Version 2")
    reader = PdfReader(out)
    text = "\n".join(page.extract_text() for page in reader.pages).replace("\u00a0", " ")
    assert "Comparaison de versions" in text
    assert "De « Version 1 »" in text and "à « Version 2 »" in text
    assert "1 valeur ajoutée, 1 règle modifiée, 1 indicateur modifié, 1 engagement modifié, 1 instance de" in text
    # The legend says it in words, not by colour alone.
    assert "texte ajouté (souligné, en vert)" in text and "texte supprimé (barré, en rouge)" in text
    assert "Valeur « Bienveillance » — ajoutée" in text
    assert "Règle « Partage d'informations » — modifiée" in text
    assert "Se réunit : deuxtrois fois par an" in text  # deleted then inserted, inline
    assert "Cible : 2115 jours" in text
    assert "Empreinte" not in text  # a comparison is not a version: no fingerprint to verify
    # Both change colours are painted (fill colour operators of the run markup).
    content = b"".join(page.get_contents().get_data() for page in reader.pages)
    painted = {
        tuple(round(float(v), 3) for v in m.groups()) for m in re.finditer(rb"([\d.]+) ([\d.]+) ([\d.]+) rg", content)
    }

    def rgb(hex_colour: str) -> tuple[float, ...]:
        return tuple(round(int(hex_colour[i : i + 2], 16) / 255, 3) for i in (1, 3, 5))

    assert rgb(INSERTED) in painted and rgb(DELETED) in painted
