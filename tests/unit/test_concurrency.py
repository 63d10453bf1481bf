"""Many windows on one world, as in a classroom (the trainer's console, two windows of
one learner): counters that lock exactly at their limit, writes that wait instead of
failing, nothing lost. Each "window" is a separate process. On SQLite and PostgreSQL."""
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.classroom import open_learner_world
from app.models import CnsCard, Event, Pin, Setting, SpidIdentity
from app.services import cns, personas

ROOT = Path(__file__).resolve().parents[2]
WORKER = ROOT / "tests" / "concurrency_worker.py"
PROCESSES = 8


def _run_all(target, action, tries):
    start_at = time.time() + 3.0  # every process is up and waiting before the first try
    procs = [subprocess.Popen([sys.executable, str(WORKER), str(target), action, str(start_at), str(tries)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(PROCESSES)]
    outs = [p.communicate(timeout=180) for p in procs]
    failed = [err for p, (_out, err) in zip(procs, outs) if p.returncode != 0]
    assert not failed, failed[0][-3000:]


def _failures(kind, **match):
    count = 0
    for event in Event.select().where(Event.kind == kind):
        detail = json.loads(event.detail_json or "{}")
        if all(k in detail and (v is None or detail[k] == v) for k, v in match.items()):
            count += 1
    return count


def _citizen(key):
    from app.models import Citizen

    return Citizen.get(Citizen.codice_fiscale == personas.codice_fiscale_of(personas.persona(key)))


@pytest.fixture
def shared_world(classroom_target):
    world = open_learner_world(classroom_target, learner="Io")
    world.close()
    return classroom_target


def test_eight_windows_guessing_a_pin_lock_it_at_exactly_the_limit(shared_world):
    _run_all(shared_world, "guess-pin", 10)
    world = open_learner_world(shared_world, learner="Io")
    pin = Pin.select().where(Pin.citizen == _citizen("dipendente")).order_by(Pin.id.desc()).first()
    assert pin.state == "locked"
    assert _failures("pin.login.failed", failures=None) == 5  # tries checked against the PIN
    assert pin.failures == 5
    world.close()


def test_eight_windows_guessing_a_spid_password_lock_it_at_exactly_the_limit(shared_world):
    _run_all(shared_world, "guess-spid", 10)
    world = open_learner_world(shared_world, learner="Io")
    identity = SpidIdentity.get(SpidIdentity.username == "maria.bianchi")
    assert identity.state == "locked"
    assert _failures("spid.login_failed", reason="password errata") == 5
    world.close()


def test_eight_windows_guessing_a_card_pin_block_it_at_exactly_the_limit(shared_world):
    world = open_learner_world(shared_world, learner="Io")
    card = CnsCard.get(CnsCard.citizen == _citizen("pensionata"))
    cns.connect_reader(world)
    cns.insert_card(world, card.id)
    world.close()
    _run_all(shared_world, "guess-cns", 10)
    world = open_learner_world(shared_world, learner="Io")
    card = CnsCard.get_by_id(card.id)
    assert card.blocked or card.pin_failures >= 3
    assert _failures("cns.pin_failed") == 3
    world.close()


WRITE_SECONDS = 30


def test_two_windows_writing_one_world_lose_nothing_and_raise_nothing(shared_world, tmp_path):
    logs = [tmp_path / "a.log", tmp_path / "b.log"]
    procs = [subprocess.Popen([sys.executable, str(WORKER), str(shared_world), "write", str(WRITE_SECONDS), str(log)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for log in logs]
    outs = [p.communicate(timeout=WRITE_SECONDS + 120) for p in procs]
    assert all(p.returncode == 0 for p in procs), [err[-3000:] for _o, err in outs]
    world = open_learner_world(shared_world, learner="Io")
    lines = [line.split() for log in logs for line in log.read_text().splitlines()]
    assert len(lines) > 100  # both really wrote, many times
    clock_moves = sum(1 for kind, _ in lines if kind == "clock")
    assert _failures("clock.advanced") == clock_moves  # every move has its event
    import datetime as dt

    from app.services.clock import WORLD_START
    assert world.clock.now() == WORLD_START + dt.timedelta(hours=clock_moves)  # no move lost
    for kind, ref in lines:
        if kind == "setting":
            assert Setting.get_or_none(Setting.key == ref) is not None, ref
        elif kind == "event":
            assert Event.get_or_none(Event.id == int(ref)) is not None, ref
    world.close()
