"""Team mode under concurrency (issue 20, item 4): writers of one dossier take turns, a clash is retried.

The stress test runs the real command line in 8 processes at once against the throwaway PostgreSQL server
(``pg_server``), several rounds: concurrent ``version``, ``import`` of the same new dossier, partner decisions
(``DossierService.record_approval``: the command line has no command for them) and ``save``. No process may end
in « erreur inattendue »; each succeeds or refuses in French; nothing that succeeded is lost. The other tests
pin each mechanism down on its own (storage.concurrency): the dossier lock, the retry of a clash, the lock's
time limit, the consistent snapshot of a read — on PostgreSQL, and on SQLite where it applies.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from charte_app.domain import dossier_file
from charte_app.domain.model import Approval
from charte_app.errors import UserError
from charte_app.samples import small_dossier
from charte_app.services.dossiers import DossierService
from charte_app.storage import Store, concurrency, repository
from charte_app.storage.concurrency import ConcurrentChange

REIMS = "reims-croix-rouge.charte"
REIMS_ID = "6b0c3c6e-2d7a-4c5e-9d8e-0b3f8d3c1a01"
REIMS_PARTNERS = ["ville-reims", "dsden-51", "cd-marne", "caf-marne", "pop"]

#: What a process may say when it refuses (exit 1): the French refusals of storage.concurrency.
REFUSALS = ("rien n'a été enregistré",)

# A partner's decision from another process, as the window would record it (no command line for it).
RECORD_SCRIPT = """
import sys
from pathlib import Path
from charte_app.domain.model import Approval
from charte_app.errors import UserError
from charte_app.services.dossiers import DossierService

data_dir, url, dossier_id, number, partner = sys.argv[1:]
try:
    with DossierService.open(Path(data_dir), url) as service:
        service.record_approval(dossier_id, int(number), Approval(partner=partner, decision="approved"))
except UserError as exc:
    print(exc.message, file=sys.stderr)
    sys.exit(1)
except Exception:
    import traceback
    traceback.print_exc()
    print("charte-app : erreur inattendue.", file=sys.stderr)
    sys.exit(1)
print("ok")
"""


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, data_dir: Path) -> str | None:
    """The database of a test that holds on both back-ends: None (SQLite in the data dir) or a server's URL."""
    if request.param == "sqlite":
        return None
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def service(url: str | None, data_dir: Path, examples_dir: Path) -> Iterator[DossierService]:
    svc = DossierService.open(data_dir, url)
    svc.import_file(examples_dir / REIMS)
    yield svc
    svc.close()


def in_thread(action: Callable[[], object]) -> tuple[threading.Thread, list[object]]:
    """Run ``action`` in a thread; its result (or the exception it raised) lands in the returned list."""
    out: list[object] = []

    def run() -> None:
        try:
            out.append(action())
        except BaseException as exc:  # noqa: BLE001 - handed to the test, which asserts on it
            out.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, out


def test_a_writer_waits_for_the_one_writing_the_same_dossier(
    service: DossierService, url: str | None, data_dir: Path
) -> None:
    other = Store.open(data_dir, url)  # another person's session
    try:
        with other.transaction() as repo:
            repo.lock_dossier(REIMS_ID)
            repo.dossier(REIMS_ID)  # SQLite takes its write lock with the first statement
            thread, out = in_thread(lambda: service.freeze_version(REIMS_ID, "En même temps"))
            thread.join(0.8)
            assert thread.is_alive(), out  # it waits: the other session writes this dossier
        thread.join(15)
        assert not thread.is_alive()
        (version,) = out
        assert getattr(version, "number", version) == 3
    finally:
        other.close()


def test_writers_of_two_dossiers_do_not_wait_for_each_other(pg_url: str, data_dir: Path, examples_dir: Path) -> None:
    with DossierService.open(data_dir, pg_url) as service:
        service.import_file(examples_dir / REIMS)
        other = Store.open(data_dir, pg_url)
        try:
            with other.transaction() as repo:
                repo.lock_dossier("another-dossier")
                thread, out = in_thread(lambda: service.freeze_version(REIMS_ID, "Pas de rapport"))
                thread.join(15)
                assert not thread.is_alive() and getattr(out[0], "number", out) == 3
        finally:
            other.close()


def test_a_clash_with_a_writer_that_takes_no_lock_is_retried(pg_url: str, data_dir: Path, examples_dir: Path) -> None:
    """Another program (or an older charte-app) inserts version 3 without the lock and commits while our
    ``version`` waits for its unique key: ours is rolled back, run again, and becomes version 4."""
    with DossierService.open(data_dir, pg_url) as service:
        service.import_file(examples_dir / REIMS)
        engine = create_engine(pg_url)
        try:
            with engine.begin() as conn:
                conn.execute(
                    text(
                        "INSERT INTO versions (dossier_id, number, label, created_at, status, fingerprint, snapshot) "
                        "SELECT dossier_id, 3, 'Autre programme', created_at, 'draft', fingerprint, snapshot "
                        "FROM versions WHERE number = 2"
                    )
                )
                thread, out = in_thread(lambda: service.freeze_version(REIMS_ID, "La nôtre"))
                thread.join(0.8)
                assert thread.is_alive(), out  # waiting on the unique key of (dossier, number 3)
            thread.join(15)
            (version,) = out
            assert getattr(version, "number", version) == 4
            assert [(v.number, v.label) for v in service.list_versions(REIMS_ID)][2:] == [
                (3, "Autre programme"),
                (4, "La nôtre"),
            ]
        finally:
            engine.dispose()


