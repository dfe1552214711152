"""Writing exports: atomic, and French errors for unwritable, folder and locked targets."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from charte_app.documents import service
from charte_app.domain.dossier_file import parse
from charte_app.domain.model import DossierFile
from charte_app.errors import OutputError

DATA = Path(__file__).parent / "data" / "documents"


@pytest.fixture
def chalons() -> DossierFile:
    file, _ = parse((DATA / "chalons.charte").read_bytes())
    return file


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """An output folder of its own (the data dir lives in pytest's tmp_path too)."""
    out = tmp_path / "sorties"
    out.mkdir()
    return out


def export(file: DossierFile, output: Path, data_dir: Path, fmt: str = "pdf") -> Path:
    return service.export_document(file.dossier, "conv-subvention", fmt, output, data_dir=data_dir)  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_export_replaces_the_target_in_one_step(chalons: DossierFile, data_dir: Path, out_dir: Path, fmt: str) -> None:
    target = out_dir / f"convention.{fmt}"
    target.write_bytes(b"ancien")
    assert export(chalons, target, data_dir, fmt) == target
    assert target.read_bytes() != b"ancien"
    assert sorted(p.name for p in out_dir.iterdir()) == [target.name]


def test_folder_given_as_output(chalons: DossierFile, data_dir: Path, out_dir: Path) -> None:
    with pytest.raises(OutputError, match="est un dossier : indiquez un nom de fichier"):
        export(chalons, out_dir, data_dir)
    assert list(out_dir.iterdir()) == []


def test_missing_folder(chalons: DossierFile, data_dir: Path, out_dir: Path) -> None:
    with pytest.raises(OutputError, match="n'existe pas"):
        export(chalons, out_dir / "absent" / "c.pdf", data_dir)


def test_parent_is_a_file(chalons: DossierFile, data_dir: Path, out_dir: Path) -> None:
    blocker = out_dir / "fichier"
    blocker.write_text("x")
    with pytest.raises(OutputError, match="Impossible d'écrire"):
        export(chalons, blocker / "c.pdf", data_dir)
    assert sorted(p.name for p in out_dir.iterdir()) == ["fichier"]


@pytest.mark.skipif(not Path("/sys").is_dir(), reason="Linux only")
def test_read_only_location(chalons: DossierFile, data_dir: Path) -> None:
    """/sys is read-only even for root."""
    with pytest.raises(OutputError, match="accès refusé"):
        export(chalons, Path("/sys/convention.pdf"), data_dir)


def test_unwritable_location(
    chalons: DossierFile, data_dir: Path, monkeypatch: pytest.MonkeyPatch, out_dir: Path
) -> None:
    """An unwritable folder (simulated: the suite may run as root, which ignores permissions)."""
    import tempfile

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(OutputError, match="accès refusé"):
        export(chalons, out_dir / "c.pdf", data_dir)
    assert list(out_dir.iterdir()) == []


def test_locked_file_keeps_the_old_one_and_leaves_no_temporary(
    chalons: DossierFile, data_dir: Path, monkeypatch: pytest.MonkeyPatch, out_dir: Path
) -> None:
    """A file held open by Word or a PDF reader: the rename fails (as on Windows); nothing changes."""
    target = out_dir / "convention.pdf"
    target.write_bytes(b"version ouverte dans le lecteur")

    def locked(src: object, dst: object) -> None:
        raise PermissionError(errno.EACCES, "The process cannot access the file")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(OutputError) as caught:
        export(chalons, target, data_dir)
    assert "ouvert dans un autre programme" in caught.value.message
    assert target.read_bytes() == b"version ouverte dans le lecteur"
    assert sorted(p.name for p in out_dir.iterdir()) == ["convention.pdf"]


def test_busy_file(chalons: DossierFile, data_dir: Path, monkeypatch: pytest.MonkeyPatch, out_dir: Path) -> None:
    def busy(src: object, dst: object) -> None:
        raise OSError(errno.EBUSY, "Device or resource busy")

    monkeypatch.setattr(os, "replace", busy)
    with pytest.raises(OutputError, match="utilisé par un autre programme"):
        export(chalons, out_dir / "c.docx", data_dir, "docx")
    assert list(out_dir.iterdir()) == []


def test_importing_the_service_loads_no_writer() -> None:
    import subprocess
    import sys

    code = (
        "import sys; import charte_app.documents.service as s; "
        "print(sorted(m for m in ('jinja2', 'reportlab', 'docx', 'num2words', 'babel') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
