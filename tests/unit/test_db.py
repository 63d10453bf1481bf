"""Database: creation, versioned migrations with a backup, damaged files kept aside."""
import sqlite3
from pathlib import Path

import pytest

from app import db as dbmod
from app.models import Citizen, Contact, Contribution, SchemaVersion
from app.world import World
from main import open_world

V1_DUMP = Path(__file__).resolve().parent.parent / "data" / "schema_v1.sql"


def _load_dump(dump: Path, target: Path) -> None:
    con = sqlite3.connect(target)
    con.executescript(dump.read_text(encoding="utf-8"))
    con.close()


def test_new_database_has_latest_version_and_pragmas(tmp_path):
    w = World(tmp_path / "new.sqlite3")
    assert dbmod.current_version(w.db) == dbmod.LATEST_VERSION
    assert w.db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert w.db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    w.close()


def test_version_1_database_upgrades_without_loss(tmp_path):
    path = tmp_path / "old.sqlite3"
    _load_dump(V1_DUMP, path)
    con = sqlite3.connect(path)
    before = {t: con.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]
              for t in ("citizen", "contact", "pin", "contribution", "payment")}
    codes = sorted(r[0] for r in con.execute("SELECT codice_fiscale FROM citizen"))
    con.close()
    w = World(path, seed=False)
    assert dbmod.current_version(w.db) == dbmod.LATEST_VERSION
    assert [r.version for r in SchemaVersion.select().order_by(SchemaVersion.version)][0] == 1
    assert sorted(c.codice_fiscale for c in Citizen.select()) == codes
    assert Contribution.select().count() == before["contribution"]
    assert Contact.select().count() == before["contact"]
    assert all(c.verified_at is None for c in Contact.select())  # the v2 column exists
    assert "trainee" not in w.db.get_tables()  # v3: learners live in the classroom store
    assert "trainee" not in {c.name for c in w.db.get_columns("event")}
    backup = path.with_name(path.name + ".v1.bak")
    assert backup.exists()
    con = sqlite3.connect(backup)
    assert con.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == 1
    con.close()
    w.close()


def test_each_migration_runs_in_order():
    assert sorted(dbmod.MIGRATIONS) == list(range(2, dbmod.LATEST_VERSION + 1))


def test_garbage_file_is_reported_as_corrupted(tmp_path):
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(dbmod.DatabaseCorrupted) as info:
        World(path)
    assert "non è leggibile" in info.value.message or "danneggiato" in info.value.message


def test_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE ricette (nome TEXT)")
    con.commit()
    con.close()
    with pytest.raises(dbmod.DatabaseCorrupted):
        World(path)


def test_damaged_file_kept_aside_and_new_world_started(tmp_path):
    path = tmp_path / "broken.sqlite3"
    garbage = b"\x00garbage" * 500
    path.write_bytes(garbage)
    asked = []
    world = open_world(str(path), ask_new_world=lambda msg: asked.append(msg) or True)
    assert asked and Citizen.select().count() >= 8
    kept = [p for p in tmp_path.iterdir() if ".danneggiato-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == garbage
    world.close()


def test_declining_a_new_world_keeps_the_file(tmp_path):
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"garbage" * 500)
    with pytest.raises(dbmod.DatabaseCorrupted):
        open_world(str(path), ask_new_world=lambda msg: False)
    assert path.read_bytes() == b"garbage" * 500


def test_too_new_database_is_refused(tmp_path):
    path = tmp_path / "future.sqlite3"
    w = World(path, seed=False)
    SchemaVersion.create(version=dbmod.LATEST_VERSION + 5, applied_at="2030-01-01")
    w.close()
    with pytest.raises(dbmod.DatabaseTooNew):
        World(path)


def test_sqlite_url_is_accepted(tmp_path):
    w = World(f"sqlite:///{tmp_path / 'url.sqlite3'}")
    assert Citizen.select().count() >= 8
    w.close()


def test_reset_restores_demo_world(world):
    from app.models import Pin

    Pin.delete().execute()
    world.clock.advance(days=30)
    world.reset()
    assert Pin.select().count() > 0
    assert world.clock.now() == __import__("app.services.clock", fromlist=["WORLD_START"]).WORLD_START


def test_reset_clears_world_state_but_keeps_trainer_settings(world):
    from app.models import Setting
    from app.services import settings

    settings.set_value("pin.max_failures", "3")
    settings.set_value("cns.reader", "connected")
    world.reset()
    assert settings.get("pin.max_failures") == "3"
    assert Setting.get_or_none(Setting.key == "cns.reader") is None
