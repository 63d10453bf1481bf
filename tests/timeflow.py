"""Moving the simulated clock in tests as the Orologio does: the move, then the time
rules (app.services.time_rules) in the same transaction. Tests that move time by an
amount the Orologio has no button for use these instead of world.clock.advance/set,
which only move the hands (or, once the clock runs the rules itself through
`Clock.on_move`, do the same: the rules are idempotent).

`hands_only(world)` moves the hands without the rules, for the tests of a rule itself
and of reads that must stay pure when something is due."""
from __future__ import annotations

import contextlib
import datetime as dt

from app.services import time_rules


def advance(world, **amount) -> dt.datetime:
    """world.clock.advance(**amount) (hours=, days=, weeks=, months=), then the rules due."""
    with world.db.atomic():
        before = world.clock.now()
        after = world.clock.advance(**amount)
        time_rules.run_due(world, before, after)
    return after


def set_time(world, moment: dt.datetime) -> dt.datetime:
    """world.clock.set(moment) (never backwards), then the rules due."""
    with world.db.atomic():
        before = world.clock.now()
        after = world.clock.set(moment)
        time_rules.run_due(world, before, after)
    return after


@contextlib.contextmanager
def hands_only(world):
    """Inside the block, world.clock.advance/set move the time without the time rules."""
    saved = getattr(world.clock, "on_move", None)
    world.clock.on_move = None
    try:
        yield world.clock
    finally:
        world.clock.on_move = saved
