"""The INPS home page (seed 000, "Come utilizzare il sito") with its four functions:
1) In evidenza (the latest news), 2) Entra in MyINPS, 3) the site's search bar,
4) Utente (the services meant for each group) — and «Il PIN online» with its
padlock (seed 001). Also the news pages (NEWS_URL) and the Utente pages (UTENTE_URL).

Content comes from app.services.portal_content (data/news.json, data/utente_groups.json).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from app.services import portal_content

from .. import tokens as T
from ..browser.router import HOME_URL, PIN_MENU_URL, build_url, route
from ..urls import (
    INSTRUCTIONS_URL,
    LOGOUT_URL,
    MYINPS_URL,
    NEWS_URL,
    PIN_CONVERT_URL,
    SEARCH_URL,
    UTENTE_URL,
)
from ..widgets.common import LinkButton, button, card, heading, label, set_role
from ..widgets.icons import LockLink
from ..widgets.portal import NAV_ITEMS
from ..widgets.responsive import Columns, FlowLayout, ResponsiveGrid, WrapLink
from .base import PortalPage

CONTACTS_PAGE_URL = dict((text, url) for text, url in NAV_ITEMS)["Contatti"]
HOME_NEWS_COUNT = 6


def ct(text: str) -> str:
    """Editorial content from data/ through Qt translation."""
    return QCoreApplication.translate("PortalContent", text)


def group_url(key: str) -> str:
    return build_url(UTENTE_URL, gruppo=key)


def news_url(news_id: str) -> str:
    return build_url(NEWS_URL, id=news_id)


class TileLink(LinkButton):
    """A big square-ish link with a title and a short line under it (the Utente profiles)."""

    def __init__(self, title: str, subtitle: str, url: str):
        super().__init__("", url, role="biglink")
        self.setAccessibleName(title)
        self.setAccessibleDescription(subtitle)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(T.S4, T.S3, T.S4, T.S3)
        lay.setSpacing(T.S1)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("TileTitle")
        self.sub_label = QLabel(subtitle)
        self.sub_label.setWordWrap(True)
        set_role(self.sub_label, "muted")
        for lab in (self.title_label, self.sub_label):
            lab.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
            lay.addWidget(lab)

    def text(self) -> str:
        return self.title_label.text()

    def sizeHint(self):  # noqa: N802
        return self.layout().sizeHint()

    def minimumSizeHint(self):  # noqa: N802
        return self.layout().minimumSize()

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self.layout().totalHeightForWidth(width)


def news_card(page: PortalPage, item: portal_content.NewsItem) -> QFrame:
    """Date, title (a link to the news page) and summary."""
    title = WrapLink(ct(item.title), news_url(item.id), text_role="h3")
    title.navigate.connect(page.ctx.navigate)
    frame = card(label(item.date_text, "muted"), title, label(ct(item.summary)))
    frame.layout().addStretch(1)
    return frame


def group_tiles(page: PortalPage, min_em: float = 11, max_columns: int = 4) -> ResponsiveGrid:
    grid = ResponsiveGrid(min_em=min_em, max_columns=max_columns, spacing=T.S3)
    for group in portal_content.user_groups():
        tile = TileLink(ct(group.name), ct(group.hint), group_url(group.key))
        tile.navigate.connect(page.ctx.navigate)
        grid.add(tile)
    return grid


def link_flow(page: PortalPage, links: list[tuple[str, str]]) -> QWidget:
    holder = QWidget()
    flow = FlowLayout(holder, h_spacing=T.S4, v_spacing=T.S1)
    for text, url in links:
        flow.addWidget(page.link(text, url))
    return holder


class SiteSearchBox(QWidget):
    """Function 3 of seed 000: the site's internal search bar (results at SEARCH_URL?q=)."""

    def __init__(self, page: PortalPage):
        super().__init__()
        self.page = page
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(T.S2)
        caption = label(page.tr("Cerca nel sito"), "h3")
        lay.addWidget(caption)
        line = QHBoxLayout()
        line.setSpacing(T.S2)
        self.input = QLineEdit()
        self.input.setObjectName("HomeSearch")
        self.input.setAccessibleName(page.tr("Cerca nel sito"))
        self.input.setPlaceholderText(page.tr("Cerca"))  # seed 000: «Q Cerca» (the other text is the taskbar's)
        self.input.setMaxLength(200)
        self.input.returnPressed.connect(self.search)
        caption.setBuddy(self.input)
        line.addWidget(self.input, 1)
        line.addWidget(button(page.tr("Cerca"), self.search))
        lay.addLayout(line)
        lay.addWidget(label(page.tr("Per esempio: la mia pensione, cedolino, Certificazione Unica, PIN."), "muted"))

    def search(self) -> None:
        query = self.input.text().strip()
        if not query:
            self.input.setFocus()  # nothing to search: stay here
            return
        self.page.go(build_url(SEARCH_URL, q=query))


