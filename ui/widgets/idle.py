"""One idle watcher per window: it measures how long the learner has done nothing
(no key, click, wheel or touch in the window) and, once a second, tells the policies
that use it: the portal session's inactivity warning (ui/widgets/session_timeout.py)
and, at a classroom kiosk, the return to the learner picker (ui/kiosk).

`now` is injectable, so tests move time instead of waiting minutes. A policy is any
object with `tick(idle_seconds)`, `on_activity()` and `watching() -> bool`; the watcher
listens to input only while some policy is watching.
"""
from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

ACTIVITY_EVENTS = (
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
)


class IdleWatcher(QObject):
    def __init__(self, window, now: Callable[[], float] = time.monotonic):
        super().__init__(window)
        self.window = window
        self._now = now
        self.last_activity = now()
        self.policies: list = []
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        self._filtering = None  # the object the input filter is installed on
        window.installEventFilter(self)  # to learn when the window gets its platform window

    # -- the clock (tests replace it) ------------------------------------------------------
    @property
    def now(self) -> Callable[[], float]:
        return self._now

    @now.setter
    def now(self, clock: Callable[[], float]) -> None:
        self._now = clock
        self.last_activity = clock()

    def idle(self) -> float:
        return max(0.0, self._now() - self.last_activity)

    # -- policies ------------------------------------------------------------------------------
    def add(self, policy) -> None:
        if policy not in self.policies:
            self.policies.append(policy)
        self.update()

    def remove(self, policy) -> None:
        if policy in self.policies:
            self.policies.remove(policy)
        self.update()

    def update(self) -> None:
        """Listen (and tick) while some policy is watching; stop otherwise."""
        on = any(p.watching() for p in self.policies)
        self._watch(on)
        if on and not self.timer.isActive():
            self.timer.start()
        elif not on:
            self.timer.stop()

    # -- activity ----------------------------------------------------------------------------
    def activity(self) -> None:
        """The learner did something (or said "Continua la sessione" / "Continuo")."""
        self.last_activity = self._now()
        for policy in list(self.policies):
            policy.on_activity()

    def tick(self) -> None:
        idle = self.idle()
        for policy in list(self.policies):
            if policy.watching():
                policy.tick(idle)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        kind = event.type()
        if obj is self.window:
            if kind in (QEvent.Type.Show, QEvent.Type.WinIdChange):
                if self._filtering is not None and self._filtering is not self.window.windowHandle():
                    self._watch(False)  # from the application's filter to the window's own
                self.update()
            return False
        if kind in ACTIVITY_EVENTS:
            self.activity()
        return False

    def _watch(self, on: bool) -> None:
        """The filter sits on the window's platform window, which sees each input event
        once (an application-wide filter would also see the thousands of internal events
        of every page switch). Before the window is shown, the application's is used."""
        if on == bool(self._filtering):
            return
        if on:
            target = self.window.windowHandle() or QApplication.instance()
            if target is None:
                return
            target.installEventFilter(self)
            self._filtering = target
        else:
            self._filtering.removeEventFilter(self)
            self._filtering = None


def install(window) -> IdleWatcher:
    """The window's one idle watcher (idempotent)."""
    watcher = getattr(window, "idle_watcher", None)
    if watcher is None:
        watcher = IdleWatcher(window)
        window.idle_watcher = watcher
    return watcher
