"""One browser tab: its history, its zoom, and the page it shows.

Behaviour lives in small plain objects on the tab (`tab.history`, `tab.zoom`,
`tab.kept`) so callers never reach into widgets (qutebrowser's shape).

Indietro / Avanti to a page seen a moment ago shows the very same page again, as
browsers do (a back-forward cache): the tab keeps the last few pages it left,
hidden, with what was typed in them. A kept page is shown again only for the same
history entry and the same session (a login or a logout builds it anew); if the
world changed meanwhile it is refreshed through its world_changed(), and a page
that has none is built anew. Closing the tab frees them (they are its children).
"""
from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import shiboken6
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from .. import pages, theme
from ..pages.base import Page
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


@dataclass
class KeptPage:
    page: Any  # the Page widget, hidden, a child of the tab's page frame
    resolved: router.Resolved
    session_key: Any  # whose session it was built for
    generation: int  # the tab's count of world changes when it was left
    scroll: int = 0


class BackForwardCache:
    """The pages a tab left, keyed by their history entry (index, url); the oldest go
    first beyond `size`. Plain bookkeeping: the tab shows and frees the widgets."""

    def __init__(self, size: int = 4):
        self.size = size
        self.entries: OrderedDict[tuple[int, str], KeptPage] = OrderedDict()

    def put(self, key: tuple[int, str], kept: KeptPage) -> list[KeptPage]:
        """Keep `kept`; returns the entries that no longer fit (to be freed)."""
        dropped = self.drop(lambda k: k == key)
        self.entries[key] = kept
        while len(self.entries) > self.size:
            dropped.append(self.entries.popitem(last=False)[1])
        return dropped

    def take(self, key: tuple[int, str]) -> KeptPage | None:
        return self.entries.pop(key, None)

    def drop(self, which) -> list[KeptPage]:
        """Remove the entries whose key satisfies `which(key)`; returns them."""
        gone = [k for k in self.entries if which(k)]
        return [self.entries.pop(k) for k in gone]

    def pages(self) -> list:
        return [kept.page for kept in self.entries.values()]

    def __len__(self) -> int:
        return len(self.entries)


