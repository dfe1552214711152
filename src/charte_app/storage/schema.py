"""The SQLite schema at the migrations' head, as one script of statements.

A new SQLite database is created from it with the standard ``sqlite3`` driver: a first start
(``charte-app open FILE`` on a fresh data dir) then imports neither SQLAlchemy nor Alembic to
run 14 ms of migrations. An existing database is still upgraded by the migrations, and a
PostgreSQL one created by them. ``tests/test_schema_script.py`` checks that a database created
from this script and one created by the migrations have the very same schema; after a new
migration, regenerate it with ``python -m charte_app.storage.schema > schema.py`` (it prints this module),
then ``ruff format`` it.

The statements are SQLite's own record of the schema (``sqlite_master``, in creation order).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

#: The migration this script stands for (``migrate.HEAD`` must be the same: a test checks it).
REVISION = "0004"

STATEMENTS: tuple[str, ...] = (
    "CREATE TABLE alembic_version (\n\tversion_num VARCHAR(32) NOT NULL, \n\tCONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)\n)",
    "CREATE TABLE dossiers (\n\tid VARCHAR(36) NOT NULL, \n\ttitle TEXT NOT NULL, \n\tterritory TEXT, \n\tcreated_at VARCHAR(40) NOT NULL, \n\tupdated_at VARCHAR(40) NOT NULL, \n\tarchived BOOLEAN DEFAULT 0 NOT NULL, \n\tdraft TEXT NOT NULL, \n\textra TEXT DEFAULT '{}' NOT NULL, revision INTEGER DEFAULT '1' NOT NULL, saved_by TEXT, problems TEXT DEFAULT '[]' NOT NULL, \n\tPRIMARY KEY (id)\n)",
    "CREATE TABLE versions (\n\tid INTEGER NOT NULL, \n\tdossier_id VARCHAR(36) NOT NULL, \n\tnumber INTEGER NOT NULL, \n\tlabel TEXT NOT NULL, \n\tauthor TEXT, \n\tcreated_at VARCHAR(40) NOT NULL, \n\tstatus VARCHAR(16) NOT NULL, \n\tfingerprint VARCHAR(71) NOT NULL, \n\tsnapshot TEXT NOT NULL, \n\textra TEXT DEFAULT '{}' NOT NULL, \n\tPRIMARY KEY (id), \n\tCONSTRAINT uq_versions_dossier_number UNIQUE (dossier_id, number), \n\tCONSTRAINT ck_versions_status CHECK (status IN ('draft', 'shared', 'approved', 'signed')), \n\tCONSTRAINT ck_versions_number CHECK (number >= 1), \n\tFOREIGN KEY(dossier_id) REFERENCES dossiers (id) ON DELETE CASCADE\n)",
    "CREATE INDEX ix_versions_dossier_id ON versions (dossier_id)",
    "CREATE TABLE approvals (\n\tid INTEGER NOT NULL, \n\tversion_id INTEGER NOT NULL, \n\tposition INTEGER NOT NULL, \n\tpartner TEXT NOT NULL, \n\tdecision VARCHAR(16) NOT NULL, \n\tdate VARCHAR(10), \n\tcomment TEXT, \n\textra TEXT DEFAULT '{}' NOT NULL, \n\tPRIMARY KEY (id), \n\tCONSTRAINT ck_approvals_decision CHECK (decision IN ('approved', 'reserved', 'refused')), \n\tFOREIGN KEY(version_id) REFERENCES versions (id) ON DELETE CASCADE\n)",
    "CREATE INDEX ix_approvals_version_id ON approvals (version_id)",
    'CREATE TABLE settings (\n\t"key" VARCHAR(200) NOT NULL, \n\tvalue TEXT, \n\tPRIMARY KEY ("key")\n)',
    "CREATE TRIGGER versions_content_immutable BEFORE UPDATE ON versions\n    WHEN NEW.dossier_id IS NOT OLD.dossier_id OR NEW.number IS NOT OLD.number\n      OR NEW.snapshot IS NOT OLD.snapshot OR NEW.fingerprint IS NOT OLD.fingerprint\n      OR NEW.created_at IS NOT OLD.created_at\n    BEGIN SELECT RAISE(ABORT, 'Le contenu d''une version (numéro, instantané, empreinte) ne peut pas être modifié.'); END",
    "CREATE TRIGGER versions_signed_final BEFORE UPDATE ON versions\n    WHEN OLD.status = 'signed'\n    BEGIN SELECT RAISE(ABORT, 'Une version signée est définitive : elle ne peut plus être modifiée.'); END",
    "CREATE TRIGGER versions_status_forward BEFORE UPDATE OF status ON versions\n    WHEN (CASE NEW.status WHEN 'draft' THEN 0 WHEN 'shared' THEN 1 WHEN 'approved' THEN 2 WHEN 'signed' THEN 3 END) < (CASE OLD.status WHEN 'draft' THEN 0 WHEN 'shared' THEN 1 WHEN 'approved' THEN 2 WHEN 'signed' THEN 3 END)\n    BEGIN SELECT RAISE(ABORT, 'Le statut d''une version ne peut qu''avancer (projet, partagée, validée, signée).'); END",
    "CREATE TRIGGER versions_signed_kept BEFORE DELETE ON versions\n    WHEN OLD.status = 'signed'\n    BEGIN SELECT RAISE(ABORT, 'Une version signée ne peut pas être supprimée.'); END",
    "CREATE TRIGGER approvals_signed_insert BEFORE INSERT ON approvals\n    WHEN (SELECT status FROM versions WHERE id = NEW.version_id) = 'signed'\n    BEGIN SELECT RAISE(ABORT, 'Les validations d''une version signée ne peuvent plus être modifiées.'); END",
    "CREATE TRIGGER approvals_signed_update BEFORE UPDATE ON approvals\n    WHEN (SELECT status FROM versions WHERE id = OLD.version_id) = 'signed'\n      OR (SELECT status FROM versions WHERE id = NEW.version_id) = 'signed'\n    BEGIN SELECT RAISE(ABORT, 'Les validations d''une version signée ne peuvent plus être modifiées.'); END",
    "CREATE TRIGGER approvals_signed_delete BEFORE DELETE ON approvals\n    WHEN (SELECT status FROM versions WHERE id = OLD.version_id) = 'signed'\n    BEGIN SELECT RAISE(ABORT, 'Les validations d''une version signée ne peuvent plus être modifiées.'); END",
    "CREATE TRIGGER dossiers_signed_kept BEFORE DELETE ON dossiers\n    WHEN EXISTS (SELECT 1 FROM versions WHERE dossier_id = OLD.id AND status = 'signed')\n    BEGIN SELECT RAISE(ABORT, 'Un dossier qui contient une version signée ne peut pas être supprimé.'); END",
    "CREATE INDEX ix_versions_fingerprint ON versions (fingerprint)",
    "CREATE TABLE replaced_drafts (\n\tid INTEGER NOT NULL, \n\tdossier_id VARCHAR(36) NOT NULL, \n\treplaced_at VARCHAR(40) NOT NULL, \n\treason TEXT NOT NULL, \n\ttitle TEXT NOT NULL, \n\tdraft TEXT NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(dossier_id) REFERENCES dossiers (id) ON DELETE CASCADE\n)",
    "CREATE INDEX ix_replaced_drafts_dossier_id ON replaced_drafts (dossier_id)",
    "CREATE TRIGGER versions_no_rewrite BEFORE INSERT ON versions\n    WHEN EXISTS (SELECT 1 FROM versions WHERE id = NEW.id OR (dossier_id = NEW.dossier_id AND number = NEW.number))\n    BEGIN SELECT RAISE(ABORT, 'Une version enregistrée ne peut pas être remplacée (INSERT OR REPLACE, REPLACE, upsert).'); END",
    "CREATE TRIGGER approvals_signed_no_rewrite BEFORE INSERT ON approvals\n    WHEN EXISTS (SELECT 1 FROM approvals a JOIN versions v ON v.id = a.version_id\n                 WHERE a.id = NEW.id AND v.status = 'signed')\n    BEGIN SELECT RAISE(ABORT, 'Les validations d''une version signée ne peuvent pas être remplacées.'); END",
)


def statements_of(conn: sqlite3.Connection) -> list[str]:
    """A database's schema as this module stores it (internal ``sqlite_*`` objects left out)."""
    query = "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite%' ORDER BY rowid"
    return [row[0] for row in conn.execute(query)]


