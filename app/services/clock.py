"""The simulated clock. Every service reads the time from here, never from the real clock.

The world starts on Monday 15 October 2018 at 09:00 (the date of seed 000's screenshot).
"""
from __future__ import annotations

import calendar
import datetime as dt

from app.models import ClockState

WORLD_START = dt.datetime(2018, 10, 15, 9, 0)


def add_months(moment: dt.datetime, months: int) -> dt.datetime:
    """Calendar months, clamping the day (31 Jan + 1 month = 28/29 Feb)."""
    month_index = moment.month - 1 + months
    year = moment.year + month_index // 12
    month = month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


class Clock:
    """Persisted simulated time. The time is read from the database at every call (never
    cached), so several windows on one world share one clock; a move happens inside a
    write transaction and never goes back. `listeners` are called with the new time after
    each move."""

    def __init__(self, db=None) -> None:
        self._db = db
        self.listeners: list = []
        # Called as on_move(before, after) inside the move's transaction: the world's
        # time rules (app.services.time_rules), so what is due happens with the move.
        self.on_move = None

    def _database(self):
        return self._db if self._db is not None else ClockState._meta.database

    def now(self) -> dt.datetime:
        moment = ClockState.select(ClockState.now).order_by(ClockState.id).limit(1).scalar()
        if moment is None:
            ClockState.insert(id=1, now=WORLD_START).on_conflict_ignore().execute()
            moment = ClockState.select(ClockState.now).order_by(ClockState.id).limit(1).scalar()
        return moment

    def today(self) -> dt.date:
        return self.now().date()

    def set(self, moment: dt.datetime) -> dt.datetime:
        with self._database().atomic():
            before = self.locked_now()
            if moment.replace(microsecond=0) < before:
                raise ValueError("Il tempo simulato non può tornare indietro.")
            return self._store(moment, before)

    def reset(self, moment: dt.datetime = WORLD_START) -> dt.datetime:
        """Only for a new world (--reset): time may go back to the start."""
        with self._database().atomic():
            return self._store(moment)

    def advance(self, *, hours: int = 0, days: int = 0, weeks: int = 0, months: int = 0,
                announce=None) -> dt.datetime:
        """Move forward. `announce(before, after)` runs in the same transaction right after
        the move and before the time rules (so the move's own event comes first in the log)."""
        if min(hours, days, weeks, months) < 0:
            raise ValueError("Il tempo simulato va solo avanti.")
        with self._database().atomic():
            before = self.locked_now()
            moment = before + dt.timedelta(hours=hours, days=days, weeks=weeks)
            if months:
                moment = add_months(moment, months)
            return self._store(moment, before, announce)

    def locked_now(self) -> dt.datetime:
        """The current time, read under the write lock (a row lock on PostgreSQL; SQLite's
        transactions already hold the database's write lock from their start)."""
        self.now()  # make sure the row exists
        from app.db import for_update

        return for_update(ClockState.select(ClockState.now).order_by(ClockState.id).limit(1)).scalar()

    def _store(self, moment: dt.datetime, before: dt.datetime | None = None, announce=None) -> dt.datetime:
        """Inside the caller's transaction. `before` is None for a reset (no rules run)."""
        moment = moment.replace(microsecond=0)
        updated = ClockState.update(now=moment).execute()
        if not updated:
            ClockState.insert(id=1, now=moment).on_conflict_ignore().execute()
        if announce is not None:
            announce(before, moment)
        if before is not None and self.on_move is not None:
            self.on_move(before, moment)
        for listener in list(self.listeners):
            listener(moment)
        return moment


# The steps offered by the Orologio panel: its button label -> Clock.advance arguments.
STEPS: dict[str, dict[str, int]] = {
    "1 ora": {"hours": 1},
    "1 giorno": {"days": 1},
    "1 settimana": {"weeks": 1},
    "2 settimane": {"weeks": 2},
    "6 mesi": {"months": 6},
}


def advance_step(world, step: str) -> dt.datetime:
    """The learner moves time forward by one of STEPS (e.g. "2 settimane", the time a
    letter takes); recorded as "clock.advanced". Unknown steps raise ValueError."""
    if step not in STEPS:
        raise ValueError(f"unknown clock step {step!r}")
    def announce(before: dt.datetime, after: dt.datetime) -> None:
        world.events.record("clock.advanced", step=step, before=before.isoformat(), after=after.isoformat())

    # The move, its event and what the time rules do because of it: one commit, in this order.
    return world.clock.advance(**STEPS[step], announce=announce)
