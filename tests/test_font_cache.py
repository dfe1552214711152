"""The bundled fonts' metrics kept in the user's cache: same font, same PDF, never trusted blindly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from charte_app.documents import font_cache
from charte_app.documents.fonts import PDF_NAMES, _fast_font_class, font_path

# A PDF of the Reims example (a version: fixed dates), then whether the metrics came from the cache.
EXPORT = """
import sys
from pathlib import Path
from reportlab.pdfbase import ttfonts
if sys.argv[2] == "no-parsing":
    def refuse(self, *args, **kwargs):
        raise AssertionError("the font file was parsed")
    ttfonts.TTFontFile.extractInfo = refuse
from charte_app.documents import service
from charte_app.domain import dossier_file
example = sorted(Path(sys.argv[3]).glob("reims*.charte"))[0]
doc, _ = dossier_file.parse(example.read_bytes())
version = doc.versions[-1]
structure = service.build_document(version.snapshot, "charter", version=version)
Path(sys.argv[1]).write_bytes(service.render_bytes(structure, "pdf"))
"""


def export(tmp_path: Path, cache: Path, name: str, mode: str, examples: Path) -> bytes:
    out = tmp_path / name
    env = {**os.environ, "CHARTE_APP_CACHE_DIR": str(cache), "CHARTE_APP_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run(
        [sys.executable, "-c", EXPORT, str(out), mode, str(examples)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return out.read_bytes()


def test_a_second_process_reads_no_font_file_and_prints_the_same_pdf(tmp_path: Path, examples_dir: Path) -> None:
    cache = tmp_path / "cache"
    first = export(tmp_path, cache, "first.pdf", "parsing allowed", examples_dir)
    entries = sorted((cache / font_cache.FOLDER).iterdir())
    assert [e.name.split("-")[1] for e in entries] == ["Bold", "Italic", "Regular"]
    second = export(tmp_path, cache, "second.pdf", "no-parsing", examples_dir)
    assert second == first


def test_a_cached_font_is_the_font_reportlab_makes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every attribute of the font and of its face, as reportlab's own constructor sets them."""
    from reportlab.pdfbase.ttfonts import TTFont

    monkeypatch.setenv("CHARTE_APP_CACHE_DIR", str(tmp_path))
    path = font_path("italic")
    made = _fast_font_class().bundled("essai", path)  # parsed, then kept
    cached = _fast_font_class().bundled("essai", path)  # from the cache
    reference = TTFont("essai", str(path))
    assert cached.face is not made.face
    assert set(vars(cached)) == set(vars(reference))
    for name in ("fontName", "_asciiReadable", "shapable"):
        assert getattr(cached, name) == getattr(reference, name)
    assert set(vars(cached.face)) == set(vars(reference.face))
    for name, value in vars(reference.face).items():
        if name == "_pdfScale":
            assert [cached.face._pdfScale(v) for v in (0, 1, 2048, 1234.5)] == [value(v) for v in (0, 1, 2048, 1234.5)]
        else:
            assert getattr(cached.face, name) == value, name
            assert type(getattr(cached.face, name)) is type(value), name
    assert cached.stringWidth("Châlons-en-Champagne «\u00a0x\u00a0»", 9.5) == reference.stringWidth(
        "Châlons-en-Champagne «\u00a0x\u00a0»", 9.5
    )


@pytest.mark.parametrize("damage", [b"", b"not marshal data", b"\xe9\x00\x00\x00"])
def test_a_damaged_entry_is_read_again_from_the_font(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: bytes
) -> None:
    monkeypatch.setenv("CHARTE_APP_CACHE_DIR", str(tmp_path))
    path = font_path("regular")
    _fast_font_class().bundled(PDF_NAMES["regular"], path)
    (entry,) = (tmp_path / font_cache.FOLDER).iterdir()
    entry.write_bytes(damage)
    assert font_cache.load_face(path) is None
    font = _fast_font_class().bundled(PDF_NAMES["regular"], path)
    assert font.face.charWidths
    assert font_cache.load_face(path) is not None  # written again


def test_an_entry_of_the_wrong_shape_is_not_trusted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import marshal

    monkeypatch.setenv("CHARTE_APP_CACHE_DIR", str(tmp_path))
    path = font_path("regular")
    _fast_font_class().bundled(PDF_NAMES["regular"], path)
    (entry,) = (tmp_path / font_cache.FOLDER).iterdir()
    stored = marshal.loads(entry.read_bytes())
    stored["attributes"]["charWidths"] = [1, 2, 3]
    entry.write_bytes(marshal.dumps(stored))
    assert font_cache.load_face(path) is None


@pytest.mark.skipif(os.name != "posix", reason="folder permissions are POSIX modes")
def test_a_folder_others_may_write_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHARTE_APP_CACHE_DIR", str(tmp_path))
    folder = tmp_path / font_cache.FOLDER
    folder.mkdir(mode=0o777)
    folder.chmod(0o777)
    font = _fast_font_class().bundled(PDF_NAMES["regular"], font_path("regular"))
    assert font.face.charWidths
    assert list(folder.iterdir()) == []
