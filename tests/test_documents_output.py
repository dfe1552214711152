"""Writing exports: atomic, and French errors for unwritable, folder and locked targets."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from charte_app.documents import service
from charte_app.domain.model import DossierFile
from charte_app.errors import OutputError

DATA = Path(__file__).parent / "data" / "documents"


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


@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002])
def test_a_new_file_follows_the_umask(tmp_path: Path, umask: int) -> None:
    from charte_app.fsutil import atomic_write

    previous = os.umask(umask)
    try:
        atomic_write(tmp_path / "neuf.pdf", b"%PDF-")
    finally:
        os.umask(previous)
    assert (tmp_path / "neuf.pdf").stat().st_mode & 0o777 == 0o666 & ~umask


def test_an_existing_file_keeps_its_mode(tmp_path: Path) -> None:
    from charte_app.fsutil import atomic_write

    target = tmp_path / "partage.docx"
    target.write_bytes(b"ancien")
    target.chmod(0o640)
    atomic_write(target, b"nouveau")
    assert target.read_bytes() == b"nouveau" and target.stat().st_mode & 0o777 == 0o640


def test_a_symbolic_link_is_written_through_to_its_target(tmp_path: Path) -> None:
    """The link stays a link; the file it points to is replaced (in one rename, in its own folder)."""
    from charte_app.fsutil import atomic_write

    real_dir = tmp_path / "partage"
    real_dir.mkdir()
    real = real_dir / "convention.pdf"
    real.write_bytes(b"ancien")
    link = tmp_path / "raccourci.pdf"
    link.symlink_to(real)
    atomic_write(link, b"nouveau")
    assert link.is_symlink() and real.read_bytes() == b"nouveau"
    assert sorted(p.name for p in real_dir.iterdir()) == ["convention.pdf"]
    dangling = tmp_path / "vers-rien.pdf"
    dangling.symlink_to(real_dir / "futur.pdf")
    atomic_write(dangling, b"cree")
    assert dangling.is_symlink() and (real_dir / "futur.pdf").read_bytes() == b"cree"


def test_system_errors_are_french() -> None:
    from charte_app.errors import system_reason

    for code in (errno.EISDIR, errno.ENOTDIR, errno.EFBIG, errno.ENOENT, errno.EACCES, errno.ENOSPC, 9999):
        reason = system_reason(OSError(code, os.strerror(code)))
        assert reason and os.strerror(code) not in reason, reason
