"""Restoring a backup without ever losing a database: checked copy, unique names, journaled swap.

A restore (:func:`restore`) runs in four steps, the caller holding the writers' lock
(:func:`~charte_app.storage.interprocess.file_lock`):

1. the backup is copied beside the database under a unique temporary name, and the *copy* is
   checked (:func:`check_replacement`): SQLite's ``integrity_check``, a schema this version knows,
   nothing but charte-app's own tables, indexes and triggers (a foreign trigger or view is refused,
   naming it; one of ours that is missing is recreated), every version's content against its
   fingerprint;
2. a never-used name is reserved for the current database (``O_EXCL``: two restores in the same
   microsecond still get two names), and the journal (:data:`JOURNAL_SUFFIX`) records the plan;
3. the database and its ``-wal``/``-shm``/``-journal`` are renamed to the reserved name, then the
   copy is renamed into place;
4. the journal is removed.

Interrupted anywhere (power cut, ``kill -9``), the next opening of the database finishes the swap
from the journal (:func:`recover`) before anything reads or creates the database; and a data dir
that shows signs of an earlier database (:func:`previous_database_signs`) never gets a new empty
one in its place.

Standard ``sqlite3`` only: restoring must work on a database nothing else can open.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import secrets
import shutil
import signal
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..errors import MissingDatabase, UserError
from ..fsutil import DATABASE_SUFFIXES, atomic_write, atomic_writer
from .backups import DAILY, Backup, check, folder_for, has_sqlite_header, list_backups

log = logging.getLogger(__name__)

#: ``<database name><JOURNAL_SUFFIX>``: the plan of a swap under way (JSON), removed once it is done.
JOURNAL_SUFFIX = ".restauration-en-cours"
REPLACED = "remplacee"
DAMAGED = "endommagee"
#: Test hook only: ``CHARTE_APP_TEST_CRASH_AT=<point>`` kills the process (SIGKILL) at that point of a restore.
CRASH_ENV = "CHARTE_APP_TEST_CRASH_AT"

# When each of our schema objects appeared (migrations only ever add objects; the rest came with 0001):
# a backup made at an older revision lacks the later ones, and its upgrade creates them.
_INTRODUCED = {
    "ix_versions_fingerprint": "0002",
    "replaced_drafts": "0003",
    "ix_replaced_drafts_dossier_id": "0003",
    "versions_no_rewrite": "0003",
    "approvals_signed_no_rewrite": "0003",
}
# SQLite's own objects a database of ours may hold: the indexes of UNIQUE/PRIMARY KEY constraints
# (no SQL text), and ANALYZE's statistics.
_SQLITE_TABLES = {"sqlite_stat1", "sqlite_stat4"}
_KIND_WORDS = {"table": "table", "index": "index", "trigger": "déclencheur", "view": "vue"}


def _crash_point(point: str) -> None:
    """Die here as ``kill -9`` would, when a test asks for it (nothing happens otherwise)."""
    if os.environ.get(CRASH_ENV) == point:
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))


@dataclass(frozen=True)
class Restored:
    """What a restore did: the backup put in place, the files set aside, the protections put back."""

    backup: Backup
    database: Path
    set_aside: list[Path]
    was_damaged: bool
    repaired: list[str] = field(default_factory=list)

    def message(self) -> str:
        lines = [f"La sauvegarde du {self.backup.describe()} a été restaurée dans « {self.database} »."]
        if self.set_aside:
            state = "endommagée" if self.was_damaged else "précédente"
            lines.append(
                f"La base {state} a été mise de côté (rien n'est effacé) : "
                + ", ".join(f"« {p.name} »" for p in self.set_aside)
                + f" dans « {self.database.parent} »."
            )
        if self.repaired:
            lines.append(
                "Des protections de charte-app manquaient à la sauvegarde et ont été rétablies : "
                + ", ".join(f"« {name} »" for name in self.repaired)
                + "."
            )
        lines.append("Les modifications faites depuis cette sauvegarde n'y figurent pas.")
        return "\n".join(lines)


def describe_file(path: Path) -> Backup:
    """A backup given by its path (one of ours, or any database file the user chose)."""
    found = next((b for b in list_backups(path.parent) if b.path.name == path.name), None)
    if found is not None:
        return found
    stat = path.stat()
    return Backup(path, datetime.fromtimestamp(stat.st_mtime), stat.st_size, DAILY)


# -- checking a file before it is put in place -----------------------------------------------------


def _normal(sql: str | None) -> str:
    return " ".join((sql or "").split())


def _reference() -> dict[tuple[str, str], str]:
    """(type, name) → SQL of every object a new database of ours holds (made from the schema script)."""
    from . import schema

    conn = sqlite3.connect(":memory:")
    try:
        for statement in schema.STATEMENTS:
            conn.execute(statement)
        rows = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall()
    finally:
        conn.close()
    return {(str(kind), str(name)): str(sql) for kind, name, sql in rows}


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {str(row[1]) for row in conn.execute("SELECT * FROM pragma_table_info(?)", (table,))}


def _revision(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    return str(row[0]) if row else None


def _foreign_objects(conn: sqlite3.Connection, revision: str, head: str) -> tuple[list[str], list[tuple[str, str]]]:
    """The objects that are not charte-app's (French descriptions), and ours that are missing (type, name)."""
    reference = _reference()
    ref_columns: dict[str, set[str]] = {}
    mem = sqlite3.connect(":memory:")
    try:
        for (kind, _name), sql in reference.items():
            if kind == "table":
                mem.execute(sql)
        for kind, name in reference:
            if kind == "table":
                ref_columns[name] = _columns(mem, name)
    finally:
        mem.close()
    foreign: list[str] = []
    present: set[tuple[str, str]] = set()
    for kind, name, sql in conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY rowid"):
        kind, name = str(kind), str(name)
        if kind == "index" and sql is None and name.startswith("sqlite_autoindex_"):
            continue  # a constraint's index, made by SQLite itself
        if kind == "table" and name in _SQLITE_TABLES:
            continue
        ours = reference.get((kind, name))
        if ours is None:
            same = False
        elif kind == "table" and revision != head:
            # An older schema: its tables are ours if every column is (the upgrade adds the rest).
            same = _columns(conn, name) <= ref_columns[name]
        else:
            same = _normal(sql) == _normal(ours)
        if same:
            present.add((kind, name))
        else:
            foreign.append(f"{_KIND_WORDS.get(kind, kind)} « {name} »")
    missing = [key for key in reference if key not in present and _INTRODUCED.get(key[1], "0001") <= revision]
    return foreign, missing


