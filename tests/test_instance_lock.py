"""The data dir's instance lock and the single-instance socket.

A lock left by another computer, or held by a program that is not charte-app, is recognised, its file
named, and may be taken over (window: a dialog; CLI restore: ``--take-over``); a crashed holder on this
computer, or a record whose process number now belongs to another process, never blocks. The socket lives
in a folder only the user can enter, and a peer of another user is never sent (nor taken) a path.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from charte_app.services.dossiers import DossierService
from charte_app.storage import instance_lock
from charte_app.storage.instance_lock import LOCK_NAME, InstanceLock, Owner
from charte_app.storage.location import DATABASE_FILE
from charte_app.ui import app as app_module
from charte_app.ui import dialogs, single_instance
from test_backups import _checkpoint, _fake_backup
from test_cli import failed, ok, run

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX locks, sockets and /proc")


def _record(folder: Path, **changes: object) -> Path:
    """Write a lock record as another process would have left it (no OS lock held)."""
    owner = Owner.this_process()
    data = {**owner.__dict__, "pid": 999_999, **changes}
    path = folder / LOCK_NAME
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _holder(path: Path, record: dict[str, object] | None = None) -> subprocess.Popen[str]:
    """A process that is not charte-app and holds ``path``'s OS lock (and maybe writes a record)."""
    script = textwrap.dedent(
        """
        import fcntl, os, sys, time
        fd = os.open(os.environ["LOCK_PATH"], os.O_RDWR | os.O_CREAT, 0o600)
        fcntl.flock(fd, fcntl.LOCK_EX)
        record = os.environ["LOCK_RECORD"]
        if record != "null":
            os.ftruncate(fd, 0); os.write(fd, record.encode())
        print("HELD", flush=True)
        time.sleep(120)
        """
    )
    # Path and record by the environment: the holder's command line says nothing of charte-app.
    env = {**os.environ, "LOCK_PATH": str(path), "LOCK_RECORD": json.dumps(record)}
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "HELD"
    return proc


@pytest.fixture
def stored(data_dir: Path) -> Path:
    with DossierService.open(data_dir) as service:
        service.set_setting("x", "1")
    _checkpoint(data_dir / DATABASE_FILE)
    _fake_backup(data_dir / DATABASE_FILE, data_dir / "sauvegardes", datetime.now() - timedelta(days=1), "quotidienne")
    return data_dir


# -- the lock -----------------------------------------------------------------------------------------


def test_a_clean_release_leaves_no_record_and_the_next_one_takes_it(data_dir: Path) -> None:
    lock = InstanceLock(data_dir)
    assert lock.try_acquire() == "acquired"
    owner = lock.owner()
    assert owner is not None and owner.pid == os.getpid() and owner.program == "charte-app"
    assert owner.host and owner.started and stat.S_IMODE((data_dir / LOCK_NAME).stat().st_mode) == 0o600
    assert InstanceLock(data_dir).try_acquire() == "held"  # a second holder, even in this process
    lock.release()
    assert lock.owner() is None and (data_dir / LOCK_NAME).read_bytes() == b""
    again = InstanceLock(data_dir)
    assert again.try_acquire() == "acquired"
    again.release()


def test_a_record_of_a_crashed_process_of_this_computer_never_blocks(data_dir: Path) -> None:
    # Its number now belongs to a live python process that is not charte-app (a new start time).
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        _record(data_dir, pid=sleeper.pid, started="1")
        assert not Owner(**{**Owner.this_process().__dict__, "pid": sleeper.pid, "started": "1"}).is_live_charte_app()
        instance = single_instance.claim(data_dir, None, timeout_s=2)
        assert instance is not None
        instance.close()
    finally:
        sleeper.kill()
        sleeper.wait()
    _record(data_dir, boot="another-boot")  # before a reboot
    instance = single_instance.claim(data_dir, None, timeout_s=2)
    assert instance is not None
    instance.close()