def create(path: Path) -> None:
    """Create the database at ``path`` (absent or empty), WAL journal and schema at :data:`REVISION`, in
    one transaction: a failure (full disk, read-only folder) leaves no half-made schema behind."""
    conn = sqlite3.connect(path, timeout=10, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")  # what every engine connection sets (storage.engine)
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in STATEMENTS:
                conn.execute(statement)
            conn.execute("INSERT INTO alembic_version (version_num) VALUES (?)", (REVISION,))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.close()


def _module_text(database: Path) -> str:  # pragma: no cover - a maintenance tool
    conn = sqlite3.connect(database)
    try:
        found = statements_of(conn)
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()
    text = Path(__file__).read_text(encoding="utf-8")
    head, _, rest = text.partition("STATEMENTS: tuple[str, ...] = (\n")
    _, _, tail = rest.partition("\n)\n")
    head = head.replace(f"REVISION = {REVISION!r}", f"REVISION = {revision!r}")
    body = "\n".join(f"    {s!r}," for s in found)
    return f"{head}STATEMENTS: tuple[str, ...] = (\n{body}\n)\n{tail}"


if __name__ == "__main__":  # pragma: no cover
    import sys
    import tempfile

    from .engine import make_engine
    from .migrate import upgrade

    with tempfile.TemporaryDirectory() as tmp:
        made = Path(tmp) / "schema.sqlite3"
        engine = make_engine(f"sqlite:///{made}")
        upgrade(engine)
        engine.dispose()
        sys.stdout.write(_module_text(made))