def _altered_versions(conn: sqlite3.Connection) -> list[str]:
    """The versions whose stored content no longer matches their fingerprint (French descriptions)."""
    from ..domain.canonical import PREFIX

    altered: list[str] = []
    query = (
        "SELECT v.number, v.fingerprint, v.snapshot, d.title, v.dossier_id FROM versions v "
        "LEFT JOIN dossiers d ON d.id = v.dossier_id ORDER BY v.dossier_id, v.number"
    )
    for number, fingerprint, snapshot, title, dossier_id in conn.execute(query):
        text = snapshot if isinstance(snapshot, str) else None
        digest = PREFIX + hashlib.sha256(text.encode("utf-8")).hexdigest() if text is not None else None
        if digest != fingerprint:
            altered.append(f"la version n° {number} du dossier « {title or dossier_id} »")
    return altered


def check_replacement(
    path: Path, known_revisions: set[str], *, shown: Path | None = None, repair: bool = True
) -> list[str]:
    """Refuse (in French) a file that must not become the database; put back our missing protections.

    ``path`` is the copy about to be put in place (with ``repair``, it may be changed: missing triggers
    and indexes of ours are recreated in it; without, it is only read, as is); ``shown`` the file the
    user gave, named in the messages. Returns the names of the objects missing (recreated if ``repair``).
    """
    from .migrate import HEAD

    shown = shown or path
    nothing = "rien n'a été changé"
    if not has_sqlite_header(path):
        raise UserError(f"« {shown} » n'est pas une sauvegarde de charte-app : {nothing}.")
    problem = check(path, full=True, immutable=not repair)
    if problem is not None:
        log.error("backup %s is damaged: %s", shown, problem)
        raise UserError(f"La sauvegarde « {shown} » est elle-même endommagée : {nothing}. Choisissez-en une autre.")
    if repair:
        conn = sqlite3.connect(path, timeout=10, isolation_level=None)
    else:  # a backup nobody writes: read as is, without creating -wal/-shm beside it
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA trusted_schema=OFF")  # its own SQL runs nothing while it is being looked at
        conn.execute("PRAGMA query_only=ON")
        revision = _revision(conn)
        if revision is None:
            raise UserError(f"« {shown} » n'est pas une sauvegarde de charte-app : {nothing}.")
        if revision not in known_revisions:
            if revision > HEAD:
                raise UserError(
                    f"La sauvegarde « {shown} » vient d'une version plus récente de charte-app (schéma « {revision} ») : "
                    f"mettez l'application à jour. {nothing.capitalize()}."
                )
            raise UserError(f"« {shown} » n'est pas une sauvegarde de charte-app (schéma « {revision} ») : {nothing}.")
        foreign, missing = _foreign_objects(conn, revision, HEAD)
        if foreign:
            log.error("backup %s holds objects that are not ours: %s", shown, foreign)
            raise UserError(
                f"« {shown} » contient des éléments qui ne viennent pas de charte-app ({', '.join(foreign)}) : "
                f"une sauvegarde modifiée n'est pas restaurée, {nothing}."
            )
        if any(kind == "table" for kind, _name in missing):
            names = ", ".join(f"« {name} »" for kind, name in missing if kind == "table")
            raise UserError(f"Il manque à « {shown} » des tables de charte-app ({names}) : {nothing}.")
        altered = _altered_versions(conn)
        if altered:
            shown_list = ", ".join(altered[:5]) + (f" (et {len(altered) - 5} autres)" if len(altered) > 5 else "")
            log.error("backup %s has versions that do not match their fingerprint: %s", shown, altered)
            raise UserError(
                f"Dans « {shown} », le contenu enregistré ne correspond plus à l'empreinte pour {shown_list} : "
                f"la sauvegarde a été modifiée, {nothing}."
            )
        if missing and repair:
            reference = _reference()
            conn.execute("PRAGMA query_only=OFF")
            conn.execute("BEGIN IMMEDIATE")
            for key in missing:
                conn.execute(reference[key])
            conn.execute("COMMIT")
            log.warning("backup %s lacked %s: recreated", shown, [name for _kind, name in missing])
    finally:
        conn.close()
    return [name for _kind, name in missing]