@pytest.mark.parametrize(
    "content",
    [
        json.dumps({**Owner.this_process().__dict__, "host": "poste-compta", "machine": "0" * 32, "pid": 4242}),
        "4242\nCharte\nposte-compta\n00000000000000000000000000000000\n",  # an earlier version's QLockFile
    ],
)
def test_a_lock_left_by_another_computer_is_named_and_can_be_taken_over(data_dir: Path, content: str) -> None:
    path = data_dir / LOCK_NAME
    path.write_text(content, encoding="utf-8")
    with pytest.raises(single_instance.LockedElsewhere) as refused:
        single_instance.claim(data_dir, None, timeout_s=2)
    message = refused.value.message
    assert "autre ordinateur" in message and "« poste-compta »" in message and str(path) in message
    assert "prendre la main" in message.lower()
    assert path.read_text(encoding="utf-8") == content  # refused: left as it was
    instance = single_instance.claim(data_dir, None, take_over=True)
    assert instance is not None
    try:
        owner = InstanceLock(data_dir).owner()
        assert owner is not None and owner.pid == os.getpid()
    finally:
        instance.close()


def test_a_lock_held_by_a_program_that_is_not_charte_app_is_named_and_can_be_taken_over(data_dir: Path) -> None:
    path = data_dir / LOCK_NAME
    stale = {**Owner.this_process().__dict__, "pid": 999_999}  # a crashed charte-app's record, never cleared
    holder = _holder(path, stale)
    try:
        with pytest.raises(single_instance.LockedElsewhere) as refused:
            single_instance.claim(data_dir, None, timeout_s=5)
        message = refused.value.message
        assert "n'est pas charte-app" in message and str(path) in message
        instance = single_instance.claim(data_dir, None, take_over=True)
        assert instance is not None
        try:
            assert InstanceLock(data_dir).try_acquire() == "held"  # ours now, on the new file
            owner = InstanceLock(data_dir).owner()
            assert owner is not None and owner.pid == os.getpid()
        finally:
            instance.close()
    finally:
        holder.kill()
        holder.wait()


def test_the_window_offers_to_take_over_and_starts_when_accepted(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _record(data_dir, host="poste-compta", machine="0" * 32)
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _p, _t, message, _a: asked.append(message) or False)
    assert app_module.run_app(data_dir, None, None) == 1  # declined: nothing started
    assert str(path) in asked[0] and "poste-compta" in asked[0]
    started: list[object] = []

    def fake_start(*_args: object, **_kwargs: object) -> None:
        started.append(InstanceLock(data_dir).owner())
        return None  # as if the start were refused: run_app returns 1 at once

    monkeypatch.setattr(dialogs, "confirm", lambda *_args: True)
    monkeypatch.setattr(app_module, "start_or_explain", fake_start)
    app_module.run_app(data_dir, None, None)
    (owner,) = started
    assert isinstance(owner, Owner) and owner.pid == os.getpid()  # taken over before the start


def test_cli_restore_names_another_computers_lock_and_takes_over_on_request(stored: Path) -> None:
    path = _record(stored, host="poste-compta", machine="0" * 32)
    message = failed(run("restore", "latest", "--data-dir", stored))
    assert str(path) in message and "poste-compta" in message and "--take-over" in message
    assert not list(stored.glob(f"{DATABASE_FILE}.remplacee-*"))
    said = ok(run("restore", "latest", "--take-over", "--data-dir", stored)).stderr
    assert "a été restaurée" in said
    assert InstanceLock(stored).owner() is None  # released once done


def test_a_held_lock_that_never_answers_names_its_file(data_dir: Path) -> None:
    held = single_instance.claim(data_dir, None)
    assert held is not None
    try:
        with pytest.raises(single_instance.NotResponding) as refused:
            single_instance.claim(data_dir, None, timeout_s=1)
        assert str(data_dir / LOCK_NAME) in refused.value.message
        assert f"processus {os.getpid()}" in refused.value.message
    finally:
        held.close()


# -- the socket ---------------------------------------------------------------------------------------