def test_a_setting_written_by_two_sessions_at_once_keeps_the_last(
    pg_url: str, data_dir: Path, examples_dir: Path
) -> None:
    """Both sessions find no row and insert one: the second meets the first's key, is run again, and updates."""
    with DossierService.open(data_dir, pg_url) as service:
        engine = create_engine(pg_url)
        try:
            with engine.begin() as conn:
                conn.execute(text("INSERT INTO settings (key, value) VALUES ('organisme', 'le leur')"))
                thread, out = in_thread(lambda: service.set_setting("organisme", "le nôtre"))
                thread.join(0.8)
                assert thread.is_alive(), out  # waiting on the key the other session inserted
            thread.join(15)
            assert out == [None]
        finally:
            engine.dispose()
        assert service.get_setting("organisme") == "le nôtre"


def test_a_number_taken_in_between_trips_the_guard_and_is_allocated_afresh(
    service: DossierService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Version 3 committed between our read of the last number and our insert (the guard against rewriting
    a version fires, not the unique key): the action is run again and numbers its version 4."""
    service.freeze_version(REIMS_ID, "Celle d'un autre")
    max_number = repository.Repository.max_number
    reads: list[int] = []

    def stale_once(self: repository.Repository, dossier_id: str) -> int:
        reads.append(1)
        return max_number(self, dossier_id) - (1 if len(reads) == 1 else 0)

    monkeypatch.setattr(repository.Repository, "max_number", stale_once)
    assert service.freeze_version(REIMS_ID, "La nôtre").number == 4
    assert len(reads) == 2
    assert [(v.number, v.label) for v in service.list_versions(REIMS_ID)][2:] == [
        (3, "Celle d'un autre"),
        (4, "La nôtre"),
    ]


def test_a_clash_is_retried_then_refused_in_french(service: DossierService, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    add_version = repository.Repository.add_version

    def clash_once(self: repository.Repository, dossier_id: str, version: object) -> object:
        calls.append(1)
        if len(calls) == 1:
            raise ConcurrentChange()
        return add_version(self, dossier_id, version)  # type: ignore[arg-type]

    monkeypatch.setattr(concurrency, "RETRY_PAUSE_SECONDS", 0.001)
    monkeypatch.setattr(repository.Repository, "add_version", clash_once)
    assert service.freeze_version(REIMS_ID, "Après un conflit").number == 3
    assert len(calls) == 2 and [v.number for v in service.list_versions(REIMS_ID)] == [1, 2, 3]

    def always(self: repository.Repository, dossier_id: str, version: object) -> object:
        calls.append(1)
        raise ConcurrentChange()

    monkeypatch.setattr(repository.Repository, "add_version", always)
    calls.clear()
    with pytest.raises(UserError, match="au même moment : rien n'a été enregistré"):
        service.freeze_version(REIMS_ID, "Toujours en conflit")
    assert len(calls) == concurrency.RETRY_ATTEMPTS
    assert [v.number for v in service.list_versions(REIMS_ID)] == [1, 2, 3]


def test_a_writer_kept_waiting_too_long_is_refused_in_french(
    pg_url: str, data_dir: Path, examples_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(repository, "LOCK_TIMEOUT", "300ms")
    with DossierService.open(data_dir, pg_url) as service:
        service.import_file(examples_dir / REIMS)
        other = Store.open(data_dir, pg_url)
        try:
            with other.transaction() as repo:
                repo.lock_dossier(REIMS_ID)
                with pytest.raises(UserError, match="en cours d'enregistrement par une autre personne"):
                    service.record_approval(REIMS_ID, 1, Approval(partner="ville-reims", decision="approved"))
        finally:
            other.close()
        assert [a.partner for a in service.get_version(REIMS_ID, 1).approvals] == ["dsden-51", "pop"]


def test_a_read_sees_one_state_while_others_write(pg_url: str, data_dir: Path, examples_dir: Path) -> None:
    with DossierService.open(data_dir, pg_url) as service:
        service.import_file(examples_dir / REIMS)
        store = Store.open(data_dir, pg_url)
        try:
            with store.transaction(readonly=True) as repo:
                before = len(repo.versions(REIMS_ID, with_snapshot=False))
                service.freeze_version(REIMS_ID, "Pendant la lecture")  # committed by another session
                assert len(repo.versions(REIMS_ID, with_snapshot=False)) == before == 2
        finally:
            store.close()
        assert len(service.list_versions(REIMS_ID)) == 3


# -- the stress test: 8 processes at once, several rounds -------------------------------------------


def _env(data_dir: Path, url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHARTE_APP_")}
    env.update(CHARTE_APP_DATA_DIR=str(data_dir), CHARTE_APP_DATABASE_URL=url)
    return env


def _run_together(commands: list[list[str]], env: dict[str, str]) -> list[subprocess.CompletedProcess[str]]:
    processes = [
        subprocess.Popen(c, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for c in commands
    ]
    results = []
    for command, process in zip(commands, processes, strict=True):
        out, err = process.communicate(timeout=120)
        results.append(subprocess.CompletedProcess(command, process.returncode, out, err))
    return results


def _new_dossier_files(folder: Path, count: int) -> list[tuple[str, Path]]:
    """``count`` `.charte` files of dossiers the server has never seen, each with one shared version."""
    made = []
    with DossierService.open(folder / "fabrique") as maker:  # a SQLite database of its own
        for n in range(count):
            dossier = small_dossier(f"Nouveau dossier {n}", seed=100 + n)
            maker.save_draft(dossier)
            maker.freeze_version(dossier.id, "Projet partagé", status="shared")
            path = folder / f"nouveau-{n}.charte"
            maker.export_file(dossier.id, path)
            made.append((dossier.id, path))
    return made


def test_eight_processes_at_once_lose_nothing_and_never_fail_unexpectedly(
    pg_url: str, data_dir: Path, examples_dir: Path, tmp_path: Path
) -> None:
    cli = [sys.executable, "-m", "charte_app.cli"]
    env = _env(data_dir, pg_url)
    rounds = 3
    new_files = _new_dossier_files(tmp_path, rounds)
    with DossierService.open(data_dir, pg_url) as service:
        service.import_file(examples_dir / REIMS)
        for round_ in range(rounds):  # each process is bounded by _run_together's timeout
            # A version for this round's decisions; then, all at once: 3 versions, the same new dossier imported
            # twice, 2 decisions on that version, and the dossier saved to a file.
            decided = service.freeze_version(REIMS_ID, f"Tour {round_} : pour décision", status="shared").number
            before = {v.number for v in service.list_versions(REIMS_ID)}
            new_id, new_file = new_files[round_]
            saved = tmp_path / f"tour-{round_}.charte"
            partners = REIMS_PARTNERS[:2] if round_ % 2 == 0 else REIMS_PARTNERS[2:4]
            commands = [
                *([*cli, "version", REIMS_ID, "--label", f"Tour {round_}, écrivain {i}"] for i in range(3)),
                *([*cli, "import", str(new_file)] for _ in range(2)),
                *(
                    [sys.executable, "-c", RECORD_SCRIPT, str(data_dir), pg_url, REIMS_ID, str(decided), p]
                    for p in partners
                ),
                [*cli, "save", REIMS_ID, "--output", str(saved)],
            ]
            results = _run_together(commands, env)

            for result in results:
                said = f"{result.args[2:4]} → {result.returncode}\n{result.stdout}{result.stderr}"
                assert "erreur inattendue" not in result.stderr and "Traceback" not in result.stderr, said
                assert result.returncode == 0 or (
                    result.returncode == 1 and any(r in result.stderr for r in REFUSALS)
                ), said
            versions, imports, records, (save,) = results[:3], results[3:5], results[5:7], results[7:]

            # every successful `version` is a version of its own, with its own number
            numbers = [int(r.stdout.strip()) for r in versions if r.returncode == 0]
            stored = {v.number: v.label for v in service.list_versions(REIMS_ID)}
            assert len(set(numbers)) == len(numbers) and set(stored) == before | set(numbers)
            assert sorted(stored) == list(range(1, len(stored) + 1))
            for result in versions:
                if result.returncode == 0:
                    assert stored[int(result.stdout.strip())] == result.args[-1]

            # the same new dossier imported twice: stored once; the second import found it there
            assert [r.stdout.strip().splitlines()[-1] for r in imports if r.returncode == 0] == [new_id] * sum(
                r.returncode == 0 for r in imports
            )
            assert [s.id for s in service.list_dossiers()].count(new_id) == 1
            assert len(service.list_versions(new_id)) == 1
            assert sum("Dossier déjà présent : 0 nouvelle(s) version(s)" in r.stderr for r in imports) == (
                sum(r.returncode == 0 for r in imports) - 1
            )

            # every decision recorded is stored, once
            recorded = [p for p, r in zip(partners, records, strict=True) if r.returncode == 0]
            approvals = [a.partner for a in service.get_version(REIMS_ID, decided).approvals]
            assert sorted(approvals) == sorted(recorded)

            # the file saved meanwhile is one consistent state of the dossier: it reads back whole
            if save.returncode == 0:
                doc, _warnings = dossier_file.parse(saved.read_bytes())
                numbers_saved = [v.number for v in doc.versions]
                assert numbers_saved == list(range(1, len(numbers_saved) + 1))
                assert len(before) <= len(numbers_saved) <= len(stored)
                assert json.loads(saved.read_bytes())["dossier"]["id"] == REIMS_ID
