"""Issue 23, part 3: ``charte-app map SOURCE --format svg|png|pdf --output OUT``."""

from __future__ import annotations

from pathlib import Path

import pytest

from charte_app import cli, samples
from charte_app.domain import dossier_file


def _png_width(data: bytes) -> int:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return int.from_bytes(data[16:20], "big")


def test_map_of_a_file_in_the_three_formats(
    examples_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = examples_dir / "reims-suivi.charte"
    for fmt in ("svg", "png", "pdf"):
        out = tmp_path / f"carte.{fmt}"
        assert cli.main(["map", str(source), "--format", fmt, "--output", str(out), "--data-dir", str(tmp_path)]) == 0
    svg = (tmp_path / "carte.svg").read_text(encoding="utf-8")
    assert ">le collectif POP</text>" in svg and "Centre médico-psycho-pédagogique" in svg
    assert "Carte des acteurs" in svg
    assert _png_width((tmp_path / "carte.png").read_bytes()) >= 1200
    assert (tmp_path / "carte.pdf").read_bytes().startswith(b"%PDF")
    assert "Carte écrite" in capsys.readouterr().err


def test_map_of_the_forty_partner_file(tmp_path: Path) -> None:
    source = tmp_path / "grand.charte"
    source.write_bytes(dossier_file.dump(samples.large_dossier_file(versions=1)))
    out = tmp_path / "grand.png"
    assert cli.main(["map", str(source), "--format", "png", "--output", str(out), "--data-dir", str(tmp_path)]) == 0
    assert _png_width(out.read_bytes()) >= 1200


def test_a_refused_file_says_why(examples_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (examples_dir / "reims-suivi.charte").read_text(encoding="utf-8")
    bad = tmp_path / "bad.charte"
    bad.write_text(text.replace('"to": "pop"', '"to": "personne"'), encoding="utf-8")
    out = tmp_path / "x.svg"
    assert cli.main(["map", str(bad), "--format", "svg", "--output", str(out), "--data-dir", str(tmp_path)]) == 1
    assert "dossier.links[0].to" in capsys.readouterr().err
    assert not out.exists()