@route(HOME_URL, title="INPS - Home Page")
class HomePage(PortalPage):
    TITLE = "INPS - Home Page"
    SHOW_SERVICE_BAR = False  # the home has its own, bigger search bar

    # In evidenza's first row is on the first screen; the rest of the page comes right after
    # its first paint (Page.below_the_fold).
    FIRST_NEWS = 3

    def build(self, body):
        body.addWidget(self._hero())
        body.addSpacing(T.S4)
        body.addWidget(heading(self.tr("In evidenza"), 2))
        self.news = portal_content.latest_news(self.world, HOME_NEWS_COUNT)
        self.news_grid = None
        if self.news:
            self.news_grid = ResponsiveGrid(min_em=15, max_columns=3)
            for item in self.news[:self.FIRST_NEWS]:
                self.news_grid.add(news_card(self, item))
            body.addWidget(self.news_grid)
        else:
            body.addWidget(label(self.tr("Nessuna notizia in evidenza in questo momento.")))
        self.below_the_fold(body, self._lower_part)

    def _lower_part(self, body) -> None:
        for item in self.news[self.FIRST_NEWS:]:
            self.news_grid.add(news_card(self, item))
        body.addWidget(self.link(self.tr("Tutte le notizie"), NEWS_URL))
        body.addSpacing(T.S4)
        body.addWidget(heading(self.tr("Utente"), 2))
        body.addWidget(label(self.tr("Scegli il tuo profilo: vedrai i servizi del sito pensati per te."), "lead"))
        body.addWidget(group_tiles(self))
        body.addSpacing(T.S4)
        body.addWidget(self._access_band())

    def _hero(self) -> QFrame:
        band = QFrame()
        set_role(band, "band")
        lay = QVBoxLayout(band)
        lay.setContentsMargins(T.S6, T.S5, T.S6, T.S5)
        self.search_box = SiteSearchBox(self)
        side = QWidget()
        side_lay = QVBoxLayout(side)
        side_lay.setContentsMargins(0, 0, 0, 0)
        side_lay.setSpacing(T.S3)
        self.myinps = LinkButton(self.tr("Entra in MyINPS"), MYINPS_URL, role="")
        self.myinps.setObjectName("EnterMyInps")
        self.myinps.navigate.connect(self.ctx.navigate)
        side_lay.addWidget(self.myinps)
        session = self.session
        if session is None:
            side_lay.addWidget(label(self.tr("La tua area riservata: accedi con PIN, SPID o CNS."), "muted"))
        else:
            side_lay.addWidget(label(self.tr("Sei entrato come %1.").replace("%1", session.display_name), "muted"))
            side_lay.addWidget(self.link(self.tr("Esci"), LOGOUT_URL))
        pin = LockLink(self.tr("Il PIN online"), PIN_MENU_URL)
        pin.navigate.connect(self.ctx.navigate)
        side_lay.addWidget(pin)
        lay.addWidget(Columns(self.search_box, side, min_em=28, main_stretch=3, side_stretch=2))
        return band

    def _access_band(self) -> QFrame:
        """The blue «Servizi Online» area at the bottom of the page (seed 003): «Al servizio
        del cittadino», «Il PIN online» with its padlock («nella parte bassa della pagina»)
        and «Converti PIN» at the bottom right («situato in basso a destra nella pagina»)."""
        band = QFrame()
        set_role(band, "band")
        band.setAccessibleName(self.tr("Servizi Online"))
        lay = QVBoxLayout(band)
        lay.setContentsMargins(0, 0, 0, T.S5)
        lay.setSpacing(T.S3)
        strip = QWidget()  # the blue title strip: the header's colours (white on #0066CC)
        strip.setObjectName("HeaderBand")
        strip.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        strip_lay = QVBoxLayout(strip)
        strip_lay.setContentsMargins(T.S6, T.S2, T.S6, T.S2)
        strip_lay.addWidget(heading(self.tr("Servizi Online"), 2))
        lay.addWidget(strip)
        inner = QVBoxLayout()
        inner.setContentsMargins(T.S6, 0, T.S6, 0)
        inner.setSpacing(T.S3)
        self.cittadino = WrapLink(self.tr("Al servizio del cittadino"), MYINPS_URL, text_role="h3")
        self.cittadino.navigate.connect(self.ctx.navigate)
        inner.addWidget(self.cittadino)
        inner.addWidget(label(self.tr(
            "Per l'accesso ai servizi online è necessario il possesso di un codice PIN rilasciato dall'INPS "
            "oppure di una identità SPID o di una Carta Nazionale dei Servizi (CNS). La prima volta si entra "
            "con il PIN di 16 caratteri ricevuto in due parti.")))
        line = QHBoxLayout()
        line.setSpacing(T.S4)
        pin = LockLink(self.tr("Il PIN online"), PIN_MENU_URL)
        convert = LinkButton(self.tr("Converti PIN"), PIN_CONVERT_URL, role="secondary")
        for btn in (pin, convert):
            btn.navigate.connect(self.ctx.navigate)
        line.addWidget(pin)
        line.addStretch(1)
        line.addWidget(convert)  # bottom right
        inner.addLayout(line)
        inner.addWidget(link_flow(self, [
            (self.tr("Istruzioni per l'accesso"), INSTRUCTIONS_URL),
            (self.tr("Contatti"), CONTACTS_PAGE_URL),
        ]))
        lay.addLayout(inner)
        return band

    def shown(self) -> None:
        self.search_box.input.setFocus()


