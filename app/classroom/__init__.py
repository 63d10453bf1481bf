"""The classroom: learners, each with their own world, and the trainer's settings.

Where things live (``--db``):

- a SQLite path (the default, in the user's data directory) names the classroom file;
  each learner's world is a file beside it (``palestra.mondo-3.sqlite3``), new worlds
  are copied from a seeded template (``palestra.modello.sqlite3``);
- a PostgreSQL URL puts the classroom in the ``classroom`` schema of that database, each
  learner's world in a schema ``mondo_<id>``, the template in ``modello``.

A database of the single-world format of earlier versions (given as ``--db`` or found in
the data directory) is upgraded in place: the classroom's tables are added beside the
world's, and that world becomes the world of one learner, "Io". Nothing is moved.

One active world per process: `open_world` points the world models at the learner's
world. The classroom's own tables are on another proxy and are never written in the
same transaction as a world.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import peewee as pw

from .. import db as dbmod
from ..paths import DATA_DIR
from .models import (
    CLASSROOM_MODELS,
    Assignment,
    ClassroomVersion,
    ClassSetting,
    Learner,
    LessonRun,
    WorldOrder,
    classroom_proxy,
)

DEFAULT_LEARNER = "Io"
CODE_ALPHABET = "ACDEFHJKLMNPRTUVWXY34679"  # no 0/O, 1/I, 2/Z, 5/S, 8/B look-alikes
CODE_LENGTH = 4

CLASSROOM_SCHEMA = dbmod.StoreSchema(
    "classroom", CLASSROOM_MODELS, ClassroomVersion, {}, "classroom_version",
    "Il file non contiene né un'aula né un mondo di Palestra INPS.")

PG_CLASSROOM = "classroom"
PG_TEMPLATE = "modello"

SETTING_DEFAULTS = {
    "kiosk.idle_minutes": "10",
    "kiosk.warning_seconds": "30",
}


class ClassroomError(Exception):
    """A request about learners that cannot be done; `message` is plain Italian."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class LearnerInfo:
    id: int
    name: str
    code: str
    world: str
    last_seen: dt.datetime | None = None

    @property
    def label(self) -> str:
        return f"{self.name} (n. {self.id})"


def _info(row: Learner) -> LearnerInfo:
    return LearnerInfo(row.id, row.name, row.code, row.world, row.last_seen)


def _wall_now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)  # real time: about real people, not a world


def template_fingerprint() -> str:
    """What a world template was made from: the schema version and the personas' data."""
    digest = hashlib.sha256(str(dbmod.LATEST_VERSION).encode())
    for name in ("personas.json",):
        digest.update((DATA_DIR / name).read_bytes())
    return digest.hexdigest()[:16]


