"""Base classes of every page shown in a tab.

A page is built by the router from a URL: `PageClass(ctx)`. It collects input,
calls app.services, and shows results or the service's Italian error message.
It never touches peewee models.

    @route("https://www.inps.it/esempio", title="Esempio")
    class EsempioPage(PortalPage):
        BREADCRUMB = ("Prestazioni e Servizi", "Esempio")
        def build(self, body):            # body: QVBoxLayout of the content column
            body.addWidget(heading(self.tr("Esempio")))
            body.addWidget(self.link(self.tr("Torna alla home"), HOME_URL))
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from app.services.errors import ServiceError, ValidationError

from .. import tokens as T
from ..widgets.common import LinkButton, alert, tab_in_reading_order
from ..widgets.painted import after_painted

if TYPE_CHECKING:  # pragma: no cover
    from app.services.session import SessionHolder
    from app.world import World


@dataclass
class PageContext:
    world: "World"
    session: "SessionHolder"
    navigate: Callable[[str, bool], None]  # (url, new_tab)
    open_pdf: Callable[[str, bytes], None]  # (title, pdf bytes) -> the built-in viewer
    window: Any  # the MainWindow: person shown in the docks, docks, status messages
    url: str = ""
    params: dict[str, str] = field(default_factory=dict)
    zoom: int = 100
    large_text: bool = False
    # The tab's reusable portal chrome: () -> PortalChrome (header, nav bar, service bar, footer).
    chrome: Callable[[], Any] | None = None
    # Where the page is built (the tab's page frame): a page made where it will be shown
    # is styled once, and the chrome moves between pages without leaving the styled tree.
    parent: Any = None


class Page(QWidget):
    """A page with no portal chrome (search engine, offline page)."""

    TITLE = ""
    URL = ""  # set by the @route decorator

    def __init__(self, ctx: PageContext):
        super().__init__(ctx.parent)
        if ctx.parent is not None:
            self.hide()  # shown by the tab once built (a child of a visible frame would show)
        self.ctx = ctx
        self._below_the_fold: list[tuple[QVBoxLayout, Callable[[QVBoxLayout], None]]] = []
        self.setObjectName("PageRoot")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._root = QVBoxLayout(self)
        self._root.setContentsMargins(0, 0, 0, 0)
        self._root.setSpacing(0)
        self.setup()

    # -- to override -----------------------------------------------------------------
    def setup(self) -> None:
        """Build the widgets (default: a centred column handed to build())."""
        column = self.make_column(self._root)
        self.build(column)
        column.addStretch(1)

    def build(self, body: QVBoxLayout) -> None:
        """Fill the content column."""

    def title(self) -> str:
        return self.tr(self.TITLE) if self.TITLE else ""

    def shown(self) -> None:
        """Called after the page became visible in its tab (focus the first field here)."""

    def world_changed(self) -> None:
        """Called (coalesced) after the world changed: clock moved, message arrived..."""

    def parts(self) -> list[QWidget]:
        """What the learner sees as this page (for finding a control by its name): all of it."""
        self.build_below_the_fold()
        return [self]

    def after_painted(self, callback: Callable[[], None]) -> None:
        """Run `callback` once the page has been painted: what lies below the first screen
        can be added then, so the learner sees the page without waiting for all of it."""
        after_painted(self, callback)

    def below_the_fold(self, body: QVBoxLayout, build: Callable[[QVBoxLayout], None]) -> None:
        """What lies below the first screen, at this place in `body`: `build(layout)` fills it
        right after the page's first paint, so the learner sees the top of the page a frame
        sooner (a page's widgets cost alike to make, style, lay out and paint, seen or not);
        or at once when something needs the whole page (build_below_the_fold())."""
        holder = QWidget()
        lay = QVBoxLayout(holder)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(body.spacing())
        body.addWidget(holder)
        self._below_the_fold.append((lay, build))
        if len(self._below_the_fold) == 1:
            self.after_painted(self.build_below_the_fold)

    def build_below_the_fold(self) -> None:
        """Build now what waits below the fold (below_the_fold), if anything: for whoever looks
        for a control in the whole page (the tutor's «Mostra dove», parts(), the tests)."""
        waiting, self._below_the_fold = self._below_the_fold, []
        for lay, build in waiting:
            if shiboken6.isValid(lay):  # not emptied meanwhile (a part of the page built again)
                build(lay)
        if not waiting:
            return
        if self.isVisible():
            # Qt shows a widget added to a shown one on the next turn of the event loop: whoever
            # asked for the whole page sees it now (what was hidden on purpose stays hidden).
            for widget in self.findChildren(QWidget):
                if (widget.isHidden() and not widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
                        and not widget.isWindow() and widget.parentWidget().isVisible()):
                    widget.show()
        self.tab_in_reading_order()  # the new controls came last in the window's Tab chain

    def tab_in_reading_order(self) -> None:
        """Tab through the page in reading order again, after its content changed (new controls
        come last in the window's Tab chain)."""
        tab_in_reading_order(self)

    # -- helpers -----------------------------------------------------------------------
    @property
    def world(self) -> "World":
        return self.ctx.world

    @property
    def params(self) -> dict[str, str]:
        return self.ctx.params

    @property
    def session(self):
        return self.ctx.session.current

    def go(self, url: str, new_tab: bool = False) -> None:
        self.ctx.navigate(url, new_tab)

    def link(self, text: str, url: str, role: str = "link") -> LinkButton:
        btn = LinkButton(text, url, role=role)
        btn.navigate.connect(self.ctx.navigate)
        return btn

    def make_column(self, layout: QVBoxLayout, max_width: int = T.CONTENT_MAX_WIDTH) -> QVBoxLayout:
        """A centred content column (scaled with zoom) added to `layout`; returns its layout."""
        holder = QWidget()
        h = QHBoxLayout(holder)
        h.setContentsMargins(T.S6, T.S6, T.S6, T.S8)
        column = QWidget()
        column.setObjectName("ContentColumn")
        column.setMaximumWidth(round(max_width * self.ctx.zoom / 100))
        column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        h.addStretch(1)
        h.addWidget(column, 100)
        h.addStretch(1)
        body = QVBoxLayout(column)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(T.S4)
        layout.addWidget(holder, 1)
        return body

    @staticmethod
    def service_text(message: str) -> str:
        """Service messages (Italian source text) through Qt translation (ui.i18n)."""
        from ..i18n import service_text

        return service_text(message)

    def show_field_errors(self, error: ServiceError, fields: dict) -> QWidget | None:
        """Put each message next to its field; return an alert for errors with no field."""
        errors = error.errors if isinstance(error, ValidationError) else {error.field: error.message}
        general = []
        for name, message in errors.items():
            widget = fields.get(name)
            if widget is not None:
                widget.set_error(self.service_text(message))
            else:
                general.append(self.service_text(message))
        if general:
            return alert("\n".join(general), "error")
        return None

    def error_summary(self, error: ValidationError, fields: dict, count: int | None = None) -> QWidget:
        """Errors next to their fields, and the box for the top of the form that says how
        many there are (with any error that belongs to no field inside it)."""
        rest = self.show_field_errors(error, fields) if error.errors else None
        count = len(error.errors) if count is None else count
        text = (self.tr("C'è un dato da correggere: lo trova scritto in rosso sotto il campo.") if count == 1 else
                self.tr("Ci sono %1 dati da correggere: li trova scritti in rosso sotto ciascun campo.")
                .replace("%1", str(count)))
        box = alert(text, "error")
        if rest is not None:
            box.layout().addWidget(rest)
        return box


class PortalPage(Page):
    """A page of the INPS portal: header, navigation, service bar, breadcrumb, footer."""

    BREADCRUMB: tuple[str, ...] = ()
    SHOW_SERVICE_BAR = True

    def setup(self) -> None:
        from ..widgets.portal import Breadcrumb, PortalChrome

        # The tab lends its chrome (built once per session state: building one costs more than
        # most pages); a page outside a tab makes its own.
        body = self.make_column(self._root)
        self._content_holder = body.parentWidget().parentWidget()  # the column's holder: the page's own part
        if self.BREADCRUMB:
            body.addWidget(Breadcrumb(self, [self.tr(b) for b in self.BREADCRUMB]))
        self.build(body)
        body.addStretch(1)
        if self.ctx.chrome is not None:
            # The tab's chrome: it stays in the tab's frame, around whichever page is shown
            # (the tab puts Tab in reading order through the chrome and the page).
            self.chrome = self.ctx.chrome()
        else:
            self.attach_chrome(PortalChrome(self))  # a page outside a tab wears its own

    def opens_at_content(self) -> bool:
        """Opened at its own content when the header would fill the view (BrowserTab._first_view);
        False for a page that places its view itself in shown()."""
        return True

    def parts(self) -> list[QWidget]:
        """The page and, in a tab, the tab's portal chrome around it (header, navigation,
        service bar above, footer below): what the learner sees as this page, all of it."""
        self.build_below_the_fold()
        chrome = getattr(self, "chrome", None)
        if chrome is None or chrome.header.parentWidget() is self:
            return [self]
        return [chrome.header, chrome.nav, chrome.service, self, chrome.footer]

    def tab_in_reading_order(self) -> None:
        """In a tab, from the portal's header through the page to its footer (the chrome is the
        tab's: a chain of the page's own controls alone would leave those added later after
        the footer and the panels, when the page had none in Tab order before)."""
        chrome = getattr(self, "chrome", None)
        if chrome is not None and chrome.header.parentWidget() is not self and self.isVisible():
            chrome.tab_through(self)
        else:
            super().tab_in_reading_order()

    def content_top(self) -> int:
        """Where the page's own content starts (below the portal's header, navigation and
        service bar), in the coordinates of what holds the page (a tab's page frame)."""
        return self.y() + self._content_holder.y()

    def attach_chrome(self, chrome) -> None:
        """Put the portal chrome around the content: header, navigation and service bar
        above, footer below. The page keeps it while the tab keeps the page (Indietro)."""
        self.chrome = chrome
        for position, part in enumerate((chrome.header, chrome.nav, chrome.service)):
            self._root.insertWidget(position, part)
        chrome.service.setVisible(self.SHOW_SERVICE_BAR)
        self._root.addWidget(chrome.footer)
        # Tab in reading order: header, content, footer (the chrome came after the content,
        # and Qt puts what is added last at the end of the window's Tab chain).
        tab_in_reading_order(self)