# -- the journaled swap ------------------------------------------------------------------------------


def journal_path(database: Path) -> Path:
    return database.with_name(database.name + JOURNAL_SUFFIX)


def _reserve(folder: Path, prefix: str) -> Path:
    """A file name nobody ever used, created empty with ``O_EXCL`` (so no other process can take it)."""
    stamp = datetime.now().strftime("%Y-%m-%d_%H%M%S-%f")
    while True:
        candidate = folder / f"{prefix}-{stamp}-{secrets.token_hex(3)}"
        try:
            fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        os.close(fd)
        return candidate


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _move_aside(current: Path, aside: Path) -> Path:
    """Rename ``current`` to ``aside`` unless ``aside`` holds something already (then to a new unique name)."""
    if aside.exists() and aside.stat().st_size > 0:
        aside = _reserve(aside.parent, aside.name)
    os.replace(current, aside)
    return aside


def previous_database_signs(database: Path) -> list[Path]:
    """What shows a database existed here: a restore's journal, databases set aside, backups."""
    folder = database.parent
    signs: list[Path] = []
    journal = journal_path(database)
    if journal.exists():
        signs.append(journal)
    with contextlib.suppress(OSError):
        signs += sorted(
            p
            for p in folder.iterdir()
            if p.name.startswith((f"{database.name}.{REPLACED}-", f"{database.name}.{DAMAGED}-"))
            and not p.name.endswith(("-wal", "-shm", "-journal"))
            and p.is_file()
            and p.stat().st_size > 0
        )
    signs += [b.path for b in list_backups(folder_for(database)) if b.path.name.startswith(f"{database.stem}-")]
    return signs