class Classroom:
    def __init__(self, target: str | Path, *, wall_clock: Callable[[], dt.datetime] = _wall_now) -> None:
        self.target = str(target)
        self.now = wall_clock
        self.is_postgres = dbmod.is_postgres_url(self.target)
        if self.is_postgres:
            self.path = None
            self.db = dbmod.postgres_database(self.target, PG_CLASSROOM)
            dbmod.connect(self.db, "del server dell'aula")
            with self._pg_lock("classroom"):
                dbmod.create_schema(self.db, PG_CLASSROOM)
                self._legacy_world = self._pg_public_world_exists()
                self._ensure()
        else:
            if dbmod.is_url(self.target):
                from playhouse.db_url import parse

                self.path = Path(parse(self.target)["database"]).expanduser()
            else:
                self.path = Path(self.target).expanduser()
            dbmod.open_sqlite_checked(self.path)
            self._legacy_world = "schema_version" in dbmod.sqlite_tables(self.path)
            self.db = dbmod.sqlite_database(self.path)
            dbmod.connect(self.db)
            self._ensure()

    # -- the store ------------------------------------------------------------------------
    def _ensure(self) -> None:
        classroom_proxy.initialize(self.db)
        try:
            if self._legacy_world and dbmod.current_version(self.db, CLASSROOM_SCHEMA) == 0:
                self._upgrade_single_world()
            else:
                backup = None
                if self.path is not None:
                    backup = lambda v: dbmod.copy_sqlite(self.path, self.path.with_name(  # noqa: E731
                        f"{self.path.name}.aula-v{v}.bak"))
                elif self.is_postgres:
                    backup = lambda v: dbmod.snapshot_schema(self.db, PG_CLASSROOM, f"classroom_v{v}_bak")  # noqa: E731
                dbmod.ensure_schema(self.db, CLASSROOM_SCHEMA, backup=backup, path=self.path)
        except dbmod.DatabaseError:
            self.db.close()
            raise
        except pw.DatabaseError as exc:
            self.db.close()
            raise dbmod.classify(exc, self.path) from exc

    def _upgrade_single_world(self) -> None:
        """A database of the single-world format becomes a classroom with one learner, "Io",
        whose world it is: the classroom's tables are added beside the world's."""
        with self.db.atomic():
            if dbmod.current_version(self.db, CLASSROOM_SCHEMA):
                return  # another window did it meanwhile
            with self.db.bind_ctx(CLASSROOM_MODELS):
                self.db.create_tables(CLASSROOM_MODELS)
            ClassroomVersion.create(version=CLASSROOM_SCHEMA.latest, applied_at=self.now().isoformat())
            world = self.path.name if self.path is not None else "public"
            Learner.create(name=DEFAULT_LEARNER, code=self._new_code(), world=world, created_at=self.now())

    def _pg_public_world_exists(self) -> bool:
        row = self.db.execute_sql(
            "SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = 'schema_version'").fetchone()
        return row is not None

    @contextlib.contextmanager
    def _pg_lock(self, name: str):
        """A server-wide lock (two kiosks starting at once wait for each other)."""
        key = int.from_bytes(hashlib.sha256(f"palestra:{name}".encode()).digest()[:8], "big", signed=True)
        self.db.execute_sql("SELECT pg_advisory_lock(%s)", (key,))
        try:
            yield
        finally:
            self.db.execute_sql("SELECT pg_advisory_unlock(%s)", (key,))

    @contextlib.contextmanager
    def _exclusive(self, name: str):
        """Serialise the creation of worlds and templates across processes."""
        if self.is_postgres:
            with self._pg_lock(name):
                yield
        else:
            with self.db.atomic():  # BEGIN IMMEDIATE: the classroom file's write lock
                yield

    def activate(self) -> None:
        classroom_proxy.initialize(self.db)

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()

    # -- learners -------------------------------------------------------------------------
    def _new_code(self) -> str:
        while True:
            code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
            if not Learner.select().where(Learner.code == code).exists():
                return code

    def learners(self) -> list[LearnerInfo]:
        return [_info(r) for r in Learner.select().order_by(Learner.name, Learner.id)]

    def learner(self, learner_id: int) -> LearnerInfo:
        row = Learner.get_or_none(Learner.id == learner_id)
        if row is None:
            raise ClassroomError("Questo allievo non esiste più.")
        return _info(row)

    def add_learner(self, name: str) -> LearnerInfo:
        name = clean_name(name)
        with self.db.atomic():
            row = Learner.create(name=name, code=self._new_code(), created_at=self.now())
            row.world = self._world_name(row.id)
            row.save()
        return _info(row)

    def rename_learner(self, learner_id: int, name: str) -> LearnerInfo:
        name = clean_name(name)
        Learner.update(name=name).where(Learner.id == learner_id).execute()
        return self.learner(learner_id)

    def find(self, spec: str) -> LearnerInfo | None:
        """A learner by class code, by "Nome (n. 3)" / "Nome#3", or by a name that is unique."""
        spec = spec.strip()
        row = Learner.get_or_none(Learner.code == spec.upper())
        if row is not None:
            return _info(row)
        for sep in ("#", " (n. "):
            if sep in spec:
                name, _, rest = spec.rpartition(sep)
                digits = rest.rstrip(")").strip()
                if digits.isascii() and digits.isdigit():
                    row = Learner.get_or_none((Learner.id == int(digits)) & (Learner.name == name.strip()))
                    if row is not None:
                        return _info(row)
        rows = list(Learner.select().where(pw.fn.LOWER(Learner.name) == spec.lower()))
        if len(rows) > 1:
            labels = ", ".join(_info(r).label for r in rows)
            raise ClassroomError(f"Nell'aula ci sono più allievi di nome «{spec}»: {labels}. "
                                 f"Indichi anche il numero, per esempio «{rows[0].name}#{rows[0].id}», "
                                 "oppure il codice dell'allievo.")
        return _info(rows[0]) if rows else None

    def choose(self, spec: str | None = None) -> LearnerInfo:
        """The learner of this run: `--learner NOME` (created if new); otherwise the one
        seen last (at home: the only one, "Io", created on first start)."""
        if spec:
            found = self.find(spec)
            if found is None:
                with self._exclusive("learners"):  # two kiosks naming a new learner at once make one
                    found = self.find(spec) or self.add_learner(spec)
        else:
            found = self._last_seen()
            if found is None:
                with self._exclusive("learners"):
                    found = self._last_seen() or self.add_learner(DEFAULT_LEARNER)
        return found

    def _last_seen(self) -> LearnerInfo | None:
        row = Learner.select().order_by(Learner.last_seen.desc(nulls="LAST"), Learner.id).first()
        return _info(row) if row is not None else None

    def touch(self, learner_id: int) -> None:
        Learner.update(last_seen=self.now()).where(Learner.id == learner_id).execute()

    # -- worlds ---------------------------------------------------------------------------
    def _world_name(self, learner_id: int) -> str:
        if self.is_postgres:
            return f"mondo_{learner_id}"
        stem, suffix = self.path.stem, self.path.suffix or ".sqlite3"
        return f"{stem}.mondo-{learner_id}{suffix}"

    def world_path(self, learner: LearnerInfo) -> Path:
        assert self.path is not None
        return self.path.with_name(learner.world or self._world_name(learner.id))

    def template_path(self) -> Path:
        stem, suffix = self.path.stem, self.path.suffix or ".sqlite3"
        return self.path.with_name(f"{stem}.modello{suffix}")

    def open_world(self, learner: LearnerInfo):
        """The learner's world, created from the template on first use. Becomes the
        process's active world."""
        from ..world import World

        self.touch(learner.id)
        if self.is_postgres:
            return self._open_pg_world(learner, World)
        path = self.world_path(learner)
        dbmod.check_writable(path)
        if not path.exists() or path.stat().st_size == 0:
            self._create_sqlite_world(path)
        dbmod.check_sqlite_file(path)
        return World(db=dbmod.sqlite_database(path), path=path, name=learner.world)

    def _create_sqlite_world(self, path: Path) -> None:
        with self._exclusive("worlds"):
            if path.exists() and path.stat().st_size > 0:
                return  # made meanwhile by another kiosk
            template = self._sqlite_template()
            tmp = path.with_name(f"{path.name}.{os.getpid()}.nuovo")
            dbmod.copy_sqlite(template, tmp)
            _publish(tmp, path)

    def _sqlite_template(self) -> Path:
        """The seeded template, made (or remade after a program update) when needed."""
        from ..world import World

        template = self.template_path()
        if template.exists() and _sqlite_fingerprint(template) == template_fingerprint():
            return template
        tmp = template.with_name(f"{template.name}.{os.getpid()}.nuovo")
        for stale in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            stale.unlink(missing_ok=True)
        world = World(tmp)
        from ..services import settings

        settings.set_value("template.fingerprint", template_fingerprint())
        world.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        world.close()
        os.replace(tmp, template)
        return template

    def _open_pg_world(self, learner: LearnerInfo, World):
        schema = learner.world or self._world_name(learner.id)
        if schema != "public" and not dbmod.schema_exists(self.db, schema):
            with self._exclusive("worlds"):
                if not dbmod.schema_exists(self.db, schema):
                    self._pg_template()
                    db = dbmod.postgres_database(self.target, schema)
                    dbmod.connect(db)
                    from ..models import ALL_MODELS

                    with db.atomic():
                        with db.bind_ctx(ALL_MODELS):
                            dbmod.copy_schema(db, PG_TEMPLATE, schema, ALL_MODELS)
                    db.close()
        db = dbmod.postgres_database(self.target, schema)
        backup = lambda v: dbmod.snapshot_schema(db, schema, f"{schema}_v{v}_bak")  # noqa: E731
        return World(db=db, backup=backup, name=schema)

    def _pg_template(self) -> None:
        from ..world import World

        if dbmod.schema_exists(self.db, PG_TEMPLATE):
            db = dbmod.postgres_database(self.target, PG_TEMPLATE)
            dbmod.connect(db)
            try:
                fresh = (dbmod.table_exists(db, "setting") and db.execute_sql(
                    "SELECT value FROM setting WHERE key = 'template.fingerprint'").fetchone()
                         == (template_fingerprint(),))
            finally:
                db.close()
            if fresh:
                return
            dbmod.drop_schema(self.db, PG_TEMPLATE)
        dbmod.create_schema(self.db, PG_TEMPLATE)
        world = World(db=dbmod.postgres_database(self.target, PG_TEMPLATE), name=PG_TEMPLATE)
        from ..services import settings

        settings.set_value("template.fingerprint", template_fingerprint())
        world.close()

    def reset_world(self, learner_id: int) -> None:
        """Order a new world for the learner (applied by the process that has it open)."""
        self.post_order(learner_id, "reset")

    # -- orders ---------------------------------------------------------------------------
    def post_order(self, learner_id: int | None, kind: str, **payload) -> list[int]:
        """An order for one learner's world, or (learner_id None) for every learner."""
        ids = [learner_id] if learner_id is not None else [r.id for r in Learner.select(Learner.id)]
        made = []
        with self.db.atomic():
            for lid in ids:
                made.append(WorldOrder.create(learner=lid, kind=kind, created_at=self.now(),
                                              payload_json=json.dumps(payload, ensure_ascii=False)).id)
        return made

    def pending_orders(self, learner_id: int) -> list[tuple[int, str, dict]]:
        rows = (WorldOrder.select().where((WorldOrder.learner == learner_id) & WorldOrder.applied_at.is_null())
                .order_by(WorldOrder.id))
        return [(r.id, r.kind, json.loads(r.payload_json or "{}")) for r in rows]

    def mark_applied(self, order_id: int, outcome: str = "") -> None:
        WorldOrder.update(applied_at=self.now(), outcome=outcome).where(WorldOrder.id == order_id).execute()

    # -- assignments ----------------------------------------------------------------------
    def assign(self, learner_id: int | None, *, lesson_key: str | None = None, mode: str = "allenamento",
               persona_key: str | None = None) -> None:
        if mode not in ("allenamento", "verifica"):
            raise ClassroomError("La modalità è «allenamento» oppure «verifica».")
        Assignment.create(learner=learner_id, lesson_key=lesson_key, mode=mode, persona_key=persona_key,
                          created_at=self.now())

    def assignment_for(self, learner_id: int) -> dict | None:
        """The newest assignment of the learner, or of the whole class."""
        row = (Assignment.select().where((Assignment.learner == learner_id) | Assignment.learner.is_null())
               .order_by(Assignment.id.desc()).first())
        if row is None:
            return None
        return {"lesson_key": row.lesson_key, "mode": row.mode, "persona_key": row.persona_key}

    # -- settings and the trainer's code ---------------------------------------------------
    def setting(self, key: str) -> str:
        row = ClassSetting.get_or_none(ClassSetting.key == key)
        return row.value if row is not None else SETTING_DEFAULTS.get(key, "")

    def set_setting(self, key: str, value: str) -> None:
        (ClassSetting.insert(key=key, value=str(value))
         .on_conflict(conflict_target=[ClassSetting.key], update={ClassSetting.value: str(value)})
         .execute())

    def has_trainer_code(self) -> bool:
        return bool(self.setting("trainer.code_hash"))

    def set_trainer_code(self, code: str, *, current: str | None = None) -> None:
        from ..services import security

        code = code.strip()
        if len(code) < 6:
            raise ClassroomError("Il codice del formatore deve avere almeno 6 caratteri.")
        if self.has_trainer_code() and not self.check_trainer_code(current or ""):
            raise ClassroomError("Il codice attuale non è corretto.")
        self.set_setting("trainer.code_hash", security.hash_secret(code))

    def check_trainer_code(self, code: str) -> bool:
        from ..services import security

        stored = self.setting("trainer.code_hash")
        return bool(stored) and security.verify_secret(code.strip(), stored)

    # -- a change marker, cheap to poll -------------------------------------------------------
    def change_marker(self, learner_id: int | None = None) -> tuple:
        """Changes when another process posts an order for the learner (`learner_id`), or,
        for the console (no learner), when anything in the classroom changes: a lesson
        run advancing, a learner added, renamed or seen, an order applied, an assignment."""
        query = WorldOrder.select(pw.fn.MAX(WorldOrder.id))
        if learner_id is not None:
            query = query.where(WorldOrder.learner == learner_id)
            return (query.scalar(), Learner.select(pw.fn.MAX(Learner.id)).scalar())
        return (query.scalar(), Learner.select(pw.fn.MAX(Learner.id)).scalar(), *self._store_version())

    def _store_version(self) -> tuple:
        """A cheap fingerprint of the whole store (two small queries). SQLite's data_version moves
        on every commit by another connection (other processes included); PostgreSQL's
        xmin of each row changes with every update, so their sum per table does. The
        lesson runs' aggregates also catch this connection's own writes."""
        runs = (LessonRun.select(pw.fn.COUNT(LessonRun.id), pw.fn.MAX(LessonRun.updated_at),
                                 pw.fn.SUM(LessonRun.step + LessonRun.mistakes + LessonRun.hints),
                                 pw.fn.SUM(LessonRun.real_seconds))
                .tuples().first())
        if self.is_postgres:
            tables = [m._meta.table_name for m in (LessonRun, Learner, WorldOrder, Assignment, ClassSetting)]
            sums = ", ".join(f"(SELECT SUM(xmin::text::bigint) FROM {t})" for t in tables)
            version = self.db.execute_sql(f"SELECT {sums}").fetchone()
        else:
            version = self.db.execute_sql("PRAGMA data_version").fetchone()
        return (*runs, *version)