@route(NEWS_URL, title="INPS - Notizie")
class NewsPage(PortalPage):
    """One news item (?id=...), or the list of all published news."""

    def __init__(self, ctx):
        self.item = portal_content.news_item(ctx.world, ctx.params.get("id", ""))
        super().__init__(ctx)

    @property
    def BREADCRUMB(self):  # noqa: N802
        crumbs = ("INPS Comunica", "Notizie")
        return crumbs + ((ct(self.item.title),) if self.item else ())

    def title(self) -> str:
        if self.item is not None:
            return self.tr("INPS - %1").replace("%1", ct(self.item.title))
        return self.tr("INPS - Notizie")

    def build(self, body):
        wanted = self.params.get("id", "")
        if self.item is None:
            if wanted:
                body.addWidget(heading(self.tr("Notizia non trovata")))
                body.addWidget(label(self.tr(
                    "La notizia che cerca non è disponibile. Qui sotto trova tutte le notizie pubblicate.")))
            else:
                body.addWidget(heading(self.tr("Notizie")))
            self._all_news(body)
            return
        item = self.item
        body.addWidget(label(self.tr("Notizia del %1").replace("%1", item.date_text), "muted"))
        body.addWidget(heading(ct(item.title)))
        body.addWidget(label(ct(item.summary), "lead"))
        for paragraph in item.body:
            body.addWidget(label(ct(paragraph)))
        if item.links:
            body.addWidget(heading(self.tr("Per saperne di più"), 3))
            for link in item.links:
                body.addWidget(self.link(ct(link.text), link.url))
        body.addSpacing(T.S4)
        body.addWidget(link_flow(self, [
            (self.tr("Tutte le notizie"), NEWS_URL),
            (self.tr("Torna alla home page"), HOME_URL),
        ]))

    def _all_news(self, body) -> None:
        news = portal_content.latest_news(self.world)
        if not news:
            body.addWidget(label(self.tr("Nessuna notizia pubblicata.")))
        grid = ResponsiveGrid(min_em=15, max_columns=2)
        for item in news:
            grid.add(news_card(self, item))
        body.addWidget(grid)
        body.addWidget(self.link(self.tr("Torna alla home page"), HOME_URL))


@route(UTENTE_URL, title="INPS - Utente")
class UtentePage(PortalPage):
    """The services meant for one group (?gruppo=pensionato), or the choice of a group."""

    def __init__(self, ctx):
        self.group = portal_content.user_group(ctx.params.get("gruppo", ""))
        super().__init__(ctx)

    @property
    def BREADCRUMB(self):  # noqa: N802
        return ("Utente",) + ((ct(self.group.name),) if self.group else ())

    def title(self) -> str:
        if self.group is not None:
            return self.tr("INPS - %1").replace("%1", ct(self.group.name))
        return self.tr("INPS - Utente")

    def build(self, body):
        group = self.group
        if group is None:
            body.addWidget(heading(self.tr("Scegli il tuo profilo")))
            if self.params.get("gruppo"):
                body.addWidget(label(self.tr("Il profilo «%1» non esiste. Scelga uno dei profili qui sotto.")
                                     .replace("%1", self.params["gruppo"])))
            else:
                body.addWidget(label(self.tr("Scegli il gruppo a cui appartieni: vedrai i servizi pensati per te."),
                                     "lead"))
            body.addWidget(group_tiles(self))
            return
        body.addWidget(heading(ct(group.name)))
        body.addWidget(label(ct(group.intro), "lead"))
        body.addWidget(heading(self.tr("I servizi per te"), 2))
        self.service_links = []
        grid = ResponsiveGrid(min_em=16, max_columns=2, spacing=T.S3)
        for service in group.services:
            grid.add(self._service_card(service))
        body.addWidget(grid)
        body.addSpacing(T.S4)
        body.addWidget(heading(self.tr("Altri profili"), 3))
        others = [(ct(g.name), group_url(g.key)) for g in portal_content.user_groups() if g.key != group.key]
        body.addWidget(link_flow(self, others))
        body.addWidget(self.link(self.tr("Torna alla home page"), HOME_URL))

    def _service_card(self, service: portal_content.Service) -> QFrame:
        parts: list[QWidget] = []
        if service.url:
            title = WrapLink(ct(service.title), service.url, text_role="h3")
            title.navigate.connect(self.ctx.navigate)
            self.service_links.append(title)
        else:
            title = label(ct(service.title), "h3")
        parts.append(title)
        parts.append(label(ct(service.description)))
        if service.login:
            parts.append(label(self.tr("Serve l'accesso con PIN, SPID o CNS."), "muted"))
        frame = card(*parts)
        frame.layout().addStretch(1)
        return frame
