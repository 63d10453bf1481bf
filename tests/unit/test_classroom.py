"""The classroom store: learners each with their own world, on SQLite and PostgreSQL."""
import datetime as dt
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app import db as dbmod
from app.classroom import Classroom, ClassroomError, open_learner_world
from app.models import Citizen, Event, Pin
from app.services import clock, settings
from app.services.clock import WORLD_START

ROOT = Path(__file__).resolve().parents[2]


def _open(target, learner=None):
    return open_learner_world(target, learner=learner)


def test_first_start_makes_learner_io_with_the_demo_world(classroom_target):
    world = _open(classroom_target)
    assert world.learner.name == "Io"
    assert Citizen.select().where(Citizen.persona_key.is_null(False)).count() >= 8
    assert world.clock.now() == WORLD_START
    assert [lr.name for lr in world.classroom.learners()] == ["Io"]
    world.close()
    again = _open(classroom_target)  # the same learner, the same world
    assert again.learner.id == world.learner.id
    again.close()


def test_two_learners_have_independent_clocks_pins_and_settings(classroom_target):
    anna = _open(classroom_target, "Anna")
    clock.advance_step(anna, "2 settimane")
    pin = Pin.select().where(Pin.state == "active").first()
    pin.state = "locked"
    pin.save()
    settings.set_value("pin.max_failures", "7")  # the upsert works on both engines
    settings.set_value("pin.max_failures", "8")
    locked_id = pin.id
    anna.close()

    bruno = _open(classroom_target, "Bruno")
    assert bruno.learner.name == "Bruno" and bruno.learner.id != anna.learner.id
    assert bruno.clock.now() == WORLD_START
    assert Pin.get_by_id(locked_id).state == "active"
    assert settings.get("pin.max_failures") == "5"
    bruno.close()

    anna = _open(classroom_target, "Anna")
    assert anna.clock.now() == WORLD_START + dt.timedelta(weeks=2)
    assert Pin.get_by_id(locked_id).state == "locked"
    assert settings.get("pin.max_failures") == "8"
    assert {lr.name for lr in anna.classroom.learners()} == {"Anna", "Bruno"}
    anna.close()


def test_a_clock_move_and_its_event_are_one_commit(classroom_target):
    world = _open(classroom_target)
    before = Event.select().count()
    with pytest.raises(RuntimeError):
        with world.db.atomic():
            clock.advance_step(world, "1 giorno")
            raise RuntimeError("crash between the two writes")
    assert world.clock.now() == WORLD_START and Event.select().count() == before
    world.close()


def test_same_name_learners_are_told_apart(classroom_target):
    classroom = Classroom(classroom_target)
    first = classroom.add_learner("Anna")
    second = classroom.add_learner("Anna")
    with pytest.raises(ClassroomError) as info:
        classroom.choose("anna")
    assert "più allievi" in info.value.message and f"Anna#{first.id}" in info.value.message
    assert classroom.choose(f"Anna#{second.id}") == second
    assert classroom.choose(second.label) == second
    assert classroom.choose(first.code.lower()) == first
    assert first.code != second.code and len(first.code) == 4
    with pytest.raises(ClassroomError):
        classroom.add_learner("   ")
    with pytest.raises(ClassroomError):
        classroom.add_learner("A\ud800")
    classroom.close()


def test_orders_wait_for_the_learners_process(classroom_target):
    classroom = Classroom(classroom_target)
    anna = classroom.add_learner("Anna")
    bruno = classroom.add_learner("Bruno")
    marker = classroom.change_marker(anna.id)
    classroom.post_order(anna.id, "fault", fault="pin_bloccato", persona="dipendente")
    classroom.post_order(None, "reset")  # the whole class
    assert classroom.change_marker(anna.id) != marker
    pending = classroom.pending_orders(anna.id)
    assert [kind for _id, kind, _p in pending] == ["fault", "reset"]
    assert pending[0][2] == {"fault": "pin_bloccato", "persona": "dipendente"}
    classroom.mark_applied(pending[0][0], "fatto")
    assert [kind for _id, kind, _p in classroom.pending_orders(anna.id)] == ["reset"]
    assert [kind for _id, kind, _p in classroom.pending_orders(bruno.id)] == ["reset"]
    classroom.close()