@pytest.fixture
def short_dir() -> Iterator[Path]:
    """A folder with a short path: a Unix socket's whole path must fit in about 100 bytes."""
    path = Path(tempfile.mkdtemp(prefix="ci-", dir="/tmp"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


def test_the_socket_lives_in_a_folder_only_the_user_can_enter(short_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tmp_path = short_dir
    data_dir = short_dir / "d"
    data_dir.mkdir()
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    address = Path(single_instance.server_address(data_dir) or "")
    assert address.parent == runtime / "charte-app"
    assert stat.S_IMODE(address.parent.stat().st_mode) == 0o700
    # A runtime folder others may enter is not used: the data dir's private folder instead.
    runtime.chmod(0o755)
    address = Path(single_instance.server_address(data_dir) or "")
    assert address.parent == data_dir.resolve() / ".instance"
    # One left open to others is closed again; a link in its place is never followed.
    address.parent.chmod(0o777)
    assert Path(single_instance.server_address(data_dir) or "").parent == address.parent
    assert stat.S_IMODE(address.parent.stat().st_mode) == 0o700
    address.parent.rmdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    address.parent.symlink_to(elsewhere)
    assert Path(single_instance.server_address(data_dir) or "").parent != address.parent
    # A data dir too deep for a socket path: a private folder of the temporary folder.
    deep = short_dir / ("x" * 120)
    deep.mkdir()
    fallback = Path(single_instance.server_address(deep) or "")
    assert fallback.parent == Path(tempfile.gettempdir()) / f"charte-app-{os.getuid()}"
    assert stat.S_IMODE(fallback.parent.stat().st_mode) == 0o700 and len(str(fallback)) <= 100


def test_peer_user_id_is_read_from_the_socket() -> None:
    a, b = socket.socketpair(socket.AF_UNIX)
    try:
        if sys.platform.startswith("linux"):
            assert single_instance.peer_uid(a.fileno()) == os.getuid()
        else:
            assert single_instance.peer_uid(a.fileno()) is None
    finally:
        a.close()
        b.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SO_PEERCRED is Linux's")
def test_no_path_is_sent_to_a_server_of_another_user_nor_taken_from_a_client_of_one(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = single_instance.claim(data_dir, None)
    assert first is not None and first.serve().is_listening()
    try:
        received: list[object] = []
        first.serve().file_requested.connect(received.append)
        address = first.name
        assert address is not None
        monkeypatch.setattr(single_instance, "peer_uid", lambda _fd: os.getuid() + 1)  # both ends: another user
        assert not single_instance.send_request(address, tmp_path / "secret.charte", 3000)
        qtbot.wait(300)
        assert received == []
        monkeypatch.undo()
        assert single_instance.send_request(address, tmp_path / "dossier.charte", 15000)
        qtbot.waitUntil(lambda: bool(received), timeout=15000)
        assert received == [tmp_path / "dossier.charte"]
    finally:
        first.close()


def test_no_path_is_sent_to_a_socket_file_that_is_not_the_users_socket(data_dir: Path, tmp_path: Path) -> None:
    fake = tmp_path / "not-a-socket"
    fake.write_text("", encoding="utf-8")
    assert not single_instance.send_request(str(fake), tmp_path / "secret.charte", 500)
    assert not single_instance.send_request(None, tmp_path / "secret.charte", 500)


def test_machine_and_process_identity_are_read_on_linux() -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("/proc is Linux's")
    assert instance_lock.boot_id()
    assert instance_lock.process_start(os.getpid()).isdigit()
    command = instance_lock.process_command(os.getpid())
    assert command is not None and "python" in command[0]
    assert not instance_lock.is_charte_app_command(command)  # pytest
    for ours in (["/usr/bin/charte-app", "list"], ["python3", "-m", "charte_app.cli"], ["py", "/x/bin/charte-app"]):
        assert instance_lock.is_charte_app_command(ours)
    assert not instance_lock.is_charte_app_command(["cat", "-n", "/home/a/.local/share/charte-app/instance.lock"])
    assert instance_lock.process_command(999_999_999) is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/locks is Linux's")
def test_the_real_holder_is_read_from_the_kernel_whatever_the_record_says(data_dir: Path) -> None:
    path = data_dir / LOCK_NAME
    # An impostor holding the lock with a record that names this very process (a live charte-app).
    impostor = _holder(path, Owner.this_process().__dict__)
    try:
        assert instance_lock.lock_holder(path) == impostor.pid
        lock = InstanceLock(data_dir)
        assert not lock.holder_is_charte_app(patience=0)
        message = lock.refusal(action="…")
        assert f"le processus {impostor.pid}" in message and "n'est pas charte-app" in message
    finally:
        impostor.kill()
        impostor.wait()
    assert instance_lock.lock_holder(path) is None
    mine = InstanceLock(data_dir)
    assert mine.try_acquire() == "acquired"
    try:
        assert instance_lock.lock_holder(path) == os.getpid()
        assert InstanceLock(data_dir).holder_is_charte_app(patience=0)
    finally:
        mine.release()
