"""Opening databases: the classroom store and the learners' worlds.

Two engines, one behaviour:

- **SQLite** (the default, at home): one file per store. Foreign keys on, WAL journal,
  every transaction ``BEGIN IMMEDIATE`` with a 30 s busy timeout, so two windows on
  one world wait for each other instead of failing with "database is locked".
- **PostgreSQL** (the classroom server, ``postgresql://user:pass@host/db``): one schema
  per store (``classroom``, ``modello``, ``mondo_<id>``), reached through the
  connection's ``search_path``, so every model query stays the same.

The schema version of a store is recorded in its version table; an older store is
upgraded by numbered migrations, each in one transaction, after a backup (a copy of the
file through SQLite's backup API, or a copy of the schema on PostgreSQL). An unreadable
or corrupted file raises `DatabaseCorrupted`; `quarantine()` moves it aside (never
deletes it) so that a new one can be started.
"""
from __future__ import annotations

import datetime as _dt
import os
import re
import sqlite3
import time
from pathlib import Path
from typing import Callable, Iterable

import peewee as pw

from .models import ALL_MODELS, SchemaVersion, database_proxy

SQLITE_PRAGMAS = {"foreign_keys": 1, "journal_mode": "wal", "synchronous": "normal", "cache_size": -8000}
SQLITE_BUSY_SECONDS = 30  # a writer waits this long for another window's transaction


class DatabaseError(Exception):
    """The database cannot be used; `message` is plain Italian for the user."""

    def __init__(self, message: str, path: Path | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.identity = None  # file_identity(path) when the problem was found, if known


class DatabaseCorrupted(DatabaseError):
    pass


class DatabaseTooNew(DatabaseError):
    pass


class DatabaseUnavailable(DatabaseError):
    """The classroom server cannot be reached (or refuses us): nothing is damaged."""


class DatabaseNotWritable(DatabaseError):
    """The file or its folder cannot be written (read-only, no permission, disk full, a
    folder that cannot be made): nothing is damaged and nothing must be moved aside."""


class DatabaseBusy(DatabaseError):
    """Another program holds the database's lock for too long."""


WAY_ON = ("Può avviare Palestra INPS indicando un'altra cartella, in cui si possa scrivere, "
          "con l'opzione --db (per esempio: palestra-inps --db ~/Documenti/palestra.sqlite3), "
          "oppure chiedere a chi gestisce il computer di dare il permesso di scrittura.")


# --- engines -------------------------------------------------------------------------------


def is_url(target: str) -> bool:
    return "://" in str(target)


def is_postgres_url(target: str) -> bool:
    return str(target).split("://", 1)[0].lower() in ("postgres", "postgresql", "postgresext", "postgresqlext")


def sqlite_database(path: Path) -> pw.SqliteDatabase:
    return pw.SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, timeout=SQLITE_BUSY_SECONDS,
                             lock_type="IMMEDIATE", check_same_thread=False)


_SCHEMA_NAME = re.compile(r"^[a-z][a-z0-9_]{0,62}$")


def load_psycopg():
    """Import the PostgreSQL driver and give it to peewee, which was imported without it
    (see app/__init__.py). Returns the psycopg module."""
    import sys

    if sys.modules.get("psycopg", False) is None:
        del sys.modules["psycopg"]
    if getattr(pw, "psycopg", None) is not None:
        return pw.psycopg
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    pw.psycopg, pw.TransactionStatus, pw.Json_pg3, pw.Jsonb_pg3 = psycopg, TransactionStatus, Json, Jsonb
    adapter = pw.Psycopg3Adapter
    adapter.txn_idle = TransactionStatus.IDLE
    adapter.txn_inerror = TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN
    return psycopg


def postgres_database(url: str, schema: str) -> pw.PostgresqlDatabase:
    """A connection to the classroom server whose tables are those of `schema`."""
    from playhouse.db_url import parse

    if not _SCHEMA_NAME.match(schema):
        raise ValueError(f"invalid schema name {schema!r}")
    load_psycopg()
    params = parse(str(url), unquote_password=True, unquote_user=True)
    name = params.pop("database", None) or "postgres"
    return pw.PostgresqlDatabase(name, options=f"-c search_path={schema}", prefer_psycopg3=True, **params)