def test_trainer_code_is_stored_hashed(classroom_target):
    classroom = Classroom(classroom_target)
    assert not classroom.has_trainer_code()
    with pytest.raises(ClassroomError):
        classroom.set_trainer_code("123")
    classroom.set_trainer_code("aula-2018")
    assert classroom.setting("trainer.code_hash").startswith("scrypt$")
    assert "aula-2018" not in classroom.setting("trainer.code_hash")
    assert classroom.check_trainer_code("aula-2018") and not classroom.check_trainer_code("aula-2019")
    with pytest.raises(ClassroomError):
        classroom.set_trainer_code("nuovo-codice", current="sbagliato")
    classroom.set_trainer_code("nuovo-codice", current="aula-2018")
    assert classroom.check_trainer_code("nuovo-codice")
    assert classroom.setting("kiosk.idle_minutes") == "10"
    classroom.close()


def test_assignment_of_the_learner_wins_over_the_class(classroom_target):
    classroom = Classroom(classroom_target)
    anna = classroom.add_learner("Anna")
    classroom.assign(None, persona_key="pensionata")
    assert classroom.assignment_for(anna.id)["persona_key"] == "pensionata"
    classroom.assign(anna.id, lesson_key="primo-accesso", mode="verifica")
    assert classroom.assignment_for(anna.id) == {"lesson_key": "primo-accesso", "mode": "verifica",
                                                 "persona_key": None}
    with pytest.raises(ClassroomError):
        classroom.assign(anna.id, mode="esame")
    classroom.close()


# -- SQLite files ---------------------------------------------------------------------------


def test_worlds_are_files_beside_the_classroom_copied_from_a_template(tmp_path):
    target = tmp_path / "aula.sqlite3"
    anna = _open(target, "Anna")
    anna.close()
    bruno = _open(target, "Bruno")
    bruno.close()
    names = {p.name for p in tmp_path.iterdir() if p.suffix == ".sqlite3"}
    assert {"aula.sqlite3", "aula.modello.sqlite3", f"aula.mondo-{anna.learner.id}.sqlite3",
            f"aula.mondo-{bruno.learner.id}.sqlite3"} <= names
    con = sqlite3.connect(target)  # the classroom file holds no world tables
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    con.close()
    assert "citizen" not in tables and "learner" in tables


def test_single_world_file_becomes_a_classroom_with_learner_io(tmp_path):
    old = tmp_path / "palestra.sqlite3"
    from app.world import World

    world = World(old)  # the format of earlier versions: one world in the file
    clock.advance_step(world, "6 mesi")
    citizens = Citizen.select().count()
    world.close()

    world = _open(old)
    assert world.learner.name == "Io" and world.learner.world == "palestra.sqlite3"
    assert world.clock.now() == clock.add_months(WORLD_START, 6)  # nothing practised is lost
    assert Citizen.select().count() == citizens
    world.close()
    anna = _open(old, "Anna")  # a new learner gets a world of their own, not the old one
    assert anna.clock.now() == WORLD_START
    anna.close()
    io = _open(old, "Io")
    assert io.clock.now() == clock.add_months(WORLD_START, 6)
    io.close()


def test_version_1_single_world_is_migrated_with_a_backup(tmp_path):
    path = tmp_path / "vecchio.sqlite3"
    con = sqlite3.connect(path)
    con.executescript((ROOT / "tests" / "data" / "schema_v1.sql").read_text(encoding="utf-8"))
    con.close()
    world = _open(path)
    assert dbmod.current_version(world.db) == dbmod.LATEST_VERSION
    assert (tmp_path / "vecchio.sqlite3.v1.bak").exists()
    world.close()


