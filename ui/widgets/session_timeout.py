"""Inactivity of the portal session: warn first, give at least 20 seconds to stay
with one click ("Continua la sessione"), then end the session (LOOK.md, WCAG 2.2.1).

The rule (when to warn, when to end) is app.services.session.InactivityPolicy;
the idle time is measured by the window's one idle watcher (ui/widgets/idle.py),
which also serves the kiosk; this object shows the warning and ends the session.
One per window: `install(window)`.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QVBoxLayout

from app.services import auth
from app.services import session as sessmod

from .. import theme
from .. import tokens as T
from . import idle
from .common import button, heading, label, row
from .idle import ACTIVITY_EVENTS  # noqa: F401 (kept for importers)


class TimeoutDialog(QDialog):
    """The warning ("Continua la sessione") and, after the end, the notice ("Entra di nuovo")."""

    def __init__(self, watcher: "SessionTimeout"):
        super().__init__(watcher.window)
        self.watcher = watcher
        self.setObjectName("SessionTimeoutDialog")
        self.setWindowTitle(self.tr("Sessione in scadenza"))
        self.setAccessibleName(self.tr("Sessione in scadenza"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        large = bool(getattr(watcher.window, "large_text", False))
        self.setStyleSheet(theme.base_qss(None, large) + theme.page_qss(None, large) + f"QDialog#SessionTimeoutDialog {{ background: {T.WHITE}; }}")
        self.setMinimumWidth(520)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(T.S6, T.S5, T.S6, T.S5)
        lay.setSpacing(T.S3)
        self.title = heading(self.tr("La sessione sta per scadere"), 2)
        self.text = label("")
        lay.addWidget(self.title)
        lay.addWidget(self.text)
        self.stay = button(self.tr("Continua la sessione"), watcher.extend)
        self.leave = button(self.tr("Esci"), watcher.log_out, role="secondary")
        self.again = button(self.tr("Entra di nuovo"), watcher.log_in_again)
        self.close_button = button(self.tr("Chiudi"), self.hide, role="secondary")
        lay.addWidget(row(self.stay, self.leave, self.again, self.close_button))
        self.expired = False

    def show_warning(self, seconds_left: int) -> None:
        self.expired = False
        self._set_title(self.tr("Sessione in scadenza"), self.tr("La sessione sta per scadere"))
        self._set_text(self.watcher.service_text(sessmod.warning_text(seconds_left)))
        for w, on in ((self.stay, True), (self.leave, True), (self.again, False), (self.close_button, False)):
            w.setVisible(on)
        self.stay.setDefault(True)  # Invio keeps the session
        if not self.isVisible():
            self.show()
            self.raise_()
            self.stay.setFocus()

    def show_expired(self) -> None:
        self.expired = True
        self._set_title(self.tr("Sessione scaduta"), self.tr("Sessione scaduta"))
        self._set_text(self.watcher.service_text(sessmod.EXPIRED_TEXT))
        for w, on in ((self.stay, False), (self.leave, False), (self.again, True), (self.close_button, True)):
            w.setVisible(on)
        self.again.setDefault(True)  # Invio goes to the Autenticazione
        self.show()
        self.raise_()
        self.again.setFocus()

    def _set_title(self, window_title: str, heading_text: str) -> None:
        """The window's title and the heading, with the names a screen reader reads (they
        change with the state: a stale name would announce the warning after the end)."""
        self.setWindowTitle(window_title)
        self.setAccessibleName(window_title)
        self.title.setText(heading_text)
        self.title.setAccessibleName(heading_text)

    def _set_text(self, text: str) -> None:
        self.text.setText(text)
        self.text.setAccessibleName(text)


class SessionTimeout(QObject):
    """The portal session's policy on the window's one idle watcher (ui/widgets/idle.py):
    it watches while a portal session is open. `now` is the watcher's clock, injectable
    so tests need not wait real minutes."""

    def __init__(self, window, policy: sessmod.InactivityPolicy | None = None,
                 now: Callable[[], float] | None = None):
        super().__init__(window)
        self.window = window
        self.policy = policy or sessmod.InactivityPolicy.from_settings()
        self.idle_watcher = idle.install(window)
        if now is not None:
            self.idle_watcher.now = now
        self.dialog = TimeoutDialog(self)
        window.session.listeners.append(self._session_changed)
        self.idle_watcher.add(self)
        self._session_changed(window.session.current)

    # -- the shared clock ---------------------------------------------------------------------
    @property
    def now(self) -> Callable[[], float]:
        return self.idle_watcher.now

    @now.setter
    def now(self, clock: Callable[[], float]) -> None:
        self.idle_watcher.now = clock

    @property
    def last_activity(self) -> float:
        return self.idle_watcher.last_activity

    # -- as a policy of the idle watcher ---------------------------------------------------------
    def watching(self) -> bool:
        return self.window.session.current is not None

    def activity(self) -> None:
        """The learner did something: the idle time starts again (and the warning goes)."""
        self.idle_watcher.activity()

    def on_activity(self) -> None:
        """Told by the watcher after each key or click."""
        if self.dialog.isVisible() and not self.dialog.expired:
            self.dialog.hide()

    def _session_changed(self, current) -> None:
        if current is not None:
            self.activity()  # a new session starts with no idle time
            if self.dialog.expired:
                self.dialog.hide()
                self.dialog.expired = False
        elif self.dialog.isVisible() and not self.dialog.expired:
            self.dialog.hide()
        self.idle_watcher.update()

    # -- time ---------------------------------------------------------------------------------
    def idle(self) -> float:
        return self.idle_watcher.idle()

    def tick(self, idle: float | None = None) -> str:
        """Look at the idle time now; returns the phase ("active", "warning", "expired")."""
        if self.window.session.current is None:
            return "active"
        idle = self.idle() if idle is None else idle
        phase = self.policy.phase(idle)
        if phase == "warning":
            self.dialog.show_warning(self.policy.seconds_left(idle))
        elif phase == "expired":
            self.expire()
        return phase

    def expire(self) -> None:
        current = self.window.session.current
        if current is None:
            return
        auth.close_session(self.window.world, current, "timeout")
        self.window.session.end()
        self.dialog.show_expired()
        self._leave_private_pages()

    def _leave_private_pages(self) -> None:
        """Tabs showing pages that need a login go to Autenticazione (and back after it)."""
        from ..browser import router

        tabs = getattr(self.window, "tabs", None)
        if tabs is None:
            return
        for i in range(tabs.count()):
            tab = tabs.widget(i)
            resolved = getattr(tab, "resolved", None)
            if resolved is not None and resolved.route is not None and resolved.route.login_required:
                tab.navigate(router.build_url(router.LOGIN_URL, uri=resolved.url))

    # -- the dialog's buttons --------------------------------------------------------------------
    def extend(self) -> None:
        """"Continua la sessione": one click and the session goes on."""
        self.idle_watcher.activity()
        self.dialog.hide()
        self.window.world.events.record("session.extended")

    def log_out(self) -> None:
        current = self.window.session.current
        self.dialog.hide()
        if current is not None:
            auth.close_session(self.window.world, current, "logout")
            self.window.session.end()
            self._leave_private_pages()

    def log_in_again(self) -> None:
        from ..browser import router

        self.dialog.hide()
        self.dialog.expired = False
        tab = self.window.current_tab() if hasattr(self.window, "current_tab") else None
        url = tab.url if tab is not None else ""
        if url.startswith(router.LOGIN_URL):
            target = url  # already Autenticazione (with the address to come back to)
        else:
            target = router.build_url(router.LOGIN_URL, uri=url) if url else router.LOGIN_URL
        self.window.navigate(target)

    @staticmethod
    def service_text(message: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("app", message)


def install(window) -> SessionTimeout:
    """One watcher per window (idempotent)."""
    watcher = getattr(window, "session_timeout", None)
    if watcher is None:
        watcher = SessionTimeout(window)
        window.session_timeout = watcher
    return watcher
