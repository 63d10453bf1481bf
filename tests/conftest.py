"""Shared fixtures. Qt runs offscreen so the tests need no screen."""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "1")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

pytest_plugins = ["tests.netguard"]  # any test that opens a network connection fails
import pytest  # noqa: E402

from app.services import security  # noqa: E402
from app.classroom import open_learner_world  # noqa: E402
from app.world import World  # noqa: E402

# Hashes keep their format and checks; only the cost is lowered for speed.
security.set_fast_hashing(True)


CLASSROOM_FILE = "palestra.sqlite3"


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory) -> Path:
    """One seeded classroom per test session (learner "Io" with the demo world, and the
    world template); each test gets a copy. Returns the classroom file."""
    path = tmp_path_factory.mktemp("template") / CLASSROOM_FILE
    world = open_learner_world(path)
    world.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    world.classroom.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    world.close()
    return path


@pytest.fixture
def db_path(seeded_template, tmp_path) -> Path:
    """A fresh copy of the seeded classroom: what `--db` names."""
    for source in seeded_template.parent.iterdir():
        if source.suffix == ".sqlite3":
            shutil.copy(source, tmp_path / source.name)
    return tmp_path / CLASSROOM_FILE


@pytest.fixture
def world(db_path):
    w = open_learner_world(db_path)
    yield w
    w.close()


@pytest.fixture(scope="session")
def pg_server():
    """A throwaway PostgreSQL cluster on a Unix socket, started the first time a test asks."""
    from tests.pg import Server

    server = Server()
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server, request) -> str:
    """A fresh, empty database on the test server: a classroom URL for `--db`."""
    import re

    name = "t_" + re.sub(r"[^a-z0-9]+", "_", request.node.name.lower())[:50]
    return pg_server.new_database(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def classroom_target(request, tmp_path) -> str:
    """The same test on both engines: a classroom file, or a classroom server."""
    if request.param == "sqlite":
        return str(tmp_path / "aula.sqlite3")
    return request.getfixturevalue("pg_url")


@pytest.fixture(params=["sqlite", "postgresql"])
def journey_db(request):
    """For the journeys that run on both engines: `--db` for make_window."""
    if request.param == "sqlite":
        return request.getfixturevalue("db_path")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def empty_world(tmp_path):
    """A world with schema but no personas."""
    w = World(tmp_path / "empty.sqlite3", seed=False)
    yield w
    w.close()

os.environ.setdefault("PALESTRA_STRICT", "1")
