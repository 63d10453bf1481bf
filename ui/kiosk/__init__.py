"""The learner's seat: which learner's window this process shows, and kiosk mode.

One active world per process. A `Station` owns the window: picking a learner on the
learner picker (a page of the program, https://palestra.sim/allievi) opens that
learner's world and rebuilds the window with it; the kiosk's idle time-out ends the
learner's turn and rebuilds the window with the picker (no world open), so the next
learner starts from a clean screen while the world and progress stay in the store.

Kiosk mode (`palestra-inps --kiosk`): full screen, kept full screen; no menu entry that
quits; Ctrl+Q, Alt+F4 or any close asks for the trainer's code inside the window; docks
cannot float out of it; a kiosk with no trainer code yet asks for one (on the picker)
before the first learner; after the classroom's idle time (kiosk.idle_minutes) a
warning with at least 20 seconds (kiosk.warning_seconds) and *Continuo*, then back to
the picker. The idle time is measured by the window's one idle watcher, the same that
serves the portal session's inactivity warning.

Real lock-down (no other program, no desktop) is the compositor's job: see the README
(*In aula*, Debian's `cage`).
"""
from __future__ import annotations

import importlib
import time
from typing import Callable

import shiboken6

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu

from app.classroom import Classroom
from app.classroom import kiosk as kiosk_rules

from ..widgets import idle


def station_of(window) -> "Station":
    """The window's station; a window started without one (the program at home, or in
    class without --kiosk) gets one that adopts it on first use (Cambia allievo)."""
    station = getattr(window, "station", None)
    if station is None:
        station = Station.adopt(window)
    return station


def classroom_of(window):
    """The classroom the learner picker shows (None: a world without a classroom)."""
    station = getattr(window, "station", None)
    if station is not None:
        return station.classroom
    world = getattr(window, "world", None)
    return getattr(world, "classroom", None) if world is not None else None


def _default_builder(argv: list[str], *, world):
    import main  # the program's own entry point builds windows from command-line style arguments

    return main.build_main_window(argv, world=world)