def _session_key(session) -> Any:
    return None if session is None else (session.citizen_id, session.method, session.started_at)


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
        self.chrome = None  # the portal's header, navigation, service bar and footer (portal_chrome)
        self.resolved: router.Resolved | None = None
        self.last_switch_ms = 0.0
        self.kept = BackForwardCache()
        self._world_generation = 0  # world changes seen (kept pages compare it)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("PageScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll.setAccessibleName(self.tr("Contenuto della pagina"))
        # The scrolled widget stays the same: the shown page is the one in its layout,
        # between the portal chrome's parts (above: header, navigation, service bar; below:
        # the footer), kept pages are hidden children beside it. Neither pages nor the chrome
        # ever leave the frame, so Qt never restyles a whole tree on the way out and back in
        # (moving the chrome into each new page cost 5-7 ms of every switch).
        self.frame = QWidget()
        self.frame.setObjectName("PageFrame")
        self._frame_layout = QVBoxLayout(self.frame)
        self._frame_layout.setContentsMargins(0, 0, 0, 0)
        self._frame_layout.setSpacing(0)  # the chrome's bands touch each other and the page
        self.scroll.setWidget(self.frame)
        lay.addWidget(self.scroll)
        self._apply_style()
        bridge = getattr(window, "bridge", None)
        if bridge is not None:
            bridge.world_changed.connect(self._world_moved)

    # -- navigation --------------------------------------------------------------------
    def navigate(self, text: str, *, record: bool = True) -> None:
        leaving = self._entry()
        resolved = pages.resolve(text)
        if resolved.route is not None and resolved.route.login_required and not self.window_ref.session.logged_in:
            target = router.build_url(router.LOGIN_URL, uri=resolved.url)
            resolved = pages.resolve(target)
        if record:
            self.history.push(resolved.url)
            self._free(self.kept.drop(lambda key: key[0] >= self.history.index))  # the forward entries are gone
        else:
            self.history.replace(resolved.url)
        self._show(resolved, leaving)

    def redirect(self, text: str) -> None:
        """Show another address in place of the current history entry (no new entry)."""
        self.navigate(text, record=False)

    def back(self) -> None:
        leaving = self._entry()
        if self.history.back() is not None:
            self._show_entry(leaving)

    def forward(self) -> None:
        leaving = self._entry()
        if self.history.forward() is not None:
            self._show_entry(leaving)

    def reload(self) -> None:
        if self.history.current:
            self._show_url(self.history.current, self._entry())

    def _entry(self) -> tuple[int, str]:
        return (self.history.index, self.history.current)

    def _show_entry(self, leaving: tuple[int, str]) -> None:
        """The current history entry: its kept page if it is still good, else built anew."""
        kept = self.kept.take(self._entry())
        if kept is not None and self._still_good(kept):
            self._show_kept(kept, leaving)
            return
        if kept is not None:
            self._free([kept])
        self._show_url(self.history.current, leaving)

    def _still_good(self, kept: KeptPage) -> bool:
        if not shiboken6.isValid(kept.page):
            return False
        if kept.session_key != _session_key(self.window_ref.session.current):
            return False  # logged in or out since: the page is built for who is there now
        if kept.generation != self._world_generation:
            # the world moved: only a page that knows how to refresh itself is kept
            return type(kept.page).world_changed is not Page.world_changed
        return True

    def _show_url(self, url: str, leaving: tuple[int, str]) -> None:
        resolved = pages.resolve(url)
        if resolved.route is not None and resolved.route.login_required and not self.window_ref.session.logged_in:
            resolved = pages.resolve(router.build_url(router.LOGIN_URL, uri=resolved.url))
            self.history.replace(resolved.url)
        self._show(resolved, leaving)

    def _show(self, resolved: router.Resolved, leaving: tuple[int, str] | None = None) -> None:
        started = time.perf_counter()
        discarded = self._put_away(leaving)
        ctx = self.window_ref.page_context(self, resolved)
        ctx.chrome = self.portal_chrome
        ctx.parent = self.frame
        page = pages.build_page(resolved, ctx)
        self.resolved = resolved
        self._place(page)
        self._free_pages(discarded)
        bar = self.scroll.verticalScrollBar()
        if self.isVisible():
            bar.setValue(self._first_view(page))
        else:
            # A page built before the window was shown (the start page) has no view to measure
            # yet, and its header is laid out at another width: at the top until the next turn,
            # then where it opens, unless something has scrolled it meanwhile.
            bar.setValue(0)
            QTimer.singleShot(0, lambda p=page: shiboken6.isValid(p) and p is self.page and bar.value() == 0
                              and bar.setValue(self._first_view(p)))
        self._announce(page, resolved, started)

    def _show_kept(self, kept: KeptPage, leaving: tuple[int, str]) -> None:
        started = time.perf_counter()
        discarded = self._put_away(leaving)
        page = kept.page
        self.resolved = kept.resolved
        if page.ctx.zoom != self.zoom.percent:
            self._rezoom(page)
        self._place(page)  # the same widgets, in the same frame: nothing moves, nothing is restyled
        self._free_pages(discarded)
        if kept.generation != self._world_generation:
            page.world_changed()
        QTimer.singleShot(0, lambda p=page, y=kept.scroll: shiboken6.isValid(p) and p is self.page
                          and self.scroll.verticalScrollBar().setValue(y))
        self._announce(page, kept.resolved, started)

    def _place(self, page) -> None:
        """Make `page` the one the frame shows, laid out at its own size: shown at the
        height it needs before it joins the frame's layout, and the frame made that size
        at once (what the scroll area would do on its next turn). Shown inside the layout,
        it would be laid out first at the old page's height, then again at its own.
        A portal page shows the tab's chrome around it; another page hides it."""
        if page.parentWidget() is not self.frame:
            page.setParent(self.frame)
        if self.page is not None and shiboken6.isValid(self.page):
            self._frame_layout.removeWidget(self.page)
            self.page.hide()
        chrome = self.chrome if self.chrome is not None and getattr(page, "chrome", None) is self.chrome else None
        self._show_chrome(chrome, page)
        page.ensurePolished()  # styled first (show() would): the height is the styled page's
        # The width the scroll area will give the frame: the view's, less the scroll bar when the
        # page is taller than the view (most are: tried first). Laid out at another width (the
        # last page's, with or without the bar), the page would be laid out twice.
        room = self.scroll.maximumViewportSize()
        width = room.width() - self.scroll.verticalScrollBar().sizeHint().width()
        page.resize(self._size_at(page, width))
        page.show()
        at = self._frame_layout.indexOf(self.chrome.service) + 1 if self.chrome is not None else 0
        self._frame_layout.insertWidget(at, page, 1)  # the page takes what the view has left
        # Shown, the parts that follow their width (grids, columns) have chosen their
        # arrangement: the frame asks the page's height again with the chrome's around it.
        frame_height = self._frame_height(width)
        if frame_height <= room.height():  # it fits: no scroll bar, the whole width
            width = room.width()
            page.resize(self._size_at(page, width))
            frame_height = self._frame_height(width)
        # The scroll bar shown or hidden first, as the scroll area will want it: resized, the frame
        # would be given the view's present width (the last page's, with or without the bar) and
        # the page laid out again at it, then once more when the bar appears or goes.
        bar = self.scroll.verticalScrollBar()
        if bar.isVisibleTo(self.scroll) != (frame_height > room.height()):
            bar.setRange(0, max(0, frame_height - room.height()))
            # Qt shows or hides the bar on its next turn (a queued call): at once, by setting the
            # policy the area has (it places its bars and view again, then and there).
            self.scroll.setVerticalScrollBarPolicy(self.scroll.verticalScrollBarPolicy())
        self.frame.resize(width, max(frame_height, room.height()))
        self._frame_layout.activate()  # the page's place in the frame is known now (_first_view)
        self.page = page

    def _frame_height(self, width: int) -> int:
        return (self.frame.heightForWidth(width) if self.frame.hasHeightForWidth()
                else self._frame_layout.totalSizeHint().height())

    def _show_chrome(self, chrome, page) -> None:
        """The chrome's parts shown for a portal page (the service bar if the page wants it),
        hidden for any other page; Tab goes header, navigation, service bar, page, footer."""
        if self.chrome is None:
            return
        for part in self.chrome.widgets():
            part.setVisible(chrome is not None and (part is not chrome.service or page.SHOW_SERVICE_BAR))
        if chrome is not None:
            chrome.tab_through(page)

    # Above this share of the view, the portal's header would hide the page's own content.
    HEADER_SHARE_MAX = 0.6

    def _first_view(self, page) -> int:
        """Where a new page opens: at its top, unless the portal's header would fill most of
        the view (a high zoom on a small screen): then at the page's own content, with the
        header one scroll up, so the first thing seen is what the page is about."""
        content_top = getattr(page, "content_top", None)
        if content_top is None or not page.opens_at_content():
            return 0
        top = content_top()
        return top if top > self.scroll.viewport().height() * self.HEADER_SHARE_MAX else 0

    def _size_at(self, page, width: int) -> QSize:
        height = page.heightForWidth(width) if page.hasHeightForWidth() else page.sizeHint().height()
        return QSize(width, height)

    def _put_away(self, leaving: tuple[int, str] | None) -> list:
        """Before another page is shown: the current one is kept for Indietro / Avanti if
        its history entry is still there (and is not the one about to be shown). Returns
        the pages to free once the next page is in place (the current one if not kept,
        the oldest kept one if there is no more room)."""
        page = self.page
        if page is None or not shiboken6.isValid(page):
            return []
        index, url = leaving if leaving is not None else (-1, "")
        still_there = 0 <= index < len(self.history.entries) and self.history.entries[index] == url
        if still_there and (index, url) != self._entry() and getattr(page, "KEEP_IN_HISTORY", True):
            kept = KeptPage(page, self.resolved, _session_key(self.window_ref.session.current),
                            self._world_generation, self.scroll.verticalScrollBar().value())
            return [item.page for item in self.kept.put((index, url), kept)]
        return [page]

    def _announce(self, page, resolved: router.Resolved, started: float) -> None:
        self.last_switch_ms = (time.perf_counter() - started) * 1000
        self.url_changed.emit(resolved.url)
        # The tab's title once the page is painted: a new tab text lays the whole window out
        # again (tab bar, panels, toolbar), which the page need not wait for.
        title = page.title() or resolved.url
        page.after_painted(lambda p=page, t=title: shiboken6.isValid(p) and p is self.page
                           and self.title_changed.emit(t))
        self.history_changed.emit()
        self.page_loaded.emit(resolved.url)
        self.window_ref.events_page_visited(resolved)
        # shown() on the next turn, unless the page was replaced meanwhile (two navigations in a row)
        QTimer.singleShot(0, lambda p=page: shiboken6.isValid(p) and p is self.page and p.shown())

    def _free(self, kept: list[KeptPage]) -> None:
        self._free_pages([item.page for item in kept])

    def _free_pages(self, gone: list) -> None:
        for page in gone:
            if shiboken6.isValid(page) and page is not self.page:
                page.hide()
                page.deleteLater()

    def forget_kept(self) -> None:
        """Free every kept page (the next Indietro builds its page anew)."""
        self._free(self.kept.drop(lambda _key: True))

    def _world_moved(self) -> None:
        self._world_generation += 1

    def portal_chrome(self):
        """The portal chrome for the page being built: the tab's one, in its frame around
        the page shown, made again when the session changes (the header says who is in)."""
        from ..widgets.portal import PortalChrome

        key = _session_key(self.window_ref.session.current)
        chrome = self.chrome
        if chrome is not None and chrome.key == key and all(shiboken6.isValid(w) for w in chrome.widgets()):
            chrome.reset()
            return chrome
        if chrome is not None:
            for part in chrome.widgets():
                if shiboken6.isValid(part):
                    self._frame_layout.removeWidget(part)
                    part.hide()
                    part.deleteLater()
        chrome = self.chrome = PortalChrome(_ChromeHost(self))
        for position, part in enumerate((chrome.header, chrome.nav, chrome.service)):
            part.hide()
            part.setParent(self.frame)
            self._frame_layout.insertWidget(position, part)
        chrome.footer.hide()
        chrome.footer.setParent(self.frame)
        self._frame_layout.addWidget(chrome.footer)
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
            self._rezoom(self.page)
        self.zoom_changed.emit(self.zoom.percent)

    def _rezoom(self, page) -> None:
        page.ctx.zoom = self.zoom.percent
        parts = [page, *(self.chrome.widgets() if self.chrome is not None else ())]
        for column in (c for part in parts for c in part.findChildren(QWidget, "ContentColumn")):
            column.setMaximumWidth(round(T.CONTENT_MAX_WIDTH * self.zoom.percent / 100))

    def _apply_style(self) -> None:
        large = self.window_ref.large_text
        self.scroll.setFont(theme.page_font(self.zoom.percent, large))
        self.scroll.setPalette(theme.page_palette(self.scroll.palette()))
        self.scroll.setStyleSheet(theme.page_qss(self.zoom.percent, large))

    def restyle(self) -> None:
        self._apply_style()
        self.forget_kept()  # built with the old look
        self.reload()

    def current_url_quoted(self) -> str:
        return quote(self.url, safe="")
