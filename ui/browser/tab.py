"""One browser tab: its history, its zoom, and the page it shows.

Behaviour lives in small plain objects on the tab (`tab.history`, `tab.zoom`)
so callers never reach into widgets (qutebrowser's shape).
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from urllib.parse import quote

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from .. import pages, theme
from .. import tokens as T
from . import router


@dataclass
class History:
    entries: list[str] = field(default_factory=list)
    index: int = -1

    @property
    def current(self) -> str:
        return self.entries[self.index] if 0 <= self.index < len(self.entries) else ""

    def push(self, url: str) -> None:
        del self.entries[self.index + 1 :]
        if self.current != url:
            self.entries.append(url)
            self.index = len(self.entries) - 1

    def replace(self, url: str) -> None:
        if self.index >= 0:
            self.entries[self.index] = url
        else:
            self.push(url)

    def can_back(self) -> bool:
        return self.index > 0

    def can_forward(self) -> bool:
        return self.index < len(self.entries) - 1

    def back(self) -> str | None:
        if self.can_back():
            self.index -= 1
            return self.current
        return None

    def forward(self) -> str | None:
        if self.can_forward():
            self.index += 1
            return self.current
        return None


class Zoom:
    LEVELS = T.ZOOM_LEVELS

    def __init__(self, percent: int = 100):
        self.percent = percent

    def zoom_in(self) -> int:
        bigger = [z for z in self.LEVELS if z > self.percent]
        self.percent = bigger[0] if bigger else self.LEVELS[-1]
        return self.percent

    def zoom_out(self) -> int:
        smaller = [z for z in self.LEVELS if z < self.percent]
        self.percent = smaller[-1] if smaller else self.LEVELS[0]
        return self.percent

    def reset(self) -> int:
        self.percent = 100
        return self.percent


class _ChromeHost:
    """What the portal chrome needs from a page, provided by the tab itself."""

    def __init__(self, tab: "BrowserTab"):
        self.ctx = tab.window_ref.page_context(tab, router.resolve(router.HOME_URL))

    def go(self, url: str) -> None:
        self.ctx.navigate(url, False)


class BrowserTab(QWidget):
    url_changed = Signal(str)
    title_changed = Signal(str)
    history_changed = Signal()
    zoom_changed = Signal(int)
    page_loaded = Signal(str)  # the url, after the page is in place

    def __init__(self, window, zoom: int = 100):
        super().__init__()
        self.window_ref = window
        self.history = History()
        self.zoom = Zoom(zoom)
        self.page = None
        self._chrome = None
        self.resolved: router.Resolved | None = None
        self.last_switch_ms = 0.0
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("PageScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll.setAccessibleName(self.tr("Contenuto della pagina"))
        lay.addWidget(self.scroll)
        self._apply_style()

    # -- navigation --------------------------------------------------------------------
    def navigate(self, text: str, *, record: bool = True) -> None:
        resolved = pages.resolve(text)
        if resolved.route is not None and resolved.route.login_required and not self.window_ref.session.logged_in:
            target = router.build_url(router.LOGIN_URL, uri=resolved.url)
            resolved = pages.resolve(target)
        if record:
            self.history.push(resolved.url)
        else:
            self.history.replace(resolved.url)
        self._show(resolved)

    def redirect(self, text: str) -> None:
        """Show another address in place of the current history entry (no new entry)."""
        self.navigate(text, record=False)

    def back(self) -> None:
        url = self.history.back()
        if url is not None:
            self._show_url(url)

    def forward(self) -> None:
        url = self.history.forward()
        if url is not None:
            self._show_url(url)

    def reload(self) -> None:
        if self.history.current:
            self._show_url(self.history.current)

    def _show_url(self, url: str) -> None:
        resolved = pages.resolve(url)
        if resolved.route is not None and resolved.route.login_required and not self.window_ref.session.logged_in:
            resolved = pages.resolve(router.build_url(router.LOGIN_URL, uri=resolved.url))
            self.history.replace(resolved.url)
        self._show(resolved)

    def _show(self, resolved: router.Resolved) -> None:
        started = time.perf_counter()
        self.resolved = resolved
        ctx = self.window_ref.page_context(self, resolved)
        ctx.chrome = self.portal_chrome
        page = pages.build_page(resolved, ctx)
        old = self.scroll.takeWidget()
        self.scroll.setWidget(page)
        self.page = page
        if old is not None:
            old.hide()
            old.deleteLater()
        self.scroll.verticalScrollBar().setValue(0)
        self.last_switch_ms = (time.perf_counter() - started) * 1000
        self.url_changed.emit(resolved.url)
        self.title_changed.emit(page.title() or resolved.url)
        self.history_changed.emit()
        self.page_loaded.emit(resolved.url)
        self.window_ref.events_page_visited(resolved)
        # shown() on the next turn, unless the page was replaced meanwhile (two navigations in a row)
        QTimer.singleShot(0, lambda p=page: shiboken6.isValid(p) and p.shown())

    def portal_chrome(self):
        """The portal chrome for the next page: reused while the session is the same."""
        from ..widgets.portal import PortalChrome

        session = self.window_ref.session.current
        key = None if session is None else (session.citizen_id, session.method, session.started_at)
        chrome = self._chrome
        if chrome is None or chrome.key != key or not all(shiboken6.isValid(w) for w in chrome.widgets()):
            chrome = self._chrome = PortalChrome(_ChromeHost(self))
        else:
            chrome.reset()
        return chrome

    @property
    def url(self) -> str:
        return self.history.current

    def title(self) -> str:
        return self.page.title() if self.page is not None else ""

    # -- zoom --------------------------------------------------------------------------
    def zoom_in(self) -> None:
        self.zoom.zoom_in()
        self._zoom_changed()

    def zoom_out(self) -> None:
        self.zoom.zoom_out()
        self._zoom_changed()

    def zoom_reset(self) -> None:
        self.zoom.reset()
        self._zoom_changed()

    def set_zoom(self, percent: int) -> None:
        self.zoom.percent = min(max(percent, T.ZOOM_LEVELS[0]), T.ZOOM_LEVELS[-1])
        self._zoom_changed()

    def _zoom_changed(self) -> None:
        self._apply_style()
        if self.page is not None:  # keep what the user typed: restyle, don't rebuild
            self.page.ctx.zoom = self.zoom.percent
            for column in self.page.findChildren(QWidget, "ContentColumn"):
                column.setMaximumWidth(round(T.CONTENT_MAX_WIDTH * self.zoom.percent / 100))
        self.zoom_changed.emit(self.zoom.percent)

    def _apply_style(self) -> None:
        large = self.window_ref.large_text
        self.scroll.setFont(theme.page_font(self.zoom.percent, large))
        self.scroll.setPalette(theme.page_palette(self.scroll.palette()))
        self.scroll.setStyleSheet(theme.page_qss(self.zoom.percent, large))

    def restyle(self) -> None:
        self._apply_style()
        self.reload()

    def current_url_quoted(self) -> str:
        return quote(self.url, safe="")