class Station(QObject):
    """`argv`: the command-line style arguments windows are built from (with --db);
    `builder(argv, world=...)` builds a learner's window (main.build_main_window);
    `now`: the idle clock (tests move it)."""

    def __init__(self, argv: list[str], target: str, *, kiosk: bool = False, builder: Callable | None = None,
                 now: Callable[[], float] = time.monotonic, classroom=None):
        super().__init__()
        self.argv = list(argv)
        self.target = str(target)
        self.kiosk = kiosk
        self.builder = builder or _default_builder
        self.now = now
        self.window = None
        self._own_classroom = classroom
        self._allow_close: set[int] = set()
        self.on_quit: Callable[[], None] = lambda: QApplication.instance().quit()
        self.gate = None
        self.last_error = ""  # said on the next picker (a world that could not be opened)

    # -- where the class lives --------------------------------------------------------------------
    @property
    def classroom(self):
        """The classroom: the learner's world's while one is open, else the station's own."""
        world = getattr(self.window, "world", None) if self.window is not None else None
        if world is not None and getattr(world, "classroom", None) is not None:
            return world.classroom
        if self._own_classroom is None:
            self._own_classroom = Classroom(self.target)
        self._own_classroom.activate()
        return self._own_classroom

    @property
    def trainer_gate(self) -> kiosk_rules.TrainerGate:
        """One gate per station (its count of wrong codes survives changes of learner)."""
        if self.gate is None:
            self.gate = kiosk_rules.TrainerGate(self.classroom, now=self.now)
        self.gate.classroom = self.classroom
        return self.gate

    @classmethod
    def adopt(cls, window) -> "Station":
        """A station for a window built without one (its arguments are rebuilt from it)."""
        args = getattr(window, "args", None)
        classroom = window.world.classroom
        argv = ["--db", classroom.target]
        if args is not None:
            argv += ["--zoom", str(args.zoom)]
            if args.large_text:
                argv.append("--large-text")
            if args.no_state:
                argv.append("--no-state")
        station = cls(argv, classroom.target, kiosk=False)
        station.window = window
        window.station = station
        return station

    # -- starting ----------------------------------------------------------------------------------
    def start(self, learner: str | None = None):
        """The kiosk's first window: that learner's (`--learner`) if a trainer code exists,
        otherwise the picker (which asks for the code first when there is none)."""
        if self.kiosk:
            QApplication.instance().setQuitOnLastWindowClosed(False)  # a kiosk ends with the code only
        if learner and self.classroom.has_trainer_code():
            info = self.classroom.choose(learner)
            return self.open_learner(info)
        return self.show_picker()

    def show_picker(self):
        """The learner picker, in a window with no world (the kiosk between learners)."""
        import main  # the program's own set-up of language and colours (--lang, --high-contrast)

        from ..browser.window import MainWindow
        from ..urls import LEARNERS_URL

        args = _parse(self.argv)
        main._apply_view(args)
        frame = MainWindow(None, large_text=args.large_text, zoom=args.zoom, restore_state=False)
        frame.args = args
        frame.station = self
        frame.setObjectName("LearnerPickerWindow")
        for act in frame.actions():  # nothing here needs a world; zoom stays
            if act.objectName() not in ("act_zoom_in", "act_zoom_out", "act_zoom_reset", "act_quit"):
                act.setEnabled(False)
        frame.toolbar.hide()
        frame.menuBar().hide()
        frame.tabs.tabBar().hide()
        if frame.tabs.cornerWidget() is not None:
            frame.tabs.cornerWidget().hide()
        frame.loading.hide()
        frame.statusBar().hide()
        if self._own_classroom is not None:
            self._own_classroom.activate()
        self._replace(frame)
        # Only the picker's module: the other pages may read a world's settings when imported.
        importlib.import_module("ui.pages.learners")
        frame.new_tab(LEARNERS_URL)
        return frame

    def open_learner(self, info):
        """Open the learner's world (created on first use) and rebuild the window with it."""
        from app.classroom import open_learner_world

        app = QApplication.instance()
        quits = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # no window for an instant is not the end of the program
        try:
            old = self.window
            geometry = old.geometry() if old is not None else None
            if old is not None and getattr(old, "world", None) is not None:
                self._retire(old)  # one world per process: the old one closes before the new opens
                self.window = old = None
            world = open_learner_world(self.target, learner=info.code)
            try:
                window = self.builder(self.argv, world=world)
            except BaseException:
                world.close()
                raise
            window.owns_world = True
            window.station = self
            if geometry is not None and not self.kiosk:
                window.setGeometry(geometry)  # the new learner's window where the old one was
            self._replace(window, old)
        finally:
            app.setQuitOnLastWindowClosed(quits and not self.kiosk)
        return window

    def end_turn(self, reason: str = "timeout") -> None:
        """The learner's turn ends: their portal session closes, their world and progress
        stay in the store, and the picker comes back."""
        window = self.window
        if window is None or getattr(window, "world", None) is None:
            return
        from app.services import auth

        current = window.session.current
        if current is not None:
            try:
                auth.close_session(window.world, current, reason)
            except Exception:  # noqa: BLE001 - the session ends in the window anyway
                pass
            window.session.end()
        tutor = getattr(window, "tutor", None)
        if tutor is not None and getattr(tutor, "session", None) is not None:
            try:
                tutor.session.save()  # the progress as it is; the lesson stays open to resume
            except Exception:  # noqa: BLE001
                pass
        self.show_picker()

    def quit(self) -> None:
        """The trainer's code was given: close everything."""
        for window in [self.window]:
            if window is not None:
                self._retire(window)
        self.window = None
        if self._own_classroom is not None:
            self._own_classroom.close()
        self.on_quit()

    # -- windows -----------------------------------------------------------------------------------
    def _replace(self, window, old=None) -> None:
        old = self.window if old is None else old
        self.window = window
        if self.kiosk:
            lock_down(window, self)
        if self.now is not time.monotonic:
            idle.install(window).now = self.now
        if self.kiosk and getattr(window, "world", None) is not None:
            KioskIdle(self, window)
        if self.kiosk:
            window.showFullScreen()
        else:
            if old is not None:
                window.setGeometry(old.geometry())
            window.show()
        window.raise_()
        window.activateWindow()
        if old is not None and old is not window:
            self._retire(old)

    def _retire(self, window) -> None:
        """Close a window for good (no code asked: the station does it) and free its world."""
        self._allow_close.add(id(window))
        for timer in window.findChildren(QTimer):  # nothing of this window may touch its world again
            timer.stop()
        for viewer in list(getattr(window, "pdf_viewers", [])):
            viewer.close()
        if getattr(window, "world", None) is not None and not getattr(window, "owns_world", False):
            window.owns_world = True  # its world goes with it
        window.close()
        window.deleteLater()
        self._allow_close.discard(id(window))

    def may_close(self, window) -> bool:
        return id(window) in self._allow_close

    def ask_to_close(self, window) -> None:
        gate = getattr(window, "close_gate", None)
        if gate is None:
            from .overlay import CloseGate

            gate = window.close_gate = CloseGate(window, self.trainer_gate, self.quit)
        gate.ask()