def refuse_missing(database: Path, signs: list[Path]) -> MissingDatabase:
    """The French refusal to create an empty database where one existed (the files that show it, named)."""
    backups = [p for p in signs if p.parent == folder_for(database)]
    others = [p for p in signs if p not in backups]
    lines = [
        f"La base de données « {database} » est introuvable, alors que ce dossier de données en a déjà "
        "contenu une : charte-app n'en crée pas une vide à sa place."
    ]
    if backups:
        lines.append(
            f"Sauvegardes : {len(backups)} dans « {folder_for(database)} » (la plus récente : « {backups[0].name} »)."
        )
    if others:
        lines.append("Autres fichiers : " + ", ".join(f"« {p} »" for p in others) + ".")
    lines.append(
        "Pour reprendre la dernière sauvegarde : « charte-app restore latest ». Pour repartir d'une base vide, "
        "déplacez d'abord ces fichiers hors du dossier de données."
    )
    return MissingDatabase("\n".join(lines))


def _planned(name: object, prefixes: tuple[str, ...]) -> str:
    """A file name read from the journal: only one of the names a restore gives, in the database's folder."""
    if not isinstance(name, str) or not name.startswith(prefixes) or "/" in name or "\\" in name:
        raise ValueError(f"unexpected name {name!r}")
    return name


def recover(database: Path) -> str | None:
    """Finish a restore that was interrupted (the caller holds the writers' lock); what was done, in French.

    The copy is whole and checked before the journal is written, so a journal whose copy is still there
    is rolled forward; a journal whose copy is gone means the swap was done and only the journal is left.
    """
    journal = journal_path(database)
    try:
        plan = json.loads(journal.read_text("utf-8"))
        replacement = database.with_name(_planned(plan["replacement"], (f".{database.name}.restauration-",)))
        kinds = (f"{database.name}.{REPLACED}-", f"{database.name}.{DAMAGED}-")
        aside = database.with_name(_planned(plan["aside"], kinds)) if plan.get("aside") else None
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UserError(
            f"Une restauration a été interrompue, et son journal « {journal} » est illisible ({exc}) : "
            "rien n'a été touché. Les fichiers de la base sont dans ce même dossier."
        ) from None
    folder = database.parent
    if replacement.is_file():
        for suffix in DATABASE_SUFFIXES:
            current = folder / f"{database.name}{suffix}"
            if current.exists():
                if aside is None:
                    aside = _reserve(folder, f"{database.name}.{REPLACED}")
                _move_aside(current, aside.with_name(aside.name + suffix))
        os.replace(replacement, database)
        done = "La restauration interrompue a été terminée : la sauvegarde est en place."
    elif database.exists():
        done = "La restauration interrompue était terminée."
    else:  # neither the copy nor the database: put back what was set aside
        for suffix in DATABASE_SUFFIXES:
            if aside is not None and (kept := aside.with_name(aside.name + suffix)).exists():
                if suffix == "" and kept.stat().st_size == 0:
                    continue  # only the reserved name: nothing was moved there
                os.replace(kept, folder / f"{database.name}{suffix}")
        done = "La restauration interrompue a été annulée : la base précédente est de nouveau en place."
    if (
        aside is not None
        and aside.exists()
        and aside.stat().st_size == 0
        and not database.with_name(aside.name + "-wal").exists()
    ):
        aside.unlink()  # a reserved name never used (the database had no file to set aside)
    _fsync_folder(folder)
    journal.unlink()
    _fsync_folder(folder)
    log.warning("interrupted restore of %s: %s", database, done)
    return done


