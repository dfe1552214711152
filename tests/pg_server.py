"""A throwaway PostgreSQL server for the test session, and a fresh database for each test.

The server is the one Debian's ``postgresql`` package installs (``scripts/dev.py test`` installs it):
``initdb`` and ``pg_ctl`` are found under ``/usr/lib/postgresql/*/bin/`` (or on the PATH). The cluster
lives in a temporary folder, listens only on a Unix socket in that folder (no TCP port, so it never
meets another server), trusts its local connections and skips fsync. PostgreSQL refuses to run as
root: as root, the server runs as the ``postgres`` user the package creates, through ``runuser`` (or
``setpriv``). It is stopped, and its folder removed, when the session ends, whatever happened.

Without the PostgreSQL binaries (a developer machine that is not Debian) the tests that need the
server are skipped, saying why.
"""

from __future__ import annotations

import atexit
import itertools
import os
import pwd
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

SUPERUSER = "charte"
SETTINGS = {
    "listen_addresses": "''",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "shared_buffers": "'16MB'",
    "max_connections": "60",
    "max_wal_senders": "0",
    "wal_level": "minimal",
    "autovacuum": "off",
    "log_min_messages": "warning",
}


def find_bin_dir() -> Path | None:
    """The newest PostgreSQL's bin folder holding ``initdb`` and ``pg_ctl``, or None."""

    def version(path: Path) -> tuple[int, ...]:
        return tuple(int(n) for n in re.findall(r"\d+", path.parent.name)) or (0,)

    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: version(p.parent))
    candidates = [p.parent for p in found]
    on_path = shutil.which("initdb")
    if on_path:
        candidates.insert(0, Path(on_path).resolve().parent)
    for folder in reversed(candidates):
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    return None


class PgServer:
    """One PostgreSQL cluster in a temporary folder, reached through its Unix socket."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="charte-pg-"))  # short: a socket path has ~100 bytes
        self.data = self.root / "data"
        self.socket_dir = self.root / "run"
        self.log = self.root / "server.log"
        self.prefix: list[str] = []
        self.running = False
        self._names = itertools.count(1)

    def _as_server_user(self) -> None:
        """As root, hand the folder to ``postgres`` and run every server command as that user."""
        if os.geteuid() != 0:
            return
        try:
            account = pwd.getpwnam("postgres")
        except KeyError:
            raise RuntimeError(
                "PostgreSQL refuses to run as root and there is no « postgres » user to run it as "
                "(the Debian « postgresql » package creates it)."
            ) from None
        for path in (self.root, self.data, self.socket_dir):
            os.chown(path, account.pw_uid, account.pw_gid)
        if shutil.which("runuser"):
            self.prefix = ["runuser", "-u", "postgres", "--"]
        else:
            self.prefix = ["setpriv", f"--reuid={account.pw_uid}", f"--regid={account.pw_gid}", "--init-groups", "--"]

    def _run(self, *args: str | Path) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [*self.prefix, *map(str, args)],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=self.root,
            env=dict(os.environ, LC_ALL="C", LANG="C"),
        )
        if result.returncode != 0:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise RuntimeError(f"{args[0]} failed ({result.returncode}):\n{result.stdout}{result.stderr}{log}")
        return result

    def start(self) -> None:
        self.data.mkdir(mode=0o700)
        self.socket_dir.mkdir(mode=0o700)
        self._as_server_user()
        self._run(
            self.bin_dir / "initdb",
            "--pgdata",
            self.data,
            "--username",
            SUPERUSER,
            "--auth",
            "trust",
            "--encoding",
            "UTF8",
            "--no-locale",
            "--no-sync",
        )
        settings = {**SETTINGS, "unix_socket_directories": f"'{self.socket_dir}'"}
        with (self.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write("\n# charte-app tests\n")
            conf.writelines(f"{key} = {value}\n" for key, value in settings.items())
        self.running = True  # from here on, stop() has something to do even if the start fails half-way
        self._run(self.bin_dir / "pg_ctl", "--pgdata", self.data, "--log", self.log, "--wait", "--silent", "start")

    def stop(self) -> None:
        if self.running:
            self.running = False
            subprocess.run(
                [*self.prefix, str(self.bin_dir / "pg_ctl"), "--pgdata", str(self.data), "--mode", "immediate"]
                + ["--wait", "--silent", "stop"],
                capture_output=True,
                timeout=60,
                cwd=self.root,
            )
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{SUPERUSER}@/{database}?host={self.socket_dir}"

    def _admin(self, statement: str) -> None:
        import psycopg

        with psycopg.connect(host=str(self.socket_dir), user=SUPERUSER, dbname="postgres", autocommit=True) as conn:
            conn.execute(statement)

    def create_database(self) -> str:
        name = f"charte_test_{os.getpid()}_{next(self._names)}"
        self._admin(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'")
        return name

    def drop_database(self, name: str) -> None:
        self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # FORCE: closes what a test left open


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """The session's PostgreSQL server (started on first use, always stopped at the end)."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        pytest.skip(
            "PostgreSQL absent (no initdb/pg_ctl under /usr/lib/postgresql/*/bin or on the PATH): "
            "install Debian's « postgresql » package, as « scripts/dev.py test » does, to run these tests"
        )
    pytest.importorskip("psycopg", reason="the « postgresql » extra (psycopg) is not installed")
    server = PgServer(bin_dir)
    atexit.register(server.stop)  # should the session end without its teardown
    try:
        server.start()
        yield server
    finally:
        server.stop()
        atexit.unregister(server.stop)


@pytest.fixture
def pg_url(pg_server: PgServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The URL of an empty database of its own for one test, dropped afterwards."""
    monkeypatch.delenv("CHARTE_APP_DATABASE_URL", raising=False)
    name = pg_server.create_database()
    try:
        yield pg_server.url(name)
    finally:
        pg_server.drop_database(name)