def clean_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise ClassroomError("Scriva il nome dell'allievo.")
    if len(name) > 60:
        raise ClassroomError("Il nome è troppo lungo: al massimo 60 caratteri.")
    if any(not ch.isprintable() or 0xD800 <= ord(ch) <= 0xDFFF for ch in name):
        raise ClassroomError("Il nome contiene caratteri non ammessi.")
    return name


def _sqlite_fingerprint(path: Path) -> str:
    import sqlite3

    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM setting WHERE key = 'template.fingerprint'").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return ""
    return row[0] if row else ""


def _publish(tmp: Path, target: Path) -> None:
    """Put a finished file in place without ever replacing one that exists."""
    try:
        os.link(tmp, target)
    except FileExistsError:
        pass
    except OSError:  # no hard links here: a rename that refuses to overwrite where it can
        if not target.exists():
            os.replace(tmp, target)
    tmp.unlink(missing_ok=True)


def open_learner_world(target: str | Path, *, learner: str | None = None, reset: bool = False,
                       ask_new_world: Callable[[str], bool] | None = None):
    """Open the classroom at `target`, choose the learner (`--learner`) and open their
    world: the World returned carries `.classroom` and `.learner`. A damaged file (the
    classroom's or the world's) is moved aside, never deleted, if `ask_new_world(message)`
    agrees; otherwise DatabaseCorrupted is raised. Pending orders are not applied here."""
    classroom = _with_recovery(lambda: Classroom(target), ask_new_world)
    try:
        info = classroom.choose(learner)
        world = _with_recovery(lambda: classroom.open_world(info), ask_new_world)
    except BaseException:
        classroom.close()
        raise
    world.classroom = classroom
    world.learner = info
    if reset:
        world.reset()
    return world


def _with_recovery(opener, ask_new_world):
    """Open; a damaged file is moved aside (if the user agrees) and a new one started.
    Only damage is offered this way: a read-only file, a full disk or a folder that
    cannot be written are explained (DatabaseNotWritable) and nothing is moved."""
    try:
        return opener()
    except dbmod.DatabaseCorrupted as exc:
        if exc.path is None or ask_new_world is None:
            raise
        found = exc.identity or dbmod.file_identity(exc.path)
        if not ask_new_world(exc.message):
            raise
        kept = dbmod.quarantine(exc.path, expected=found)  # None: another window already did
        opened = opener()
        if kept is not None and hasattr(opened, "events"):
            opened.events.record("world.recovered", damaged_copy=str(kept))
        return opened
