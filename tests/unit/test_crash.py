"""kill -9 at random moments while a process writes through the services: after each,
the world and the classroom store open, SQLite's integrity check says ok on both, and
every operation the child logged as committed is there (issue 12)."""
import datetime as dt
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from app.classroom import open_learner_world
from app.classroom.models import Learner
from app.models import Event, Setting
from app.services.clock import WORLD_START

ROOT = Path(__file__).resolve().parents[2]
WORKER = ROOT / "tests" / "concurrency_worker.py"
KILLS = int(os.environ.get("PALESTRA_CRASH_KILLS", "30"))


def _integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def test_kill_minus_nine_during_writes_loses_nothing_committed(db_path, tmp_path):
    rng = random.Random(20181015)
    log = tmp_path / "committed.log"
    checked = 0
    for _ in range(KILLS):
        errors = (tmp_path / "stderr.txt").open("w")
        child = subprocess.Popen([sys.executable, str(WORKER), str(db_path), "write", "30", str(log)],
                                 stdout=subprocess.DEVNULL, stderr=errors)
        # Wait until it writes, then kill it at a random moment.
        start = time.time()
        size = log.stat().st_size if log.exists() else 0
        while (not log.exists() or log.stat().st_size == size) and time.time() - start < 30:
            time.sleep(0.01)
        time.sleep(rng.uniform(0.0, 0.4))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        errors.close()
        assert child.returncode == -signal.SIGKILL, (tmp_path / "stderr.txt").read_text()
        world = open_learner_world(db_path)
        world_file = db_path.with_name(world.learner.world)
        for kind, ref in (line.split() for line in log.read_text().splitlines() if line.strip()):
            if kind == "setting":
                assert Setting.get_or_none(Setting.key == ref) is not None, ref
            elif kind == "event":
                assert Event.get_or_none(Event.id == int(ref)) is not None, ref
            elif kind == "learner":
                assert Learner.get_or_none(Learner.id == int(ref)) is not None, ref
            checked += 1
        moves = Event.select().where(Event.kind == "clock.advanced").count()
        # A move and its event are one commit: the clock is exactly where its events say.
        assert world.clock.now() == WORLD_START + dt.timedelta(hours=moves)
        world.close()
        logged_moves = sum(1 for line in log.read_text().splitlines() if line.startswith("clock"))
        assert moves >= logged_moves
        assert _integrity(world_file) == "ok" and _integrity(db_path) == "ok"
    assert checked > KILLS  # the children really committed work before being killed
