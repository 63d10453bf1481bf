"""The World: one opened database with its clock and event log.

Every service function takes the World as its first argument. Building it opens
(or creates, or upgrades) the database; a brand-new database is filled with the
demo personas.
"""
from __future__ import annotations

from pathlib import Path

from . import db as dbmod
from .services.clock import Clock
from .services.events import EventLog


class World:
    def __init__(self, target: str | Path, *, seed: bool = True) -> None:
        self.target = str(target)
        self.db = dbmod.open_database(target)
        self.clock = Clock()
        self.events = EventLog(self.clock)
        if seed:
            from .services import personas

            if not personas.is_seeded(self):
                personas.seed_world(self)

    def reset(self) -> None:
        """Restore the demo world: every table emptied, personas recreated, clock at the start."""
        from .services import personas

        personas.reset_world(self)

    def close(self) -> None:
        dbmod.close_database()