def test_foreign_file_is_refused(tmp_path):
    path = tmp_path / "ricette.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE ricette (nome TEXT)")
    con.commit()
    con.close()
    with pytest.raises(dbmod.DatabaseCorrupted):
        Classroom(path)


def test_template_is_remade_when_the_personas_change(tmp_path, monkeypatch):
    target = tmp_path / "aula.sqlite3"
    _open(target, "Anna").close()
    template = tmp_path / "aula.modello.sqlite3"
    first = template.stat().st_mtime_ns
    _open(target, "Bruno").close()
    assert template.stat().st_mtime_ns == first  # reused
    import app.classroom as classroom_module

    monkeypatch.setattr(classroom_module, "template_fingerprint", lambda: "altro")
    _open(target, "Carla").close()
    assert template.stat().st_mtime_ns != first


_OPEN_AT_ONCE = """
import sys
sys.path.insert(0, {root!r})
from app.services import security
security.set_fast_hashing(True)
from app.classroom import open_learner_world
from app.models import Citizen
world = open_learner_world({target!r}, learner="Nuovo")
print(world.learner.id, Citizen.select().count())
world.close()
"""


def test_two_kiosks_creating_the_same_new_world_at_once(classroom_target):
    Classroom(classroom_target).close()
    code = _OPEN_AT_ONCE.format(root=str(ROOT), target=classroom_target)
    procs = [subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for _ in range(3)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), [err for _out, err in outs]
    answers = {out.strip() for out, _err in outs}
    assert len(answers) == 1  # one learner "Nuovo", one world, fully seeded
    learner_id, citizens = answers.pop().split()
    assert int(citizens) >= 8
    classroom = Classroom(classroom_target)
    assert [lr.name for lr in classroom.learners()] == ["Nuovo"]
    classroom.close()


# -- PostgreSQL -------------------------------------------------------------------------------


def test_unreachable_server_gives_an_italian_message(tmp_path):
    url = f"postgresql://nessuno@/aula?host={tmp_path}"  # no server listens on this socket
    with pytest.raises(dbmod.DatabaseUnavailable) as info:
        Classroom(url)
    assert "Il server dell'aula non risponde" in info.value.message


def test_postgres_worlds_are_schemas(pg_url):
    anna = _open(pg_url, "Anna")
    anna_schema = anna.learner.world
    anna.close()
    classroom = Classroom(pg_url)
    schemas = {r[0] for r in classroom.db.execute_sql("SELECT nspname FROM pg_namespace").fetchall()}
    assert {"classroom", "modello", anna_schema} <= schemas
    classroom.close()


def test_a_world_migration_on_postgres_keeps_a_copy_of_the_schema(pg_url):
    world = _open(pg_url)
    schema = world.learner.world
    world.db.execute_sql("UPDATE schema_version SET version = 1")  # as made by the first version
    world.db.execute_sql('ALTER TABLE contact DROP COLUMN verified_at')
    world.close()
    world = _open(pg_url)
    assert dbmod.current_version(world.db) == dbmod.LATEST_VERSION
    row = world.db.execute_sql(
        "SELECT 1 FROM pg_tables WHERE schemaname = %s AND tablename = 'citizen'", (f"{schema}_v1_bak",)).fetchone()
    assert row is not None
    world.close()


@pytest.fixture(autouse=True)
def _no_leftover_template_files(tmp_path):
    yield
    for leftover in tmp_path.glob("*.nuovo"):
        pytest.fail(f"temporary file left behind: {leftover.name}")
    shutil.rmtree(tmp_path, ignore_errors=True)


def test_the_server_driver_is_not_loaded_by_a_home_start():
    """psycopg (and libpq) cost 90-160 ms to import: a start on SQLite never loads them."""
    code = ("import sys; sys.path.insert(0, %r)\n"
            "from app.classroom import open_learner_world\n"
            "import peewee\n"
            "print(sys.modules.get('psycopg') is not None)") % str(ROOT)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "False", done.stderr