def _wal_of(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _fold_wal(copy: Path, shown: Path) -> None:
    """Fold a copied write-ahead log into ``copy`` (rollback-journal mode: one file, no -wal/-shm left)."""
    try:
        conn = sqlite3.connect(copy, timeout=10, isolation_level=None)
        try:
            conn.execute("PRAGMA trusted_schema=OFF")
            conn.execute("PRAGMA journal_mode=DELETE")
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        log.error("backup %s with its -wal cannot be read: %s", shown, exc)
        raise UserError(
            f"La sauvegarde « {shown} » est elle-même endommagée : rien n'a été changé. Choisissez-en une autre."
        ) from None


def _stale_copies(database: Path) -> Iterator[Path]:
    yield from database.parent.glob(f".{database.name}.restauration-*")


def restore(database: Path, backup: Backup, known_revisions: set[str]) -> Restored:
    """Put ``backup`` in place of ``database`` (see the module's steps); the caller holds the writers' lock.

    The current file and its -wal/-shm are never deleted, only renamed to a name no other restore can
    get; the database is never half written.
    """
    from .backups import no_other_user

    folder = database.parent
    recover(database)
    for stale in _stale_copies(database):  # a copy an interrupted restore left before writing its journal
        with contextlib.suppress(OSError):
            stale.unlink()
    replacement = _reserve(folder, f".{database.name}.restauration")
    try:
        try:
            # The store's own maintenance: the temporary name is a protected *.sqlite3* file on purpose.
            with atomic_writer(replacement, allow_protected=True) as out, backup.path.open("rb") as source:
                shutil.copyfileobj(source, out, 1024 * 1024)
            wal = backup.path.with_name(backup.path.name + "-wal")
            if wal.is_file() and wal.stat().st_size > 0:
                # A database set aside with its write-ahead log (what was last saved may be only there):
                # copied too, then folded into the copy, so the copy is the whole database in one file.
                with atomic_writer(_wal_of(replacement), allow_protected=True) as out, wal.open("rb") as source:
                    shutil.copyfileobj(source, out, 1024 * 1024)
                _fold_wal(replacement, backup.path)
        except OSError as exc:
            raise UserError(
                f"Impossible de copier la sauvegarde « {backup.path} » ({exc.strerror or exc}) : rien n'a été changé."
            ) from None
        repaired = check_replacement(replacement, known_revisions, shown=backup.path)
        with replacement.open("rb") as handle:
            os.fsync(handle.fileno())
    except BaseException:
        for leftover in (replacement, _wal_of(replacement), replacement.with_name(replacement.name + "-shm")):
            leftover.unlink(missing_ok=True)
        raise
    was_damaged = False
    if database.is_file():
        try:
            was_damaged = check(database) is not None
        except sqlite3.Error:
            was_damaged = True
    try:
        with no_other_user(database):
            present = [s for s in DATABASE_SUFFIXES if (folder / f"{database.name}{s}").exists()]
            aside = _reserve(folder, f"{database.name}.{DAMAGED if was_damaged else REPLACED}") if present else None
            plan = {"replacement": replacement.name, "aside": aside.name if aside else None, "backup": str(backup.path)}
            atomic_write(journal_path(database), json.dumps(plan).encode("utf-8"), allow_protected=True)
            _fsync_folder(folder)
            _crash_point("journal")
            moved: list[Path] = []
            for suffix in present:
                assert aside is not None
                # The -wal/-shm files keep their suffix after the new name: the set-aside file opens with them.
                moved.append(_move_aside(folder / f"{database.name}{suffix}", aside.with_name(aside.name + suffix)))
                _crash_point(f"aside{suffix}")
            os.replace(replacement, database)
            _fsync_folder(folder)
            _crash_point("swap")
            journal_path(database).unlink()
            _fsync_folder(folder)
    except UserError:
        replacement.unlink(missing_ok=True)
        raise
    except OSError as exc:
        # Undo from the journal (or nothing was started): never leave no database at all.
        log.error("restore of %s failed: %s", database, exc)
        if replacement.exists() and journal_path(database).exists():
            replacement.unlink(missing_ok=True)
            recover(database)
        replacement.unlink(missing_ok=True)
        raise UserError(f"La restauration a échoué ({exc.strerror or exc}) : rien n'a été changé.") from None
    log.info("backup %s restored into %s; set aside: %s", backup.path, database, moved)
    return Restored(backup, database, moved, was_damaged, repaired)
