"""Opening the world's database: SQLite by default, any peewee database URL otherwise.

- foreign keys on, WAL journal (SQLite);
- the schema version is recorded in `schema_version`;
- an older database is upgraded by numbered migrations, each in one transaction,
  after a copy of the file has been kept beside it;
- an unreadable or corrupted file raises `DatabaseCorrupted`; `quarantine()` moves
  it aside (never deletes it) so that a new world can be started.
"""
from __future__ import annotations

import datetime as _dt
import shutil
import sqlite3
from pathlib import Path
from typing import Callable

import peewee as pw

from .models import ALL_MODELS, SchemaVersion, database_proxy

SQLITE_PRAGMAS = {"foreign_keys": 1, "journal_mode": "wal", "synchronous": "normal", "cache_size": -8000}


class DatabaseError(Exception):
    """The database cannot be used; `message` is plain Italian for the user."""

    def __init__(self, message: str, path: Path | None = None):
        super().__init__(message)
        self.message = message
        self.path = path


class DatabaseCorrupted(DatabaseError):
    pass


class DatabaseTooNew(DatabaseError):
    pass


# --- migrations --------------------------------------------------------------
# A migration takes (database, migrator) and brings the schema from N-1 to N.
# A brand-new database is created from the current models at LATEST_VERSION.


def _m2_contact_verified(db: pw.Database, migrator) -> None:
    """v2: contacts remember when they were last confirmed (used by ripristino)."""
    from playhouse.migrate import migrate

    migrate(migrator.add_column("contact", "verified_at", pw.DateTimeField(null=True)))


# Each takes (database, playhouse.migrate.SchemaMigrator).
MIGRATIONS: dict[int, Callable[[pw.Database, object], None]] = {
    2: _m2_contact_verified,
}
LATEST_VERSION = 1 + len(MIGRATIONS)


def is_url(target: str) -> bool:
    return "://" in target


def _sqlite(path: Path) -> pw.SqliteDatabase:
    return pw.SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, check_same_thread=False)


def _check_sqlite_file(path: Path) -> None:
    """Raise DatabaseCorrupted if the file is not a readable SQLite database."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute("PRAGMA quick_check").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseCorrupted(
            f"Il file dei dati «{path.name}» non è leggibile ({exc}).", path
        ) from exc
    if not row or row[0] != "ok":
        raise DatabaseCorrupted(f"Il file dei dati «{path.name}» è danneggiato.", path)


def quarantine(path: Path) -> Path:
    """Move a damaged database aside (with its -wal/-shm files); return the new name."""
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")  # wall clock: names a file, not the world
    target = path.with_name(f"{path.name}.danneggiato-{stamp}")
    shutil.move(str(path), str(target))
    for suffix in ("-wal", "-shm"):
        side = Path(str(path) + suffix)
        if side.exists():
            shutil.move(str(side), str(target) + suffix)
    return target


def open_database(target: str | Path) -> pw.Database:
    """Open (creating or upgrading as needed) the database and bind the models to it."""
    if isinstance(target, Path) or not is_url(str(target)):
        path = Path(target).expanduser()
        path.parent.mkdir(parents=True, exist_ok=True)
        _check_sqlite_file(path)
        db: pw.Database = _sqlite(path)
    else:
        from playhouse.db_url import connect as url_connect  # only for database URLs

        path = None
        db = url_connect(str(target))
        if isinstance(db, pw.SqliteDatabase):
            db = _sqlite(Path(db.database))
            path = Path(db.database)
    database_proxy.initialize(db)
    try:
        db.connect(reuse_if_open=True)
        _ensure_schema(db, path)
    except DatabaseTooNew:
        raise
    except (pw.DatabaseError, sqlite3.DatabaseError) as exc:
        db.close()
        raise DatabaseCorrupted(f"Il file dei dati non è leggibile ({exc}).", path) from exc
    return db


def current_version(db: pw.Database) -> int:
    if not db.table_exists("schema_version"):
        return 0
    row = SchemaVersion.select(pw.fn.MAX(SchemaVersion.version)).scalar()
    return int(row or 0)


def _record_version(version: int) -> None:
    SchemaVersion.create(version=version, applied_at=_dt.datetime.now().isoformat(timespec="seconds"))


def _ensure_schema(db: pw.Database, path: Path | None) -> None:
    version = current_version(db)
    if version == 0:
        if db.get_tables():
            raise DatabaseCorrupted("Il file non contiene un mondo di Palestra INPS.", path)
        with db.atomic():
            db.create_tables(ALL_MODELS)
            _record_version(LATEST_VERSION)
        return
    if version > LATEST_VERSION:
        raise DatabaseTooNew(
            "Questi dati sono stati creati da una versione più recente di Palestra INPS: aggiorni il programma.",
            path,
        )
    if version < LATEST_VERSION:
        if path is not None:
            backup_before_migration(path, version)
        from playhouse.migrate import SchemaMigrator

        migrator = SchemaMigrator.from_database(db)
        for step in range(version + 1, LATEST_VERSION + 1):
            with db.atomic():
                MIGRATIONS[step](db, migrator)
                _record_version(step)


def backup_before_migration(path: Path, version: int) -> Path:
    """Copy the database file (consistently, through SQLite's backup API) before migrating."""
    target = path.with_name(f"{path.name}.v{version}.bak")
    src = sqlite3.connect(str(path))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def close_database() -> None:
    db = database_proxy.obj
    if db is not None and not db.is_closed():
        db.close()
