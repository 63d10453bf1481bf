"""The World: one opened world database with its clock and event log.

Every service function takes the World as its first argument. Building it opens
(or creates, or upgrades) the database; a brand-new world is filled with the demo
personas. A learner's world is normally opened through the classroom
(`app.classroom.Classroom.open_world`); `World(path)` opens one file directly.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import peewee as pw

from . import db as dbmod
from .services.clock import Clock
from .services.events import EventLog


SECRETS_UPGRADED = "upgrade.secrets_floor"  # a Setting row: the weak secrets were dealt with


class World:
    def __init__(self, target: str | Path | None = None, *, seed: bool = True, db: pw.Database | None = None,
                 path: Path | None = None, backup: Callable[[int], object] | None = None,
                 name: str = "") -> None:
        if db is None:
            if target is None:
                raise ValueError("World needs a target or an open database")
            self.target = str(target)
            self.db = dbmod.open_database(target)
        else:
            self.target = str(path or target or name)
            self.db = dbmod.open_world_database(db, path=path, backup=backup)
        self.name = name or self.target
        self.classroom = None  # set by app.classroom.open_learner_world
        self.learner = None
        self.clock = Clock(self.db)
        self.events = EventLog(self.clock)
        self.clock.on_move = self._time_rules
        if seed:
            from .services import personas

            if not personas.is_seeded(self):
                personas.seed_world(self)
                from .services import settings

                settings.set_value(SECRETS_UPGRADED, "1")  # made with today's hashes
            else:  # a world saved by an older version may have something overdue (a few ms)
                # Under the write lock, so that another window moving this world's clock
                # meanwhile can't slip between reading the time and applying the rules.
                with self.db.atomic():
                    self._time_rules(None, self.clock.locked_now())
                self._upgrade_secrets()

    def _upgrade_secrets(self) -> None:
        """Once per world: secrets an older version hashed below today's floor (its hidden
        --fast-hash flag) are hashed again where known, or marked to be renewed."""
        from .services import personas, settings

        if settings.get(SECRETS_UPGRADED):
            return
        personas.rehash_weak_secrets(self)
        settings.set_value(SECRETS_UPGRADED, "1")

    def _time_rules(self, before, after) -> None:
        from .services import time_rules

        time_rules.run_due(self, before, after)

    @property
    def is_sqlite(self) -> bool:
        return isinstance(self.db, pw.SqliteDatabase)

    def activate(self) -> None:
        """Point the world's models at this world (one active world per process)."""
        dbmod.database_proxy.initialize(self.db)

    def reset(self) -> None:
        """Restore the demo world: every table emptied, personas recreated, clock at the start."""
        from .services import personas

        personas.reset_world(self)

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()
        if self.classroom is not None:
            self.classroom.close()