def _parse(argv: list[str]):
    import main

    return main.parse_args(argv)


# -- kiosk mode on a window ----------------------------------------------------------------------


class _KioskGuard(QObject):
    """On the kiosk's window: a close asks for the code; the window stays full screen;
    docks stay inside it."""

    def __init__(self, window, station: Station):
        super().__init__(window)
        self.window = window
        self.station = station
        self._pinning = False

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.Close and not self.station.may_close(self.window):
            event.ignore()
            QTimer.singleShot(0, lambda: self.station.ask_to_close(self.window))
            return True
        if kind == QEvent.Type.WindowStateChange and not self.window.isFullScreen() and self.window.isVisible():
            QTimer.singleShot(0, self.window.showFullScreen)
        if kind in (QEvent.Type.ChildAdded, QEvent.Type.ChildPolished) and not self._pinning:
            # a dock added later (after the first paint): pinned once it is fully built
            self._pinning = True
            QTimer.singleShot(0, self._pin_docks)
        return False

    def _pin_docks(self) -> None:
        self._pinning = False
        if shiboken6.isValid(self.window):
            for dock in self.window.findChildren(QDockWidget):
                _pin_dock(dock)


def _pin_dock(dock) -> None:
    floatable = QDockWidget.DockWidgetFeature.DockWidgetFloatable
    if dock.features() & floatable or dock.isFloating():
        dock.setFloating(False)
        dock.setFeatures(dock.features() & ~floatable)


def lock_down(window, station: Station) -> None:
    """Kiosk mode on `window`: no menu entry that quits or opens another window, closing
    asks for the trainer's code, full screen kept, docks pinned, "Ho finito" in the toolbar."""
    window.kiosk = station
    window.installEventFilter(_KioskGuard(window, station))
    for name in ("act_quit", "act_trainer_console", "act_switch_learner"):
        act = window.findChild(QAction, name)
        if act is None:
            continue
        for menu in window.findChildren(QMenu):
            menu.removeAction(act)
    for dock in window.findChildren(QDockWidget):
        _pin_dock(dock)
    if getattr(window, "world", None) is not None and getattr(window, "toolbar", None) is not None:
        finish = QAction(window.tr("Ho finito"), window)
        finish.setObjectName("act_kiosk_finish")
        finish.setToolTip(window.tr("Ho finito: torna all'elenco degli allievi (il lavoro resta salvato)"))
        finish.triggered.connect(lambda: station.end_turn("logout"))
        window.toolbar.addSeparator()
        window.toolbar.addAction(finish)
        widget = window.toolbar.widgetForAction(finish)
        widget.setAccessibleName(finish.text())
        widget.setObjectName("KioskFinish")
        window.act_kiosk_finish = finish


class KioskIdle(QObject):
    """The kiosk's policy on the window's idle watcher: warn, then end the learner's turn."""

    def __init__(self, station: Station, window):
        super().__init__(window)
        from .overlay import IdleWarning

        self.station = station
        self.window = window
        self.policy = kiosk_rules.idle_policy(station.classroom)
        self.warning = IdleWarning(window, self.keep, lambda: station.end_turn("logout"))
        self.watcher = idle.install(window)
        window.kiosk_idle = self
        self.watcher.add(self)

    def watching(self) -> bool:
        return True

    def on_activity(self) -> None:
        self.warning.close_overlay()

    def keep(self) -> None:
        """*Continuo*: one click and the learner goes on."""
        self.watcher.activity()

    def tick(self, idle_seconds: float | None = None) -> str:
        idle_seconds = self.watcher.idle() if idle_seconds is None else idle_seconds
        phase = self.policy.phase(idle_seconds)
        if phase == "warning":
            self.warning.show_seconds(self.policy.seconds_left(idle_seconds))
        elif phase == "expired":
            self.warning.close_overlay()
            QTimer.singleShot(0, lambda: self.station.end_turn("timeout"))
        return phase


__all__ = ["KioskIdle", "Station", "classroom_of", "lock_down", "station_of"]
