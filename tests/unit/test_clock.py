import datetime as dt

import pytest

from app.services.clock import WORLD_START, Clock, add_months
from app.classroom import open_learner_world


def test_world_starts_on_seed_date(world):
    assert world.clock.now() == WORLD_START


def test_advance_units(world):
    start = world.clock.now()
    assert world.clock.advance(hours=5) == start + dt.timedelta(hours=5)
    assert world.clock.advance(days=1) == start + dt.timedelta(hours=5, days=1)
    assert world.clock.advance(weeks=2) == start + dt.timedelta(hours=5, days=15)
    assert world.clock.advance(months=6).month == 4


def test_clock_is_persisted(db_path):
    w = open_learner_world(db_path)
    w.clock.advance(days=14)
    w.close()
    w2 = open_learner_world(db_path)
    assert w2.clock.now() == WORLD_START + dt.timedelta(days=14)
    w2.close()


def test_clock_never_goes_back(world):
    with pytest.raises(ValueError):
        world.clock.advance(days=-1)
    with pytest.raises(ValueError):
        world.clock.set(WORLD_START - dt.timedelta(days=1))


def test_listeners_told(world):
    seen = []
    world.clock.listeners.append(seen.append)
    world.clock.advance(days=1)
    assert seen == [WORLD_START + dt.timedelta(days=1)]


@pytest.mark.parametrize(
    "start, months, expected",
    [
        (dt.datetime(2018, 1, 31), 1, dt.datetime(2018, 2, 28)),
        (dt.datetime(2020, 1, 31), 1, dt.datetime(2020, 2, 29)),
        (dt.datetime(2018, 10, 15), 6, dt.datetime(2019, 4, 15)),
        (dt.datetime(2018, 10, 15), -3, dt.datetime(2018, 7, 15)),
        (dt.datetime(2018, 12, 1), 1, dt.datetime(2019, 1, 1)),
    ],
)
def test_add_months(start, months, expected):
    assert add_months(start, months) == expected


def test_new_clock_reads_database(world):
    world.clock.advance(days=3)
    assert Clock().now() == WORLD_START + dt.timedelta(days=3)


def test_a_clock_move_is_logged_before_what_it_causes(world):
    """The lesson engine reads the log in order: "clock.advanced" comes before the letter."""
    from app.models import Event
    from app.services import clock, scenarios

    scenarios.apply(world, "pin_richiesto_online", "senza_credenziali")
    mark = world.events.last_id()
    clock.advance_step(world, "2 settimane")
    kinds = [e.kind for e in Event.select().where(Event.id > mark).order_by(Event.id)]
    assert kinds[0] == "clock.advanced" and "pin.complete" in kinds