def for_update(query):
    """The query with a row lock where the engine has one (PostgreSQL). On SQLite a write
    transaction already holds the whole database's write lock from its start (BEGIN
    IMMEDIATE), so re-reading inside `db.atomic()` is enough there."""
    db = query.model._meta.database
    db = getattr(db, "obj", db)  # the proxy's database
    return query.for_update() if isinstance(db, pw.PostgresqlDatabase) else query


def sync_sequence(model) -> None:
    """After rows were inserted with explicit ids: on PostgreSQL the id sequence is moved
    past them (SQLite always continues from the largest id)."""
    db = model._meta.database
    db = getattr(db, "obj", db)
    if isinstance(db, pw.PostgresqlDatabase):
        table, pk = model._meta.table_name, model._meta.primary_key.column_name
        db.execute_sql(f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{pk}'), "
                       f'COALESCE((SELECT MAX("{pk}") FROM "{table}"), 0) + 1, false)')


def connect(db: pw.Database, where: str = "") -> None:
    """Open the connection; a server that cannot be reached gives an Italian message.
    On SQLite, a file another window is creating or migrating right now (its first
    transaction holds the lock while the connection's settings need it: SQLite answers
    "database is locked" at once, without waiting) is tried again for SQLITE_BUSY_SECONDS."""
    deadline = time.monotonic() + SQLITE_BUSY_SECONDS
    while True:
        try:
            db.connect(reuse_if_open=True)
            return
        except pw.OperationalError as exc:
            if (isinstance(db, pw.SqliteDatabase) and "locked" in str(exc).lower()
                    and time.monotonic() < deadline):
                time.sleep(0.05)
                continue
            if isinstance(db, pw.PostgresqlDatabase):
                raise DatabaseUnavailable(
                    "Il server dell'aula non risponde o non accetta la connessione "
                    f"({_first_line(exc)}). Controlli l'indirizzo {where or 'del database'} "
                    "e che il server sia acceso, oppure avvii il programma senza --db per "
                    "esercitarsi su questo computer.") from exc
            raise


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def create_schema(db: pw.PostgresqlDatabase, schema: str) -> None:
    if not _SCHEMA_NAME.match(schema):
        raise ValueError(f"invalid schema name {schema!r}")
    db.execute_sql(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')


def schema_exists(db: pw.PostgresqlDatabase, schema: str) -> bool:
    return db.execute_sql("SELECT 1 FROM pg_namespace WHERE nspname = %s", (schema,)).fetchone() is not None


def table_exists(db: pw.Database, table: str) -> bool:
    """In the store this connection points at (the search_path's first schema on PostgreSQL)."""
    if isinstance(db, pw.PostgresqlDatabase):
        row = db.execute_sql("SELECT to_regclass(%s)", (table,)).fetchone()
        return row is not None and row[0] is not None
    return db.table_exists(table)


def copy_schema(db: pw.PostgresqlDatabase, source: str, target: str, models: Iterable[type[pw.Model]]) -> None:
    """Copy every table of `models` from schema `source` into the (empty) schema `target`,
    rows and sequences included; `db` must point its search_path at `target`."""
    models = list(models)
    create_schema(db, target)
    db.create_tables(models, safe=True)
    for model in models:
        table = model._meta.table_name
        columns = ", ".join(f'"{f.column_name}"' for f in model._meta.sorted_fields)
        db.execute_sql(f'INSERT INTO "{target}"."{table}" ({columns}) '
                       f'SELECT {columns} FROM "{source}"."{table}"')
        pk = model._meta.primary_key
        if isinstance(pk, pw.AutoField):
            db.execute_sql(
                f"SELECT setval(pg_get_serial_sequence('\"{target}\".\"{table}\"', '{pk.column_name}'), "
                f'COALESCE((SELECT MAX("{pk.column_name}") FROM "{target}"."{table}"), 0) + 1, false)')


def snapshot_schema(db: pw.PostgresqlDatabase, source: str, target: str) -> None:
    """A backup of a schema as it is (any version): every table copied with its rows."""
    create_schema(db, target)
    tables = [r[0] for r in db.execute_sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = %s", (source,)).fetchall()]
    for table in tables:
        db.execute_sql(f'DROP TABLE IF EXISTS "{target}"."{table}"')
        db.execute_sql(f'CREATE TABLE "{target}"."{table}" AS TABLE "{source}"."{table}"')


def drop_schema(db: pw.PostgresqlDatabase, schema: str) -> None:
    if not _SCHEMA_NAME.match(schema):
        raise ValueError(f"invalid schema name {schema!r}")
    db.execute_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


# --- checks and safety copies (SQLite files) -------------------------------------------------


def prepare_folder(path: Path) -> None:
    """Make the folder of a database file; a folder that cannot be made is explained."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseNotWritable(
            f"Non è possibile creare la cartella dei dati «{path.parent}» ({exc.strerror or exc}). "
            + WAY_ON, path) from exc


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK)


def check_writable(path: Path) -> None:
    """A database must be writable, and so must its folder (SQLite keeps its journal
    beside the file). Raise DatabaseNotWritable with the reason otherwise."""
    if path.exists() and not _writable(path) and path.exists():  # (not moved aside meanwhile by another window)
        raise DatabaseNotWritable(
            f"Il file dei dati «{path.name}» (nella cartella «{path.parent}») è di sola lettura: "
            "Palestra INPS non può salvare ciò che fa. Il file non è danneggiato e non viene toccato. "
            + WAY_ON, path)
    if not _writable(path.parent):
        raise DatabaseNotWritable(
            f"Nella cartella «{path.parent}» non si può scrivere: Palestra INPS non può "
            f"{'salvare i dati' if path.exists() else 'creare il file dei dati'}. "
            "Nessun file è stato modificato. " + WAY_ON, path)


def classify(exc: BaseException, path: Path | None) -> DatabaseError:
    """A database error turned into what it means for the user: a damaged file is only
    one of the possibilities."""
    text = str(exc).lower()
    name = f"«{path.name}» " if path is not None else ""
    if "readonly" in text or "read-only" in text or "permission" in text or "unable to open" in text:
        return DatabaseNotWritable(f"Il file dei dati {name}non si può aprire in scrittura ({exc}). " + WAY_ON, path)
    if "full" in text or "disk i/o" in text:
        return DatabaseNotWritable(
            f"Il disco non permette di salvare il file dei dati {name}({exc}): forse è pieno. "
            "Liberi spazio e riavvii il programma; il file non viene toccato.", path)
    if "locked" in text or "busy" in text:
        return DatabaseBusy(
            f"I dati {name}sono occupati da un altro programma da troppo tempo. Chiuda le altre "
            "finestre di Palestra INPS e riprovi.", path)
    return DatabaseCorrupted(f"Il file dei dati {name}non è leggibile ({exc}).", path)


def check_sqlite_file(path: Path) -> None:
    """Raise DatabaseCorrupted if the file is not a readable SQLite database, or another
    DatabaseError if it cannot be used for another reason (see `classify`)."""
    if not path.exists() or path.stat().st_size == 0:
        return
    seen = file_identity(path)  # the file found damaged, not one another window puts there later
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute("PRAGMA quick_check").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if seen is None or not path.exists():
            return  # moved aside meanwhile by another window (a damaged file put away): as if missing
        error = classify(exc, path)
        error.identity = seen
        raise error from exc
    if not row or row[0] != "ok":
        error = DatabaseCorrupted(f"Il file dei dati «{path.name}» è danneggiato.", path)
        error.identity = seen
        raise error


def open_sqlite_checked(path: Path) -> None:
    """Everything that can be said about a database file before opening it."""
    prepare_folder(path)
    check_writable(path)
    check_sqlite_file(path)


def sqlite_tables(path: Path) -> set[str]:
    """The tables of an existing SQLite file (empty for a missing or empty file)."""
    if not path.exists() or path.stat().st_size == 0:
        return set()
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        con.close()


def file_identity(path: Path) -> tuple | None:
    """What tells one file from another at the same path (None if there is none)."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def quarantine(path: Path, expected: tuple | None = None) -> Path | None:
    """Move a damaged database aside (with its -wal/-shm files), never overwriting
    anything; return the new name. With `expected` (its `file_identity` when it was found
    damaged), a file that has changed since (another window already put a new one in
    its place) is left alone and None is returned."""
    if expected is not None and file_identity(path) != expected:
        return None
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")  # wall clock: names a file, not the world
    for n in range(1000):
        target = path.with_name(f"{path.name}.danneggiato-{stamp}" + (f"-{n}" if n else ""))
        try:
            if not _move_no_overwrite(path, target, expected):
                return None  # another window already put a new file in its place
        except FileExistsError:
            continue
        except FileNotFoundError:
            return None  # moved meanwhile by another window
        for suffix in ("-wal", "-shm"):
            side = Path(str(path) + suffix)
            if side.exists():
                try:
                    _move_no_overwrite(side, Path(str(target) + suffix))
                except (FileExistsError, FileNotFoundError):
                    pass
        return target
    raise DatabaseNotWritable(f"Non è possibile mettere da parte il file «{path.name}».", path)


def _move_no_overwrite(source: Path, target: Path, identity: tuple | None = None) -> bool:
    """A rename that fails with FileExistsError instead of replacing `target`. With
    `identity` (file_identity), only that file is moved: False (nothing moved) if another
    window has put a new file at `source` meanwhile. FileNotFoundError if another window moved it first (its
    copy is the one kept: this one is taken back, so a damaged file is kept once)."""
    try:
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError:  # no hard links on this file system: rename (refuses to overwrite on Windows)
        if target.exists():
            raise FileExistsError(target) from None
        os.rename(source, target)
        return True
    if identity is not None and file_identity(target) != identity:
        os.unlink(target)
        return False
    try:
        os.unlink(source)
    except FileNotFoundError:
        os.unlink(target)
        raise
    return True


def copy_sqlite(source: Path, target: Path) -> Path:
    """A consistent copy of a SQLite database (through the backup API), even while
    another connection writes to it."""
    src = sqlite3.connect(str(source), timeout=SQLITE_BUSY_SECONDS)
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def backup_before_migration(path: Path, version: int) -> Path:
    """Copy the database file (consistently, through SQLite's backup API) before migrating."""
    return copy_sqlite(path, path.with_name(f"{path.name}.v{version}.bak"))


# --- schema versions and migrations ------------------------------------------------------------
# A migration takes (database, migrator) and brings the schema from N-1 to N.
# A brand-new store is created from the current models at its latest version.


def _m2_contact_verified(db: pw.Database, migrator) -> None:
    """v2: contacts remember when they were last confirmed (used by ripristino)."""
    from playhouse.migrate import migrate

    migrate(migrator.add_column("contact", "verified_at", pw.DateTimeField(null=True)))


def _m3_no_trainees(db: pw.Database, migrator) -> None:
    """v3: the learner lives in the classroom store (app.classroom), not in the world: the
    unused `trainee` table and the `event.trainee` column go."""
    from playhouse.migrate import migrate

    db.execute_sql("DROP TABLE IF EXISTS trainee")
    columns = {c.name for c in db.get_columns("event")}
    if "trainee" in columns:
        migrate(migrator.drop_column("event", "trainee"))


# World migrations. Each takes (database, playhouse.migrate.SchemaMigrator).
MIGRATIONS: dict[int, Callable[[pw.Database, object], None]] = {
    2: _m2_contact_verified,
    3: _m3_no_trainees,
}
LATEST_VERSION = 1 + len(MIGRATIONS)


class StoreSchema:
    """What a kind of store is: its models, its version table, its migrations."""

    def __init__(self, name: str, models: list, version_model, migrations: dict, marker_table: str,
                 not_ours: str):
        self.name = name
        self.models = models
        self.version_model = version_model
        self.migrations = migrations
        self.latest = 1 + len(migrations)
        self.marker_table = marker_table  # a table every store of this kind has
        self.not_ours = not_ours  # the message for a database with other tables


WORLD_SCHEMA = StoreSchema(
    "world", ALL_MODELS, SchemaVersion, MIGRATIONS, "schema_version",
    "Il file non contiene un mondo di Palestra INPS.")


def current_version(db: pw.Database, schema: StoreSchema = WORLD_SCHEMA) -> int:
    table = schema.version_model._meta.table_name
    if not table_exists(db, table):
        return 0
    with schema.version_model.bind_ctx(db):
        row = schema.version_model.select(pw.fn.MAX(schema.version_model.version)).scalar()
    return int(row or 0)


def _record_version(schema: StoreSchema, version: int) -> None:
    schema.version_model.create(version=version, applied_at=_dt.datetime.now().isoformat(timespec="seconds"))


def ensure_schema(db: pw.Database, schema: StoreSchema, *, backup: Callable[[int], object] | None,
                  path: Path | None = None) -> None:
    """Create the store's tables (new store) or migrate them to the latest version.
    `backup(version)` is called once before the first migration step."""
    with schema.version_model.bind_ctx(db):
        version = current_version(db, schema)
        if version == 0:
            with db.atomic():
                version = current_version(db, schema)  # another process may have just done it
                if version == 0:
                    if _has_tables(db):
                        raise DatabaseCorrupted(schema.not_ours, path)
                    with db.bind_ctx(schema.models):
                        db.create_tables(schema.models)
                    _record_version(schema, schema.latest)
                    return
        if version > schema.latest:
            raise DatabaseTooNew(
                "Questi dati sono stati creati da una versione più recente di Palestra INPS: aggiorni il programma.",
                path,
            )
        if version < schema.latest:
            if backup is not None:
                backup(version)
            from playhouse.migrate import PostgresqlMigrator, SchemaMigrator

            migrator = (PostgresqlMigrator(db) if isinstance(db, pw.PostgresqlDatabase)
                        else SchemaMigrator.from_database(db))
            with db.bind_ctx(schema.models):
                for step in range(version + 1, schema.latest + 1):
                    with db.atomic():
                        if current_version(db, schema) >= step:  # done meanwhile by another window
                            continue
                        schema.migrations[step](db, migrator)
                        _record_version(schema, step)


def _has_tables(db: pw.Database) -> bool:
    if isinstance(db, pw.PostgresqlDatabase):
        return db.execute_sql(
            "SELECT 1 FROM pg_tables WHERE schemaname = current_schema() LIMIT 1").fetchone() is not None
    return bool(db.get_tables())


# --- worlds ----------------------------------------------------------------------------------


def open_world_database(db: pw.Database, *, path: Path | None = None,
                        backup: Callable[[int], object] | None = None) -> pw.Database:
    """Bind the world's models to `db` and bring its schema to the latest version."""
    database_proxy.initialize(db)
    try:
        connect(db)
        if path is not None and backup is None:
            backup = lambda version: backup_before_migration(path, version)  # noqa: E731
        ensure_schema(db, WORLD_SCHEMA, backup=backup, path=path)
    except DatabaseError:
        db.close()
        raise
    except (pw.DatabaseError, sqlite3.DatabaseError) as exc:
        db.close()
        raise classify(exc, path) from exc
    return db


def open_database(target: str | Path) -> pw.Database:
    """Open one world directly (a SQLite file, or a database URL): used by the tests and
    tools that need a world without a classroom. Creates or upgrades it as needed."""
    if isinstance(target, Path) or not is_url(str(target)):
        path = Path(target).expanduser()
        open_sqlite_checked(path)
        return open_world_database(sqlite_database(path), path=path)
    if is_postgres_url(str(target)):
        raise ValueError("a PostgreSQL world is opened through its classroom (app.classroom)")
    from playhouse.db_url import connect as url_connect

    db = url_connect(str(target))
    if isinstance(db, pw.SqliteDatabase):
        path = Path(db.database)
        return open_world_database(sqlite_database(path), path=path)
    return open_world_database(db)


def close_database() -> None:
    db = database_proxy.obj
    if db is not None and not db.is_closed():
        db.close()
