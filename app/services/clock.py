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
    """Persisted simulated time. `listeners` are called with the new time after each move."""

    def __init__(self) -> None:
        self._now: dt.datetime | None = None
        self.listeners: list = []

    def now(self) -> dt.datetime:
        if self._now is None:
            row = ClockState.get_or_none()
            if row is None:
                row = ClockState.create(now=WORLD_START)
            self._now = row.now
        return self._now

    def today(self) -> dt.date:
        return self.now().date()

    def set(self, moment: dt.datetime) -> dt.datetime:
        if moment < self.now():
            raise ValueError("Il tempo simulato non può tornare indietro.")
        return self._store(moment)

    def reset(self, moment: dt.datetime = WORLD_START) -> dt.datetime:
        """Only for a new world (--reset): time may go back to the start."""
        return self._store(moment)

    def advance(self, *, hours: int = 0, days: int = 0, weeks: int = 0, months: int = 0) -> dt.datetime:
        if min(hours, days, weeks, months) < 0:
            raise ValueError("Il tempo simulato va solo avanti.")
        moment = self.now() + dt.timedelta(hours=hours, days=days, weeks=weeks)
        if months:
            moment = add_months(moment, months)
        return self._store(moment)

    def _store(self, moment: dt.datetime) -> dt.datetime:
        moment = moment.replace(microsecond=0)
        updated = ClockState.update(now=moment).execute()
        if not updated:
            ClockState.create(now=moment)
        self._now = moment
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
    before = world.clock.now()
    after = world.clock.advance(**STEPS[step])
    world.events.record("clock.advanced", step=step, before=before.isoformat(), after=after.isoformat())
    return after
