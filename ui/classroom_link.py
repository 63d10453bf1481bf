"""The learner's window listens to the classroom: orders from the trainer's console
(a fault to solve, a new world) are applied within about a second, without any action.

Polling a cheap marker is the portable way (SQLite and PostgreSQL alike); the rule of
what an order does is app.classroom.orders.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from app.classroom import orders

POLL_MS = 1000


class ClassroomLink(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.world = window.world
        self._marker = None
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        self.poll()

    def poll(self) -> list:
        """Apply what the trainer ordered since the last look; returns what was done."""
        classroom = self.world.classroom
        try:
            marker = classroom.change_marker(self.world.learner.id)
        except Exception:  # noqa: BLE001 - a server that went away must not break the window
            return []
        if marker == self._marker:
            return []
        self._marker = marker
        done = orders.apply_pending(self.world)
        if not done:
            return []
        if any(a.kind == "reset" and a.ok for a in done):
            self.window.world_was_reset()
        else:
            self.window.refresh_docks()
            tab = self.window.current_tab()
            if tab is not None and tab.page is not None:
                tab.page.world_changed()
        text = " ".join(QCoreApplication.translate("app", a.message) for a in done)
        self.window.statusBar().showMessage(text, 15000)
        self.window.classroom_notice(text)
        return done

    def stop(self) -> None:
        self.timer.stop()
