"""Turns the Qt-free world's listeners into Qt signals, coalescing bursts:
many events in one user action give one refresh."""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from app.services.events import is_quiet


class WorldBridge(QObject):
    world_changed = Signal()
    clock_changed = Signal(object)

    def __init__(self, world, parent=None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.world_changed.emit)
        world.events.listeners.append(self._on_event)
        world.clock.listeners.append(self._on_clock)
        self._world = world

    def _on_event(self, event) -> None:
        # Quiet kinds (declared in app.services.events) record what the learner looked at
        # but change nothing the docks or pages show: they must not make every panel refresh.
        if not is_quiet(event.kind):
            self._timer.start()

    def _on_clock(self, moment) -> None:
        self.clock_changed.emit(moment)
        self._timer.start()

    def detach(self) -> None:
        self._timer.stop()  # a refresh still pending would reopen the connection of a world just closed
        if self._on_event in self._world.events.listeners:
            self._world.events.listeners.remove(self._on_event)
        if self._on_clock in self._world.clock.listeners:
            self._world.clock.listeners.remove(self._on_clock)
